"""The authority rules of issue 10 as pure functions: the matrix (who may do what, approve
which handling and how much money), the route a proposal takes, and who may sign a step.

No database and no Qt: the services enforce these on every write, and the screens ask them what
to enable. Vocabulary (Action, HandlingKind, Meaning, ProposalState, SeededRole) is in
core/vocab.py; money conversion (to_base) in core/money.py.
"""

from qa_desktop.core.authority.matrix import (
    DEFAULT_BASE_CURRENCY,
    QA_MANAGER_LIMIT,
    Matrix,
    RoleRights,
    check_matrix,
    default_matrix,
    may,
    may_approve_kind,
    money_limit,
    role_label,
)
from qa_desktop.core.authority.matrix_json import matrix_from_json, matrix_hash, matrix_to_json
from qa_desktop.core.authority.routing import (
    COUNTING,
    ProposalTotal,
    RouteState,
    Step,
    authority_rank,
    cumulative,
    route,
    route_state,
)
from qa_desktop.core.authority.signers import Authority, Delegation, check_delegation, may_sign
from qa_desktop.core.money import MAX_MINOR, to_base
from qa_desktop.core.vocab import Action, HandlingKind, Meaning, ProposalState, SeededRole

__all__ = [
    "COUNTING",
    "DEFAULT_BASE_CURRENCY",
    "MAX_MINOR",
    "QA_MANAGER_LIMIT",
    "Action",
    "Authority",
    "Delegation",
    "HandlingKind",
    "Matrix",
    "Meaning",
    "ProposalState",
    "ProposalTotal",
    "RoleRights",
    "RouteState",
    "SeededRole",
    "Step",
    "authority_rank",
    "check_delegation",
    "check_matrix",
    "cumulative",
    "default_matrix",
    "matrix_from_json",
    "matrix_hash",
    "matrix_to_json",
    "may",
    "may_approve_kind",
    "may_sign",
    "money_limit",
    "role_label",
    "route",
    "route_state",
    "to_base",
]
