"""Social Work England's CPD rule for each registration year, read from a data file.

The rule has changed before (one piece of CPD in 2019 to 2021, two with peer reflection
since) and may change again, so the numbers live in ``resources/cpd/swe.json``: a past
year is judged by its own rule and a future change is an edit to that file, not the code.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from pathlib import Path

from journal_app.core.datafiles import DataFileError, read_json
from journal_app.core.fields import FieldReader, shown
from journal_app.core.messages import SOURCE_LANGUAGE, Message, current_language
from journal_app.core.periods import Period, registration_year
from journal_app.core.resources import resource_path
from journal_app.core.translated_data import overlaid


class CpdRulesFileError(DataFileError):
    """The CPD rules file shipped with the app is broken (a packaging fault)."""


@dataclass(frozen=True)
class CpdRule:
    """What one run of registration years asks for."""

    starts: date
    ends: date | None
    pieces: int
    with_peer_reflection: int
    note: str

    def covers(self, day: date) -> bool:
        """Whether ``day`` falls under this rule."""
        return self.starts <= day and (self.ends is None or day <= self.ends)


def parse_rules(data: object, source_name: str) -> tuple[CpdRule, ...]:
    """Check the decoded rules file; rules must run in order without overlapping."""
    reader = FieldReader(source_name, CpdRulesFileError)
    top = reader.fields(data, "", ("schema", "regulator", "source", "rules"))
    reader.schema(top["schema"])
    reader.text(top["regulator"], "regulator", 200)
    reader.text(top["source"], "source", 400)
    rules: list[CpdRule] = []
    for index, item in enumerate(reader.items(top["rules"], "rules", 1, 50)):
        where = f"rules[{index}]"
        keys = ("from", "until", "pieces", "with_peer_reflection", "note")
        fields = reader.fields(item, where, keys)
        starts = reader.iso_date(fields["from"], f"{where}.from")
        ends = reader.optional_date(fields["until"], f"{where}.until")
        pieces = reader.integer(fields["pieces"], f"{where}.pieces", 0, 50)
        peer = reader.integer(
            fields["with_peer_reflection"], f"{where}.with_peer_reflection", 0, 50
        )
        if peer > pieces:
            reader.fail(f"{where}.with_peer_reflection", Message("datafile.peer_more_than_pieces"))
        if rules and (rules[-1].ends is None or rules[-1].ends >= starts):
            reader.fail(f"{where}.from", Message("datafile.rule_overlaps"))
        rules.append(
            CpdRule(starts, ends, pieces, peer, reader.text(fields["note"], f"{where}.note", 400))
        )
    return tuple(rules)


def load_rules(path: Path, language: str = SOURCE_LANGUAGE) -> tuple[CpdRule, ...]:
    """Read and check a CPD rules file, with its notes in ``language`` where a translation
    (``cy/swe.json`` beside it) is shipped."""
    rules = parse_rules(read_json(path, CpdRulesFileError), path.name)
    return overlaid(rules, path, language, CpdRulesFileError, translate_rules)


def translate_rules(
    rules: tuple[CpdRule, ...], data: object, source_name: str, language: str
) -> tuple[CpdRule, ...]:
    """The rules with their notes from a translation, which gives the source and one note
    per rule, keyed by the day the rule starts, and nothing else."""
    reader = FieldReader(source_name, CpdRulesFileError)
    top = reader.fields(data, "", ("schema", "language", "source", "notes"))
    reader.schema(top["schema"])
    found = reader.text(top["language"], "language", 40)
    if found != language:
        reader.fail(
            "language", Message("datafile.not_one_of", shown=shown(found), allowed=language)
        )
    reader.text(top["source"], "source", 400)
    starts = [rule.starts.isoformat() for rule in rules]
    notes = reader.fields(top["notes"], "notes", starts)
    return tuple(
        replace(rule, note=reader.text(notes[start], f"notes.{start}", 400))
        for rule, start in zip(rules, starts, strict=True)
    )


def swe_rules(language: str | None = None) -> tuple[CpdRule, ...]:
    """Social Work England's rules as shipped with the app, their notes in ``language``
    (default: the current language)."""
    # resolved here, not inside the cache: the cache must not keep one language for "default"
    return _swe_rules(language or current_language())


@lru_cache(maxsize=4)
def _swe_rules(language: str) -> tuple[CpdRule, ...]:
    return load_rules(resource_path("cpd", "swe.json"), language)


@dataclass(frozen=True)
class RegistrationYear:
    """One registration year and the rule it is judged by."""

    period: Period
    rule: CpdRule


def registration_year_with_rule(
    today: date, rules: Sequence[CpdRule] | None = None
) -> RegistrationYear:
    """The registration year containing ``today`` and its rule.

    The first year began on 2 December 2019, when Social Work England took over, so a rule's
    start can fall after 1 December and the year is shortened to it. A day before the first
    rule is judged by the first rule (there were no Social Work England records then).
    """
    chosen = rules if rules is not None else swe_rules()
    period = registration_year(today)
    rule = next((r for r in chosen if r.covers(period.end) or r.covers(today)), chosen[0])
    if period.start < rule.starts <= period.end:
        period = Period(rule.starts, period.end)
    return RegistrationYear(period, rule)
