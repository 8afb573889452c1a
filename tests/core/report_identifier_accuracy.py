"""Print the identifier check's precision and recall per kind on the fictional samples.

Run from the repository root:

    python -m tests.core.report_identifier_accuracy [--misses] [--from N]

``--misses`` also lists every false positive and false negative, which is what to read
when tuning the patterns. The test suite uses :func:`score` for its accuracy thresholds.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from journal_app.core.identifiers import FindingKind, find_identifiers

SAMPLES_PATH = Path(__file__).resolve().parents[1] / "fixtures" / "identifier_samples.json"


@dataclass
class KindScore:
    """Counts for one kind; a finding matches an expected one by kind and exact text."""

    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        expected = self.true_positives + self.false_negatives
        return self.true_positives / expected if expected else 1.0


def load_samples(path: Path = SAMPLES_PATH) -> tuple[date, list[dict[str, Any]]]:
    """The fixed "today" the samples were written against, and the samples."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return date.fromisoformat(data["today"]), list(data["samples"])


def score(samples: list[dict[str, Any]], today: date) -> dict[FindingKind, KindScore]:
    """Precision and recall counts per kind over every sample's full expected list."""
    scores = {kind: KindScore() for kind in FindingKind}
    for sample in samples:
        expected = Counter((FindingKind(k), text) for k, text in sample["expected"])
        found = Counter((f.kind, f.text) for f in find_identifiers(sample["text"], today=today))
        for kind, text in found | expected:
            hits = min(found[(kind, text)], expected[(kind, text)])
            kind_score = scores[kind]
            kind_score.true_positives += hits
            extra, missing = found[(kind, text)] - hits, expected[(kind, text)] - hits
            kind_score.false_positives += extra
            kind_score.false_negatives += missing
            if extra or missing:
                label = "false positive" if extra else "missed"
                kind_score.misses.append(f"{label}: {text!r} in {sample['text']!r}")
    return scores


def clean_false_alarms(samples: list[dict[str, Any]], today: date) -> tuple[int, int]:
    """How many samples expecting nothing had something found, and how many there are."""
    clean = [sample["text"] for sample in samples if not sample["expected"]]
    alarmed = sum(1 for text in clean if find_identifiers(text, today=today))
    return alarmed, len(clean)


def main(argv: list[str]) -> int:
    """Print the table (and the misses with ``--misses``).

    ``--from N`` scores only the samples from the N-th on (0-based), e.g. a later round.
    """
    today, samples = load_samples()
    if "--from" in argv:
        samples = samples[int(argv[argv.index("--from") + 1]) :]
    scores = score(samples, today)
    print(f"{'kind':<16}{'TP':>5}{'FP':>5}{'FN':>5}{'precision':>11}{'recall':>9}")
    for kind, s in scores.items():
        print(
            f"{kind.value:<16}{s.true_positives:>5}{s.false_positives:>5}"
            f"{s.false_negatives:>5}{s.precision:>11.2f}{s.recall:>9.2f}"
        )
    found = sum(s.true_positives for s in scores.values())
    wrong = sum(s.false_positives for s in scores.values())
    missed = sum(s.false_negatives for s in scores.values())
    print(f"micro: precision {found / (found + wrong):.3f}, recall {found / (found + missed):.3f}")
    alarmed, clean = clean_false_alarms(samples, today)
    print(f"clean samples with a false alarm: {alarmed}/{clean}")
    if "--misses" in argv:
        for kind, s in scores.items():
            for miss in s.misses:
                print(f"[{kind.value}] {miss}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
