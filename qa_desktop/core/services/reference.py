"""Reference data: the department's editable list of defect types.

Customers live in services/customers.py; their functions are importable from here too.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from peewee import fn

from qa_desktop.core import search
from qa_desktop.core.clock import Clock, utc_now
from qa_desktop.core.errors import UserError, translated
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from qa_desktop.core.models import DefectType
from qa_desktop.core.services.context import Actor, Unit, write

# The customer functions of version 1 moved to customers.py; scripts that import them from
# here still work.
from qa_desktop.core.services.customers import customers, find_or_create_customer  # noqa: F401
from qa_desktop.core.sorting import sort_key
from qa_desktop.core.text import single_spaced
from qa_desktop.core.vocab import DEFAULT_DEFECT_TYPES, Action

SYSTEM = Actor("system", "QA Desktop")
CODE = re.compile(r"[a-z0-9_]{2,30}")
CODE_STEM = 26  # room for a suffix: weld_seam_12 still fits the 30 characters of CODE
NEEDS_NAME = QT_TRANSLATE_NOOP("Reference", "A defect type needs a name.")
BAD_CODE = QT_TRANSLATE_NOOP(
    "Reference", "A defect code is 2 to 30 small letters, digits or underscores."
)
TAKEN_CODE = QT_TRANSLATE_NOOP("Reference", "There is already a defect type with the code {code}.")
TAKEN_NAME = QT_TRANSLATE_NOOP("Reference", "There is already a defect type called {name}.")


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


def make_defect_code(name_en: str, name_zh: str, taken: set[str]) -> str:
    """The permanent code of a new defect type, made from its English name, or from the pinyin
    of its Chinese name when it has no English one: "Weld seam" -> weld_seam, 焊缝 -> han_feng.
    A code already taken gets a number: weld_seam_2. Reports group by the code, so it is made
    once, when the type is added, and never follows a rename."""
    name_en, name_zh = _names(name_en, name_zh)
    latin = any(c.isascii() and c.isalnum() for c in name_en)
    reading = sort_key(name_en if latin else name_zh).split("\t", 1)[0]
    stem = _code_words(reading)[:CODE_STEM].strip("_") or "defect"
    if len(stem) < 2:
        stem = f"defect_{stem}"
    code, number = stem, 1
    while code in taken:
        number += 1
        code = f"{stem}_{number}"
    return code


def _code_words(text: str) -> str:
    """Small ASCII letters and digits, words joined by underscores: "Crème brûlée" -> creme_brulee."""
    plain = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "_", plain).strip("_")


def defect_problem(
    name_en: str, name_zh: str, others: Iterable[tuple[str, str]] = (), lang: str | None = None
) -> str:
    """Why a defect type with these names cannot be saved, or "" (pure).

    `others` holds the names of every other defect type: two types of one name could not be
    told apart on the complaint form."""
    name_en, name_zh = _names(name_en, name_zh)
    if not name_en:
        return translate("Reference", NEEDS_NAME, lang)
    mine = {name_en.casefold(), name_zh.casefold()}
    for other in others:
        taken = next((name for name in other if name and name.casefold() in mine), None)
        if taken:  # named as the list has it, so it can be found there
            return translate("Reference", TAKEN_NAME, lang).format(name=taken)
    return ""


def code_problem(code: str, taken: set[str]) -> str:
    """Why a code given by hand (the command line, an import) cannot be a new type's, or ""."""
    if not CODE.fullmatch(code):
        return translate("Reference", BAD_CODE)
    if code in taken:
        return translate("Reference", TAKEN_CODE).format(code=code)
    return ""


def _codes() -> set[str]:
    return {row.code for row in DefectType.select(DefectType.code)}


def other_names(code: str | None = None) -> list[tuple[str, str]]:
    """The names of every stored defect type but `code`'s."""
    query = DefectType.select(DefectType.name_en, DefectType.name_zh)
    if code is not None:
        query = query.where(DefectType.code != code)
    return [(row.name_en, row.name_zh) for row in query]


def add_defect_type(
    name_en: str,
    name_zh: str,
    actor: Actor,
    clock: Clock = utc_now,
    active: bool = True,
    *,
    code: str = "",
) -> DefectType:
    """A new entry at the end of the defect list, its code made from its names (or given by
    hand, e.g. by an import). The code is permanent: reports group by it."""
    code = code.strip().lower()
    with write(actor, clock, needs=Action.ADMINISTER):
        problem = defect_problem(name_en, name_zh, other_names()) or (
            code_problem(code, _codes()) if code else ""
        )
        if problem:
            raise UserError(problem)
        return insert_defect_type(name_en, name_zh, active, code, actor, clock)


def insert_defect_type(
    name_en: str, name_zh: str, active: bool, code: str, actor: Actor, clock: Clock
) -> DefectType:
    """Write a new defect type whose names were checked (alone, or with a whole batch)."""
    with write(actor, clock, needs=Action.ADMINISTER) as unit:
        code = code or make_defect_code(name_en, name_zh, _codes())
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
    actor: Actor,
    clock: Clock = utc_now,
) -> DefectType:
    """Rename or retire (active=False) a defect type; complaints keep pointing at it."""
    with write(actor, clock, needs=Action.ADMINISTER):
        stored = _stored(code)
        renamed = _names(name_en, name_zh) != (stored.name_en, stored.name_zh)
        problem = defect_problem(name_en, name_zh, other_names(code) if renamed else ())
        if problem:
            raise UserError(problem)
        return change_defect_type(code, name_en, name_zh, active, actor, clock)


def change_defect_type(
    code: str, name_en: str, name_zh: str, active: bool, actor: Actor, clock: Clock
) -> DefectType:
    """Write a rename or retire whose names were checked (alone, or with a whole batch)."""
    name_en, name_zh = _names(name_en, name_zh)
    with write(actor, clock, needs=Action.ADMINISTER) as unit:
        defect = _stored(code)
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


def _stored(code: str) -> DefectType:
    defect = DefectType.get_or_none(DefectType.code == code)
    if defect is None:
        raise translated(
            "Reference",
            QT_TRANSLATE_NOOP("Reference", "There is no defect type {code}."),
            code=code,
        )
    return defect


def _names(name_en: str, name_zh: str) -> tuple[str, str]:
    """Both names, each falling back to the other (either may be "" only if both are)."""
    name_en, name_zh = single_spaced(name_en), single_spaced(name_zh)
    return name_en or name_zh, name_zh or name_en
