"""The demo's corrective and preventive actions (CAPA), in every state, made through the services
as people would: containment, corrective and preventive actions added by the QA engineer; done by
their owners with a note and evidence; verified by the QA manager (never by their owner); one
sent back with the reason and overdue again; open ones overdue, due this week and due later;
preventive ones from a date code; one cancelled. On the newest open cases that were judged valid
(they have a responsible department) and have no 8D, so the main window's "overdue actions" has
some to show. An 8D at D5 or later names its own (`load_8d_actions`, called by demo_eightd.py).
Deterministic: dates come from each case's received date and the demo's `now`."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache

from qa_desktop.core import media, settings
from qa_desktop.core.action_rules import ActionDraft
from qa_desktop.core.demo_media import drawn_sheet
from qa_desktop.core.models import ActionEvidence, CaseAction, Complaint, EightDStep
from qa_desktop.core.services import actions
from qa_desktop.core.services.context import Actor
from qa_desktop.core.vocab import Status

# The states a case has actions in: it has been judged valid and has a responsible department.
WITH_ACTIONS = (Status.CONTAINMENT, Status.INVESTIGATION, Status.HANDLING, Status.REPLIED,
                Status.FOLLOW_UP)  # fmt: skip
STORY_START = timedelta(days=42)  # at most this long before now (see _Story.received)
ROLL_CHANGE = "更换 {line} 号冷轧机工作辊，辊面检查由每周一次改为每班一次"
INSPECTION = "出口检验增加开卷 3 m 表面目视检查，发现划伤即判定不合格并隔离"
HOLD = "冻结库存及在途的同批次钢卷（{batch}），逐卷开卷检查表面"
ROLL_OUT = "水平展开：{lines} 号机组同样执行每班辊面检查，并更新作业指导书 SOP-CR-07"
# What an 8D's D4 found (demo_eightd.py): a guide roll's particles, an inspection blind to the edge.
GUIDE_ROLL = "导辊每班清洁一次并记录于设备点检表，清洁周期写入点检标准"
EDGE_COVER = "在线表面检测覆盖扩展至带钢全宽（含边部 50 mm），出厂检验增加边部抽检"
LINE_TWO = "水平展开：2 号冷轧线同样执行导辊每班点检，并写入设备点检表"


class _At:
    def __init__(self, at: datetime) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at


def load_demo_actions(people: dict[str, Actor], now: datetime) -> int:
    """Actions on the newest valid demo cases received at least ten days before `now`, each
    story on a case in the state it fits (another open one where the demo has none); how many
    actions were made."""
    now = now.replace(tzinfo=UTC)
    cutoff = (now - timedelta(days=10)).replace(tzinfo=None)
    cases = list(
        Complaint.select()
        .where(
            Complaint.status.in_([s.value for s in WITH_ACTIONS])
            & (Complaint.responsible_department != "")
            & (Complaint.received_at < cutoff)
            & Complaint.id.not_in(EightDStep.select(EightDStep.complaint))  # 8Ds name their own
        )
        .order_by(Complaint.received_at.desc())
        .limit(200)
    )
    story = _Story(people, now)
    for status, tell in STORIES:
        fitting = [c for c in cases if c.status == status.value] or cases
        if not fitting:
            break
        case = fitting[0]
        cases.remove(case)
        forget_actions(case.id)  # the bulk's actions of it give way to the story's
        tell(story, case)
    return CaseAction.select().count()


def forget_actions(case_id: int) -> None:
    """The bulk's actions of a case (demo_bulk_records.py) a story then tells its own on."""
    ids = CaseAction.select(CaseAction.id).where(CaseAction.complaint == case_id)
    ActionEvidence.delete().where(ActionEvidence.action.in_(ids)).execute()
    CaseAction.delete().where(CaseAction.complaint == case_id).execute()


class _Story:
    def __init__(self, people: dict[str, Actor], now: datetime) -> None:
        self.engineer, self.manager = people["qa_engineer"], people["qa_manager"]
        self.field = people["field_staff"]
        self.now, self.clock = now, _At(now)
        self.zone = settings.department_zone()

    def day(self, days: int) -> date:
        """The department's day `days` from now (negative: past)."""
        return (self.now + timedelta(days=days)).astimezone(self.zone).date()

    def received(self, case: Complaint, hours: float) -> datetime:
        """`hours` after the case's story starts: when it was received, or six weeks ago for a
        case received long before (an action is due within two years of being set)."""
        start = max(case.received_at.replace(tzinfo=UTC), self.now - STORY_START)
        return start + timedelta(hours=hours)

    def due(self, case: Complaint, hours: float) -> date:
        """The department's day `hours` after the case's story starts."""
        return self.received(case, hours).astimezone(self.zone).date()

    def add(self, case: Complaint, at: datetime, draft: ActionDraft) -> CaseAction:
        self.clock.at = at
        return actions.add_action(case.id, draft, self.engineer, self.clock)

    def done(
        self, row: CaseAction, at: datetime, by: Actor, note: str, sheet: str = ""
    ) -> CaseAction:
        self.clock.at = at
        fresh = CaseAction.get_by_id(row.id)
        evidence = [record_sheet(sheet)] if sheet else []
        return actions.mark_done(str(fresh.uuid), fresh.revision, note, by, self.clock,
                                 evidence=evidence)  # fmt: skip

    def act(self, row: CaseAction, at: datetime, step: Callable[..., CaseAction], text: str,
            by: Actor) -> CaseAction:  # fmt: skip
        self.clock.at = at
        fresh = CaseAction.get_by_id(row.id)
        return step(str(fresh.uuid), fresh.revision, text, by, self.clock)


@lru_cache(maxsize=16)
def record_sheet(title: str) -> media.PreparedMedia:
    """A record sheet, photographed: drawn and taken in once per title (stored once by hash)."""
    return media.prepare_bytes(drawn_sheet(title, 8), f"{title}.png")


def _department(case: Complaint) -> str:
    return case.responsible_department or "品质部"


def _batch(case: Complaint) -> str:
    coil = case.coils.first()
    return coil.coil_no.rsplit("-", 1)[0] if coil else case.date_code


def _hold(story: _Story, case: Complaint, due: date, owner: Actor) -> CaseAction:
    return story.add(case, story.received(case, 3), _hold_draft(case, due, owner))


def _hold_draft(case: Complaint, due: date, owner: Actor) -> ActionDraft:
    return ActionDraft(
        kind="containment", description=HOLD.format(batch=_batch(case)), owner=owner.user_id,
        department="精整车间", due_date=due, quantity="库存及在途全部同批次钢卷",
    )  # fmt: skip


def _roll_change(story: _Story, case: Complaint, due: date, owner: Actor, line: int) -> CaseAction:
    return story.add(case, story.received(case, 26), ActionDraft(
        kind="corrective", cause="occurrence", description=ROLL_CHANGE.format(line=line),
        owner=owner.user_id, department=_department(case), due_date=due, expected_effect=90,
        internal_note="2 号机工作辊超期使用 6 天，换辊记录未签字。",
    ))  # fmt: skip


def _inspection(story: _Story, case: Complaint, due: date, owner: Actor) -> CaseAction:
    return story.add(case, story.received(case, 27), ActionDraft(
        kind="corrective", cause="escape", description=INSPECTION, owner=owner.user_id,
        department="品质部", due_date=due, expected_effect=80,
    ))  # fmt: skip


def _roll_out(
    story: _Story, case: Complaint, due: date, owner: Actor, lines: str, start: date | None = None
) -> CaseAction:
    """Applies from the date code of `start` (a week from now unless given)."""
    code = f"{start or story.day(7):%y%m%d}"
    return story.add(case, story.received(case, 28), ActionDraft(
        kind="preventive", description=ROLL_OUT.format(lines=lines), owner=owner.user_id,
        department=_department(case), due_date=due, quantity=f"{lines} 号机组全部冷轧卷，每班首卷",
        date_code_from=code,
    ))  # fmt: skip


def _investigating(story: _Story, case: Complaint) -> None:
    """Containment overdue; one corrective action done, awaiting verification; one due later."""
    s, field, engineer = story, story.field, story.engineer
    _hold(s, case, s.day(-3), field)
    roll = _roll_change(s, case, s.day(12), engineer, 2)
    check = _inspection(s, case, s.day(2), field)
    s.done(check, s.now - timedelta(hours=20), field, "出口检验岗已增加开卷检查，附检验记录。",
           sheet="出口检验记录")  # fmt: skip
    assert roll.number == 2


def _replied(story: _Story, case: Complaint) -> None:
    """Every action verified by the QA manager, one cancelled: the case may close."""
    s, field, engineer, manager = story, story.field, story.engineer, story.manager
    hold = _hold(s, case, s.due(case, 48), field)
    s.done(
        hold, s.received(case, 40), field, "同批 6 卷已冻结并复检，2 卷判废。", sheet="冻结复检记录"
    )
    s.act(
        hold, s.received(case, 44), actions.verify_action, "核对冻结清单与复检记录，一致。", manager
    )
    roll = _roll_change(s, case, s.due(case, 24 * 6), engineer, 2)
    s.done(roll, s.received(case, 24 * 5), engineer, "已换辊，每班点检表已启用。", sheet="换辊记录")
    s.act(roll, s.received(case, 24 * 5 + 4), actions.verify_action, "现场查看点检表，连续 3 班已执行。",
          manager)  # fmt: skip
    spread = _roll_out(s, case, s.due(case, 24 * 9), field, "1、3", start=s.due(case, 24 * 7))
    s.done(spread, s.received(case, 24 * 8), field, "1、3 号机组已执行，SOP-CR-07 改为 C 版。")
    s.act(
        spread,
        s.received(case, 24 * 8 + 6),
        actions.verify_action,
        "抽查 1、3 号机组点检表。",
        manager,
    )
    extra = _inspection(s, case, s.due(case, 24 * 4), field)
    s.act(extra, s.received(case, 30), actions.cancel_action, "与客户确认后由 2 号措施覆盖，不再单列。",
          engineer)  # fmt: skip


def _handling(story: _Story, case: Complaint) -> None:
    """A corrective action sent back by the QA manager, now overdue; a preventive one open."""
    s, field, manager = story, story.field, story.manager
    roll = _roll_change(s, case, s.day(-2), field, 3)
    s.done(roll, s.now - timedelta(days=4), field, "已换辊。")
    s.act(roll, s.now - timedelta(days=3), actions.reject_verification,
          "换辊记录无班长签字，点检表只有 1 班的记录，请补齐后再提交。", manager)  # fmt: skip
    _roll_out(s, case, s.day(20), field, "1、2")


def _containing(story: _Story, case: Complaint) -> None:
    """Containment due tomorrow, owned by the QA manager; verified by the QA engineer."""
    s = story
    hold = _hold(s, case, s.day(1), s.manager)
    first = _hold(s, case, s.due(case, 24), s.field)
    s.done(
        first, s.received(case, 20), s.field, "在途 2 卷已拦截，退回仓库冻结。", sheet="拦截记录"
    )
    s.act(first, s.received(case, 22), actions.verify_action, "仓库冻结标识已核对。", s.engineer)
    assert hold.number == 1


def _following_up(story: _Story, case: Complaint) -> None:
    """A preventive action done by its owner (the QA manager), for the QA engineer to verify."""
    s = story
    spread = _roll_out(s, case, s.day(5), s.manager, "1、3")
    s.done(spread, s.now - timedelta(hours=6), s.manager, "SOP-CR-07 已改版并培训，附签到表。",
           sheet="培训签到表")  # fmt: skip


# ----- the actions an 8D names ---------------------------------------------------------------------
# What each owner reports on doing them, in the order they are set, and the record attached.
DONE_NOTES = (
    "同批库存及在途钢卷已冻结并逐卷复检。",
    "导辊已按每班清洁并记录，点检表已启用。",
    "检测仪覆盖已扩展至全宽，边部抽检记录附后。",
    "2 号冷轧线点检表已更新并培训。",
)
SHEETS = ("冻结复检记录", "导辊点检表", "检测设置记录", "培训签到表")


def load_8d_actions(
    people: dict[str, Actor], case: Complaint, at: datetime, now: datetime, *, validated: bool
) -> datetime:
    """The actions of an 8D at D5 or later, set at `at` (aware: right after its root cause was
    found): the containment (D3), a corrective action against the occurrence and one against
    the escape (D5), a preventive one from a date code (D7). `validated` (its D6 is completed):
    each done by its owner and verified by the QA manager. Otherwise under way: the containment
    verified, the occurrence's action done and awaiting verification, the escape's open and
    overdue, the preventive one open and due later. Returns when the last step was taken."""
    s = _Story(people, now.replace(tzinfo=UTC))
    received = case.received_at.replace(tzinfo=UTC).astimezone(s.zone).date()
    start = max(at.astimezone(s.zone).date(), received)  # no action is due before the case
    drafts = _eightd_drafts(s, case, start, validated)
    made = [s.add(case, at + timedelta(minutes=10 * n), d) for n, d in enumerate(drafts)]
    if validated:
        for n, (row, note, sheet) in enumerate(zip(made, DONE_NOTES, SHEETS, strict=True)):
            s.done(row, at + timedelta(hours=1, minutes=10 * n), _owner(s, row), note, sheet)
            s.act(row, at + timedelta(hours=2, minutes=10 * n), actions.verify_action,
                  "现场核对记录与点检表，措施已执行。", s.manager)  # fmt: skip
        return at + timedelta(hours=3)
    hold, occurrence = made[:2]  # the escape's and the preventive one stay open
    s.done(hold, at + timedelta(hours=3), s.field, DONE_NOTES[0], SHEETS[0])
    s.act(hold, at + timedelta(hours=5), actions.verify_action, "冻结清单已核对。", s.manager)
    s.done(occurrence, s.now - timedelta(days=1), s.engineer, DONE_NOTES[1], SHEETS[1])
    return at + timedelta(hours=5)


def _owner(s: _Story, row: CaseAction) -> Actor:
    return s.engineer if row.owner == s.engineer.user_id else s.field


def _eightd_drafts(s: _Story, case: Complaint, start: date, validated: bool) -> list[ActionDraft]:
    """Containment, the two corrective actions and the preventive one. Done at once, they were
    due within days of `start`; under way, the escape's is already past due (never before the
    case came in) and the preventive one is weeks ahead, from a date code next week."""
    today = s.day(0)
    if validated:
        hold, occurrence, escape, later = (start + timedelta(days=d) for d in (1, 5, 5, 10))
        code_from = start + timedelta(days=7)
    else:
        hold, later = start + timedelta(days=1), today + timedelta(days=20)
        occurrence, escape = today + timedelta(days=5), max(start, today - timedelta(days=2))
        code_from = today + timedelta(days=7)
    return [
        _hold_draft(case, hold, s.field),
        ActionDraft(
            kind="corrective", cause="occurrence", description=GUIDE_ROLL,
            owner=s.engineer.user_id, department=_department(case), due_date=occurrence,
            expected_effect=90,
        ),
        ActionDraft(
            kind="corrective", cause="escape", description=EDGE_COVER, owner=s.field.user_id,
            department="品质部", due_date=escape, expected_effect=85,
        ),
        ActionDraft(
            kind="preventive", description=LINE_TWO, owner=s.field.user_id,
            department=_department(case), due_date=later, quantity="2 号冷轧线全部冷轧卷，每班首卷",
            date_code_from=f"{code_from:%y%m%d}",
        ),
    ]  # fmt: skip


STORIES: tuple[tuple[Status, Callable[[_Story, Complaint], None]], ...] = (
    (Status.INVESTIGATION, _investigating),
    (Status.REPLIED, _replied),
    (Status.HANDLING, _handling),
    (Status.CONTAINMENT, _containing),
    (Status.FOLLOW_UP, _following_up),
)
