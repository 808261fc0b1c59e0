"""The register's lists of what the file holds: its customers and defect types, read just after
the table's first paint, and the owners, products and responsible departments it names, read
on their first use (gui/register_view.py says why; its event filter says when).

Imported once the window is painted, never for its first paint. The strings are the register
view's own (context "RegisterView"): they were its methods' until they moved here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox

from qa_desktop.core.i18n import current_language
from qa_desktop.core.register_filters import departments, owners, products
from qa_desktop.gui.register_view import fill_combo  # loaded: the view made these lists

if TYPE_CHECKING:
    from peewee import Database

    from qa_desktop.gui.forms.ui_register_view import Ui_RegisterView


def _tr(text: str) -> str:
    """A string the view's own code names (lupdate reads it under the view's context there)."""
    return QCoreApplication.translate("RegisterView", text)


class RegisterLists:
    """The five combos' contents for one register view, read through `db_of()`'s connection."""

    def __init__(self, ui: Ui_RegisterView, db_of: Callable[[], Database]) -> None:
        self.ui = ui
        self._db_of = db_of
        self._unread: dict[QComboBox, Callable[[], None]] = {}  # waiting for their first use

    def fill(self, watcher: QObject) -> None:
        """The customers and defect types now; the others once a person reaches for them
        (`watcher`, the view, is their event filter until then)."""
        pinyin = (self.ui.ownerCombo, self.ui.productCombo, self.ui.departmentCombo)
        for combo, fill in self._lists():
            if combo in pinyin:
                self._unread[combo] = fill
                combo.installEventFilter(watcher)
            else:
                refill(combo, fill)

    def waits(self, combo: QObject) -> bool:
        return combo in self._unread

    def read(self, combo: QComboBox, watcher: QObject) -> None:
        """Fill `combo` now if it waits for its first use (nothing if it was read already)."""
        fill = self._unread.pop(combo, None)
        if fill is None:
            return
        combo.removeEventFilter(watcher)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # the first: pypinyin loads
        try:
            refill(combo, fill)
        finally:
            QGuiApplication.restoreOverrideCursor()

    def reload(self) -> bool:
        """Read again the lists already read, each keeping its choice; False if a choice is no
        longer listed (its combo is then on "all")."""
        read = [(combo, fill) for combo, fill in self._lists() if combo not in self._unread]
        lost = [combo for combo, fill in read if not refill(combo, fill)]
        return not lost

    def _lists(self) -> list[tuple[QComboBox, Callable[[], None]]]:
        ui = self.ui
        return [
            (ui.customerCombo, self._customers),
            (ui.defectCombo, self._defects),
            (ui.ownerCombo, lambda: self._held(ui.ownerCombo, "All owners", owners)),
            (ui.productCombo, lambda: self._held(ui.productCombo, "All products", products)),
            (
                ui.departmentCombo,
                lambda: self._held(ui.departmentCombo, "All departments", departments),
            ),
        ]

    def _customers(self) -> None:
        from qa_desktop.core.services.customers import customers

        combo = self.ui.customerCombo
        combo.clear()
        combo.addItem(_tr("All customers"), None)
        for customer in customers():  # by pinyin (core/sorting.py)
            combo.addItem(customer.name, customer.id)
            if customer.name_en and customer.name_en != customer.name:
                combo.setItemData(combo.count() - 1, customer.name_en, Qt.ItemDataRole.ToolTipRole)

    def _defects(self) -> None:
        """The department's defect list in its own order; types no longer in use last, so
        their complaints can still be found."""
        from qa_desktop.core.services.reference import defect_types

        combo, lang = self.ui.defectCombo, current_language()
        combo.clear()
        combo.addItem(_tr("All defect types"), None)
        listed = defect_types(active_only=False)
        for defect in sorted(listed, key=lambda d: not d.active):
            name = defect.name(lang)
            combo.addItem(
                name
                if defect.active
                else QCoreApplication.translate("RegisterView", "%1 (not in use)").replace(
                    "%1", name
                ),
                defect.code,
            )

    def _held(
        self, combo: QComboBox, everything: str, held: Callable[[Database], list[str]]
    ) -> None:
        """What the register names (owners, products, departments), shown as it is written."""
        values = held(self._db_of())
        fill_combo(combo, _tr(everything), [(value, value) for value in values])


def refill(combo: QComboBox, fill: Callable[[], None]) -> bool:
    """Fill the combo again keeping its choice, without announcing it; False if that choice is
    no longer listed (the combo is then on "all")."""
    chosen = combo.currentData()
    combo.blockSignals(True)
    fill()
    combo.setCurrentIndex(max(combo.findData(chosen), 0))
    combo.blockSignals(False)
    return combo.currentData() == chosen
