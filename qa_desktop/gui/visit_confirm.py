"""The customer's confirmation of the quantities, taken in the visit window: signed on the pad
(gui/signature_dialog.py) and witnessed by the field user's key, or signed on the printed sheet
and recorded with its scan. Both run the services off the GUI thread (WitnessDialog); what is
signed is what the visit's stored lines say (services/confirmations.py builds it)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QWidget

from qa_desktop.core.clock import Clock
from qa_desktop.core.i18n import current_language
from qa_desktop.core.services import confirmations
from qa_desktop.core.services.context import Actor
from qa_desktop.gui.field_errors import show_message
from qa_desktop.gui.forms.ui_witness import Ui_WitnessForm
from qa_desktop.gui.password_task import PasswordTaskDialog

if TYPE_CHECKING:
    from qa_desktop.gui.signature_dialog import CustomerSignature
    from qa_desktop.gui.visit_window import VisitWindow


class WitnessDialog(PasswordTaskDialog):
    """`signature` given: the pad's strokes, witnessed. None: a paper sheet and its scan."""

    def __init__(
        self,
        parent: QWidget,
        visit_uuid: str,
        revision: int,
        heading: str,
        *,
        actor: Actor,
        clock: Clock,
        signature: CustomerSignature | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_WitnessForm()
        self.ui.setupUi(self)
        self.visit_uuid, self.revision, self.actor, self.clock = visit_uuid, revision, actor, clock
        self.signature = signature
        self.confirmation = None
        paper = signature is None
        for widget in (self.ui.signer_name, self.ui.signer_name_label, self.ui.signer_position,
                       self.ui.signer_position_label, self.ui.scan, self.ui.scan_label,
                       self.ui.browse):  # fmt: skip
            widget.setVisible(paper)
        self.ui.intro.setText(heading)
        show_message(self.ui.error, "")
        self.ui.browse.clicked.connect(self._browse)
        self.ui.buttons.accepted.connect(self._sign)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Sign as witness")
        )
        (self.ui.signer_name if paper else self.ui.password).setFocus()

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("The scan of the signed sheet"), "",
            self.tr("Scans") + " (*.pdf *.jpg *.jpeg *.png)",
        )  # fmt: skip
        if chosen:
            self.ui.scan.setText(chosen)

    def _sign(self) -> None:
        uuid, revision, actor, clock = self.visit_uuid, self.revision, self.actor, self.clock
        password, lang = self.ui.password.text(), current_language()
        signature = self.signature
        if signature is not None:

            def work(progress, cancelled):
                return confirmations.confirm_on_screen(
                    uuid, revision, signature.name, signature.position, signature.strokes,
                    password, actor, clock, lang,
                )  # fmt: skip
        else:
            name, position = self.ui.signer_name.text(), self.ui.signer_position.text()
            scan_path = self.ui.scan.text().strip()

            def work(progress, cancelled):
                from qa_desktop.core import media

                scan = media.prepare_file(Path(scan_path), lang) if scan_path else None
                return confirmations.record_paper_confirmation(
                    uuid, revision, name, position, scan, password, actor, clock, lang
                )

        self.run_checked(
            work,
            lambda row: setattr(self, "confirmation", row),
            buttons=self.ui.buttons,
            error=self.ui.error,
            password=self.ui.password,
        )


def take_on_screen(window: VisitWindow) -> bool:
    """The visit window's "Customer signs…": the pad, then the field user's witness."""
    from qa_desktop.gui.signature_dialog import SignatureDialog

    pad = SignatureDialog(window)
    if pad.exec() != QDialog.DialogCode.Accepted or pad.signature is None:
        return False
    visit = window.visit
    heading = QCoreApplication.translate(
        "VisitConfirm",
        "%1 (%2) signed the quantities of visit %3 of %4. Your password signs that you "
        "witnessed it.",
    )
    for mark, value in (("%1", pad.signature.name), ("%2", pad.signature.position),
                        ("%3", str(visit.number)), ("%4", visit.complaint.case_no)):  # fmt: skip
        heading = heading.replace(mark, value)
    return _witness(window, heading, pad.signature)


def take_on_paper(window: VisitWindow) -> bool:
    """The customer signed the printed sheet: the signer's name, the scan, the witness."""
    visit = window.visit
    heading = QCoreApplication.translate(
        "VisitConfirm",
        "The customer signed the printed confirmation of visit %1 of %2. Give the signer's "
        "name and position as printed, and the scan of the sheet.",
    )
    heading = heading.replace("%1", str(visit.number)).replace("%2", visit.complaint.case_no)
    return _witness(window, heading, None)


def _witness(window: VisitWindow, heading: str, signature: CustomerSignature | None) -> bool:
    visit = window.visit
    dialog = WitnessDialog(
        window, str(visit.uuid), visit.revision, heading, actor=window.actor,
        clock=window.clock, signature=signature,
    )  # fmt: skip
    return dialog.exec() == QDialog.DialogCode.Accepted and dialog.confirmation is not None
