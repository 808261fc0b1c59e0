"""Exporting a visit pack (ui/pack_export.ui). At the factory: the complaints and whose laptop
they go to; on a field laptop (a database a pack made): the return pack of its user's visits.
Signed with the exporter's key, so the password is asked; the writing runs in a Task."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QWidget

from qa_desktop.core.clock import Clock, utc_now
from qa_desktop.core.exchange.pack_format import SUFFIX
from qa_desktop.core.services import keys, visits
from qa_desktop.core.services.context import Actor
from qa_desktop.gui.field_errors import show_message
from qa_desktop.gui.forms.ui_pack_export import Ui_PackExportForm
from qa_desktop.gui.password_task import PasswordTaskDialog


def on_laptop() -> bool:
    """Whether this database came from a visit pack (its keys are certified elsewhere)."""
    return keys.department_database() != keys.database_uuid()


class PackExportDialog(PasswordTaskDialog):
    def __init__(
        self,
        actor: Actor,
        parent: QWidget | None = None,
        *,
        case_no: str = "",
        folder: Path | None = None,
        clock: Clock = utc_now,
    ) -> None:
        super().__init__(parent)
        self.actor, self.clock = actor, clock
        self.returning = on_laptop()
        self.exported = None
        self.ui = Ui_PackExportForm()
        self.ui.setupUi(self)
        ui = self.ui
        ui.buttons.accepted.connect(self._export)
        ui.buttons.rejected.connect(self.reject)
        ui.browse.clicked.connect(self._browse)
        show_message(ui.error, "")
        ui.error.setStyleSheet("color: #b00020;")
        for row in visits.people_who_fill_visits():
            ui.for_user.addItem(f"{row.display_name or row.user_id} ({row.user_id})", row.user_id)
        ui.cases.setText(case_no)
        for widget in (ui.cases, ui.cases_label, ui.for_user, ui.for_user_label):
            widget.setVisible(not self.returning)
        self.folder = folder or Path.home()
        going = _assignee(case_no)  # who the case's open visit is planned for, if any
        if going:
            ui.for_user.setCurrentIndex(max(ui.for_user.findData(going), 0))
        ui.for_user.currentIndexChanged.connect(lambda _index: self._name_file())
        self._name_file()
        ui.intro.setText(self._intro())
        ok = ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Export the pack"))
        ui.password.setFocus()

    def _intro(self) -> str:
        if self.returning:
            return self.tr(
                "The return pack holds your visits on this laptop: their checklists, coil lines, "
                "photos and the customers' confirmations. Take it to the factory, where it is "
                "merged with File → Open visit pack."
            )
        return self.tr(
            "The pack holds what a field laptop needs for the visits: the complaints with their "
            "coils, the customer, the checklists, the person's account and signing key, and the "
            "authority rules. It is signed with your key."
        )

    def _name_file(self) -> None:
        if self.returning:
            name = f"return-{self.actor.user_id}{SUFFIX}"
        else:
            case = self.ui.cases.text().split(",")[0].strip() or "visits"
            name = f"{case}-for-{self.ui.for_user.currentData() or 'laptop'}{SUFFIX}"
        self.ui.out.setText(str(self.folder / name))

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the visit pack"), self.ui.out.text(),
            self.tr("Visit packs (*%1)").replace("%1", SUFFIX),
        )  # fmt: skip
        if chosen:
            self.ui.out.setText(chosen if chosen.endswith(SUFFIX) else chosen + SUFFIX)

    def _export(self) -> None:
        from qa_desktop.core.exchange.pack_export import export_outbound, export_return

        out, password = Path(self.ui.out.text().strip()), self.ui.password.text()
        actor, clock = self.actor, self.clock
        if self.returning:

            def work(progress, cancelled):
                return export_return(out, actor, password, clock, progress, cancelled)
        else:
            cases = [c.strip() for c in self.ui.cases.text().replace("，", ",").split(",")]
            for_user = self.ui.for_user.currentData() or ""

            def work(progress, cancelled):
                return export_outbound(
                    out, [c for c in cases if c], for_user, actor, password, clock, progress,
                    cancelled,
                )  # fmt: skip

        self.run_checked(
            work,
            self._done,
            buttons=self.ui.buttons,
            error=self.ui.error,
            password=self.ui.password,
        )

    def _done(self, exported) -> None:
        self.exported = exported


def _assignee(case_no: str) -> str:
    rows = (
        [row for row in visits.visits_of(case_no) if row.state.value in ("planned", "in_progress")]
        if case_no
        else []
    )
    return rows[-1].assignee if rows else ""
