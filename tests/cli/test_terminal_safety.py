"""Terminal control sequences in what a user wrote (or imported) are shown, never obeyed:
no raw ESC, C1, DEL or bidi override reaches the terminal from any command."""

from __future__ import annotations

import io
import json
import re
import sys
from pathlib import Path

import pytest

from journal_app.cli import main
from tests.conftest import PASSPHRASE

CLEAR_SCREEN = "\x1b[2J"
SET_TITLE = "\x1b]0;pwned\x07"
CSI_8BIT = "\x9b"
RTL_OVERRIDE = "\u202e"
HOSTILE = f"Risk{CLEAR_SCREEN} review{SET_TITLE} of{CSI_8BIT} drift{RTL_OVERRIDE}txet"
#: what must never reach a terminal raw (new line and tab are fine in bodies)
RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("JOURNAL_PASSPHRASE", PASSPHRASE)
    data = tmp_path / "journal"

    def run(*args: str, stdin: str = "") -> tuple[int, str, str]:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        code = main(["--data-dir", str(data), *args])
        out, err = capsys.readouterr()
        return code, out, err

    assert run("init")[0] == 0
    return run


def _assert_safe(text: str) -> None:
    found = RAW_CONTROL.search(text)
    assert found is None, f"raw {found.group()!r} reached the terminal"


def test_visible_shows_each_control_and_keeps_lines() -> None:
    from journal_app.cli.output import visible

    assert visible(HOSTILE) == ("Risk\\x1b[2J review\\x1b]0;pwned\\x07 of\\x9b drift\\u202etxet")
    assert visible("a\tb\r\nc\rd\x7f", lines=True) == "a\tb\nc\\x0dd\\x7f"
    assert visible("a\nb\tc") == "a\\x0ab\\x09c"
    assert visible("Plain words, café, 日本, emoji 🙂") == "Plain words, café, 日本, emoji 🙂"


def test_list_show_search_never_print_raw_controls(cli) -> None:  # type: ignore[no-untyped-def]
    body = f"First line of the drift reflection.\n\tIndented{CLEAR_SCREEN}\n{HOSTILE}\n"
    code, out, _ = cli("add", "--title", HOSTILE, "--template", "swe-cpd", stdin=body)
    assert code == 0
    entry_id = out.strip()
    outputs = {
        "list": cli("list"),
        "search": cli("search", "drift"),
        "show": cli("show", entry_id),
        "cpd": cli("cpd", entry_id),
        "check-identifiers": cli("check-identifiers", entry_id),
        "list --json": cli("list", "--json"),
        "search --json": cli("search", "drift", "--json"),
        "show --json": cli("show", entry_id, "--json"),
    }
    for name, (code, out, err) in outputs.items():
        assert code in (0, 11), (name, err)
        _assert_safe(out)
        _assert_safe(err)
    # still recognisable: the words and a visible trace of each control
    for name in ("list", "search", "show"):
        out = outputs[name][1]
        assert "Risk\\x1b[2J review\\x1b]0;pwned\\x07 of\\x9b drift" in out, name
        assert "\\u202etxet" in out, name
    show = outputs["show"][1]
    assert "First line of the drift reflection.\n\tIndented\\x1b[2J\n" in show
    # JSON stays JSON and gives back the exact text
    listed = json.loads(outputs["list --json"][1])
    assert listed[0]["title"] == HOSTILE
    assert json.loads(outputs["show --json"][1])["body"] == body


def test_error_messages_quoting_input_are_safe(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    code, _, err = cli("add", "--title", "T", "--template", f"gibbs{CLEAR_SCREEN}", "--no-body")
    assert code == 2
    _assert_safe(err)
    code, _, err = cli("list", "--visibility", SET_TITLE)
    assert code == 2
    _assert_safe(err)
    bad = tmp_path / "bad.json"
    bad.write_text(
        json.dumps(
            {
                "format": "reflective-supervision-journal",
                f"nope{CSI_8BIT}{SET_TITLE}": 1,
            }
        )
    )
    code, _, err = cli("import", "json", str(bad))
    assert code == 2 and "nope\\x9b\\x1b]0;pwned\\x07" in err
    _assert_safe(err)
