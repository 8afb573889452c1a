"""The app's version and the versions of what it is built on, from one place.

``journal-app --version``, the About box, the frozen build's folder name and its
``BUILD-INFO.json`` all read :func:`app_version` (the installed package's metadata, which
comes from ``pyproject.toml``). :func:`component_versions` is asked at run time, so About
and the build record say what is really inside, not what was meant to be.

Imports nothing slow at module level: ``--version`` must stay quick.
"""

from __future__ import annotations

from importlib import metadata

DISTRIBUTION = "reflective-supervision-journal"
UNKNOWN = "unknown"


def app_version() -> str:
    """The app's version, e.g. ``0.1.0``; ``unknown`` if the package metadata is missing
    (a broken install or build; the frozen build's self-test refuses that)."""
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return UNKNOWN


def component_versions() -> dict[str, str]:
    """Python, Qt, PySide6, SQLCipher (and the SQLite inside it) and reportlab, as running."""
    import platform

    versions = {"Python": platform.python_version()}
    try:
        import PySide6
        from PySide6.QtCore import qVersion

        versions["Qt"] = qVersion()
        versions["PySide6"] = PySide6.__version__
    except ImportError:
        versions["Qt"] = versions["PySide6"] = UNKNOWN
    try:
        import sqlcipher3

        connection = sqlcipher3.connect(":memory:")
        try:
            row = connection.execute("PRAGMA cipher_version").fetchone()
            versions["SQLCipher"] = str(row[0]) if row else UNKNOWN
            versions["SQLite"] = str(connection.execute("SELECT sqlite_version()").fetchone()[0])
        finally:
            connection.close()
    except ImportError:
        versions["SQLCipher"] = versions["SQLite"] = UNKNOWN
    try:
        import reportlab

        versions["reportlab"] = str(reportlab.Version)
    except ImportError:
        versions["reportlab"] = UNKNOWN
    return versions
