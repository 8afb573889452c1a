"""Finding the line of a field in a JSON file, for error messages a person can act on.

Files are checked with the fast standard parser; only when a field is wrong is the text
parsed again here, slowly, to say on which line the field (or the object missing it) is.
"""

from __future__ import annotations

import bisect
import json
import re
from json.decoder import JSONObject  # type: ignore[attr-defined]
from json.scanner import py_make_scanner  # type: ignore[attr-defined]
from typing import Any

_PATH_PART = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


class _Located(dict[str, Any]):
    """A JSON object that remembers where it starts and where each of its keys is."""

    start: int = 0
    key_offsets: dict[str, int]


class _LocatingDecoder(json.JSONDecoder):
    def __init__(self, text: str) -> None:
        super().__init__()
        self.parse_object = self._parse_object
        self.scan_once = py_make_scanner(self)
        self._text = text

    def _parse_object(self, s_and_end: tuple[str, int], *args: Any) -> tuple[Any, int]:
        text, end = s_and_end
        pairs, new_end = JSONObject(s_and_end, *args)
        located = _Located(pairs)
        located.start = end - 1
        located.key_offsets = _key_offsets(text, end, new_end)
        return located, new_end


def _key_offsets(text: str, start: int, end: int) -> dict[str, int]:
    """Offsets of the keys at the top level of the object between ``start`` and ``end``."""
    offsets: dict[str, int] = {}
    depth, index, expect_key = 0, start, True
    while index < end:
        char = text[index]
        if char == '"':
            value, after = json.decoder.scanstring(text, index + 1)  # type: ignore[attr-defined]
            if depth == 0 and expect_key:
                offsets.setdefault(value, index)
                expect_key = False
            index = after
            continue
        if char in "{[":
            depth += 1
        elif char in "}]":
            depth -= 1
        elif char == "," and depth == 0:
            expect_key = True
        index += 1
    return offsets


def _parts(path: str) -> list[str | int]:
    return [name if name else int(number) for name, number in _PATH_PART.findall(path)]


def line_of(text: str, path: str) -> int | None:
    """The line of ``path`` (e.g. ``entries[2].event_date``) in ``text``, or of the nearest
    object that holds it when the field itself is missing; ``None`` if nothing is found."""
    try:
        data = _LocatingDecoder(text).decode(text)
    except (ValueError, RecursionError):
        return None
    offset: int | None = data.start if isinstance(data, _Located) else None
    node: Any = data
    for part in _parts(path):
        if isinstance(part, int) and isinstance(node, list) and 0 <= part < len(node):
            node = node[part]
            offset = node.start if isinstance(node, _Located) else offset
        elif isinstance(part, str) and isinstance(node, _Located) and part in node:
            offset = node.key_offsets.get(part, node.start)
            node = node[part]
        else:
            break
    if offset is None:
        return None
    starts = [0] + [m.end() for m in re.finditer("\n", text)]
    return bisect.bisect_right(starts, offset)
