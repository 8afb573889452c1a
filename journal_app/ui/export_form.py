"""The choices behind an appraisal PDF, laid out as a form (no journal access here).

:class:`ExportForm` only lays out widgets and turns them into
:class:`~journal_app.services.exporters.appraisal_pdf.options.AppraisalOptions`; the dialog
counts reflections, runs the check and exports. The safe choices are the defaults: this
appraisal year, the default framework, shareable finished reflections only, in full.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
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
from journal_app.core.messages import TRANSLATED_BY_QT
from journal_app.core.periods import MONTH_NAMES, Period, appraisal_year
from journal_app.services.exporters.appraisal_pdf.options import (
    MAX_PERSON_FIELD,
    AppraisalOptions,
)
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
    ) -> None:
        super().__init__(parent)
        self._catalogue = catalogue
        self._preferences = preferences
        self._today = today
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(GRID * 2)
        # two columns of about equal height, each read top to bottom
        for groups in (
            (self._period_group(), self._frameworks_group(), self._password_group()),
            (self._entries_group(), self._people_group()),
        ):
            column = QVBoxLayout()
            column.setSpacing(GRID * 2)
            for group in groups:
                column.addWidget(group)
            column.addStretch(1)
            layout.addLayout(column, 1)
        self.use_year(0)

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
        edit.dateChanged.connect(self.changed)
        return edit

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
        month = MONTH_NAMES[self._preferences.appraisal_year_start_month - 1]
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
            box.setChecked(framework.id == self._preferences.default_framework_id)
            box.toggled.connect(self.changed)
            self.framework_boxes[framework.id] = box
            column.addWidget(box)
        if not self.framework_ids() and self.framework_boxes:
            next(iter(self.framework_boxes.values())).setChecked(True)
        return group

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
        column.addSpacing(GRID)
        column.addWidget(QLabel(self.tr("How much of each reflection:"), group))
        self.full_text = QRadioButton(self.tr("The &whole reflection"), group)
        self.summaries = QRadioButton(self.tr("A &summary"), group)
        self.full_text.setChecked(True)
        self._length = QButtonGroup(self)
        for button in (self.full_text, self.summaries):
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
        column.addWidget(self.left_out_label)
        return group

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

    def count_text(self, count: int) -> str:
        if count == 0:
            return self.tr(
                "No reflections match these choices. Try a longer period, or include drafts "
                "or private reflections."
            )
        if count == 1:
            return self.tr("1 reflection will be included")
        return self.tr("{n} reflections will be included").format(n=f"{count:,}")

    def left_out_text(self, count: int, options: AppraisalOptions) -> str:
        """Reflections in the period that stay out, and why, in words."""
        if count <= 0:
            return ""
        if options.include_private:
            kind = self.tr("draft") if count == 1 else self.tr("drafts")
        elif options.include_drafts:
            kind = self.tr("private reflection") if count == 1 else self.tr("private reflections")
        else:
            kind = (
                self.tr("private or draft reflection")
                if count == 1
                else self.tr("private or draft reflections")
            )
        return self.tr("Not included: {n} {kind} from this period.").format(n=count, kind=kind)

    def show_count(self, included: int, left_out: int, options: AppraisalOptions) -> None:
        self.count_label.setText(self.count_text(included))
        self.left_out_label.setText(self.left_out_text(left_out, options))

    def show_problem(self, text: str) -> None:
        self.count_label.setText(text)
        self.left_out_label.setText("")

    # -- reading the form ----------------------------------------------------------------------

    def use_year(self, offset: int) -> None:
        """Set the period to this appraisal year (0) or the one before (any negative)."""
        month = self._preferences.appraisal_year_start_month
        year = appraisal_year(self._today, month)
        if offset < 0:
            year = appraisal_year(year.start - timedelta(days=1), month)
        self.date_from.setDate(to_qdate(year.start))
        self.date_to.setDate(to_qdate(year.end))

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
                text=self.tr("Use a PDF password of at least {n} characters.").format(
                    n=MIN_PDF_PASSWORD
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
