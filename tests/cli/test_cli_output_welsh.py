"""What ``journal-app`` prints after a command, in English as it always read and in Welsh
with ``--language cy``: listings, confirmations, counts and prompts. Machine-readable output
(``--json``) is the same in both languages.

The English lines were recorded from the command line before its words moved to the
catalogue. All people and reflections here are fictional.
"""

from __future__ import annotations

import argparse
import getpass
import io
import json
import re
import sys
from datetime import date
from pathlib import Path
from typing import Protocol

import pytest

from journal_app.cli import context, main, output, protect_commands
from journal_app.core import messages
from journal_app.core.messages import text
from journal_app.core.models import (
    Action,
    ActionKind,
    EntryDraft,
    Section,
    SessionKind,
    Status,
    SupervisionContext,
    Tag,
    Visibility,
)
from tests.journal_fixtures import PASSPHRASE, new_journal


@pytest.fixture(autouse=True)
def catalogues(checkout_catalogues: None) -> None:
    """This checkout's catalogues for every test here (tests/conftest.py)."""


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A journal with one reflection that has everything 'show' prints."""
    folder = tmp_path / "journal"
    journal, database = new_journal(folder)
    journal.create(
        EntryDraft(
            title="Group supervision on drift",
            body="We looked at **drift**.",
            event_date=date(2026, 5, 14),
            template_id="gibbs",
            sections=(Section("description", "Description", "Three plans reviewed."),),
            status=Status.FINAL,
            visibility=Visibility.SHAREABLE,
            tags=(Tag("kss-pl", "5"),),
            supervision=SupervisionContext(SessionKind.GROUP, 90, "team managers"),
            actions=(
                Action("Share the audit tool", due_date=date(2026, 6, 1)),
                Action(
                    "Read about leadership",
                    kind=ActionKind.LEARNING_GOAL,
                    done_date=date(2026, 7, 1),
                ),
            ),
        )
    )
    journal.create(
        EntryDraft(title="Draft thought", event_date=date(2026, 6, 2), status=Status.DRAFT)
    )
    database.close()
    monkeypatch.setenv("JOURNAL_PASSPHRASE", PASSPHRASE)
    return folder


class Runner(Protocol):
    def __call__(self, language: str, *args: str, stdin: str = "") -> tuple[int, str, str]: ...


class _Terminal(io.StringIO):
    """Standard input as if typed at a terminal."""

    def isatty(self) -> bool:
        return True


@pytest.fixture
def run(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Runner:
    """``journal-app --data-dir ... --language LANGUAGE ARGS``: (exit code, stdout, stderr)."""

    def command(language: str, *args: str, stdin: str = "") -> tuple[int, str, str]:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        code = main(["--data-dir", str(data_dir), "--language", language, *args])
        messages.set_language(messages.SOURCE_LANGUAGE)
        out, err = capsys.readouterr()
        return code, out, err

    return command


def _id(run: Runner, title: str) -> str:
    _code, out, _err = run("en", "list", "--json")
    return next(s["id"] for s in json.loads(out) if s["title"] == title)


# -- nothing found, and the trash -----------------------------------------------------------


def test_list_and_search_with_no_match(run: Runner) -> None:
    english = run("en", "list", "--from", "2030-01-01")
    assert english == (0, "", "No reflections match.\n")
    assert run("en", "search", "nothingatall")[2] == "Nothing found.\n"
    welsh = run("cy", "list", "--from", "2030-01-01")
    assert welsh == (0, "", "Nid oes unrhyw fyfyrdodau'n cyfateb.\n")
    assert run("cy", "search", "nothingatall")[2] == "Ni chanfuwyd dim.\n"


def test_add_delete_and_restore(run: Runner) -> None:
    code, out, err = run("cy", "add", "--title", "Nodyn", stdin="Testun.")
    assert code == 0 and err == "" and len(out.strip()) == 36  # the new id, as in English
    entry = out.strip()
    said = [
        run("cy", "delete", entry)[2],
        run("cy", "restore-entry", entry)[2],
        run("cy", "delete", "--purge", entry)[2],
    ]
    assert said == [
        "Wedi'i symud i'r bin sbwriel. Mae 'journal-app restore-entry ID' yn dod ag ef yn ôl.\n",
        "Wedi'i adfer o'r bin sbwriel.\n",
        "Wedi'i ddileu am byth.\n",
    ]
    entry = run("en", "add", "--title", "Note", "--no-body")[1].strip()
    said = [
        run("en", "delete", entry)[2],
        run("en", "restore-entry", entry)[2],
        run("en", "delete", "--purge", entry)[2],
    ]
    assert said == [
        "Moved to the trash. 'journal-app restore-entry ID' brings it back.\n",
        "Restored from the trash.\n",
        "Deleted for good.\n",
    ]


# -- a reflection's details ----------------------------------------------------------------


def test_show_reads_as_before_in_english(run: Runner) -> None:
    code, out, _err = run("en", "show", _id(run, "Group supervision on drift"))
    assert code == 0
    assert out.splitlines() == [
        "# Group supervision on drift",
        "Date: 2026-05-14   Template: gibbs",
        "Status: final   Visibility: shareable",
        "Tags: kss-pl:5 (2018)",
        "Session: group, 90 min, with team managers",
        "",
        "We looked at **drift**.",
        "",
        "## Description",
        "Three plans reviewed.",
        "",
        "## Actions and learning goals",
        "- Share the audit tool (due 2026-06-01)",
        "- Read about leadership [done]",
    ]


def test_show_in_welsh_keeps_what_the_person_wrote(run: Runner) -> None:
    code, out, _err = run("cy", "show", _id(run, "Group supervision on drift"))
    assert code == 0
    assert out.splitlines() == [
        "# Group supervision on drift",
        "Dyddiad: 2026-05-14   Templed: gibbs",
        "Statws: terfynol   Gwelededd: i'w rannu",
        "Tagiau: kss-pl:5 (2018)",
        "Sesiwn: goruchwyliaeth grŵp, 90 mun, gyda team managers",
        "",
        "We looked at **drift**.",
        "",
        "## Description",
        "Three plans reviewed.",
        "",
        "## Camau gweithredu a nodau dysgu",
        "- Share the audit tool (i'w gwblhau erbyn 2026-06-01)",
        "- Read about leadership [wedi'i wneud]",
    ]


def test_list_pads_the_status_to_the_longest_word_of_the_language(run: Runner) -> None:
    english = [line.split("  ", 1)[1] for line in run("en", "list")[1].splitlines()]
    assert english == [
        "2026-06-02  draft  Draft thought",
        "2026-05-14  final  Group supervision on drift  kss-pl:5",
    ]
    welsh = [line.split("  ", 1)[1] for line in run("cy", "list")[1].splitlines()]
    assert welsh == [
        "2026-06-02  drafft    Draft thought",
        "2026-05-14  terfynol  Group supervision on drift  kss-pl:5",
    ]


def test_json_is_the_same_in_every_language(run: Runner) -> None:
    for args in (("list", "--json"), ("search", "drift", "--json"), ("protect", "list", "--json")):
        english = run("en", *args)
        assert run("cy", *args) == english, args
    shown = run("cy", "show", _id(run, "Draft thought"), "--json")[1]
    assert json.loads(shown)["status"] == "draft"


# -- exports and imports -------------------------------------------------------------------


def test_export_and_import_say_what_they_did(run: Runner, tmp_path: Path) -> None:
    said_en = [
        run("en", "export", "json", "-o", str(tmp_path / "e.json"))[2],
        run("en", "export", "markdown", "-o", str(tmp_path / "md"))[2],
        run("en", "import", "json", str(tmp_path / "e.json"))[2],
    ]
    assert said_en == [
        f"Saved {tmp_path / 'e.json'}: 2 reflection(s).\n",
        f"Saved 2 Markdown file(s) to {tmp_path / 'md'}.\n",
        "Imported 0 reflection(s) from e.json.\nSkipped 2 already in the journal.\n",
    ]
    said_cy = [
        run("cy", "export", "json", "-o", str(tmp_path / "c.json"))[2],
        run("cy", "export", "markdown", "-o", str(tmp_path / "md-cy"))[2],
        run("cy", "import", "json", str(tmp_path / "c.json"))[2],
    ]
    assert said_cy == [
        f"Cadwyd {tmp_path / 'c.json'}: 2 fyfyrdod.\n",
        f"Cadwyd 2 ffeil Markdown yn {tmp_path / 'md-cy'}.\n",
        "Mewnforiwyd 0 myfyrdod o c.json.\nHepgorwyd 2 sydd eisoes yn y dyddlyfr.\n",
    ]
    # the files are in the language of the run, as the appraisal PDF is
    english = next((tmp_path / "md").glob("2026-05-14-*.md")).read_text(encoding="utf-8")
    welsh = next((tmp_path / "md-cy").glob("2026-05-14-*.md")).read_text(encoding="utf-8")
    assert "## Actions and learning goals" in english and "(due 1 June 2026)" in english
    assert "## Camau gweithredu a nodau dysgu" in welsh and "erbyn 1 Mehefin 2026)" in welsh


def test_export_pdf_says_saved_with_welsh_pages(run: Runner, tmp_path: Path) -> None:
    target = tmp_path / "a.pdf"
    code, _out, err = run(
        "cy", "export", "pdf", "--from", "2026-04-01", "--to", "2027-03-31", "-o", str(target)
    )
    assert code == 0
    assert re.fullmatch(
        rf"Cadwyd {re.escape(str(target))}: 1 myfyrdod, \d+ t?h?[dt]udalen\.\n", err
    )
    code, _out, err = run(
        "en", "export", "pdf", "--from", "2026-04-01", "--to", "2027-03-31", "-o", str(target)
    )
    assert err.startswith(f"Saved {target}: 1 reflection(s), ") and err.endswith(" pages.\n")


def test_counts_take_the_welsh_plural_forms() -> None:
    said = [text("cli.export.saved_json", "cy", destination="e.json", count=n) for n in (1, 2, 3)]
    assert said == [
        "Cadwyd e.json: 1 myfyrdod.",
        "Cadwyd e.json: 2 fyfyrdod.",
        "Cadwyd e.json: 3 myfyrdod.",
    ]
    pages = [text("cli.export.pages", "cy", count=n) for n in (1, 2, 3, 6, 9)]
    assert pages == ["1 dudalen", "2 dudalen", "3 tudalen", "6 thudalen", "9 tudalen"]
    moved = [text("cli.tags.moved", "cy", count=n).split(".")[0] for n in (1, 2, 3, 6, 7)]
    assert moved == [f"Symudwyd {n}" for n in ("1 tag", "2 dag", "3 thag", "6 thag", "7 tag")]
    backups = [text("cli.keys.backups_reencrypted", "cy", count=n) for n in (2, 3)]
    assert backups == ["ail-amgryptiwyd 2 gopi wrth gefn", "ail-amgryptiwyd 3 chopi wrth gefn"]
    # English keeps its "(s)" wordings exactly
    assert text("cli.export.saved_json", "en", destination="e.json", count=1) == (
        "Saved e.json: 1 reflection(s)."
    )
    assert text("cli.export.pages", "en", count=1) == "1 page"


# -- names I protect -----------------------------------------------------------------------


def test_protect_in_both_languages(run: Runner) -> None:
    assert run("en", "protect", "list")[1] == (
        "No names are protected yet. Add one with: journal-app protect add NAME\n"
    )
    assert run("cy", "protect", "list")[1] == (
        "Nid oes unrhyw enwau'n cael eu diogelu eto. Ychwanegwch un gyda: "
        "journal-app protect add NAME\n"
    )
    added = run("en", "protect", "add", "Zebedee", "--also", "Zeb", "--kind", "child")[1]
    assert added == "Protected: Zebedee (also Zeb) -> Child A  [child]\n"
    added = run("cy", "protect", "add", "Quennell", "--kind", "family")[1]
    assert added == "Wedi'i ddiogelu: Quennell -> Teulu A  [teulu]\n"
    assert run("cy", "protect", "list")[1].splitlines() == [
        "Zebedee (hefyd Zeb) -> Child A  [plentyn]",
        "Quennell -> Teulu A  [teulu]",
    ]
    changed = run("en", "protect", "change", "Zeb", "--as", "Child Q")[1]
    assert changed == "Changed: Zebedee (also Zeb) -> Child Q  [child]\n"
    removed = run("cy", "protect", "remove", "Quennell")[1]
    assert removed == (
        "Nid yw'n cael ei ddiogelu mwyach: Quennell. Mae myfyrdodau sydd eisoes wedi'u newid "
        "yn cadw Teulu A.\n"
    )
    removed = run("en", "protect", "remove", "Zebedee")[1]
    assert removed == ("No longer protected: Zebedee. Reflections already changed keep Child Q.\n")


def test_every_kind_has_its_words() -> None:
    assert tuple(protect_commands.KIND_WORDS) == protect_commands.KINDS


def test_own_words_are_put_in_after_the_message_is_rendered() -> None:
    """A name with braces or control characters stays exactly as typed, shown safely."""
    said = output.with_own_words("cli.protect.removed", {"name": "{x}\x1b[2J", "pseudonym": "P"})
    assert said == "No longer protected: {x}\\x1b[2J. Reflections already changed keep P."


# -- backups, keys, coverage ---------------------------------------------------------------


def test_backup_check_and_listing_in_welsh(run: Runner) -> None:
    code, out, _err = run("cy", "backup")
    assert code == 0 and out.startswith("Gwnaed a gwiriwyd copi wrth gefn: ")
    code, out, _err = run("cy", "check")
    lines = out.splitlines()
    assert code == 0
    assert lines[0] == "Gwiriad cywirdeb: wedi pasio (SQLite a SQLCipher)."
    assert lines[1].startswith("Copïau wrth gefn yn ") and lines[1].endswith(
        ", y mwyaf newydd yn gyntaf:"
    )
    assert lines[2].endswith("gwiriwyd nawr")
    assert lines[-1].startswith("Copi wrth gefn da diwethaf: ") and lines[-1].endswith(
        " UTC (heddiw)."
    )
    code, out, _err = run("en", "check")
    assert out.splitlines()[0] == "Integrity check: passed (SQLite and SQLCipher)."
    assert out.splitlines()[-1].endswith(" UTC (today).")


def test_delete_backup_asks_in_welsh_and_takes_either_answer(
    run: Runner,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    run("en", "backup")
    made = next((data_dir / "backups").glob("*-manual.db"))
    assert run("en", "restore", str(made))[0] == 0
    kept = next(p.name for p in (data_dir / "backups").glob("*pre-restore*.db"))
    asked: list[str] = []
    answers = iter(["na", "ie"])

    def answer(prompt: str) -> str:
        asked.append(prompt)
        return next(answers)

    monkeypatch.setattr("builtins.input", answer)
    said = []
    for _ in range(2):
        monkeypatch.setattr(sys, "stdin", _Terminal())
        code = main(["--data-dir", str(data_dir), "--language", "cy", "delete-backup", kept])
        assert code == 0
        said.append(capsys.readouterr().out)
    assert asked == [f"Dileu {kept} am byth? Ni ellir dadwneud hyn. Teipiwch 'ie': "] * 2
    assert said == ["Ni ddilëwyd dim.\n", f"Dilëwyd {kept} o {data_dir / 'backups'}.\n"]


def test_init_in_welsh_keeps_the_recovery_key_on_its_own_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("JOURNAL_PASSPHRASE", PASSPHRASE)
    folder = tmp_path / "new"
    assert main(["--data-dir", str(folder), "--language", "cy", "init"]) == 0
    out, err = capsys.readouterr()
    assert err.splitlines() == [
        f"Crëwyd dyddlyfr newydd wedi'i amgryptio yn {folder}",
        "Mae eich allwedd adfer isod. Dim ond y tro hwn y caiff ei dangos: ysgrifennwch hi neu "
        "ei hargraffu, a'i chadw rywle diogel i ffwrdd o'r cyfrifiadur hwn. Mae'n agor y "
        "dyddlyfr os byddwch yn anghofio eich cyfrinymadrodd.",
    ]
    assert len(out.splitlines()) == 1 and "-" in out  # only the key on standard output


def test_coverage_counts_in_both_languages(run: Runner) -> None:
    period = ("--from", "2026-04-01", "--to", "2027-03-31")
    english = run("en", "coverage", *period)[1].splitlines()
    assert english[1] == "2 reflections, 1 tagged to this framework"
    assert "    5    1  Support effective decision-making  (latest 14 May 2026)" in english
    assert "    1    0  Lead and govern excellent practice  (no evidence)" in english
    # (whether the action is overdue depends on today's date)
    assert re.fullmatch(
        r"1 open actions or learning goals in the period, [01] overdue\.", english[-1]
    )
    welsh = run("cy", "coverage", *period)[1].splitlines()
    assert welsh[1] == "2 fyfyrdod; wedi'u tagio i'r fframwaith hwn: 1"
    assert "    1    0  Lead and govern excellent practice  (dim tystiolaeth)" in welsh
    assert re.fullmatch(
        r"1 cam gweithredu neu nod dysgu agored yn y cyfnod, [01] yn hwyr\.", welsh[-1]
    )


def test_check_identifiers_without_an_id(run: Runner) -> None:
    assert run("en", "check-identifiers")[2] == (
        "journal-app: give a reflection's id, or --all.\n"
    )
    assert run("cy", "check-identifiers")[2] == (
        "journal-app: rhowch ddynodydd myfyrdod, neu --all.\n"
    )


def test_the_prompts_ask_in_the_language_of_the_run(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(getpass, "getpass", lambda label: asked.append(label) or "typed")
    monkeypatch.setattr(sys, "stdin", _Terminal())
    monkeypatch.delenv("JOURNAL_PASSPHRASE", raising=False)
    monkeypatch.delenv("JOURNAL_NEW_PASSPHRASE", raising=False)
    monkeypatch.delenv("JOURNAL_RECOVERY_KEY", raising=False)
    args = argparse.Namespace()
    for language in ("en", "cy"):
        messages.set_language(language)
        context.passphrase(args)
        context.new_passphrase(args)
        context.recovery_key(args)
    assert asked == [
        "Passphrase: ",
        "New passphrase (at least 10 characters): ",
        "Type it again: ",
        "Recovery key: ",
        "Cyfrinymadrodd: ",
        "Cyfrinymadrodd newydd (10 nod o leiaf): ",
        "Teipiwch ef eto: ",
        "Allwedd adfer: ",
    ]


def test_cpd_heads_each_part_in_the_language_of_the_run(run: Runner) -> None:
    entry = _id(run, "Group supervision on drift")
    code, english, _err = run("en", "cpd", entry)
    assert code == 0
    assert "== Type of CPD ==" in english and "== What I learnt ==" in english
    code, welsh, _err = run("cy", "cpd", entry)
    assert code == 0
    assert "== Math o DPP ==" in welsh and "== Beth ddysgais i ==" in welsh
    assert "Type of CPD" not in welsh
    assert "Group supervision on drift" in welsh  # what the person wrote is printed as written
