"""False alarms of the identifier check on whole, ordinary reflections.

Run from the repository root:

    python tests/core/report_identifier_clean_reflections.py [--show]

The held-out identifier sets measure clean false alarms on short samples written as traps
("Mum's voice", "Section 47", due dates). This report asks the plainer question an appraisee
meets every day: of whole reflections that name nobody, how many would the check stop with a
finding? It runs the check over every reflection of the labelled domain-suggestion sets
(English and Welsh, kss-pl, kss-ps, swe and the Social Care Wales code). Their authors wrote
them for the suggestion engine, without seeing the identifier check's rules, and the files
hold no identifiers (fictional and anonymised, as every fixture), so every finding is a false
alarm.

Keep these texts out of identifier tuning: nobody should read a miss here and write a rule
for it, or this figure stops meaning anything. ``--show`` prints each finding's kind and
words (never the sentence) so that a reader can check that it is indeed a false alarm.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from journal_app.core.identifiers import find_identifiers

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

#: Reflection sets written for the suggestion engine (not for the identifier check).
REFLECTION_FILES = (
    "suggestions_heldout.json",
    "labelled_reflections.json",
    "labelled_reflections_kss_ps.json",
    "labelled_reflections_swe.json",
    "suggestions_welsh_heldout.json",
    "labelled_reflections_scw_cy.json",
)


def reflection_texts(data: Any) -> Iterator[str]:
    """Every reflection's text in one of the labelled files (two layouts are in use)."""
    if "reflections" in data:
        for reflection in data["reflections"]:
            yield reflection["text"]
    else:
        for reflections in data["sets"].values():
            for reflection in reflections:
                yield reflection["text"]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="list each finding's kind and words")
    args = parser.parse_args(argv)

    total = flagged = words = findings = 0
    print(f"{'file':36} {'reflections':>11} {'words':>7} {'with a finding':>15}")
    for name in REFLECTION_FILES:
        data = json.loads((FIXTURES / name).read_text(encoding="utf-8"))
        n = n_flagged = n_words = 0
        for text in reflection_texts(data):
            n += 1
            n_words += len(text.split())
            found = find_identifiers(text)
            if found:
                n_flagged += 1
                findings += len(found)
                for finding in found if args.show else ():
                    print(f"  {name}: {finding.kind.value} {finding.text!r}")
        print(f"{name:36} {n:>11} {n_words:>7} {n_flagged:>15}")
        total += n
        flagged += n_flagged
        words += n_words
    print(
        f"{'all':36} {total:>11} {words:>7} {flagged:>15}"
        f"  ({flagged / total:.1%} of reflections; {findings} findings)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
