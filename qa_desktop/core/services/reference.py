"""Reference data: customers and the editable list of defect types."""

from __future__ import annotations

import re

from peewee import fn

from qa_desktop.core.clock import Clock, utc_now
from qa_desktop.core.errors import UserError
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from qa_desktop.core.models import Customer, DefectType
from qa_desktop.core.services.context import LOCAL_USER, Actor, Unit, write
from qa_desktop.core.vocab import DEFAULT_DEFECT_TYPES, Market

SYSTEM = Actor("system", "QA Desktop")
CODE = re.compile(r"[a-z0-9_]{2,30}")


def seed_reference_data() -> None:
    """Called inside the schema-creating transaction of a new database."""
    unit = Unit(SYSTEM, utc_now)
    for order, (code, name_en, name_zh) in enumerate(DEFAULT_DEFECT_TYPES):
        defect = DefectType(code=code, name_en=name_en, name_zh=name_zh, sort_order=order)
        unit.stamp(defect, new=True)
        defect.save(force_insert=True)


def defect_types(active_only: bool = True) -> list[DefectType]:
    query = DefectType.select().order_by(DefectType.sort_order, DefectType.id)
    if active_only:
        query = query.where(DefectType.active == True)  # noqa: E712 - peewee expression
    return list(query)


def add_defect_type(
    code: str, name_en: str, name_zh: str, actor: Actor = LOCAL_USER, clock: Clock = utc_now
) -> DefectType:
    """A new entry at the end of the defect list. The code is permanent: reports group by it."""
    code = code.strip().lower()
    name_en, name_zh = _names(name_en, name_zh)
    if not CODE.fullmatch(code):
        raise _error(
            QT_TRANSLATE_NOOP(
                "Reference", "A defect code is 2 to 30 small letters, digits or underscores."
            )
        )
    with write(actor, clock) as unit:
        if DefectType.get_or_none(DefectType.code == code):
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Reference", "There is already a defect type with the code {code}."
                ),
                code=code,
            )
        last = DefectType.select(fn.MAX(DefectType.sort_order)).scalar() or 0
        defect = DefectType(code=code, name_en=name_en, name_zh=name_zh, sort_order=last + 1)
        unit.stamp(defect, new=True)
        defect.save(force_insert=True)
        unit.audit("create", defect, {"code": code, "name_en": name_en, "name_zh": name_zh})
    return defect


def update_defect_type(
    code: str,
    name_en: str,
    name_zh: str,
    active: bool,
    actor: Actor = LOCAL_USER,
    clock: Clock = utc_now,
) -> DefectType:
    """Rename or retire (active=False) a defect type; complaints keep pointing at it."""
    name_en, name_zh = _names(name_en, name_zh)
    with write(actor, clock) as unit:
        defect = DefectType.get_or_none(DefectType.code == code)
        if defect is None:
            raise _error(
                QT_TRANSLATE_NOOP("Reference", "There is no defect type {code}."), code=code
            )
        before = {"name_en": defect.name_en, "name_zh": defect.name_zh, "active": defect.active}
        after = {"name_en": name_en, "name_zh": name_zh, "active": bool(active)}
        changes = {k: [before[k], after[k]] for k in after if before[k] != after[k]}
        if changes:
            defect.name_en, defect.name_zh, defect.active = name_en, name_zh, bool(active)
            unit.stamp(defect, new=False)
            defect.save()
            unit.audit("update", defect, changes)
    return defect


def _names(name_en: str, name_zh: str) -> tuple[str, str]:
    """Both names, each falling back to the other; at least one is required."""
    name_en, name_zh = " ".join(name_en.split()), " ".join(name_zh.split())
    if not (name_en or name_zh):
        raise _error(QT_TRANSLATE_NOOP("Reference", "A defect type needs a name."))
    return name_en or name_zh, name_zh or name_en


def _error(message: str, **values: object) -> UserError:
    return UserError(translate("Reference", message).format(**values))


def customers(active_only: bool = True) -> list[Customer]:
    query = Customer.select().order_by(Customer.name)
    if active_only:
        query = query.where(Customer.active == True)  # noqa: E712 - peewee expression
    return list(query)


def find_or_create_customer(
    unit: Unit, name: str, market: str = Market.DOMESTIC, **details: str
) -> Customer:
    """Inside a write: the customer of that exact name, or a new one."""
    name = " ".join(name.split())
    customer = Customer.get_or_none(Customer.name == name)
    if customer is not None:
        return customer
    customer = Customer(name=name, market=market, **details)
    unit.stamp(customer, new=True)
    customer.save(force_insert=True)
    unit.audit("create", customer, {"name": name})
    return customer
