"""The complaint form: register a new complaint or edit one (DOMAIN.md, step 1).

The form only gathers what the person typed into a `ComplaintDraft`; the complaint service
validates and writes it. Every input in ui/complaint_form.ui is named after its draft attribute
and has a label `<attribute>_error` beneath it, so a `FieldError` finds its place by name. The
coil lines are a widget of their own (gui/coil_table.py).

Every problem is shown at once (the core checks the whole draft in one pass), and a field's
sentence goes as soon as that field is edited: the person corrects in any order, then saves.

Attachments (gui/attachments_panel.py) are held by the form until Save and written with the
complaint in the same transaction; Cancel writes nothing.

The received time is shown and typed in the department's zone (gui/received_time.py).

A stored complaint opens read only while its case is closed (it is reopened first) and for
someone whose roles may not edit complaints, with the line that says why: the service refuses
both, the form only shows it before anything is typed (gui/closed_case.py).
"""

from __future__ import annotations

from dataclasses import fields
from datetime import date, datetime

from PySide6.QtCore import QDate, QSize, Qt
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QBoxLayout,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QStyle,
    QWidget,
)

from qa_desktop.core import settings
from qa_desktop.core.clock import Clock, utc_now
from qa_desktop.core.drafts import ComplaintDraft
from qa_desktop.core.errors import FieldError, UserError, ValidationError
from qa_desktop.core.i18n import current_language
from qa_desktop.core.models import Complaint
from qa_desktop.core.services.complaints import (
    get_complaint,
    register_complaint,
    to_draft,
    update_complaint,
)
from qa_desktop.core.services.context import Actor
from qa_desktop.core.services.customers import customers
from qa_desktop.core.services.reference import defect_types
from qa_desktop.core.settings import UserSettings
from qa_desktop.core.validation import REQUIRED_TEXT
from qa_desktop.core.vocab import (
    OTHER_DEFECT,
    Action,
    Category,
    Channel,
    Currency,
    GoodsState,
    Market,
    SamplesReturned,
    Severity,
)
from qa_desktop.gui.closed_case import closed_line, read_only_line
from qa_desktop.gui.earlier_cases import EarlierCases
from qa_desktop.gui.field_errors import clear_when_edited, error_labels, show_message
from qa_desktop.gui.forms.ui_complaint_form import Ui_ComplaintForm
from qa_desktop.gui.read_only_look import give_read_only_look, repolish
from qa_desktop.gui.received_time import ReceivedTime
from qa_desktop.gui.screen_fit import fit_to_screen
from qa_desktop.gui.values import fill, show_value, unit_choices, value_of
from qa_desktop.gui.visit_rights import may

# Draft attributes held by one plain widget of the same name; the rest need conversion.
SPECIAL_FIELDS = frozenset({"received_at", "ship_date", "coils"})
PLAIN_FIELDS = tuple(f.name for f in fields(ComplaintDraft) if f.name not in SPECIAL_FIELDS)
UNKNOWN_DATE = QDate(2000, 1, 1)  # the ship date's minimum, shown blank: "not known"
PREFERRED_SIZE = QSize(1100, 800)  # three columns side by side; a small screen scrolls


class ComplaintDialog(QDialog):
    """Register a complaint (`complaint_id=None`) or edit one; `exec()` is true once saved.

    After a save, `saved_complaint_id` holds the complaint's id. Nothing is written unless the
    service accepts the whole draft: on a problem the dialog stays open and says what is wrong.
    Raises `UserError` when `complaint_id` names no complaint.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        complaint_id: int | None = None,
        *,
        actor: Actor,
        clock: Clock = utc_now,
        user: UserSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ComplaintForm()
        self.ui.setupUi(self)
        self._user = user
        self.saved_complaint_id: int | None = None
        self._complaint_id = complaint_id
        self._revision: int | None = None
        self.read_only = False  # a closed case, or roles that may not edit: nothing to save
        self._actor = actor
        self._clock = clock
        self._zone = settings.department_zone()
        self._table_problems: list[str] = []  # about the coil lines as a whole
        self._error_labels = error_labels(self)
        self._earlier = EarlierCases(self.ui.earlier_cases, self._earlier_lookup, self._zone)
        self._setup_widgets()
        self._connect()  # before loading: a stored ship date enables its field, as a tick does
        if complaint_id is None:
            self._start_new()
        else:
            self._load(complaint_id)
        self._clear_errors()
        self._opened_with = self.draft()  # to tell whether closing would lose typing
        fit_to_screen(self, PREFERRED_SIZE, user, "complaint_form")

    # ----- what callers use ------------------------------------------------------------------
    @property
    def complaint_id(self) -> int | None:
        """The complaint being edited, or the one just registered; None before the first save."""
        return self._complaint_id

    @property
    def revision(self) -> int | None:
        """The revision the edit is based on: the save is refused if the stored one differs."""
        return self._revision

    def draft(self) -> ComplaintDraft:
        """What the form holds now, as typed: the service parses and checks it."""
        values = {name: value_of(getattr(self.ui, name)) for name in PLAIN_FIELDS}
        return ComplaintDraft(
            received_at=self._received.value(),
            ship_date=self._ship_date(),
            coils=self.ui.coils.drafts(),
            **values,
        )

    def set_draft(self, draft: ComplaintDraft) -> None:
        """Show `draft` in the form (used for editing; also handy to start from a copy)."""
        for name in PLAIN_FIELDS:
            show_value(getattr(self.ui, name), getattr(draft, name))
        self._received.show(draft.received_at or self._clock())
        self._set_ship_date(draft.ship_date)
        self.ui.coils.set_coils(draft.coils)
        self._show_defect_other()

    def is_modified(self) -> bool:
        """Whether the form differs from what it showed when opened."""
        return self.draft() != self._opened_with or self.ui.attachments.is_modified()

    def done(self, result: int) -> None:
        """However the form closes, files still being prepared are let go first."""
        self.ui.attachments.stop()
        super().done(result)

    def reject(self) -> None:
        """Cancel, Esc or the window's close button: ask before throwing typing away."""
        if self.is_modified():
            answer = QMessageBox.question(
                self,
                self.windowTitle(),
                self.tr("Close the form and lose what you typed?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter moves to the next field, as in a paper-like form; it never saves half a
        complaint. Ctrl+Enter (like Ctrl+S) saves."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.save()
            else:
                self.focusNextChild()
            return
        super().keyPressEvent(event)

    def save(self) -> bool:
        """What the Save button does: write through the service, or show why not."""
        if self.read_only:  # Ctrl+S on a form shown read only: it says why already
            return False
        if self.ui.attachments.is_busy():  # Ctrl+S while the Save button waits for the files
            self._show_problem(self.tr("Files are still being added: wait, or stop adding them."))
            return False
        self.ui.coils.commit_open_cell()
        self._clear_errors()
        try:
            complaint = self._write(self.draft())
        except ValidationError as exc:
            self._show_errors(exc.errors)
            return False
        except UserError as exc:
            self._show_problem(str(exc))
            return False
        self.saved_complaint_id = self._complaint_id = complaint.id
        self._revision = complaint.revision
        self.accept()
        return True

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Below the width of three columns side by side, stack them: scroll down, not across."""
        super().resizeEvent(event)
        row = self.ui.top_row
        groups = (self.ui.customer_group, self.ui.product_group, self.ui.defect_group)
        needed = sum(g.minimumSizeHint().width() for g in groups) + 2 * row.spacing()
        margins = self.ui.dialog_layout.contentsMargins()
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        available = event.size().width() - margins.left() - margins.right() - scroll_bar
        wide = QBoxLayout.Direction.LeftToRight
        row.setDirection(wide if available >= needed else QBoxLayout.Direction.TopToBottom)

    # ----- building --------------------------------------------------------------------------
    def _setup_widgets(self) -> None:
        self._fill_choices()
        ui = self.ui
        customer_edit = ui.customer_name.lineEdit()
        customer_edit.setPlaceholderText(self.tr("Choose or type a new name"))
        completer = ui.customer_name.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)  # "不锈钢" finds "佛山某不锈钢制品厂"
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        ui.coils.configure()
        save_button = ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        save_button.setToolTip(self.tr("Save the complaint (Ctrl+S)"))
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self._received = ReceivedTime(
            ui.received_at, ui.received_zone, ui.received_entered, self._zone
        )
        ui.ship_date.setMinimumDate(UNKNOWN_DATE)
        ui.ship_date.setSpecialValueText(" ")
        show_message(ui.read_only_note, "")
        self._mark_required()

    def _fill_choices(self) -> None:
        lang = current_language()
        ui = self.ui
        for combo, vocabulary in (
            (ui.channel, Channel),
            (ui.market, Market),
            (ui.category, Category),
            (ui.severity, Severity),
        ):
            fill(combo, vocabulary.choices(lang))
            combo.setPlaceholderText(self.tr("Choose…"))  # required: no silent default
            combo.setCurrentIndex(-1)
        fill(ui.goods_state, [("", self.tr("Not known")), *GoodsState.choices(lang)])
        fill(ui.samples_returned, [("", self.tr("Not known")), *SamplesReturned.choices(lang)])
        fill(ui.claim_currency, [("", ""), *Currency.choices(lang)])
        for combo in (ui.shipped_unit, ui.affected_unit):
            fill(combo, unit_choices())
        names = [(d.code, d.name_zh if lang == "zh_CN" else d.name_en) for d in defect_types()]
        fill(ui.defect_type_code, [("", ""), *names])
        for customer in customers():
            ui.customer_name.addItem(customer.name, customer.market)

    def _mark_required(self) -> None:
        """Bold names for the fields validation requires (the rule is kept in one place)."""
        for name in REQUIRED_TEXT:
            label = getattr(self.ui, f"{name}_label", None)
            if isinstance(label, QLabel):
                font = QFont(label.font())
                font.setBold(True)
                label.setFont(font)

    def _connect(self) -> None:
        ui = self.ui
        ui.button_box.accepted.connect(self.save)
        ui.button_box.rejected.connect(self.reject)
        ui.add_coil.clicked.connect(lambda: ui.coils.add_line())
        ui.remove_coil.clicked.connect(ui.coils.remove_lines)
        ui.ship_date_known.toggled.connect(self._ship_date_known)
        ui.customer_name.activated.connect(self._customer_chosen)
        ui.defect_type_code.currentIndexChanged.connect(self._show_defect_other)
        self._earlier.open_requested.connect(self._open_earlier)
        save_button = ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        ui.attachments.busy_changed.connect(lambda busy: save_button.setEnabled(not busy))
        for signal in (
            ui.customer_name.currentTextChanged,
            ui.product.textChanged,
            ui.defect_type_code.currentIndexChanged,
            ui.received_at.dateTimeChanged,  # only complaints received before this one count
        ):
            signal.connect(self._earlier.schedule)
        self._clear_errors_when_edited()

    def _start_new(self) -> None:
        self.setWindowTitle(self.tr("New complaint"))
        self._received.show(self._clock())
        self.ui.owner.setText(self._actor.name)  # the owner is whoever registers it, at first
        self.ui.customer_name.setCurrentIndex(-1)
        self.ui.coils.add_line(edit=False)
        self._show_defect_other()

    def _load(self, complaint_id: int) -> None:
        complaint = get_complaint(complaint_id)
        self._revision = complaint.revision
        self.setWindowTitle(self.tr("Complaint %1").replace("%1", complaint.case_no))
        self._offer_retired_defect_type(complaint)
        draft = to_draft(complaint)
        assert draft.received_at is not None  # stored complaints have one
        self._received.show_stored(draft.received_at)
        self.set_draft(draft)
        self.ui.attachments.load(complaint_id)
        self._earlier.refresh()
        self._show_rights(complaint)

    def _show_rights(self, complaint: Complaint) -> None:
        note = read_only_line(closed_line(complaint), may(self._actor, Action.EDIT))
        show_message(self.ui.read_only_note, note)
        if note:
            self._set_read_only()

    def _set_read_only(self) -> None:
        """Every field shown as stored, none typed in; Close instead of Save and Cancel."""
        self.read_only = True
        ui = self.ui
        give_read_only_look(self)
        for name in PLAIN_FIELDS:
            widget = getattr(ui, name)
            if isinstance(widget, QLineEdit | QPlainTextEdit):
                widget.setReadOnly(True)
                repolish(widget)
            else:
                widget.setEnabled(False)  # a choice: shown, not changed
        for widget in (ui.received_at, ui.ship_date):
            widget.setReadOnly(True)
            repolish(widget)
        ui.ship_date_known.setEnabled(False)
        ui.coils.set_read_only(True)
        ui.attachments.set_read_only(True)
        for widget in (ui.add_coil, ui.remove_coil, ui.required_hint):
            widget.hide()
        ui.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

    def _offer_retired_defect_type(self, complaint: Complaint) -> None:
        """A defect type taken off the list since still shows on the complaints that have it."""
        combo = self.ui.defect_type_code
        defect = complaint.defect_type if complaint.defect_type_id else None
        if defect is not None and combo.findData(defect.code) < 0:
            name = defect.name_zh if current_language() == "zh_CN" else defect.name_en
            combo.addItem(name, defect.code)

    def _show_defect_other(self) -> None:
        """The "other" text is asked for only when the defect type is "other"."""
        other = self.ui.defect_type_code.currentData() == OTHER_DEFECT
        self.ui.defect_form.setRowVisible(self.ui.defect_other_box, other)

    # ----- the ship date -------------------------------------------------------------------------
    def _set_ship_date(self, value: date | None) -> None:
        self.ui.ship_date_known.setChecked(value is not None)
        self.ui.ship_date.setDate(UNKNOWN_DATE if value is None else QDate(value))

    def _ship_date_known(self, known: bool) -> None:
        # Start from the received day: the goods shipped before it, usually not long before.
        self.ui.ship_date.setEnabled(known)
        self.ui.ship_date.setDate(self.ui.received_at.date() if known else UNKNOWN_DATE)

    def _ship_date(self) -> date | None:
        if not self.ui.ship_date_known.isChecked():
            return None
        return self.ui.ship_date.date().toPython()

    # ----- errors ----------------------------------------------------------------------------
    def _clear_errors(self) -> None:
        for label in [*self._error_labels.values(), self.ui.form_error]:
            show_message(label, "")
        self._table_problems = []
        self.ui.coils.clear_marks()

    def _clear_errors_when_edited(self) -> None:
        """A field's sentence goes as soon as the field is edited (the coils: the cell's mark)."""
        clear_when_edited(self.ui, self._error_labels, then=self._forget_summary_when_all_clear)
        self.ui.ship_date_known.toggled.connect(
            lambda *_: self._clear_one(self._error_labels["ship_date"])
        )
        self.ui.coils.edited.connect(self._coils_edited)
        self.ui.attachments.changed.connect(
            lambda: self._clear_one(self._error_labels["attachments"])
        )

    def _clear_one(self, label: QLabel) -> None:
        if label.isHidden():
            return
        show_message(label, "")
        self._forget_summary_when_all_clear()

    def _coils_edited(self) -> None:
        self._table_problems = []  # the lines changed: "at least one coil" may hold no more
        self._show_coil_problems()
        self._forget_summary_when_all_clear()

    def _forget_summary_when_all_clear(self) -> None:
        """ "Nothing was saved: correct …" goes with the last sentence beside a field."""
        summary = self.ui.form_error
        if summary.text() == self._summary() and all(
            label.isHidden() for label in self._error_labels.values() if label is not summary
        ):
            show_message(summary, "")

    def _show_errors(self, errors: list[FieldError]) -> None:
        messages: dict[str, list[str]] = {}
        for error in errors:
            if error.row is None and error.field == "coils":
                self._table_problems.append(error.message)
            elif error.row is None:
                messages.setdefault(error.field, []).append(error.message)
            else:
                self.ui.coils.mark(error.row, error.field, error.message)
        for name, texts in messages.items():
            show_message(self._error_labels.get(name, self.ui.form_error), "\n".join(texts))
        self._show_coil_problems()
        if self.ui.form_error.isHidden():
            self._show_problem(self._summary())
        bad = set(messages)
        if self._table_problems or any(error.row is not None for error in errors):
            bad.add("coils")
        self._focus_first(bad)

    def _show_coil_problems(self) -> None:
        show_message(
            self._error_labels["coils"],
            "\n".join(self._table_problems + self.ui.coils.marked_lines()),
        )

    def _summary(self) -> str:
        return self.tr("Nothing was saved: correct the fields marked in red.")

    def _show_problem(self, text: str) -> None:
        show_message(self.ui.form_error, text)

    def _focus_first(self, bad: set[str]) -> None:
        """Focus the first bad field in tab order (the order a person reads the form)."""
        start = widget = self.ui.customer_name.lineEdit()
        while True:
            name = self._field_of(widget)
            if name in bad:
                break
            widget = widget.nextInFocusChain()
            if widget is start:
                return
        self.ui.scroll_area.ensureWidgetVisible(self._error_labels[name])
        self.ui.scroll_area.ensureWidgetVisible(widget)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        cell = self.ui.coils.first_mark()
        if name == "coils" and cell is not None:
            self.ui.coils.setCurrentCell(*cell)

    def _field_of(self, widget: QWidget | None) -> str | None:
        """The draft attribute an input belongs to (a combo's line edit belongs to the combo)."""
        while widget is not None and widget is not self:
            if widget.objectName() in self._error_labels:
                return widget.objectName()
            widget = widget.parentWidget()
        return None

    # ----- saving and the repeat flag ------------------------------------------------------------
    def _write(self, draft: ComplaintDraft) -> Complaint:
        lang = current_language()
        files = self.ui.attachments.changes()
        if self._complaint_id is None or self._revision is None:
            return register_complaint(draft, self._actor, self._clock, lang, attachments=files)
        return update_complaint(
            self._complaint_id, draft, self._revision, self._actor, self._clock, lang,
            attachments=files,
        )  # fmt: skip

    def _customer_chosen(self, index: int) -> None:
        """An existing customer brings its market, unless one is chosen already."""
        market = self.ui.customer_name.itemData(index)
        if market and self.ui.market.currentIndex() < 0:
            self.ui.market.setCurrentIndex(self.ui.market.findData(market))

    def _earlier_lookup(self) -> tuple[str, str, str, datetime, int | None]:
        """What the repeat flag looks for; only complaints received before this one count."""
        ui = self.ui
        defect = ui.defect_type_code.currentData() or ""
        received = self._received.value()
        return (
            ui.customer_name.currentText(),
            ui.product.text(),
            defect,
            received,
            self._complaint_id,
        )

    def _open_earlier(self, complaint_id: int) -> None:
        """Open an earlier complaint over this one (its own form: edit it, or just read it)."""
        dialog = ComplaintDialog(
            self, complaint_id=complaint_id, actor=self._actor, clock=self._clock, user=self._user
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # this form, its parent, owns it
        dialog.open()
