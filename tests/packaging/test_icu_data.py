"""Which ICU data the Linux build keeps (resources/packaging/icu_data.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "resources" / "packaging"))
import icu_data


@pytest.mark.parametrize(
    ("item", "kept"),
    [
        ("root.res", True),
        ("en_GB.res", True),
        ("cy.res", True),
        ("coll/ucadata.icu", True),  # collation's base table (file dialogs sort with it)
        ("coll/en.res", True),
        ("coll/de.res", False),
        ("nfkc.nrm", True),  # normalisation
        ("zoneinfo64.res", True),  # time zone names
        ("zone/en.res", True),
        ("zone/fr.res", False),
        ("lang/ja.res", False),
        ("brkitr/thaidict.dict", False),  # Qt breaks text with its own tables
        ("ibm-943_P15A-2003.cnv", False),  # legacy character sets: the app reads UTF-8
        ("translit/root.res", False),
        ("rbnf/en.res", False),
        ("unames.icu", False),
        ("res_index.res", True),
        ("curr/pool.res", True),
    ],
)
def test_english_welsh_and_shared_data_stay(item: str, kept: bool) -> None:
    assert icu_data.kept(item) is kept
