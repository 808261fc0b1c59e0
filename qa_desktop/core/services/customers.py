"""Customers as master data: look up, add, edit, and merge two spellings of one customer.

A customer is often typed twice in two ways (佛山某不锈钢制品厂 / 佛山某不锈钢制品有限公司). A merge
moves every complaint of one spelling to the customer that is kept and keeps the merged record,
pointing at the kept one (`merged_into`), so that typing the old spelling still finds the right
customer. Merged records are never listed and nothing is ever merged into them, so a look-up
follows at most one step.

The customer's name is part of every one of its complaints' search text: a rename or a merge
re-indexes those complaints in the same transaction (`search.reindex_customer`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields

from peewee import fn

from qa_desktop.core import search
from qa_desktop.core.case_figures import refresh_repeats
from qa_desktop.core.clock import Clock, to_storage, utc_now
from qa_desktop.core.errors import FieldError, ValidationError, translated
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from qa_desktop.core.models import Complaint, Customer
from qa_desktop.core.services.context import Actor, Unit, write
from qa_desktop.core.sorting import sort_key
from qa_desktop.core.text import clean_multiline, single_spaced
from qa_desktop.core.validation import MAX_NAME
from qa_desktop.core.vocab import Action, Market

CONTEXT = "Customers"
MAX_LINE = MAX_NAME  # a name, a phone number, an e-mail address: longer is a paste gone wrong
MAX_ADDRESS = 1000
EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
# Details a merge copies to the kept customer where it has none (the market is a decision, not
# a detail: it stays as the kept customer has it).
DETAILS = ("name_en", "contact_name", "contact_phone", "contact_email", "address")


@dataclass(frozen=True)
class CustomerDraft:
    """A customer as typed on the Customers screen (or given by an import)."""

    name: str = ""
    name_en: str = ""
    market: str = Market.DOMESTIC.value
    contact_name: str = ""
    contact_phone: str = ""
    contact_email: str = ""
    address: str = ""
    active: bool = True

    @classmethod
    def of(cls, customer: Customer) -> CustomerDraft:
        return cls(**{f.name: getattr(customer, f.name) for f in fields(cls)})

    def cleaned(self) -> CustomerDraft:
        """As it will be stored: control characters gone, one-line fields with single spaces."""
        values = {
            f.name: single_spaced(getattr(self, f.name))
            for f in fields(self)
            if f.name not in ("address", "active")
        }
        address = "\n".join(line.strip() for line in clean_multiline(self.address).splitlines())
        return CustomerDraft(**values, address=address.strip(), active=bool(self.active))


@dataclass(frozen=True)
class CustomerRow:
    """One line of the Customers screen's list."""

    id: int
    name: str
    name_en: str
    market: str
    active: bool
    sort_key: str
    complaints: int


@dataclass(frozen=True)
class MergeResult:
    kept: Customer
    merged: Customer
    moved: int  # complaints moved from the merged spelling to the kept customer


# ----- looking up ----------------------------------------------------------------------------
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


def customer_rows() -> list[CustomerRow]:
    """Every listed customer (in use or not) with its number of complaints, by pinyin."""
    counts = dict(
        Complaint.select(Complaint.customer, fn.COUNT(Complaint.id))
        .group_by(Complaint.customer)
        .tuples()
    )
    return [
        CustomerRow(c.id, c.name, c.name_en, c.market, bool(c.active), c.sort_key,
                    counts.get(c.id, 0))
        for c in customers(active_only=False)
    ]  # fmt: skip


def old_spellings(customer_id: int) -> list[str]:
    """The spellings merged into this customer, by pinyin: typing any of them finds it."""
    query = (
        Customer.select(Customer.name)
        .where(Customer.merged_into == customer_id)
        .order_by(Customer.sort_key, Customer.name)
    )
    return [row.name for row in query]


def find_customer(name: str) -> Customer | None:
    """The customer of that name, or of a name that differs from it only in case (the
    Customers screen never lets two such names exist, so a complaint must not make them
    either); a spelling merged into another customer finds that one (merges never chain)."""
    name = single_spaced(name)
    customer = Customer.get_or_none(Customer.name == name) or _same_name(name, None)
    if customer is not None and customer.merged_into_id is not None:
        return customer.merged_into
    return customer


def find_or_create_customer(unit: Unit, name: str, market: str = Market.DOMESTIC) -> Customer:
    """Inside a write: the customer of that name (or of a spelling merged into it), or a new one."""
    name = single_spaced(name)
    customer = find_customer(name)
    if customer is not None:
        return customer
    customer = Customer(name=name, market=market, sort_key=sort_key(name))
    unit.stamp(customer, new=True)
    customer.save(force_insert=True)
    unit.audit("create", customer, {"name": name})
    return customer


# ----- checking ------------------------------------------------------------------------------
def customer_problems(
    draft: CustomerDraft, customer_id: int | None = None, lang: str | None = None
) -> list[FieldError]:
    """Every problem with a customer as typed (cleaned first), by field; [] if it may be saved.

    `customer_id` is the customer being edited (None: a new one)."""
    clean = draft.cleaned()

    def say(message: str, **values: object) -> str:
        return translate(CONTEXT, message, lang).format(**values)

    problems: list[FieldError] = []
    for f in fields(clean):
        value = getattr(clean, f.name)
        limit = MAX_ADDRESS if f.name == "address" else MAX_LINE
        if isinstance(value, str) and len(value) > limit:
            message = QT_TRANSLATE_NOOP("Customers", "At most {n} characters.")
            problems.append(FieldError(f.name, say(message, n=limit)))
    if not clean.name:
        message = QT_TRANSLATE_NOOP("Customers", "Enter the customer's name.")
        problems.append(FieldError("name", say(message)))
    elif (taken := _same_name(clean.name, customer_id)) is not None:
        problems.append(FieldError("name", _taken_message(taken, say)))
    if clean.market not in {m.value for m in Market}:
        message = QT_TRANSLATE_NOOP("Customers", "Choose domestic or export.")
        problems.append(FieldError("market", say(message)))
    if clean.contact_email and not EMAIL.fullmatch(clean.contact_email):
        message = QT_TRANSLATE_NOOP("Customers", "An e-mail address looks like name@example.com.")
        problems.append(FieldError("contact_email", say(message)))
    return problems


def _same_name(name: str, customer_id: int | None) -> Customer | None:
    """Another customer, listed or merged, whose name differs from this one at most in case.

    Merged spellings count: a name is how complaints find their customer, so it is never
    reused. Compared case-folded in Python (SQLite's lower() folds ASCII only: Ç, Ł …)."""
    folded = name.casefold()
    query = Customer.select()
    if customer_id is not None:
        query = query.where(Customer.id != customer_id)
    return next((c for c in query if c.name.casefold() == folded), None)


def _taken_message(taken: Customer, say) -> str:
    if taken.merged_into_id is None:
        message = QT_TRANSLATE_NOOP("Customers", "There is already a customer called {name}.")
        return say(message, name=taken.name)
    message = QT_TRANSLATE_NOOP(
        "Customers", "{name} is an old spelling of {kept}: edit {kept} instead."
    )
    return say(message, name=taken.name, kept=find_customer(taken.name).name)


# ----- writing -------------------------------------------------------------------------------
def add_customer(draft: CustomerDraft, actor: Actor, clock: Clock = utc_now) -> Customer:
    """A new customer; ValidationError (by field) if it cannot be saved."""
    with write(actor, clock, needs=(Action.REGISTER, Action.EDIT)) as unit:
        problems = customer_problems(draft)
        if problems:
            raise ValidationError(problems)
        clean = draft.cleaned()
        customer = Customer(**_values(clean), sort_key=sort_key(clean.name))
        unit.stamp(customer, new=True)
        customer.save(force_insert=True)
        unit.audit("create", customer, _values(clean))
    return customer


def update_customer(
    customer_id: int,
    draft: CustomerDraft,
    expected_revision: int,
    actor: Actor,
    clock: Clock = utc_now,
) -> Customer:
    """Save an edit, unless someone else saved the customer since it was opened.

    A new name or English name re-indexes the customer's complaints: the register finds them
    by the name they show."""
    with write(actor, clock, needs=Action.EDIT) as unit:
        customer = _listed(customer_id)
        if customer.revision != expected_revision:
            raise translated(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "Customers",
                    "{name} was changed by {user} after you opened it; open it again to see "
                    "that change.",
                ),
                name=customer.name,
                user=customer.updated_by,
            )
        problems = customer_problems(draft, customer_id)
        if problems:
            raise ValidationError(problems)
        clean = _values(draft.cleaned())
        changes = {
            k: [getattr(customer, k), v] for k, v in clean.items() if getattr(customer, k) != v
        }
        if not changes:
            return customer
        for key, value in clean.items():
            setattr(customer, key, value)
        customer.sort_key = sort_key(customer.name)
        unit.stamp(customer, new=False)
        customer.save()
        unit.audit("update", customer, changes)
        if "name" in changes or "name_en" in changes:
            search.reindex_customer(customer.id)
            _check_signed(unit, customer.id)
    return customer


def merge_customers(
    keep_id: int, merged_id: int, actor: Actor, clock: Clock = utc_now
) -> MergeResult:
    """Merge the spelling `merged_id` into the customer `keep_id`: its complaints move to the
    kept customer, its empty details are filled in, and it stays as an old spelling that finds
    the kept customer. Audited on both customers and on every complaint moved."""
    with write(actor, clock, needs=Action.EDIT) as unit:
        keep, merged = _listed(keep_id), _listed(merged_id)
        if keep.id == merged.id:
            raise translated(
                CONTEXT,
                QT_TRANSLATE_NOOP("Customers", "A customer cannot be merged into itself."),
            )
        moved = _complaint_ids(merged.id)
        _move_complaints(unit, moved, merged, keep)
        spellings = _repoint_spellings(unit, merged, keep)
        filled = _fill_details(keep, merged)
        if filled:
            unit.stamp(keep, new=False)
            keep.save()
        merged.merged_into = keep
        unit.stamp(merged, new=False)
        merged.save()
        unit.audit(
            "merge",
            merged,
            {"merged_into": str(keep.uuid), "name": merged.name, "kept": keep.name,
             "complaints": len(moved), "old_spellings": spellings},
        )  # fmt: skip
        unit.audit("update", keep, {"merged_in": merged.name, **filled})
        search.reindex_customer(keep.id)  # the moved complaints, and the old spelling
        refresh_repeats(Complaint._meta.database, [keep.id])  # one customer's history now
        _check_signed(unit, keep.id)
    return MergeResult(keep, merged, len(moved))


def _listed(customer_id: int) -> Customer:
    """A customer that may be edited or merged: it exists and is not itself merged away."""
    customer = Customer.get_or_none(Customer.id == customer_id)
    if customer is None:
        raise translated(CONTEXT, QT_TRANSLATE_NOOP("Customers", "This customer no longer exists."))
    if customer.merged_into_id is not None:
        raise translated(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Customers",
                "{name} has been merged into {kept}; choose {kept} instead.",
            ),
            name=customer.name,
            kept=find_customer(customer.name).name,
        )
    return customer


def _values(clean: CustomerDraft) -> dict[str, object]:
    return {f.name: getattr(clean, f.name) for f in fields(clean)}


def _check_signed(unit: Unit, customer_id: int) -> None:
    """A signed proposal names the customer: a new name voids its signatures, visibly."""
    from qa_desktop.core.services.proposals import check_signed_content

    for complaint in Complaint.select().where(Complaint.customer == customer_id):
        check_signed_content(unit, complaint)


def _complaint_ids(customer_id: int) -> list[int]:
    query = Complaint.select(Complaint.id).where(Complaint.customer == customer_id)
    return [row.id for row in query.order_by(Complaint.id)]


def _move_complaints(unit: Unit, ids: list[int], merged: Customer, keep: Customer) -> None:
    """Point the complaints at the kept customer, each with a new revision (a window that had
    one open then sees that it changed) and an audit entry in its own history."""
    if not ids:
        return
    now = to_storage(unit.clock())
    Complaint.update(
        customer=keep,
        revision=Complaint.revision + 1,
        updated_at=now,
        updated_by=unit.actor.user_id,
    ).where(Complaint.id.in_(ids)).execute()
    detail = {"customer_name": [merged.name, keep.name]}
    rows = Complaint.select(Complaint.uuid).where(Complaint.id.in_(ids)).order_by(Complaint.id)
    unit.audit_keys("update", Complaint._meta.table_name, (str(r.uuid) for r in rows), detail)


def _repoint_spellings(unit: Unit, merged: Customer, keep: Customer) -> list[str]:
    """Spellings merged into `merged` earlier now point at `keep` directly: no chains."""
    older = list(Customer.select().where(Customer.merged_into == merged.id))
    for spelling in older:
        spelling.merged_into = keep
        unit.stamp(spelling, new=False)
        spelling.save()
    return [spelling.name for spelling in older]


def _fill_details(keep: Customer, merged: Customer) -> dict[str, list[str]]:
    """Copy the merged spelling's details to the kept customer where it has none."""
    filled = {}
    for name in DETAILS:
        theirs = getattr(merged, name)
        if theirs and not getattr(keep, name):
            setattr(keep, name, theirs)
            filled[name] = ["", theirs]
    return filled
