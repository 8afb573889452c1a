"""Score Welsh search on tests/fixtures/welsh_search.json: found, missed and false hits.

    .venv/bin/python -m tests.core.report_welsh_search [--welsh-forms]

Builds a real encrypted journal in a temporary folder with one reflection per sentence and
runs each query through the journal's own search, as the app does.
"""

from __future__ import annotations

import argparse
import inspect
import json
import sys
import tempfile
from pathlib import Path

from journal_app.core import keywrap
from journal_app.core.models import EntryDraft
from journal_app.services.journal import JournalService
from journal_app.services.vault import Vault

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "welsh_search.json"


def score(welsh_forms: bool) -> dict[str, tuple[int, int, int]]:
    """Per query: (found, missed, false hits)."""
    data = json.loads(FIXTURE.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as folder:
        vault = Vault(Path(folder) / "j", device_keys=None, kdf_params=keywrap.minimum_params)
        database = vault.create("correct horse battery staple").database
        try:
            journal = JournalService(database)
            ids = {}
            for number, text in enumerate(data["docs"], start=1):
                ids[journal.create(EntryDraft(f"Sentence {number}", body=text)).id] = number
            takes_flag = "welsh_forms" in inspect.signature(journal.search).parameters
            results = {}
            for query, expected in data["queries"].items():
                kwargs = {"welsh_forms": welsh_forms} if takes_flag else {}
                hits = {ids[h.entry.id] for h in journal.search(query, **kwargs)}
                wanted = set(expected)
                results[query] = (len(hits & wanted), len(wanted - hits), len(hits - wanted))
            return results
        finally:
            database.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--welsh-forms", action="store_true", help="search Welsh word forms")
    args = parser.parse_args(argv)
    results = score(args.welsh_forms)
    print(f"{'query':16} found missed false")
    for query, (found, missed, false) in results.items():
        print(f"{query:16} {found:5} {missed:6} {false:5}")
    found = sum(r[0] for r in results.values())
    missed = sum(r[1] for r in results.values())
    false = sum(r[2] for r in results.values())
    share = found / (found + missed)
    print(f"total: found {found} of {found + missed} ({share:.2f}), false hits {false}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
