"""Refactoring aid (not a test): do two checkouts find exactly the same identifiers?

Run it once against each checkout, then compare the two digest files::

    git archive BASE | tar -x -C /tmp/base
    cd /tmp && PYTHONPATH=/tmp/base python /path/to/compare_identifiers.py dump old.txt
    cd /tmp && PYTHONPATH=/path/to/checkout python /path/to/compare_identifiers.py dump new.txt
    python compare_identifiers.py diff old.txt new.txt

``dump OUT DIR...`` also takes the identifier_*.json files in each DIR (another branch's
fixtures, say); give both runs the same DIRs.

(Run from outside both checkouts: the current folder comes before PYTHONPATH.)

The texts: every sample of every tests/fixtures/identifier_*.json, every string in the
identifier tests, the benchmark's 5,000 words, generated reflections, the demo journal,
the frameworks and templates; then each of these lower-cased, upper-cased and with its
sentences shuffled; each is checked alone, with protected names, and in fields of three
together. Only a digest of each result is written, never a text or a finding, so the
held-out sets stay unread.
"""

from __future__ import annotations

import ast
import hashlib
import json
import random
import re
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]
TODAY = date(2025, 6, 1)


def _fixture_texts(more: list[Path]) -> Iterator[str]:
    paths = {p.name: p for d in [TESTS / "fixtures", *more] for p in d.glob("identifier_*.json")}
    for _, path in sorted(paths.items()):
        for sample in json.loads(path.read_text(encoding="utf-8"))["samples"]:
            yield sample["text"]


def _test_strings() -> Iterator[str]:
    for path in sorted(TESTS.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        if "identifiers" not in source or path.parent.name == "tools":
            continue
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                yield node.value


def _generated_texts() -> Iterator[str]:
    sys.path.append(str(TESTS.parent))
    from tests.tools.bench_identifiers import clean_texts, realistic_text

    yield realistic_text()
    yield realistic_text(1_000)
    yield from (text for _, text in clean_texts(200))


def corpus(more: list[Path]) -> list[str]:
    """Every text to compare on, in a fixed order."""
    base = [*_fixture_texts(more), *_test_strings(), *_generated_texts()]
    base = [text for text in base if len(text) > 2]
    shuffle = random.Random(11)
    texts = list(base)
    for text in base:
        texts += [text.lower(), text.upper()]
        sentences = re.split(r"(?<=[.!?])\s+", text)
        if len(sentences) > 1:
            shuffle.shuffle(sentences)
            texts.append(" ".join(sentences))
    return texts


def dump(out: Path, more: list[Path]) -> None:
    """Write one digest per check, after a header with the corpus's own digest."""
    from journal_app.core.identifiers import (
        ProtectedMatcher,
        ProtectedTerm,
        ProtectKind,
        check_fields,
        find_identifiers,
    )

    protected = ProtectedMatcher(
        [
            ProtectedTerm(("Kayleigh", "Kay"), ProtectKind.CHILD, "Child A"),
            ProtectedTerm(("Siân",), ProtectKind.PARENT, "Parent C"),
            ProtectedTerm(("Acacia Road",), ProtectKind.STREET, "Street A"),
            ProtectedTerm(("Oakfield",), ProtectKind.SCHOOL, "School A"),
        ]
    )
    texts = corpus(more)
    lines = [hashlib.sha256("\0".join(texts).encode()).hexdigest()]
    for text in texts:
        lines.append(_digest(find_identifiers(text, today=TODAY)))
        lines.append(_digest(find_identifiers(text, today=TODAY, protected=protected)))
    for i in range(0, len(texts), 3):
        fields = {f"f{j}": text for j, text in enumerate(texts[i : i + 3])}
        lines.append(_digest(check_fields(fields, today=TODAY)))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    where = Path(sys.modules["journal_app"].__file__ or "").parent.parent
    print(f"{where}: {len(texts):,} texts, {len(lines) - 1:,} checks written to {out}")


def _digest(result: object) -> str:
    return hashlib.sha256(repr(result).encode()).hexdigest()


def diff(old: Path, new: Path) -> int:
    """Print how many checks agree; non-zero when any differ."""
    a = old.read_text(encoding="utf-8").splitlines()
    b = new.read_text(encoding="utf-8").splitlines()
    if a[0] != b[0] or len(a) != len(b):
        print("the two runs checked different texts")
        return 2
    differ = [i for i, (x, y) in enumerate(zip(a[1:], b[1:], strict=True)) if x != y]
    print(f"{len(a) - 1:,} checks compared, {len(differ)} differ: {differ[:20]}")
    return 1 if differ else 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["dump"]:
        dump(Path(sys.argv[2]), [Path(d) for d in sys.argv[3:]])
    elif sys.argv[1:2] == ["diff"]:
        raise SystemExit(diff(Path(sys.argv[2]), Path(sys.argv[3])))
    else:
        raise SystemExit(__doc__)
