"""Reference data: customers and the editable list of defect types."""

from __future__ import annotations

import re

from peewee import fn

from qa_desktop.core import search
from qa_desktop.core.clock import Clock, utc_now
from qa_desktop.core.errors import UserError, translated
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from qa_desktop.core.models import Customer, DefectType
from qa_desktop.core.services.context import LOCAL_USER, Actor, Unit, write
from qa_desktop.core.sorting import sort_key
from qa_desktop.core.text import clean_line
from qa_desktop.core.vocab import DEFAULT_DEFECT_TYPES, Market

SYSTEM = Actor("system", "QA Desktop")
CODE = re.compile(r"[a-z0-9_]{2,30}")
NEEDS_NAME = QT_TRANSLATE_NOOP("Reference", "A defect type needs a name.")
BAD_CODE = QT_TRANSLATE_NOOP(
    "Reference", "A defect code is 2 to 30 small letters, digits or underscores."
)
TAKEN_CODE = QT_TRANSLATE_NOOP("Reference", "There is already a defect type with the code {code}.")


def seed_reference_data() -> None:
    """Inside the transaction that creates or upgrades a database: the default defect types it
    lacks, after the department's own (a code the department has is never touched)."""
    unit = Unit(SYSTEM, utc_now)
    present = {row.code for row in DefectType.select(DefectType.code)}
    last = DefectType.select(fn.MAX(DefectType.sort_order)).scalar()
    order = -1 if last is None else last
    for code, name_en, name_zh in DEFAULT_DEFECT_TYPES:
        if code in present:
            continue
        order += 1
        defect = DefectType(code=code, name_en=name_en, name_zh=name_zh, sort_order=order)
        unit.stamp(defect, new=True)
        defect.save(force_insert=True)


def defect_types(active_only: bool = True) -> list[DefectType]:
    query = DefectType.select().order_by(DefectType.sort_order, DefectType.id)
    if active_only:
        query = query.where(DefectType.active == True)  # noqa: E712 - peewee expression
    return list(query)


def defect_problem(code: str, name_en: str, name_zh: str, new: bool, taken: set[str]) -> str:
    """Why this defect type cannot be saved, or "" (pure: `taken` holds the codes in use)."""
    if not (clean_line(name_en).strip() or clean_line(name_zh).strip()):
        return translate("Reference", NEEDS_NAME)
    if not new:
        return ""
    if not CODE.fullmatch(code):
        return translate("Reference", BAD_CODE)
    if code in taken:
        return translate("Reference", TAKEN_CODE).format(code=code)
    return ""


def add_defect_type(
    code: str,
    name_en: str,
    name_zh: str,
    actor: Actor = LOCAL_USER,
    clock: Clock = utc_now,
    active: bool = True,
) -> DefectType:
    """A new entry at the end of the defect list. The code is permanent: reports group by it."""
    code = code.strip().lower()
    with write(actor, clock) as unit:
        taken = {row.code for row in DefectType.select(DefectType.code)}
        problem = defect_problem(code, name_en, name_zh, True, taken)
        if problem:
            raise UserError(problem)
        name_en, name_zh = _names(name_en, name_zh)
        last = DefectType.select(fn.MAX(DefectType.sort_order)).scalar() or 0
        defect = DefectType(
            code=code, name_en=name_en, name_zh=name_zh, sort_order=last + 1, active=active
        )
        unit.stamp(defect, new=True)
        defect.save(force_insert=True)
        unit.audit("create", defect, {"code": code, "name_en": name_en, "name_zh": name_zh,
                                      "active": active})  # fmt: skip
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
    problem = defect_problem(code, name_en, name_zh, False, set())
    if problem:
        raise UserError(problem)
    name_en, name_zh = _names(name_en, name_zh)
    with write(actor, clock) as unit:
        defect = DefectType.get_or_none(DefectType.code == code)
        if defect is None:
            raise translated(
                "Reference",
                QT_TRANSLATE_NOOP("Reference", "There is no defect type {code}."),
                code=code,
            )
        before = {"name_en": defect.name_en, "name_zh": defect.name_zh, "active": defect.active}
        after = {"name_en": name_en, "name_zh": name_zh, "active": bool(active)}
        changes = {k: [before[k], after[k]] for k in after if before[k] != after[k]}
        if changes:
            defect.name_en, defect.name_zh, defect.active = name_en, name_zh, bool(active)
            unit.stamp(defect, new=False)
            defect.save()
            unit.audit("update", defect, changes)
        if "name_en" in changes or "name_zh" in changes:  # the register shows and searches both
            search.reindex_defect_type(defect.id)
    return defect


def _names(name_en: str, name_zh: str) -> tuple[str, str]:
    """Both names, each falling back to the other (defect_problem made sure one is given)."""
    name_en, name_zh = " ".join(clean_line(name_en).split()), " ".join(clean_line(name_zh).split())
    return name_en or name_zh, name_zh or name_en


def customers(active_only: bool = True) -> list[Customer]:
    """The customers to choose from, by pinyin (core/sorting.py); merged spellings left out."""
    query = (
        Customer.select()
        .where(Customer.merged_into.is_null())
        .order_by(Customer.sort_key, Customer.name)
    )
    if active_only:
        query = query.where(Customer.active == True)  # noqa: E712 - peewee expression
    return list(query)


def customer_name(name: str) -> str:
    """A customer's name as stored: control characters gone, single spaces."""
    return " ".join(clean_line(name).split())


def find_customer(name: str) -> Customer | None:
    """The customer of that name; a spelling merged into another customer finds that one."""
    customer = Customer.get_or_none(Customer.name == customer_name(name))
    seen = set()
    while customer is not None and customer.merged_into_id is not None:
        if customer.id in seen:  # a loop can only come from outside the app: stop at it
            break
        seen.add(customer.id)
        customer = customer.merged_into
    return customer


def find_or_create_customer(
    unit: Unit, name: str, market: str = Market.DOMESTIC, **details: str
) -> Customer:
    """Inside a write: the customer of that name (or of a spelling merged into it), or a new one."""
    name = customer_name(name)
    customer = find_customer(name)
    if customer is not None:
        return customer
    customer = Customer(name=name, market=market, sort_key=sort_key(name), **details)
    unit.stamp(customer, new=True)
    customer.save(force_insert=True)
    unit.audit("create", customer, {"name": name})
    return customer
