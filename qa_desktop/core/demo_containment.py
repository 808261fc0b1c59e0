"""The demo's containment (D3), made through the service as the QA engineer would, on cases past
registration: at the customer taken from a finished site visit (with the mill's stock and a
shipment in transit held beside it); taken from a visit, then re-counted at the customer, so
the line shows as differing from the visit; stock on HOLD still being sorted; sorted and
released with its marking; checked and nothing found, with a shipment named but not yet
counted. Cases in containment without lines are left as they are: nothing recorded yet, what
the workflow refuses to move past."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from qa_desktop.core.containment import ContainmentDraft
from qa_desktop.core.demo_case_life import before_closure
from qa_desktop.core.models import Complaint, ContainmentLine, Visit
from qa_desktop.core.services import containment
from qa_desktop.core.services.context import Actor
from qa_desktop.core.vocab import ContainmentPlace, Status, VisitState

STOCK = ContainmentPlace.FACTORY_STOCK.value
WIP = ContainmentPlace.WORK_IN_PROCESS.value
TRANSIT = ContainmentPlace.IN_TRANSIT.value
UNUSED = ContainmentPlace.CUSTOMER_UNUSED.value
GREEN_LABEL = "绿色“合格”标签 + 复检章 / green OK label, re-inspection stamp"
NOT_PAST = (Status.REGISTERED.value, Status.INVALID.value, Status.ANSWERED.value)

Story = Callable[[Complaint], list[ContainmentDraft]]


def load_demo_containment(people: dict[str, Actor], now: datetime) -> int:
    """Containment on the newest cases past registration; how many cases got lines."""
    engineer = people["qa_engineer"]
    now = now.replace(tzinfo=UTC)
    past = Complaint.status.not_in(NOT_PAST)
    visited = list(
        Complaint.select()
        .join(Visit)
        .where(past & (Visit.state == VisitState.FINISHED.value))
        .order_by(Complaint.received_at.desc())
        .distinct()
    )
    others = list(
        Complaint.select()
        .where(past & Complaint.id.not_in([c.id for c in visited]))
        .order_by(Complaint.status == Status.CLOSED.value, Complaint.received_at.desc())
        .limit(len(OTHER_STORIES))
    )
    told = 0
    stories = [
        *zip(visited, VISIT_STORIES, strict=False),
        *zip(others, OTHER_STORIES, strict=False),
    ]
    for case, story in stories:
        lines = story(case)
        at = _when(case, now)
        forget_containment(case.id)  # the bulk's count of it gives way to the story's
        current = containment.containment_of(case.id)
        with before_closure(case):
            containment.save_containment(
                case.id, current.revision, lines, engineer, lambda at=at: at
            )
        told += 1
    return told


def forget_containment(case_id: int) -> None:
    """The bulk's lines of a case (demo_bulk_records.py) a story then counts its own on."""
    ContainmentLine.delete().where(ContainmentLine.complaint == case_id).execute()


def _when(case: Complaint, now: datetime) -> datetime:
    """Six hours after the case came in, or an hour after its site visit finished."""
    finished = [v.finished_at for v in case.visits if v.finished_at is not None]
    start = (
        max(finished) + timedelta(hours=1) if finished else case.received_at + timedelta(hours=6)
    )
    return min(start.replace(tzinfo=UTC), now)


def _coils(case: Complaint) -> list[str]:
    return [line.coil_no for line in case.coils] or [case.case_no]


def _heat(case: Complaint) -> str:
    line = case.coils.first()
    return line.heat_no if line is not None and line.heat_no else case.date_code


def _stock_beside(case: Complaint) -> list[ContainmentDraft]:
    """The mill's stock of the same heat, sorted and mostly released; a shipment in transit."""
    return [
        ContainmentDraft(place=STOCK, reference=f"{_heat(case)} 同炉号库存 / same heat in stock",
                         checked="20.5", held="20.5", defective="1.2", released="19.3",
                         ok_marking=GREEN_LABEL, result="全检挑选，不良卷隔离待判 / sorted, "
                         "defective coils isolated"),
        ContainmentDraft(place=TRANSIT, reference=case.delivery_note or "DN", checked="12.7",
                         held="12.7", result="到货即冻结，待抽检 / held on arrival, to be sampled"),
    ]  # fmt: skip


def _from_visit(case: Complaint) -> list[ContainmentDraft]:
    """At the customer as the finished visit counted it; the unused material held there."""
    taken = containment.take_from_site_visits(case.id, []).lines
    held = [
        replace(line, held=line.checked, result="客户处隔离，待退回 / isolated at the customer")
        if line.place == UNUSED
        else replace(line, result="已加工，不良件待客户处理 / processed, defectives set aside")
        for line in taken
    ]
    return [*held, *_stock_beside(case)]


def _recounted(case: Complaint) -> list[ContainmentDraft]:
    """Taken from the visit, then counted again at the customer: the line differs from it."""
    lines = _from_visit(case)
    for index, line in enumerate(lines):
        if line.visit_coil and line.checked:
            again = str(int(float(line.checked)) + 2)
            lines[index] = replace(line, checked=again, held=again if line.held else "",
                                   result="客户处复点 / counted again at the customer")  # fmt: skip
            break
    return lines


def _held_being_sorted(case: Complaint) -> list[ContainmentDraft]:
    first = _coils(case)[0]
    return [
        ContainmentDraft(place=STOCK, reference=f"{first[:-3]}-* 同批次 / same batch",
                         checked="35", held="35", result="已冻结，挑选中 / on HOLD, being sorted"),
        ContainmentDraft(place=WIP, reference=f"{_heat(case)} 冷轧在制 / cold rolling", unit="coils",
                         checked="8", held="8", defective="1",
                         result="暂停流转，逐卷检查 / stopped, coil by coil"),
    ]  # fmt: skip


def _released(case: Complaint) -> list[ContainmentDraft]:
    return [
        ContainmentDraft(place=STOCK, reference=", ".join(_coils(case)), checked="18", held="18",
                         released="18", ok_marking=GREEN_LABEL,
                         result="复检合格，放行 / re-inspected OK, released"),
    ]  # fmt: skip


def _nothing_found(case: Complaint) -> list[ContainmentDraft]:
    return [
        ContainmentDraft(place=STOCK, reference=_heat(case), checked="0",
                         result="库存无同批次卷 / none of the batch in stock"),
        ContainmentDraft(place=TRANSIT, reference=case.delivery_note or case.order_no,
                         result="追踪中 / being traced"),
    ]  # fmt: skip


VISIT_STORIES: tuple[Story, ...] = (_from_visit, _recounted)
OTHER_STORIES: tuple[Story, ...] = (_held_being_sorted, _released, _nothing_found)
