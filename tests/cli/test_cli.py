"""The command line: every command, clear one-line errors, documented exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE


def test_init_add_list_search_show_delete(cli) -> None:  # type: ignore[no-untyped-def]
    code, out, err = cli("init")
    assert code == 0 and "recovery key" in err.lower()
    assert len(out.strip().replace("-", "")) == 32
    code, out, _ = cli(
        "add", "--title", "Peer supervision", "--date", "2026-04-02", "--tag", "kss-pl:5",
        "--tag", "kss-ps:7", "--visibility", "shareable", stdin="We explored risk and drift.",
    )  # fmt: skip
    assert code == 0
    entry_id = out.strip()
    code, out, _ = cli("list", "--json")
    listed = json.loads(out)
    assert [e["id"] for e in listed] == [entry_id]
    assert {t["framework_id"] + ":" + t["domain_code"] for t in listed[0]["tags"]} == {
        "kss-pl:5",
        "kss-ps:7",
    }
    assert cli("list", "--tag", "kss-pl:5")[1].count(entry_id) == 1
    assert cli("list", "--tag", "kss-pl:1")[1] == ""
    assert cli("list", "--from", "2026-05-01")[1] == ""
    code, out, _ = cli("search", "drift")
    assert entry_id in out and "[drift]" in out
    code, out, _ = cli("show", entry_id[:8])
    assert "# Peer supervision" in out and "We explored risk and drift." in out
    assert cli("delete", entry_id)[0] == 0
    assert cli("list")[1] == ""
    assert entry_id in cli("list", "--trash")[1]
    assert cli("restore-entry", entry_id)[0] == 0
    assert entry_id in cli("list")[1]


@pytest.mark.parametrize(
    ("args", "code", "words"),
    [
        (("add", "--title", "T", "--tag", "kss-pl:9"), 2, "kss-pl"),
        (("add", "--title", "T", "--tag", "nonsense"), 2, ""),
        (("add", "--title", "T", "--date", "31/02/2026"), 2, "date"),
        (("show", "no-such-id"), 8, "No reflection"),
        (("list", "--from", "yesterday-ish"), 2, "date"),
        (("frobnicate",), 2, "invalid choice"),
    ],
)
def test_bad_arguments_get_one_clear_line(cli, args, code, words) -> None:  # type: ignore[no-untyped-def]
    cli("init")
    got, _, err = cli(*args, stdin="body")
    assert got == code
    assert err.count("\n") == 1 and "Traceback" not in err
    assert words.lower() in err.lower()


def test_missing_journal_and_wrong_passphrase(cli, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    code, _, err = cli("list")
    assert code == 4 and "no journal" in err.lower()
    cli("init")
    monkeypatch.setenv("JOURNAL_PASSPHRASE", "definitely not it")
    code, _, err = cli("list")
    assert code == 3 and "wrong passphrase" in err.lower()


def test_passwd_and_recover(cli, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _, recovery, _ = cli("init")
    monkeypatch.setenv("JOURNAL_NEW_PASSPHRASE", "second walrus orbit lantern")
    assert cli("passwd")[0] == 0
    assert cli("list")[0] == 3
    monkeypatch.setenv("JOURNAL_PASSPHRASE", "second walrus orbit lantern")
    assert cli("list")[0] == 0
    monkeypatch.setenv("JOURNAL_RECOVERY_KEY", recovery.strip())
    monkeypatch.setenv("JOURNAL_NEW_PASSPHRASE", "third heron velvet anchor")
    assert cli("recover")[0] == 0
    monkeypatch.setenv("JOURNAL_PASSPHRASE", "third heron velvet anchor")
    assert cli("list")[0] == 0
    monkeypatch.setenv("JOURNAL_NEW_PASSPHRASE", "short")
    code, _, err = cli("passwd")
    assert code == 2 and "at least 10" in err


def test_check_passes_then_reports_damage(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cli("init")
    for number in range(30):
        cli("add", "--title", f"Reflection {number}", stdin="leadership " * 200)
    code, out, _ = cli("check")
    # Writing a reflection made the day's automatic backup.
    assert code == 0 and "passed" in out and "(today)" in out
    assert cli("backup")[0] == 0
    out = cli("check")[1]
    assert "Last good backup" in out and "verified now" in out
    db = tmp_path / "journal" / "journal.db"
    raw = bytearray(db.read_bytes())
    raw[len(raw) // 2] ^= 0x10
    db.write_bytes(bytes(raw))
    code, _, err = cli("check")
    assert code == 5 and "Traceback" not in err and "backup" in err


def test_no_traceback_from_a_real_process(tmp_path: Path) -> None:
    """The installed console script, end to end, on a damaged key file."""
    env = {**os.environ, "JOURNAL_PASSPHRASE": PASSPHRASE}
    data = str(tmp_path / "j")
    command = [sys.executable, "-m", "journal_app", "--data-dir", data]
    subprocess.run([*command, "init"], env=env, capture_output=True, check=True)
    key = tmp_path / "j" / "journal.key"
    key.write_bytes(key.read_bytes()[:-40])
    done = subprocess.run([*command, "list"], env=env, capture_output=True, text=True)
    assert done.returncode == 5
    assert "Traceback" not in done.stderr and "damaged" in done.stderr
