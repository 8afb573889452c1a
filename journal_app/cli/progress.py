"""Progress of a long command (an export, an import) on one line of the terminal."""

from __future__ import annotations

import sys
from typing import TextIO


class ProgressLine:
    """Shows "Making the PDF… 42%" on a terminal, rewriting the line; silent otherwise."""

    def __init__(self, label: str, stream: TextIO | None = None) -> None:
        self._label = label
        self._stream = stream or sys.stderr
        self._shown = -1
        self._active = self._stream.isatty()

    def __call__(self, done: int, total: int) -> None:
        percent = 100 * done // max(total, 1)
        if self._active and percent != self._shown:
            self._shown = percent
            self._stream.write(f"\r{self._label}… {percent}%")
            self._stream.flush()

    def close(self) -> None:
        if self._active and self._shown >= 0:
            self._stream.write("\r\033[K")
            self._stream.flush()
