"""Reference data: customers and the editable list of defect types."""

from __future__ import annotations

from qa_desktop.core.clock import Clock, utc_now
from qa_desktop.core.errors import UserError
from qa_desktop.core.models import Customer, DefectType
from qa_desktop.core.services.context import LOCAL_USER, Actor, Unit, write
from qa_desktop.core.vocab import DEFAULT_DEFECT_TYPES, Market

SYSTEM = Actor("system", "QA Desktop")


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
    code, name_en, name_zh = code.strip().lower(), name_en.strip(), name_zh.strip()
    if not code or not (name_en or name_zh):
        raise UserError("A defect type needs a code and a name.")
    with write(actor, clock) as unit:
        if DefectType.get_or_none(DefectType.code == code):
            raise UserError(f"There is already a defect type with the code '{code}'.")
        last = DefectType.select().count()
        defect = DefectType(
            code=code, name_en=name_en or name_zh, name_zh=name_zh or name_en, sort_order=last
        )
        unit.stamp(defect, new=True)
        defect.save(force_insert=True)
        unit.audit("create", defect, {"code": code})
    return defect


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
