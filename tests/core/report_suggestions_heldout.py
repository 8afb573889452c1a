"""Score the domain suggestions on held-out reflections (written without seeing the engine).

Run from the repository root:

    python tests/core/report_suggestions_heldout.py [--framework ID] [--misses] [--file PATH]

For every reflection in ``tests/fixtures/suggestions_heldout.json`` it asks the engine for
its ranked suggestions in that reflection's framework, the same public call the editor's tag
picker makes (``suggest_domains(text, framework, limit=...)``), and reports:

- top-1: the first suggestion is the primary domain;
- top-3: the primary domain is among the first three suggestions;
- top-1 in primary-or-also: the first suggestion is the primary domain or one of the others
  the reflection was labelled as clearly evidencing.

A reflection with no suggestion at all counts as a miss on every measure. Figures are given
per framework and per primary domain. ``--misses`` lists each reflection whose primary
domain was not the first suggestion, with what was suggested instead.

Only ``suggest_domains`` and the catalogue are imported, so the score does not lean on the
engine's internals. Do not tune the engine on this file or read its misses while tuning: it
is the honest check of how suggestions do on words the engine has never seen.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from journal_app.core.catalogue import Catalogue
from journal_app.core.frameworks import Framework
from journal_app.core.suggestions import suggest_domains

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
HELDOUT_PATH = FIXTURES / "suggestions_heldout.json"

#: Fewest reflections whose primary is a given domain, for every domain of every framework.
MIN_PER_DOMAIN = 6
#: Length a reflection must have, in words (split on white space).
MIN_WORDS = 80
MAX_WORDS = 250
#: How many suggestions are asked for: enough to judge top-3.
TOP_N = 3

#: Ranked domain codes for a text in a framework (the engine, or a stand-in in tests).
Suggester = Callable[[str, Framework], Sequence[str]]


class HeldoutFileError(ValueError):
    """The held-out file is malformed; the message says which reflection and why."""


@dataclass(frozen=True)
class Reflection:
    """One held-out reflection and the domains it was labelled with."""

    framework_id: str
    index: int
    text: str
    primary: str
    also: tuple[str, ...]


@dataclass(frozen=True)
class HeldoutSet:
    """A loaded and validated held-out file."""

    path: Path
    written: str
    sets: dict[str, tuple[Reflection, ...]]


@dataclass
class Tally:
    """Counts for one group of reflections (a framework, or one primary domain)."""

    total: int = 0
    top1: int = 0
    top3: int = 0
    top1_labelled: int = 0

    def add(self, primary: str, also: Sequence[str], ranked: Sequence[str]) -> None:
        self.total += 1
        self.top1 += bool(ranked) and ranked[0] == primary
        self.top3 += primary in ranked[:3]
        self.top1_labelled += bool(ranked) and (ranked[0] == primary or ranked[0] in also)


@dataclass(frozen=True)
class Miss:
    """A reflection whose first suggestion was not its primary domain."""

    reflection: Reflection
    ranked: tuple[str, ...]


@dataclass
class FrameworkScore:
    """The tallies for one framework, overall and by primary domain."""

    framework: Framework
    overall: Tally = field(default_factory=Tally)
    by_domain: dict[str, Tally] = field(default_factory=dict)
    misses: list[Miss] = field(default_factory=list)


# -- loading -------------------------------------------------------------------------------


def load_heldout(path: Path, frameworks: dict[str, Framework]) -> HeldoutSet:
    """Read and check the held-out file against the frameworks it names.

    Raises ``HeldoutFileError`` when the file is not the expected shape, names a framework
    or domain code that does not exist, has a reflection outside the word limits, repeats a
    text, or has fewer than ``MIN_PER_DOMAIN`` reflections for some domain.
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise HeldoutFileError(f"{path.name}: cannot be read as JSON ({exc})") from exc
    if not isinstance(data, dict) or set(data) != {"description", "written", "sets"}:
        raise HeldoutFileError(f"{path.name}: needs exactly description, written and sets")
    if not isinstance(data["written"], str) or not isinstance(data["sets"], dict):
        raise HeldoutFileError(f"{path.name}: 'written' must be text and 'sets' an object")
    sets: dict[str, tuple[Reflection, ...]] = {}
    seen_texts: set[str] = set()
    for framework_id, items in data["sets"].items():
        framework = frameworks.get(framework_id)
        if framework is None:
            raise HeldoutFileError(f"{path.name}: no framework with id {framework_id!r}")
        if not isinstance(items, list):
            raise HeldoutFileError(f"{path.name}: set {framework_id!r} must be a list")
        reflections = tuple(
            _reflection(framework, index, item, path.name) for index, item in enumerate(items)
        )
        for reflection in reflections:
            if reflection.text in seen_texts:
                raise HeldoutFileError(
                    f"{path.name}: {framework_id}[{reflection.index}] repeats another text"
                )
            seen_texts.add(reflection.text)
        for code in framework.codes:
            count = sum(r.primary == code for r in reflections)
            if count < MIN_PER_DOMAIN:
                raise HeldoutFileError(
                    f"{path.name}: {framework_id} domain {code} is the primary of {count} "
                    f"reflections; at least {MIN_PER_DOMAIN} are needed"
                )
        sets[framework_id] = reflections
    if not sets:
        raise HeldoutFileError(f"{path.name}: no sets")
    return HeldoutSet(path=path, written=data["written"], sets=sets)


def _reflection(framework: Framework, index: int, item: Any, file_name: str) -> Reflection:
    where = f"{file_name}: {framework.id}[{index}]"
    if not isinstance(item, dict) or set(item) != {"text", "primary", "also"}:
        raise HeldoutFileError(f"{where}: needs exactly text, primary and also")
    text, primary, also = item["text"], item["primary"], item["also"]
    if not isinstance(text, str) or not isinstance(primary, str) or not isinstance(also, list):
        raise HeldoutFileError(f"{where}: text and primary must be text, also a list")
    words = len(text.split())
    if not MIN_WORDS <= words <= MAX_WORDS:
        raise HeldoutFileError(f"{where}: {words} words, outside {MIN_WORDS}-{MAX_WORDS}")
    for code in (primary, *also):
        if not isinstance(code, str) or framework.domain(code) is None:
            raise HeldoutFileError(f"{where}: {code!r} is not a domain of {framework.id}")
    if primary in also or len(set(also)) != len(also):
        raise HeldoutFileError(f"{where}: 'also' repeats a code or the primary")
    return Reflection(framework.id, index, text, primary, tuple(also))


# -- scoring -------------------------------------------------------------------------------


def engine_suggester(text: str, framework: Framework) -> list[str]:
    """The engine's ranked domain codes, asked for as the tag picker asks for them."""
    return [s.tag.domain_code for s in suggest_domains(text, framework, limit=TOP_N)]


def score_framework(
    framework: Framework,
    reflections: Sequence[Reflection],
    suggester: Suggester = engine_suggester,
) -> FrameworkScore:
    """Tally top-1, top-3 and top-1-in-labelled for every reflection of one framework."""
    score = FrameworkScore(framework, by_domain={code: Tally() for code in framework.codes})
    for reflection in reflections:
        ranked = tuple(suggester(reflection.text, framework))
        score.overall.add(reflection.primary, reflection.also, ranked)
        score.by_domain[reflection.primary].add(reflection.primary, reflection.also, ranked)
        if not ranked or ranked[0] != reflection.primary:
            score.misses.append(Miss(reflection, ranked))
    return score


# -- report --------------------------------------------------------------------------------


def _pct(part: int, whole: int) -> str:
    return f"{part}/{whole} ({100 * part / whole:.0f}%)" if whole else "-"


def format_score(score: FrameworkScore, show_misses: bool = False) -> str:
    """A Markdown section with the framework's overall and per-domain figures."""
    fw = score.framework
    lines = [
        f"### {fw.id}: {fw.short_title}",
        "",
        "| Primary domain | n | top-1 | top-3 | top-1 in primary-or-also |",
        "|---|---|---|---|---|",
    ]
    rows = [("**all**", score.overall)]
    for domain in fw.domains:
        rows.append((f"{domain.code} {domain.title}", score.by_domain[domain.code]))
    for label, t in rows:
        lines.append(
            f"| {label} | {t.total} | {_pct(t.top1, t.total)} | {_pct(t.top3, t.total)} "
            f"| {_pct(t.top1_labelled, t.total)} |"
        )
    if show_misses and score.misses:
        lines += ["", f"Top-1 misses ({len(score.misses)}):", ""]
        for miss in score.misses:
            r = miss.reflection
            also = ",".join(r.also) or "-"
            got = ",".join(miss.ranked) or "(nothing suggested)"
            lines.append(
                f"- {r.framework_id}[{r.index}] primary {r.primary} (also {also}); "
                f"suggested {got}: {r.text[:70]!r}..."
            )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("--file", type=Path, default=HELDOUT_PATH)
    parser.add_argument("--framework", help="score only this framework id (default: all)")
    parser.add_argument("--misses", action="store_true", help="list top-1 misses")
    args = parser.parse_args(argv)
    frameworks = {fw.id: fw for fw in Catalogue.builtin().frameworks}
    try:
        heldout = load_heldout(args.file, frameworks)
    except HeldoutFileError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    ids = list(heldout.sets)
    if args.framework is not None:
        if args.framework not in heldout.sets:
            print(f"error: no set for framework {args.framework!r}", file=sys.stderr)
            return 2
        ids = [args.framework]
    print(f"Held-out file: {heldout.path.name} (written {heldout.written})")
    combined = Tally()
    for framework_id in ids:
        score = score_framework(frameworks[framework_id], heldout.sets[framework_id])
        for name in ("total", "top1", "top3", "top1_labelled"):
            setattr(combined, name, getattr(combined, name) + getattr(score.overall, name))
        print()
        print(format_score(score, show_misses=args.misses))
    if len(ids) > 1:
        c = combined
        print()
        print(
            f"All {len(ids)} frameworks together ({c.total} reflections): "
            f"top-1 {_pct(c.top1, c.total)}, top-3 {_pct(c.top3, c.total)}, "
            f"top-1 in primary-or-also {_pct(c.top1_labelled, c.total)}."
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
