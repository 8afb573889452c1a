"""Example reflections: the demo journal, generated benchmark reflections and ``demo``."""

from __future__ import annotations

import io
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from datetime import date, timedelta
from pathlib import Path

import pytest

from journal_app.cli import context, main, parser
from journal_app.core import keywrap
from journal_app.core.catalogue import Catalogue
from journal_app.core.cpd import cpd_status
from journal_app.core.models import Entry, EntryDraft, Status, Visibility
from journal_app.core.periods import registration_year
from journal_app.core.text import word_count
from journal_app.services.demo import (
    DEMO_REFLECTIONS,
    fill_demo_journal,
    fit_sections,
    generate_reflections,
)
from journal_app.services.device_keys import SystemKeyring
from journal_app.services.journal import JournalService
from journal_app.services.vault import Vault
from tests.conftest import PASSPHRASE, MemoryKeyring

TODAY = date(2026, 6, 15)
CATALOGUE = Catalogue.builtin()
KSS_PL_CODES = set(CATALOGUE.framework("kss-pl").codes)

# Simple identifier patterns no example text may contain.
POSTCODE = re.compile(r"\b[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}\b")
TEN_DIGITS = re.compile(r"(?<!\d)(?:\d[ -]?){9}\d(?!\d)")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
DOB = re.compile(r"\bD\.?O\.?B\b|date of birth|\bborn\b", re.IGNORECASE)


class Recorder:
    """Collects the drafts when only they matter (no database, no KDF)."""

    def __init__(self) -> None:
        self.drafts: list[EntryDraft] = []

    def create(self, draft: EntryDraft) -> None:
        self.drafts.append(draft)


def demo_drafts(today: date = TODAY, count: int = 60, seed: int = 7) -> list[EntryDraft]:
    recorder = Recorder()
    fill_demo_journal(recorder, CATALOGUE, today, count, seed)
    return recorder.drafts


def texts_of(draft: EntryDraft | Entry) -> list[str]:
    texts = [draft.title, draft.body, *(s.text for s in draft.sections)]
    texts += [a.text for a in draft.actions]
    if draft.supervision is not None:
        texts.append(draft.supervision.other_party_role)
    return texts


def words_in(draft: EntryDraft | Entry) -> int:
    return word_count(draft.body, *(s.text for s in draft.sections))


def kss_pl_counts(drafts: Iterable[EntryDraft | Entry]) -> Counter[str]:
    return Counter(t.domain_code for d in drafts for t in d.tags if t.framework_id == "kss-pl")


# -- the demo journal ------------------------------------------------------------------------


def test_demo_journal_is_written_and_read_back(journal: JournalService) -> None:
    written = fill_demo_journal(journal, CATALOGUE, TODAY)
    entries = list(journal.entries())
    assert written == len(entries) == 60
    assert kss_pl_counts(entries).keys() == KSS_PL_CODES
    assert all(TODAY - timedelta(days=364) <= e.event_date <= TODAY for e in entries)
    status = cpd_status(entries, TODAY)
    assert status.met and status.records >= 3 and status.with_peer_reflection >= 2
    assert journal.search("managerialism"), "the demo should be searchable"


def test_same_seed_same_journal_and_another_seed_differs() -> None:
    assert demo_drafts(seed=7) == demo_drafts(seed=7)
    assert demo_drafts(seed=7) != demo_drafts(seed=8)


def test_every_kss_pl_domain_is_covered_one_thinly() -> None:
    counts = kss_pl_counts(demo_drafts())
    assert counts.keys() == KSS_PL_CODES
    assert sorted(counts.values())[0] == 1, "one domain should be thin for the coverage view"
    assert sorted(counts.values())[1] >= 10


@pytest.mark.parametrize("count", [6, 10, 25])
def test_fewer_reflections_still_cover_every_domain(count: int) -> None:
    drafts = demo_drafts(count=count)
    assert len(drafts) == count
    assert kss_pl_counts(drafts).keys() == KSS_PL_CODES


def test_other_frameworks_are_tagged_too() -> None:
    frameworks = Counter(t.framework_id for d in demo_drafts() for t in d.tags)
    assert frameworks["kss-ps"] >= 5 and frameworks["swe"] >= 3


@pytest.mark.parametrize(
    "today", [TODAY, date(2026, 12, 1), date(2026, 11, 30), date(2027, 1, 3), date(2028, 2, 29)]
)
def test_cpd_records_in_the_registration_year_with_peer_reflection(today: date) -> None:
    drafts = demo_drafts(today)
    year = registration_year(today)
    cpd = [d for d in drafts if d.template_id == "swe-cpd" and year.contains(_when(d))]
    with_peer = [d for d in cpd if _section(d, "peer_reflection").strip()]
    assert len(cpd) >= 3 and len(with_peer) >= 2
    assert all(_section(d, "activity_date") for d in cpd)


def test_a_few_cpd_records_are_enough_for_the_requirement() -> None:
    drafts = demo_drafts(count=10)
    cpd = [d for d in drafts if d.template_id == "swe-cpd"]
    assert len(cpd) == 3 and sum(bool(_section(d, "peer_reflection")) for d in cpd) == 2


def _when(draft: EntryDraft) -> date:
    assert draft.event_date is not None, "every example reflection has a date"
    return draft.event_date


def _section(draft: EntryDraft, key: str) -> str:
    return next((s.text for s in draft.sections if s.key == key), "")


def test_templates_are_mixed_and_sections_follow_each_template() -> None:
    drafts = demo_drafts()
    used = Counter(d.template_id for d in drafts)
    wanted = {"free-form", "gibbs", "kolb", "driscoll", "morrison-4x4x4", "schon", "swe-cpd"}
    assert wanted <= used.keys() and min(used[t] for t in wanted) >= 3
    for draft in drafts:
        template = CATALOGUE.template(draft.template_id)
        assert [s.key for s in draft.sections] == [s.key for s in template.sections]
        if template.sections:
            assert not draft.body, f"text of '{draft.title}' did not fit its template"
        else:
            assert draft.body


def test_status_visibility_and_supervision_context() -> None:
    drafts = demo_drafts()
    assert 2 <= sum(d.status is Status.DRAFT for d in drafts) <= 3
    private = sum(d.visibility is Visibility.PRIVATE for d in drafts)
    assert 3 <= private <= len(drafts) // 3
    contexts = [d.supervision for d in drafts if d.supervision is not None]
    assert len({c.session_kind for c in contexts}) >= 6
    assert all(c.other_party_role and c.duration_minutes for c in contexts)


def test_actions_are_done_open_and_one_or_two_overdue() -> None:
    actions = [a for d in demo_drafts() for a in d.actions]
    assert sum(a.is_done for a in actions) >= 20
    assert sum(not a.is_done and not a.is_overdue(TODAY) for a in actions) >= 10
    assert 1 <= sum(a.is_overdue(TODAY) for a in actions) <= 2
    assert any(a.kind.value == "learning_goal" for a in actions)
    assert all(a.done_date is None or a.done_date <= TODAY for a in actions)


def test_reflections_are_120_to_400_words_with_some_markdown() -> None:
    drafts = demo_drafts()
    assert all(120 <= words_in(d) <= 400 for d in drafts), [
        (d.title, words_in(d)) for d in drafts if not 120 <= words_in(d) <= 400
    ]
    text = "\n".join(t for d in drafts for t in texts_of(d))
    assert text.count("**") >= 10 and re.search(r"^- ", text, re.MULTILINE)
    assert len({d.title for d in drafts}) == len(drafts) == len(DEMO_REFLECTIONS)


def test_demo_text_has_no_identifying_details() -> None:
    for draft in demo_drafts():
        for text in texts_of(draft):
            for pattern in (POSTCODE, TEN_DIGITS, EMAIL, DOB):
                assert not pattern.search(text), (draft.title, pattern.pattern)


def test_the_identifier_check_finds_nothing_in_the_demo() -> None:
    find_identifiers = _identifier_check()
    for today in (TODAY, date(2026, 12, 1)):
        for draft in demo_drafts(today):
            for text in texts_of(draft):
                assert find_identifiers(text, today=today) == (), draft.title


def _identifier_check() -> Callable[..., object]:
    try:
        from journal_app.core.identifiers import find_identifiers
    except ImportError:
        pytest.skip("the identifier check is not in this build yet")
    return find_identifiers


def test_text_that_does_not_fit_a_template_is_kept_in_the_body() -> None:
    template = CATALOGUE.template("driscoll")
    sections, body = fit_sections(template, [("what", "A."), ("now", "B."), ("extra", "C.")])
    assert [s.text for s in sections] == ["A.", "", "B."]
    assert body == "## Extra\n\nC."
    assert fit_sections(None, [("what", "A.")]) == ((), "## What\n\nA.")


# -- generated reflections -------------------------------------------------------------------

START, END = date(2024, 1, 1), date(2026, 6, 30)


def generated(count: int, seed: int = 1) -> list[EntryDraft]:
    return list(generate_reflections(count, seed, START, END, CATALOGUE))


def test_generation_is_deterministic_for_a_seed() -> None:
    assert generated(200, seed=5) == generated(200, seed=5)
    assert generated(20, seed=5) != generated(20, seed=6)


def test_generated_reflections_look_like_reflections() -> None:
    drafts = generated(600)
    assert all(300 <= words_in(d) <= 800 for d in drafts)
    dates = [_when(d) for d in drafts]
    assert dates == sorted(dates)
    assert dates[0] < START + timedelta(days=10) and dates[-1] > END - timedelta(days=10)
    assert {t.id for t in CATALOGUE.templates} == {d.template_id for d in drafts}
    assert kss_pl_counts(drafts).keys() == KSS_PL_CODES
    assert {"kss-ps", "swe"} <= {t.framework_id for d in drafts for t in d.tags}
    for draft in drafts:
        template = CATALOGUE.template(draft.template_id)
        assert [s.key for s in draft.sections] == [s.key for s in template.sections]
        assert all(s.text.strip() for s in draft.sections)


def test_generated_vocabulary_has_a_long_tail() -> None:
    terms: Counter[str] = Counter()
    for draft in generated(1_000):
        terms.update(re.findall(r"[a-z]+", " ".join(texts_of(draft)).lower()))
    rare = sum(1 for n in terms.values() if n <= 2)
    assert len(terms) > 2_000 and rare > 500
    assert terms.most_common(1)[0][0] == "the"


def test_generated_reflections_have_no_identifying_details() -> None:
    for draft in generated(300, seed=3):
        for text in texts_of(draft):
            for pattern in (POSTCODE, TEN_DIGITS, EMAIL, DOB):
                assert not pattern.search(text), (draft.title, pattern.pattern)


def test_generated_reflections_can_be_saved(journal: JournalService) -> None:
    for draft in generated(30, seed=9):
        journal.create(draft)
    assert journal.count() == 30


def test_five_thousand_reflections_are_generated(capsys: pytest.CaptureFixture[str]) -> None:
    started, cpu_started = time.perf_counter(), time.process_time()
    count = sum(1 for _ in generate_reflections(5_000, 2, START, END, CATALOGUE))
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    with capsys.disabled():
        print(
            f"\ngenerated {count:,} reflections in {elapsed:.2f} s ({cpu:.2f} s of CPU): "
            f"{count / elapsed:,.0f} a second; 10,000 in about {2 * elapsed:.1f} s"
        )
    # the rate is shown, not judged: speed is the benchmark's (python -m tests.bench)
    assert count == 5_000


def test_bad_generation_arguments_are_refused_at_once() -> None:
    from journal_app.core.errors import InvalidInputError

    with pytest.raises(InvalidInputError):
        generate_reflections(-1, 1, START, END, CATALOGUE)
    with pytest.raises(InvalidInputError):
        generate_reflections(1, 1, END, START, CATALOGUE)
    assert generated(0) == []


def test_more_than_the_hand_written_reflections_are_topped_up() -> None:
    drafts = demo_drafts(count=75)
    assert len(drafts) == 75
    assert len({d.title for d in drafts if d.title in {s.title for s in DEMO_REFLECTIONS}}) == 60


# -- the demo command ------------------------------------------------------------------------


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("JOURNAL_PASSPHRASE", PASSPHRASE)
    # Vault binds keywrap.calibrate as a default argument, so patching it alone (conftest
    # does) does not reach the CLI; build the vault with the fast KDF and a keyring double.
    monkeypatch.setattr(keywrap, "calibrate", lambda *a, **k: keywrap.minimum_params())
    keyring = MemoryKeyring()
    monkeypatch.setattr(
        context,
        "vault",
        lambda args: Vault(
            context.data_dir(args),
            SystemKeyring(keyring, also_secure=[MemoryKeyring]),
            kdf_params=keywrap.minimum_params,
        ),
    )
    modules = parser._COMMAND_MODULES
    if "demo_commands" not in modules:  # until parser.py registers it
        monkeypatch.setattr(parser, "_COMMAND_MODULES", (*modules, "demo_commands"))
    data = tmp_path / "journal"

    def run(*args: str) -> tuple[int, str, str]:
        monkeypatch.setattr(sys, "stdin", io.StringIO(""))
        code = main(["--data-dir", str(data), *args])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_demo_creates_a_journal_and_fills_it(cli) -> None:  # type: ignore[no-untyped-def]
    code, out, err = cli("demo", "--entries", "12", "--seed", "3")
    assert code == 0, err
    assert out.strip() == "Wrote 12 example reflections."
    assert "recovery key" in err.lower()
    code, out, _ = cli("list", "--json")
    listed = json.loads(out)
    assert len(listed) == 12
    codes = {t["domain_code"] for e in listed for t in e["tags"] if t["framework_id"] == "kss-pl"}
    assert codes == KSS_PL_CODES


def test_demo_fills_an_existing_empty_journal(cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("init")[0] == 0
    code, out, err = cli("demo")
    assert (code, out.strip()) == (0, "Wrote 60 example reflections."), err
    assert "recovery key" not in err.lower()


def test_demo_refuses_a_journal_that_has_reflections(cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("demo", "--entries", "6")[0] == 0
    code, out, err = cli("demo", "--entries", "6")
    assert code == 4 and out == ""
    assert "already has 6 reflections" in err and err.count("\n") == 1
    assert len(json.loads(cli("list", "--json")[1])) == 6


def test_demo_needs_a_passphrase_to_create_one(cli, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("JOURNAL_PASSPHRASE")
    code, _, err = cli("demo")
    assert code == 4 and "JOURNAL_PASSPHRASE" in err


@pytest.mark.parametrize("entries", ["0", "-5", "lots", "100001"])
def test_demo_refuses_a_bad_number_of_entries(cli, entries: str) -> None:  # type: ignore[no-untyped-def]
    code, _, err = cli("demo", "--entries", entries)
    assert code == 2 and err.count("\n") == 1
