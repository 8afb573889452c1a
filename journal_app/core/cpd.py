"""Progress towards Social Work England's yearly CPD requirement.

Each registration year (1 December to 30 November) is judged by its own rule (see
:mod:`journal_app.core.cpd_rules`): one piece of CPD in 2019 to 2021; since 2021 to 2022 at
least two, at least one including reflection with a peer. The journal counts final entries
written with the Social Work England CPD record template, each about a different activity.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from journal_app.core.cpd_rules import CpdRule, registration_year_with_rule
from journal_app.core.messages import Message
from journal_app.core.models import Entry, Status
from journal_app.core.periods import Period, format_uk_date

CPD_TEMPLATE_ID = "swe-cpd"
PEER_REFLECTION_KEY = "peer_reflection"
#: the sections that say which activity a record is about
ACTIVITY_KEYS = ("description", "activity_date")
REQUIRED_RECORDS = 2
REQUIRED_PEER = 1
_NOT_WORD = re.compile(r"[^\w]+")


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


def activity_key(entry: Entry) -> str:
    """What makes two CPD records the same activity: the description and the date given,
    ignoring case, spacing and punctuation; a record without either falls back on its title."""
    parts = [entry.section_text(key) for key in ACTIVITY_KEYS]
    if not any(part.strip() for part in parts):
        parts = [entry.title]
    return "|".join(_NOT_WORD.sub(" ", part.casefold()).strip() for part in parts)


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
    def peer_required(self) -> bool:
        """Whether this year's rule asks for peer reflection at all."""
        return self.required_peer > 0

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
            if not self.peer_required:
                return Message("cpd.met_no_peer", count=self.records)
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
                needed=Message("cpd.at_least_needed", count=self.required_records),
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


def cpd_status(
    entries: Iterable[Entry], today: date, rules: Sequence[CpdRule] | None = None
) -> CpdStatus:
    """CPD progress for the registration year containing ``today``, by that year's rule.

    Counts final entries made with the CPD record template, dated within the registration
    year and not in the trash. A draft is a record still being written, so it does not
    count. Two records of the same activity (see :func:`activity_key`) count once, with
    peer reflection if either has it.
    """
    year = registration_year_with_rule(today, rules)
    period = year.period
    seen: set[str] = set()
    activities: dict[str, bool] = {}  # activity -> whether any record of it has peer reflection
    for entry in entries:
        if entry.id in seen or entry.in_trash or not is_cpd_record(entry):
            continue
        if entry.status is not Status.FINAL or not period.contains(entry.event_date):
            continue
        seen.add(entry.id)
        key = activity_key(entry)
        activities[key] = activities.get(key, False) or includes_peer_reflection(entry)
    return CpdStatus(
        period=period,
        records=len(activities),
        with_peer_reflection=sum(activities.values()),
        days_left=(period.end - today).days,
        required_records=year.rule.pieces,
        required_peer=year.rule.with_peer_reflection,
    )


#: since this day Social Care Wales registrants confirm their CPD when they renew, instead of
#: logging a set number of hours over three years
SCW_CONFIRM_AT_RENEWAL_FROM = date(2025, 4, 1)


@dataclass(frozen=True)
class WalesCpd:
    """CPD records since the person's last Social Care Wales renewal (the date they entered)."""

    last_renewal: date | None
    records: int
    latest: date | None

    @property
    def in_words(self) -> Message:
        """What the records show, for the Wales panel and the PDF."""
        if self.last_renewal is None:
            return Message("cpd.wales_no_renewal_date")
        since = format_uk_date(self.last_renewal)
        return Message("cpd.wales_since_renewal", have=_records(self.records), since=since)


def wales_cpd(entries: Iterable[Entry], last_renewal: date | None, today: date) -> WalesCpd:
    """Final CPD records dated from ``last_renewal`` up to ``today``, one per activity."""
    if last_renewal is None:
        return WalesCpd(None, 0, None)
    activities: set[str] = set()
    latest: date | None = None
    for entry in entries:
        if entry.in_trash or not is_cpd_record(entry) or entry.status is not Status.FINAL:
            continue
        if not last_renewal <= entry.event_date <= today:
            continue
        activities.add(activity_key(entry))
        latest = max(latest or entry.event_date, entry.event_date)
    return WalesCpd(last_renewal, len(activities), latest)
