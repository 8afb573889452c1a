"""A keyring backend for the jrnl peer only: hands jrnl the benchmark password, read-only.

jrnl has no config setting for a password; it asks the system keyring, then prompts. The
benchmark starts jrnl with ``PYTHON_KEYRING_BACKEND=tests.bench.jrnl_keyring.
BenchPasswordKeyring`` and ``BENCH_JRNL_PASSWORD`` set, so jrnl runs without a prompt. This
module is loaded only inside jrnl's own process (never by the app: a backend class registers
itself with ``keyring`` when its module is imported).
"""

from __future__ import annotations

import os

from keyring.backend import KeyringBackend

PASSWORD_ENV = "BENCH_JRNL_PASSWORD"


class BenchPasswordKeyring(KeyringBackend):
    """Returns the benchmark password for jrnl's journals; stores nothing."""

    priority = 1

    def get_password(self, service: str, username: str) -> str | None:
        if service != "jrnl":
            return None
        return os.environ.get(PASSWORD_ENV)

    def set_password(self, service: str, username: str, password: str) -> None:
        """jrnl offers to store a new password; the benchmark's is already known."""

    def delete_password(self, service: str, username: str) -> None:
        """Nothing is stored, so there is nothing to delete."""
