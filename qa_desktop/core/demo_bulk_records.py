"""What the demo's bulk cases hold behind their history: the containment lines and the actions
(CAPA, with their evidence) that its steps speak of. A case whose history says its containment
was done (临时对策已落实) has its suspect material counted by place, sorted and released by the
rules of core/containment.py; a case in containment has its stock on HOLD, some of them; from
containment on a case has its actions: on a closed one every action done by its owner and
verified by someone else from QA before the closing, on an open one a mix of open, overdue, done
and verified, as far as the case got.

On the bulk path of demo_case_life.py (raw `executemany` in the demo's transaction, no service
per row: 100,000 cases in seconds), deterministic from the demo's seed; every time lies inside
the step of the case's history it belongs to, none after the demo's `now`. The stories told
through the services afterwards (demo_containment.py, demo_actions.py, demo_eightd.py) replace
what this wrote on their cases (`forget_containment`, `forget_actions`)."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo

from peewee import Database

from qa_desktop.core import settings
from qa_desktop.core.authority.matrix import may
from qa_desktop.core.demo_actions import EDGE_COVER, HOLD, ROLL_CHANGE, ROLL_OUT, record_sheet
from qa_desktop.core.demo_rows import insert_sql
from qa_desktop.core.demo_timeline import VALID_PATH
from qa_desktop.core.models import UserAccount
from qa_desktop.core.services.accounts import roles_of
from qa_desktop.core.services.attachments import store_media
from qa_desktop.core.services.context import Actor, Unit
from qa_desktop.core.services.matrix import matrix
from qa_desktop.core.vocab import Action, ActionState, ContainmentPlace, SeededRole, Status

STOCK, WIP = ContainmentPlace.FACTORY_STOCK.value, ContainmentPlace.WORK_IN_PROCESS.value
TRANSIT, UNUSED = ContainmentPlace.IN_TRANSIT.value, ContainmentPlace.CUSTOMER_UNUSED.value
GREEN_LABEL = "绿色合格标签"  # short: 100,000 cases' lines carry it (the stories say more)
LINE_COLUMNS = (
    "uuid", "created_at", "updated_at", "created_by", "updated_by", "revision", "complaint_id",
    "position", "place", "reference", "checked", "held", "defective", "released", "unit",
    "ok_marking", "result",
)  # fmt: skip
ACTION_COLUMNS = (
    "id", "uuid", "created_at", "updated_at", "created_by", "updated_by", "revision",
    "complaint_id", "number", "kind", "cause", "description", "owner", "department", "due_date",
    "state", "expected_effect", "date_code_from", "quantity", "done_at", "done_note",
    "verified_at", "verified_by", "verification_note", "internal_note",
)  # fmt: skip
EVIDENCE_COLUMNS = ("action_id", "media_id", "position", "filename", "added_at", "added_by")


@dataclass(frozen=True)
class _Kind:
    """What an action of one kind says: what its owner reports on doing it, and the record
    sheet attached to show it (none: the note says it all)."""

    kind: str
    cause: str
    effect: int | None
    quantity: str
    note: str
    sheet: str


CONTAINMENT = _Kind("containment", "", None, "",
                    "同批钢卷已冻结复检。", "冻结复检记录")  # fmt: skip
OCCURRENCE = _Kind("corrective", "occurrence", 90, "", "已换辊，每班点检表已启用。", "")
ESCAPE = _Kind("corrective", "escape", 85, "", "检测仪覆盖已扩展至全宽。", "")
PREVENTIVE = _Kind("preventive", "", None, "1、3 号机组全部冷轧卷，每班首卷",
                   "SOP-CR-07 已改版并培训，附签到表。", "培训签到表")  # fmt: skip
ROLL_CHANGES = tuple(ROLL_CHANGE.format(line=line) for line in (1, 2, 3))
ROLL_OUT_13 = ROLL_OUT.format(lines="1、3")
VERIFICATION = "现场核对，有效。"
OPEN, DONE, VERIFIED = (s.value for s in (ActionState.OPEN, ActionState.DONE,
                                          ActionState.VERIFIED))  # fmt: skip
STATES = (OPEN, DONE, VERIFIED)
# How likely each state is for an action of an open case, by how far the case got past the
# step the action was set in (0: the case is still there), cumulated: open, done, verified.
OPEN_MIX = {0: (6, 9, 10), 1: (3, 6, 10), 2: (1, 3, 10)}
PATH = VALID_PATH[1:]  # the states an action may be set in, and those after
REACHED = {state.value: n for n, state in enumerate(PATH)}
WEEK = timedelta(days=7)
EPOCH, MILLISECOND = datetime(1970, 1, 1), timedelta(milliseconds=1)
V7 = (0x7 << 76) | (0x2 << 62)  # a version 7 uuid's version and variant bits


class BulkRecords:
    """Containment lines and actions for the bulk cases, gathered case by case (`add`) and
    written at once (`write`)."""

    def __init__(self, db: Database, now: datetime, author: str, seed: int) -> None:
        self.rng = random.Random(f"{seed}-records")  # its own: the rest draws what it drew
        self.now, self.author = now, author
        self.zone = settings.department_zone()
        self.offset = _fixed_offset(self.zone, now)
        self.today = self.day(now)
        self.pairs = _owner_verifier_pairs()
        self.facts = {
            row[0]: row[1:]
            for row in db.execute_sql(
                "SELECT c.id, c.responsible_department, c.delivery_note, l.coil_no, l.heat_no"
                " FROM complaint c LEFT JOIN coil_line l ON l.complaint_id = c.id"
                " AND l.position = 0"
            )
        }
        self.next_id = 1 + (db.execute_sql("SELECT max(id) FROM case_action").fetchone()[0] or 0)
        self.lines: list[tuple[object, ...]] = []
        self.actions: list[tuple[object, ...]] = []
        self.evidence: list[tuple[object, ...]] = []
        self.sheets: dict[str, str] = {}  # title -> sha256, stored once
        self.unit = Unit(Actor(author, author), lambda: now.replace(tzinfo=UTC))

    def day(self, at: datetime) -> date:
        """The department's day of a stored (naive UTC) instant."""
        if self.offset is not None:  # a zone without summer time: plain arithmetic
            return (at + self.offset).date()
        return at.replace(tzinfo=UTC).astimezone(self.zone).date()

    def add(
        self, case_id: int, received: datetime, closed: datetime | None, when: dict[str, datetime]
    ) -> None:
        """The records of one case, from when it reached each state (`when`, its history) and
        when it says it was closed."""
        if Status.CONTAINMENT not in when:
            return  # registered, or judged invalid: nothing to contain or correct
        contained = Status.INVESTIGATION in when
        if contained or case_id % 2 == 0:  # half those in containment have begun counting
            self._containment(case_id, when, sorted_out=contained)
        if self.pairs:
            _Actions(self, case_id, received, closed, when).add()

    def write(self, db: Database) -> None:
        cursor = db.cursor()
        for table, columns, rows in (
            ("containment_line", LINE_COLUMNS, self.lines),
            ("case_action", ACTION_COLUMNS, self.actions),
            ("action_evidence", EVIDENCE_COLUMNS, self.evidence),
        ):
            cursor.executemany(insert_sql(table, columns), rows)
            rows.clear()

    def uuid(self, at: datetime) -> str:
        """A time-ordered (version 7, RFC 9562) uuid for a record made `at`, its 74 random bits
        from the demo's generator, as stored (hex). Rows go in nearly in their uuid index's
        order: at 100,000 cases that halves the cost of writing them with random (version 4)
        ones, whose index takes every insert at a random page."""
        bits = self.rng.getrandbits(74)
        high = ((at - EPOCH) // MILLISECOND) << 80 | (bits >> 62) << 64
        return f"{high | V7 | bits & 0x3FFFFFFFFFFFFFFF:032x}"

    def sheet(self, title: str) -> str:
        """The record sheet's hash, stored the first time it is needed."""
        if title not in self.sheets:
            self.sheets[title] = store_media(self.unit, record_sheet(title))
        return self.sheets[title]

    def _containment(self, case_id: int, when: dict[str, datetime], sorted_out: bool) -> None:
        start = when[Status.CONTAINMENT]
        made = start + (when.get(Status.INVESTIGATION, self.now) - start) * 0.6
        at = str(made)  # as stored
        _department, note, coil, heat = self.facts[case_id]
        batch = coil.rsplit("-", 1)[0] if coil else f"#{case_id}"
        drafts = _sorted_lines(self.rng, batch, heat or batch, note, coil) if sorted_out else [
            (STOCK, f"{batch}-* 同批次", *_tonnes(self.rng, 0), "",
             "已冻结，挑选中"),
        ]  # fmt: skip
        for position, line in enumerate(drafts):
            place, reference, checked, held, defective, released, unit, marking, result = line
            self.lines.append((
                self.uuid(made), at, at, self.author, self.author, 1, case_id, position, place,
                reference, checked, held, defective, released, unit, marking, result,
            ))  # fmt: skip


def _tonnes(rng: random.Random, defective_percent: int) -> tuple[object, ...]:
    """Checked, held, defective, released and the unit of tonnes sorted at the mill: all held,
    the OK part released (none while sorting, `defective_percent` 0 and nothing released)."""
    tenths = rng.randint(30, 400)
    if not defective_percent:
        return (_t(tenths), _t(tenths), None, None, "t")
    bad = tenths * defective_percent // 100
    return (_t(tenths), _t(tenths), _t(bad), _t(tenths - bad), "t")


def _t(tenths: int) -> str:
    return f"{tenths // 10}.{tenths % 10}"


def _sorted_lines(
    rng: random.Random, batch: str, heat: str, note: str, coil: str | None
) -> list[tuple[object, ...]]:
    """The places a contained case counted: its stock (or none of it left), coils in process,
    a shipment in transit, the unused material at the customer; each sorted and the OK part
    released with its marking."""
    if rng.random() < 0.12:
        lines = [(STOCK, f"{heat} 同炉号库存", "0", None, None, None, "t",
                  "", "库存无同批次卷")]  # fmt: skip
    else:
        lines = [(STOCK, f"{heat} 同炉号库存",
                  *_tonnes(rng, rng.choice((1, 2, 5, 10, 20))), GREEN_LABEL,
                  "全检挑选，不良隔离")]  # fmt: skip
    if rng.random() < 0.1:
        coils = rng.randint(2, 12)
        bad = rng.randint(0, min(2, coils - 1))
        lines.append((WIP, f"{heat} 冷轧在制", str(coils), str(coils), str(bad),
                      str(coils - bad), "coils", GREEN_LABEL,
                      "逐卷检查后放行"))  # fmt: skip
    if rng.random() < 0.1:
        tenths = rng.randint(50, 200)
        lines.append((TRANSIT, note or batch, _t(tenths), _t(tenths), "0", _t(tenths), "t",
                      GREEN_LABEL, "到货抽检合格放行"))  # fmt: skip
    if rng.random() < 0.15:
        tenths = rng.randint(20, 150)
        bad = tenths * rng.choice((10, 25, 50)) // 100
        lines.append((UNUSED, coil or batch, _t(tenths), _t(tenths), _t(bad), None, "t", "",
                      "客户处隔离，待退回"))  # fmt: skip
    return lines


class _Actions:
    """One case's actions: a containment action while containment goes on (and on some cases
    past it: on the others its lines say it all), the correction of the occurrence from the
    investigation, that of the escape (some cases) and a preventive one (a few) from the
    handling. Written for speed: it runs for most of 100,000 cases."""

    def __init__(
        self,
        records: BulkRecords,
        case_id: int,
        received: datetime,
        closed: datetime | None,
        when: dict[str, datetime],
    ) -> None:
        self.r, self.case_id, self.when = records, case_id, when
        self.received_on = records.day(received)
        self.reached = max(REACHED.get(state, -1) for state in when)
        # Verified by the closing: the step into "closed" is the case's closed_at itself
        # (demo_timeline.schedule).
        self.closed = when[Status.CLOSED] if closed else None
        self.number = 0

    def add(self) -> None:
        r, (department, _note, coil, _heat) = self.r, self.r.facts[self.case_id]
        department = department or "品质部"
        batch = coil.rsplit("-", 1)[0] if coil else "同批次"
        if self.reached == 0 or r.rng.random() < 0.25:  # else its lines are the containment
            self._one(0, CONTAINMENT, HOLD.format(batch=batch), "精整车间")
        if self.reached >= 1:
            self._one(1, OCCURRENCE, ROLL_CHANGES[self.case_id % 3], department)
        if self.reached >= 2 and r.rng.random() < 0.2:
            self._one(2, ESCAPE, EDGE_COVER, "品质部")
        if self.reached >= 2 and r.rng.random() < 0.08:
            self._one(2, PREVENTIVE, ROLL_OUT_13, department)

    def _window(self, step: int) -> tuple[datetime, datetime]:
        """From the step an action is set in to when it must be verified by: the next step
        for the containment action, the closing (or now) for the others."""
        start = self.when[PATH[step]]
        nxt = self.when.get(PATH[step + 1], self.r.now)
        set_at = start + (nxt - start) * (0.2 + 0.05 * self.number)  # one after the other
        if step == 0 and self.reached >= 2 and self.when[Status.HANDLING] > set_at:
            return set_at, self.when[Status.HANDLING]
        return set_at, self.closed or self.r.now

    def _one(self, step: int, kind: _Kind, text: str, department: str) -> None:
        r = self.r
        random = r.rng.random
        set_at, end = self._window(step)
        self.number += 1
        owner, verifier = r.pairs[int(random() * len(r.pairs))]
        state = VERIFIED if self.closed else self._open_state(step)
        span = end - set_at
        done_at = set_at + span * (0.3 + 0.3 * random()) if state != OPEN else None
        verified_at = set_at + span * (0.7 + 0.2 * random()) if state == VERIFIED else None
        action_id = r.next_id
        r.next_id += 1
        code = f"{r.day(set_at) + WEEK:%y%m%d}" if kind.kind == "preventive" else ""
        # Text as sqlite3 would store the instants, without its adapter's call per value.
        made = str(set_at)
        done = str(done_at) if done_at else None
        verified = str(verified_at) if verified_at else None
        if verified is not None:
            last, by, revision = verified, verifier, 3
        elif done is not None:
            last, by, revision = done, owner, 2
        else:
            last, by, revision = made, r.author, 1
        r.actions.append((
            action_id, r.uuid(set_at), made, last, r.author, by, revision, self.case_id,
            self.number, kind.kind, kind.cause, text, owner, department,
            self._due(done_at).isoformat(), state, kind.effect, code, kind.quantity, done,
            kind.note if done else "", verified, verifier if verified else "",
            VERIFICATION if verified else "", "",
        ))  # fmt: skip
        if done and kind.sheet:
            r.evidence.append((action_id, r.sheet(kind.sheet), 0, f"{kind.sheet}.png", done,
                               owner))  # fmt: skip

    def _open_state(self, step: int) -> str:
        weights = OPEN_MIX[min(self.reached - step, 2)]
        return self.r.rng.choices(STATES, cum_weights=weights)[0]

    def _due(self, done_at: datetime | None) -> date:
        """Done: a few days after it was done (one in six was done late); open: overdue or
        due in the weeks ahead. Never before the case was received."""
        draw = self.r.rng.random()
        if done_at is not None and draw < 1 / 6:
            due = self.r.day(done_at) - timedelta(days=1 + int(draw * 18))  # 1-3 days late
        elif done_at is not None:
            due = self.r.day(done_at) + timedelta(days=int((draw - 1 / 6) * 7.2))  # 0-5 ahead
        elif draw < 0.4:
            due = self.r.today - timedelta(days=1 + int(draw * 25))  # 1-10 days overdue
        else:
            due = self.r.today + timedelta(days=1 + int((draw - 0.4) * 50))  # within 30 days
        return max(due, self.received_on)


def _fixed_offset(zone: tzinfo, now: datetime) -> timedelta | None:
    """The zone's offset from UTC when it is the same all over the demo's years (and the two
    years an action may be due in), else None."""
    offsets = {
        zone.utcoffset(datetime(year, month, 1))
        for year in range(now.year - 4, now.year + 3)
        for month in (1, 7)
    }
    return offsets.pop() if len(offsets) == 1 else None


def _owner_verifier_pairs() -> list[tuple[str, str]]:
    """(owner, verifier) of every active account that may own an action (QA or field staff)
    and every other that may verify it (whom the matrix lets close complaints)."""
    rules = matrix()
    owners, verifiers = [], []
    for account in UserAccount.select().where(UserAccount.active).order_by(UserAccount.user_id):
        roles = roles_of(account)
        if may(rules, roles, Action.CLOSE):
            verifiers.append(account.user_id)
        if may(rules, roles, Action.EDIT) or SeededRole.FIELD_STAFF.value in roles:
            owners.append(account.user_id)
    return [(o, v) for o in owners for v in verifiers if o != v]
