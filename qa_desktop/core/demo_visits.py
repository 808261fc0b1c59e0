"""The demo's site visits, in every state, made through the services as people would: planned
well ahead, at short notice and overdue; in progress with photos; confirmed by the customer on
screen; finished; confirmed, voided by a changed quantity and signed again; confirmed on paper
(with the scan); cancelled. All of them are the demo's field user's (周工, `zhou`)."""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from qa_desktop.core import media
from qa_desktop.core.demo_accounts import DEMO_PASSWORD
from qa_desktop.core.demo_media import demo_photos, drawn_sheet
from qa_desktop.core.models import Complaint, Visit
from qa_desktop.core.services import confirmations, visit_record, visits
from qa_desktop.core.services.context import Actor
from qa_desktop.core.signature_strokes import Stroke, normalise
from qa_desktop.core.visit_content import PhotoDraft, VisitContent
from qa_desktop.core.vocab import Status


class _At:
    """A clock the demo sets: each visit's steps happen at the times its story gives."""

    def __init__(self, at: datetime) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at


def load_demo_visits(people: dict[str, Actor], now: datetime) -> int:
    """Visits on the newest demo cases received at least a week before `now`."""
    now = now.replace(tzinfo=UTC)
    week_before = (now - timedelta(days=7)).replace(tzinfo=None)
    # Open cases first (the planned visits go to them); a small demo (the schema fixtures'
    # 20) has few, so closed ones follow, as a register holds closed cases that had a visit.
    closed = Complaint.status == Status.CLOSED.value
    cases = list(
        Complaint.select()
        .where((Complaint.status != Status.INVALID.value) & (Complaint.received_at < week_before))
        .order_by(closed, Complaint.received_at.desc())
        .limit(len(STORIES))
    )
    story = _Story(people["qa_engineer"], people["field_staff"], now)
    for case, tell in zip(cases, STORIES, strict=False):
        tell(story, case)
    return min(len(cases), len(STORIES))


class _Story:
    def __init__(self, engineer: Actor, field: Actor, now: datetime) -> None:
        self.engineer, self.field, self.now = engineer, field, now
        self.clock = _At(now)
        self.photos = list(demo_photos(random.Random("demo-visit-photos")).values())

    def plan(self, case: Complaint, appointment: datetime, planned: datetime) -> Visit:
        self.clock.at = planned
        plan = replace(
            visits.default_plan(case.case_no, self.field.user_id),
            appointment=appointment,
            purpose="确认不良来源、清点已用/未用不良数量、拍照取样 / "
            "confirm the defect's source, count used and unused defectives, photos and samples",
        )
        return visits.plan_visit(case.case_no, plan, self.engineer, self.clock).visit

    def fill(self, visit: Visit, at: datetime, *, complete: bool, changed: bool = False) -> Visit:
        """The record as the field user saves it on site (`changed`: a re-count)."""
        self.clock.at = at
        lines = visit_record.starting_lines(visit) or ()
        counted = [
            replace(
                line,
                used=str(180 + 10 * i),
                unused=str(32 + i),
                defective_used=str(23 + i + (3 if changed else 0)),
                defective_unused=str(4 + i),
                unit="pcs",
            )
            for i, line in enumerate(lines[:3])
        ]
        taken = [p.media for p in self.photos]
        visit_record.store_photos(taken, self.field, self.clock)
        photos = [
            PhotoDraft(
                file.media.sha256,
                file.media.filename,
                file.caption_zh,
                coil_no=counted[0].coil_no if counted and n == 1 else "",
                item_key="defect_photos" if n != 1 else "",
            )
            for n, file in enumerate(self.photos[: 3 if complete else 2])
        ]
        content = VisitContent(_answers(visit, complete), _findings(complete), counted, photos)
        fresh = Visit.get_by_id(visit.id)
        return visit_record.save_visit(
            str(fresh.uuid), fresh.revision, content, self.field, self.clock
        ).visit

    def confirm(self, visit: Visit, at: datetime, seed: int) -> None:
        self.clock.at = at
        fresh = Visit.get_by_id(visit.id)
        confirmations.confirm_on_screen(
            str(fresh.uuid), fresh.revision, "刘建国", "生产部主管", demo_strokes(seed),
            DEMO_PASSWORD, self.field, self.clock,
        )  # fmt: skip

    def confirm_on_paper(self, visit: Visit, at: datetime) -> None:
        self.clock.at = at
        fresh = Visit.get_by_id(visit.id)
        scan = media.prepare_bytes(_paper_sheet(fresh.complaint.case_no), "不良数量确认单.png")
        confirmations.record_paper_confirmation(
            str(fresh.uuid), fresh.revision, "陈立", "质量部经理", scan, DEMO_PASSWORD,
            self.field, self.clock,
        )  # fmt: skip

    def finish(self, visit: Visit, at: datetime) -> None:
        self.clock.at = at
        fresh = Visit.get_by_id(visit.id)
        visit_record.finish_visit(str(fresh.uuid), fresh.revision, self.field, self.clock)


def _answers(visit: Visit, complete: bool) -> dict[str, object]:
    coil = visit.complaint.coils.first()
    answers: dict[str, object] = {
        "defect_source": "our_material",
        "visible_before_processing": "yes",
        "defective_used": "1.2",
        "defective_unused": "0.3",
        "coil_no": coil.coil_no if coil else "",
    }
    if complete:
        answers |= {
            "specification": visit.complaint.specification or "1.0×1250",
            "weight": "6.35",
            "samples_taken": "yes",
            "customer_loss": "停线 4 小时，已冲压件 23 件报废 / line stopped 4 h, 23 pressed parts scrapped",
            "customer_remedy": "希望退货并补偿加工损失 / return and the processing loss refunded",
        }
    return answers


def _findings(complete: bool) -> str:
    if not complete:
        return "划伤沿轧制方向，间距约 1.2 m，尚在清点未用卷。"
    return (
        "划伤沿轧制方向，间距约 1.2 m，开卷前可见；客户冲压前未做来料检验。"
        " / Scratches along the rolling direction every 1.2 m, visible before uncoiling."
    )


def _tell(*steps: Callable[[_Story, Complaint], object]) -> Callable[[_Story, Complaint], None]:
    def tell(story: _Story, case: Complaint) -> None:
        for step in steps:
            step(story, case)

    return tell


def _ahead(story: _Story, case: Complaint) -> None:
    story.plan(case, story.now + timedelta(days=3, hours=1), story.now - timedelta(days=1))


def _short_notice(story: _Story, case: Complaint) -> None:
    story.plan(case, story.now + timedelta(hours=5), story.now - timedelta(hours=1))


def _overdue(story: _Story, case: Complaint) -> None:
    story.plan(case, story.now - timedelta(days=1), story.now - timedelta(days=4))


def _done_story(*, confirm: str, finish: bool, recount: bool = False):
    def tell(story: _Story, case: Complaint) -> None:
        day = story.now - timedelta(days=3)
        visit = story.plan(case, day, day - timedelta(days=2))
        visit = story.fill(visit, day + timedelta(hours=1), complete=finish)
        if confirm == "screen":
            story.confirm(visit, day + timedelta(hours=2), seed=case.id)
        if recount:  # a coil re-counted after the customer signed: the signature is void
            story.fill(visit, day + timedelta(hours=3), complete=True, changed=True)
            story.confirm(visit, day + timedelta(hours=4), seed=case.id + 1)
        if confirm == "paper":
            story.confirm_on_paper(visit, day + timedelta(hours=2))
        if finish:
            story.finish(visit, day + timedelta(hours=5))

    return tell


def _cancelled(story: _Story, case: Complaint) -> None:
    visit = story.plan(case, story.now + timedelta(days=2), story.now - timedelta(days=2))
    story.clock.at = story.now - timedelta(days=1)
    visits.cancel_visit(
        str(visit.uuid), visit.revision, "客户同意寄回样品，无需到场 / samples sent instead",
        story.engineer, story.clock,
    )  # fmt: skip


STORIES: tuple[Callable[[_Story, Complaint], None], ...] = (
    _ahead,
    _short_notice,
    _overdue,
    _done_story(confirm="", finish=False),  # in progress, photos, nothing signed yet
    _done_story(confirm="screen", finish=False),  # in progress, the customer has signed
    _done_story(confirm="screen", finish=True),
    _done_story(confirm="screen", finish=True, recount=True),
    _done_story(confirm="paper", finish=True),
    _cancelled,
)


def demo_strokes(seed: int) -> list[Stroke]:
    """A hand-written-looking name: three strokes of loops and a flourish, the same for a seed."""
    rng = random.Random(seed)
    strokes, t = [], 0
    for n in range(3):
        points = []
        left = 30 + n * 120
        for i in range(40):
            a = i / 39
            x = left + a * 100 + 12 * math.sin(a * math.pi * (3 + rng.random()))
            y = 80 + 35 * math.sin(a * math.pi * 2 + n) * (1 - a / 2) + rng.uniform(-2, 2)
            points.append((x, y, t, 0.4 + 0.4 * math.sin(a * math.pi)))
            t += 12
        strokes.append(Stroke(tuple(points)))
        t += 150
    return normalise(strokes, 420, 160)


def _paper_sheet(case_no: str) -> bytes:
    """A photographed confirmation sheet, drawn: enough for the demo to show the scan."""
    return drawn_sheet(f"{case_no}  QUANTITY CONFIRMATION", rows=6)
