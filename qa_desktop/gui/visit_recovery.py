"""Recovering what a visit window showed when it was not saved: after a crash, a flat battery or a
close without saving, the user's drafts (services/visit_drafts.py) are offered one by one at the
next start, and a visit's draft again when that visit is opened.

Recover opens the visit window filled from the draft; Discard removes the draft; Later keeps it
for the next start (when opening a visit, Cancel: the visit is not opened, so its window cannot
overwrite the draft). A draft made from an older revision than the stored visit says so first,
because saving it replaces what was saved since; a visit that was finished or cancelled since
can only have its draft discarded."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from qa_desktop import APP_NAME
from qa_desktop.core import settings
from qa_desktop.core.clock import Clock, from_storage
from qa_desktop.core.errors import UserError
from qa_desktop.core.i18n import current_language
from qa_desktop.core.models import Visit
from qa_desktop.core.services import visit_drafts, visits
from qa_desktop.core.services.context import Actor
from qa_desktop.core.services.visit_drafts import Draft
from qa_desktop.core.vocab import VisitState
from qa_desktop.gui.visit_rights import is_open, may_fill
from qa_desktop.gui.visit_texts import shown_at

OpenWindow = Callable[[str, Draft | None], object]


class Answer(Enum):
    RECOVER = "recover"
    DISCARD = "discard"
    LATER = "later"


class DraftRecovery(QObject):
    """Offers `actor`'s drafts; `open_window(uuid, draft)` opens a visit window."""

    def __init__(
        self, parent: QWidget, *, actor: Actor, clock: Clock, open_window: OpenWindow
    ) -> None:
        super().__init__(parent)
        self._parent, self._actor, self._clock = parent, actor, clock
        self._open_window = open_window

    def offer_all(self) -> int:
        """At start: each draft in turn; how many were recovered."""
        recovered = 0
        for draft in visit_drafts.drafts_of(self._actor.user_id):
            recovered += self.offer(draft) is Answer.RECOVER
        return recovered

    def offer(self, draft: Draft, *, opening: bool = False) -> Answer:
        """Ask about one draft and do what was answered."""
        visit = visits.stored(draft.visit_uuid)
        usable = is_open(visit) and may_fill(self._actor, visit)
        answer = self.ask(self.question(draft, visit, usable), recoverable=usable, opening=opening)
        if answer is Answer.RECOVER and usable:
            self._open_window(draft.visit_uuid, draft)
        elif answer is Answer.DISCARD:
            try:
                visit_drafts.discard_draft(draft.visit_uuid, self._actor, self._clock)
            except UserError as exc:
                QMessageBox.warning(self._parent, APP_NAME, str(exc))
        return answer

    def question(self, draft: Draft, visit: Visit, usable: bool) -> str:
        zone = settings.department_zone()
        when = shown_at(draft.saved_at, zone)
        number, case = str(visit.number), visit.complaint.case_no
        if not usable:
            text = self.tr(
                "Visit %1 of %2 was not saved, but it is %3 now: what was on screen at %4 can no "
                "longer be saved. Discard it?"
            )
            state = VisitState(visit.state).label(current_language())
            return (
                text.replace("%1", number)
                .replace("%2", case)
                .replace("%3", state)
                .replace("%4", when)
            )
        text = self.tr("Visit %1 of %2 was not saved; recover what was on screen at %3?")
        text = text.replace("%1", number).replace("%2", case).replace("%3", when)
        if draft.based_on < visit.revision:
            later = self.tr(
                "The visit was saved again since, by %1 at %2: recovering shows what was on "
                "screen before that, and saving it replaces what was saved."
            )
            saved_at = shown_at(from_storage(visit.updated_at), zone)
            text += "\n\n" + later.replace("%1", visit.updated_by).replace("%2", saved_at)
        return text

    def ask(self, text: str, *, recoverable: bool, opening: bool) -> Answer:
        """The question box (tests replace this to answer it)."""
        box = QMessageBox(QMessageBox.Icon.Question, APP_NAME, text, parent=self._parent)
        buttons = {}
        if recoverable:
            recover = box.addButton(self.tr("&Recover"), QMessageBox.ButtonRole.AcceptRole)
            buttons[recover] = Answer.RECOVER
            box.setDefaultButton(recover)
        buttons[box.addButton(self.tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)] = (
            Answer.DISCARD
        )
        later = box.addButton(
            self.tr("Cancel") if opening else self.tr("&Later"), QMessageBox.ButtonRole.RejectRole
        )
        buttons[later] = Answer.LATER
        box.setEscapeButton(later)
        box.exec()
        return buttons.get(box.clickedButton(), Answer.LATER)
