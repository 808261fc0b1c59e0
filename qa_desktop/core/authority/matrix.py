"""The authority matrix: what each role may do, which handling it may approve and up to what
money, and the checks a matrix must pass before it may be put in force. Pure: no database.

Money limits are per complaint and cumulative (routing.py), in minor units of the department's
base currency. A user may hold several roles: their rights are the union of their roles' rights.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from qa_desktop.core.errors import translated
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from qa_desktop.core.vocab import Action, Currency, HandlingKind, SeededRole

CONTEXT = "Authority"

DEFAULT_BASE_CURRENCY = "CNY"
QA_MANAGER_LIMIT = 5_000_000  # ¥50,000.00 per complaint, in fen (issue 10's default)


@dataclass(frozen=True)
class RoleRights:
    """One role's row of the matrix. `money_limit` is read only with Action.APPROVE_MONEY in
    `actions`: None is any amount, else the most the role may approve on one complaint."""

    actions: frozenset[Action] = frozenset()
    approve_kinds: frozenset[HandlingKind] = frozenset()
    money_limit: int | None = 0

    def __post_init__(self) -> None:
        # Stored as the vocabularies' members, so a row built from codes compares equal.
        object.__setattr__(self, "actions", frozenset(Action(a) for a in self.actions))
        kinds = frozenset(HandlingKind(k) for k in self.approve_kinds)
        object.__setattr__(self, "approve_kinds", kinds)

    @property
    def approves_money(self) -> bool:
        return Action.APPROVE_MONEY in self.actions

    def covers(self, amount_minor: int) -> bool:
        """May this role approve `amount_minor` (cumulative) on one complaint? 0 needs no right."""
        if amount_minor <= 0:
            return True
        if not self.approves_money:
            return False
        return self.money_limit is None or self.money_limit >= amount_minor


@dataclass(frozen=True)
class Matrix:
    """One version of the matrix. A proposal is routed, and its signers checked, by the version
    in force when it was submitted; editing the matrix makes a new version."""

    version: int
    base_currency: str
    roles: Mapping[str, RoleRights] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # Read-only and in code order, so iteration (and every tie-break) is deterministic.
        frozen = {str(code): self.roles[code] for code in sorted(self.roles, key=str)}
        object.__setattr__(self, "roles", MappingProxyType(frozen))

    def rights(self, role: str) -> RoleRights:
        """A role's row; a role the matrix does not name may do nothing."""
        return self.roles.get(role, NO_RIGHTS)


NO_RIGHTS = RoleRights()


def default_matrix(version: int = 1, base_currency: str = DEFAULT_BASE_CURRENCY) -> Matrix:
    """The matrix a new database starts with (issue 10): field staff only confirm quantities;
    the QA engineer registers, edits, proposes and closes; the QA manager approves every kind of
    handling and money up to ¥50,000 per complaint, and reopens; the general manager approves
    any amount and gives the final sign-off; sales register; the administrator administers."""
    every_kind = frozenset(HandlingKind)
    a = Action
    roles = {
        SeededRole.FIELD_STAFF: RoleRights(frozenset({a.CONFIRM_QUANTITIES})),
        SeededRole.QA_ENGINEER: RoleRights(frozenset({a.REGISTER, a.EDIT, a.PROPOSE, a.CLOSE})),
        SeededRole.QA_MANAGER: RoleRights(
            frozenset({a.REGISTER, a.EDIT, a.APPROVE_MONEY, a.CLOSE, a.REOPEN}),
            every_kind,
            QA_MANAGER_LIMIT,
        ),
        SeededRole.GENERAL_MANAGER: RoleRights(
            frozenset({a.APPROVE_MONEY, a.FINAL_SIGNOFF}), every_kind, None
        ),
        SeededRole.SALES: RoleRights(frozenset({a.REGISTER})),
        SeededRole.ADMINISTRATOR: RoleRights(frozenset({a.ADMINISTER})),
    }
    return Matrix(version, base_currency, {code.value: rights for code, rights in roles.items()})


# --- queries: what a user holding `roles` may do ------------------------------------------------


def may(m: Matrix, roles: Iterable[str], action: Action) -> bool:
    return any(action in m.rights(role).actions for role in roles)


def may_approve_kind(m: Matrix, roles: Iterable[str], kind: HandlingKind) -> bool:
    return any(kind in m.rights(role).approve_kinds for role in roles)


def money_limit(m: Matrix, roles: Iterable[str]) -> int | None:
    """The highest limit among the user's roles that approve money: None is any amount, 0 means
    none of them may approve money."""
    limits = [m.rights(r).money_limit for r in roles if m.rights(r).approves_money]
    if any(limit is None for limit in limits):
        return None
    return max((limit for limit in limits if limit is not None), default=0)


def role_label(code: str, lang: str | None = None) -> str:
    """A seeded role's translated name; another role's code as it is (its name is the role
    service's to store)."""
    try:
        return SeededRole(code).label(lang)
    except ValueError:
        return code


# --- the checks before a matrix is put in force -------------------------------------------------


def check_matrix(m: Matrix) -> None:
    """Refuse, with one sentence, a matrix under which some proposal could never become binding.

    Besides a final sign-off and an approver for every kind, some one role must approve every
    kind with no money limit: otherwise a large claim (or one mixing kinds) would have nobody to
    route to, and the department would learn it only with a customer waiting. A department that
    wants every large amount to reach the general manager gets that from the routing anyway."""
    if isinstance(m.version, bool) or not isinstance(m.version, int) or m.version < 1:
        raise translated(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Authority", "The version of the authority matrix must be a whole number from 1."
            ),
        )
    _check_base_currency(m.base_currency)
    for code, rights in m.roles.items():
        _check_role(code, rights)
    if not any(Action.FINAL_SIGNOFF in r.actions for r in m.roles.values()):
        raise translated(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Authority",
                "No role may give the final sign-off, so no handling could ever become binding.",
            ),
        )
    _check_every_kind_approvable(m)
    _check_unlimited_approver(m)


def _check_base_currency(currency: str) -> None:
    try:
        Currency(currency)
    except ValueError:
        raise translated(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Authority", "The base currency {currency} is not one the application knows."
            ),
            currency=currency,
        ) from None


def _check_role(code: str, rights: RoleRights) -> None:
    if not code.strip() or code != code.strip():
        raise translated(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Authority", "A role code in the authority matrix is empty or has spaces around it."
            ),
        )
    limit = rights.money_limit
    if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int)):
        raise translated(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Authority", "The money limit of the role {role} is not a whole number."
            ),
            role=role_label(code),
        )
    if limit is not None and limit < 0:
        raise translated(
            CONTEXT,
            QT_TRANSLATE_NOOP("Authority", "The money limit of the role {role} is negative."),
            role=role_label(code),
        )


def _check_every_kind_approvable(m: Matrix) -> None:
    for kind in HandlingKind:
        if not any(kind in r.approve_kinds for r in m.roles.values()):
            raise translated(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "Authority",
                    "No role may approve the handling “{kind}”, so it could never be approved.",
                ),
                kind=kind.label(),
            )


def _check_unlimited_approver(m: Matrix) -> None:
    unlimited = [r for r in m.roles.values() if r.approves_money and r.money_limit is None]
    if not unlimited:
        raise translated(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Authority",
                "No role may approve money without a limit, so a proposal above every limit could never be approved.",
            ),
        )
    # The unlimited role that lacks the fewest kinds names the first one it lacks.
    best = max(unlimited, key=lambda r: len(r.approve_kinds))
    missing = [kind for kind in HandlingKind if kind not in best.approve_kinds]
    if missing:
        raise translated(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Authority",
                "No role without a money limit may approve “{kind}”, so a large proposal with it could never be approved.",
            ),
            kind=missing[0].label(),
        )


def kinds_text(kinds: Iterable[HandlingKind], lang: str | None = None) -> str:
    """Kinds of handling as a reader's list, in the vocabulary's order."""
    chosen = set(kinds)
    separator = translate(CONTEXT, QT_TRANSLATE_NOOP("Authority", ", "), lang)
    return separator.join(k.label(lang) for k in HandlingKind if k in chosen)
