"""Build the app into one folder with PyInstaller, check it, and say how big it is.

One command on Windows, macOS or Linux, from the top of the repository, in a virtual
environment where the app is installed with its build tools (``pip install -e ".[build]"``)::

    python resources/packaging/build.py            # dist/reflective-journal-<version>-<os>-<cpu>/
    python resources/packaging/build.py --archive  # and a .tar.gz (Linux, macOS) or .zip

On Windows it then makes the installer with Inno Setup (if ISCC.exe is installed; otherwise
it says how to get it), on macOS "Reflective Journal.app" and a dmg; both are signed only
when the environment names the certificates (see installers.py). ``--installer`` makes a
missing tool an error (CI), ``--no-installer`` skips the installers.

The build fails (exit 1) unless every module of the app imports inside the frozen program
and the files it reads by name (migrations, fonts, icons, keyring's backends) are there:
a module missing from a build must be an error here, not a menu item that quietly
disappears for a social worker (the main window looks some modules up by name).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from importlib import metadata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build_config as config  # noqa: E402
import icu_data  # noqa: E402
import installers  # noqa: E402

ROOT = config.ROOT
SPEC = HERE / "journal_app.spec"
SIZE_TARGET_MB = 150


def fail(message: str) -> None:
    print(f"build: {message}", file=sys.stderr)
    sys.exit(1)


def folder_size_mb(folder: Path) -> float:
    # links (PyInstaller's to shared libraries, ours on Linux) take no space
    paths = folder.rglob("*")
    total = sum(path.stat().st_size for path in paths if path.is_file() and not path.is_symlink())
    return total / 1_000_000


def program(folder: Path, name: str) -> Path:
    suffix = ".exe" if sys.platform == "win32" else ""
    return folder / f"{name}{suffix}"


def render_icon(work: Path) -> Path | None:
    """A 256 px PNG of the app's icon for the Windows and macOS programs (PyInstaller turns
    it into .ico / .icns with Pillow). Linux programs carry no icon: the .desktop file does."""
    if sys.platform not in ("win32", "darwin"):
        return None
    target = work / "icon-256.png"
    code = (
        "import sys\n"
        "from PySide6.QtGui import QGuiApplication, QImage, QPainter, QColor\n"
        "from PySide6.QtSvg import QSvgRenderer\n"
        "app = QGuiApplication(sys.argv[:1])\n"
        "image = QImage(256, 256, QImage.Format.Format_ARGB32)\n"
        "image.fill(QColor(0, 0, 0, 0))\n"
        "painter = QPainter(image)\n"
        "QSvgRenderer(sys.argv[1]).render(painter)\n"
        "painter.end()\n"
        "sys.exit(0 if image.save(sys.argv[2]) else 1)\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    svg = ROOT / "resources" / "icons" / "journal.svg"
    result = subprocess.run([sys.executable, "-c", code, str(svg), str(target)], env=env)
    return target if result.returncode == 0 else None


def run_pyinstaller(dist: Path, work: Path, clean: bool) -> Path | None:
    """Build the folder (and on macOS the .app); returns the icon PNG it used, if any."""
    env = dict(os.environ)
    work.mkdir(parents=True, exist_ok=True)
    icon = render_icon(work)
    if icon is not None:
        env["JOURNAL_BUILD_ICON"] = str(icon)
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level=WARN",
        f"--distpath={dist}",
        f"--workpath={work}",
        str(SPEC),
    ]
    if clean:
        command.insert(3, "--clean")
    if subprocess.run(command, cwd=ROOT, env=env).returncode != 0:
        fail("PyInstaller failed (see above)")
    return icon


def make_installers(
    folder: Path, version: str, icon: Path | None, work: Path, required: bool
) -> list[Path]:
    """The Windows installer or the macOS dmg for the checked folder (none on Linux)."""
    made: list[Path] = []
    try:
        if sys.platform == "win32":
            programs = [
                program(folder, config.CLI_NAME),
                program(folder, config.gui_program_name()),
            ]
            installer = installers.windows_installer(folder, version, programs, icon, work)
            if installer is None and required:
                fail("--installer was asked for, and Inno Setup is missing")
            made += [installer] if installer is not None else []
        elif sys.platform == "darwin":
            app = folder.parent / f"{config.MACOS_APP_NAME}.app"
            if not app.is_dir():
                fail(f"PyInstaller made no {app.name}")
            made.append(installers.macos_dmg(app, version, config.platform_tag()))
        elif required:
            print("build: on Linux the installer is the --archive .tar.gz (install.sh inside)")
    except installers.InstallerError as error:
        fail(str(error))
    return made


def add_launcher_files(folder: Path) -> None:
    """The icon and, on Linux, the windowed program's name (the same program: a link), the
    .desktop launcher and the installer script."""
    shutil.copy2(ROOT / "resources" / "icons" / "journal.svg", folder / "reflective-journal.svg")
    if sys.platform.startswith("linux"):
        gui = folder / config.GUI_NAME
        if gui.is_symlink() or gui.exists():
            gui.unlink()
        gui.symlink_to(config.CLI_NAME)
        for name in ("reflective-journal.desktop", "install.sh"):
            shutil.copy2(HERE / "linux" / name, folder / name)


def shrink_icu_data(folder: Path) -> None:
    """Linux: ICU's data library cut to the app's languages (see icu_data.py)."""
    library = icu_data.find_library(folder)
    if library is None:
        return
    try:
        before, after = icu_data.shrink(library)
    except icu_data.IcuDataError as error:
        print(f"build: ICU's data kept whole ({before_mb(library)} MB): {error}", file=sys.stderr)
        return
    print(f"build: ICU data {before:.1f} MB -> {after:.1f} MB (English and Welsh kept)")


def check_translations(folder: Path) -> None:
    """Each language's compiled window words are in the folder, made from these sources."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))  # the source tree being built, as the spec reads it
    from journal_app.core.language import LANGUAGES
    from journal_app.ui.translation_files import compiled_name, source_files

    for language in LANGUAGES:
        sources = source_files(language)
        if not sources:
            continue
        wanted = compiled_name(language, sources)
        if not list(folder.rglob(f"journal_app/_resources/translations/{wanted}")):
            fail(f"the build has no {wanted}: the window would not speak {language}")


def before_mb(path: Path) -> str:
    return f"{path.stat().st_size / 1_000_000:.1f}"


def self_test(folder: Path) -> dict[str, object]:
    """Run the frozen journal-app's hidden self-test on every module of the source tree."""
    cli = program(folder, config.CLI_NAME)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [str(cli), "self-test", *config.app_modules()],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    try:
        report: dict[str, object] = json.loads(result.stdout)
    except json.JSONDecodeError:
        print(result.stdout, result.stderr, sep="\n", file=sys.stderr)
        fail("the frozen program's self-test did not run")
    problems = report.get("problems") or []
    if result.returncode != 0 or problems:
        for problem in problems if isinstance(problems, list) else [problems]:
            print(f"  - {problem}", file=sys.stderr)
        fail("the frozen program is missing parts of the app (listed above)")
    return report


def archive(folder: Path) -> Path:
    kind = "zip" if sys.platform == "win32" else "gztar"
    base = folder.parent / folder.name
    return Path(shutil.make_archive(str(base), kind, folder.parent, folder.name))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the folder goes")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    parser.add_argument("--clean", action="store_true", help="rebuild PyInstaller's cache")
    parser.add_argument("--archive", action="store_true", help="also make a .tar.gz or .zip")
    choice = parser.add_mutually_exclusive_group()
    choice.add_argument(
        "--installer", action="store_true", help="fail unless the installer can be made"
    )
    choice.add_argument("--no-installer", action="store_true", help="skip the installer")
    args = parser.parse_args(argv)
    try:
        version = metadata.version(config.DISTRIBUTION)
        metadata.version("pyinstaller")
    except metadata.PackageNotFoundError:
        fail('install the app and its build tools first: pip install -e ".[build]"')
    started = time.monotonic()
    folder = args.dist.resolve() / config.folder_name(version)
    icon = run_pyinstaller(args.dist.resolve(), args.work.resolve(), args.clean)
    if not folder.is_dir():
        fail(f"PyInstaller made no {folder}")
    add_launcher_files(folder)
    check_translations(folder)
    shrink_icu_data(folder)
    report = self_test(folder)
    if report.get("version") != version:
        fail(f"the frozen program says version {report.get('version')}, expected {version}")
    info = {
        "version": version,
        "platform": config.platform_tag(),
        "built": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "components": report.get("components"),
        "pyinstaller": metadata.version("pyinstaller"),
    }
    (folder / "BUILD-INFO.json").write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")
    size = folder_size_mb(folder)
    print(f"build: {folder}")
    print(
        f"build: {size:.1f} MB in {time.monotonic() - started:.0f} s; parts: {info['components']}"
    )
    if size > SIZE_TARGET_MB:
        print(f"build: WARNING: over the {SIZE_TARGET_MB} MB target", file=sys.stderr)
    if args.archive:
        made = archive(folder)
        print(f"build: {made} ({made.stat().st_size / 1_000_000:.1f} MB)")
    if not args.no_installer:
        for made in make_installers(folder, version, icon, args.work.resolve(), args.installer):
            print(f"build: {made} ({made.stat().st_size / 1_000_000:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
