"""The authority matrix in force, its versions, and the administrator's change of it.

A version is never changed once stored: a proposal keeps the version it was routed by, so a
change of the matrix never silently changes a route in progress."""

from __future__ import annotations

from functools import lru_cache

from qa_desktop.core import authority
from qa_desktop.core.authority import Matrix
from qa_desktop.core.clock import Clock, to_storage, utc_now
from qa_desktop.core.errors import translated
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP
from qa_desktop.core.models import MatrixVersion
from qa_desktop.core.services.context import Actor, Unit, write
from qa_desktop.core.text import single_spaced

NO_REASON = QT_TRANSLATE_NOOP("Authority", "Say why the matrix changes: the reason is audited.")
UNCHANGED = QT_TRANSLATE_NOOP("Authority", "The matrix is the same as the one in force.")


def seed_matrix() -> None:
    """Version 1, the default matrix, in a new file or one upgraded to accounts."""
    if MatrixVersion.select().exists():
        return
    matrix = authority.default_matrix(version=1)
    MatrixVersion.create(
        version=1,
        content=authority.matrix_to_json(matrix),
        content_hash=authority.matrix_hash(matrix),
        created_at=to_storage(utc_now()),
        created_by="system",
        reason="default",
    )


def current_version() -> int:
    row = MatrixVersion.select(MatrixVersion.version).order_by(MatrixVersion.version.desc()).first()
    return row.version if row is not None else 0


def matrix(version: int | None = None) -> Matrix:
    """The matrix of `version`, or the one in force."""
    number = current_version() if version is None else version
    row = MatrixVersion.get(MatrixVersion.version == number)
    return _parsed(row.content)


@lru_cache(maxsize=16)
def _parsed(content: str) -> Matrix:
    return authority.matrix_from_json(content)


def change_matrix(
    admin: Actor, password: str, proposed: Matrix, reason: str, clock: Clock = utc_now
) -> Matrix:
    """A new version of the matrix, after the administrator's password is checked again."""
    from qa_desktop.core.services.accounts import check_administrator

    reason = single_spaced(reason)
    if not reason:
        raise translated("Authority", NO_REASON)
    check_administrator(admin, password, clock)
    with write(admin, clock) as unit:
        unit.require(authority.Action.ADMINISTER)
        before = matrix()
        number = before.version + 1
        new = Matrix(number, proposed.base_currency, proposed.roles)
        authority.check_matrix(new)
        if authority.matrix_to_json(Matrix(before.version, new.base_currency, new.roles)) == (
            authority.matrix_to_json(before)
        ):
            raise translated("Authority", UNCHANGED)
        _store(unit, new, reason)
    return new


def _store(unit: Unit, new: Matrix, reason: str) -> None:
    row = MatrixVersion.create(
        version=new.version,
        content=authority.matrix_to_json(new),
        content_hash=authority.matrix_hash(new),
        created_at=to_storage(unit.clock()),
        created_by=unit.actor.user_id,
        reason=reason,
    )
    unit.audit_key(
        "create",
        MatrixVersion._meta.table_name,
        str(row.version),
        {"version": new.version, "content_hash": row.content_hash},
        reason=reason,
    )
