"""The journal as one open JSON file, so years of writing are never locked in.

The format is documented in ``docs/json-export.md``. In short::

    {
      "format": "reflective-supervision-journal",
      "schema_version": 2,
      "period": {"from": "2026-04-01", "to": "2027-03-31"} or null for the whole journal,
      "entry_count": 2,
      "entries": [ {entry}, ... ],         oldest first
      "appraisals": [ {appraisal}, ... ],  earliest period first
      "evidence_files": [ {file}, ... ],   the files of the reflections and appraisals above
      "follow_ups": [ {follow-up}, ... ]   what changed since, for reflections above
    }

Each entry is a reflection as :mod:`journal_app.core.reflection_json` encodes it (the
encoding the recovery drafts keep too): ``id``, ``title``, ``event_date``, ``created_at``,
``updated_at``, ``template``, ``status``, ``visibility``, ``body``, ``sections``, ``tags``,
``supervision`` and ``actions``. Dates are ISO ``YYYY-MM-DD``; the times a reflection
was first saved and last edited are UTC, ``YYYY-MM-DDTHH:MM:SSZ``. Appraisal workspaces
(self-assessment, plan, feedback) are described in :mod:`.json_appraisals`, evidence files
in :mod:`.json_evidence`. Every key is always
present and always in this order, and the file carries no time of export, so exporting,
importing into a new journal and exporting again gives the same bytes.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import ClassVar

from journal_app.core.appraisal import Appraisal
from journal_app.core.evidence import EvidenceFile
from journal_app.core.follow_up import FollowUp
from journal_app.core.models import Entry
from journal_app.core.periods import Period
from journal_app.core.reflection_json import entry_to_json, iso_day
from journal_app.services.exporters.json_appraisals import appraisal_to_json
from journal_app.services.exporters.json_evidence import evidence_to_json
from journal_app.services.exporters.registry import (
    Cancelled,
    ExportResult,
    Progress,
    never_cancelled,
    no_progress,
    stop_if_cancelled,
)
from journal_app.store.files import write_atomic

FORMAT_NAME = "reflective-supervision-journal"
#: 2 added created_at and updated_at to each entry, 3 the appraisal workspaces; files of
#: schemas 1 and 2 are still read
SCHEMA_VERSION = 3

TOP_KEYS = (
    "format",
    "schema_version",
    "period",
    "entry_count",
    "entries",
    "appraisals",
    "evidence_files",
    "follow_ups",
)
#: the top-level keys of schemas 1 and 2, which had no appraisals, files or follow-ups
TOP_KEYS_V2 = TOP_KEYS[:-3]
FOLLOW_UP_KEYS = ("entry_id", "text", "written_on", "dismissed")


def journal_to_json(
    entries: Sequence[Entry],
    period: Period | None = None,
    progress: Progress = no_progress,
    cancelled: Cancelled = never_cancelled,
    appraisals: Sequence[Appraisal] = (),
    evidence: Sequence[tuple[EvidenceFile, bytes]] = (),
    follow_ups: Sequence[FollowUp] = (),
) -> str:
    """The whole file as text: indented, UTF-8 friendly (no ``\\u`` escapes), newline-ended."""
    items = []
    for done, entry in enumerate(entries):
        stop_if_cancelled(cancelled)
        items.append(entry_to_json(entry))
        progress(done + 1, len(entries))
    document = {
        "format": FORMAT_NAME,
        "schema_version": SCHEMA_VERSION,
        "period": None
        if period is None
        else {"from": period.start.isoformat(), "to": period.end.isoformat()},
        "entry_count": len(items),
        "entries": items,
        "appraisals": [appraisal_to_json(a) for a in appraisals],
        "evidence_files": [evidence_to_json(described, data) for described, data in evidence],
        "follow_ups": [
            {
                "entry_id": f.entry_id,
                "text": f.text,
                "written_on": iso_day(f.written_on),
                "dismissed": f.dismissed,
            }
            for f in follow_ups
        ],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


class JsonExporter:
    """Every chosen reflection in one JSON file (see the module docs for the format)."""

    name: ClassVar[str] = "json"
    label: ClassVar[str] = "JSON (open format, can be imported again)"
    extension: ClassVar[str] = ".json"

    def __init__(
        self,
        period: Period | None = None,
        appraisals: Sequence[Appraisal] = (),
        evidence: Sequence[tuple[EvidenceFile, bytes]] = (),
        follow_ups: Sequence[FollowUp] = (),
    ) -> None:
        self._period = period
        self._appraisals = appraisals
        self._evidence = evidence
        self._follow_ups = follow_ups

    def export(
        self,
        entries: Sequence[Entry],
        destination: Path,
        progress: Progress = no_progress,
        cancelled: Cancelled = never_cancelled,
    ) -> ExportResult:
        """Write the file atomically, owner-only; nothing is written if cancelled."""
        text = journal_to_json(
            entries,
            self._period,
            progress,
            cancelled,
            self._appraisals,
            self._evidence,
            self._follow_ups,
        )
        stop_if_cancelled(cancelled)
        write_atomic(destination, text.encode("utf-8"))
        return ExportResult(destination, len(entries))
