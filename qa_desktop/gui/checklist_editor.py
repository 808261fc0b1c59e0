"""A new version of a checklist template (ui/checklist_editor.ui), prefilled from the version
the templates dialog shows.

One table row per item: its key (kept for an item the version had, typed for a new one), kind,
English and Chinese label, required, unit (number items only) and choices (choice items only,
edited in the table below for the selected item: code, English, Chinese). Save checks every
row by the core's own rules (checklists.template_from_json, one item at a time, so each
refusal lands on its row), then stores the items as the code's next version through
services.checklists.save_new_version. The version it started from is never changed.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qa_desktop.core.checklists import ChecklistTemplate, ItemKind
from qa_desktop.core.clock import Clock, utc_now
from qa_desktop.core.errors import UserError
from qa_desktop.core.services import checklists
from qa_desktop.core.services.context import Actor
from qa_desktop.core.settings import UserSettings
from qa_desktop.core.text import single_spaced
from qa_desktop.gui.checklist_choices import ChoicesPanel
from qa_desktop.gui.checklist_rows import ItemRow, check_rows, highest, refusal
from qa_desktop.gui.checklist_words import choices_detail, choices_summary, kind_choices
from qa_desktop.gui.coil_table import ERROR_BRUSH
from qa_desktop.gui.field_errors import show_message
from qa_desktop.gui.forms.ui_checklist_editor import Ui_ChecklistEditorForm
from qa_desktop.gui.screen_fit import fit_to_screen
from qa_desktop.gui.values import fill, unit_choices

KEY, KIND, LABEL_EN, LABEL_ZH, REQUIRED, UNIT, CHOICES = range(7)
TEXT_COLUMNS = {KEY: "key", LABEL_EN: "label_en", LABEL_ZH: "label_zh"}
SHOWN_PROBLEMS = 3  # lines under the table; the rest are marked in it
PREFERRED_SIZE = QSize(1200, 680)
CHECKED, UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked


class ChecklistEditor(QDialog):
    """`exec()`/`open()`; once accepted, `saved` is the version stored."""

    def __init__(
        self,
        base: ChecklistTemplate,
        parent: QWidget | None = None,
        *,
        actor: Actor,
        clock: Clock = utc_now,
        user: UserSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ChecklistEditorForm()
        self.ui.setupUi(self)
        self._base, self._actor, self._clock = base, actor, clock
        self._top = highest(base.code)  # the service refuses a save if another came in between
        self.saved: ChecklistTemplate | None = None
        self.rows = [ItemRow.of(item) for item in base.items]
        self._loading = False
        self.choices = ChoicesPanel(self.ui, self)
        self.choices.edited.connect(self._choices_edited)
        self._setup()
        self._render(0 if self.rows else None)
        fit_to_screen(self, PREFERRED_SIZE, user, "checklist_editor")

    # ----- what callers use ------------------------------------------------------------------
    def template(self) -> ChecklistTemplate:
        """The items as edited (numbered as the base; the service gives the next number)."""
        ui = self.ui
        return ChecklistTemplate(
            self._base.code,
            self._base.version,
            single_spaced(ui.name_en.text()),
            single_spaced(ui.name_zh.text()),
            tuple(row.item() for row in self.rows),
        )

    def combo(self, number: int, column: int) -> QComboBox:
        """The kind (KIND) or unit (UNIT) box of a row."""
        box = self.ui.items.cellWidget(number, column).findChild(QComboBox)
        assert isinstance(box, QComboBox)
        return box

    def is_modified(self) -> bool:
        return self.template() != self._base

    def add_item(self) -> int:
        """A new row at the end, its key cell open for typing; returns its row."""
        self._commit_open_cells()
        self.rows.append(ItemRow())
        row = len(self.rows) - 1
        self._render(row, KEY)
        self.ui.items.editItem(self.ui.items.item(row, KEY))
        return row

    def remove_item(self) -> None:
        row = self.ui.items.currentRow()
        if 0 <= row < len(self.rows):
            self._commit_open_cells()
            del self.rows[row]
            self._render(min(row, len(self.rows) - 1) if self.rows else None)

    def move_item(self, step: int) -> None:
        row = self.ui.items.currentRow()
        other = row + step
        if 0 <= row < len(self.rows) and 0 <= other < len(self.rows):
            self._commit_open_cells()
            self.rows[row], self.rows[other] = self.rows[other], self.rows[row]
            self._render(other, self.ui.items.currentColumn())

    def save(self) -> bool:
        """Check every row, then store the next version; on a refusal nothing is written and
        the sentence is beside its row (or its field)."""
        self._commit_open_cells()
        template = self.template()
        name_problem, form_problem = self._check(template)
        show_message(self.ui.name_error, name_problem)
        first = self._first_problem()
        self._render(self.ui.items.currentRow() if first is None else first, KEY)
        if name_problem or form_problem or any(row.problem for row in self.rows):
            self._show_problems(form_problem)
            return False
        try:
            self.saved = checklists.save_new_version(
                template, self._actor, self._clock, based_on=self._top
            )
        except UserError as exc:  # no right to edit, a busy or damaged file: nothing written
            self._show_problems(str(exc))
            return False
        self.accept()
        return True

    def reject(self) -> None:
        """Cancel, Esc or the close button: ask before throwing edits away."""
        self._commit_open_cells()
        if self.is_modified():
            answer = QMessageBox.question(
                self,
                self.windowTitle(),
                self.tr("Discard your changes?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()

    # ----- building --------------------------------------------------------------------------
    def _setup(self) -> None:
        ui, base = self.ui, self._base
        text = self.tr("Checklist “%1”, from version %2: Save stores it as version %3.")
        for marker, value in (("%1", base.code), ("%2", str(base.version)),
                              ("%3", str(self._top + 1))):  # fmt: skip
            text = text.replace(marker, value)
        ui.heading.setText(text)
        ui.name_en.setText(base.name_en)
        ui.name_zh.setText(base.name_zh)
        for table in (ui.items, ui.choices):
            table.setEditTriggers(
                QAbstractItemView.EditTrigger.DoubleClicked
                | QAbstractItemView.EditTrigger.EditKeyPressed
                | QAbstractItemView.EditTrigger.AnyKeyPressed
            )
        header = ui.items.horizontalHeader()
        for column in (LABEL_EN, LABEL_ZH, CHOICES):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        for column in (KEY, KIND, REQUIRED, UNIT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.sectionResized.connect(lambda *_: ui.items.resizeRowsToContents())
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 1)
        ui.items.itemChanged.connect(self._item_edited)
        ui.items.currentCellChanged.connect(lambda *_: self._current_moved())
        ui.add_item.clicked.connect(self.add_item)
        ui.remove_item.clicked.connect(self.remove_item)
        ui.move_up.clicked.connect(lambda: self.move_item(-1))
        ui.move_down.clicked.connect(lambda: self.move_item(1))
        ui.buttons.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        ui.buttons.rejected.connect(self.reject)
        show_message(ui.name_error, "")
        show_message(ui.items_error, "")

    def _render(self, current: int | None, column: int = LABEL_EN) -> None:
        """The table from `rows` (after a row came, went or moved, and to show marks)."""
        table = self.ui.items
        with self._quietly():
            table.setRowCount(0)
            table.setRowCount(len(self.rows))
            for number, row in enumerate(self.rows):
                self._fill_row(number, row)
        table.resizeRowsToContents()
        if current is not None and 0 <= current < len(self.rows):
            table.setCurrentCell(current, column)
        self._current_moved()

    def _fill_row(self, number: int, row: ItemRow) -> None:
        table = self.ui.items
        for column, name in TEXT_COLUMNS.items():
            table.setItem(number, column, QTableWidgetItem(getattr(row, name)))
        key = table.item(number, KEY)
        if row.stored:
            key.setFlags(key.flags() & ~Qt.ItemFlag.ItemIsEditable)
            key.setToolTip(
                self.tr("The key of an item the version had stays: answers are kept under it.")
            )
        required = QTableWidgetItem()
        required.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemIsSelectable
        )
        required.setCheckState(CHECKED if row.required else UNCHECKED)
        table.setItem(number, REQUIRED, required)
        summary = QTableWidgetItem()
        summary.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        table.setItem(number, CHOICES, summary)
        table.setCellWidget(number, KIND, _centred(self._kind_box(number, row)))
        table.setCellWidget(number, UNIT, _centred(self._unit_box(number, row)))
        self._show_summary(number)
        self._mark(number)

    def _kind_box(self, number: int, row: ItemRow) -> QComboBox:
        box = QComboBox()
        for kind, label in kind_choices():
            box.addItem(label, kind.value)
        box.setCurrentIndex(box.findData(row.kind.value))
        box.currentIndexChanged.connect(lambda _i, n=number, b=box: self._kind_chosen(n, b))
        return box

    def _unit_box(self, number: int, row: ItemRow) -> QComboBox:
        box = QComboBox()
        fill(box, unit_choices())
        box.setCurrentIndex(max(box.findData(row.unit), 0))
        box.setEnabled(row.kind is ItemKind.NUMBER_WITH_UNIT)
        box.currentIndexChanged.connect(lambda _i, n=number, b=box: self._unit_chosen(n, b))
        return box

    # ----- edits -----------------------------------------------------------------------------
    def _item_edited(self, cell: QTableWidgetItem) -> None:
        if self._loading:
            return
        row = self.rows[cell.row()]
        if cell.column() in TEXT_COLUMNS:
            setattr(row, TEXT_COLUMNS[cell.column()], cell.text())
        elif cell.column() == REQUIRED:
            row.required = cell.checkState() == CHECKED
        else:
            return
        self._edited(cell.row())

    def _kind_chosen(self, number: int, box: QComboBox) -> None:
        row = self.rows[number]
        row.kind = ItemKind(box.currentData())
        unit = self.combo(number, UNIT)
        unit.setEnabled(row.kind is ItemKind.NUMBER_WITH_UNIT)
        self._show_summary(number)
        self._edited(number)
        self._current_moved()

    def _unit_chosen(self, number: int, box: QComboBox) -> None:
        self.rows[number].unit = box.currentData() or ""
        self._edited(number)

    def _edited(self, number: int) -> None:
        """A changed row's old sentence no longer holds: its mark goes."""
        if self.rows[number].problem:
            self.rows[number].problem = ""
            self._mark(number)
            self._show_problems("")

    # ----- the selected row ------------------------------------------------------------------
    def _current_moved(self) -> None:
        ui = self.ui
        number = ui.items.currentRow()
        row = self.rows[number] if 0 <= number < len(self.rows) else None
        for button, enabled in (
            (ui.remove_item, row is not None),
            (ui.move_up, row is not None and number > 0),
            (ui.move_down, row is not None and number < len(self.rows) - 1),
        ):
            button.setEnabled(enabled)
        self.choices.show(row, number)

    def _choices_edited(self) -> None:
        number = self.ui.items.currentRow()
        self._show_summary(number)
        self._edited(number)

    def _show_summary(self, number: int) -> None:
        cell = self.ui.items.item(number, CHOICES)
        choices = self.rows[number].item().choices
        with self._quietly():
            cell.setText(choices_summary(choices))
            cell.setToolTip(choices_detail(choices))

    # ----- checking ----------------------------------------------------------------------------
    def _check(self, template: ChecklistTemplate) -> tuple[str, str]:
        """Each row's problem into the row, by the core's rules; (the name's, the form's)."""
        name = check_rows(self.rows, template)
        if name or any(row.problem for row in self.rows):
            return name, ""
        return "", self._form_problem(template)

    def _form_problem(self, template: ChecklistTemplate) -> str:
        if not template.items:
            return self.tr("A checklist needs at least one item: add one.")
        if template == self._base:
            return self.tr(
                "Nothing differs from version %1: change an item or the name, or cancel."
            ).replace("%1", str(self._base.version))
        return refusal(template)

    def _first_problem(self) -> int | None:
        return next((n for n, row in enumerate(self.rows) if row.problem), None)

    def _mark(self, number: int) -> None:
        """Colour the row with a problem and keep its sentence as the tooltip."""
        table, problem = self.ui.items, self.rows[number].problem
        detail = choices_detail(self.rows[number].item().choices)
        with self._quietly():
            for column in (KEY, LABEL_EN, LABEL_ZH, REQUIRED, CHOICES):
                cell = table.item(number, column)
                cell.setBackground(ERROR_BRUSH if problem else QBrush())
                if column == CHOICES:
                    cell.setToolTip(problem or detail)
                elif column != KEY or not self.rows[number].stored:
                    cell.setToolTip(problem)
            header = QTableWidgetItem(f"{number + 1} ⚠" if problem else str(number + 1))
            header.setToolTip(problem)
            table.setVerticalHeaderItem(number, header)

    def _show_problems(self, form_problem: str) -> None:
        """The sentences beside the table: "Item 3: …" for marked rows, then the form's."""
        lines = [
            self.tr("Item %1: %2").replace("%1", str(number + 1)).replace("%2", row.problem)
            for number, row in enumerate(self.rows)
            if row.problem
        ]
        if len(lines) > SHOWN_PROBLEMS:
            more = self.tr("%n more item(s) marked in the table.", "", len(lines) - SHOWN_PROBLEMS)
            lines = [*lines[:SHOWN_PROBLEMS], more]
        show_message(
            self.ui.items_error, "\n".join([*lines, form_problem] if form_problem else lines)
        )

    def _commit_open_cells(self) -> None:
        """A cell still being typed in counts (Save clicked without leaving it)."""
        table = self.ui.items
        if table.state() == QAbstractItemView.State.EditingState:
            editor = table.indexWidget(table.currentIndex())
            if editor is not None:
                table.commitData(editor)
        self.choices.commit_open_cell()

    @contextmanager
    def _quietly(self) -> Iterator[None]:
        """Changes the editor makes itself (loading, marking) are no edits."""
        before, self._loading = self._loading, True
        try:
            yield
        finally:
            self._loading = before

    def sizeHint(self) -> QSize:
        return PREFERRED_SIZE


def _centred(box: QComboBox) -> QWidget:
    """A box at its own height in the middle of a row that wrapped labels make taller."""
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(2, 0, 2, 0)
    layout.addWidget(box, 0, Qt.AlignmentFlag.AlignVCenter)
    return holder
