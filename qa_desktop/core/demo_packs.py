"""The demo's visit pack round trip, made as people would make it: the QA engineer exports a
visit's pack for the field user; a laptop's database (a scratch file, thrown away) imports it,
the field user fills the visit, the customer signs, the return pack comes back; meanwhile the
engineer typed up a phone call in the same visit's findings, so the factory's import leaves one
conflict for a QA engineer to settle (File → Visit pack conflicts…)."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from peewee import Database

from qa_desktop.core.demo_accounts import DEMO_PASSWORD
from qa_desktop.core.demo_visits import demo_strokes
from qa_desktop.core.models import Complaint, Visit, database_proxy
from qa_desktop.core.services import confirmations, visit_record, visits
from qa_desktop.core.services.context import Actor
from qa_desktop.core.visit_content import VisitContent
from qa_desktop.core.vocab import Status


class _At:
    def __init__(self, at: datetime) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at


def load_demo_packs(factory: Database, people: dict[str, Actor], now: datetime) -> bool:
    """One visit through a pack and back; False when the demo has no case to send."""
    from qa_desktop.core.exchange.pack_export import export_outbound
    from qa_desktop.core.exchange.pack_import import import_pack
    from qa_desktop.paths import scratch_dir

    engineer, field = people["qa_engineer"], people["field_staff"]
    case = (
        Complaint.select()
        .where(Complaint.status.not_in([Status.CLOSED.value, Status.INVALID.value]))
        .where(~Complaint.id.in_(Visit.select(Visit.complaint)))
        .order_by(Complaint.received_at.desc())
        .first()
    )
    if case is None:
        return False
    clock = _At(now.replace(tzinfo=UTC) - timedelta(days=2))
    plan = replace(
        visits.default_plan(case.case_no, field.user_id), appointment=clock.at + timedelta(days=1)
    )
    visit = visits.plan_visit(case.case_no, plan, engineer, clock).visit
    folder = scratch_dir() / "demo-pack"
    folder.mkdir(parents=True, exist_ok=True)
    try:
        outbound, back = folder / "outbound.qavisit", folder / "return.qavisit"
        export_outbound(outbound, [case.case_no], field.user_id, engineer, DEMO_PASSWORD, clock)
        _on_the_laptop(folder, outbound, back, field, clock)
        database_proxy.initialize(factory)
        clock.at += timedelta(hours=2)  # meanwhile at the factory: a phone call typed up
        fresh = Visit.get_by_id(visit.id)
        said = VisitContent({}, "电话：客户说划伤在开卷后才发现 / phone: seen only after uncoiling")
        visit_record.save_visit(str(fresh.uuid), fresh.revision, said, engineer, clock)
        clock.at += timedelta(hours=4)
        import_pack(back, engineer, clock)
    finally:
        database_proxy.initialize(factory)
        shutil.rmtree(folder, ignore_errors=True)
    return True


def _on_the_laptop(folder, outbound, back, field: Actor, clock: _At) -> None:
    from qa_desktop.core.db import close_database, open_database
    from qa_desktop.core.exchange.pack_export import export_return
    from qa_desktop.core.exchange.pack_import import import_pack
    from qa_desktop.core.services import accounts

    laptop = open_database(folder / "laptop.sqlite")
    try:
        import_pack(outbound, None, clock)
        accounts.sign_in(field.user_id, DEMO_PASSWORD)
        clock.at += timedelta(days=1, hours=1)
        visit = Visit.get()
        lines = [
            replace(line, used="120", unused="40", defective_used="9", defective_unused="2")
            for line in visit_record.starting_lines(visit)[:2]
        ]
        content = VisitContent(
            {"defect_source": "not_determined", "visible_before_processing": "no",
             "customer_loss": "返工 9 件 / 9 parts reworked"},
            "开卷后发现划伤，间距不规则 / scratches after uncoiling, irregular spacing",
            lines,
        )  # fmt: skip
        saved = visit_record.save_visit(str(visit.uuid), visit.revision, content, field, clock)
        clock.at += timedelta(minutes=30)
        confirmations.confirm_on_screen(
            str(visit.uuid), saved.visit.revision, "黄海", "车间主任", demo_strokes(7),
            DEMO_PASSWORD, field, clock,
        )  # fmt: skip
        export_return(back, field, DEMO_PASSWORD, clock)
    finally:
        close_database(laptop)
