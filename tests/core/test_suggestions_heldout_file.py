"""The held-out suggestion file is well-formed and fictional, and its scorer counts right.

Nothing here asserts how well the suggestion engine does: that is measured and reported by
tests/core/report_suggestions_heldout.py, never asserted, so that no one is tempted to tune
the engine to this file.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from journal_app.core.catalogue import Catalogue
from journal_app.core.frameworks import Framework
from tests.core.report_suggestions_heldout import (
    HELDOUT_PATH,
    MIN_PER_DOMAIN,
    HeldoutFileError,
    Reflection,
    load_heldout,
    main,
    score_framework,
)

EXPECTED_SETS = {"kss-pl", "kss-ps", "swe"}


@pytest.fixture(scope="module")
def frameworks() -> dict[str, Framework]:
    return {fw.id: fw for fw in Catalogue.builtin().frameworks}


def _raw() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(HELDOUT_PATH.read_text(encoding="utf-8"))
    return data


def test_file_loads_with_every_domain_covered(frameworks: dict[str, Framework]) -> None:
    heldout = load_heldout(HELDOUT_PATH, frameworks)  # raises on any malformed reflection
    assert set(heldout.sets) == EXPECTED_SETS
    datetime.strptime(heldout.written, "%Y-%m-%dT%H:%M:%SZ")
    for framework_id, reflections in heldout.sets.items():
        codes = frameworks[framework_id].codes
        assert len(reflections) >= MIN_PER_DOMAIN * len(codes)
        assert {r.primary for r in reflections} == set(codes)


def test_texts_are_anonymised() -> None:
    """No contact details or reference numbers; children are 'Child A', not a name."""
    contact = re.compile(r"@|\b0\d{3,4}\s?\d{3}\s?\d{3,4}\b|\b[A-Z]{1,2}\d{1,2}\s?\d[A-Z]{2}\b")
    for items in _raw()["sets"].values():
        for item in items:
            assert not contact.search(item["text"]), item["text"][:60]
            assert not re.search(r"\b\d{5,}\b", item["text"]), item["text"][:60]
            for match in re.finditer(r"\bChild ([A-Z][a-z]*)\b", item["text"]):
                assert len(match.group(1)) == 1, f"a named child: {match.group(0)}"


def _write(tmp_path: Path, sets: dict[str, Any]) -> Path:
    path = tmp_path / "heldout.json"
    data = {"description": "test", "written": "2026-12-02T00:00:00Z", "sets": sets}
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _good_swe(framework: Framework) -> list[dict[str, Any]]:
    words = " ".join(["word"] * 90)
    return [
        {"text": f"{code} {n} {words}", "primary": code, "also": []}
        for code in framework.codes
        for n in range(MIN_PER_DOMAIN)
    ]


def test_a_well_formed_small_file_loads(tmp_path: Path, frameworks: dict[str, Framework]) -> None:
    heldout = load_heldout(_write(tmp_path, {"swe": _good_swe(frameworks["swe"])}), frameworks)
    assert len(heldout.sets["swe"]) == MIN_PER_DOMAIN * len(frameworks["swe"].codes)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda items: items[0].update(primary="99"), "not a domain"),
        (lambda items: items[0].update(also=["99"]), "not a domain"),
        (lambda items: items[0].update(also=[items[0]["primary"]]), "repeats a code"),
        (lambda items: items[0].update(text="too short"), "words"),
        (lambda items: items[1].update(text=items[0]["text"]), "repeats another text"),
        (lambda items: items.pop(0), "at least"),
        (lambda items: items[0].pop("also"), "needs exactly"),
    ],
    ids=["bad-primary", "bad-also", "primary-in-also", "short", "duplicate", "too-few", "shape"],
)
def test_a_malformed_file_is_refused(
    tmp_path: Path, frameworks: dict[str, Framework], change: Any, message: str
) -> None:
    items = _good_swe(frameworks["swe"])
    change(items)
    with pytest.raises(HeldoutFileError, match=message):
        load_heldout(_write(tmp_path, {"swe": items}), frameworks)


def test_an_unknown_framework_is_refused(tmp_path: Path, frameworks: dict[str, Framework]) -> None:
    path = _write(tmp_path, {"no-such": _good_swe(frameworks["swe"])})
    with pytest.raises(HeldoutFileError, match="no framework"):
        load_heldout(path, frameworks)


def test_scorer_counts_top1_top3_and_labelled(frameworks: dict[str, Framework]) -> None:
    swe = frameworks["swe"]
    reflections = [
        Reflection("swe", 0, "hit", "1", ()),
        Reflection("swe", 1, "second", "1", ("2",)),
        Reflection("swe", 2, "fourth", "2", ()),
        Reflection("swe", 3, "nothing", "3", ()),
    ]
    ranked = {"hit": ["1", "2", "3"], "second": ["2", "1"], "fourth": ["1", "3", "4", "2"]}
    score = score_framework(swe, reflections, lambda text, _fw: ranked.get(text, []))
    t = score.overall
    assert (t.total, t.top1, t.top3, t.top1_labelled) == (4, 1, 2, 2)
    one = score.by_domain["1"]
    assert (one.total, one.top1, one.top3, one.top1_labelled) == (2, 1, 2, 2)
    assert score.by_domain["6"].total == 0
    assert [m.reflection.index for m in score.misses] == [1, 2, 3]


def test_report_runs_on_the_real_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--framework", "kss-ps", "--misses"]) == 0
    out = capsys.readouterr().out
    assert "kss-ps" in out and "top-3" in out and "kss-pl:" not in out
    assert main(["--framework", "no-such"]) == 2
    assert main([]) == 0
    assert "All 3 frameworks together" in capsys.readouterr().out
