"""A smaller ICU data library for the Linux build: 32 MB down to about 3 MB.

Qt for Python's Linux wheels bring ICU, and ICU's data library (``libicudata.so.NN``) holds
every locale's names, currencies, units, collation and dictionaries, for every language: a
fifth of the whole build. Qt itself loads it (``libQt6Core`` needs ICU), so the library
cannot go; but the app is in English and Welsh, and Qt uses ICU here only for collation
(sorting in file dialogs), case mapping, normalisation and time zone names. So the data is
rebuilt keeping the root, English and Welsh locale data, collation's base table, the
normalisation and time zone data, and dropping the rest (other languages, break-iterator
dictionaries, legacy character-set converters, transliteration, number spell-out).

How: the data blob is read out of the wheel's library, ``icupkg`` removes the items not
kept, ``genccode`` turns the result back into assembly defining the same symbol
(``icudtNN_dat``), and ``gcc`` links it as a shared library with the same soname. Needs
Debian's ``icu-devtools``, ``gcc`` and ``binutils``; without them the build keeps the full
library and says so. Missing data is not a crash in ICU: a locale without its own data falls
back to root (English) names and sorting. The smoke test starting the GUI and the unit test
of :func:`kept` are the checks; on Windows (system ICU) and macOS (no ICU) there is nothing
to do.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

#: locales whose data is kept (the app is in English and Welsh)
LOCALES = frozenset({"root", "en", "en_GB", "en_001", "en_150", "cy", "cy_GB"})
#: tree folders whose kept locales stay (the others go whole)
FOLDERS = frozenset({"", "coll", "curr", "lang", "region", "unit", "zone"})
#: data every locale shares, at the top of the tree or beside the kept locales
SHARED = frozenset(
    {
        "res_index",
        "pool",
        "likelySubtags",
        "supplementalData",
        "metadata",
        "numberingSystems",
        "keyTypeData",
        "timezoneTypes",
        "windowsZones",
        "metaZones",
        "zoneinfo64",
        "tzdbNames",
        "plurals",
        "dayPeriods",
        "grammaticalFeatures",
        "units",
        "icuver",
        "icustd",
        "genderList",
        "currencyNumericCodes",
    }
)
#: whole-data files kept: collation's base table, normalisation, case and layout properties
KEPT_KINDS = frozenset({"icu", "nrm"})
DROPPED_FILES = frozenset({"unames.icu"})  # Unicode character names: nothing asks for them


class IcuDataError(Exception):
    """The data could not be rebuilt; the message says why (the full library stays)."""


def kept(item: str) -> bool:
    """Whether an item of the ICU data package (e.g. ``coll/en.res``) stays."""
    folder, _, name = item.rpartition("/")
    stem, _, kind = name.rpartition(".")
    if folder not in FOLDERS or name in DROPPED_FILES:
        return False
    if kind in KEPT_KINDS:
        return True
    return kind == "res" and (stem in LOCALES or stem in SHARED)


def find_library(folder: Path) -> Path | None:
    """The build's ICU data library, if it has one (Linux wheels do)."""
    found = sorted(folder.rglob("libicudata.so.*"))
    return found[0] if found else None


def _data_blob(path: Path, version: str) -> bytes:
    """The ICU common data package inside the library: found by its header, its length
    read from the size of the library's one symbol (``icudtNN_dat``)."""
    library = path.read_bytes()
    # header: size (2 bytes), magic 0xda 0x27, then UDataInfo whose dataFormat is "CmnD"
    at = library.find(b"CmnD")
    if at < 12 or library[at - 10 : at - 8] != b"\xda\x27":
        raise IcuDataError("no ICU data package found in the library")
    symbols = subprocess.run(
        ["readelf", "--dyn-syms", "-W", str(path)], capture_output=True, text=True
    ).stdout
    sizes = [
        int(line.split()[2], 0)
        for line in symbols.splitlines()
        if line.split()[-1:] == [f"icudt{version}_dat"]
    ]
    if len(sizes) != 1:
        raise IcuDataError(f"no icudt{version}_dat symbol in the library")
    return library[at - 12 : at - 12 + sizes[0]]


def _run(command: list[str], where: Path) -> None:
    result = subprocess.run(command, cwd=where, capture_output=True, text=True)
    if result.returncode != 0:
        raise IcuDataError(f"{command[0]} failed: {result.stderr.strip()[-300:]}")


def shrink(library: Path) -> tuple[float, float]:
    """Replace ``library`` with one holding only the kept data; returns the sizes in MB
    before and after. Raises :class:`IcuDataError` (leaving it unchanged) on any failure."""
    tools = {name: shutil.which(name) for name in ("icupkg", "genccode", "gcc", "readelf")}
    missing = [name for name, path in tools.items() if path is None]
    if missing:
        raise IcuDataError(f"needs {', '.join(missing)} (Debian: icu-devtools, gcc, binutils)")
    match = re.fullmatch(r"libicudata\.so\.(\d+)", library.name)
    if match is None:
        raise IcuDataError(f"unexpected library name {library.name}")
    version = match.group(1)
    package = f"icudt{version}l"  # little-endian ASCII: every platform this builds on
    before = library.stat().st_size
    with tempfile.TemporaryDirectory(prefix="icu-data-") as temporary:
        work = Path(temporary)
        (work / f"{package}.dat").write_bytes(_data_blob(library, version))
        listing = subprocess.run(
            ["icupkg", "-l", f"{package}.dat"], cwd=work, capture_output=True, text=True
        )
        items = [line.strip() for line in listing.stdout.splitlines() if line.strip()]
        if listing.returncode != 0 or not items:
            raise IcuDataError("icupkg could not read the data package")
        dropped = [item for item in items if not kept(item)]
        (work / "drop.txt").write_text("\n".join(dropped) + "\n", encoding="ascii")
        (work / "out").mkdir()
        _run(["icupkg", "-r", "drop.txt", f"{package}.dat", f"out/{package}.dat"], work)
        _run(
            ["genccode", "-a", "gcc", "-e", f"icudt{version}", "-d", ".", f"out/{package}.dat"],
            work,
        )
        assembly = work / f"{package}_dat.S"
        built = work / library.name
        _run(
            [
                "gcc",
                "-shared",
                "-nostdlib",
                f"-Wl,-soname,{library.name}",
                "-o",
                str(built),
                str(assembly),
            ],
            work,
        )
        shutil.copyfile(built, library)
    return before / 1_000_000, library.stat().st_size / 1_000_000
