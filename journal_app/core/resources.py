"""Where the files shipped with the app (frameworks, templates, fonts, icons) live.

``resources/`` and ``migrations/`` sit at the top of the repository and are installed inside
the package as ``journal_app._resources`` and ``journal_app._migrations`` (see pyproject).
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def _package_dir(package: str) -> Path:
    return Path(str(resources.files(package)))


def resource_path(*parts: str) -> Path:
    """The path of a shipped resource, e.g. ``resource_path("frameworks")``."""
    return _package_dir("journal_app._resources").joinpath(*parts)


def migrations_path() -> Path:
    """The Alembic script folder."""
    return _package_dir("journal_app._migrations")
