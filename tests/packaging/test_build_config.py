"""What the frozen build takes in and leaves out (resources/packaging/build_config.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "resources" / "packaging"))
import build_config


def test_every_module_of_the_app_is_checked_but_the_benchmark() -> None:
    modules = build_config.app_modules()
    assert "journal_app.ui.export_dialog" in modules  # imported late, when the menu item is used
    assert "journal_app.cli.export_commands" in modules  # imported by name by the parser
    assert "journal_app" in modules and "journal_app.store" in modules
    assert not [name for name in modules if not name.startswith("journal_app")]
    assert not [name for name in modules if name.endswith("__main__")]


def test_resource_folders_are_the_apps_not_the_packaging() -> None:
    folders = build_config.resource_folders()
    assert {"fonts", "icons", "frameworks", "templates", "messages"} <= set(folders)
    assert "packaging" not in folders


@pytest.mark.parametrize(
    ("destination", "dropped"),
    [
        ("PySide6/Qt/translations/qtbase_de.qm", True),
        ("journal_app/_resources/translations/app_cy.qm", False),
        ("journal_app/_resources/fonts/DejaVuSans.ttf", False),
        ("babel/locale-data/de_AT.dat", True),
        ("babel/locale-data/cy.dat", False),
        ("babel/locale-data/en_GB.dat", False),
        ("babel/locale-data/root.dat", False),
        ("babel/global.dat", False),
    ],
)
def test_only_qts_own_translations_and_unused_locales_are_dropped(
    destination: str, dropped: bool
) -> None:
    assert build_config.is_dropped_data(destination) is dropped


@pytest.mark.parametrize(
    ("destination", "dropped"),
    [
        ("PySide6/Qt/plugins/sqldrivers/libqsqlite.so", True),
        ("PySide6/Qt/plugins/imageformats/libqtiff.so", True),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", False),
        ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", True),
        ("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", False),
        ("PySide6/Qt/lib/libQt6Gui.so.6", False),
    ],
)
def test_unused_qt_plugins_are_dropped(destination: str, dropped: bool) -> None:
    assert build_config.is_dropped_binary(destination) is dropped


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="platform plugins differ")
@pytest.mark.parametrize(
    ("name", "dropped"),
    [("libqxcb.so", False), ("libqwayland.so", False), ("libqeglfs.so", True)],
)
def test_linux_keeps_the_desktop_platforms(name: str, dropped: bool) -> None:
    destination = f"PySide6/Qt/plugins/platforms/{name}"
    assert build_config.is_dropped_binary(destination) is dropped


def test_the_folder_name_carries_the_version() -> None:
    name = build_config.folder_name("1.2.3")
    assert name.startswith("reflective-journal-1.2.3-")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads libraries with ldd")
def test_libraries_nothing_needs_are_pruned_and_needed_ones_kept() -> None:
    pytest.importorskip("PyInstaller", reason="the build tools (.[build]) are not installed")
    import _sqlite3
    import _ssl

    from PyInstaller.depend.bindepend import get_imports

    ssl_module, sqlite_module = Path(_ssl.__file__), Path(_sqlite3.__file__)
    libssl = next(path for name, path in get_imports(str(ssl_module)) if "libssl" in name)
    libsqlite = next(p for n, p in get_imports(str(sqlite_module)) if "libsqlite3" in n)
    binaries = [
        (f"python3/lib-dynload/{ssl_module.name}", str(ssl_module), "EXTENSION"),
        ("_extension_at_top.abi3.so", str(sqlite_module), "EXTENSION"),  # kept: a module
        ("libssl.so.3", libssl, "BINARY"),  # needed by _ssl
        ("libsqlite3.so.0", libsqlite, "BINARY"),  # needed by the top-level extension
        ("libunused.so.1", libssl, "BINARY"),  # nothing names it
    ]
    kept = {dest for dest, _src, _kind in build_config.prune_orphan_libraries(binaries)}
    assert kept == {binaries[0][0], "_extension_at_top.abi3.so", "libssl.so.3", "libsqlite3.so.0"}


def test_the_app_never_imports_the_tests_or_the_benchmark() -> None:
    """The benchmark lives in tests/ so it is neither installed nor in the app's imports."""
    import ast

    package = Path(__file__).resolve().parents[2] / "journal_app"
    assert not (package / "bench").exists()
    found = []
    for path in sorted(package.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            names = (
                [alias.name for alias in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else []
            )
            found += [f"{path.name}: {name}" for name in names if name.split(".")[0] == "tests"]
    assert found == []


def test_the_build_compiles_the_welsh_words_the_app_looks_for(tmp_path: Path) -> None:
    from PySide6.QtCore import QTranslator

    from journal_app.ui.translation_files import compiled_name, source_files

    datas = build_config.translation_datas(tmp_path)
    assert [destination for _source, destination in datas] == [
        "journal_app/_resources/translations"
    ]
    compiled = Path(datas[0][0])
    assert compiled.name == compiled_name("cy", source_files("cy"))
    assert not build_config.is_dropped_data(f"journal_app/_resources/translations/{compiled.name}")
    qt = QTranslator()
    assert qt.load(str(compiled))
    assert qt.translate("QPlatformTheme", "Cancel") == "Canslo"
