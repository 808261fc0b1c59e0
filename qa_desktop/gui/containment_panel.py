"""The case window's containment tab (ui/containment_panel.ui): the suspect material by place.

A table of lines (gui/containment_table.py): the place, the coils or lots, the quantity checked,
held (HOLD), found defective and released as OK, the unit, how OK material is marked, and the
result; the totals per place and unit below it, from the lines that pass the core's check as
they are typed. "Take from the site visit" brings in what the case's finished visit counted at
the customer, used and unused (core/containment_visits.py), and a line whose visit now counts
otherwise is said under the table. Save writes every line in one transaction through
core/services/containment.py, which decides: a refusal is said on the cell and under the
table, and nothing is written. Read only for someone whose roles may not edit complaints, and
while the case is closed (gui/closed_case.py: it is reopened first).
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from qa_desktop.core import settings
from qa_desktop.core.clock import Clock, utc_now
from qa_desktop.core.containment import ContainmentDraft, Quantities, check_lines, shown, totals
from qa_desktop.core.containment_visits import differences, take
from qa_desktop.core.errors import UserError, ValidationError
from qa_desktop.core.i18n import current_language
from qa_desktop.core.services import containment
from qa_desktop.core.services.context import Actor
from qa_desktop.core.vocab import Action, ContainmentPlace
from qa_desktop.gui.closed_case import closed_line, read_only_line
from qa_desktop.gui.field_errors import show_message
from qa_desktop.gui.forms.ui_containment_panel import Ui_ContainmentPanel
from qa_desktop.gui.values import unit_label
from qa_desktop.gui.visit_rights import may
from qa_desktop.gui.visit_texts import shown_at

TOTAL_ROW_HEIGHT = 24
FIGURE_WIDTH = 72
FIGURES = ("checked", "held", "defective", "released", "undecided")


class ContainmentPanel(QWidget):
    """The containment of the case `show_case` was given."""

    changed = Signal()  # a save changed the case's containment

    def __init__(
        self, parent: QWidget | None = None, *, actor: Actor, clock: Clock = utc_now
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ContainmentPanel()
        self.ui.setupUi(self)
        self._actor, self._clock = actor, clock
        self._zone = settings.department_zone()
        self._stored: containment.CaseContainment | None = None
        self._closed = ""  # the line that says the case is closed, "" while it is open
        self._setup()

    # ----- what the case window and tests use --------------------------------------------------
    @property
    def stored(self) -> containment.CaseContainment | None:
        return self._stored

    def show_case(self, complaint_id: int) -> None:
        """Load the case's containment as stored; what was typed and not saved goes."""
        self._zone = settings.department_zone()
        self._stored = containment.containment_of(complaint_id, current_language())
        self._closed = closed_line(complaint_id)
        self.ui.lines.set_coils(self._stored.lines)
        self._clear_marks()
        show_message(self.ui.form_error, "")
        self._show_rights()
        self._lines_edited()
        note = read_only_line(self._closed, self.editable())
        self._status(" ".join(filter(None, (self._saved_text(), note))))

    def lines(self) -> list[ContainmentDraft]:
        """The table's rows, blank ones too, with the cell being typed in."""
        self.ui.lines.commit_open_cell()
        return self.ui.lines.drafts()

    def editable(self) -> bool:
        return self._stored is not None and not self._closed and may(self._actor, Action.EDIT)

    def is_modified(self) -> bool:
        if self._stored is None:
            return False
        typed = [line for line in self.lines() if not line.is_blank()]
        return typed != list(self._stored.lines)

    def save(self) -> bool:
        """Save every line, or nothing and the reasons shown."""
        if not self.editable() or self._stored is None:
            return False
        lines = self.lines()
        self._clear_marks()
        try:
            after = containment.save_containment(
                self._stored.complaint_id, self._stored.revision, lines, self._actor,
                self._clock, current_language(),
            )  # fmt: skip
        except ValidationError as exc:
            self._show_refusal(exc)
            return False
        except UserError as exc:
            show_message(self.ui.form_error, str(exc))
            return False
        changed = after.revision != self._stored.revision
        self.show_case(after.complaint_id)
        if changed:
            self.changed.emit()
        else:
            self._status(self.tr("Nothing to save: the lines are as stored."))
        return True

    def take_from_visit(self) -> tuple[int, int]:
        """The finished site visit's lines at the customer into the table: (added, updated)."""
        if self._stored is None:
            return 0, 0
        self._stored = containment.containment_of(self._stored.complaint_id)
        taken = take(self.lines(), self._stored.proposed())
        if taken.added or taken.updated:
            self.ui.lines.set_coils(taken.lines)
            self._lines_edited()
            text = self.tr("From the site visit: %1 lines added, %2 updated; save to keep them.")
            self._status(text.replace("%1", str(taken.added)).replace("%2", str(taken.updated)))
        else:
            self._status(self.tr("The lines already hold what the finished site visit counted."))
        return taken.added, taken.updated

    def discard(self) -> None:
        if self._stored is not None:
            self.show_case(self._stored.complaint_id)

    # ----- building ----------------------------------------------------------------------------
    def _setup(self) -> None:
        ui = self.ui
        ui.lines.configure()
        ui.add_line.clicked.connect(lambda: ui.lines.add_line())
        ui.remove_line.clicked.connect(ui.lines.remove_lines)
        ui.take_visit.clicked.connect(self.take_from_visit)
        self._take_tip = ui.take_visit.toolTip()
        ui.lines.edited.connect(self._lines_edited)
        self.save_button = self._button(self.tr("&Save"), "save_containment", self.save)
        self.save_button.setToolTip(self.tr("Save every containment line of the case (Ctrl+S)"))
        self.discard_button = self._button(self.tr("&Discard changes"), "discard", self.discard)
        ui.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        ui.buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.ResetRole)
        shortcut = QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        table = ui.totals
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(TOTAL_ROW_HEIGHT)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(FIGURE_WIDTH)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        show_message(ui.lines_error, "")
        show_message(ui.form_error, "")
        show_message(ui.visit_note, "")

    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.setMinimumHeight(32)
        button.clicked.connect(lambda: slot())
        return button

    def _show_rights(self) -> None:
        editable, ui = self.editable(), self.ui
        ui.lines.set_read_only(not editable)
        for widget in (ui.add_line, ui.remove_line, ui.take_visit, self.save_button,
                       self.discard_button):  # fmt: skip
            widget.setVisible(editable)
        proposed = self._stored.proposed() if self._stored is not None else []
        ui.take_visit.setEnabled(bool(proposed))
        no_visit = self.tr("The case has no finished site visit with coil lines.")
        ui.take_visit.setToolTip(self._take_tip if proposed else no_visit)

    # ----- as it is typed --------------------------------------------------------------------
    def _lines_edited(self) -> None:
        ui = self.ui
        ui.lines.fit_rows()
        show_message(ui.lines_error, "\n".join(ui.lines.marked_lines()))
        drafts = ui.lines.drafts()
        lang = current_language()
        figures = list(self._stored.figures) if self._stored is not None else []
        notes = differences(drafts, figures, lang)
        if notes:
            hint = self.tr("Take from the site visit to bring its figures in.")
            show_message(ui.visit_note, "\n".join([*notes.values(), hint]))
        else:
            show_message(ui.visit_note, "")
        clean, errors = check_lines(drafts, lang)
        self._show_totals(totals(clean))
        left_out = len({error.row for error in errors})
        note = self.tr("Lines with a problem, not counted until corrected: %n", "", left_out)
        show_message(ui.totals_note, note if left_out else "")

    def _show_totals(self, result) -> None:
        rows: list[tuple[str, str, Quantities]] = [
            (_place(place), unit, figures) for (place, unit), figures in result.by_place.items()
        ]
        everywhere = self.tr("All places")
        rows += [(everywhere, unit, figures) for unit, figures in result.overall.items()]
        table = self.ui.totals
        table.setRowCount(len(rows))
        for row, (place, unit, figures) in enumerate(rows):
            cells = [place, unit_label(unit) or unit]
            cells += [shown(getattr(figures, name)) for name in FIGURES]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if place == everywhere:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                if column == len(cells) - 1 and figures.undecided < Decimal(0):
                    item.setForeground(Qt.GlobalColor.red)
                table.setItem(row, column, item)
        self._fit_totals()

    def _fit_totals(self) -> None:
        """As wide as its columns and as tall as its rows (at most eight, then it scrolls):
        figures read beside their place, not across the window."""
        table, header = self.ui.totals, self.ui.totals.horizontalHeader()
        header.resizeSections(QHeaderView.ResizeMode.ResizeToContents)
        rows = min(max(table.rowCount(), 1), 8)
        bar = table.verticalScrollBar().sizeHint().width() if table.rowCount() > rows else 0
        frame = 2 * table.frameWidth()
        table.setFixedWidth(header.length() + frame + bar)
        table.setFixedHeight(header.sizeHint().height() + rows * TOTAL_ROW_HEIGHT + frame)

    # ----- refusals ----------------------------------------------------------------------------
    def _show_refusal(self, exc: ValidationError) -> None:
        other = []
        for error in exc.errors:
            if error.row is not None:
                self.ui.lines.mark(error.row, error.field, error.message)
            else:
                other.append(error.message)
        show_message(self.ui.lines_error, "\n".join([*other, *self.ui.lines.marked_lines()]))
        show_message(
            self.ui.form_error, self.tr("Nothing was saved: correct what is marked in red.")
        )
        cell = self.ui.lines.first_mark()
        if cell is not None:
            self.ui.lines.setCurrentCell(*cell)
            self.ui.scroll_area.ensureWidgetVisible(self.ui.lines)
        self.ui.lines.setFocus(Qt.FocusReason.OtherFocusReason)

    def _clear_marks(self) -> None:
        self.ui.lines.clear_marks()
        show_message(self.ui.lines_error, "")

    def _saved_text(self) -> str:
        stored = self._stored
        if stored is None or stored.saved_at is None:
            return self.tr("No containment recorded yet.")
        text = self.tr("Saved by %1 at %2.")
        return text.replace("%1", stored.saved_by).replace(
            "%2", shown_at(stored.saved_at, self._zone)
        )

    def _status(self, text: str) -> None:
        self.ui.status_line.setText(text)
        self.ui.status_line.setToolTip(text)


def _place(code: str) -> str:
    places = {p.value for p in ContainmentPlace}
    return ContainmentPlace(code).label(current_language()) if code in places else code
