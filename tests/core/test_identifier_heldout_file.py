"""The held-out identifier files are well-formed and fictional, and the scorer counts right.

These tests say nothing about how well the detector does: the held-out score is measured
(and reported) by tests/core/report_identifier_heldout.py, never asserted here, so that no
one is tempted to tune the detector to these files.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

from journal_app.core.identifiers import FindingKind
from tests.core import report_identifier_heldout as heldout_report
from tests.core.report_identifier_heldout import (
    FINAL_PATH,
    HELDOUT_PATH,
    HeldoutFileError,
    HeldoutSet,
    load_heldout,
    score_heldout,
)

FILES = [HELDOUT_PATH, FINAL_PATH]
#: Every held-out round, the later ones included (written with other fictional-data rules).
ALL_ROUNDS = sorted(HELDOUT_PATH.parent.glob("identifier_heldout*.json"))

# Every two-letter (and one-letter) postcode area in use in the UK, plus the non-geographic
# ones: a held-out postcode must not start with any of them, so none can be a real place.
REAL_POSTCODE_AREAS = frozenset(
    re.findall(
        r"[A-Z]+",
        """AB AL B BA BB BD BF BH BL BN BR BS BT BX CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL
    DN DT DY E EC EH EN EX FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L
    LA LD LE LL LN LS LU M ME MK ML N NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA SE
    SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR WS WV XX
    YO ZE""",
    )
)

# Ofcom's numbers reserved for drama, as national digits (after +44 is turned into 0).
DRAMA_PHONE = re.compile(
    r"07700900\d{3}|01632960\d{3}|02079460\d{3}|02920180\d{3}|02896496\d{3}"
    r"|01914980\d{3}|01(?:1[3-8]|[2-6]1)4960\d{3}"
)


def _expected(heldout: HeldoutSet, kind: FindingKind) -> list[str]:
    return [e.text for s in heldout.samples for e in s.expected if e.kind == kind]


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_file_loads_with_every_expected_text_inside_its_sample(path: Path) -> None:
    heldout = load_heldout(path)  # raises on a bad kind or a text not in its sample
    assert heldout.today.isoformat() == "2026-12-02"
    texts = [s.text for s in heldout.samples]
    assert len(set(texts)) == len(texts), "a sample appears twice"


@pytest.mark.parametrize("path", ALL_ROUNDS, ids=lambda p: p.name)
def test_every_round_loads_with_clean_samples_and_no_repeated_text(path: Path) -> None:
    heldout = load_heldout(path)  # raises on a bad kind or a text not in its sample
    texts = [s.text for s in heldout.samples]
    assert len(set(texts)) == len(texts), "a sample appears twice"
    assert sum(1 for s in heldout.samples if not s.expected) >= 30, "too few clean samples"


def test_the_later_rounds_are_all_there() -> None:
    names = {p.name for p in ALL_ROUNDS}
    assert {f"identifier_heldout_round{n}.json" for n in range(3, 12)} <= names


def test_first_file_has_the_agreed_counts() -> None:
    heldout = load_heldout(HELDOUT_PATH)
    with_ids = [s for s in heldout.samples if s.expected]
    clean = [s for s in heldout.samples if not s.expected]
    assert len(heldout.samples) >= 260
    assert len(with_ids) >= 160
    assert len(clean) >= 100
    per_kind = Counter(e.kind for s in with_ids for e in s.expected)
    assert {k: per_kind[k] for k in FindingKind if per_kind[k] < 20} == {}


def test_final_file_has_the_agreed_counts_and_shares_no_text_with_the_first() -> None:
    # Only the shape of the final file is checked: it is never scored before the end.
    final = load_heldout(FINAL_PATH)
    with_ids = [s for s in final.samples if s.expected]
    assert len(final.samples) >= 80
    assert len(with_ids) >= 50
    assert len(final.samples) - len(with_ids) >= 30
    assert {e.kind for s in with_ids for e in s.expected} == set(FindingKind)
    first = load_heldout(HELDOUT_PATH)
    assert not {s.text for s in final.samples} & {s.text for s in first.samples}


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_numbers_and_addresses_are_fictional(path: Path) -> None:
    heldout = load_heldout(path)
    for value in _expected(heldout, FindingKind.NHS_NUMBER):
        digits = [int(c) for c in value if c.isdigit()]
        assert len(digits) == 10, value
        check = 11 - sum(d * w for d, w in zip(digits, range(10, 1, -1), strict=False)) % 11
        assert (0 if check == 11 else check) == digits[9], f"bad check digit: {value}"
    for value in _expected(heldout, FindingKind.NI_NUMBER):
        compact = re.sub(r"\s", "", value).upper()
        assert re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", compact), value
        assert compact[:2] not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}, value
    for value in _expected(heldout, FindingKind.POSTCODE):
        area = re.match(r"[A-Za-z]+", value)
        assert area is not None, value
        assert area.group(0).upper() not in REAL_POSTCODE_AREAS, f"real area: {value}"
    for value in _expected(heldout, FindingKind.PHONE):
        national = re.sub(r"^440?", "0", re.sub(r"\D", "", value))
        assert DRAMA_PHONE.fullmatch(national), f"not a drama number: {value}"
    for value in _expected(heldout, FindingKind.EMAIL):
        assert re.search(r"@(?:[a-z0-9-]+\.)*example\.(?:org|com|gov\.uk)$", value.lower()), value


def _write(tmp_path: Path, samples: list[object]) -> Path:
    path = tmp_path / "heldout.json"
    doc = {"description": "d", "written": "w", "today": "2026-12-02", "samples": samples}
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "sample",
    [
        {"kind": "person_name", "text": "Visited Ann.", "expected": [["person_name", "Anne"]]},
        {"kind": "person_name", "text": "Visited Ann.", "expected": [["name", "Ann"]]},
        {"kind": "clean", "text": "Visited Ann.", "expected": [["person_name", "Ann"]]},
        {"kind": "mixed", "text": "Visited Ann.", "expected": []},
        {"kind": "other", "text": "Dad", "expected": []},
    ],
)
def test_a_malformed_sample_fails_loudly(tmp_path: Path, sample: object) -> None:
    with pytest.raises(HeldoutFileError, match="sample 0"):
        load_heldout(_write(tmp_path, [sample]))


@dataclass(frozen=True)
class _FakeFinding:
    kind: FindingKind
    start: int
    end: int
    text: str


def test_scorer_matches_by_kind_and_overlap_one_to_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "Hope and Hope's mum, DOB 1/2/2015."
    path = _write(
        tmp_path,
        [
            {
                "kind": "mixed",
                "text": text,
                "expected": [
                    ["person_name", "Hope"],
                    ["person_name", "Hope"],
                    ["date_of_birth", "1/2/2015"],
                ],
            },
            {"kind": "clean", "text": "Dad was late.", "expected": []},
            {"kind": "clean", "text": "Nan came.", "expected": []},
        ],
    )

    def fake_find(sample_text: str, *, today: object = None) -> tuple[_FakeFinding, ...]:
        if sample_text == text:
            dob = text.index("1/2")
            return (
                _FakeFinding(FindingKind.PERSON_NAME, 0, 3, "Hop"),  # edge differs: overlaps
                _FakeFinding(FindingKind.PERSON_NAME, 9, 15, "Hope's"),
                _FakeFinding(FindingKind.PERSON_NAME, 9, 13, "Hope"),  # a third name: one too many
                _FakeFinding(FindingKind.PHONE, dob, dob + 8, "1/2/2015"),  # wrong kind
            )
        if sample_text == "Dad was late.":
            return (_FakeFinding(FindingKind.PERSON_NAME, 0, 3, "Dad"),)
        return ()

    monkeypatch.setattr(heldout_report, "find_identifiers", fake_find)
    report = score_heldout(load_heldout(path))
    names = report.per_kind[FindingKind.PERSON_NAME]
    assert (names.true_positives, names.false_positives, names.false_negatives) == (2, 2, 0)
    dob = report.per_kind[FindingKind.DATE_OF_BIRTH]
    assert (dob.true_positives, dob.false_positives, dob.false_negatives) == (0, 0, 1)
    assert report.per_kind[FindingKind.PHONE].false_positives == 1
    total = report.total
    assert (total.true_positives, total.false_positives, total.false_negatives) == (2, 3, 1)
    assert (report.clean_with_findings, report.clean_samples) == (1, 2)


def test_several_files_are_scored_one_by_one_then_pooled(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = _write(
        tmp_path / "a",
        [
            {"kind": "person_name", "text": "Met Ann.", "expected": [["person_name", "Ann"]]},
            {"kind": "clean", "text": "Dad came.", "expected": []},
        ],
    )
    second = _write(
        tmp_path / "b",
        [
            {"kind": "person_name", "text": "Met Bo.", "expected": [["person_name", "Bo"]]},
            {"kind": "clean", "text": "Nan came.", "expected": []},
        ],
    )

    def fake_find(sample_text: str, *, today: object = None) -> tuple[_FakeFinding, ...]:
        if sample_text == "Met Ann.":
            return (_FakeFinding(FindingKind.PERSON_NAME, 4, 7, "Ann"),)
        if sample_text == "Nan came.":
            return (_FakeFinding(FindingKind.PERSON_NAME, 0, 3, "Nan"),)
        return ()

    monkeypatch.setattr(heldout_report, "find_identifiers", fake_find)
    pooled = heldout_report.pooled(
        [score_heldout(load_heldout(first)), score_heldout(load_heldout(second))]
    )
    names = pooled.per_kind[FindingKind.PERSON_NAME]
    assert (names.true_positives, names.false_positives, names.false_negatives) == (1, 1, 1)
    assert (pooled.clean_with_findings, pooled.clean_samples) == (1, 2)

    assert heldout_report.main(["--file", str(first), "--file", str(second)]) == 0
    printed = capsys.readouterr().out
    assert printed.count("file: ") == 2
    assert "all 2 files pooled: 4 samples" in printed
    assert printed.rstrip().endswith("clean samples with any finding: 1 of 2 (0.50)")
