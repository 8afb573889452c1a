"""The window's compiled translations (.qm): where they are, and making them from the .ts.

The sources are ``resources/translations/<language>/*.ts`` (the window's areas and
``qt_standard.ts``, Qt's own buttons). ``pyside6-lrelease`` compiles all of a language's
sources into one ``.qm``, named after a digest of the sources
(``cy-<digest>.qm``), so a ``.qm`` can never be used for sources it was not made from:

- the frozen app carries the ``.qm`` its build made beside the sources
  (``resources/packaging/journal_app.spec`` calls :func:`compile_sources`);
- run from the source tree (``pip install -e .``: nothing is built at install time), the app
  compiles the sources once, at the first start in that language after they change, into
  the user's cache folder (about a tenth of a second), and reuses it from then on.

No ``.qm`` is kept in git: translators change only the ``.ts``, and several can work at once
without a binary file to merge. This module uses no Qt classes, so the build can import it.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from importlib.util import find_spec
from pathlib import Path

from journal_app.core.resources import resource_path

#: how many hex digits of the sources' digest name a .qm
DIGEST_LENGTH = 16
LRELEASE_TIMEOUT_S = 60


class CompileError(Exception):
    """lrelease is missing or failed (the window then speaks English)."""


def sources_folder(language: str) -> Path:
    return resource_path("translations", language)


def source_files(language: str) -> list[Path]:
    """A language's .ts files, in a stable order (none for English, the source language)."""
    folder = sources_folder(language)
    return sorted(folder.glob("*.ts")) if folder.is_dir() else []


def sources_digest(sources: list[Path]) -> str:
    """A digest of the sources' names and contents."""
    digest = hashlib.sha256()
    for path in sources:
        digest.update(path.name.encode("utf-8") + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()[:DIGEST_LENGTH]


def compiled_name(language: str, sources: list[Path]) -> str:
    return f"{language}-{sources_digest(sources)}.qm"


def shipped_qm(language: str) -> Path | None:
    """The .qm a build put beside the sources, if it was made from them."""
    sources = source_files(language)
    if not sources:
        return None
    path = resource_path("translations", compiled_name(language, sources))
    return path if path.is_file() else None


def lrelease_program() -> Path | None:
    """Qt's lrelease as PySide6 ships it, or one on the PATH; ``None`` if there is none."""
    spec = find_spec("PySide6")
    if spec is not None and spec.origin:
        suffix = ".exe" if sys.platform == "win32" else ""
        bundled = Path(spec.origin).parent / f"lrelease{suffix}"
        if bundled.is_file():
            return bundled
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    return Path(found) if found else None


def compile_sources(sources: list[Path], target: Path) -> Path:
    """Compile ``sources`` into the one .qm ``target`` (written whole or not at all)."""
    program = lrelease_program()
    if program is None:
        raise CompileError("pyside6-lrelease is not installed")
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(suffix=".qm", dir=target.parent)
    os.close(handle)
    try:
        done = subprocess.run(
            [str(program), "-silent", *map(str, sources), "-qm", temporary],
            capture_output=True,
            text=True,
            timeout=LRELEASE_TIMEOUT_S,
            check=False,
        )
        if done.returncode != 0:
            raise CompileError(f"lrelease failed: {done.stderr.strip()[:300]}")
        os.replace(temporary, target)
    except (OSError, subprocess.SubprocessError) as error:
        raise CompileError(f"lrelease could not run: {error}") from error
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
    return target


def compiled_translations(language: str, cache: Path) -> Path | None:
    """The .qm for ``language``: the build's, else one compiled earlier into ``cache``, else
    compiled now. ``None`` when the language has no sources (English)."""
    sources = source_files(language)
    if not sources:
        return None
    shipped = shipped_qm(language)
    if shipped is not None:
        return shipped
    cached = cache / compiled_name(language, sources)
    if cached.is_file():
        return cached
    compiled = compile_sources(sources, cached)
    for old in cache.glob(f"{language}-*.qm"):  # made from sources since changed
        if old != compiled:
            old.unlink(missing_ok=True)
    return compiled
