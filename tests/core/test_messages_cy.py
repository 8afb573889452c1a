"""The Welsh message catalogue (resources/messages/cy.toml): every English code has a Welsh
wording with the same placeholders, the plural tables use Welsh's six CLDR categories, every
wording renders, the shared terms are used, and a few wordings read as a Welsh speaker
expects through the code that says them.

The file is read from this checkout's ``resources/messages`` (the installed package may point
at another checkout), through ``journal_app.core.messages`` as the app reads it.
"""

from __future__ import annotations

import re
import string
import tomllib
from collections.abc import Iterator, Mapping
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from journal_app.core import messages
from journal_app.core.messages import (
    PLURAL_CATEGORIES,
    Entry,
    Message,
    catalogue,
    placeholders,
    render,
)

FOLDER = Path(__file__).resolve().parents[2] / "resources" / "messages"

#: the one number each Welsh CLDR category other than ``other`` stands for, and the words a
#: form may use for it instead of the figure
WELSH_NUMBERS = {
    "zero": ("0", "dim"),
    "one": ("1", "un"),
    "two": ("2", "dau", "dwy"),
    "few": ("3", "tri", "tair"),
    "many": ("6", "chwe"),
}

#: counts that land in every Welsh category, and a large one for the thousands separator
COUNTS = (0, 1, 2, 3, 4, 6, 7, 11, 1000)

#: English plural entries Welsh keeps as one string: no noun follows the number in the Welsh
#: ("mae angen o leiaf {count}", "dim ond {count} sy'n cynnwys"), so nothing changes with it
WELSH_SINGLE_FORM = {"cpd.at_least_needed", "cpd.only_some_include"}

#: entries whose Welsh is the same as the English: only placeholders, punctuation and
#: language-neutral words ("Person" is Welsh too: the pseudonym "Person A", and the kind of
#: protected name "person" in 'journal-app protect list')
SAME_IN_BOTH = {
    "backup.when",
    "cli.protect.kind_person",
    "coverage.and_then",
    "datafile.type.null",
    "datafile.quoted",
    "identifiers.stem.person",
    "keyfile.why.unreadable",
    "storable.as_clause",
    "ui.translated_by_qt",
}


@pytest.fixture
def welsh() -> Iterator[None]:
    """Read this checkout's catalogues and speak Welsh; English again afterwards."""
    messages.use_folder(FOLDER)
    messages.set_language("cy")
    try:
        yield
    finally:
        messages.use_folder(None)
        messages.set_language(messages.SOURCE_LANGUAGE)


def _english() -> Mapping[str, Entry]:
    return catalogue("en")


def _welsh() -> Mapping[str, Entry]:
    return catalogue("cy")


def _forms(entry: Entry) -> dict[str, str]:
    return {"other": entry} if isinstance(entry, str) else dict(entry)


def _fields(text: str) -> set[tuple[str, str, str]]:
    """(name, format spec, conversion) of each placeholder in one wording."""
    return {
        (field, spec or "", conversion or "")
        for _literal, field, spec, conversion in string.Formatter().parse(text)
        if field is not None
    }


def _entry_fields(entry: Entry) -> set[tuple[str, str, str]]:
    return set().union(*(_fields(form) for form in _forms(entry).values()))


def _sample(name: str, spec: str) -> object:
    """A value for a placeholder that shows up recognisably in the words."""
    if spec.startswith("%"):
        return datetime(2026, 3, 10, 9, 30, tzinfo=UTC)
    if spec == ",":
        return 123456
    if spec == "clause":
        return "Gair olaf."
    return f"<{name}>"


def _shown(name: str, spec: str, value: object) -> str:
    """How a sample value reads once rendered."""
    if spec.startswith("%"):
        return format(value, spec)
    if spec == ",":
        return f"{value:,}"
    if spec == "clause":
        return "Gair olaf"
    return str(value)


# -- the file itself ---------------------------------------------------------------------


def test_the_file_names_welsh() -> None:
    data = tomllib.loads((FOLDER / "cy.toml").read_text(encoding="utf-8"))
    assert data["language"] == {"code": "cy", "name": "Cymraeg"}


def test_every_english_code_has_a_welsh_wording_and_no_other(welsh: None) -> None:
    english, cymraeg = set(_english()), set(_welsh())
    assert len(english) > 390
    assert sorted(english - cymraeg) == [], "codes with no Welsh wording (shown in English)"
    # a misspelt plural category ("mnay") would turn the table into codes of its own
    assert sorted(cymraeg - english) == [], "Welsh codes English does not have"


def test_every_table_in_the_file_is_a_section_or_a_whole_plural_table() -> None:
    """Reading the raw TOML: a table holding any plural category is a complete, valid
    plural table (the catalogue would otherwise read it silently as more codes)."""
    data = tomllib.loads((FOLDER / "cy.toml").read_text(encoding="utf-8"))

    def walk(table: Mapping[str, object], where: str) -> Iterator[str]:
        keys = set(table)
        if keys & set(PLURAL_CATEGORIES):
            if not (keys <= set(PLURAL_CATEGORIES) and "other" in keys):
                yield where
            return
        for key, value in table.items():
            if isinstance(value, dict):
                yield from walk(value, f"{where}.{key}")

    assert list(walk(data["messages"], "messages")) == []


# -- placeholders ------------------------------------------------------------------------


def test_each_welsh_wording_has_exactly_the_english_placeholders(welsh: None) -> None:
    """Same names, same format specs ({when:%Y-%m-%d}, {count:,}, {problem:clause})."""
    english = _english()
    wrong = [
        f"{code}: English {sorted(_entry_fields(english[code]))}, Welsh {sorted(_entry_fields(w))}"
        for code, w in _welsh().items()
        if _entry_fields(w) != _entry_fields(english[code])
    ]
    assert not wrong, "\n".join(wrong)
    assert all(placeholders(w) == placeholders(english[c]) for c, w in _welsh().items())


def test_welsh_plural_tables_give_all_six_forms_with_the_same_placeholders(welsh: None) -> None:
    english = _english()
    wrong: list[str] = []
    for code, entry in _welsh().items():
        if isinstance(entry, str):
            if not isinstance(english[code], str) and code not in WELSH_SINGLE_FORM:
                wrong.append(f"{code}: plural in English, one string in Welsh")
            continue
        if set(entry) != set(PLURAL_CATEGORIES):
            wrong.append(f"{code}: categories {sorted(entry)}, Welsh needs all six")
        if messages.PLURAL_PARAMETER not in placeholders(entry):
            wrong.append(f"{code}: plural without {{count}}")
        if "count" not in placeholders(entry["other"]):
            wrong.append(f"{code}: 'other' stands for many numbers, so it must show {{count}}")
        others = placeholders(entry) - {"count"}
        for category, form in entry.items():
            if placeholders(form) - {"count"} != others:
                wrong.append(f"{code}.{category}: placeholders differ from the other forms")
            if "count" not in placeholders(form) and category in WELSH_NUMBERS:
                said = re.findall(r"\w+", form.lower())
                if not set(WELSH_NUMBERS[category]) & set(said):
                    wrong.append(f"{code}.{category}: shows no number")
    assert not wrong, "\n".join(wrong)
    assert not WELSH_SINGLE_FORM - set(_welsh())


def test_the_single_welsh_strings_for_english_plurals_change_only_in_the_number(
    welsh: None,
) -> None:
    for code in WELSH_SINGLE_FORM:
        assert isinstance(_welsh()[code], str) and isinstance(_english()[code], Mapping)
        said = {render(Message(code, count=n)).replace(str(n), "N") for n in COUNTS}
        assert len(said) == 1, code


# -- every wording renders ---------------------------------------------------------------


def test_every_welsh_wording_renders_with_each_parameter_shown(welsh: None) -> None:
    """Each entry, for counts in every Welsh category: no stray braces, nothing raised, and
    every parameter's value appears in the words (no form silently drops one)."""
    problems: list[str] = []
    for code, entry in _welsh().items():
        fields = {(name, spec) for name, spec, _conversion in _entry_fields(entry)}
        values = {name: _sample(name, spec) for name, spec in fields}
        counts = COUNTS if "count" in values else (None,)
        for count in counts:
            if count is not None:
                values["count"] = count
            said = render(Message(code, **values))
            if not said.strip() or re.search(r"[{}]", said.replace("{text}", "")):
                problems.append(f"{code} ({count}): {said!r}")
            for name, spec in fields:
                shown = _shown(name, spec, values[name])
                if name == "count" and count in (1, 0, 2, 3, 6):
                    # a one-number form may say the number in a word
                    continue
                if shown not in said:
                    problems.append(f"{code} ({count}): {name} missing from {said!r}")
    assert not problems, "\n".join(problems)


def test_welsh_is_what_the_current_language_renders(welsh: None) -> None:
    message = Message("backup.age.days_ago", count=2)
    assert str(message) == render(message, "cy") == "2 ddiwrnod yn ôl"
    assert render(message, "en") == "2 days ago"


def test_no_wording_was_left_in_english(welsh: None) -> None:
    english = _english()
    same = {
        code
        for code, entry in _welsh().items()
        if _forms(entry).get("other") == _forms(english[code]).get("other")
    }
    assert same == SAME_IN_BOTH


# -- the shared terms and the fixed phrases ----------------------------------------------

#: English words and the Welsh every wording that uses them must use (term list shared with
#: the window's translators); the Welsh patterns allow the mutated forms
TERMS = {
    r"(?<!-)\bpassphrases?\b(?!-)": r"(c|g|ch|ngh)yfrinymadrodd",
    r"\brecovery key": r"allwedd adfer",
    r"\bkey file": r"ffeil allwedd",
    r"(?<!journal-app )\bbackups?\b": r"wrth gefn",
    r"\bjournal(?![-.]\w)": r"(d|dd|n)yddlyfr",
    r"\bidentifying details?\b": r"manylion adnabod",
    r"\breflections?\b": r"[mf]yfyr(dod|io)",
    r"\btrash\b": r"bin sbwriel",
    r"\bevidence\b": r"(t|d|nh)ystiolaeth",
    r"\bappraisals?\b": r"arfarn",
    r"\bframeworks?\b": r"fframw(aith|eithiau)",
    r"\bdomains?\b": r"(p|b|ph|mh)arth",
    r"\bpseudonym\b": r"ffugenw",
    r"\bCPD\b": r"\bDPP\b",
    r"\bSocial Care Wales\b": r"Gofal Cymdeithasol Cymru",
    r"\bkeyring\b": r"(c|g|ch|ngh)ylch(oedd)? allweddi",
    r"\bfollow-ups?\b": r"(d|dd|n)ilyn(iant|iannau)",
    r"\btemplate\b": r"(t|d|th|nh)empled",
    r"\bobjectives?\b": r"amcan",
    r"\bfeedback\b": r"adborth",
    r"\bthe app\b": r"'r ap\b|yr ap\b",
    r"\bNothing was changed\b": r"\bNi newidiwyd dim\b",
    r"\bnothing was changed\b": r"\bni newidiwyd dim\b",
    r"\b[Nn]othing was saved\b": r"\b[Nn]i chadwyd dim\b",
    r"\bNothing was imported\b": r"\bNi fewnforiwyd dim\b",
    r"\bNothing was exported\b": r"\bNi allforiwyd dim\b",
    r"\bNothing was deleted\b": r"\bNi ddilëwyd dim\b",
    r"\b[Rr]estore the journal from a backup\b": r"\b[Aa]dferwch y dyddlyfr o gopi wrth gefn\b",
}


def _words(entry: Entry) -> str:
    """All forms of an entry without its placeholders."""
    return " ".join(re.sub(r"\{[^}]*\}", " ", form) for form in _forms(entry).values())


def test_the_shared_terms_are_used_wherever_english_uses_them(welsh: None) -> None:
    english = _english()
    missing = [
        f"{code}: {en_term!r} needs {cy_term!r}"
        for code, entry in _welsh().items()
        for en_term, cy_term in TERMS.items()
        if re.search(en_term, _words(english[code]))
        and not re.search(cy_term, _words(entry), re.IGNORECASE)
    ]
    assert not missing, "\n".join(missing)


def test_the_term_check_would_notice_a_wrong_term(welsh: None) -> None:
    """Not vacuous: English's own wording fails it, and a Welsh one with another word."""
    english = _english()["passphrase.wrong"]
    assert not re.search(TERMS[r"(?<!-)\bpassphrases?\b(?!-)"], _words(english))
    assert not re.search(TERMS[r"\bNothing was changed\b"], "Ni newidiwyd unrhyw beth.")


# -- how some wordings read through the code that says them ------------------------------


def test_days_ago_takes_the_mutation_of_each_number(welsh: None) -> None:
    from journal_app.services.backups import age_in_words

    said = [render(age_in_words(timedelta(days=d, hours=3))) for d in (0, 1, 2, 3, 6, 7, 11)]
    assert said == [
        "heddiw",
        "1 diwrnod yn ôl",
        "2 ddiwrnod yn ôl",
        "3 diwrnod yn ôl",
        "6 diwrnod yn ôl",
        "7 diwrnod yn ôl",
        "11 diwrnod yn ôl",
    ]


def test_cpd_progress_reads_in_welsh(welsh: None) -> None:
    from journal_app.core.cpd import CpdStatus
    from journal_app.core.periods import Period

    year = Period(date(2025, 12, 1), date(2026, 11, 30))
    short = CpdStatus(period=year, records=1, with_peer_reflection=0, days_left=2)
    assert render(short.shortfall_in_words) == (
        "Mae gennych 1 cofnod DPP yn y flwyddyn gofrestru hon; mae angen o leiaf 2, gydag o "
        "leiaf 1 yn cynnwys myfyrio gyda chymheiriaid. 2 ddiwrnod ar ôl (tan 30 Tachwedd 2026)."
    )
    no_peer = CpdStatus(period=year, records=3, with_peer_reflection=0, days_left=0)
    assert render(no_peer.shortfall_in_words) == (
        "Mae gennych 3 chofnod DPP yn y flwyddyn gofrestru hon, ond nid oes yr un yn cynnwys "
        "myfyrio gyda chymheiriaid; rhaid i o leiaf 1 wneud hynny. Heddiw yw'r diwrnod olaf "
        "(30 Tachwedd 2026)."
    )
    met = CpdStatus(period=year, records=6, with_peer_reflection=2, days_left=40)
    assert render(met.shortfall_in_words) == (
        "Gofynion wedi'u bodloni: 6 chofnod, 2 yn cynnwys myfyrio gyda chymheiriaid."
    )


def test_a_backup_status_with_damaged_backups_reads_in_welsh(welsh: None) -> None:
    made = datetime(2026, 3, 10, 9, 30, tzinfo=UTC)
    when = Message("backup.when", made=made, age=Message("backup.age.days_ago", count=10))
    checked = Message("backup.last_verified", verified=made)
    assert render(
        Message(
            "backup.status.none_with_damaged", damaged=Message("backup.damaged_count", count=2)
        )
    ) == (
        "Nid oes copi wrth gefn da. Mae 2 gopi wrth gefn wedi methu gwiriad ac nid ydynt yn cael "
        "eu defnyddio. Gwnewch un nawr."
    )
    assert render(
        Message(
            "backup.status.good_with_damaged",
            when=when,
            checked=checked,
            damaged=Message("backup.damaged_count", count=1),
        )
    ) == (
        "Copi wrth gefn da diwethaf: 2026-03-10 09:30 UTC (10 diwrnod yn ôl), gwiriwyd ddiwethaf "
        "2026-03-10 09:30 UTC. (Mae 1 copi wrth gefn wedi methu gwiriad ac nid yw'n cael ei "
        "ddefnyddio: rhedwch 'check' i gael manylion)"
    )


def test_errors_from_the_code_read_in_welsh(welsh: None, tmp_path: Path) -> None:
    from journal_app.core.errors import JournalError, WrongPassphraseError
    from journal_app.core.passphrase import check_passphrase
    from journal_app.core.periods import parse_uk_or_iso_date
    from journal_app.services.backups import BackupService

    assert str(WrongPassphraseError()).startswith("Cyfrinymadrodd anghywir. Ni newidiwyd dim.")
    with pytest.raises(JournalError) as caught:
        check_passphrase("short")
    assert str(caught.value).startswith("Dewiswch gyfrinymadrodd o ")
    with pytest.raises(JournalError) as caught:
        parse_uk_or_iso_date("2026-02-30")
    assert str(caught.value) == 'Nid yw "2026-02-30" yn ddyddiad go iawn.'
    folder = tmp_path / "backups"
    folder.mkdir()
    status = BackupService().status(folder, datetime(2026, 3, 20, 12, tzinfo=UTC))
    assert str(status.message) == (
        "Nid oes copi wrth gefn wedi'i wneud eto. Gwnewch un nawr i fod yn ddiogel."
    )


def test_a_failed_integrity_check_lists_its_problems_in_welsh(welsh: None) -> None:
    problems = (
        Message("check.pages_failed", count=6),
        Message("check.structure_problems", count=1),
    )
    assert render(Message("check.journal_failed", problems=problems)) == (
        "Methodd y dyddlyfr ei wiriad cywirdeb: methodd 6 thudalen wedi'u hamgryptio eu gwiriad "
        "dilysu; canfu gwiriad strwythur y gronfa ddata 1 broblem. Adferwch ef o'r copi wrth "
        "gefn da diweddaraf."
    )
