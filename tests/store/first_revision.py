"""A journal as the first release (schema revision 0001) left it, for the migration tests."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import text


def insert_revision_0001_data(engine: object) -> None:
    """One reflection with sections, a tag and its search row, as the first release wrote it."""
    now = datetime(2026, 1, 5, 9, 0, tzinfo=UTC).replace(tzinfo=None)
    with engine.begin() as connection:  # type: ignore[attr-defined]
        connection.execute(
            text(
                "INSERT INTO entries (pk, uuid, title, body, template_id, event_date, created_at,"
                " updated_at, status, visibility, other_party_role) VALUES (1, 'e-1',"
                " 'Before the upgrade', 'Three words here', 'gibbs', :d, :n, :n, 'final',"
                " 'shareable', 'team manager')"
            ),
            {"d": date(2026, 1, 5), "n": now},
        )
        connection.execute(
            text(
                "INSERT INTO entry_sections (entry_pk, position, key, title, text) VALUES"
                " (1, 0, 'feelings', 'Feelings', 'two words'),"
                " (1, 1, 'analysis', 'Analysis', 'and four more words')"
            )
        )
        connection.execute(
            text(
                "INSERT INTO tags (entry_pk, framework_id, framework_version, domain_code)"
                " VALUES (1, 'kss-pl', '2018', '4')"
            )
        )
        connection.execute(
            text(
                "INSERT INTO entries_fts (rowid, title, body, sections) VALUES"
                " (1, 'Before the upgrade', 'Three words here', 'two words and four more words')"
            )
        )
