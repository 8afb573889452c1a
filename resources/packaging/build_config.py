"""What goes into the frozen build, in one place for the spec, build.py and smoke_test.py."""

from __future__ import annotations

import platform
import sys
from pathlib import Path, PurePath

ROOT = Path(__file__).resolve().parents[2]
DISTRIBUTION = "reflective-supervision-journal"
CLI_NAME = "journal-app"
GUI_NAME = "reflective-journal"
#: Windows and macOS tell console and windowed programs apart: two programs there. On Linux
#: the windowed one is a link to journal-app (build.py makes it).
TWO_PROGRAMS = sys.platform in ("win32", "darwin")


#: macOS: the bundle's name, identifier and the oldest macOS it runs on (PySide6's minimum)
MACOS_APP_NAME = "Reflective Journal"
MACOS_BUNDLE_ID = "org.reflectivejournal.app"
MACOS_MINIMUM = "13.0"


def gui_program_name() -> str:
    """The windowed program's file name (without .exe)."""
    return "Reflective Journal" if TWO_PROGRAMS else GUI_NAME


def is_excluded(module: str) -> bool:
    """Modules of the app left out: __main__ would run the CLI."""
    return module.endswith(".__main__")


def app_modules() -> list[str]:
    """Every module of the app in the source tree (what the self-test must import)."""
    package = ROOT / "journal_app"
    names = []
    for path in sorted(package.rglob("*.py")):
        if "__pycache__" in path.parts:
            continue
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        name = ".".join(parts)
        if not is_excluded(name):
            names.append(name)
    return names


#: Loaded by name where PyInstaller cannot see it: reportlab's C accelerator is imported
#: inside exec() and silently replaced by slow pure Python when missing.
HIDDEN_IMPORTS = ["_rl_accel"]

EXCLUDES = [
    # the benchmark and the test suite (tests/) are developer tools, never part of the app
    "tests",
    "tkinter",
    "_tkinter",
    "pytest",
    "_pytest",
    "hypothesis",
    "mypy",
    "ruff",
    "pytestqt",
    "IPython",
    "pydoc_data",
    "readline",  # the frozen app has no interactive Python prompt
    "pygments",  # only Mako's (Alembic's templating) syntax-highlighting plugin uses it
    # Qt for Python modules the app never imports (it uses QtCore, QtGui, QtWidgets,
    # QtNetwork for the single-instance socket and QtSvg for the icons). PyInstaller only
    # collects what is imported; these stop a stray import elsewhere from pulling them in.
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtPrintSupport",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtXml",
    "PySide6.QtDBus",
    "PySide6.QtConcurrent",
    "PySide6.QtSvgWidgets",
    "PySide6.QtUiTools",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    # Pillow is needed (reportlab draws images with it) but not its AVIF and WebP codecs
    # (6 MB), colour management or Tk support: reportlab never asks for them.
    "PIL._avif",
    "PIL.AvifImagePlugin",
    "PIL._webp",
    "PIL.WebPImagePlugin",
    "PIL._imagingtk",
    "PIL.ImageTk",
    "PIL._imagingcms",
    "PIL.ImageCms",
]


def resource_folders() -> list[str]:
    """The folders of resources/ the app reads (frameworks, fonts, icons…), not packaging/."""
    return sorted(
        path.name
        for path in (ROOT / "resources").iterdir()
        if path.is_dir() and path.name not in {"packaging", "__pycache__"}
    )


RESOURCE_FOLDERS = resource_folders()

#: Qt plugin folders the app has no use for: it talks to no database, prints nothing, uses
#: no TLS (its only socket is the local single-instance one), and runs on a desktop (X11 or
#: Wayland), not on a bare framebuffer or KMS console (eglfs, linuxfb, evdev input).
DROPPED_PLUGIN_FOLDERS = {
    "sqldrivers",
    "printsupport",
    "tls",
    "networkinformation",
    "qmltooling",
    "egldeviceintegrations",
    "generic",
}
#: Linux platform plugins kept: X11, Wayland, and offscreen/minimal (tests, screenshots).
KEPT_PLATFORMS = ("libqxcb", "libqwayland", "libqoffscreen", "libqminimal.")
#: The GTK 3 theme plugin brings GTK, GDK, cairo and pango into the folder (about 20 MB) for
#: a native look the app does not use (it applies its own theme); file dialogs still follow
#: the desktop through the XDG portal plugin.
DROPPED_THEMES = ("libqgtk3",)
#: Image formats it never reads (it reads SVG icons and PNG, which Qt has built in).
DROPPED_IMAGE_FORMATS = ("qtiff", "qwebp", "qicns", "qtga", "qwbmp", "qpdf", "qjp2", "qmng")


#: Babel's locale data the app keeps: the message catalogue asks Babel only for the plural
#: rules of the languages it has (English, Welsh) and their parents; the other ~1,100
#: locales are 33 MB.
KEPT_BABEL_LOCALES = frozenset({"root", "en", "en_001", "en_150", "en_GB", "cy", "cy_GB"})


def translation_datas(work: Path) -> list[tuple[str, str]]:
    """The window's compiled translations, made now from the .ts sources for the build.

    Each language's sources compile into one ``<language>-<digest>.qm`` beside them in the
    app (``journal_app/ui/translation_files.py``): the frozen app has no lrelease, and finds
    the file by the digest of the sources it carries.
    """
    from journal_app.core.language import LANGUAGES
    from journal_app.ui.translation_files import compile_sources, compiled_name, source_files

    datas: list[tuple[str, str]] = []
    for language in LANGUAGES:
        sources = source_files(language)
        if sources:
            target = work / "translations" / compiled_name(language, sources)
            compile_sources(sources, target)
            datas.append((str(target), "journal_app/_resources/translations"))
    return datas


def is_dropped_data(destination: str) -> bool:
    """Qt's translations (the app does not load Qt's own qtbase_*.qm) and Babel's data for
    locales the app has no language for."""
    path = PurePath(destination)
    parts = path.parts
    if "translations" in parts and "PySide6" in parts:
        return True
    if "babel" in parts and "locale-data" in parts and path.suffix == ".dat":
        return path.stem not in KEPT_BABEL_LOCALES
    return False


def is_dropped_binary(destination: str) -> bool:
    parts = PurePath(destination).parts
    if "plugins" not in parts:
        return False
    folder = parts[parts.index("plugins") + 1] if parts[-1] != "plugins" else ""
    name = PurePath(destination).name
    if folder in DROPPED_PLUGIN_FOLDERS:
        return True
    if folder == "platforms" and sys.platform.startswith("linux"):
        return not name.startswith(KEPT_PLATFORMS)
    if folder == "platformthemes":
        return name.startswith(DROPPED_THEMES)
    return folder == "imageformats" and PurePath(destination).name.startswith(
        tuple(f"lib{name}" for name in DROPPED_IMAGE_FORMATS) + DROPPED_IMAGE_FORMATS
    )


def platform_tag() -> str:
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    return f"{system}-{platform.machine().lower()}"


def folder_name(version: str) -> str:
    """The build's folder (and archive) name, e.g. reflective-journal-0.1.0-linux-x86_64."""
    return f"{GUI_NAME}-{version}-{platform_tag()}"


def prune_orphan_libraries(binaries: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """Drop the shared libraries at the top of the folder that nothing kept still needs.

    PyInstaller finds a plugin's libraries before the spec drops the plugin, so dropping the
    GTK theme alone would leave GTK itself behind. Linux only (read with ldd); the smoke
    test starting the GUI is what proves nothing needed was pruned.
    """
    if not sys.platform.startswith("linux"):
        return binaries
    from PyInstaller.depend.bindepend import get_imports

    def prunable(destination: str) -> bool:
        # a shared library at the top or one of Qt's own (loaded by the bindings or by a
        # plugin); top-level extension modules (_cffi_backend, _rl_accel) and libpython are
        # what the program itself loads
        path = PurePath(destination)
        return (
            path.parent in (PurePath("."), PurePath("PySide6/Qt/lib"))
            and path.name.startswith("lib")
            and not path.name.startswith("libpython")
        )

    by_name = {PurePath(dest).name: src for dest, src, _kind in binaries if prunable(dest)}
    roots = [src for dest, src, _kind in binaries if not prunable(dest)]
    needed: set[str] = set()
    pending = list(roots)
    while pending:
        for name, _path in get_imports(pending.pop()):
            base = PurePath(name).name
            if base in by_name and base not in needed:
                needed.add(base)
                pending.append(by_name[base])
    kept = []
    for dest, src, kind in binaries:
        if prunable(dest) and PurePath(dest).name not in needed:
            continue
        kept.append((dest, src, kind))
    return kept
