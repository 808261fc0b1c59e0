"""Department settings: the defect-type list and the department's rules (ui/department_settings.ui).

The dialog only gathers what the person changed; services.department checks the whole batch and
writes it in one transaction, so a save lands whole or not at all. Each rule's input is named
after its setting key and has a `<key>_error` label beneath it, as on the complaint form.

What a person reads is the department's language, never a programmer's: defect types by their
names (the permanent code the core makes stays out of sight), coil-number forms in words, time
zones by name and offset. "Now" is the dialog's clock, so what it shows can be tested.
"""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontDatabase, QIcon
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QStyle,
    QWidget,
)

from qa_desktop.core import coil_forms, settings
from qa_desktop.core.clock import Clock, utc_now
from qa_desktop.core.errors import DatabaseError, FieldError, UserError, ValidationError
from qa_desktop.core.i18n import translate
from qa_desktop.core.services.complaints import preview_case_no
from qa_desktop.core.services.context import Actor
from qa_desktop.core.services.department import (
    apply_changes,
    department_settings,
)
from qa_desktop.core.services.reference import defect_types
from qa_desktop.core.settings import UserSettings
from qa_desktop.core.validation import coil_fits, normalize_coil_no
from qa_desktop.core.zones import zone_choices
from qa_desktop.gui.defect_table import (
    ERROR_BRUSH,
    IN_USE_COLUMN,
    NAME_EN_COLUMN,
    NAME_ZH_COLUMN,
    DefectLine,
    add_line,
    commit_open_cell,
    edits,
    line_at,
    mark_row,
    on_rows,
    show_line,
)
from qa_desktop.gui.field_errors import error_labels, show_message
from qa_desktop.gui.forms.ui_department_settings import Ui_DepartmentSettings
from qa_desktop.gui.screen_fit import fit_to_screen

# The rules' inputs are so named.
RULES = ("coil_number_forms", "time_zone", "case_prefix", "future_tolerance_minutes")
TABLE = "defect_types"  # the table's name, and the error field of its lines
MATCH_STYLE = "color: #1e6b30;"
NO_MATCH_STYLE = "color: #b3261e;"


class DepartmentDialog(QDialog):
    """Edit the defect-type list and the department's rules; `exec()` is true once saved."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        actor: Actor,
        clock: Clock = utc_now,
        user: UserSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_DepartmentSettings()
        self.ui.setupUi(self)
        fit_to_screen(self, QSize(820, 560), user, "department_settings")  # remembered per user
        self._actor = actor
        self._clock = clock
        self._previews: dict[tuple[str, str], str] = {}  # (prefix, zone) -> the next case number
        self._stored_lines: dict[str, DefectLine] = {}
        self._stored_rules: dict[str, Any] = {}
        self._error_labels = error_labels(self)
        self._setup_widgets()
        self._load()
        self._connect()
        self._clear_errors()

    # ----- what callers use ------------------------------------------------------------------
    def lines(self) -> list[DefectLine]:
        """Every line of the table as typed, in the table's order."""
        table = self.ui.defect_types
        return [line_at(table, row) for row in range(table.rowCount())]

    def rules(self) -> dict[str, Any]:
        """The rules as typed (text, or the spin box's number)."""
        ui = self.ui
        return {
            "coil_number_forms": "\n".join(coil_forms.parse(ui.coil_number_forms.toPlainText())),
            "time_zone": self._typed_zone(),
            "case_prefix": ui.case_prefix.text().strip(),
            "future_tolerance_minutes": ui.future_tolerance_minutes.value(),
        }

    def is_modified(self) -> bool:
        """Whether anything differs from what is stored."""
        return bool(self._changed_lines() or self._changed_rules())

    def reject(self) -> None:
        """Cancel, Esc or the window's close button: ask before throwing changes away."""
        commit_open_cell(self.ui.defect_types)  # a name still being typed is a change too
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

    def save(self) -> bool:
        """What the Save button does: send what changed to the core, all or nothing."""
        commit_open_cell(self.ui.defect_types)
        self._clear_errors()
        if not self._write(self._changed_lines(), self._changed_rules()):
            return False
        self.accept()
        return True

    # ----- building --------------------------------------------------------------------------
    def _setup_widgets(self) -> None:
        ui = self.ui
        header = ui.defect_types.horizontalHeader()
        for column, mode in (
            (NAME_EN_COLUMN, QHeaderView.ResizeMode.Stretch),
            (NAME_ZH_COLUMN, QHeaderView.ResizeMode.Stretch),
            (IN_USE_COLUMN, QHeaderView.ResizeMode.ResizeToContents),
        ):
            header.setSectionResizeMode(column, mode)
        # A form is read character by character: a fixed-width font keeps l/1 and O/0 apart.
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        for widget in (ui.coil_number_forms, ui.coil_number_forms_described, ui.coil_test):
            widget.setFont(fixed)
        for key in RULES:
            # The registry's description is the one explanation of a setting, kept with it.
            getattr(ui, f"{key}_hint").setText(
                translate("Settings", settings.spec(key).description)
            )
        self._setup_zone_search()
        save_button = ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        save_button.setToolTip(self.tr("Save the changes on both tabs"))

    def _setup_zone_search(self) -> None:
        """Typing any part of a zone's name (shang, Berlin, UTC+08) offers the zones that have it."""
        combo = self.ui.time_zone
        completer = QCompleter(combo.model(), combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        combo.setCompleter(completer)

    def _connect(self) -> None:
        ui = self.ui
        ui.button_box.accepted.connect(self.save)
        ui.button_box.rejected.connect(self.reject)
        ui.add_defect_type.clicked.connect(lambda: add_line(ui.defect_types))
        ui.coil_number_forms.textChanged.connect(self._try_coil)
        ui.coil_test.textChanged.connect(self._try_coil)
        ui.time_zone.currentTextChanged.connect(lambda _text: self._zone_edited())
        # Part of a name is a search, not a mistake: the problem is said once typing is done.
        ui.time_zone.lineEdit().editingFinished.connect(lambda: self._zone_edited(say=True))
        ui.case_prefix.textChanged.connect(self._show_case_example)

    def _load(self) -> None:
        table = self.ui.defect_types
        table.setRowCount(0)
        for defect in defect_types(active_only=False):
            line = DefectLine.of(defect)
            self._stored_lines[line.code] = line
            show_line(table, table.rowCount(), line, insert=True)
        self._stored_rules = department_settings()
        if not self._stored_rules["time_zone"]:  # a file from before the setting: this PC's
            self._stored_rules["time_zone"] = settings.department_zone().key
        ui = self.ui
        ui.coil_number_forms.setPlainText(self._stored_rules["coil_number_forms"])
        self._load_zones(self._stored_rules["time_zone"])
        ui.case_prefix.setText(self._stored_rules["case_prefix"])
        ui.future_tolerance_minutes.setValue(self._stored_rules["future_tolerance_minutes"])

    def _load_zones(self, current: str) -> None:
        """Every zone with today's offset (the dialog's clock), the department's chosen."""
        combo = self.ui.time_zone
        combo.blockSignals(True)
        combo.clear()
        for choice in zone_choices(self._clock(), current):
            combo.addItem(choice.label, choice.key)
        combo.setCurrentIndex(combo.findData(current))
        combo.blockSignals(False)

    def _changed_lines(self) -> dict[int, DefectLine]:
        """Table row -> cleaned line: new lines that are not blank, and edited stored ones."""
        changed: dict[int, DefectLine] = {}
        for row, line in enumerate(self.lines()):
            clean = line.cleaned()
            if clean.stored:
                edited = clean != self._stored_lines.get(clean.code)
            else:
                edited = not clean.is_blank()  # an added line left empty is no change
            if edited:
                changed[row] = clean
        return changed

    def _changed_rules(self) -> dict[str, Any]:
        typed = self.rules()
        return {key: value for key, value in typed.items() if value != self._stored_rules[key]}

    # ----- writing ---------------------------------------------------------------------------
    def _write(self, lines: dict[int, DefectLine], rules: dict[str, Any]) -> bool:
        """One transaction for the whole batch: on any refusal nothing at all was saved."""
        try:
            apply_changes(edits(lines), rules, self._actor, self._clock)
        except ValidationError as exc:
            problems = on_rows(exc.errors, list(lines))
            self._show_errors(
                problems, self.tr("Nothing was saved: correct what is marked in red.")
            )
            return False
        except DatabaseError as exc:  # busy, full, damaged: the sentence says nothing was saved
            show_message(self.ui.form_error, str(exc))
            return False
        except UserError as exc:  # refused while writing: no field to mark
            show_message(
                self.ui.form_error, self.tr("Nothing was saved: %1").replace("%1", str(exc))
            )
            return False
        return True

    # ----- rules, live -----------------------------------------------------------------------
    def _rules_edited(self) -> None:
        self._try_coil()
        self._zone_edited()

    def _try_coil(self) -> None:
        """Say in words what the typed forms accept, and whether the typed coil number fits
        them, as the service would decide."""
        ui = self.ui
        typed = self.rules()["coil_number_forms"]
        result = ui.coil_test_result
        try:
            settings.validate("coil_number_forms", typed)
        except UserError as exc:
            show_message(ui.coil_number_forms_error, str(exc))
            show_message(ui.coil_number_forms_described, "")
            result.clear()
            return
        show_message(ui.coil_number_forms_error, "")
        show_message(ui.coil_number_forms_described, self._forms_in_words(typed))
        coil = normalize_coil_no(ui.coil_test.text())  # shown as it will be stored
        if not coil:
            result.clear()
            return
        fits = coil_fits(coil, coil_forms.parse(typed))  # the rule registration applies
        text = self.tr("%1 fits") if fits else self.tr("%1 does not fit")
        result.setText(text.replace("%1", coil))
        result.setStyleSheet(MATCH_STYLE if fits else NO_MATCH_STYLE)

    def _forms_in_words(self, typed: str) -> str:
        """One line per form: the form, what it stands for, a number that fits it."""
        forms = coil_forms.parse(typed)
        if not forms:
            rule = coil_forms.describe_all(forms)[0]
            return self.tr("No forms: %1").replace("%1", rule)
        line = self.tr("%1: %2, e.g. %3")
        return "\n".join(
            line.replace("%1", form)
            .replace("%2", coil_forms.describe(form))
            .replace("%3", coil_forms.example(form))
            for form in forms
        )

    def _typed_zone(self) -> str:
        """The zone key the combo's text names: a listed label, or a key typed as such."""
        combo = self.ui.time_zone
        text = combo.currentText().strip()
        index = combo.findText(text, Qt.MatchFlag.MatchFixedString)
        if index < 0:
            index = combo.findData(text.split(" (", 1)[0], flags=Qt.MatchFlag.MatchFixedString)
        return combo.itemData(index) if index >= 0 else text

    def _zone_edited(self, *, say: bool = False) -> None:
        """Check the typed zone as the service will, and show what time it is there now;
        `say`: also say why the text is no zone (else only a zone found clears the problem)."""
        ui = self.ui
        key = self._typed_zone()
        try:
            settings.validate("time_zone", key)
        except UserError as exc:
            if say:
                show_message(ui.time_zone_error, str(exc))
            ui.time_zone_example.clear()
            self._show_case_example()
            return
        show_message(ui.time_zone_error, "")
        there = self._clock().astimezone(ZoneInfo(key))
        ui.time_zone_example.setText(
            self.tr("Time there now: %1").replace("%1", f"{there:%Y-%m-%d %H:%M}")
        )
        self._show_case_example()

    def _zone(self) -> ZoneInfo | None:
        """The zone as typed if it is one, else None (the stored department zone)."""
        key = self._typed_zone()
        try:
            settings.validate("time_zone", key)
        except UserError:
            return None
        return ZoneInfo(key)

    def _show_case_example(self) -> None:
        """The next case number, its year as it is now (the dialog's clock) in the zone chosen."""
        ui = self.ui
        prefix = self.rules()["case_prefix"]
        try:
            settings.validate("case_prefix", prefix)
        except UserError as exc:
            show_message(ui.case_prefix_error, str(exc))
            ui.case_prefix_example.clear()
            return
        show_message(ui.case_prefix_error, "")
        zone = self._zone()
        key = (prefix, zone.key if zone else "")
        if key not in self._previews:  # typing a zone name changes little: ask the file once
            self._previews[key] = preview_case_no(prefix, self._clock(), zone)
        example = self._previews[key]
        ui.case_prefix_example.setText(self.tr("The next case will be %1").replace("%1", example))

    # ----- errors ----------------------------------------------------------------------------
    def _clear_errors(self) -> None:
        for label in [*self._error_labels.values(), self.ui.form_error]:
            show_message(label, "")
        for tab in range(self.ui.tabs.count()):
            self.ui.tabs.setTabIcon(tab, QIcon())
        table = self.ui.defect_types
        for row in range(table.rowCount()):
            mark_row(table, row, None, "")
        self._rules_edited()  # what the live checks say stays said

    def _show_errors(self, problems: list[FieldError], status: str) -> None:
        table_lines, elsewhere = [], []
        for problem in problems:
            if problem.row is not None:
                mark_row(self.ui.defect_types, problem.row, ERROR_BRUSH, problem.message)
                line = self.tr("Line %1: %2").replace("%1", str(problem.row + 1))
                table_lines.append(line.replace("%2", problem.message))
            elif problem.field in self._error_labels:
                show_message(self._error_labels[problem.field], problem.message)
            else:  # a rule this screen has no input for: said where it cannot be missed
                elsewhere.append(problem.message)
        if table_lines:
            show_message(self.ui.defect_types_error, "\n".join(table_lines))
        show_message(self.ui.form_error, "\n".join([status, *elsewhere]))
        self._point_at(problems)

    def _point_at(self, problems: list[FieldError]) -> None:
        """Flag every tab with a problem, and show the first of them."""
        ui = self.ui
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        tabs = sorted({ui.tabs.indexOf(self._tab_of(problem)) for problem in problems})
        for tab in tabs:
            ui.tabs.setTabIcon(tab, warning)
        ui.tabs.setCurrentIndex(tabs[0])
        first = min(problems, key=lambda p: (ui.tabs.indexOf(self._tab_of(p)), p.row or 0))
        if first.row is not None:
            ui.defect_types.scrollToItem(ui.defect_types.item(first.row, NAME_EN_COLUMN))
        elif hasattr(ui, first.field):
            getattr(ui, first.field).setFocus(Qt.FocusReason.OtherFocusReason)

    def _tab_of(self, problem: FieldError) -> QWidget:
        return self.ui.defects_tab if problem.field == TABLE else self.ui.rules_tab
