"""Everyday commands load only what they use: no Alembic, reportlab or identifier patterns.

Every ``journal-app`` command is a new process, so whatever it imports is paid on each run
(issue 7: a whole-process search must take at most half of jrnl's time). These tests run the
real commands in a child process and look at ``sys.modules`` afterwards.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from journal_app.core.models import EntryDraft
from journal_app.services.journal import JournalService
from journal_app.store.database import JournalDatabase
from tests.conftest import PASSPHRASE

#: modules only some commands need; loading them costs ~0.5 s of start-up between them
HEAVY = ("alembic", "reportlab", "journal_app.core.identifiers", "journal_app.services.demo")

_CHILD = """
import json, sys
from journal_app.cli import main
code = main(sys.argv[1:])
heavy = [name for name in {heavy!r} if name in sys.modules]
print(json.dumps({{"code": code, "heavy": heavy}}), file=sys.stderr)
"""


def _run(data_dir: Path, *args: str, stdin: str = "") -> dict[str, object]:
    environment = {**os.environ, "JOURNAL_PASSPHRASE": PASSPHRASE}
    finished = subprocess.run(
        [sys.executable, "-c", _CHILD.format(heavy=HEAVY), "--data-dir", str(data_dir), *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=environment,
        timeout=60,
        check=False,
    )
    report: dict[str, object] = json.loads(finished.stderr.strip().splitlines()[-1])
    return report


def test_search_list_and_add_do_not_load_migrations_pdf_or_identifier_check(
    database: JournalDatabase, journal: JournalService, data_dir: Path
) -> None:
    journal.create(EntryDraft(title="Group supervision", body="We talked about drift."))
    database.close()
    for args in (("search", "drift"), ("list",), ("add", "--title", "Second")):
        report = _run(data_dir, *args, stdin="More words.")
        assert report == {"code": 0, "heavy": []}, args


def test_the_commands_that_need_them_still_load_them(
    database: JournalDatabase, journal: JournalService, data_dir: Path
) -> None:
    journal.create(EntryDraft(title="Group supervision", body="We talked about drift."))
    database.close()
    report = _run(data_dir, "check-identifiers", "--all")
    assert report["code"] == 0 and "journal_app.core.identifiers" in report["heavy"]  # type: ignore[operator]


_LAUNCH_CHILD = """
import json, sys
import journal_app.cli.launch as launch
def fake_launch(args):
    loaded = [name for name in ("sqlalchemy", "journal_app.store.database") if name in sys.modules]
    print(json.dumps({"data_dir": args.data_dir, "demo": args.demo, "loaded": loaded}))
    return 0
launch.launch_app = fake_launch
from journal_app.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_opening_the_app_skips_the_command_grammar_and_the_database_layer(
    tmp_path: Path,
) -> None:
    # the window's own start-up (ui/app.py) defers the database layer too; the launcher
    # must not load it first
    finished = subprocess.run(
        [sys.executable, "-c", _LAUNCH_CHILD, "--data-dir", str(tmp_path), "--demo"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    report = json.loads(finished.stdout)
    assert report == {"data_dir": str(tmp_path), "demo": True, "loaded": []}


#: what --help and --version need none of: the database layer, the crypto, Qt, the PDF
NOT_FOR_HELP = ("sqlalchemy", "sqlcipher3", "cryptography", "argon2", "keyring", "PySide6")


def test_help_and_version_load_no_database_crypto_or_qt(tmp_path: Path) -> None:
    child = _CHILD.format(heavy=HEAVY + NOT_FOR_HELP)
    for args in (("--help",), ("--version",), ("export", "--help")):
        finished = subprocess.run(
            [sys.executable, "-c", child, *args],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        report = json.loads(finished.stderr.strip().splitlines()[-1])
        assert report == {"code": 0, "heavy": []}, args
