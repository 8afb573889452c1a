"""Score domain suggestions on WELSH reflections, for every installed version of the SCW code.

Run from the repository root:

    python -m tests.core.report_suggestions_welsh [--misses] [--learnt] [--tuned-keywords-only]
    python -m tests.core.report_suggestions_welsh --tuning [--learnt]
    python -m tests.core.report_suggestions_welsh --language

Without options it scores the held-out Welsh set, ``tests/fixtures/suggestions_welsh_heldout.json``
(written before the Welsh keyword list), exactly as ``report_suggestions_heldout.py`` scores
the English one: the same loader, the same checks, the same public call the tag picker makes
(``suggest_domains(text, framework, limit=3)``) and the same measures (top-1, top-3, top-1
in primary-or-also), once per installed version of the framework (scw 2017 and 2026 share
their codes).

With ``--learnt`` the held-out set is scored with a learnt model built from the tuning set, as
if the person had tagged those 43 reflections. ``--tuned-keywords-only`` is a check on the
held-out figure itself: the same author wrote the held-out set and then the keywords, so it
scores again keeping, in each section, only the Welsh keywords that matched something in the
tuning set (a pessimistic bound: it also drops plain translations of the English keywords).

``--tuning`` scores the Welsh tuning set instead (``labelled_reflections_scw_cy.json``, the
one the Welsh keywords were chosen on) like ``report_suggestions_tuning.py``: top-1 = the
first suggestion is one of the reflection's codes, top-3 = one of them is in the first three.
``--learnt`` adds a 4-fold cross-validation on the tuning set: the learnt model is built from
three folds as if the person had tagged them, and the fourth is suggested for.

``--language`` counts how the language detector reads every labelled reflection (English and
Welsh sets) and 2,000 generated English demo reflections, whole and cut to their first 3, 6 and
10 words.

Do not tune the engine on the held-out file or read its misses while tuning.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from journal_app.core.catalogue import Catalogue
from journal_app.core.frameworks import Framework
from journal_app.core.suggestions import suggest_domains
from tests.core.report_suggestions_heldout import (
    TOP_N,
    HeldoutFileError,
    Suggester,
    _pct,
    engine_suggester,
    format_score,
    load_heldout,
    score_framework,
)

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
WELSH_HELDOUT = FIXTURES / "suggestions_welsh_heldout.json"
WELSH_TUNING = FIXTURES / "labelled_reflections_scw_cy.json"
FRAMEWORK_ID = "scw"


def versions() -> tuple[Framework, ...]:
    """Every installed version of the SCW code, oldest first."""
    return Catalogue.builtin().versions(FRAMEWORK_ID)


def heldout_report(show_misses: bool, learnt: bool = False, tuned_only: bool = False) -> int:
    print(f"Held-out file: {WELSH_HELDOUT.name}")
    suggester = learnt_suggester() if learnt else engine_suggester
    for framework in versions():
        if tuned_only:
            framework = only_tuned_keywords(framework)
        try:
            heldout = load_heldout(WELSH_HELDOUT, {FRAMEWORK_ID: framework})
        except HeldoutFileError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        score = score_framework(framework, heldout.sets[FRAMEWORK_ID], suggester)
        print()
        extra = " (learnt model: the tuning set as the person's tags)" if learnt else ""
        extra += " (only the Welsh keywords the tuning set matched)" if tuned_only else ""
        print(f"Version {framework.version}{extra} (file written {heldout.written})")
        print()
        print(format_score(score, show_misses=show_misses))
    return 0


def learnt_suggester() -> Suggester:
    """The engine blended with a model learnt from the tuning set, as if the person had
    tagged those reflections."""
    from journal_app.core.tagged_model import build_model

    model = build_model((r["text"], r["codes"]) for r in load_tuning())

    def suggester(text: str, framework: Framework) -> list[str]:
        found = suggest_domains(text, framework, limit=TOP_N, learnt=model)
        return [s.tag.domain_code for s in found]

    return suggester


def only_tuned_keywords(framework: Framework) -> Framework:
    """The framework with each section's Welsh keywords cut to those the tuning set matched."""
    used: set[str] = set()
    for reflection in load_tuning():
        for suggestion in suggest_domains(reflection["text"], framework, len(framework.domains)):
            used.update(suggestion.matched_phrases)
    domains = tuple(
        replace(domain, keywords_cy=tuple(k for k in domain.keywords_cy if k in used))
        for domain in framework.domains
    )
    kept = sum(len(d.keywords_cy) for d in domains)
    total = sum(len(d.keywords_cy) for d in framework.domains)
    print(f"scw@{framework.version}: keeping {kept} of {total} Welsh keywords")
    return replace(framework, domains=domains)


def load_tuning() -> list[dict[str, Any]]:
    data = json.loads(WELSH_TUNING.read_text("utf-8"))
    reflections: list[dict[str, Any]] = data["reflections"]
    return reflections


def tuning_scores(
    framework: Framework, reflections: Sequence[dict[str, Any]], learnt: Any = None
) -> tuple[int, int]:
    """(top-1, top-3) counts: the first suggestion, or one of three, is a labelled code."""
    top1 = top3 = 0
    for reflection in reflections:
        found = [
            s.tag.domain_code
            for s in suggest_domains(reflection["text"], framework, 3, learnt=learnt)
        ]
        top1 += bool(found) and found[0] in reflection["codes"]
        top3 += any(code in reflection["codes"] for code in found)
    return top1, top3


def cross_validated(
    framework: Framework, reflections: Sequence[dict[str, Any]]
) -> tuple[int, int]:
    from journal_app.core.tagged_model import build_model

    folds = 4
    top1 = top3 = 0
    for fold in range(folds):
        test = reflections[fold::folds]
        train = [r for i, r in enumerate(reflections) if i % folds != fold]
        model = build_model((r["text"], r["codes"]) for r in train)
        one, three = tuning_scores(framework, test, model)
        top1 += one
        top3 += three
    return top1, top3


def tuning_report(learnt: bool) -> int:
    reflections = load_tuning()
    n = len(reflections)
    print(f"Tuning file: {WELSH_TUNING.name} ({n} reflections)")
    for framework in versions():
        one, three = tuning_scores(framework, reflections)
        print(f"scw@{framework.version}  top-1 {_pct(one, n)}  top-3 {_pct(three, n)}")
        if learnt:
            one, three = cross_validated(framework, reflections)
            print(
                f"scw@{framework.version}  +learnt top-1 {_pct(one, n)}  top-3 {_pct(three, n)}"
                " (4-fold: model from the other 3/4 as the person's tags)"
            )
    return 0


def language_report() -> int:
    from datetime import date

    from journal_app.core.text_language import is_welsh
    from journal_app.services.demo_generator import generate_reflections

    groups: dict[str, list[str]] = {}
    for name in sorted(FIXTURES.glob("labelled_reflections*.json")):
        data = json.loads(name.read_text("utf-8"))
        groups[name.name] = [r["text"] for r in data["reflections"]]
    for name in sorted(FIXTURES.glob("suggestions*heldout.json")):
        data = json.loads(name.read_text("utf-8"))
        groups[name.name] = [r["text"] for items in data["sets"].values() for r in items]
    demo = generate_reflections(2000, 7, date(2020, 1, 1), date(2025, 12, 31), Catalogue.builtin())
    groups["demo reflections (English)"] = [
        "\n".join([d.title, d.body, *(s.text for s in d.sections)]) for d in demo
    ]
    print("| texts | n | read as Welsh | first 3 words | first 6 | first 10 |")
    print("|---|---|---|---|---|---|")
    for name, texts in groups.items():
        cells = [str(sum(is_welsh(t) for t in texts))]
        for size in (3, 6, 10):
            cells.append(str(sum(is_welsh(" ".join(t.split()[:size])) for t in texts)))
        print(f"| {name} | {len(texts)} | " + " | ".join(cells) + " |")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("--misses", action="store_true", help="list held-out top-1 misses")
    parser.add_argument("--tuning", action="store_true", help="score the tuning set instead")
    parser.add_argument(
        "--learnt",
        action="store_true",
        help="held-out: with a model learnt from the tuning set; --tuning: cross-validate",
    )
    parser.add_argument("--language", action="store_true", help="how the detector reads")
    parser.add_argument(
        "--tuned-keywords-only",
        action="store_true",
        help="held-out: keep only the Welsh keywords the tuning set matched",
    )
    args = parser.parse_args(argv)
    if args.language:
        return language_report()
    if args.tuning:
        return tuning_report(args.learnt)
    return heldout_report(args.misses, args.learnt, args.tuned_keywords_only)


if __name__ == "__main__":
    sys.exit(main())
