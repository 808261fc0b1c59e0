"""Plan a site visit for a complaint, or reschedule a planned one (ui/visit_plan.ui).

Who goes is chosen among the active accounts whose roles may fill a visit's record. The
appointment is shown and typed in the department's zone (gui/received_time.py), named beside
the field. An appointment less than a day ahead is allowed (a customer who calls in the morning
may be visited that day) but said: live while it is typed, and again once saved
(`tell_planned`). Refusals are said beside their fields; nothing is written then.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from qa_desktop import APP_NAME
from qa_desktop.core import settings
from qa_desktop.core.clock import Clock, from_storage, utc_now
from qa_desktop.core.errors import FieldError, UserError, ValidationError
from qa_desktop.core.i18n import current_language, translate
from qa_desktop.core.models import Complaint
from qa_desktop.core.services import visits
from qa_desktop.core.services.context import Actor
from qa_desktop.core.settings import UserSettings
from qa_desktop.gui.account_menu import role_list
from qa_desktop.gui.field_errors import clear_when_edited, error_labels, show_message
from qa_desktop.gui.forms.ui_visit_plan import Ui_VisitPlanForm
from qa_desktop.gui.received_time import ReceivedTime
from qa_desktop.gui.screen_fit import fit_to_screen

PREFERRED_SIZE = QSize(660, 480)
DAYS_AHEAD = 2  # a new plan starts two mornings ahead: booked at least a day before
MORNING = time(9, 0)
TEXTS = ("site", "contact_name", "contact_phone", "purpose")


def tell_planned(parent: QWidget | None, planned: visits.Planned | None) -> None:
    """Said again once saved: the visit is booked at short notice (not an error: it is saved)."""
    if planned is None or not planned.warning:
        return
    visit = planned.visit
    text = QApplication.translate("VisitPlanDialog", "Visit %1 of %2 is planned.")
    text = text.replace("%1", str(visit.number)).replace("%2", visit.complaint.case_no)
    QMessageBox.information(parent, APP_NAME, f"{text}\n\n{planned.warning}")


class VisitPlanDialog(QDialog):
    """A new visit of `case_no`, or (with `visit_uuid`) the planned visit rescheduled.
    `exec()` is true once saved; `planned` then holds the visit and any warning."""

    def __init__(
        self,
        parent: QWidget | None = None,
        case_no: str = "",
        visit_uuid: str | None = None,
        *,
        actor: Actor,
        clock: Clock = utc_now,
        user: UserSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_VisitPlanForm()
        self.ui.setupUi(self)
        self._actor, self._clock = actor, clock
        self._zone: ZoneInfo = settings.department_zone()
        self._visit = visits.stored(visit_uuid) if visit_uuid else None
        self._case_no = self._visit.complaint.case_no if self._visit else case_no
        self.planned: visits.Planned | None = None
        self._errors = error_labels(self)
        self._time = ReceivedTime(
            self.ui.appointment, self.ui.appointment_zone, self.ui.appointment_entered, self._zone
        )
        self._fill_assignees()
        self._load()
        self._connect()
        self._clear_errors()
        self._show_short_notice()
        fit_to_screen(self, PREFERRED_SIZE, user, "visit_plan")

    # ----- what callers and tests use --------------------------------------------------------
    def plan(self) -> visits.VisitPlan:
        ui = self.ui
        return visits.VisitPlan(
            assignee=ui.assignee.currentData() or "",
            appointment=self._time.value(),
            site=ui.site.toPlainText(),
            contact_name=ui.contact_name.text(),
            contact_phone=ui.contact_phone.text(),
            purpose=ui.purpose.toPlainText(),
        )

    def choose_assignee(self, user_id: str) -> bool:
        index = self.ui.assignee.findData(user_id)
        self.ui.assignee.setCurrentIndex(index)
        return index >= 0

    def set_appointment(self, moment: datetime) -> None:
        self._time.show(moment)

    def save(self) -> bool:
        self._clear_errors()
        lang = current_language()
        try:
            if self._visit is None:
                planned = visits.plan_visit(
                    self._case_no, self.plan(), self._actor, self._clock, lang
                )
            else:
                planned = visits.update_plan(
                    str(self._visit.uuid), self._visit.revision, self.plan(), self._actor,
                    self._clock, lang,
                )  # fmt: skip
        except ValidationError as exc:
            self._show_errors(exc.errors)
            return False
        except UserError as exc:
            show_message(self.ui.form_error, str(exc))
            return False
        self.planned = planned
        self.accept()
        return True

    # ----- building --------------------------------------------------------------------------
    def _fill_assignees(self) -> None:
        combo = self.ui.assignee
        combo.setPlaceholderText(self.tr("Choose…"))  # who goes is never a silent default
        for user_id, text in self._assignable():
            combo.addItem(text, user_id)
        combo.setCurrentIndex(-1)

    def _assignable(self) -> list[tuple[str, str]]:
        """(user id, "name (id) — roles") of whom a visit can be assigned to, field staff first
        (services/visits.people_who_fill_visits: the matrix decides, not this screen)."""
        between = self.tr(", ", "between role names")
        return [
            (row.user_id, f"{row.display_name} ({row.user_id}) — {role_list(row.roles, between)}")
            for row in visits.people_who_fill_visits()
        ]

    def _load(self) -> None:
        if self._visit is None:
            plan = visits.default_plan(self._case_no)  # raises for a case that is not there
            complaint = Complaint.get(Complaint.case_no == self._case_no)
            self.setWindowTitle(self.tr("Plan a site visit"))
            heading = self.tr("New site visit for %1 (%2)")
            day = self._clock().astimezone(self._zone).date() + timedelta(days=DAYS_AHEAD)
            self._time.show(datetime.combine(day, MORNING, tzinfo=self._zone))
        else:
            complaint = self._visit.complaint
            self.setWindowTitle(self.tr("Reschedule a site visit"))
            heading = self.tr("Visit %3 of %1 (%2)").replace("%3", str(self._visit.number))
            plan = self._stored_plan()
            assert plan.appointment is not None
            self._time.show_stored(plan.appointment)
            self.choose_assignee(plan.assignee)
        heading = heading.replace("%1", complaint.case_no).replace("%2", complaint.customer.name)
        self.ui.heading.setText(heading)
        self.ui.site.setPlainText(plan.site)
        self.ui.contact_name.setText(plan.contact_name)
        self.ui.contact_phone.setText(plan.contact_phone)
        self.ui.purpose.setPlainText(plan.purpose)

    def _stored_plan(self) -> visits.VisitPlan:
        visit = self._visit
        assert visit is not None
        return visits.VisitPlan(
            assignee=visit.assignee,
            appointment=_entered(from_storage(visit.appointment_at), visit.appointment_tz),
            site=visit.site,
            contact_name=visit.contact_name,
            contact_phone=visit.contact_phone,
            purpose=visit.purpose,
        )

    def _connect(self) -> None:
        ui = self.ui
        ui.buttons.accepted.connect(self.save)
        ui.buttons.rejected.connect(self.reject)
        ui.appointment.dateTimeChanged.connect(lambda _value: self._show_short_notice())
        clear_when_edited(ui, self._errors)

    # ----- what is said --------------------------------------------------------------------------
    def _show_short_notice(self) -> None:
        soon = visits.short_notice(self._time.value(), self._clock())
        text = translate(visits.CONTEXT, visits.SHORT_NOTICE, current_language()) if soon else ""
        show_message(self.ui.short_notice, text)

    def _clear_errors(self) -> None:
        for label in self._errors.values():
            show_message(label, "")

    def _show_errors(self, errors: list[FieldError]) -> None:
        lost = []
        for error in errors:
            label = self._errors.get(error.field)
            if label is None or label is self.ui.form_error:
                lost.append(error.message)
            else:
                show_message(label, error.message)
        summary = self.tr("Nothing was saved: correct the fields marked in red.")
        show_message(self.ui.form_error, "\n".join(lost) or summary)
        first = next((e.field for e in errors if hasattr(self.ui, e.field)), "")
        if first:
            widget = getattr(self.ui, first)
            self.ui.scroll_area.ensureWidgetVisible(widget)
            widget.setFocus()


def _entered(moment: datetime, zone_name: str) -> datetime:
    """A stored instant in the zone it was entered in (an offset-only zone stays UTC)."""
    try:
        return moment.astimezone(ZoneInfo(zone_name))
    except (ValueError, KeyError):
        return moment
