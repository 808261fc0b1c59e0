"""The authority matrix (ui/authority_matrix.ui): per role, the actions it may take, the handling
it may approve and up to what money, with the version in force.

Everyone may look at who approves what; only a role the matrix lets administer may change it.
A change needs a reason and the administrator's password again, and becomes a new version
through services.matrix.change_matrix, which checks it whole: on any refusal nothing is written
and what was ticked stays ticked, with the refusal said in one sentence.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from qa_desktop.core import authority, settings
from qa_desktop.core.authority import Action, HandlingKind, Matrix, RoleRights
from qa_desktop.core.clock import Clock, from_storage, utc_now
from qa_desktop.core.errors import UserError, translated
from qa_desktop.core.i18n import current_language
from qa_desktop.core.models import MatrixVersion
from qa_desktop.core.money import MAX_MINOR, from_minor, minor_digits, to_minor
from qa_desktop.core.services import accounts
from qa_desktop.core.services.context import SYSTEM, Actor
from qa_desktop.core.services.matrix import NO_REASON, UNCHANGED, change_matrix, matrix
from qa_desktop.core.services.roles import roles
from qa_desktop.core.settings import UserSettings
from qa_desktop.core.text import single_spaced
from qa_desktop.gui.field_errors import show_message
from qa_desktop.gui.forms.ui_authority_matrix import Ui_AuthorityMatrix
from qa_desktop.gui.screen_fit import fit_to_screen

ACTIONS = tuple(Action)
KINDS = tuple(HandlingKind)
# The actions table: one column per action, with the money limit and its "any amount" box
# right after "approve money", which they belong to.
APPROVE_MONEY_COLUMN = ACTIONS.index(Action.APPROVE_MONEY)
LIMIT_COLUMN = APPROVE_MONEY_COLUMN + 1
ANY_AMOUNT_COLUMN = LIMIT_COLUMN + 1
ACTION_COLUMNS = {
    action: index if index <= APPROVE_MONEY_COLUMN else index + 2
    for index, action in enumerate(ACTIONS)
}
CHECK_COLUMN_WIDTH = 84  # logical pixels; headers wrap inside it
LIMIT_COLUMN_WIDTH = 130
HEADER_LINES = 4  # the longest label, "Administer users, roles and the matrix", in 92 px
CHECKED, UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked


class MatrixDialog(QDialog):
    """Look at the matrix in force and, as an administrator, change it; `exec()` is true once a
    new version is saved (then `saved` is it)."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        actor: Actor,
        clock: Clock = utc_now,
        user: UserSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_AuthorityMatrix()
        self.ui.setupUi(self)
        fit_to_screen(self, QSize(1240, 600), user, "authority_matrix")  # remembered per user
        self._actor = actor
        self._clock = clock
        self.saved: Matrix | None = None
        self._stored = matrix()
        self._codes = _role_codes(self._stored)
        self.editable = _may_administer(actor, self._stored)
        self._limits: list[QDoubleSpinBox] = []
        self._setup_tables()
        self._show_version()
        self._load(self._stored)
        self._set_mode()
        self.ui.button_box.accepted.connect(self.save)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.actions.itemChanged.connect(self._money_edited)
        show_message(self.ui.form_error, "")

    # ----- what callers use ------------------------------------------------------------------
    def proposed(self) -> Matrix:
        """The matrix as ticked, numbered as the one in force (the service numbers the new one)."""
        rows = {code: self._rights(row) for row, code in enumerate(self._codes)}
        kept = {
            code: rights
            for code, rights in rows.items()
            if code in self._stored.roles or rights != authority.RoleRights()
        }
        return Matrix(self._stored.version, self._stored.base_currency, kept)

    def is_modified(self) -> bool:
        return dict(self.proposed().roles) != dict(self._stored.roles)

    def save(self) -> bool:
        """What Save does: check, ask the administrator's password, store a new version."""
        show_message(self.ui.form_error, "")
        proposed, reason = self.proposed(), single_spaced(self.ui.reason.text())
        try:
            self._check(proposed, reason)
        except UserError as exc:
            return self._refused(exc)
        password = self._ask_password()
        if password is None:
            return False
        try:
            self.saved = change_matrix(self._actor, password, proposed, reason, self._clock)
        except UserError as exc:  # a wrong password, a busy or damaged file: nothing written
            return self._refused(exc)
        self.accept()
        return True

    def reject(self) -> None:
        """Cancel, Esc or the window's close button: ask before throwing changes away."""
        if self.editable and self.is_modified():
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
    def _setup_tables(self) -> None:
        currency = self._stored.base_currency
        action_headers = [a.label() for a in ACTIONS]
        action_headers[LIMIT_COLUMN:LIMIT_COLUMN] = [
            self.tr("Money limit per complaint (%1)").replace("%1", currency),
            self.tr("Any amount"),
        ]
        kind_headers = [k.label() for k in KINDS]
        names = _role_names(self._codes)
        for table, headers in (
            (self.ui.actions, action_headers),
            (self.ui.approve_kinds, kind_headers),
        ):
            table.setColumnCount(len(headers))
            table.setHorizontalHeaderLabels(headers)
            table.setRowCount(len(self._codes))
            table.setVerticalHeaderLabels(names)
            _wrap_headers(table)
        self.ui.actions.setColumnWidth(LIMIT_COLUMN, LIMIT_COLUMN_WIDTH)
        for row in range(len(self._codes)):
            self.ui.actions.setCellWidget(row, LIMIT_COLUMN, self._limit_box(currency))

    def _limit_box(self, currency: str) -> QDoubleSpinBox:
        box = QDoubleSpinBox(self.ui.actions)
        digits = minor_digits(currency)
        box.setDecimals(digits)
        box.setRange(0, float(from_minor(MAX_MINOR, currency)))
        box.setGroupSeparatorShown(True)
        box.setAlignment(Qt.AlignmentFlag.AlignRight)
        box.setReadOnly(not self.editable)
        if not self.editable:
            box.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
        self._limits.append(box)
        return box

    def _show_version(self) -> None:
        row = MatrixVersion.get(MatrixVersion.version == self._stored.version)
        since = from_storage(row.created_at).astimezone(settings.department_zone())
        text = self.tr("Version %1, in force since %2, set by %3.")
        for marker, value in (
            ("%1", str(row.version)),
            ("%2", since.strftime("%Y-%m-%d %H:%M")),
            ("%3", _person(row.created_by)),
        ):
            text = text.replace(marker, value)
        self.ui.version_info.setText(text)
        self.ui.version_info.setToolTip(row.reason)

    def _set_mode(self) -> None:
        ui = self.ui
        if self.editable:
            ui.hint.setText(
                self.tr(
                    "A change becomes a new version once you give the reason and your password;"
                    " a proposal already submitted keeps the version it was routed by."
                )
            )
            return
        ui.hint.setText(self.tr("Only an administrator may change the matrix; you may look at it."))
        ui.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        ui.reason_label.hide()
        ui.reason.hide()

    # ----- the tables ------------------------------------------------------------------------
    def _load(self, shown: Matrix) -> None:
        ui = self.ui
        ui.actions.blockSignals(True)
        for row, code in enumerate(self._codes):
            rights = shown.rights(code)
            for action, column in ACTION_COLUMNS.items():
                ui.actions.setItem(row, column, self._check_item(action in rights.actions))
            for column, kind in enumerate(KINDS):
                ui.approve_kinds.setItem(
                    row, column, self._check_item(kind in rights.approve_kinds)
                )
            any_amount = rights.money_limit is None
            ui.actions.setItem(row, ANY_AMOUNT_COLUMN, self._check_item(any_amount))
            limit = from_minor(rights.money_limit or 0, shown.base_currency)
            self._limits[row].setValue(float(limit))
            self._enable_money(row)
        ui.actions.blockSignals(False)

    def _check_item(self, checked: bool) -> QTableWidgetItem:
        item = QTableWidgetItem()
        flags = Qt.ItemFlag.ItemIsEnabled
        if self.editable:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        item.setFlags(flags)
        item.setCheckState(CHECKED if checked else UNCHECKED)
        return item

    def _rights(self, row: int) -> RoleRights:
        actions = frozenset(
            a for a, c in ACTION_COLUMNS.items() if _ticked(self.ui.actions, row, c)
        )
        kinds = frozenset(k for c, k in enumerate(KINDS) if _ticked(self.ui.approve_kinds, row, c))
        return RoleRights(actions, kinds, self._limit(row))

    def _limit(self, row: int) -> int | None:
        """None when "any amount" is ticked, else the box's amount in minor units."""
        if _ticked(self.ui.actions, row, ANY_AMOUNT_COLUMN):
            return None
        currency = self._stored.base_currency
        box = self._limits[row]
        return to_minor(Decimal(f"{box.value():.{box.decimals()}f}"), currency)

    def _money_edited(self, item: QTableWidgetItem) -> None:
        if item.column() in (APPROVE_MONEY_COLUMN, ANY_AMOUNT_COLUMN):
            self._enable_money(item.row())

    def _enable_money(self, row: int) -> None:
        """The limit means something only for a role that approves money; "any amount" greys
        the amount out."""
        table = self.ui.actions
        approves = _ticked(table, row, APPROVE_MONEY_COLUMN)
        any_item = table.item(row, ANY_AMOUNT_COLUMN)
        flags = any_item.flags()
        enabled = flags | Qt.ItemFlag.ItemIsEnabled
        blocked = table.blockSignals(True)  # a change of flags is an itemChanged too
        any_item.setFlags(enabled if approves else flags & ~Qt.ItemFlag.ItemIsEnabled)
        table.blockSignals(blocked)
        self._limits[row].setEnabled(approves and not _ticked(table, row, ANY_AMOUNT_COLUMN))

    # ----- saving ----------------------------------------------------------------------------
    def _check(self, proposed: Matrix, reason: str) -> None:
        """What the service would refuse anyway, said before the password is asked for."""
        if dict(proposed.roles) == dict(self._stored.roles):
            raise translated("Authority", UNCHANGED)
        authority.check_matrix(proposed)
        if not reason:
            self.ui.reason.setFocus(Qt.FocusReason.OtherFocusReason)
            raise translated("Authority", NO_REASON)

    def _ask_password(self) -> str | None:
        password, ok = QInputDialog.getText(
            self,
            self.windowTitle(),
            self.tr("Your password, %1, puts the new matrix in force:").replace(
                "%1", self._actor.name
            ),
            QLineEdit.EchoMode.Password,
        )
        return password if ok else None

    def _refused(self, exc: UserError) -> bool:
        show_message(self.ui.form_error, str(exc))
        return False


def _ticked(table: QTableWidget, row: int, column: int) -> bool:
    item = table.item(row, column)
    return item is not None and item.checkState() == CHECKED


def _wrap_headers(table: QTableWidget) -> None:
    """Narrow columns with their labels wrapped, so nine actions fit a laptop's width."""
    header = table.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header.setDefaultSectionSize(CHECK_COLUMN_WIDTH)
    header.setMinimumHeight(header.fontMetrics().lineSpacing() * HEADER_LINES + 8)


def _role_codes(shown: Matrix) -> list[str]:
    """The department's roles in their order, then any role only the matrix names."""
    codes = [role.code for role in roles()]
    return codes + [code for code in shown.roles if code not in codes]


def _role_names(codes: list[str]) -> list[str]:
    lang = current_language()
    names = {role.code: role.name(lang) for role in roles(active_only=False)}
    return [names.get(code) or authority.role_label(code) for code in codes]


def _may_administer(actor: Actor, shown: Matrix) -> bool:
    try:
        held = accounts.roles_of(accounts.account(actor.user_id))
    except UserError:  # not an account of this file: look, never change
        return False
    return authority.may(shown, held, Action.ADMINISTER)


def _person(user_id: str) -> str:
    if user_id == SYSTEM.user_id:
        return SYSTEM.name
    try:
        return accounts.actor_of(accounts.account(user_id)).name
    except UserError:
        return user_id
