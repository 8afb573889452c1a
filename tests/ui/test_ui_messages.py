"""The window shows the services' words from the message catalogue exactly as it showed them
before they moved there (the expected words are taken from the code before the move)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

from PySide6.QtWidgets import QStatusBar

from journal_app.core.errors import JournalNotFoundError, WrongPassphraseError
from journal_app.core.passphrase import Advice, Strength
from journal_app.services.backups import BackupService
from journal_app.services.exporters.errors import ExportCancelled
from journal_app.store.backup import make_backup
from journal_app.store.database import JournalDatabase
from journal_app.ui.backup_watch import BackupWatch
from journal_app.ui.passphrase_fields import PassphraseFields
from journal_app.ui.tasks import TaskRunner, error_text

#: the window's own sentences for each piece of advice before the catalogue held them
OLD_ADVICE = {
    Advice.COMMON_PASSWORD: "This is one of the passwords people use most.",
    Advice.LIKE_COMMON_PASSWORD: "This is close to a password many people use.",
    Advice.SINGLE_WORD: "A single word is easy to guess, even with a number or symbol added.",
    Advice.NAMES: "Names, including of people, places and teams, are easy to guess.",
    Advice.ABOUT_THE_JOURNAL: "Words about this journal or your work are among the first tried.",
    Advice.REPEATS: "Repeated letters, numbers or words are easy to guess.",
    Advice.SEQUENCE: 'Runs like "abc" or "1234" are easy to guess.',
    Advice.KEYBOARD: 'Rows of keys like "qwerty" are easy to guess.',
    Advice.YEARS: "Years are easy to guess.",
    Advice.DATES: "Dates, such as birthdays, are easy to guess.",
    Advice.CAPITALS: "Capital letters do not make it much harder to guess.",
    Advice.SUBSTITUTIONS: (
        'Swapping letters for look-alikes, like "@" for "a", does not help much.'
    ),
    Advice.REVERSED: "Words spelt backwards are not much harder to guess.",
    Advice.ADD_WORDS: (
        "Add another word or two: unusual words that do not belong together are best."
    ),
}


def test_service_errors_read_as_before_in_the_window(tmp_path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "journal"
    assert error_text(JournalNotFoundError("journal.none_here", folder=folder)) == (
        f"There is no journal in {folder}. Create one first (open the app, or run "
        "'journal-app init')."
    )
    assert error_text(WrongPassphraseError()) == (
        "Wrong passphrase. Nothing was changed. (If you are sure it is right, the key file may "
        "be damaged: restore the journal from a backup.)"
    )
    assert error_text(ExportCancelled()) == "Cancelled. Nothing was saved."


def test_the_passphrase_advice_reads_as_before(qtbot) -> None:  # type: ignore[no-untyped-def]
    fields = PassphraseFields()
    qtbot.addWidget(fields)
    for advice, words in OLD_ADVICE.items():
        assert fields.advice_words(Strength(1, False, 4.0, (advice,))) == words
    every = Strength(1, False, 4.0, tuple(OLD_ADVICE))
    assert fields.advice_words(every) == " ".join(OLD_ADVICE.values())


def test_an_overdue_backup_reads_as_before_in_the_status_bar(
    qtbot, tasks: TaskRunner, database: JournalDatabase
) -> None:  # type: ignore[no-untyped-def]
    made = datetime.now(UTC) - timedelta(days=10, hours=1)
    backup = make_backup(
        database.engine, database.key, database.key_file, database.backups_folder(), "daily",
        made_at=made,
    )  # fmt: skip
    bar = QStatusBar()
    qtbot.addWidget(bar)
    watch = BackupWatch(tasks, bar)
    status = BackupService().status_of(database)
    watch._unlocked = SimpleNamespace(backup_status=lambda: status)  # type: ignore[assignment]
    watch._show()
    when = f"{backup.made_at:%Y-%m-%d %H:%M}"
    assert watch.label.text() == "Last backup over a week ago: File > Back up now"
    assert watch.label.toolTip() == (
        f"The last good backup was made {when} UTC (10 days ago), last verified {when} UTC: "
        "more than a week ago. Make one now."
    )
