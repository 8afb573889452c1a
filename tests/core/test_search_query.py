"""What people type, turned into FTS5 queries, and which searches ask for exact wording."""

from __future__ import annotations

import pytest

from journal_app.core.search_query import is_exact_search, to_fts_query


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("drift", '"drift"'),
        ("Drift  PLANS", '"Drift" "PLANS"'),  # FTS5 folds case and accents itself
        ('"incident debrief" team', '"incident debrief" "team"'),
        ("AND NEAR( a:b -x *", '"AND" "NEAR" "a" "b" "x"'),
        ('say "it""s"', '"say" "it" "s"'),
        ("Siân", '"Siân"'),
        ("", None),
        ('"" - *', None),
    ],
)
def test_every_term_is_quoted_so_nothing_typed_becomes_syntax(
    typed: str, expected: str | None
) -> None:
    assert to_fts_query(typed) == expected


def test_only_a_trailing_word_still_being_typed_is_a_prefix() -> None:
    assert to_fts_query("supervision dri", prefix_last=True) == '"supervision" "dri"*'
    assert to_fts_query("supervision dri ", prefix_last=True) == '"supervision" "dri"'
    assert to_fts_query("dr", prefix_last=True) == '"dr"'  # too short to be useful
    assert to_fts_query('"incident debrief"', prefix_last=True) == '"incident debrief"'


@pytest.mark.parametrize(
    ("typed", "exact"),
    [
        ('"incident debrief"', True),
        ('"incident debrief" "team meeting"', True),
        ('  "drift"  ', True),
        ('"incident debrief" team', False),
        ('team "incident debrief"', False),
        ('"incident debrief', False),  # still typing: the quote is not closed
        ("incident debrief", False),
        ('"" ""', False),
        ("", False),
    ],
)
def test_a_search_of_quoted_phrases_only_asks_for_exact_wording(typed: str, exact: bool) -> None:
    assert is_exact_search(typed) is exact
