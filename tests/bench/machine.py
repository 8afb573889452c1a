"""A description of the machine a report was made on: CPU, cores, memory, OS, versions."""

from __future__ import annotations

import os
import platform
import sys
from importlib import metadata
from pathlib import Path


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _memory_gib() -> float | None:
    try:
        for line in Path("/proc/meminfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("MemTotal:"):
                return round(int(line.split()[1]) / 1024 / 1024, 1)
    except (OSError, ValueError):
        pass
    return None


def _os_name() -> str:
    try:
        for line in Path("/etc/os-release").read_text(encoding="utf-8").splitlines():
            if line.startswith("PRETTY_NAME="):
                return line.split("=", 1)[1].strip().strip('"')
    except OSError:
        pass
    return platform.platform()


def _version(distribution: str) -> str | None:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return None


def _sqlcipher_versions() -> dict[str, str]:
    import sqlcipher3

    connection = sqlcipher3.connect(":memory:")
    try:
        cipher = connection.execute("PRAGMA cipher_version").fetchone()
        sqlite = connection.execute("SELECT sqlite_version()").fetchone()
        options = [row[0] for row in connection.execute("PRAGMA compile_options")]
    finally:
        connection.close()
    temp_store = next((o for o in options if o.startswith("TEMP_STORE")), "")
    return {
        "sqlcipher": str(cipher[0]) if cipher else "unknown",
        "sqlite": str(sqlite[0]) if sqlite else "unknown",
        "sqlite_temp_store": temp_store,
    }


def describe(peer_version: str | None = None) -> dict[str, object]:
    """The machine and software versions, as JSON-ready data."""
    return {
        "cpu_model": _cpu_model(),
        "cores": os.cpu_count(),
        "memory_gib": _memory_gib(),
        "os": _os_name(),
        "kernel": platform.release(),
        "python": sys.version.split()[0],
        **_sqlcipher_versions(),
        "sqlalchemy": _version("SQLAlchemy"),
        "pyside6": _version("PySide6-Essentials") or _version("PySide6"),
        "reportlab": _version("reportlab"),
        "argon2_cffi": _version("argon2-cffi"),
        "jrnl": peer_version,
    }
