"""Before SQLite opens a journal: would its WAL recovery silently drop committed writes?

When SQLite opens a database whose write-ahead log (``journal.db-wal``) a crash left
behind, it replays the log frame by frame, stops at the first frame whose salts or checksum
do not match, and keeps only the commits before it. One flipped bit in an early frame
therefore drops every later commit without a word. Checkpointing after each write (see
:mod:`journal_app.store.engine`) means that at rest the log normally holds only writes the
database file already has, so nothing is lost; :func:`writes_lost_to_damage` finds the
cases where something would be: a damaged frame followed by committed frames whose pages
the database file does not hold. The caller then reports damage instead of opening a
journal with saves silently missing.

The WAL layout is SQLite's documented file format (https://sqlite.org/fileformat.html#wal):
a 32-byte header, then frames of a 24-byte header and one page. Nothing is decrypted: the
frames hold the encrypted pages exactly as a checkpoint copies them into the file.
"""

from __future__ import annotations

import itertools
import struct
from dataclasses import dataclass
from pathlib import Path

_MAGIC = 0x377F0682  # the low bit says whether checksums read words big-endian
_VERSION = 3007000
_HEADER = 32
_FRAME_HEADER = 24
#: the page size SQLCipher gives every journal (used if the WAL header's own is damaged)
_DEFAULT_PAGE_SIZE = 4096
#: a page differing from another copy in this many bytes or fewer is that copy, damaged:
#: SQLCipher encrypts every write of a page with a fresh random IV, so two different
#: versions of a page differ in nearly every byte
_DAMAGED_COPY_BYTES = 8
#: frames whose salts are this close to the log's own belong to it (a flipped bit); the
#: frames of an older log differ in a random 32-bit salt
_SALT_BITS_APART = 2

Checksum = tuple[int, int]


@dataclass(frozen=True)
class _Frame:
    index: int  # 1-based, as SQLite counts frames
    page: int
    commit: bool  # the last frame of a transaction (its "database size" field is set)
    head: bytes  # the first 8 bytes of the frame header: the checksum covers them
    salts: bytes
    stored: Checksum  # the running checksum the frame header records
    data: bytes


def _checksum(data: bytes, big_endian: bool, seed: Checksum) -> Checksum:
    """SQLite's WAL checksum over ``data`` (a multiple of 8 bytes), continuing from ``seed``."""
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    s1, s2 = seed
    for i in range(0, len(words), 2):
        s1 = (s1 + words[i] + s2) & 0xFFFFFFFF
        s2 = (s2 + words[i + 1] + s1) & 0xFFFFFFFF
    return s1, s2


def _frames(wal: bytes, page_size: int) -> list[_Frame]:
    size = _FRAME_HEADER + page_size
    frames = []
    for index in range(1, (len(wal) - _HEADER) // size + 1):
        start = _HEADER + (index - 1) * size
        page, commit, _s1, _s2, c1, c2 = struct.unpack(">6I", wal[start : start + 24])
        frames.append(
            _Frame(
                index=index,
                page=page,
                commit=commit != 0,
                head=wal[start : start + 8],
                salts=wal[start + 8 : start + 16],
                stored=(c1, c2),
                data=wal[start + _FRAME_HEADER : start + size],
            )
        )
    return frames


def _bits_apart(a: bytes, b: bytes) -> int:
    return sum(bin(x ^ y).count("1") for x, y in zip(a, b, strict=True))


def _valid_page_size(size: int) -> bool:
    return 512 <= size <= 32768 and size & (size - 1) == 0


def _word_weights(count: int) -> list[Checksum]:
    """How a change to each word moves the final checksum (it is linear modulo 2**32).

    One pair of words (x0, x1) steps (s1, s2) to (s1 + x0 + s2, s2 + x1 + s1'): a change d to
    x0 adds (d, d), to x1 adds (0, d), and every later pair maps a change (a, b) to
    (a + b, a + 2b).
    """
    mask = 0xFFFFFFFF
    coefficients: list[Checksum] = [(0, 0)] * count
    even, odd = (1, 1), (0, 1)
    for pair in range(count // 2 - 1, -1, -1):
        coefficients[2 * pair] = even
        coefficients[2 * pair + 1] = odd
        even = ((even[0] + even[1]) & mask, (even[0] + 2 * even[1]) & mask)
        odd = ((odd[0] + odd[1]) & mask, (odd[0] + 2 * odd[1]) & mask)
    return coefficients


@dataclass(frozen=True)
class _Log:
    header_valid: bool
    big_endian: bool
    salts: bytes
    header_checksum: Checksum
    frames: list[_Frame]

    @property
    def _order(self) -> str:
        return ">" if self.big_endian else "<"

    def checksum(self, frame: _Frame, seed: Checksum) -> Checksum:
        """What the frame's checksum should be after ``seed`` (salts are not covered)."""
        return _checksum(frame.head + frame.data, self.big_endian, seed)

    def one_bit_fixed(self, frame: _Frame, seed: Checksum) -> _Frame | None:
        """The frame with the one flipped bit (in its page number, commit field or page) put
        back that makes its checksum match after ``seed``, if there is one.

        A frame a crash cut short holds old bytes where its page should be: no single bit
        makes that match (the chance is about 2**-49), so a match proves the frame was
        written whole and damaged afterwards.
        """
        body = frame.head + frame.data
        count = len(body) // 4
        words = list(struct.unpack(f"{self._order}{count}I", body))
        computed = _checksum(body, self.big_endian, seed)
        want = (
            (frame.stored[0] - computed[0]) & 0xFFFFFFFF,
            (frame.stored[1] - computed[1]) & 0xFFFFFFFF,
        )
        for index, (c1, c2) in enumerate(_coefficients(count)):
            word = words[index]
            for bit in range(32):
                change = -(1 << bit) if word >> bit & 1 else 1 << bit
                if (change * c1) & 0xFFFFFFFF == want[0] and (change * c2) & 0xFFFFFFFF == want[1]:
                    words[index] = word ^ (1 << bit)
                    fixed = struct.pack(f"{self._order}{count}I", *words)
                    page, commit = struct.unpack(">2I", fixed[:8])
                    return _Frame(
                        frame.index, page, commit != 0, fixed[:8], frame.salts, frame.stored,
                        fixed[8:],
                    )  # fmt: skip
        return None

    def recovered_end(self) -> tuple[int, Checksum]:
        """The last frame SQLite's recovery keeps (the last commit before a bad frame), and
        the running checksum after it."""
        if not self.header_valid:
            return 0, self.header_checksum  # SQLite ignores a log whose header is damaged
        end, at_end = 0, self.header_checksum
        running = self.header_checksum
        for frame in self.frames:
            if frame.salts != self.salts or frame.page == 0:
                break
            running = self.checksum(frame, running)
            if running != frame.stored:
                break
            if frame.commit:
                end, at_end = frame.index, running
        return end, at_end

    def generation(self) -> list[_Frame]:
        """Frames 1.. written since the log last started over (older frames follow them)."""
        run = []
        for frame in self.frames:
            if _bits_apart(frame.salts, self.salts) > _SALT_BITS_APART:
                break
            run.append(frame)
        return run


_COEFFICIENTS: dict[int, list[Checksum]] = {}


def _coefficients(count: int) -> list[Checksum]:
    if count not in _COEFFICIENTS:
        _COEFFICIENTS[count] = _word_weights(count)
    return _COEFFICIENTS[count]


def _read_log(wal: bytes) -> _Log | None:
    if len(wal) < _HEADER:
        return None
    magic, version, page_size, _seq, _s1, _s2, c1, c2 = struct.unpack(">8I", wal[:_HEADER])
    big_endian = bool(magic & 1)
    valid = (
        magic & 0xFFFFFFFE == _MAGIC
        and version == _VERSION
        and _valid_page_size(page_size)
        and _checksum(wal[:24], big_endian, (0, 0)) == (c1, c2)
    )
    if not valid and (not _valid_page_size(page_size) or magic & 0xFFFFFFFE != _MAGIC):
        page_size = _DEFAULT_PAGE_SIZE
    frames = _frames(wal, page_size)
    if not frames:
        return None
    if valid:
        return _Log(True, big_endian, wal[16:24], (c1, c2), frames)
    # A damaged header (SQLite ignores the whole log): the log's own first frame says which
    # salts and byte order are its own, and whether the stored checksum is the damaged part.
    salts, first = frames[0].salts, frames[0]
    for order in (big_endian, not big_endian):
        for seed in ((c1, c2), _checksum(wal[:24], order, (0, 0))):
            candidate = _Log(False, order, salts, seed, frames)
            if candidate.checksum(first, seed) == first.stored:
                return candidate
    for order in (big_endian, not big_endian):
        candidate = _Log(False, order, salts, (c1, c2), frames)
        if any(
            candidate.checksum(frame, before.stored) == frame.stored
            for before, frame in itertools.pairwise(frames[:9])
        ):
            return candidate
    return _Log(False, big_endian, salts, (c1, c2), frames)


def has_frames(database: Path) -> bool:
    """True if a WAL with at least one frame lies beside ``database`` (after a clean close
    there is none: the last connection checkpoints it and removes it)."""
    try:
        return Path(f"{database}-wal").stat().st_size > _HEADER + _FRAME_HEADER
    except OSError:
        return False


def writes_lost_to_damage(database: Path) -> bool:
    """True if opening ``database`` now would silently lose committed writes to a damaged WAL.

    Reads the WAL beside it (nothing if there is none) and the database file; changes neither.
    Call it before SQLite opens the database, and while no other process writes to it.
    """
    try:
        return _lost(database, Path(f"{database}-wal").read_bytes())
    except OSError:  # no WAL (a clean close), or unreadable: SQLite itself reports that
        return False


def _lost(database: Path, wal: bytes) -> bool:
    log = _read_log(wal)
    if log is None:
        return False
    kept, running = log.recovered_end()
    beyond = _proven_frames(log, log.generation()[kept:], running)
    # Only commits count: a transaction cut short by a crash was never confirmed.
    last_commit = max(
        (n + 1 for n, (frame, proven, _) in enumerate(beyond) if frame.commit and proven),
        default=0,
    )
    if not last_commit:
        return False
    # The commits SQLite would drop are lost unless the database file already holds the
    # latest version of every page they wrote, and no older copy in the kept frames hides it.
    latest = {frame.page: (frame, versions) for frame, _, versions in beyond[:last_commit]}
    kept_pages = {frame.page for frame in log.frames[:kept]}
    page_size = len(log.frames[0].data)
    with database.open("rb") as handle:

        def on_file(page: int) -> bytes:
            handle.seek((page - 1) * page_size)
            return handle.read(page_size) if page > 0 else b""

        for page, (frame, versions) in latest.items():
            if page in kept_pages:
                return True
            # A bit put back in a page number can be the wrong one of several that fit
            # (high bits alias modulo 2**32): the page found at any of their places will do.
            if not any(_same_page(on_file(v.page), frame.data) for v in versions):
                return True
    return False


def _same_page(on_file: bytes, data: bytes) -> bool:
    return len(on_file) == len(data) and _differing_bytes(on_file, data) <= _DAMAGED_COPY_BYTES


def _proven_frames(
    log: _Log, frames: list[_Frame], running: Checksum
) -> list[tuple[_Frame, bool, list[_Frame]]]:
    """Each frame after SQLite's stopping point: with one damaged bit put back where that is
    provable, whether its checksum proves it was written whole, and the versions of it that
    fit (as written, and with the bit put back).

    ``running`` is the checksum before the first of them. When the computed checksum differs
    from the stored one in a single bit, either that stored bit was damaged or a high bit of
    the frame was (a change of 2**31 moves the sum by 0 or 2**31): both versions are kept.
    """
    seed = running
    result: list[tuple[_Frame, bool, list[_Frame]]] = []
    for position, frame in enumerate(frames):
        computed = log.checksum(frame, seed)
        following = frames[position + 1] if position + 1 < len(frames) else None
        if computed == frame.stored:
            result.append((frame, True, [frame]))
            seed = computed
            continue
        fixed = log.one_bit_fixed(frame, seed)
        if _bits_apart(_pack(computed), _pack(frame.stored)) == 1:
            versions = [frame] if fixed is None else [frame, fixed]
            result.append((frame, True, versions))
            chained = following is not None and log.checksum(following, frame.stored) == (
                following.stored
            )
            seed = frame.stored if chained else computed
            continue
        result.append((fixed or frame, fixed is not None, [frame, *([fixed] if fixed else [])]))
        seed = frame.stored
    return result


def _pack(checksum: Checksum) -> bytes:
    return struct.pack(">2I", *checksum)


def _differing_bytes(a: bytes, b: bytes) -> int:
    return sum(1 for x, y in zip(a, b, strict=True) if x != y)
