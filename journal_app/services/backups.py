"""Backups nobody has to remember, and putting one back.

* :meth:`BackupService.backup_if_due` makes the daily automatic backup: call it when the
  journal is opened and now and then while it is in use (an hourly timer is plenty). It only
  copies when the newest verified backup is 24 hours old or more, so calling it often is cheap.
* :meth:`BackupService.restore` puts a chosen backup in place of the journal. The journal as
  it was is backed up first, the chosen copy is verified before and after it goes in place,
  and if anything fails the original files are put back, so a failed restore leaves the
  journal exactly as it was.
* :meth:`BackupService.status` says how old the last good backup is and whether to warn.
* :meth:`BackupService.check_backups` verifies the newest backup again, and a rotating
  sample of older ones, and records when each was last verified (so a backup that rots after
  it was made stops counting as good).
* Copies made just before a restore, an update or a key change are kept until the person
  deletes them (:meth:`BackupService.kept_copies`, :meth:`BackupService.delete_kept_copy`);
  they are not part of the daily/weekly/monthly set and never count as its last backup.

Backups themselves (``VACUUM INTO``, verification, rotation) live in
:mod:`journal_app.store.backup`.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Callable, Collection, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlcipher3

from journal_app.core import keywrap
from journal_app.core.errors import (
    DamagedJournalError,
    InvalidInputError,
    JournalError,
    JournalInUseError,
    StorageError,
    WrongPassphraseError,
)
from journal_app.core.messages import Message
from journal_app.services.backup_checks import (
    BackupHealth,
    damaged_in,
    failed_names,
    health_of,
    read_records,
    write_records,
)
from journal_app.services.vault import Vault
from journal_app.store import rekey, sealing
from journal_app.store.backup import (
    UNVERIFIED_COPY_PREFIX,
    BackupInfo,
    is_kept_copy,
    list_backups,
    make_backup,
    rotate,
    verify_database,
)
from journal_app.store.database import BACKUPS_FOLDER_SETTING, JOURNAL_ID_SETTING, JournalDatabase
from journal_app.store.engine import make_engine
from journal_app.store.files import ensure_private_dir, fsync_dir, make_private, write_atomic
from journal_app.store.instance_lock import InstanceLock
from journal_app.store.kept_copies import KeptCopy, delete_kept_copy, list_kept_copies
from journal_app.store.keyfile import KeyFile, parse_key_file
from journal_app.store.locations import DATABASE_NAME, KEY_FILE_NAME, LOCK_FILE_NAME

#: a new automatic backup is made once the newest verified one is this old
DAILY = timedelta(hours=24)
#: the app warns when the newest verified backup is older than this
WARN_AFTER = timedelta(days=7)
#: a backup dated further ahead than this (the clock was wrong) does not count as recent
_CLOCK_SLACK = timedelta(hours=1)
#: how many older backups each check verifies again besides the newest (those verified least
#: recently), so that over a few checks every backup is looked at again
CHECK_SAMPLE = 2
#: reasons of backups made under a database key the journal no longer uses: today's key
#: cannot verify them, and failing them would be a false alarm
_OTHER_KEY_REASONS = frozenset({"pre-rotation"})

_COMPANIONS = ("-wal", "-shm", "-journal")
_ASIDE_PREFIX = ".restore-"


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class BackupStatus:
    """What the app says about backups: the last good one, its age, and whether to warn."""

    latest: BackupInfo | None
    age: timedelta | None
    overdue: bool
    #: what to tell the person, in full (the window's tooltip, the CLI's status line)
    message: Message
    #: how many backups a check found damaged (they are not counted as good)
    damaged: int = 0


@dataclass(frozen=True)
class RestoredJournal:
    """A restore that succeeded: the journal is open again, as the backup had it."""

    database: JournalDatabase
    restored_from: Path
    #: where the journal as it was just before is kept (None: there was no journal)
    safety_backup: Path | None
    #: False when the journal was damaged and could only be copied as it was, unverified
    safety_backup_verified: bool
    #: True when the backup's key file came too (the backup is of another journal, or the
    #: journal's own key file was missing or damaged): the journal now opens with the
    #: passphrase (or recovery key) that opened that key file
    key_file_replaced: bool


@dataclass(frozen=True)
class _Key:
    key: bytes
    journal_id: str
    #: every key of the journal's key set (more than one only while a rotation finishes)
    keys: tuple[bytes, ...] = ()


@dataclass(frozen=True)
class _Chosen:
    key: bytes
    journal_id: str
    key_file_bytes: bytes | None  # None: keep the key file already in the folder


class BackupService:
    """Automatic backups, the last-backup status, and restore."""

    def __init__(self, clock: Callable[[], datetime] = utc_now) -> None:
        self._clock = clock

    # -- the daily automatic backup --------------------------------------------------------

    def backup_if_due(
        self,
        database: JournalDatabase,
        now: datetime | None = None,
        stop: Callable[[], bool] | None = None,
    ) -> BackupInfo | None:
        """Make a verified backup if the newest one is 24 hours old or more (or there is none).

        Returns the new backup, or ``None`` when none was due. Raises :class:`StorageError`
        or :class:`DamagedJournalError` when the backup could not be made; the journal itself
        is untouched either way, so callers may carry on and show the message. With
        ``stop``, the backup ends early once it returns true (:class:`BackupStopped`,
        nothing kept), so a person's own work need not wait for it.
        """
        moment = _aware(now or self._clock())
        folder = database.backups_folder()
        age = self.last_backup_age(folder, moment, unusable=failed_names(database))
        if age is not None and age < DAILY:
            return None
        info = make_backup(
            database.engine,
            database.key,
            database.key_file,
            folder,
            "daily",
            made_at=moment,
            stop=stop,
        )
        rotate(folder)
        return info

    def last_backup_age(
        self, folder: Path, now: datetime | None = None, unusable: Collection[str] = ()
    ) -> timedelta | None:
        """How old the newest good backup in ``folder`` is; ``None`` if there is none.

        Backups dated in the future (a clock that was wrong when they were made) are ignored,
        so a wrong clock cannot stop the daily backup for good; so are kept copies (they hold
        the journal as it was before a restore or a key change, not as it is) and backups
        named in ``unusable`` (a check found them damaged), so a new one is made.
        """
        latest = self._latest(folder, _aware(now or self._clock()), unusable)
        if latest is None:
            return None
        return max(timedelta(0), _aware(now or self._clock()) - latest.made_at)

    def status(
        self,
        folder: Path,
        now: datetime | None = None,
        records: Mapping[str, tuple[datetime, datetime | None]] | None = None,
    ) -> BackupStatus:
        """The last good backup in words, with when it was last verified, and a warning when
        it is over a week old. ``records``: what checks found (:func:`read_records`)."""
        moment = _aware(now or self._clock())
        records = records or {}
        unusable = damaged_in(records)
        latest = self._latest(folder, moment, unusable)
        damaged_count = len(unusable & {b.path.name for b in list_backups(folder)})
        damaged = Message("backup.damaged_count", count=damaged_count)
        # the wordings with damaged backups end with how many (and say to run a check)
        with_damaged = "_with_damaged" if damaged_count else ""
        if latest is None:
            message = (
                Message("backup.status.none_with_damaged", damaged=damaged)
                if damaged_count
                else Message("backup.status.none")
            )
            return BackupStatus(None, None, True, message, damaged_count)
        age = max(timedelta(0), moment - latest.made_at)
        verified = health_of([latest], records)[0].last_verified
        when = Message("backup.when", made=latest.made_at, age=age_in_words(age))
        checked = Message("backup.last_verified", verified=verified)
        overdue = age > WARN_AFTER
        kind = "overdue" if overdue else "good"
        details = {"damaged": damaged} if damaged_count else {}
        message = Message(
            f"backup.status.{kind}{with_damaged}", when=when, checked=checked, **details
        )
        return BackupStatus(latest, age, overdue, message, damaged_count)

    def status_of(self, database: JournalDatabase, now: datetime | None = None) -> BackupStatus:
        """:meth:`status` for an open journal, with what its checks recorded."""
        return self.status(database.backups_folder(), now, read_records(database))

    def last_good_backup(
        self, folder: Path, now: datetime | None = None, unusable: Collection[str] = ()
    ) -> BackupInfo | None:
        """The newest backup of the daily/weekly/monthly set that is not dated in the future
        and not named in ``unusable`` (found damaged by a check); ``None`` if there is none."""
        return self._latest(folder, _aware(now or self._clock()), unusable)

    @staticmethod
    def _latest(
        folder: Path, moment: datetime, unusable: Collection[str] = ()
    ) -> BackupInfo | None:
        for backup in list_backups(folder):  # newest first; only verified backups have names
            if is_kept_copy(backup) or backup.path.name in unusable:
                continue
            if backup.made_at <= moment + _CLOCK_SLACK:
                return backup
        return None

    # -- checking backups again --------------------------------------------------------------

    def check_backups(
        self,
        database: JournalDatabase,
        now: datetime | None = None,
        *,
        sample: int = CHECK_SAMPLE,
        record: bool = True,
    ) -> list[BackupHealth]:
        """Verify the newest backup again, and the ``sample`` older ones verified least
        recently, with the journal's key; returns every backup's health, newest first.

        With ``record`` (the journal's writer only), when each was verified, or found
        damaged, is stored in the journal's encrypted settings: a damaged backup then no
        longer counts as the last good one, so the daily backup makes a new one.
        """
        moment = _aware(now or self._clock())
        backups = list_backups(database.backups_folder())
        healths = health_of(backups, read_records(database))
        checkable = [h for h in healths if h.backup.reason not in _OTHER_KEY_REASONS]
        chosen = (
            checkable[:1]
            + sorted(checkable[1:], key=lambda h: (h.last_checked, h.backup.made_at))[
                : max(0, sample)
            ]
        )
        chosen_paths = {h.backup.path for h in chosen}
        result = []
        for health in healths:
            if health.backup.path in chosen_paths:
                if _opens_as(health.backup.path, database.key, database.journal_id):
                    health = BackupHealth(health.backup, moment, None, checked_now=True)
                else:
                    health = BackupHealth(
                        health.backup, health.last_verified, moment, checked_now=True
                    )
            result.append(health)
        if record:
            write_records(database, result)
        return result

    # -- copies kept until the person deletes them -------------------------------------------

    @staticmethod
    def kept_copies(folder: Path) -> list[KeptCopy]:
        """Copies made just before a restore, an update or a key change (and damaged journals
        copied as they were), newest first: never rotated away, listed apart."""
        return list_kept_copies(folder)

    @staticmethod
    def delete_kept_copy(folder: Path, name: str) -> KeptCopy:
        """Delete one kept copy by its name, when the person asks; refuses anything else
        (:class:`InvalidInputError`, nothing deleted)."""
        return delete_kept_copy(folder, name)

    # -- restore ---------------------------------------------------------------------------

    def restore(
        self,
        target: JournalDatabase | Vault,
        backup_path: Path,
        *,
        passphrase: str | None = None,
        recovery_key: str | None = None,
    ) -> RestoredJournal:
        """Put the backup at ``backup_path`` in place of the journal and open it.

        ``target`` is the open journal (its key checks the backup, and it is closed and
        reopened; no session may be open meanwhile) or, when the journal is closed, missing
        or damaged, its :class:`Vault`. The passphrase or recovery key is needed only when
        the journal's own key cannot check the backup: the backup's key file (beside it,
        same name, ``.key``) is then opened with it and travels with the backup.

        Nothing changes unless the backup verifies. Then the journal as it was is backed up
        ("pre-restore"), the backup is copied in (temporary file, fsync, ``os.replace``) and
        verified again in place; any failure puts the original files back.
        """
        backup_path = Path(backup_path)
        data_dir = target.data_dir
        _check_backup_file(backup_path, data_dir)
        if isinstance(target, JournalDatabase):
            current: _Key | None = _Key(target.key, target.journal_id, (target.key,))
            lock: InstanceLock | None = None
        else:
            ensure_private_dir(data_dir)
            lock = InstanceLock(data_dir / LOCK_FILE_NAME)
            lock.acquire()  # JournalInUseError when the app has it open: nothing changed
            current = _current_key(data_dir, passphrase, recovery_key)
        try:
            _remove_stale_asides(data_dir)
            with _staged_copy(backup_path, data_dir) as staged:
                chosen = _verify_candidate(
                    staged, backup_path, data_dir, current, passphrase, recovery_key
                )
                replaces_key_file = chosen.key_file_bytes is not None
                safety, verified = _safety_backup(
                    target, data_dir, current, self._clock(), replaces_key_file
                )
                if isinstance(target, JournalDatabase):
                    target.close()
                    lock = InstanceLock(data_dir / LOCK_FILE_NAME)
                    try:
                        lock.acquire()
                    except JournalInUseError:
                        lock = None
                        raise JournalInUseError("restore.opened_meanwhile") from None
                # The key file is set aside only when it is to be replaced: a copy of it
                # would otherwise outlive a later passphrase change.
                aside = _Aside(data_dir, with_key_file=replaces_key_file)
                aside.keep_originals()
                try:
                    _put_in_place(staged, data_dir, chosen)
                except BaseException:
                    aside.put_back()
                    raise
        finally:
            if lock is not None:
                lock.release()
        try:
            database = JournalDatabase.open(data_dir, chosen.key, chosen.journal_id, writer=True)
        except JournalInUseError:
            aside.discard()  # the restore itself is complete and verified
            raise JournalInUseError("restore.opened_first") from None
        except JournalError as error:
            # Verified but not usable here (e.g. from a newer version of the app): put the
            # journal back as it was, under the lock again.
            with _held(data_dir):
                aside.put_back()
            kind = DamagedJournalError if isinstance(error, DamagedJournalError) else StorageError
            raise kind("restore.undone", problem=error.message) from None
        aside.discard()
        return RestoredJournal(
            database=database,
            restored_from=backup_path,
            safety_backup=safety,
            safety_backup_verified=verified,
            key_file_replaced=chosen.key_file_bytes is not None,
        )


def age_in_words(age: timedelta | None) -> Message:
    """'today', '1 day ago', '10 days ago' (no age reads as today)."""
    days = age.days if age is not None else 0
    if days <= 0:
        return Message("backup.age.today")
    return Message("backup.age.days_ago", count=days)


def _aware(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


# -- restore internals ---------------------------------------------------------------------


def _check_backup_file(backup_path: Path, data_dir: Path) -> None:
    if not backup_path.is_file():
        raise InvalidInputError("restore.no_backup_file", path=backup_path)
    live = data_dir / DATABASE_NAME
    if live.exists() and backup_path.resolve() == live.resolve():
        raise InvalidInputError("restore.is_the_journal")


@contextlib.contextmanager
def _held(data_dir: Path) -> Iterator[None]:
    lock = InstanceLock(data_dir / LOCK_FILE_NAME)
    lock.acquire()
    try:
        yield
    finally:
        lock.release()


def _read_key_file(path: Path) -> KeyFile | None:
    try:
        return parse_key_file(path.read_bytes(), path.name)
    except (OSError, DamagedJournalError):
        return None


def _unseal(
    key_file: KeyFile, passphrase: str | None, recovery_key: str | None
) -> tuple[bytes, ...] | None:
    """The database keys sealed in ``key_file``, if the passphrase or recovery key opens it."""
    key_file.kdf.check_floor()  # lowered parameters: tampering, refused as damage
    if passphrase:
        with contextlib.suppress(WrongPassphraseError):
            return sealing.open_with_passphrase(key_file, passphrase).keys
    if recovery_key:
        with contextlib.suppress(WrongPassphraseError):
            raw = keywrap.parse_recovery_key(recovery_key)
            return sealing.open_with_recovery(key_file, raw, WrongPassphraseError()).keys
    return None


def _current_key(data_dir: Path, passphrase: str | None, recovery_key: str | None) -> _Key | None:
    """The closed journal's own key, if its key file is readable and the secret opens it."""
    key_file = _read_key_file(data_dir / KEY_FILE_NAME)
    if key_file is None:
        return None
    try:
        keys = _unseal(key_file, passphrase, recovery_key)
    except DamagedJournalError:
        return None
    if keys is None:
        return None
    live = data_dir / DATABASE_NAME
    # During an unfinished rotation the journal may still be under the older key.
    key = next((k for k in keys if rekey.is_under(live, k)), keys[0])
    return _Key(key, key_file.journal_id, keys)


def _setting(path: Path, key: bytes, name: str) -> str | None:
    """One setting read straight from a database file (``None`` if it cannot be read)."""
    try:
        connection = sqlcipher3.connect(str(path))
    except Exception:
        return None
    try:
        connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        connection.execute("PRAGMA cipher_log_level = NONE")
        row = connection.execute("SELECT value FROM settings WHERE key = ?", (name,)).fetchone()
        return None if row is None else str(row[0])
    except Exception:
        return None
    finally:
        connection.close()


def _opens_as(path: Path, key: bytes, journal_id: str) -> bool:
    """Both integrity checks pass with ``key`` and the file is that journal (an empty file
    passes SQLite's checks as an empty database, but it is no journal)."""
    if verify_database(path, key):
        return False
    return _setting(path, key, JOURNAL_ID_SETTING) == journal_id


@contextlib.contextmanager
def _staged_copy(backup_path: Path, data_dir: Path) -> Iterator[Path]:
    """The backup copied beside the journal (same filesystem, so it can be renamed in)."""
    fd, name = tempfile.mkstemp(prefix=f"{_ASIDE_PREFIX}incoming-", suffix=".db", dir=data_dir)
    staged = Path(name)
    try:
        try:
            with os.fdopen(fd, "wb") as out, backup_path.open("rb") as source:
                shutil.copyfileobj(source, out, 1024 * 1024)
                out.flush()
                os.fsync(out.fileno())
        except OSError as exc:
            raise StorageError(
                "restore.not_copied", folder=data_dir, reason=exc.strerror or exc
            ) from None
        make_private(staged)
        yield staged
    finally:
        for path in (staged, *(Path(f"{staged}{s}") for s in _COMPANIONS)):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()


def _verify_candidate(
    staged: Path,
    backup_path: Path,
    data_dir: Path,
    current: _Key | None,
    passphrase: str | None,
    recovery_key: str | None,
) -> _Chosen:
    """Which key opens the backup, and whether its key file must come too. Changes nothing.

    The key file that goes with a backup is the backups folder's copy of the journal's
    current one (``journal.key`` beside it), or, for a backup made by an older version of the
    app, its own (same name, ``.key``).
    """
    if current is not None:
        for key in (current.key, *current.keys):
            if _opens_as(staged, key, current.journal_id):
                return _Chosen(key, current.journal_id, None)
    own = backup_path.with_suffix(".key")
    key_path = own if own.exists() else backup_path.parent / KEY_FILE_NAME
    try:
        raw = key_path.read_bytes()
    except FileNotFoundError:
        raise DamagedJournalError(
            "restore.no_key_file_beside", name=backup_path.name, key_file=KEY_FILE_NAME
        ) from None
    except OSError as exc:
        raise StorageError(
            "restore.key_file_unreadable", name=key_path.name, reason=exc.strerror
        ) from None
    backup_keys = parse_key_file(raw, key_path.name)
    if current is not None and backup_keys.journal_id == current.journal_id:
        # Same journal, so the same database key: the journal's key already failed on it.
        raise DamagedJournalError("restore.backup_damaged", name=backup_path.name)
    if not passphrase and not recovery_key:
        raise InvalidInputError("restore.secret_needed")
    keys = _unseal(backup_keys, passphrase, recovery_key)
    if keys is None:
        raise WrongPassphraseError("restore.wrong_secret", name=key_path.name)
    found = next((k for k in keys if _opens_as(staged, k, backup_keys.journal_id)), None)
    if found is None:
        raise DamagedJournalError("restore.backup_damaged_or_other", name=backup_path.name)
    # Keep the folder's own key file when it belongs to the same journal (same database key):
    # the journal then keeps opening with today's passphrase.
    here = _read_key_file(data_dir / KEY_FILE_NAME)
    if here is not None and here.journal_id == backup_keys.journal_id:
        return _Chosen(found, backup_keys.journal_id, None)
    return _Chosen(found, backup_keys.journal_id, raw)


def _backups_folder(data_dir: Path, key: bytes | None) -> Path:
    live = data_dir / DATABASE_NAME
    stored = None if key is None else _setting(live, key, BACKUPS_FOLDER_SETTING)
    return Path(stored) if stored else data_dir / "backups"


def _safety_backup(
    target: JournalDatabase | Vault,
    data_dir: Path,
    current: _Key | None,
    now: datetime,
    with_key_file: bool,
) -> tuple[Path | None, bool]:
    """Back up the journal as it is; a damaged one is copied as it is instead."""
    live = data_dir / DATABASE_NAME
    if not live.exists():
        return None, True
    # Not rotated: rotation could delete the very backup being restored.
    key_path = data_dir / KEY_FILE_NAME
    if isinstance(target, JournalDatabase):
        folder = target.backups_folder()
        with contextlib.suppress(DamagedJournalError, StorageError):
            info = make_backup(target.engine, target.key, key_path, folder, "pre-restore")
            return info.path, True
    else:
        folder = _backups_folder(data_dir, None if current is None else current.key)
        if current is not None and key_path.exists():
            engine = make_engine(live, current.key)
            try:
                info = make_backup(engine, current.key, key_path, folder, "pre-restore")
                return info.path, True
            except (DamagedJournalError, StorageError):
                pass
            finally:
                engine.dispose()
    return _copy_as_it_is(data_dir, folder, now, with_key_file), False


def _copy_as_it_is(data_dir: Path, folder: Path, now: datetime, with_key_file: bool) -> Path:
    """Copy the journal's files byte for byte (they stay encrypted) into ``folder``.

    The key file is copied only when the restore replaces it (the copy would otherwise be
    lost); when it stays, it opens the copy as it is, and a copy of it would keep opening
    the journal with today's passphrase after a later change.
    """
    destination = folder / f"{UNVERIFIED_COPY_PREFIX}{now:%Y%m%dT%H%M%S%f}"
    ensure_private_dir(destination)
    names = [DATABASE_NAME, f"{DATABASE_NAME}-wal"] + ([KEY_FILE_NAME] if with_key_file else [])
    try:
        for name in names:
            source = data_dir / name
            if source.exists():
                shutil.copyfile(source, destination / name)
                make_private(destination / name)
        fsync_dir(destination)
    except OSError as exc:
        raise StorageError(
            "restore.safety_copy_failed", destination=destination, reason=exc.strerror or exc
        ) from None
    return destination


class _Aside:
    """The journal's own files, kept until the restored journal is open, to put back."""

    def __init__(self, data_dir: Path, with_key_file: bool = True) -> None:
        self._data_dir = data_dir
        names = (DATABASE_NAME, f"{DATABASE_NAME}-wal")
        self._names = (*names, KEY_FILE_NAME) if with_key_file else names
        self._kept: list[str] = []

    def _aside(self, name: str) -> Path:
        return self._data_dir / f"{_ASIDE_PREFIX}{name}"

    def keep_originals(self) -> None:
        try:
            for name in self._names:
                source = self._data_dir / name
                if source.exists():
                    _copy_durably(source, self._aside(name))
                    self._kept.append(name)
            fsync_dir(self._data_dir)
        except OSError as exc:
            self.discard()
            raise StorageError("restore.not_set_aside", reason=exc.strerror or exc) from None

    def put_back(self) -> None:
        """Every original file back as it was; files the journal did not have removed."""
        for name in self._names:
            live = self._data_dir / name
            if name in self._kept:
                os.replace(self._aside(name), live)
            else:  # the journal had no such file before the restore
                with contextlib.suppress(FileNotFoundError):
                    live.unlink()
        with contextlib.suppress(FileNotFoundError):
            (self._data_dir / f"{DATABASE_NAME}-shm").unlink()
        fsync_dir(self._data_dir)
        self._kept = []

    def discard(self) -> None:
        for name in self._names:
            with contextlib.suppress(FileNotFoundError):
                self._aside(name).unlink()
        self._kept = []


def _copy_durably(source: Path, destination: Path) -> None:
    """Copy in chunks (a journal can be large) to an owner-only file, and fsync it."""
    fd = os.open(destination, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as out, source.open("rb") as handle:
        shutil.copyfileobj(handle, out, 1024 * 1024)
        out.flush()
        os.fsync(out.fileno())


def _remove_stale_asides(data_dir: Path) -> None:
    """Leftovers of a restore interrupted by a crash (encrypted copies; never read again)."""
    for path in data_dir.glob(f"{_ASIDE_PREFIX}*"):
        with contextlib.suppress(OSError):
            path.unlink()


def _put_in_place(staged: Path, data_dir: Path, chosen: _Chosen) -> None:
    """Swap the verified copy in, then verify it again where it now lives."""
    live = data_dir / DATABASE_NAME
    try:
        # The old journal's write-ahead log must not be replayed into the restored file.
        for suffix in _COMPANIONS:
            with contextlib.suppress(FileNotFoundError):
                Path(f"{live}{suffix}").unlink()
        if chosen.key_file_bytes is not None:
            write_atomic(data_dir / KEY_FILE_NAME, chosen.key_file_bytes)
        os.replace(staged, live)
        fsync_dir(data_dir)
    except OSError as exc:
        raise StorageError("restore.not_put_in_place", reason=exc.strerror or exc) from None
    if not _opens_as(live, chosen.key, chosen.journal_id):
        raise DamagedJournalError("restore.failed_checks_in_place")
