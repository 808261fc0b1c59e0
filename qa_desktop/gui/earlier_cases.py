"""The complaint form's repeat flag: earlier complaints of the same customer with the same
product or defect, received before this one, each a link that opens it (DOMAIN.md, step 1)."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import datetime, tzinfo

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel

from qa_desktop.core.services.complaints import earlier_cases

DELAY_MS = 300  # look up once typing pauses, not on every key


class EarlierCases(QObject):
    """Keeps `label` showing the earlier complaints for what `lookup()` returns:
    (customer, product, defect code, received time, id of the complaint being edited)."""

    open_requested = Signal(int)  # a complaint's id: its link was clicked

    def __init__(
        self,
        label: QLabel,
        lookup: Callable[[], tuple[str, str, str, datetime, int | None]],
        zone: tzinfo,
    ) -> None:
        super().__init__(label)
        self._label = label
        self._lookup = lookup
        self._zone = zone
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        label.linkActivated.connect(lambda href: self.open_requested.emit(int(href)))
        label.hide()

    def schedule(self, *_: object) -> None:
        """Something the look-up depends on changed: look again once typing pauses."""
        self._timer.start()

    def refresh(self) -> None:
        self._timer.stop()  # looked now: a look-up still scheduled would only repeat it
        customer, product, defect, received, exclude_id = self._lookup()
        found = earlier_cases(customer, product, defect, received, exclude_id=exclude_id)
        self._label.setVisible(bool(found))
        reasons = {"defect": self.tr("same defect"), "product": self.tr("same product")}
        links = ", ".join(
            f'<a href="{case.complaint_id}">{html.escape(case.case_no)}</a> '
            f"({html.escape(reasons.get(case.reason, ''))}, "
            f"{case.received_at.astimezone(self._zone):%Y-%m-%d})"
            for case in found
        )
        text = html.escape(self.tr("Earlier complaints from this customer: %1"))
        self._label.setText(text.replace("%1", links))
