"""``journal-app`` in Welsh: ``--language cy`` or a Welsh locale gives the help, argparse's
own words and the messages in Welsh; English stays as it was; ``--help`` stays light.

The Welsh here is a few entries in a temporary catalogue (resources/messages/cy.toml is the
translators'); everything not in it falls back to English.
"""

from __future__ import annotations

import argparse
import inspect
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from journal_app.cli import main, words
from journal_app.core import messages

ROOT = Path(__file__).resolve().parents[2]
WELSH_ENTRIES = """\
[messages.cli.help]
error_line = "{prog}: {message} (gweler '{prog} --help')"
description = "Dyddlyfr Goruchwylio Myfyriol: dyddlyfr wedi'i amgryptio."
data_dir = "ffolder y dyddlyfr (rhagosodiad: eich ffolder data defnyddiwr)"

[messages.cli.argparse]
usage = "defnydd: "
positional_arguments = "dadleuon safle"
options = "opsiynau"
help = "dangos y neges gymorth hon a gadael"
required = "mae angen y dadleuon canlynol: %s"

[messages.cli.argparse.expected_arguments]
one = "disgwyl un ddadl"
two = "disgwyl {count} ddadl"
other = "disgwyl {count} dadl"

[messages.journal]
none_here = "Does dim dyddlyfr yn {folder}. Crëwch un yn gyntaf."
"""
LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


@pytest.fixture
def welsh_catalogue(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "messages"
    folder.mkdir()
    shutil.copy(ROOT / "resources" / "messages" / "en.toml", folder / "en.toml")
    (folder / "cy.toml").write_text(WELSH_ENTRIES, encoding="utf-8")
    messages.use_folder(folder)
    yield folder
    messages.use_folder(None)
    messages.set_language("en")


@pytest.fixture
def no_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    for variable in LOCALE_VARIABLES:
        monkeypatch.delenv(variable, raising=False)


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_language_option_gives_the_help_in_welsh(
    welsh_catalogue: Path, no_locale: None, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _err = _run(capsys, "--language", "cy", "--help")
    assert code == 0
    assert out.startswith("defnydd: journal-app [-h]")
    assert "\ndadleuon safle:\n" in out and "\nopsiynau:\n" in out
    assert "dangos y neges gymorth hon a gadael" in out
    assert "Dyddlyfr Goruchwylio Myfyriol: dyddlyfr wedi'i amgryptio." in out
    assert "ffolder y dyddlyfr (rhagosodiad" in out
    # an entry with no Welsh yet is shown in English
    assert "read the passphrase from the first line of FILE" in out


@pytest.mark.parametrize(
    "environ",
    [
        {"LANG": "cy_GB.UTF-8"},
        {"LC_MESSAGES": "cy_GB.UTF-8", "LANG": "en_GB.UTF-8"},
        {"LANGUAGE": "cy:en", "LANG": "en_GB.UTF-8"},
        {"LC_ALL": "cy_GB.UTF-8"},
    ],
)
def test_a_welsh_locale_gives_the_same_welsh_help(
    welsh_catalogue: Path,
    no_locale: None,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    environ: dict[str, str],
) -> None:
    _code, asked, _err = _run(capsys, "--language", "cy", "--help")
    for variable, value in environ.items():
        monkeypatch.setenv(variable, value)
    code, from_locale, _err = _run(capsys, "--help")
    assert code == 0 and from_locale == asked
    _code, english, _err = _run(capsys, "--language", "en", "--help")  # the option wins
    assert english.startswith("usage: journal-app")


def test_argparse_errors_and_the_catalogues_messages_in_welsh(
    welsh_catalogue: Path,
    no_locale: None,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, _out, err = _run(capsys, "--language", "cy", "add")
    assert code == 2
    assert err == (
        "journal-app add: mae angen y dadleuon canlynol: --title "
        "(gweler 'journal-app add --help')\n"
    )
    empty = tmp_path / "empty"
    empty.mkdir()
    code, _out, err = _run(capsys, "--language", "cy", "--data-dir", str(empty), "list")
    assert code == 4
    assert err.startswith(f"journal-app: Does dim dyddlyfr yn {empty}.")
    assert (
        words._ngettext("expected %s argument", "expected %s arguments", 2) == "disgwyl %s ddadl"
    )
    assert words._ngettext("expected %s argument", "expected %s arguments", 3) == "disgwyl %s dadl"


def test_english_is_as_argparse_and_the_catalogue_have_it(
    welsh_catalogue: Path, no_locale: None, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _err = _run(capsys, "--help")
    assert code == 0 and out.startswith("usage: journal-app [-h]")
    assert "\npositional arguments:\n" in out and "\noptions:\n" in out
    assert "  -h, --help            show this help message and exit\n" in out
    assert out.endswith(messages.text("cli.help.exit_codes"))
    assert "--language {system,en,cy}" in out
    code, _out, err = _run(capsys, "add")
    assert err == (
        "journal-app add: the following arguments are required: --title "
        "(see 'journal-app add --help')\n"
    )
    assert words._ngettext("expected %s argument", "expected %s arguments", 1) == (
        "expected %s argument"
    )


def test_each_argparse_wording_is_still_argparses_and_in_the_catalogue() -> None:
    """A Python release that rewords one of these would leave it English: this says so."""
    source = inspect.getsource(argparse)
    english = messages.catalogue("en")
    for wording, code in words.ARGPARSE_WORDS.items():
        assert repr(wording) in source or f'"{wording}"' in source, wording
        assert english[code] == wording
    for (singular, plural), code in words.ARGPARSE_PLURALS.items():
        assert repr(singular) in source and repr(plural) in source
        forms = english[code]
        assert isinstance(forms, dict)
        assert forms["one"].replace("{count}", "%s") == singular
        assert forms["other"].replace("{count}", "%s") == plural


def test_help_in_welsh_loads_no_database_crypto_qt_or_babel(welsh_catalogue: Path) -> None:
    child = (
        "import json, sys\n"
        "from pathlib import Path\n"
        "from journal_app.core import messages\n"
        "messages.use_folder(Path(sys.argv[1]))\n"
        "from journal_app.cli import main\n"
        "code = main(sys.argv[2:])\n"
        "heavy = [m for m in ('sqlalchemy', 'sqlcipher3', 'cryptography', 'argon2', 'keyring',\n"
        "         'PySide6', 'babel') if m in sys.modules]\n"
        "print(json.dumps({'code': code, 'heavy': heavy}), file=sys.stderr)\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in LOCALE_VARIABLES}
    for args in (("--language", "cy", "--help"), ("--language", "cy", "export", "--help")):
        done = subprocess.run(
            [sys.executable, "-c", child, str(welsh_catalogue), *args],
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
            timeout=60,
            check=False,
        )
        report = json.loads(done.stderr.strip().splitlines()[-1])
        assert report == {"code": 0, "heavy": []}, args
        assert "defnydd: journal-app" in done.stdout


def test_an_unknown_language_is_refused_in_the_locales_language(
    welsh_catalogue: Path,
    no_locale: None,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("LANG", "cy_GB.UTF-8")
    code, _out, err = _run(capsys, "--language", "de", "list")
    assert code == 2
    assert "--language" in err and "(gweler 'journal-app --help')" in err
