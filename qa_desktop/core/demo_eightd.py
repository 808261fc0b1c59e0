"""The demo's 8Ds, at every step, made through the services as people would: one only planned
(owners and target dates, one of them past), one with D0–D2 filled and D0–D1 completed, one
with D0–D4 completed, one whose D4 was changed after completion (reopened, visibly), one with
all of D0–D8 completed and revision A issued, and one issued as A, then corrected and issued
again as B. An 8D past its root cause names its actions (demo_actions.load_8d_actions): under
way where D5 is being written, all verified where D6 was completed. Cases with a finished site
visit come first, so their quantities and photos flow in; never a closed case (nothing changes
on one). Deterministic for the demo's seed and anchor (only the services' uuids differ)."""

from __future__ import annotations

import io
import random
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

from PIL import Image, ImageDraw, ImageFilter

from qa_desktop.core import media
from qa_desktop.core.demo_accounts import DEMO_PASSWORD
from qa_desktop.core.demo_actions import forget_actions, load_8d_actions
from qa_desktop.core.demo_media import demo_photos
from qa_desktop.core.eightd import EightDContent, content_from_data, with_values
from qa_desktop.core.models import Complaint, Visit, VisitPhoto
from qa_desktop.core.services import eightd, replies, visit_record
from qa_desktop.core.services.context import Actor
from qa_desktop.core.services.eightd_facts import figure
from qa_desktop.core.vocab import Status, VisitState

# Where each story's case stands in the workflow (a story falls back to any case of these
# states when the demo has none left in its own: the schema fixtures' demo is small).
EARLY = (Status.CONTAINMENT, Status.INVESTIGATION)
MIDDLE = (Status.INVESTIGATION, Status.HANDLING)
LATE = (Status.REPLIED, Status.FOLLOW_UP)
STATES = (*EARLY, Status.HANDLING, *LATE)


class _At:
    """A clock the demo sets: each step happens at the time its story gives."""

    def __init__(self, at: datetime) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at


def load_demo_eightd(people: dict[str, Actor], now: datetime) -> int:
    """8Ds on demo cases received at least ten days before `now`; returns how many."""
    now = now.replace(tzinfo=UTC)
    story = _Story(people, now)
    cases = _candidates(now)
    told = 0
    for states, tell in STORIES:
        case = next((c for c in cases if c.status in {s.value for s in states}), None)
        case = case or (cases[0] if cases else None)
        if case is None:
            break
        cases.remove(case)
        forget_actions(case.id)  # an 8D names its own actions, as far as it got
        tell(story, case)  # never a closed one (STATES): no before_closure needed
        told += 1
    return told


def _candidates(now: datetime) -> list[Complaint]:
    """Cases with a finished visit first (newest first), then the newest others."""
    before = (now - timedelta(days=10)).replace(tzinfo=None)
    visited = {
        v.complaint_id for v in Visit.select(Visit.complaint).where(
            Visit.state == VisitState.FINISHED.value)
    }  # fmt: skip
    query = Complaint.select().where(
        Complaint.status.in_([s.value for s in STATES]) & (Complaint.received_at < before)
    )
    return sorted(query, key=lambda c: (c.id not in visited, -c.received_at.timestamp(), c.id))


class _Story:
    def __init__(self, people: dict[str, Actor], now: datetime) -> None:
        self.people = people
        self.engineer, self.manager = people["qa_engineer"], people["qa_manager"]
        self.field = people["field_staff"]
        self.now = now
        self.clock = _At(now)

    def at(self, days_ago: float) -> _Story:
        self.clock.at = self.now - timedelta(days=days_ago)
        return self

    def today(self) -> date:
        return self.clock.at.date()

    def plan(self, case: Complaint, owners: dict[int, tuple[str, int]]) -> None:
        """Step -> (owner's user id, target in days from the demo's today; negative: past)."""
        for number, (owner, days) in owners.items():
            target = self.now.date() + timedelta(days=days)
            eightd.plan_step(case.id, number, owner, target, self.engineer, self.clock)

    def save(self, case: Complaint, content: EightDContent) -> None:
        view = eightd.read_8d(case.id)
        eightd.save_8d(case.id, content, view.revision, self.engineer, self.clock)

    def complete(self, case: Complaint, *steps: int, by: Actor | None = None) -> None:
        for number in steps:
            self.clock.at += timedelta(hours=2)
            revision = eightd.read_8d(case.id).revision
            eightd.complete_step(case.id, number, revision, DEMO_PASSWORD, by or self.engineer,
                                 self.clock)  # fmt: skip

    def actions(self, case: Complaint, *, validated: bool) -> None:
        """The 8D's actions, set now (after its root cause); the story goes on after them."""
        self.clock.at = load_8d_actions(self.people, case, self.clock.at, self.now,
                                        validated=validated)  # fmt: skip

    def issue(self, case: Complaint, summary: str = "") -> None:
        replies.issue_8d(case.id, _contact(case), "email", "zh_CN", self.engineer, self.clock,
                         summary)  # fmt: skip


# ----- the content, from the case's own facts ------------------------------------------------------
def _content(case: Complaint, story: _Story, upto: int) -> EightDContent:
    coils = [c.coil_no for c in case.coils] or [case.case_no]
    defect = case.defect_type.name("zh_CN") if case.defect_type_id else "表面不良"
    day = story.today()
    steps = {
        "d0": {"emergency_response": f"当日停止发货并通知客户；冻结 {coils[0]} 同批库存 / "
                                     "shipments stopped the same day, the lot held",
               "full_8d_needed": True, "full_8d_reason": "客户要求 8D 报告；同类问题一年内第二次"},
        "d1": {"champion": "刘总", "leader": "王工",
               "members": [{"name": "周工", "department": "品保部", "role": "现场调查"},
                           {"name": "陈主管", "department": "品保部", "role": "审核"},
                           {"name": "孙主任", "department": "生产部", "role": "原因分析"}]},
        "d2": {"what": f"{defect}：{case.description[:300]}",
               "where": "客户冲压车间，开卷后", "when": f"{case.received_at:%Y-%m-%d} 投诉",
               "who": "客户来料检验", "how": "目视检查，开卷可见",
               "how_many": f"{figure(case.affected_qty)} {case.affected_unit}".strip(),
               "is_is_not": [{"aspect": "钢卷", "is": ", ".join(coils[:3]), "is_not": "其他批次"},
                             {"aspect": "位置", "is": "带钢上表面", "is_not": "下表面"}],
               **_photos(case, story)},
        "d3": {"effectiveness": 100, "summary": "库存、在途全部冻结；逐卷挑选后放行合格品并贴绿色标签",
               "notes": "挑选工时 6 人 × 2 天"},
        "d4": {"occurrence_whys": [{"why": "为什么有划伤？", "because": "导辊表面有硬质颗粒"},
                                   {"why": "为什么导辊有颗粒？", "because": "清洁周期过长"},
                                   {"why": "为什么周期过长？", "because": "点检表未规定"}],
               "occurrence_fishbone": [
                   {"category": "machine", "cause": "导辊表面粘附颗粒", "status": "verified"},
                   {"category": "man", "cause": "操作工未按时清洁", "status": "potential"},
                   {"category": "environment", "cause": "车间粉尘", "status": "potential"}],
               "occurrence_root_cause": "导辊表面粘附硬质颗粒，在带钢表面压出连续划伤 / "
                                        "hard particles on a guide roll scratched the strip",
               "occurrence_verification": "清洁导辊前后各轧 3 卷对比，清洁后无划伤（模拟再现实验）",
               "escape_whys": [{"why": "为什么没有检出？", "because": "表面检测仪未覆盖边部"}],
               "escape_fishbone": [
                   {"category": "measurement", "cause": "检测仪覆盖范围不足", "status": "verified"}],
               "escape_root_cause": "在线表面检测未覆盖带钢边部 50 mm，出厂检验未能发现 / "
                                    "the surface inspection did not cover the edge",
               "escape_verification": "复核检测记录与设置",
               "process_detail": "卷取张力 12 kN；导辊清洁周期原为 2 周"},
        "d5": {"occurrence_effect": 90, "escape_effect": 85,
               "summary": "每班清洁导辊并记录；检测覆盖扩展至全宽"},
        "d6": {"validation": "措施实施后连续 30 卷无划伤", "effect_measured": 95,
               "interim_removed": True, "interim_removed_on": (day - timedelta(days=2)).isoformat(),
               "verified_by": "陈主管", "verified_on": (day - timedelta(days=3)).isoformat()},
        "d7": {"summary": "导辊清洁纳入设备点检表；检测覆盖写入检验规程",
               "documents": [{"kind": "fmea", "title": "PFMEA 冷轧", "number": "QP-07-003",
                              "revision": "C"},
                             {"kind": "control_plan", "title": "冷轧控制计划", "number": "CP-07",
                              "revision": "F"},
                             {"kind": "work_instruction", "title": "导辊清洁作业指导书",
                              "number": "WI-12-018", "revision": "B"}],
               "rollout": [{"target": "2 号冷轧线", "action": "同样的导辊点检", "owner": "生产部",
                            "done_on": (day - timedelta(days=1)).isoformat()},
                           {"target": "430 冷轧产品", "action": "检测覆盖复核", "owner": "品保部"}]},
        "d8": {"closed_on": day.isoformat(), "summary": "客户确认改善有效，同意结案",
               "recognition": "感谢生产部与品保部的快速响应"},
    }  # fmt: skip
    return content_from_data({code: steps[code] for code in list(steps)[: upto + 1]})


def _photos(case: Complaint, story: _Story) -> dict[str, list[dict[str, str]]]:
    """The D2 photos: the finished visit's (the marked copy where there is one), else the
    demo's drawn defect; the OK photo a plain brushed sheet."""
    rows = (
        VisitPhoto.select().join(Visit)
        .where(Visit.complaint == case).order_by(Visit.number, VisitPhoto.position)
    )  # fmt: skip
    nok = [{"photo": p.annotated_id or p.media_id, "caption": p.caption} for p in rows][:4]
    if not nok:
        shot = demo_photos(random.Random(f"8d-{case.id}"))["scratch"]
        (sha,) = visit_record.store_photos([shot.media], story.engineer, story.clock)
        nok = [{"photo": sha, "caption": shot.caption_zh}]
    (ok,) = visit_record.store_photos([_good_steel(case.id)], story.engineer, story.clock)
    return {
        "photos_nok": nok,
        "photos_ok": [{"photo": ok, "caption": "挑选后的合格品 / OK material"}],
    }


def _good_steel(seed: int) -> media.PreparedMedia:
    rng = random.Random(f"ok-{seed}")
    image = Image.new("RGB", (1200, 800), (196, 200, 204))
    draw = ImageDraw.Draw(image)
    for y in range(0, 800, 2):
        shade = 188 + rng.randint(0, 18)
        draw.line([(0, y), (1200, y)], fill=(shade, shade + 3, shade + 6))
    out = io.BytesIO()
    image.filter(ImageFilter.GaussianBlur(0.6)).save(out, "JPEG", quality=85)
    return media.prepare_bytes(out.getvalue(), "ok-material.jpg")


def _contact(case: Complaint) -> str:
    return case.contact_name or case.customer.name


# ----- the stories ---------------------------------------------------------------------------------
def _planned(story: _Story, case: Complaint) -> None:
    story.at(3).plan(case, {0: ("wang", -2), 1: ("wang", -1), 2: ("zhou", 2), 3: ("chen", 4)})


def _problem_described(story: _Story, case: Complaint) -> None:
    story.at(6).plan(case, {0: ("wang", -5), 1: ("wang", -5), 2: ("wang", -1), 4: ("chen", 3)})
    story.save(case, _content(case, story, 2))
    story.complete(case, 0, 1)


def _root_cause_found(story: _Story, case: Complaint) -> None:
    story.at(9).plan(case, {n: ("chen" if n == 4 else "wang", n - 6) for n in range(8)})
    story.save(case, _content(case, story, 4))
    story.complete(case, 0, 1, 2, 3)
    story.complete(case, 4, by=story.manager)
    story.actions(case, validated=False)
    partial = with_values(eightd.read_8d(case.id).content, 5, {"occurrence_effect": 90})
    story.at(1).save(case, partial)


def _reopened(story: _Story, case: Complaint) -> None:
    story.at(8).save(case, _content(case, story, 4))
    story.complete(case, 0, 1, 2, 3, 4)
    changed = with_values(eightd.read_8d(case.id).content, 4,
                          {"escape_verification": "复核检测记录与设置；补充边部抽检 20 卷"})  # fmt: skip
    story.at(2).save(case, changed)  # D4 changed after completion: reopened, visibly


def _issued(story: _Story, case: Complaint) -> None:
    story.at(12).plan(case, {n: ("wang", n - 11) for n in range(9)})
    story.save(case, _content(case, story, 8))
    story.complete(case, *range(5))
    story.actions(case, validated=True)
    story.complete(case, *range(5, 9))
    story.issue(case, "8D 报告全部完成 / the complete 8D report")


def _issued_twice(story: _Story, case: Complaint) -> None:
    _issued(story, case)
    story.at(4)
    content = eightd.read_8d(case.id).content
    story.save(
        case, with_values(content, 8, {"summary": "客户确认改善有效；补充 2 号线结果后同意结案"})
    )
    story.complete(case, 8)
    story.issue(case, "更正：补充 2 号线水平展开结果 / correction: line 2's roll-out added")


STORIES: tuple[tuple[tuple[Status, ...], Callable[[_Story, Complaint], None]], ...] = (
    (LATE, _issued_twice),
    (LATE, _issued),
    (MIDDLE, _root_cause_found),
    (MIDDLE, _reopened),
    (EARLY, _problem_described),
    (EARLY, _planned),
)
