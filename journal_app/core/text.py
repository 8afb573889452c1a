"""Small text helpers shared by the store, the exporters and the UI."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from journal_app.core.messages import Message

_WORD = re.compile(r"\w+(?:['’-]\w+)*")

#: Marks around a search match inside a snippet; clients render them (bold, brackets).
MATCH_START = "\x02"
MATCH_END = "\x03"


def word_count(*texts: str) -> int:
    """Words in the given texts, counting "don't" and "well-being" as one word each."""
    return sum(len(_WORD.findall(text)) for text in texts)


def words(text: str) -> list[str]:
    return _WORD.findall(text)


# Invisible format characters (Unicode category Cf): soft hyphen, zero-width space and
# joiners, direction marks and isolates, the BOM, tag characters. The search tokenizer would
# treat them as word breaks (or, for the isolates, as letters), so a word containing one
# could never be found whole.
_FORMAT_CHARACTERS = re.compile(
    "[\u00ad\u0600-\u0605\u061c\u06dd\u070f\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000e0001-\U000e007f]"
)


def searchable(text: str) -> str:
    """Text as the search index sees it: NFC-composed, without invisible format characters.

    Applied both when indexing and to what a person types, so "résumé" typed with combining
    accents and a word broken by a zero-width space are still found.
    """
    # A zero-width space marks a break between words (it stands for a space in scripts
    # written without them), so it becomes one; the rest join or decorate, and go.
    composed = unicodedata.normalize("NFC", text).replace("\u200b", " ")
    return _FORMAT_CHARACTERS.sub("", composed)


def bracket_matches(snippet: str, start: str = "[", end: str = "]") -> str:
    """Render match marks as plain text brackets (for the terminal and logs-free output)."""
    return snippet.replace(MATCH_START, start).replace(MATCH_END, end)


# Half of a UTF-16 surrogate pair: valid in a Python string, not encodable as UTF-8.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def check_storable(label: Message, text: str, max_chars: int) -> Message | None:
    """A reason a text cannot be stored, or ``None`` if it can. ``label`` names the field
    ("the title"), a catalogue message."""
    if "\x00" in text:
        return Message("storable.nul", field=label)
    if MATCH_START in text or MATCH_END in text:
        return Message("storable.control", field=label)
    if _LONE_SURROGATE.search(text):
        return Message("storable.half_character", field=label)
    if len(text) > max_chars:
        return Message("storable.too_long", field=label, length=len(text), limit=max_chars)
    return None


def first_paragraph(text: str) -> str:
    """The first non-empty paragraph of Markdown text."""
    for block in re.split(r"\n\s*\n", text.strip()):
        if block.strip():
            return block.strip()
    return ""


def join_nonempty(parts: Iterable[str], sep: str = "\n\n") -> str:
    return sep.join(p for p in parts if p.strip())
