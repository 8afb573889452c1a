"""Progress towards Social Work England's yearly CPD requirement.

Each registration year (1 December to 30 November) a social worker must record at least two
pieces of CPD, at least one of them including reflection with a peer. The journal counts the
entries written with the Social Work England CPD record template.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from journal_app.core.messages import Message
from journal_app.core.models import Entry
from journal_app.core.periods import Period, format_uk_date, registration_year

CPD_TEMPLATE_ID = "swe-cpd"
PEER_REFLECTION_KEY = "peer_reflection"
REQUIRED_RECORDS = 2
REQUIRED_PEER = 1


def _records(count: int) -> Message:
    if count == 0:
        return Message("cpd.no_records")
    return Message("cpd.records", count=count)


def is_cpd_record(entry: Entry) -> bool:
    """Whether an entry was written with the Social Work England CPD record template."""
    return entry.template_id == CPD_TEMPLATE_ID


def includes_peer_reflection(entry: Entry) -> bool:
    """Whether a CPD record's peer reflection section has any words in it."""
    return bool(entry.section_text(PEER_REFLECTION_KEY).strip())


@dataclass(frozen=True)
class CpdStatus:
    """CPD records in one registration year against what Social Work England asks for.

    ``days_left`` is the number of days after today up to and including the last day of the
    registration year: 4 on 26 November, 0 on 30 November itself ("today is the last day").
    """

    period: Period
    records: int
    with_peer_reflection: int
    days_left: int
    required_records: int = REQUIRED_RECORDS
    required_peer: int = REQUIRED_PEER

    @property
    def met(self) -> bool:
        """Whether both the number of records and the peer reflection requirement are met."""
        return (
            self.records >= self.required_records
            and self.with_peer_reflection >= self.required_peer
        )

    @property
    def _time_left(self) -> Message:
        until = format_uk_date(self.period.end)
        if self.days_left <= 0:
            return Message("cpd.last_day", until=until)
        return Message("cpd.days_left", count=self.days_left, until=until)

    @property
    def shortfall_in_words(self) -> Message:
        """What is still needed and how long is left, or that the requirements are met."""
        if self.met:
            return Message("cpd.met", count=self.records, peer=self.with_peer_reflection)
        have = _records(self.records)
        time_left = self._time_left
        if self.records < self.required_records:
            if self.with_peer_reflection < self.required_peer:
                code = "cpd.short_of_records_and_peer"
            elif self.with_peer_reflection:
                code = "cpd.short_of_records_with_peer"
            else:
                code = "cpd.short_of_records"
            return Message(
                code,
                have=have,
                peer=self.with_peer_reflection,
                required=self.required_records,
                required_peer=self.required_peer,
                time_left=time_left,
            )
        # Enough records, but not enough of them include peer reflection.
        if self.with_peer_reflection == 0:
            which = Message("cpd.none_includes")
        else:
            which = Message("cpd.only_some_include", count=self.with_peer_reflection)
        return Message(
            "cpd.short_of_peer",
            have=have,
            which=which,
            required_peer=self.required_peer,
            time_left=time_left,
        )


def cpd_status(entries: Iterable[Entry], today: date) -> CpdStatus:
    """CPD progress for the registration year containing ``today``.

    Counts entries made with the CPD record template, dated within the registration year and
    not in the trash. Drafts count: the record is submitted on Social Work England's site, so
    the journal's draft/final status says nothing about whether it was.
    """
    period = registration_year(today)
    seen: set[str] = set()
    records = with_peer = 0
    for entry in entries:
        if entry.id in seen or entry.in_trash or not is_cpd_record(entry):
            continue
        if not period.contains(entry.event_date):
            continue
        seen.add(entry.id)
        records += 1
        if includes_peer_reflection(entry):
            with_peer += 1
    return CpdStatus(
        period=period,
        records=records,
        with_peer_reflection=with_peer,
        days_left=(period.end - today).days,
    )
