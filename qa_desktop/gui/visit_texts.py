"""What the visit window's header and confirmation area say about a visit, in words and in the
department's zone (the window holds the behaviour, this the sentences)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QApplication

from qa_desktop.core.checklists import ChecklistTemplate
from qa_desktop.core.clock import from_storage
from qa_desktop.core.i18n import current_language, translate
from qa_desktop.core.models import Confirmation, Visit
from qa_desktop.core.services import confirmations, visits
from qa_desktop.core.visit_content import PhotoDraft
from qa_desktop.core.vocab import VisitState

if TYPE_CHECKING:
    from qa_desktop.gui.forms.ui_visit_window import Ui_VisitForm

# A state's colours in the header: what is open stands out, what is done recedes.
STATE_STYLES = {
    VisitState.PLANNED: "background: #e3edf9; color: #1f4f8a;",
    VisitState.IN_PROGRESS: "background: #fff4d6; color: #7a4f00;",
    VisitState.FINISHED: "background: #e2f3e5; color: #1e6b2e;",
    VisitState.CANCELLED: "background: #eeeeee; color: #555555;",
}


def shown_at(moment: datetime, zone: ZoneInfo, *, seconds: bool = False) -> str:
    shown = moment.astimezone(zone)
    return f"{shown:%Y-%m-%d %H:%M:%S}" if seconds else f"{shown:%Y-%m-%d %H:%M}"


def window_title(visit: Visit) -> str:
    text = QApplication.translate("VisitWindow", "Site visit %1 of %2")
    return text.replace("%1", str(visit.number)).replace("%2", visit.complaint.case_no)


def fill_header(
    ui: Ui_VisitForm, visit: Visit, template: ChecklistTemplate, zone: ZoneInfo, now: datetime
) -> None:
    complaint = visit.complaint
    title = QApplication.translate("VisitWindow", "%1 — %2 — visit %3")
    title = title.replace("%1", complaint.case_no).replace("%2", complaint.customer.name)
    ui.title.setText(title.replace("%3", str(visit.number)))
    state = VisitState(visit.state)
    ui.state.setText(state.label(current_language()))
    ui.state.setStyleSheet(f"font-weight: bold; padding: 2px 8px; {STATE_STYLES[state]}")
    at = from_storage(visit.appointment_at)
    when = f"{shown_at(at, zone)} ({zone.key})"
    if state is VisitState.PLANNED and visits.short_notice(at, now):
        when += " — " + QApplication.translate("VisitWindow", "short notice")
    ui.appointment.setText(when)
    ui.contact.setText(
        ", ".join(part for part in (visit.contact_name, visit.contact_phone) if part) or "—"
    )
    site = visit.site or "—"
    if state is VisitState.CANCELLED and visit.cancel_reason:
        cancelled = QApplication.translate("VisitWindow", "Cancelled: %1")
        site += "\n" + cancelled.replace("%1", visit.cancel_reason)
    ui.site.setText(site)
    lang = current_language()
    name = template.name_zh if lang == "zh_CN" and template.name_zh else template.name_en
    version = QApplication.translate("VisitWindow", "%1, version %2").replace("%1", name)
    ui.template.setText(version.replace("%2", str(template.version)))


def confirmation_text(visit: Visit, zone: ZoneInfo) -> str:
    """None yet / confirmed by NAME at TIME / void, with the reason."""
    row = confirmations.current(visit)
    if row is not None:
        text = (
            QApplication.translate("VisitWindow", "Confirmed on paper by %1 (%2) at %3.")
            if row.kind == "paper"
            else QApplication.translate("VisitWindow", "Confirmed by %1 (%2) at %3.")
        )
        return _signer(text, row, zone)
    last = visit.confirmations.order_by(Confirmation.id.desc()).first()
    if last is None:
        return QApplication.translate(
            "VisitWindow", "The customer has not confirmed the quantities yet."
        )
    reason = translate(visits.CONTEXT, last.void_reason, current_language())
    text = QApplication.translate(
        "VisitWindow", "Void: %4. %1 (%2) had confirmed at %3; the customer must sign again."
    )
    return _signer(text, last, zone).replace("%4", reason)


def _signer(text: str, row: Confirmation, zone: ZoneInfo) -> str:
    when = shown_at(from_storage(row.signed_at), zone)
    return (
        text.replace("%1", row.signer_name).replace("%2", row.signer_position).replace("%3", when)
    )


def attached_to(photo: PhotoDraft, template: ChecklistTemplate, lang: str) -> str:
    if photo.coil_no:
        return QApplication.translate("VisitWindow", "Coil %1").replace("%1", photo.coil_no)
    item = template.item(photo.item_key) if photo.item_key else None
    if item is not None:
        return item.label(lang)
    return QApplication.translate("VisitWindow", "The visit")
