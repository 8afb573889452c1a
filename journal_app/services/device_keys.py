"""Remember on this device: the database key kept by the operating system's keyring.

Off by default. Only a keyring that keeps secrets encrypted by the operating system counts,
and only the classes on an allow-list (:data:`SECURE_BACKENDS`): Windows Credential Locker,
the macOS Keychain, the Secret Service (GNOME Keyring, KeePassXC…) and KWallet. Anything else
``keyring`` may be pointed at (a plaintext file from ``keyrings.alt``, a class named in
``PYTHON_KEYRING_BACKEND`` or ``keyringrc.cfg``, the ``null`` or ``fail`` backends, a
subclass of an allowed class defined elsewhere), or a locked keyring, makes the option
unavailable, with the reason in words. The passphrase always works.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from journal_app.core.messages import Message

SERVICE_NAME = "Reflective Supervision Journal"

#: The keyrings trusted with the key: (module, class) exactly as ``keyring`` defines them.
SECURE_BACKENDS = frozenset(
    {
        ("keyring.backends.Windows", "WinVaultKeyring"),  # Windows Credential Locker
        ("keyring.backends.macOS", "Keyring"),  # macOS Keychain
        ("keyring.backends.SecretService", "Keyring"),  # Secret Service over D-Bus
        ("keyring.backends.libsecret", "Keyring"),  # the same Secret Service, via libsecret
        ("keyring.backends.kwallet", "DBusKeyring"),  # KWallet 5 and 6
        ("keyring.backends.kwallet", "DBusKeyringKWallet4"),  # KWallet 4
    }
)
#: ``keyring``'s own chain of every viable backend: trusted when every member is.
CHAINER_BACKEND = ("keyring.backends.chainer", "ChainerBackend")


@dataclass(frozen=True)
class DeviceKeyStatus:
    """Whether remembering the journal on this device is possible, and why not."""

    available: bool
    reason: Message
    backend_name: str = ""


class DeviceKeyStore(Protocol):
    """Where a remembered database key is kept."""

    def status(self) -> DeviceKeyStatus: ...

    def save(self, journal_id: str, key: bytes) -> None: ...

    def load(self, journal_id: str) -> bytes | None: ...

    def delete(self, journal_id: str) -> None: ...


class SystemKeyring:
    """The OS keyring via ``keyring`` (Secret Service, macOS Keychain, Windows Credential Locker).

    ``backend`` and ``also_secure`` are for tests: an in-memory double, and its exact class
    (vouched for by the test; never a subclass). The product passes neither: the system's
    choice, held to :data:`SECURE_BACKENDS`.
    """

    def __init__(self, backend: object | None = None, *, also_secure: Iterable[type] = ()) -> None:
        self._backend = backend
        self._also_secure = tuple(also_secure)

    def _keyring(self) -> object:
        if self._backend is not None:
            return self._backend
        import keyring  # deferred: probing the backend talks to D-Bus, which is slow

        return keyring.get_keyring()

    def status(self) -> DeviceKeyStatus:
        try:
            backend = self._keyring()
        except Exception:
            return DeviceKeyStatus(False, Message("keyring.unreachable"))
        name = _name(backend)
        refused = refusal_reason(backend, self._also_secure)
        if refused:
            return DeviceKeyStatus(False, refused, name)
        try:
            # Reading a missing item proves the keyring answers and is unlocked.
            backend.get_password(SERVICE_NAME, "availability-check")  # type: ignore[attr-defined]
        except Exception as exc:
            if type(exc).__name__ == "KeyringLocked":
                return DeviceKeyStatus(False, Message("keyring.locked"), name)
            return DeviceKeyStatus(False, Message("keyring.no_answer"), name)
        return DeviceKeyStatus(True, Message("keyring.available"), name)

    def save(self, journal_id: str, key: bytes) -> None:
        from journal_app.core.errors import KeyringUnavailableError

        status = self.status()
        if not status.available:
            raise KeyringUnavailableError(status.reason)
        try:
            self._keyring().set_password(SERVICE_NAME, journal_id, key.hex())  # type: ignore[attr-defined]
        except Exception:
            raise KeyringUnavailableError("keyring.refused") from None

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


def refusal_reason(backend: object, also_secure: Iterable[type] = ()) -> Message | None:
    """Why ``backend`` may not keep the key, or ``None`` when it may.

    Trusted: an instance of exactly one of :data:`SECURE_BACKENDS` (the class itself, found
    in its own module, so a look-alike defined elsewhere does not pass), or of a class in
    ``also_secure``; or ``keyring``'s chainer when it has members and every one is trusted.
    """
    vouched = tuple(also_secure)
    if _is_exactly(backend, {CHAINER_BACKEND}):
        members = list(getattr(backend, "backends", None) or ())
        if not members:
            return Message("keyring.none_installed")
        reasons = [refusal_reason(member, vouched) for member in members]
        return next((reason for reason in reasons if reason), None)
    if type(backend) in vouched or _is_exactly(backend, SECURE_BACKENDS):
        return None
    module = type(backend).__module__
    if module.startswith("keyrings.alt"):
        return Message("keyring.plain_file")
    if module in ("keyring.backends.null", "keyring.backends.fail"):
        return Message("keyring.none_available")
    return Message("keyring.not_secure", backend=_name(backend))


def _is_exactly(backend: object, allowed: Iterable[tuple[str, str]]) -> bool:
    cls = type(backend)
    if (cls.__module__, cls.__qualname__) not in set(allowed):
        return False
    # The names can be copied onto any class; the class object in keyring's module cannot.
    module = sys.modules.get(cls.__module__)
    return module is not None and getattr(module, cls.__qualname__, None) is cls


def _name(backend: object) -> str:
    return f"{type(backend).__module__}.{type(backend).__qualname__}"
