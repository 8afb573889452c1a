"""Remember on this device: the database key kept by the operating system's keyring.

Off by default. Only a keyring that keeps secrets encrypted by the OS counts: a plaintext
file backend (``keyrings.alt``), the ``null`` or ``fail`` backends, or a locked keyring make
the option unavailable, with the reason in words. The passphrase always works.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from typing import Protocol

SERVICE_NAME = "Reflective Supervision Journal"

# Backends that would store the key readable on disk, or not at all.
_REFUSED_MODULE_PREFIXES = ("keyrings.alt", "keyring.backends.null", "keyring.backends.fail")


@dataclass(frozen=True)
class DeviceKeyStatus:
    """Whether remembering the journal on this device is possible, and why not."""

    available: bool
    reason: str
    backend_name: str = ""


class DeviceKeyStore(Protocol):
    """Where a remembered database key is kept."""

    def status(self) -> DeviceKeyStatus: ...

    def save(self, journal_id: str, key: bytes) -> None: ...

    def load(self, journal_id: str) -> bytes | None: ...

    def delete(self, journal_id: str) -> None: ...


class SystemKeyring:
    """The OS keyring via ``keyring`` (Secret Service, macOS Keychain, Windows Credential Locker).

    ``backend`` is for tests (an in-memory double); the product uses the system's choice.
    """

    def __init__(self, backend: object | None = None) -> None:
        self._backend = backend

    def _keyring(self) -> object:
        if self._backend is not None:
            return self._backend
        import keyring  # deferred: probing the backend talks to D-Bus, which is slow

        return keyring.get_keyring()

    def status(self) -> DeviceKeyStatus:
        try:
            backend = self._keyring()
        except Exception:
            return DeviceKeyStatus(False, "No keyring service could be reached on this device.")
        name = f"{type(backend).__module__}.{type(backend).__qualname__}"
        refused = _refused_backend(backend)
        if refused:
            return DeviceKeyStatus(False, refused, name)
        try:
            # Reading a missing item proves the keyring answers and is unlocked.
            backend.get_password(SERVICE_NAME, "availability-check")  # type: ignore[attr-defined]
        except Exception as exc:
            if type(exc).__name__ == "KeyringLocked":
                return DeviceKeyStatus(
                    False, "The device's keyring is locked. Unlock it and try again.", name
                )
            return DeviceKeyStatus(False, "The device's keyring did not answer.", name)
        return DeviceKeyStatus(
            True, "The journal can be remembered in this device's keyring.", name
        )

    def save(self, journal_id: str, key: bytes) -> None:
        from journal_app.core.errors import KeyringUnavailableError

        status = self.status()
        if not status.available:
            raise KeyringUnavailableError(status.reason)
        try:
            self._keyring().set_password(SERVICE_NAME, journal_id, key.hex())  # type: ignore[attr-defined]
        except Exception:
            raise KeyringUnavailableError(
                "The device's keyring refused to store the key."
            ) from None

    def load(self, journal_id: str) -> bytes | None:
        if not self.status().available:
            return None
        try:
            stored = self._keyring().get_password(SERVICE_NAME, journal_id)  # type: ignore[attr-defined]
        except Exception:
            return None
        if not isinstance(stored, str):
            return None
        try:
            key = bytes.fromhex(stored)
        except ValueError:
            return None
        return key if len(key) == 32 else None

    def delete(self, journal_id: str) -> None:
        # Nothing stored, or no keyring: either way nothing is remembered afterwards.
        with contextlib.suppress(Exception):
            self._keyring().delete_password(SERVICE_NAME, journal_id)  # type: ignore[attr-defined]


def _refused_backend(backend: object) -> str:
    """A reason to refuse ``backend``, or an empty string when it is acceptable."""
    backends = getattr(backend, "backends", None)
    if backends is not None:  # a ChainerBackend: acceptable only if every member is
        members = list(backends)
        if not members:
            return "No secure keyring is installed on this device."
        reasons = [_refused_backend(member) for member in members]
        return next((r for r in reasons if r), "")
    module = type(backend).__module__
    if module.startswith(_REFUSED_MODULE_PREFIXES):
        if module.startswith("keyrings.alt"):
            return "This device's keyring stores secrets in a plain file, so it is not used."
        return "No secure keyring is available on this device."
    return ""
