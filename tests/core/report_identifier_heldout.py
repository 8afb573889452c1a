"""Score the identifier check on the held-out samples (text written without seeing its rules).

Run from the repository root:

    python tests/core/report_identifier_heldout.py [--file PATH ...] [--misses]

By default it scores ``tests/fixtures/identifier_heldout.json``. ``--file`` may be given more
than once: each file is scored on its own, then all of them pooled (micro totals over every
sample of every file). The second file,
``tests/fixtures/identifier_heldout_final.json``, is kept for the honest final figure: do not
score it (or read its misses) while tuning the detector.

Matching is lenient on span edges: a finding matches an expected item when it has the same
kind and its span overlaps an occurrence of the expected text in the sample (any occurrence
if the text appears more than once). Each expected item matches at most one finding and each
finding at most one expected item (a maximum matching, so the order of findings does not
change the score). Unmatched findings are false positives, unmatched expected items false
negatives. Clean samples (nothing expected) also count towards the clean false-alarm rate:
how many of them had any finding at all.

Only the detector's public function and ``FindingKind`` are imported, so that the score
does not lean on its internals.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from journal_app.core.identifiers import FindingKind, find_identifiers

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
HELDOUT_PATH = FIXTURES / "identifier_heldout.json"
FINAL_PATH = FIXTURES / "identifier_heldout_final.json"

#: The values a sample's "kind" field may take besides the finding kinds.
SAMPLE_LABELS = frozenset({"clean", "mixed"})


class HeldoutFileError(ValueError):
    """The held-out file is malformed; the message says which sample and why."""


@dataclass(frozen=True)
class Expected:
    """One identifying detail a sample should be flagged for."""

    kind: FindingKind
    text: str
    spans: tuple[tuple[int, int], ...]  # every occurrence of ``text`` in the sample


@dataclass(frozen=True)
class Sample:
    """One held-out text and everything in it that should be flagged."""

    index: int
    label: str
    text: str
    expected: tuple[Expected, ...]


@dataclass(frozen=True)
class HeldoutSet:
    """A loaded and validated held-out file."""

    path: Path
    written: str
    today: date
    samples: tuple[Sample, ...]


@dataclass
class KindScore:
    """True positives, false positives and false negatives for one kind."""

    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0

    @property
    def precision(self) -> float | None:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else None

    @property
    def recall(self) -> float | None:
        wanted = self.true_positives + self.false_negatives
        return self.true_positives / wanted if wanted else None


@dataclass(frozen=True)
class Miss:
    """A false negative (``missed``) or a false positive (``flagged``) in one sample."""

    sample_index: int
    what: str  # "missed" or "flagged"
    kind: FindingKind
    text: str
    sample_text: str


@dataclass
class HeldoutReport:
    """Scores per kind, clean-sample false alarms and the list of misses."""

    per_kind: dict[FindingKind, KindScore]
    clean_samples: int = 0
    clean_with_findings: int = 0
    misses: list[Miss] = field(default_factory=list)

    @property
    def total(self) -> KindScore:
        """Micro totals over every kind."""
        total = KindScore()
        for s in self.per_kind.values():
            total.true_positives += s.true_positives
            total.false_positives += s.false_positives
            total.false_negatives += s.false_negatives
        return total


def _occurrences(text: str, part: str) -> tuple[tuple[int, int], ...]:
    spans = []
    start = text.find(part)
    while start != -1:
        spans.append((start, start + len(part)))
        start = text.find(part, start + 1)
    return tuple(spans)


def _fail(path: Path, where: str, why: str) -> HeldoutFileError:
    return HeldoutFileError(f"{path.name}: {where}: {why}")


def _parse_sample(path: Path, index: int, raw: Any) -> Sample:
    where = f"sample {index}"
    if not isinstance(raw, dict):
        raise _fail(path, where, "is not an object")
    label, text, expected = raw.get("kind"), raw.get("text"), raw.get("expected")
    valid_kinds = {k.value for k in FindingKind}
    if not isinstance(text, str) or not text.strip():
        raise _fail(path, where, "has no text")
    if label not in valid_kinds | SAMPLE_LABELS:
        raise _fail(path, where, f"has an unknown kind label {label!r}")
    if not isinstance(expected, list):
        raise _fail(path, where, "'expected' is not a list")
    items = []
    for item in expected:
        if not (
            isinstance(item, list) and len(item) == 2 and all(isinstance(p, str) for p in item)
        ):
            raise _fail(path, where, f"expected item {item!r} is not [kind, text]")
        kind, part = item
        if kind not in valid_kinds:
            raise _fail(path, where, f"expected item has an unknown kind {kind!r}")
        spans = _occurrences(text, part) if part else ()
        if not spans:
            raise _fail(path, where, f"expected text {part!r} is not in the sample text")
        items.append(Expected(FindingKind(kind), part, spans))
    if label == "clean" and items:
        raise _fail(path, where, "is labelled clean but expects findings")
    if label != "clean" and not items:
        raise _fail(path, where, f"is labelled {label!r} but expects nothing")
    if label in valid_kinds and {e.kind.value for e in items} != {label}:
        raise _fail(path, where, f"is labelled {label!r} but expects other kinds (use 'mixed')")
    if label == "mixed" and len({e.kind for e in items}) < 2:
        raise _fail(path, where, "is labelled 'mixed' but expects only one kind")
    return Sample(index, label, text, tuple(items))


def load_heldout(path: Path = HELDOUT_PATH) -> HeldoutSet:
    """Load and validate a held-out file; raise HeldoutFileError if anything is malformed."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise HeldoutFileError(f"{path.name}: cannot be read as JSON ({exc})") from exc
    if not isinstance(raw, dict):
        raise _fail(path, "top level", "is not an object")
    for key in ("description", "written", "today", "samples"):
        if key not in raw:
            raise _fail(path, "top level", f"has no {key!r}")
    try:
        today = date.fromisoformat(raw["today"])
    except (TypeError, ValueError) as exc:
        raise _fail(path, "top level", f"'today' is not an ISO date ({exc})") from exc
    if not isinstance(raw["samples"], list) or not raw["samples"]:
        raise _fail(path, "top level", "'samples' is not a non-empty list")
    samples = tuple(_parse_sample(path, i, s) for i, s in enumerate(raw["samples"]))
    return HeldoutSet(path, str(raw["written"]), today, samples)


def _max_matching(edges: list[list[int]], right_count: int) -> list[int | None]:
    """Kuhn's augmenting paths: for each left node, the right node it is matched to."""
    right_owner: list[int | None] = [None] * right_count

    def augment(left: int, seen: set[int]) -> bool:
        for right in edges[left]:
            if right in seen:
                continue
            seen.add(right)
            owner = right_owner[right]
            if owner is None or augment(owner, seen):
                right_owner[right] = left
                return True
        return False

    for left in range(len(edges)):
        augment(left, set())
    left_match: list[int | None] = [None] * len(edges)
    for right, left_node in enumerate(right_owner):
        if left_node is not None:
            left_match[left_node] = right
    return left_match


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score_heldout(heldout: HeldoutSet) -> HeldoutReport:
    """Run find_identifiers on every sample and score the findings against the labels."""
    report = HeldoutReport(per_kind={kind: KindScore() for kind in FindingKind})
    for sample in heldout.samples:
        findings = find_identifiers(sample.text, today=heldout.today)
        if not sample.expected:
            report.clean_samples += 1
            if findings:
                report.clean_with_findings += 1
        edges = [
            [
                j
                for j, f in enumerate(findings)
                if f.kind == e.kind and any(_overlaps(span, (f.start, f.end)) for span in e.spans)
            ]
            for e in sample.expected
        ]
        matched = _max_matching(edges, len(findings))
        used = {j for j in matched if j is not None}
        for e, j in zip(sample.expected, matched, strict=True):
            if j is None:
                report.per_kind[e.kind].false_negatives += 1
                report.misses.append(Miss(sample.index, "missed", e.kind, e.text, sample.text))
            else:
                report.per_kind[e.kind].true_positives += 1
        for j, f in enumerate(findings):
            if j not in used:
                kind = FindingKind(f.kind)
                report.per_kind[kind].false_positives += 1
                text = sample.text[f.start : f.end]
                report.misses.append(Miss(sample.index, "flagged", kind, text, sample.text))
    return report


def pooled(reports: Sequence[HeldoutReport]) -> HeldoutReport:
    """One report over several files: counts added kind by kind (micro totals)."""
    total = HeldoutReport(per_kind={kind: KindScore() for kind in FindingKind})
    for report in reports:
        for kind, s in report.per_kind.items():
            t = total.per_kind[kind]
            t.true_positives += s.true_positives
            t.false_positives += s.false_positives
            t.false_negatives += s.false_negatives
        total.clean_samples += report.clean_samples
        total.clean_with_findings += report.clean_with_findings
    return total


def _ratio(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f}"


def format_report(report: HeldoutReport, *, misses: bool = False) -> str:
    """The table, micro totals, clean false-alarm rate and (optionally) every miss."""
    lines = [f"{'kind':<16}{'TP':>5}{'FP':>5}{'FN':>5}{'precision':>11}{'recall':>9}"]

    def row(name: str, s: KindScore) -> str:
        return (
            f"{name:<16}{s.true_positives:>5}{s.false_positives:>5}{s.false_negatives:>5}"
            f"{_ratio(s.precision):>11}{_ratio(s.recall):>9}"
        )

    lines.extend(row(kind.value, s) for kind, s in report.per_kind.items())
    lines.append(row("micro total", report.total))
    rate = report.clean_with_findings / report.clean_samples if report.clean_samples else None
    lines.append(
        f"clean samples with any finding: {report.clean_with_findings} of "
        f"{report.clean_samples} ({_ratio(rate)})"
    )
    if misses:
        lines.append("")
        lines.append("misses (missed = false negative, flagged = false positive):")
        for m in report.misses:
            one_line = m.sample_text.replace("\n", " | ")
            lines.append(f"  #{m.sample_index} {m.what} {m.kind.value} {m.text!r}  in: {one_line}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Print the score of the identifier check on a held-out file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--file",
        type=Path,
        action="append",
        help="held-out JSON file (repeat to score several and pool them)",
    )
    parser.add_argument("--misses", action="store_true", help="also list every miss")
    args = parser.parse_args(argv)
    paths: list[Path] = args.file or [HELDOUT_PATH]
    try:
        sets = [load_heldout(path) for path in paths]
    except HeldoutFileError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    reports = []
    for number, heldout in enumerate(sets):
        if number:
            print()
        print(f"file: {heldout.path.name} (written {heldout.written}; today = {heldout.today})")
        print(f"samples: {len(heldout.samples)}")
        report = score_heldout(heldout)
        reports.append(report)
        print(format_report(report, misses=args.misses))
    if len(sets) > 1:
        print()
        print(f"all {len(sets)} files pooled: {sum(len(h.samples) for h in sets)} samples")
        print(format_report(pooled(reports)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
