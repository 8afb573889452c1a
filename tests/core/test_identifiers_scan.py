"""The keyword index a scan keeps gives the same places as looking for each keyword."""

from __future__ import annotations

from journal_app.core.identifiers._scan import Scan, keyword_spans

KEYWORDS = ("exclu", "exclusion", "aka", "a.k.a", "ty ", "tŷ ", "went to", "nt t", "@", "")
TEXTS = (
    "Excluded twice; the exclusion letter says AKA 'Tiger', a.k.a. Tig. Ty Newydd, tŷ bach.",
    "He went to, then went to town: nt t nt t. aaaka kayak@example.org",
    "",
)


def test_a_scan_finds_every_keyword_with_overlaps_in_keyword_order() -> None:
    for _ in range(2):  # the first text learns the keywords, later ones use the index
        for text in TEXTS:
            scan = Scan.of(text)
            for keywords in (KEYWORDS, KEYWORDS[::-1], ("went to", "went to"), ()):
                assert keyword_spans(scan, keywords) == keyword_spans(scan.lowered, keywords)


def test_the_plain_look_up_lists_each_keyword_in_turn() -> None:
    assert keyword_spans("aaa", ["aa", "a"]) == [(0, 2), (1, 3), (0, 1), (1, 2), (2, 3)]
