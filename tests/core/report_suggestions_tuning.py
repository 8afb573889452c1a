"""Top-1/top-3 of domain suggestions on the TUNING sets (not the held-out set).

    .venv/bin/python tests/core/report_suggestions_tuning.py [--learnt]

For each tuning fixture (kss-pl, kss-ps, swe) prints top-1 and top-3 per split and overall,
and how often the first place was a full tie. With ``--learnt`` it also simulates a person
who tagged the other reflections: 4-fold cross-validation, the model is built from three
folds (as if tagged by the person) and the fourth is suggested for.
"""

from __future__ import annotations

import inspect
import json
import sys
from pathlib import Path
from typing import Any

from journal_app.core import suggestions
from journal_app.core.frameworks import Framework, load_framework
from journal_app.core.resources import resource_path

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SETS = {
    "kss-pl": "labelled_reflections.json",
    "kss-ps": "labelled_reflections_kss_ps.json",
    "swe": "labelled_reflections_swe.json",
}


def load(name: str) -> tuple[Framework, list[dict[str, Any]]]:
    data = json.loads((FIXTURES / name).read_text("utf-8"))
    framework = load_framework(resource_path("frameworks", f"{data['framework']}.json"))
    return framework, data["reflections"]


def score(
    framework: Framework, reflections: list[dict[str, Any]], learnt: Any = None
) -> tuple[float, float, int]:
    top1 = top3 = ties = 0
    learns = "learnt" in inspect.signature(suggestions.suggest_domains).parameters
    for reflection in reflections:
        if learns:
            found = suggestions.suggest_domains(reflection["text"], framework, 3, learnt=learnt)
        else:
            found = suggestions.suggest_domains(reflection["text"], framework, 3)
        codes = [s.tag.domain_code for s in found]
        top1 += bool(codes) and codes[0] in reflection["codes"]
        top3 += any(code in reflection["codes"] for code in codes)
        ties += len(found) > 1 and getattr(found[1], "rank", 2) == 1
    n = len(reflections) or 1
    return top1 / n, top3 / n, ties


def cross_validated(
    framework: Framework, reflections: list[dict[str, Any]]
) -> tuple[float, float]:
    from journal_app.core.tagged_model import build_model

    folds = 4
    top1 = top3 = 0.0
    for fold in range(folds):
        test = reflections[fold::folds]
        train = [r for i, r in enumerate(reflections) if i % folds != fold]
        model = build_model((r["text"], r["codes"]) for r in train)
        one, three, _ = score(framework, test, model)
        top1 += one * len(test)
        top3 += three * len(test)
    return top1 / len(reflections), top3 / len(reflections)


def main() -> None:
    learnt = "--learnt" in sys.argv
    for framework_id, name in SETS.items():
        if not (FIXTURES / name).exists():
            continue
        framework, reflections = load(name)
        splits = dict.fromkeys(r["split"] for r in reflections)
        for split in splits:
            subset = [r for r in reflections if r["split"] == split]
            one, three, ties = score(framework, subset)
            print(
                f"{framework_id:7} {split:8} n={len(subset):3} top-1 {one:.2f} top-3 {three:.2f}"
                f" tied-first {ties}"
            )
        one, three, ties = score(framework, reflections)
        print(
            f"{framework_id:7} {'ALL':8} n={len(reflections):3} top-1 {one:.2f} top-3 {three:.2f}"
            f" tied-first {ties}"
        )
        if learnt:
            one, three = cross_validated(framework, reflections)
            print(
                f"{framework_id:7} {'+learnt':8} n={len(reflections):3} top-1 {one:.2f}"
                f" top-3 {three:.2f} (4-fold: model from the other 3/4 as the person's tags)"
            )


if __name__ == "__main__":
    main()
