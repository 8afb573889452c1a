"""The installer scripts keep their promises (per-user, silent, journal kept) and the
signing hook runs the configured command on each file (resources/packaging/installers.py)."""

from __future__ import annotations

import re
import shlex
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "resources" / "packaging"))
import installers

ISS = installers.ISS.read_text(encoding="utf-8")


def _setting(name: str) -> str:
    match = re.search(rf"^{name}=(.*)$", ISS, re.MULTILINE)
    assert match is not None, name
    return match.group(1).strip()


def test_the_windows_installer_is_per_user_and_upgrades_in_place() -> None:
    assert _setting("PrivilegesRequired") == "lowest"  # no administrator rights
    assert _setting("PrivilegesRequiredOverridesAllowed") == ""  # and no elevation offered
    assert _setting("DefaultDirName").startswith("{autopf}")  # %LOCALAPPDATA%\Programs
    assert re.fullmatch(r"\{\{[0-9A-F-]{36}\}", _setting("AppId"))  # one id for every version
    assert "{autoprograms}" in ISS  # the Start menu entry
    assert "skipifsilent" in ISS  # a silent install does not open the app


def test_the_windows_uninstaller_never_deletes_the_journal_and_says_so() -> None:
    sections = re.split(r"^\[", ISS, flags=re.MULTILINE)
    deleting = [s for s in sections if s.startswith(("InstallDelete]", "UninstallDelete]"))]
    for section in deleting:
        for line in section.splitlines():
            if line.startswith("Type:"):
                assert "{app}" in line and "ReflectiveJournal" not in line, line
                assert "{localappdata}" not in line and "{userappdata}" not in line, line
    assert "NOT deleted" in _setting("ConfirmUninstall")
    assert "were not deleted" in ISS  # the message after uninstalling


def test_the_entitlements_stay_few(tmp_path: Path) -> None:
    import plistlib

    entitlements = plistlib.loads(installers.ENTITLEMENTS.read_bytes())
    assert set(entitlements) == {"com.apple.security.cs.allow-unsigned-executable-memory"}


def test_without_a_signing_command_nothing_is_signed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(installers.WINDOWS_SIGN_ENV, raising=False)
    assert installers.sign_windows([Path("nowhere.exe")]) is False


def test_the_signing_command_runs_once_per_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log = tmp_path / "signed.txt"
    script = f"import sys; open({str(log)!r}, 'a').write(sys.argv[1] + chr(10))"
    command = f"{shlex.quote(sys.executable)} -c {shlex.quote(script)} {{file}}"
    monkeypatch.setenv(installers.WINDOWS_SIGN_ENV, command)
    files = [tmp_path / "journal-app.exe", tmp_path / "Reflective Journal.exe"]
    assert installers.sign_windows(files) is True
    assert log.read_text().splitlines() == [str(path) for path in files]


def test_a_failing_signing_command_stops_the_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(
        installers.WINDOWS_SIGN_ENV, f"{shlex.quote(sys.executable)} -c 'raise SystemExit(2)'"
    )
    with pytest.raises(installers.InstallerError, match="signing"):
        installers.sign_windows([tmp_path / "journal-app.exe"])


def test_without_inno_setup_the_build_says_how_to_get_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(installers, "find_iscc", lambda: None)
    assert installers.windows_installer(tmp_path, "0.1.0", [], None, tmp_path) is None
    assert "Inno Setup" in capsys.readouterr().err
