"""Every file the README (and the Markdown under docs/) links to is in the repository.

Relative links and pictures only: ``[text](path)``, ``![alt](path)``, ``[label]: path`` and
``<img src="path">``. Web addresses, ``mailto:`` and in-page ``#anchors`` are not files.
Links inside code blocks and code spans are examples, not links, and are skipped.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOCUMENTS = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]

INLINE = re.compile(r"!?\[(?:[^\[\]]|\[[^\]]*\])*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
REFERENCE = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+.*)?$", re.MULTILINE)
IMG = re.compile(r"<img\b[^>]*\bsrc\s*=\s*[\"']([^\"']+)[\"']", re.IGNORECASE)
NOT_FILES = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|#|//)", re.IGNORECASE)


def _without_code(text: str) -> str:
    text = re.sub(r"^(```|~~~).*?^\1", "", text, flags=re.MULTILINE | re.DOTALL)
    return re.sub(r"`[^`\n]*`", "", text)


def relative_links(text: str) -> list[str]:
    """The relative targets ``text`` links to, without #fragments or ?queries."""
    text = _without_code(text)
    found = INLINE.findall(text) + REFERENCE.findall(text) + IMG.findall(text)
    targets = []
    for target in found:
        if NOT_FILES.match(target):
            continue
        path = unquote(re.split(r"[#?]", target, maxsplit=1)[0])
        if path:
            targets.append(path)
    return targets


def test_the_link_reader_finds_every_kind_of_link() -> None:
    text = (
        'See ![a picture](docs/a%20b.png "title") and [the guide](guide.md#setup).\n'
        "[web](https://example.org) [mail](mailto:x@example.org) [here](#top)\n"
        '<img src="docs/c.png" alt="c">\n'
        "[ref]: docs/d.pdf\n"
        "`[not a link](nowhere.md)`\n"
        "```\n[also not](nowhere.md)\n```\n"
    )
    assert sorted(relative_links(text)) == ["docs/a b.png", "docs/c.png", "docs/d.pdf", "guide.md"]


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_linked_file_exists(document: Path) -> None:
    missing = [
        target
        for target in relative_links(document.read_text(encoding="utf-8"))
        if not (document.parent / target).exists()
    ]
    assert not missing, (
        f"{document.relative_to(ROOT)} links to files that are not there: {missing}"
    )
