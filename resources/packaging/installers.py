"""The installers build.py makes from a checked build folder, and the signing hooks.

Windows: an Inno Setup installer (``windows/reflective-journal.iss``), made when Inno
Setup's ``ISCC.exe`` is installed. macOS: ``Reflective Journal.app`` (made by the spec) in a
dmg (``hdiutil``). Linux needs neither: the .tar.gz made with ``--archive`` holds the
.desktop file and ``install.sh``.

Signing needs certificates this project does not have yet, so by default nothing is signed,
and build.py says so. The hooks, all read from the environment so no secret is ever in the
repository or on the command line of a log:

``JOURNAL_WINDOWS_SIGN``
    a command that signs one file, with ``{file}`` where the file goes, e.g.
    ``signtool sign /fd SHA256 /tr http://timestamp.digicert.com /td SHA256 /a {file}``.
    Used for both programs, the installer and its uninstaller.
``JOURNAL_MACOS_SIGN_IDENTITY``
    a "Developer ID Application: …" identity in the build machine's keychain: every
    library and program in the .app is signed with the hardened runtime and
    ``macos/entitlements.plist``, then the .app, then the dmg.
``JOURNAL_MACOS_NOTARY_PROFILE``
    a notarytool keychain profile (``xcrun notarytool store-credentials``): the signed dmg
    is sent to Apple's notary service, waited for, and the ticket stapled to it.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ISS = HERE / "windows" / "reflective-journal.iss"
ENTITLEMENTS = HERE / "macos" / "entitlements.plist"
WINDOWS_SIGN_ENV = "JOURNAL_WINDOWS_SIGN"
MACOS_IDENTITY_ENV = "JOURNAL_MACOS_SIGN_IDENTITY"
MACOS_NOTARY_ENV = "JOURNAL_MACOS_NOTARY_PROFILE"


class InstallerError(Exception):
    """A step of making or signing an installer failed; the message says which."""


def _run(command: list[str], what: str) -> None:
    if subprocess.run(command).returncode != 0:
        raise InstallerError(f"{what} failed (see above)")


# -- Windows -----------------------------------------------------------------------------------


def find_iscc() -> Path | None:
    """Inno Setup 6's compiler: on the PATH, or where its installer puts it."""
    found = shutil.which("ISCC") or shutil.which("iscc")
    if found:
        return Path(found)
    for base in ("ProgramFiles(x86)", "ProgramFiles", "LOCALAPPDATA"):
        root = os.environ.get(base)
        if not root:
            continue
        for folder in ("Inno Setup 6", "Programs/Inno Setup 6"):
            candidate = Path(root) / folder / "ISCC.exe"
            if candidate.is_file():
                return candidate
    return None


def windows_icon(png: Path | None, work: Path) -> Path | None:
    """The installer's icon (.ico) from the 256 px PNG build.py rendered."""
    if png is None:
        return None
    from PIL import Image  # installed with reportlab, which needs it

    target = work / "icon.ico"
    with Image.open(png) as image:
        image.save(target, sizes=[(16, 16), (32, 32), (48, 48), (64, 64), (256, 256)])
    return target


def sign_windows(paths: list[Path]) -> bool:
    """Sign ``paths`` with the configured command; False (and nothing done) if none is."""
    template = os.environ.get(WINDOWS_SIGN_ENV)
    if not template:
        return False
    for path in paths:
        command = [part.replace("{file}", str(path)) for part in shlex.split(template)]
        _run(command, f"signing {path.name}")
    return True


def windows_installer(
    folder: Path, version: str, programs: list[Path], icon_png: Path | None, work: Path
) -> Path | None:
    """Make the installer next to ``folder``; None (with the reason printed) without ISCC."""
    iscc = find_iscc()
    if iscc is None:
        print(
            "build: no Windows installer: Inno Setup 6 is not installed (ISCC.exe not found). "
            "Install it from https://jrsoftware.org/isdl.php or with 'choco install innosetup', "
            "then run build.py again. The folder above works without it.",
            file=sys.stderr,
        )
        return None
    signed = sign_windows(programs)
    command = [
        str(iscc),
        "/Q",
        f"/DAppVersion={version}",
        f"/DSourceDir={folder}",
        f"/DOutputDir={folder.parent}",
    ]
    icon = windows_icon(icon_png, work)
    if icon is not None:
        command.append(f"/DIconFile={icon}")
    if signed:
        # Inno Setup signs the installer and its uninstaller itself, through a named tool
        template = os.environ[WINDOWS_SIGN_ENV].replace("{file}", "$f")
        command += ["/DSignTool=journal", f"/Sjournal={template}"]
    command.append(str(ISS))
    _run(command, "Inno Setup")
    made = folder.parent / f"reflective-journal-{version}-windows-setup.exe"
    if not made.is_file():
        raise InstallerError(f"Inno Setup made no {made.name}")
    if not signed:
        print("build: the installer and programs are NOT signed (no JOURNAL_WINDOWS_SIGN)")
    return made


# -- macOS -------------------------------------------------------------------------------------


def _mach_o_files(app: Path) -> list[Path]:
    """Every library and program inside the bundle, deepest first (inside-out signing)."""
    found = []
    for path in app.rglob("*"):
        if path.is_symlink() or not path.is_file():
            continue
        with path.open("rb") as handle:
            magic = handle.read(4)
        if magic in (b"\xcf\xfa\xed\xfe", b"\xce\xfa\xed\xfe", b"\xca\xfe\xba\xbe"):
            found.append(path)
    return sorted(found, key=lambda path: len(path.parts), reverse=True)


def sign_macos_app(app: Path) -> bool:
    """Developer ID signature with the hardened runtime; False if no identity is set."""
    identity = os.environ.get(MACOS_IDENTITY_ENV)
    if not identity:
        return False
    base = ["codesign", "--force", "--timestamp", "--options", "runtime", "--sign", identity]
    for path in _mach_o_files(app):
        _run([*base, "--entitlements", str(ENTITLEMENTS), str(path)], f"signing {path.name}")
    _run([*base, "--entitlements", str(ENTITLEMENTS), str(app)], "signing the .app")
    _run(["codesign", "--verify", "--deep", "--strict", str(app)], "checking the signature")
    return True


def macos_dmg(app: Path, version: str, platform_tag: str) -> Path:
    """The .app and a link to /Applications in a compressed dmg (signed and notarised when
    the environment says how)."""
    if shutil.which("hdiutil") is None:
        raise InstallerError("hdiutil not found: a dmg can only be made on macOS")
    signed = sign_macos_app(app)
    staging = app.parent / "dmg-staging"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir()
    shutil.copytree(app, staging / app.name, symlinks=True)
    (staging / "Applications").symlink_to("/Applications")
    dmg = app.parent / f"reflective-journal-{version}-{platform_tag}.dmg"
    dmg.unlink(missing_ok=True)
    _run(
        [
            "hdiutil",
            "create",
            "-volname",
            app.stem,
            "-srcfolder",
            str(staging),
            "-fs",
            "HFS+",
            "-format",
            "UDZO",
            "-ov",
            str(dmg),
        ],
        "hdiutil",
    )
    shutil.rmtree(staging, ignore_errors=True)
    if signed:
        identity = os.environ[MACOS_IDENTITY_ENV]
        _run(["codesign", "--force", "--timestamp", "--sign", identity, str(dmg)], "signing dmg")
        profile = os.environ.get(MACOS_NOTARY_ENV)
        if profile:
            _run(
                [
                    "xcrun",
                    "notarytool",
                    "submit",
                    str(dmg),
                    "--keychain-profile",
                    profile,
                    "--wait",
                ],
                "notarisation",
            )
            _run(["xcrun", "stapler", "staple", str(dmg)], "stapling the notarisation ticket")
        else:
            print("build: signed but NOT notarised (no JOURNAL_MACOS_NOTARY_PROFILE)")
    else:
        print(
            "build: the .app and dmg are NOT signed or notarised (no "
            "JOURNAL_MACOS_SIGN_IDENTITY): macOS will refuse to open it until the person "
            "right-clicks it and chooses Open"
        )
    return dmg
