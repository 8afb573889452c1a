"""The choices behind an appraisal PDF, laid out as a form (no journal access here).

:class:`ExportForm` only lays out widgets and turns them into
:class:`~journal_app.services.exporters.appraisal_pdf.options.AppraisalOptions`; the dialog
counts reflections, runs the check and exports. The safe choices are the defaults: this
appraisal year, the default framework, shareable finished reflections only, in full; after
the first export, the person's own choices from last time.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.catalogue import Catalogue
from journal_app.core.errors import InvalidInputError
from journal_app.core.localised import month_name
from journal_app.core.messages import TRANSLATED_BY_QT
from journal_app.core.periods import Period, appraisal_year
from journal_app.services.export_choices import ExportChoices, PeriodChoice
from journal_app.services.export_service import LeftOut
from journal_app.services.exporters.appraisal_pdf.options import (
    MAX_PERSON_FIELD,
    AppraisalOptions,
    app_language,
)
from journal_app.services.exporters.appraisal_pdf.words import BOTH, ENGLISH, WELSH
from journal_app.services.preferences import Preferences
from journal_app.ui.entries.style import from_qdate, to_qdate
from journal_app.ui.passphrase_fields import hint_label, password_edit
from journal_app.ui.plain_text import literal_text, plain_label
from journal_app.ui.theme import GRID

MIN_PDF_PASSWORD = 8
DATE_DISPLAY = "d MMMM yyyy"  # UK order, month in words: 03/04 can never be misread


class ExportForm(QWidget):
    """Period, frameworks, which reflections, about you and an optional password."""

    changed = Signal()  # anything that could change which reflections are included

    def __init__(
        self,
        catalogue: Catalogue,
        preferences: Preferences,
        today: date,
        parent: QWidget | None = None,
        choices: ExportChoices | None = None,
    ) -> None:
        super().__init__(parent)
        self._catalogue = catalogue
        self._preferences = preferences
        self._today = today
        self._choices = choices or ExportChoices()
        self._period_choice = PeriodChoice.THIS_YEAR
        self._setting_period = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(GRID * 2)
        # two columns of about equal height, each read top to bottom
        for groups in (
            (
                self._period_group(),
                self._frameworks_group(),
                self._language_group(),
                self._password_group(),
            ),
            (self._entries_group(), self._people_group()),
        ):
            column = QVBoxLayout()
            column.setSpacing(GRID * 2)
            for group in groups:
                column.addWidget(group)
            column.addStretch(1)
            layout.addLayout(column, 1)
        self._use_choices(self._choices)

    # -- layout ------------------------------------------------------------------------------

    def _group(self, title: str) -> tuple[QGroupBox, QVBoxLayout]:
        group = QGroupBox(title, self)
        column = QVBoxLayout(group)
        column.setContentsMargins(GRID * 2, GRID * 2, GRID * 2, GRID * 2)
        column.setSpacing(GRID)
        return group, column

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setDisplayFormat(DATE_DISPLAY)
        edit.setCalendarPopup(True)
        edit.setAccessibleName(name)
        edit.dateChanged.connect(self._dates_typed)
        edit.dateChanged.connect(self.changed)
        return edit

    def _dates_typed(self) -> None:
        if not self._setting_period:
            self._period_choice = PeriodChoice.DATES

    def _period_group(self) -> QGroupBox:
        group, column = self._group(self.tr("Period"))
        self.date_from = self._date_edit(self.tr("From"))
        self.date_to = self._date_edit(self.tr("To"))
        dates = QHBoxLayout()
        dates.setSpacing(GRID)
        for text, edit in ((self.tr("&From"), self.date_from), (self.tr("&to"), self.date_to)):
            label = QLabel(text, group)
            label.setBuddy(edit)
            dates.addWidget(label)
            dates.addWidget(edit, 1)
        column.addLayout(dates)
        row = QHBoxLayout()
        row.setSpacing(GRID)
        self.this_year = QPushButton(self.tr("T&his appraisal year"), group)
        self.last_year = QPushButton(self.tr("&Last appraisal year"), group)
        self.this_year.clicked.connect(lambda: self.use_year(0))
        self.last_year.clicked.connect(lambda: self.use_year(-1))
        row.addWidget(self.this_year)
        row.addWidget(self.last_year)
        row.addStretch(1)
        column.addLayout(row)
        month = month_name(self._preferences.appraisal_year_start_month)
        column.addWidget(
            hint_label(
                self.tr(
                    "Your appraisal year starts in {month} (change this in Preferences)."
                ).format(month=month),
                group,
            )
        )
        return group

    def _frameworks_group(self) -> QGroupBox:
        group, column = self._group(self.tr("Framework"))
        self.framework_boxes: dict[str, QCheckBox] = {}
        for framework in self._catalogue.frameworks:
            box = QCheckBox(framework.short_title, group)
            box.setToolTip(literal_text(framework.title))
            box.setAccessibleName(framework.title)
            box.setChecked(framework.id in self._wanted_frameworks())
            box.toggled.connect(self.changed)
            self.framework_boxes[framework.id] = box
            column.addWidget(box)
        if not self.framework_ids() and self.framework_boxes:
            next(iter(self.framework_boxes.values())).setChecked(True)
        return group

    def _language_group(self) -> QGroupBox:
        """Which language the PDF is written in, chosen for each export (the app's own
        language to start with): an appraiser may read Welsh, English, or want both."""
        group, column = self._group(self.tr("Language of the document"))
        self.pdf_language = QComboBox(group)
        self.pdf_language.setAccessibleName(self.tr("Language of the document"))
        choices = (
            # the two languages are named in their own words, as a reader of each looks for
            (ENGLISH, self.tr("English", "the language, named in English")),
            (WELSH, self.tr("Cymraeg", "the Welsh language, named in Welsh")),
            (BOTH, self.tr("Cymraeg a Saesneg / Welsh and English")),
        )
        for value, label in choices:
            self.pdf_language.addItem(label, value)
        self.pdf_language.setCurrentIndex(max(0, self.pdf_language.findData(app_language())))
        self.pdf_language.setToolTip(
            self.tr("In Welsh and English, each heading and note is in Welsh first, then English.")
        )
        column.addWidget(self.pdf_language)
        return group

    def language(self) -> str:
        """The document's language: "en", "cy" or "both"."""
        return str(self.pdf_language.currentData())

    def _wanted_frameworks(self) -> tuple[str, ...]:
        known = {f.id for f in self._catalogue.frameworks}
        remembered = tuple(f for f in self._choices.framework_ids if f in known)
        return remembered or (self._preferences.default_framework_id,)

    def _entries_group(self) -> QGroupBox:
        group, column = self._group(self.tr("Which reflections"))
        column.addWidget(
            hint_label(self.tr("Reflections marked shareable and final go in."), group)
        )
        self.include_private = QCheckBox(self.tr("Also include pri&vate reflections"), group)
        self.include_private.setToolTip(
            self.tr(
                "Private reflections were written for you alone. Tick this only if you mean "
                "your appraiser to read them."
            )
        )
        self.include_drafts = QCheckBox(self.tr("Also include &drafts"), group)
        for box in (self.include_private, self.include_drafts):
            box.toggled.connect(self.changed)
            column.addWidget(box)
        self.private_warning = hint_label(
            self.tr("Private reflections will be in the PDF. Read it before you share it."), group
        )
        self.private_warning.setProperty("role", "error")
        self.private_warning.hide()
        self.include_private.toggled.connect(self.private_warning.setVisible)
        column.addWidget(self.private_warning)
        self.include_appraisal = QCheckBox(self.tr("Add my appraisal workspace"), group)
        self.include_appraisal.setToolTip(
            self.tr("Your self-assessment, last period's objectives, your plan and feedback.")
        )
        self.include_appraisal.setChecked(True)
        # asked at every export, never remembered: the check cannot read inside the files
        self.attach_evidence = QCheckBox(self.tr("Attach my evidence files"), group)
        self.attach_evidence.setToolTip(
            self.tr(
                "Certificates and letters you keep with these reflections and the appraisal. "
                "The identifier check cannot read inside them: look at each before you share."
            )
        )
        for box in (self.include_appraisal, self.attach_evidence):
            box.setAccessibleDescription(box.toolTip())
            column.addWidget(box)
        column.addSpacing(GRID)
        column.addWidget(QLabel(self.tr("How much of each reflection:"), group))
        self.full_text = QRadioButton(self.tr("The &whole reflection"), group)
        self.summaries = QRadioButton(self.tr("A &summary"), group)
        self.one_line = QRadioButton(self.tr("One line each (short)"), group)
        self.one_line.setToolTip(
            self.tr(
                "For an appraiser who will not read thirty pages: the summary, the charts, "
                "your own words and one line per reflection."
            )
        )
        self.full_text.setChecked(True)
        self._length = QButtonGroup(self)
        for button in (self.full_text, self.summaries, self.one_line):
            self._length.addButton(button)
            column.addWidget(button)
        column.addWidget(
            hint_label(
                self.tr("A summary is the opening paragraph, what you learnt and your actions."),
                group,
            )
        )
        column.addStretch(1)
        self.count_label = plain_label(QLabel(group))  # can show an error message
        self.count_label.setWordWrap(True)
        self.count_label.setAccessibleName(self.tr("How many reflections will be included"))
        font = self.count_label.font()
        font.setBold(True)
        self.count_label.setFont(font)
        column.addWidget(self.count_label)
        self.left_out_label = hint_label("", group)
        self.left_out_label.setAccessibleName(self.tr("Reflections left out, and why"))
        column.addWidget(self.left_out_label)
        column.addLayout(self._fix_buttons(group))
        return group

    def _fix_buttons(self, group: QGroupBox) -> QVBoxLayout:
        """One click to include what is left out (the private warning shows as for the tick).
        One above the other: side by side they made the column wider than a 1280x720
        screen has room for."""
        row = QVBoxLayout()
        row.setSpacing(GRID)
        self.add_drafts_button = QPushButton(self.tr("Include drafts"), group)
        self.add_drafts_button.clicked.connect(lambda: self.include_drafts.setChecked(True))
        self.add_private_button = QPushButton(self.tr("Include private reflections"), group)
        self.add_private_button.setToolTip(self.include_private.toolTip())
        self.add_private_button.clicked.connect(lambda: self.include_private.setChecked(True))
        for button in (self.add_drafts_button, self.add_private_button):
            button.hide()
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        return row

    def _people_group(self) -> QGroupBox:
        group, column = self._group(self.tr("About you and your appraiser"))
        form = QFormLayout()
        form.setSpacing(GRID)
        prefs = self._preferences
        self.user_name = self._line(prefs.user_name, self.tr("Your name"))
        self.user_role = self._line(prefs.user_role, self.tr("Your role"))
        self.user_role.setPlaceholderText(self.tr("for example, Principal social worker"))
        self.employer = self._line(prefs.employer, self.tr("Employer"))
        self.appraiser = self._line("", self.tr("Appraiser's name"))
        self.appraiser.setPlaceholderText(self.tr("optional"))
        form.addRow(self.tr("Your &name:"), self.user_name)
        form.addRow(self.tr("Your &role:"), self.user_role)
        form.addRow(self.tr("&Employer:"), self.employer)
        form.addRow(self.tr("&Appraiser:"), self.appraiser)
        column.addLayout(form)
        column.addWidget(
            hint_label(
                self.tr("Your name, role and employer are kept in your journal for next time."),
                group,
            )
        )
        return group

    def _line(self, text: str, name: str) -> QLineEdit:
        edit = QLineEdit(text, self)
        edit.setAccessibleName(name)
        edit.setMaxLength(MAX_PERSON_FIELD)
        return edit

    def _password_group(self) -> QGroupBox:
        group, column = self._group(self.tr("Password (optional)"))
        self.password = password_edit(self.tr("PDF password"), group)
        self.password_again = password_edit(self.tr("Type the PDF password again"), group)
        for edit in (self.password, self.password_again):
            edit.setMinimumWidth(GRID * 24)
        form = QFormLayout()
        form.setSpacing(GRID)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.tr("Type it a&gain:"), self.password_again)
        column.addLayout(form)
        column.addWidget(
            hint_label(
                self.tr(
                    "Leave empty for a PDF without a password. With one, your appraiser needs "
                    "it to open the PDF: tell them it separately, not in the same email."
                ),
                group,
            )
        )
        column.addStretch(1)
        return group

    # -- the live count ------------------------------------------------------------------------

    def count_text(self, count: int, left_out: LeftOut) -> str:
        if count > 0:
            return self.tr("%n reflection(s) will be included", "", count)
        if left_out.total == 0:
            return self.tr("No reflections in this period. Try a longer period.")
        return self.tr("No reflections are included yet: see why below.")

    def left_out_text(self, left_out: LeftOut) -> str:
        """Reflections in the period that stay out, and why, in words."""
        if left_out.total <= 0:
            return ""
        reasons = []
        if left_out.drafts:
            reasons.append(self.tr("%n draft(s)", "", left_out.drafts))
        if left_out.private:
            reasons.append(self.tr("%n private reflection(s)", "", left_out.private))
        text = self.tr("Left out from this period: %1.").replace(
            "%1", self.tr(" and ").join(reasons)
        )
        if left_out.drafts + left_out.private > left_out.total:
            text += " " + self.tr("Some are both.")
        return text

    def show_count(self, included: int, left_out: LeftOut) -> None:
        self.count_label.setText(self.count_text(included, left_out))
        self.left_out_label.setText(self.left_out_text(left_out))
        self.add_drafts_button.setVisible(left_out.drafts > 0)
        self.add_private_button.setVisible(left_out.private > 0)

    def show_problem(self, text: str) -> None:
        self.count_label.setText(text)
        self.left_out_label.setText("")
        self.add_drafts_button.hide()
        self.add_private_button.hide()

    # -- reading the form ----------------------------------------------------------------------

    def use_year(self, offset: int) -> None:
        """Set the period to this appraisal year (0) or the one before (any negative)."""
        month = self._preferences.appraisal_year_start_month
        year = appraisal_year(self._today, month)
        if offset < 0:
            year = appraisal_year(year.start - timedelta(days=1), month)
        self._set_period(year.start, year.end)
        self._period_choice = PeriodChoice.THIS_YEAR if offset == 0 else PeriodChoice.LAST_YEAR

    def _set_period(self, start: date, end: date) -> None:
        self._setting_period = True
        try:
            self.date_from.setDate(to_qdate(start))
            self.date_to.setDate(to_qdate(end))
        finally:
            self._setting_period = False

    def _use_choices(self, choices: ExportChoices) -> None:
        """Start from the choices remembered from the last export (frameworks are ticked
        as the boxes are made)."""
        self.include_private.setChecked(choices.include_private)
        self.include_drafts.setChecked(choices.include_drafts)
        (self.full_text if choices.full_text else self.summaries).setChecked(True)
        if choices.period is PeriodChoice.DATES and choices.date_from and choices.date_to:
            self._set_period(choices.date_from, choices.date_to)
            self._period_choice = PeriodChoice.DATES
        else:
            self.use_year(-1 if choices.period is PeriodChoice.LAST_YEAR else 0)

    def choices(self) -> ExportChoices:
        """The choices made here, to remember for the next export."""
        dates = self._period_choice is PeriodChoice.DATES
        period = self.period() if dates else None
        return ExportChoices(
            framework_ids=self.framework_ids(),
            include_private=self.include_private.isChecked(),
            include_drafts=self.include_drafts.isChecked(),
            full_text=self.full_text.isChecked(),
            period=self._period_choice,
            date_from=period.start if period else None,
            date_to=period.end if period else None,
        )

    def period(self) -> Period:
        """The chosen period (InvalidInputError if it ends before it starts)."""
        return Period(from_qdate(self.date_from.date()), from_qdate(self.date_to.date()))

    def framework_ids(self) -> tuple[str, ...]:
        return tuple(key for key, box in self.framework_boxes.items() if box.isChecked())

    def chosen_password(self) -> str | None:
        """None when both boxes are empty; otherwise the password, checked."""
        first, second = self.password.text(), self.password_again.text()
        if not first and not second:
            return None
        if len(first) < MIN_PDF_PASSWORD:
            raise InvalidInputError(
                TRANSLATED_BY_QT,
                text=self.tr(
                    "Use a PDF password of at least %n character(s).", "", MIN_PDF_PASSWORD
                ),
            )
        if first != second:
            raise InvalidInputError(
                TRANSLATED_BY_QT, text=self.tr("The two PDF passwords are not the same.")
            )
        return first

    def options(self) -> AppraisalOptions:
        """Everything chosen, checked; InvalidInputError says what to change."""
        if not self.framework_ids():
            raise InvalidInputError(TRANSLATED_BY_QT, text=self.tr("Tick at least one framework."))
        return AppraisalOptions(
            period=self.period(),
            framework_ids=self.framework_ids(),
            include_private=self.include_private.isChecked(),
            include_drafts=self.include_drafts.isChecked(),
            full_text=self.full_text.isChecked(),
            name=" ".join(self.user_name.text().split()),
            role=" ".join(self.user_role.text().split()),
            employer=" ".join(self.employer.text().split()),
            appraiser=" ".join(self.appraiser.text().split()),
            password=self.chosen_password(),
            produced_on=self._today,
            include_appraisal=self.include_appraisal.isChecked(),
            attach_evidence=self.attach_evidence.isChecked(),
            short_document=self.one_line.isChecked(),
            language=self.language(),
        )

    def counting_options(self) -> AppraisalOptions | None:
        """The choices that decide which reflections go in, or None while they are invalid
        (used for the live count, so a half-typed password never matters)."""
        try:
            return AppraisalOptions(
                period=self.period(),
                framework_ids=self.framework_ids() or ("none",),
                include_private=self.include_private.isChecked(),
                include_drafts=self.include_drafts.isChecked(),
            )
        except InvalidInputError:
            return None

    def preferences_with_person(self) -> Preferences:
        """The preferences with the name, role and employer as typed here."""
        return replace(
            self._preferences,
            user_name=" ".join(self.user_name.text().split()),
            user_role=" ".join(self.user_role.text().split()),
            employer=" ".join(self.employer.text().split()),
        )
