"""The translation check: the Welsh sources are up to date, complete and keep every place
marker; and no compiled translation is kept in git.

(a) Each window area's .ts lists exactly the strings the code has (update_sources.py is run
    into a copy and the message sets compared).
(b) Every Welsh string is translated: each .ts message finished, each entry of en.toml in
    cy.toml (every plural form Welsh needs given or falling back to "other").
(c) A translation has the same place markers as its source: %1..%9 and %n in the window's
    words, {name} and {name:spec} (and argparse's %s, %(value)r) in the catalogue's.
(d) No .qm is committed: they are compiled from the .ts (docs/translations.md).

(b) is strict: any string without its Welsh fails the suite, listing what is left.
"""

from __future__ import annotations

import shutil
import sys
import tomllib
from collections.abc import Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
MESSAGES = ROOT / "resources" / "messages"
sys.path.insert(0, str(TRANSLATIONS))
import ts_files  # noqa: E402
import update_sources  # noqa: E402

WELSH = "cy"
#: CLDR's plural categories for Welsh (Babel: zero, one, two, few, many, other)
WELSH_PLURALS = ("zero", "one", "two", "few", "many", "other")


# -- (a) the sources list what the code has -------------------------------------------------------


def _message_set(folder: Path, names: list[str]) -> set[tuple[str, str, str, str, bool]]:
    return {
        (message.file, *message.key, message.numerus)
        for name in names
        for message in ts_files.read_ts(folder / name)
        if message.kind not in ("vanished", "obsolete")
    }


def test_every_window_string_is_in_its_area_and_no_area_is_stale(tmp_path: Path) -> None:
    assert update_sources.unassigned_files() == [], "add the files to an area in AREAS"
    names = [f"{area}.ts" for area in update_sources.AREAS]
    for name in names:
        shutil.copy(TRANSLATIONS / WELSH / name, tmp_path / name)
    update_sources.update(tmp_path, quiet=True)
    committed = _message_set(TRANSLATIONS / WELSH, names)
    fresh = _message_set(tmp_path, names)
    assert committed == fresh, (
        "the .ts files are out of date: run python resources/translations/update_sources.py\n"
        f"new in the code: {sorted(fresh - committed)[:10]}\n"
        f"gone from the code: {sorted(committed - fresh)[:10]}"
    )


# -- (b) everything is translated -----------------------------------------------------------------


def _flat(table: Mapping[str, object], prefix: str = "") -> dict[str, object]:
    """TOML's nested tables as catalogue codes (plural tables stay whole)."""
    found: dict[str, object] = {}
    for key, value in table.items():
        code = f"{prefix}{key}"
        if isinstance(value, dict) and not ("other" in value and set(value) <= set(WELSH_PLURALS)):
            found |= _flat(value, f"{code}.")
        else:
            found[code] = value
    return found


def _catalogue(folder: Path, language: str) -> dict[str, object]:
    path = folder / f"{language}.toml"
    if not path.is_file():
        return {}
    with path.open("rb") as handle:
        return _flat(tomllib.load(handle).get("messages", {}))


def untranslated(ts_folder: Path, messages_folder: Path) -> list[str]:
    """Every Welsh string still to translate, one line each, counted per file first."""
    lines: list[str] = []
    counts: dict[str, int] = {}
    for message in ts_files.read_folder(ts_folder):
        if message.kind in ("vanished", "obsolete"):
            continue
        if not message.finished:
            counts[message.file] = counts.get(message.file, 0) + 1
            state = message.kind or "empty"
            lines.append(f"{message.file}: [{message.context}] {message.source!r} ({state})")
    english = _catalogue(messages_folder, "en")
    welsh = _catalogue(messages_folder, WELSH)
    for code in english:
        entry = welsh.get(code)
        if entry is None or entry == "" or (isinstance(entry, dict) and not entry.get("other")):
            counts["cy.toml"] = counts.get("cy.toml", 0) + 1
            lines.append(f"cy.toml: {code} (missing)")
    summary = [f"{name}: {count} untranslated" for name, count in sorted(counts.items())]
    return [*summary, *lines] if lines else []


def test_untranslated_finds_what_is_left_and_passes_when_all_is_done(tmp_path: Path) -> None:
    ts_folder, messages_folder = tmp_path / "cy", tmp_path / "messages"
    ts_folder.mkdir()
    messages_folder.mkdir()
    (ts_folder / "window.ts").write_text(
        _ts(("Tasks", "Cancel", "Canslo", ""), ("Tasks", "Close", "", "unfinished")),
        encoding="utf-8",
    )
    (messages_folder / "en.toml").write_text(
        '[messages.backup]\nmade = "Backup made."\nfailed = "Backup failed."\n', encoding="utf-8"
    )
    (messages_folder / "cy.toml").write_text(
        '[messages.backup]\nmade = "Wedi gwneud copi wrth gefn."\n', encoding="utf-8"
    )
    left = untranslated(ts_folder, messages_folder)
    assert left[:2] == ["cy.toml: 1 untranslated", "window.ts: 1 untranslated"]
    assert "window.ts: [Tasks] 'Close' (unfinished)" in left
    assert "cy.toml: backup.failed (missing)" in left
    (ts_folder / "window.ts").write_text(
        _ts(("Tasks", "Cancel", "Canslo", ""), ("Tasks", "Close", "Cau", "")), encoding="utf-8"
    )
    (messages_folder / "cy.toml").write_text(
        '[messages.backup]\nmade = "Wedi gwneud copi wrth gefn."\nfailed = "Methodd."\n',
        encoding="utf-8",
    )
    assert untranslated(ts_folder, messages_folder) == []


def _translate_everything(source: Path, target: Path) -> None:
    """A copy of the Welsh sources with every message "translated" (its English as the
    Welsh, every plural form filled, marked finished), and cy.toml as en.toml."""
    import xml.etree.ElementTree as ElementTree

    target.mkdir()
    for path in sorted(source.glob("*.ts")):
        tree = ElementTree.parse(path)
        for message in tree.getroot().iter("message"):
            translation = message.find("translation")
            assert translation is not None
            translation.attrib.pop("type", None)
            text = message.findtext("source") or ""
            if message.get("numerus") == "yes":
                for form in translation.findall("numerusform"):
                    form.text = text
            else:
                translation.text = text
        tree.write(target / path.name, encoding="utf-8", xml_declaration=True)


def test_the_real_sources_pass_once_every_string_has_welsh_and_fail_on_one_left(
    tmp_path: Path,
) -> None:
    done, messages_folder = tmp_path / "cy", tmp_path / "messages"
    _translate_everything(TRANSLATIONS / WELSH, done)
    messages_folder.mkdir()
    shutil.copy(MESSAGES / "en.toml", messages_folder / "en.toml")
    shutil.copy(MESSAGES / "en.toml", messages_folder / "cy.toml")
    assert untranslated(done, messages_folder) == []
    assert placeholder_problems(done, messages_folder) == []
    window = done / "window.ts"
    text = window.read_text(encoding="utf-8")
    first = text.index("<translation>")
    window.write_text(
        text[:first] + '<translation type="unfinished">' + text[first + 13 :], encoding="utf-8"
    )
    left = untranslated(done, messages_folder)
    assert left[0] == "window.ts: 1 untranslated" and len(left) == 2


def test_every_welsh_string_is_translated() -> None:
    left = untranslated(TRANSLATIONS / WELSH, MESSAGES)
    assert not left, "\n".join(left[:200])


# -- (c) place markers are kept -------------------------------------------------------------------


def placeholder_problems(ts_folder: Path, messages_folder: Path) -> list[str]:
    problems: list[str] = []
    for message in ts_files.read_folder(ts_folder):
        forms = tuple(form for form in message.translations if form)
        if not forms:
            continue
        problem = ts_files.placeholder_problem(message.source, forms, message.numerus)
        if problem:
            problems.append(f"{message.file}: [{message.context}] {message.source!r}: {problem}")
    english = _catalogue(messages_folder, "en")
    for code, entry in _catalogue(messages_folder, WELSH).items():
        if code not in english:
            problems.append(f"cy.toml: {code} is not in en.toml")
            continue
        wanted = _markers(english[code])
        forms = list(entry.values()) if isinstance(entry, dict) else [entry]
        have = set().union(*(ts_files.placeholders(str(form)) for form in forms))
        if have != wanted:
            problems.append(f"cy.toml: {code}: en has {sorted(wanted)}, cy has {sorted(have)}")
    return problems


def _markers(entry: object) -> set[str]:
    forms = list(entry.values()) if isinstance(entry, dict) else [entry]
    return set().union(*(ts_files.placeholders(str(form)) for form in forms))


def test_placeholder_check_finds_a_changed_marker(tmp_path: Path) -> None:
    ts_folder, messages_folder = tmp_path / "cy", tmp_path / "messages"
    ts_folder.mkdir()
    messages_folder.mkdir()
    (ts_folder / "window.ts").write_text(
        _ts(
            ("Sidebar", "%1 to %2", "%1 i %3", ""),
            ("Sidebar", "Kept in {folder}", "Yn {ffolder}", ""),
            ("Sidebar", "Fine: %1", "Iawn: %1", ""),
        ),
        encoding="utf-8",
    )
    (messages_folder / "en.toml").write_text(
        '[messages.demo]\nwrote = "Wrote {count:,} reflections."\nok = "In {folder}."\n',
        encoding="utf-8",
    )
    (messages_folder / "cy.toml").write_text(
        '[messages.demo]\nwrote = "Wedi ysgrifennu {count} myfyrdod."\nok = "Yn {folder}."\n',
        encoding="utf-8",
    )
    problems = placeholder_problems(ts_folder, messages_folder)
    assert len(problems) == 3, problems
    assert any("'%1 to %2'" in line for line in problems)
    assert any("{folder}" in line and "{ffolder}" in line for line in problems)
    assert any("demo.wrote" in line and "{count:,}" in line for line in problems)


def test_plural_forms_may_leave_out_the_count_but_nothing_else() -> None:
    assert ts_files.placeholder_problem("%n day(s) in %1", ("dim diwrnod yn %1",), True) is None
    assert ts_files.placeholder_problem("%n day(s) in %1", ("%n diwrnod",), True) is not None
    assert ts_files.placeholder_problem("Saved at %1", ("Cadwyd",), False) is not None


def test_every_translation_keeps_the_place_markers() -> None:
    problems = placeholder_problems(TRANSLATIONS / WELSH, MESSAGES)
    assert not problems, "\n".join(problems)


# -- (d) nothing compiled is committed ------------------------------------------------------------


def test_no_compiled_translation_is_kept_beside_the_sources() -> None:
    # compiled at build time or into the cache at first use (docs/translations.md)
    assert sorted(TRANSLATIONS.rglob("*.qm")) == []


def _ts(*messages: tuple[str, str, str, str]) -> str:
    """A small .ts file: (context, source, translation, type) per message."""
    body = []
    for context, source, translation, kind in messages:
        state = f' type="{kind}"' if kind else ""
        body.append(
            f"<context><name>{context}</name><message><source>{source}</source>"
            f"<translation{state}>{translation}</translation></message></context>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        f'<TS version="2.1" language="cy_GB">{"".join(body)}</TS>\n'
    )
