"""Tools → Checklist templates (ui/checklist_templates.ui): every stored version of the site-
visit checklists on the left (code, version, name, the current one, how many visits were planned
with it), the chosen version's items on the right, read only.

Whoever may edit (Action.EDIT: QA engineers and managers) imports a file, or makes a new version
in the editor (checklist_editor.py) from the version shown; everyone may export a version as
the JSON file an import reads back. A version is never changed, so a visit planned before keeps
the items it was planned with. Outcomes and refusals are one sentence in the dialog.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QSize, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from qa_desktop.core import settings
from qa_desktop.core.checklists import ChecklistTemplate
from qa_desktop.core.clock import Clock, from_storage, utc_now
from qa_desktop.core.errors import UserError
from qa_desktop.core.i18n import current_language
from qa_desktop.core.models import ChecklistTemplateVersion
from qa_desktop.core.services import accounts, checklists
from qa_desktop.core.services.context import SYSTEM, Actor
from qa_desktop.core.settings import UserSettings
from qa_desktop.core.vocab import Action
from qa_desktop.gui.checklist_words import (
    choices_detail,
    choices_summary,
    item_unit,
    kind_label,
    required_word,
)
from qa_desktop.gui.forms.ui_checklist_templates import Ui_ChecklistTemplatesForm
from qa_desktop.gui.screen_fit import fit_to_screen
from qa_desktop.gui.visit_rights import may

PREFERRED_SIZE = QSize(1240, 640)
CODE, VERSION, NAME, CURRENT, VISITS = range(5)
LABEL_EN, LABEL_ZH, KIND, REQUIRED, UNIT, CHOICES = range(6)
ID_ROLE = Qt.ItemDataRole.UserRole
ERROR_STYLE = "color: #b3261e;"


class ChecklistsDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        actor: Actor,
        clock: Clock = utc_now,
        user: UserSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ChecklistTemplatesForm()
        self.ui.setupUi(self)
        self._actor, self._clock, self._user = actor, clock, user
        self.editable = may(actor, Action.EDIT)
        self.editor = None  # the open ChecklistEditor, if any
        self.import_button = QPushButton(self.tr("&Import a file…"), self)
        self.export_button = QPushButton(self.tr("&Export…"), self)
        self.new_button = QPushButton(self.tr("&New version…"), self)
        self._place(self.import_button, self.editable)
        self._place(self.export_button, True)  # reading: anyone may take a copy
        self._place(self.new_button, self.editable)
        self.import_button.clicked.connect(self.ask_import)
        self.export_button.clicked.connect(self.ask_export)
        self.new_button.clicked.connect(self.new_version)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.versions.itemSelectionChanged.connect(self._show_selected)
        self._setup_tables()
        if not self.editable:
            note = self.tr("%1 Only a QA engineer or manager imports or edits templates.")
            self.ui.heading.setText(note.replace("%1", self.ui.heading.text()))
        self.say("")
        self.reload()
        fit_to_screen(self, PREFERRED_SIZE, user, "checklist_templates")

    # ----- what callers use ------------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        """The stored versions; `select_id` (or the current default template) chosen."""
        rows = checklists.versions()
        current, used = checklists.current_ids(), checklists.visit_counts()
        table = self.ui.versions
        table.blockSignals(True)
        table.setRowCount(len(rows))
        for number, row in enumerate(rows):
            cells = (
                row.code,
                str(row.version),
                _name(row.name_en, row.name_zh),
                self.tr("Current") if row.id in current else "",
                str(used.get(row.id, 0)),
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(ID_ROLE, row.id)
                if column in (VERSION, VISITS):
                    cell.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(number, column, cell)
        table.blockSignals(False)
        table.resizeRowsToContents()
        wanted = select_id if select_id is not None else _default_current(rows, current)
        ids = [row.id for row in rows]
        table.selectRow(ids.index(wanted) if wanted in ids else 0)
        self._show_selected()

    def selected(self) -> ChecklistTemplateVersion | None:
        cell = self.ui.versions.item(self.ui.versions.currentRow(), CODE)
        return ChecklistTemplateVersion.get_or_none(id=cell.data(ID_ROLE)) if cell else None

    def say(self, text: str, error: bool = False) -> None:
        self.ui.message.setText(text)
        self.ui.message.setStyleSheet(ERROR_STYLE if error else "")
        self.ui.message.setVisible(bool(text))

    def import_file(self, path: Path) -> bool:
        """Store the version a file holds (a second import of it changes nothing)."""
        try:
            template, new = checklists.import_template(path, self._actor, self._clock)
        except UserError as exc:
            self.say(str(exc), error=True)
            return False
        row = checklists.find(template.code, template.version)
        self.reload(row.id)
        if not new:
            text = self.tr(
                "%3 holds version %1 of “%2”, stored already with the same items; nothing changed."
            )
            self.say(_filled(text, template, path.name))
            return True
        top = checklists.current(template.code)
        if top.version != template.version:
            text = self.tr("Version %1 of “%2” is stored from %3; version %4 stays current.")
            text = text.replace("%4", str(top.version))
        elif template.code == checklists.DEFAULT_CODE:  # the checklist visits are planned with
            text = self.tr(
                "Version %1 of “%2” is stored from %3; new visits are filled against it."
            )
        else:
            text = self.tr("Version %1 of “%2” is stored from %3; it is now the current version.")
        self.say(_filled(text, template, path.name))
        return True

    def export_to(self, path: Path) -> bool:
        row = self.selected()
        if row is None:
            return False
        try:
            written = checklists.export_template(row, path)
        except UserError as exc:
            self.say(str(exc), error=True)
            return False
        text = self.tr("Version %1 of “%2” was written to %3.")
        self.say(_filled(text, checklists.template_of(row), str(written)))
        return True

    def new_version(self):
        """The editor for a new version from the one shown, window-modal; on Save the new
        version is listed and chosen."""
        from qa_desktop.gui.checklist_editor import ChecklistEditor  # on first use

        row = self.selected()
        if row is None or not self.editable:
            return None
        self.editor = ChecklistEditor(
            checklists.template_of(row), self, actor=self._actor, clock=self._clock,
            user=self._user,
        )  # fmt: skip
        self.editor.accepted.connect(self._version_saved)
        self.editor.open()
        return self.editor

    # ----- file dialogs (tests replace these) ---------------------------------------------------
    def ask_import(self) -> None:
        path = self.choose_import_path()
        if path is not None:
            self.import_file(path)

    def ask_export(self) -> None:
        row = self.selected()
        if row is None:
            return
        path = self.choose_export_path(f"{row.code}-v{row.version}.json")
        if path is not None:
            self.export_to(path)

    def choose_import_path(self) -> Path | None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a checklist template"), _documents(),
            self.tr("Checklist templates (*.json)"),
        )  # fmt: skip
        return Path(chosen) if chosen else None

    def choose_export_path(self, name: str) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export a checklist template"), str(Path(_documents()) / name),
            self.tr("Checklist templates (*.json)"),
        )  # fmt: skip
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix else path.with_name(path.name + ".json")

    # ----- inside ------------------------------------------------------------------------------
    def _setup_tables(self) -> None:
        versions = self.ui.versions.horizontalHeader()
        versions.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        versions.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        items = self.ui.items.horizontalHeader()
        items.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (LABEL_EN, LABEL_ZH, CHOICES):
            items.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        # Wrapped labels need their rows' heights again whenever a column's width changes.
        items.sectionResized.connect(lambda *_: self.ui.items.resizeRowsToContents())
        self.ui.splitter.setStretchFactor(0, 2)
        self.ui.splitter.setStretchFactor(1, 3)
        self.ui.splitter.setSizes([420, 780])

    def _show_selected(self) -> None:
        row = self.selected()
        self.export_button.setEnabled(row is not None)
        self.new_button.setEnabled(row is not None)
        if row is None:
            self.ui.version_info.setText(self.tr("No checklist template is stored."))
            self.ui.items.setRowCount(0)
            return
        template = checklists.template_of(row)
        stored = from_storage(row.created_at).astimezone(settings.department_zone())
        text = self.tr("Version %1 of “%2”, stored %3 by %4.")
        for marker, value in (
            ("%1", str(row.version)),
            ("%2", _name(row.name_en, row.name_zh)),
            ("%3", f"{stored:%Y-%m-%d %H:%M}"),
            ("%4", _person(row.created_by)),
        ):
            text = text.replace(marker, value)
        self.ui.version_info.setText(text)
        self._show_items(template)

    def _show_items(self, template: ChecklistTemplate) -> None:
        table = self.ui.items
        table.setRowCount(len(template.items))
        for number, item in enumerate(template.items):
            cells = (
                item.label_en,
                item.label_zh,
                kind_label(item.kind),
                required_word(item.required),
                item_unit(item.kind, item.unit),
                choices_summary(item.choices),
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(choices_detail(item.choices) if column == CHOICES else text)
                table.setItem(number, column, cell)
            header = QTableWidgetItem(str(number + 1))
            header.setToolTip(item.key)
            table.setVerticalHeaderItem(number, header)
        table.resizeRowsToContents()

    def _version_saved(self) -> None:
        editor, self.editor = self.editor, None
        saved = editor.saved if editor is not None else None
        if saved is None:
            return
        self.reload(checklists.find(saved.code, saved.version).id)
        text = (
            self.tr("Version %1 of “%2” is stored; new visits are filled against it.")
            if saved.code == checklists.DEFAULT_CODE
            else self.tr("Version %1 of “%2” is stored; it is now the current version.")
        )
        self.say(_filled(text, saved, ""))

    def _place(self, button: QPushButton, shown: bool) -> None:
        """A button that does not apply is out of the box, not a disabled puzzle."""
        if shown:
            self.ui.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        else:
            button.hide()

    def sizeHint(self) -> QSize:
        return PREFERRED_SIZE


def _name(en: str, zh: str) -> str:
    return (zh or en) if current_language() == "zh_CN" else (en or zh)


def _filled(text: str, template: ChecklistTemplate, where: str) -> str:
    """%1 the version, %2 the name, %3 the file, in one pass (a name may hold "%3")."""
    values = {
        "1": str(template.version),
        "2": _name(template.name_en, template.name_zh),
        "3": where,
    }
    return re.sub(r"%([123])", lambda found: values[found[1]], text)


def _default_current(rows: list[ChecklistTemplateVersion], current: set[int]) -> int | None:
    """The current version of the site-visit checklist, or of any code."""
    ids = [row.id for row in rows if row.id in current]
    default = [row.id for row in rows if row.id in current and row.code == checklists.DEFAULT_CODE]
    return (default or ids or [None])[0]


def _person(user_id: str) -> str:
    if user_id == SYSTEM.user_id:
        return SYSTEM.name
    try:
        return accounts.actor_of(accounts.account(user_id)).name
    except UserError:
        return user_id


def _documents() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
