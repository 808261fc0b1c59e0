"""Realistic demo data: customers, coils, defects and dates of a stainless-steel mill's complaints.

Deterministic for a seed and an anchor date (the data is laid out backwards from the anchor, so a
demo opened today has cases due today). Bulk rows go through the raw cursor's executemany: Peewee's
insert_many measured 18x slower for 100,000 rows on this kind of machine.
"""

from __future__ import annotations

import json
import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from peewee import Database

from qa_desktop.core import passwords, search, settings
from qa_desktop.core.audit_chain import Link, entry_hash, stored_instant
from qa_desktop.core.demo_accounts import create_demo_accounts
from qa_desktop.core.demo_media import DemoFile, demo_letters, demo_photos
from qa_desktop.core.demo_rows import insert_sql
from qa_desktop.core.demo_timeline import closing
from qa_desktop.core.errors import UserError
from qa_desktop.core.models import CaseCounter, Complaint, Customer, DefectType, Setting
from qa_desktop.core.services.accounts import has_accounts
from qa_desktop.core.services.attachments import store_media
from qa_desktop.core.services.context import Actor, Unit, current_head
from qa_desktop.core.sorting import sort_key
from qa_desktop.core.vocab import Category, Channel, GoodsState, Market, Severity, Status

Progress = Callable[[int, int], None]

CUSTOMERS: tuple[tuple[str, str, str], ...] = (
    ("佛山某不锈钢制品厂", "Foshan Stainless Products Works", "domestic"),
    ("潮州彩塘厨具有限公司", "Chaozhou Caitang Kitchenware Co.", "domestic"),
    ("无锡精密冷轧加工中心", "Wuxi Precision Cold-Rolling Centre", "domestic"),
    ("宁波海天五金制品厂", "Ningbo Haitian Hardware", "domestic"),
    ("揭阳金属制品有限公司", "Jieyang Metal Products Ltd.", "domestic"),
    ("上海申达电梯装饰板厂", "Shanghai Shenda Elevator Panels", "domestic"),
    ("天津滨海管业有限公司", "Tianjin Binhai Tube Co.", "domestic"),
    ("重庆渝江汽车排气系统", "Chongqing Yujiang Exhaust Systems", "domestic"),
    ("温州瑞安阀门厂", "Wenzhou Rui'an Valve Works", "domestic"),
    ("东莞华美家电配件厂", "Dongguan Huamei Appliance Parts", "domestic"),
    ("苏州工业园区精工钣金", "Suzhou SIP Precision Sheet Metal", "domestic"),
    ("青岛海润厨卫设备", "Qingdao Hairun Kitchen & Bath", "domestic"),
    ("Thai Stainless Fabricators Co., Ltd.", "Thai Stainless Fabricators Co., Ltd.", "export"),
    ("PT Baja Karya Indonesia", "PT Baja Karya Indonesia", "export"),
    ("Vina Steel Kitchen JSC", "Vina Steel Kitchen JSC", "export"),
    ("Ankara Paslanmaz Çelik A.Ş.", "Ankara Paslanmaz Celik A.S.", "export"),
    ("Monterrey Aceros Inoxidables S.A.", "Monterrey Aceros Inoxidables S.A.", "export"),
    ("Mumbai Steelware Pvt. Ltd.", "Mumbai Steelware Pvt. Ltd.", "export"),
    ("Gulf Metal Industries LLC", "Gulf Metal Industries LLC", "export"),
    ("Kraków Inox Sp. z o.o.", "Krakow Inox Sp. z o.o.", "export"),
)
# Details a QA engineer keeps for a customer (example.com-style addresses: nobody's real ones).
DETAILS = {
    "佛山某不锈钢制品厂": ("purchasing@foshan-stainless.example", "广东省佛山市南海区里水镇和顺工业区 18 号"),
    "潮州彩塘厨具有限公司": ("qc@caitang-kitchen.example", "广东省潮州市潮安区彩塘镇金砂工业区 8 号"),
    "Thai Stainless Fabricators Co., Ltd.": (
        "quality@thaistainless.example", "88 Moo 4, Bang Phli, Samut Prakan 10540, Thailand",
    ),
}  # fmt: skip
# One customer typed two ways, merged (services/customers.py): typing the old spelling still
# finds the customer kept, and the old spelling is not listed.
MERGED_SPELLINGS = {"佛山某不锈钢制品有限公司": "佛山某不锈钢制品厂"}
# Per market: domestic cases are written in Chinese, export cases in English.
CONTACTS = {
    "domestic": ("张经理", "李工", "王主任", "陈采购", "刘厂长"),
    "export": ("Somchai P.", "Budi S.", "Nguyen T.", "Mehmet K.", "Ravi S.", "Anna K."),
}
OWNERS = ("王工", "李工", "赵工", "周工", "Chen Wei", "Liu Yang")
SALESPEOPLE = ("孙经理", "钱经理", "吴经理", "Zhou Min", "Grace Lin")
# What customers claim, by market: in their currency, whole amounts mostly (the customer's figure).
CLAIMS = {"domestic": ("CNY", 2_000, 80_000), "export": ("USD", 500, 15_000)}
GRADES = ("304", "304L", "316L", "430", "201", "409L", "441")
FINISHES = ("2B", "BA", "No.1", "No.4", "HL", "2D")
THICKNESS = ("0.4", "0.5", "0.6", "0.8", "1.0", "1.2", "1.5", "2.0", "3.0")
WIDTHS = ("1000", "1219", "1250", "1500")
PRODUCTS = {
    "domestic": ("冷轧不锈钢卷", "热轧不锈钢卷", "冷轧不锈钢板", "精密带钢"),
    "export": ("Cold-rolled coil", "Hot-rolled coil", "Cold-rolled sheet", "Precision strip"),
}
PHENOMENA = (
    (
        "scratch",
        "深冲水槽时发现表面划伤，长度 5–30 mm，沿轧制方向。",
        "Scratches 5-30 mm along the rolling direction, seen while deep drawing.",
    ),
    ("pit", "抛光后表面出现密集麻点。", "Dense pits appear after polishing."),
    ("roll_mark", "每隔约 1.2 m 出现周期性辊印。", "Periodic roll marks every 1.2 m."),
    (
        "edge_crack",
        "开卷后边部有裂口，冲压时扩展。",
        "Edge cracks after uncoiling that grow in stamping.",
    ),
    (
        "oil_stain",
        "板面有油斑，清洗后仍可见。",
        "Oil stains on the surface that remain after cleaning.",
    ),
    (
        "waviness",
        "板形不良，边浪明显，无法激光切割。",
        "Edge waves; the sheet cannot be laser cut.",
    ),
    ("thickness_tol", "实测厚度超出公差 0.03 mm。", "Measured thickness 0.03 mm beyond tolerance."),
    ("scale", "表面残留氧化皮，酸洗不净。", "Residual scale, pickling incomplete."),
    ("sliver", "表面翘皮，折弯处起层。", "Slivers on the surface that lift at bends."),
    ("rust", "到货时外圈有锈迹。", "Rust on the outer wraps on arrival."),
    ("packing_damage", "运输中包装破损，卷边磕伤。", "Packing torn in transit, coil edges dented."),
    ("burr", "分条毛刺超过 0.05 mm。", "Slitting burr over 0.05 mm."),
)
REQUESTS = {
    "domestic": ("退货并补货", "折价处理", "赔偿加工损失", "派人现场挑选"),
    "export": (
        "Return and replace",
        "Price discount",
        "Compensation for scrapped parts",
        "On-site sorting",
    ),
}
# How a demo register spreads over the life of a complaint; older cases are mostly closed.
OPEN_STATES = (
    Status.REGISTERED,
    Status.CONTAINMENT,
    Status.INVESTIGATION,
    Status.HANDLING,
    Status.REPLIED,
    Status.FOLLOW_UP,
)


ATTACHED_SHARE = 0.15  # of complaints with a photo of their defect or the customer's e-mail


@dataclass(frozen=True)
class DemoResult:
    customers: int
    complaints: int
    coil_lines: int
    attachments: int = 0


def _uuid(rng: random.Random) -> str:
    return uuid.UUID(int=rng.getrandbits(128), version=4).hex


def load_demo(
    db: Database,
    complaints: int,
    seed: int = 1,
    anchor: date | None = None,
    progress: Progress | None = None,
    actor: Actor | None = None,
) -> DemoResult:
    """Fill an empty database with `complaints` cases spread over the three years before `anchor`.

    A new file gets the demo's accounts (core/demo_accounts.py) and its cases are the demo
    engineer's; given an `actor` (the window, on a file that has its administrator), the cases
    are that person's and no account is added."""
    if complaints < 0:
        raise UserError("The number of demo complaints cannot be negative.")
    existing = Complaint.select().count()
    if existing:
        raise UserError(
            f"The database already holds {existing} {'complaint' if existing == 1 else 'complaints'}; "
            "demo data goes into a new database."
        )
    people: dict[str, Actor] = {}
    if actor is None:
        if has_accounts():
            raise UserError(
                "The database has accounts already; demo data goes into a new database."
            )
        with passwords.cost(passwords.DEMO_COST):
            people = create_demo_accounts()
        # The demo is a mill in China: its cases were entered in Shanghai, and so it shows them,
        # on the Chinese working calendar.
        Setting.replace(key="time_zone", value="Asia/Shanghai").execute()
        _shanghai_calendar()
        actor = people["qa_engineer"]
    author = actor.user_id
    rng = random.Random(seed)
    anchor = anchor or date.today()
    now = datetime.combine(anchor, time(9, 0), UTC).replace(tzinfo=None)
    prefix = settings.department("case_prefix")
    defects = {d.code: d.id for d in DefectType.select()}
    files = _DemoFiles(
        random.Random(f"{seed}-files"), now, actor
    )  # its own: the cases stay as they were
    with db.atomic():
        customer_ids = _insert_customers(db, rng, now, author)
        counters: dict[int, int] = {}
        trail = _Trail(author)
        repeats = _Repeats()
        complaint_rows, coil_rows, attachment_rows = [], [], []
        spread = 3 * 365 * 24 * 3600
        # Oldest first so case numbers rise with the received date, as in a real register.
        offsets = sorted((rng.random() ** 1.6 * spread for _ in range(complaints)), reverse=True)
        for index, offset in enumerate(offsets, start=1):
            received = now - timedelta(seconds=offset)
            case = _complaint(
                rng, index, received, customer_ids, defects, counters, prefix, now, author
            )
            complaint_rows.append(repeats.flagged(case.row))
            coil_rows.extend(case.coils)
            attachment_rows.extend(files.attachments(index, case))
            if len(complaint_rows) >= 5000:
                _flush(db, complaint_rows, coil_rows, attachment_rows, trail)
                if progress:
                    progress(index, complaints)
        _flush(db, complaint_rows, coil_rows, attachment_rows, trail)
        # The one indexer, as for a complaint saved in the window: it reads what it indexes
        # back from the rows just written (ids 1..N, into a register that held none).
        search.reindex(range(1, complaints + 1), db, fresh=True)
        for year, last in counters.items():
            CaseCounter.replace(year=year, last=last).execute()
        from qa_desktop.core.demo_case_life import load_demo_case_life

        load_demo_case_life(db, now, author, seed)
    if people:  # the demo's own people sign its proposals (services: off the bulk path)
        from qa_desktop.core.demo_approvals import load_demo_approvals

        load_demo_approvals(people, now)
        from qa_desktop.core.demo_visits import load_demo_visits

        load_demo_visits(people, now)
        from qa_desktop.core.demo_containment import load_demo_containment

        load_demo_containment(people, now)
        from qa_desktop.core.demo_eightd import load_demo_eightd

        load_demo_eightd(people, now)  # first: an 8D names its own actions
        from qa_desktop.core.demo_actions import load_demo_actions

        load_demo_actions(people, now)
        from qa_desktop.core.demo_packs import load_demo_packs

        load_demo_packs(db, people, now)
    if progress:
        progress(complaints, complaints)
    lines = db.execute_sql("SELECT count(*) FROM coil_line").fetchone()[0]
    return DemoResult(len(customer_ids), complaints, lines, files.count)


def _shanghai_calendar() -> None:
    from qa_desktop.core.clocks.calendar_json import calendar_to_json, china_2026
    from qa_desktop.core.models import DepartmentCalendar
    from qa_desktop.core.services.clock_rules import DEPARTMENT

    DepartmentCalendar.update(body=calendar_to_json(china_2026())).where(
        DepartmentCalendar.name == DEPARTMENT
    ).execute()


def _insert_customers(
    db: Database, rng: random.Random, now: datetime, author: str
) -> list[tuple[int, str, str, str]]:
    found = []
    for name, name_en, market in CUSTOMERS:
        customer = Customer.get_or_none(Customer.name == name)
        if customer is None:
            email, address = DETAILS.get(name, ("", ""))
            customer = Customer.create(
                uuid=_uuid(rng), name=name, name_en=name_en, market=market, sort_key=sort_key(name),
                contact_name=rng.choice(CONTACTS[market]), contact_phone=f"1{rng.randint(3, 9)}{rng.randint(0, 10**9 - 1):09d}",
                contact_email=email, address=address,
                created_at=now, updated_at=now, created_by=author, updated_by=author,
            )  # fmt: skip
        found.append((customer.id, name, name_en, customer.market))
    kept = {name: customer_id for customer_id, name, _, _ in found}
    for spelling, name in MERGED_SPELLINGS.items():
        # Its complaints were moved to the customer kept: every demo case is under that name.
        if Customer.get_or_none(Customer.name == spelling) is None:
            Customer.create(
                uuid=_uuid(rng), name=spelling, market="domestic", sort_key=sort_key(spelling),
                merged_into=kept[name], revision=2,
                created_at=now, updated_at=now, created_by=author, updated_by=author,
            )  # fmt: skip
    return found


@dataclass
class _Case:
    row: tuple
    coils: list[tuple]
    defect_code: str
    channel: str
    market: str


class _DemoFiles:
    """Attachments for some complaints: a photo of the defect (when there is one of it) and the
    customer's e-mail for those received by e-mail. The few files are stored once, by hash."""

    def __init__(self, rng: random.Random, now: datetime, actor: Actor) -> None:
        self._rng = rng
        self._now = now
        self._photos: dict[str, DemoFile] | None = None  # drawn when first needed
        self._letters = demo_letters()
        self._stored: set[str] = set()
        # Stored as a file added in the window is (services.attachments), by the demo at `now`.
        self._unit = Unit(actor, lambda: now.replace(tzinfo=UTC))
        self.count = 0

    def attachments(self, index: int, case: _Case) -> list[tuple]:
        if self._rng.random() >= ATTACHED_SHARE:
            return []
        if self._photos is None:
            self._photos = demo_photos(self._rng)
        chosen = []
        if case.defect_code in self._photos:
            chosen.append(self._photos[case.defect_code])
        if case.channel == Channel.EMAIL or not chosen:
            chosen.append(self._letters[case.market])
        rows = []
        for position, file in enumerate(chosen):
            self._store(file)
            caption = file.caption_en if case.market == Market.EXPORT else file.caption_zh
            rows.append((
                _uuid(self._rng), self._now, self._now, self._unit.actor.user_id, self._unit.actor.user_id, 1, index,
                file.media.sha256, position, file.media.filename, caption,
            ))  # fmt: skip
        self.count += len(rows)
        return rows

    def _store(self, file: DemoFile) -> None:
        if file.media.sha256 not in self._stored:  # the same few files, thousands of times
            self._stored.add(file.media.sha256)
            store_media(self._unit, file.media)


def _judgement(index: int, status: Status, received: datetime, now: datetime) -> tuple[object, ...]:
    """Validity, its reason, the responsible department and the closing, from the status (by the
    index, not the generator, so the rest of the demo draws what it drew before issue 12)."""
    invalid = status in (Status.INVALID, Status.ANSWERED)
    validity = "" if status is Status.REGISTERED else ("invalid" if invalid else "valid")
    reason = "客户加工参数不当，非原材料问题。" if invalid else ""
    department = "" if status is Status.REGISTERED or invalid else DEPARTMENTS[index % 5]
    # on the case's own schedule (demo_timeline.py), which its history follows to the instant
    closed = closing(index, received, now) if status is Status.CLOSED else None
    return (validity, reason, department, False, closed, None, 0, 0, "")  # repeat: _Repeats


class _Repeats:
    """The repeat rule of core/case_figures.py for cases made oldest first, as they are here:
    a case repeats when its customer's product or defect type was seen before. A set look-up
    per case, where the shared SQL would rewrite every row a second time (1.2 s at 100,000)."""

    def __init__(self) -> None:
        self._seen: set[tuple[str, int, object]] = set()

    def flagged(self, row: tuple) -> tuple:
        customer, product, defect = (row[i] for i in _REPEAT_FROM)
        keys = [("product", customer, product)] if product else []
        keys += [("defect", customer, defect)] if defect is not None else []
        repeat = any(key in self._seen for key in keys)
        self._seen.update(keys)
        return (*row[:_REPEAT_AT], repeat, *row[_REPEAT_AT + 1 :])


COMPLAINT_COLUMNS = (
    "id", "uuid", "created_at", "updated_at", "created_by", "updated_by", "revision", "case_no",
    "status", "customer_id", "contact_name", "contact_phone", "channel", "received_at", "received_tz",
    "market", "category", "product", "material_no", "specification", "order_no", "delivery_note",
    "ship_date", "shipped_qty", "shipped_unit", "date_code", "defect_type_id", "description",
    "defect_rate", "affected_qty", "affected_unit", "customer_request", "goods_state", "severity",
    "owner", "internal_note", "customer_complaint_no", "mill_cert_no", "salesperson",
    "defect_other", "claim_minor", "claim_currency", "samples_returned",
    "validity", "validity_reason", "responsible_department", "repeat", "closed_at",
    "next_due_at", "late_clocks", "approved_minor", "no_handling_reason",
)  # fmt: skip
_REPEAT_FROM = tuple(
    COMPLAINT_COLUMNS.index(c) for c in ("customer_id", "product", "defect_type_id")
)
_REPEAT_AT = COMPLAINT_COLUMNS.index("repeat")
# Who answers for a cause, as the departments of a cold-rolling mill are called.
DEPARTMENTS = ("冷轧车间", "退火酸洗车间", "精整车间", "物流部", "品质部")
AUDIT_COLUMNS = (
    "id", "at", "actor", "action", "table", "record_uuid", "detail", "reason", "prev_hash",
    "entry_hash",
)  # fmt: skip


class _Trail:
    """Each demo case's "create" entry, chained as services.context chains one written in the
    window (the chain continues from the entries the accounts just wrote)."""

    def __init__(self, author: str) -> None:
        self.author = author
        self.last_id, self.last_hash = current_head()

    def created(self, row: tuple) -> tuple:
        case_uuid, created_at, case_no = row[1], row[2], row[7]
        detail = json.dumps({"case_no": case_no}, ensure_ascii=False, sort_keys=True)
        values = (
            self.last_id + 1, stored_instant(created_at), self.author, "create", "complaint",
            str(uuid.UUID(case_uuid)), detail, "",
        )  # fmt: skip
        digest = entry_hash(self.last_hash, Link(*values))
        entry = (*values, self.last_hash, digest)  # not astuple(link): it deep-copies (3 s)
        self.last_id, self.last_hash = values[0], digest
        return entry


COIL_COLUMNS = (
    "uuid", "created_at", "updated_at", "created_by", "updated_by", "revision", "complaint_id",
    "position", "coil_no", "heat_no", "grade", "thickness_mm", "width_mm", "finish", "weight_kg",
    "quantity", "unit",
)  # fmt: skip
ATTACHMENT_COLUMNS = (
    "uuid", "created_at", "updated_at", "created_by", "updated_by", "revision", "complaint_id",
    "media_id", "position", "filename", "caption",
)  # fmt: skip


def _complaint(rng, index, received, customers, defects, counters, prefix, now, author) -> _Case:
    year = received.year
    counters[year] = counters.get(year, 0) + 1
    case_no = f"{prefix}-{year}-{counters[year]:04d}"
    customer_id, _name, customer_en, market_code = rng.choice(customers)
    market = Market(market_code)
    defect_code, text_zh, text_en = rng.choice(PHENOMENA)
    description = text_en if market == Market.EXPORT else text_zh
    category = (
        Category.TRANSPORT
        if defect_code in ("packing_damage", "rust")
        else (
            rng.choice(
                (Category.QUALITY,) * 8
                + (Category.GRADE_SPEC, Category.QUANTITY, Category.DELIVERY)
            )
        )
    )
    age_days = (now - received).days
    if age_days > 60:
        status = (
            Status.CLOSED if rng.random() < 0.93 else rng.choice((Status.INVALID, Status.FOLLOW_UP))
        )
    else:
        status = rng.choice((*OPEN_STATES, Status.CLOSED))
    if status is Status.INVALID and index % 2:
        # half the invalid ones have had their tactful answer (decided by the index, not the
        # generator, so every later draw and the rest of the demo stay as they were)
        status = Status.ANSWERED
    grade, finish = rng.choice(GRADES), rng.choice(FINISHES)
    thickness, width = rng.choice(THICKNESS), rng.choice(WIDTHS)
    ship = received - timedelta(days=rng.randint(5, 60))
    batch = f"S{ship:%y}{'ABCDEFGHJK'[ship.month % 10]}{ship:%m%d}"
    coils = []
    for position in range(rng.choice((1, 1, 1, 2, 2, 3))):
        coil_no = f"{batch}-{position * 2 + rng.randint(1, 2):02d}"
        weight = rng.randint(3000, 9000)
        coils.append((
            _uuid(rng), now, now, author, author, 1, index, position, coil_no,
            f"H{ship:%y}{rng.randint(10000, 99999)}", grade, thickness, width, finish, weight,
            round(weight / 1000 * rng.choice((0.2, 0.35, 0.5, 1.0)), 2), "t",  # affected part
        ))  # fmt: skip
    made = rng.randint(200, 5000)
    bad = rng.randint(1, made // 4)
    currency, low, high = CLAIMS[market.value]
    claim = rng.randrange(low, high, 100) * 100 if rng.random() < 0.45 else None  # minor units
    own_ref = f"{customer_en.split()[0][:3].upper()}-{received:%y%m}-{rng.randint(1, 999):03d}"
    row = (
        index, _uuid(rng), received, now, author, author, 1, case_no, status, customer_id,
        rng.choice(CONTACTS[market]), "", rng.choice(list(Channel)).value, received,
        "Asia/Shanghai", market.value, category.value, rng.choice(PRODUCTS[market]),
        f"M{rng.randint(100000, 999999)}", f"{grade} {finish} {thickness}×{width}",
        f"SO{ship:%y%m}{rng.randint(1000, 9999)}", f"DN{ship:%y%m%d}{rng.randint(100, 999)}",
        ship.date(), len(coils) * 6.5, "t", f"{ship:%y%m%d}", defects.get(defect_code), description,
        round(bad / made * 100, 2), bad, "pcs", rng.choice(REQUESTS[market]),
        rng.choice(list(GoodsState)).value, rng.choice((Severity.GENERAL,) * 6 + (Severity.SERIOUS,) * 3 + (Severity.MAJOR,)).value,
        rng.choice(OWNERS), "炉号与生产记录已调取。" if rng.random() < 0.3 else "",
        own_ref if rng.random() < 0.6 else "", f"ZB{ship:%y%m%d}{rng.randint(10, 99)}",
        rng.choice(SALESPEOPLE), "", claim, currency if claim is not None else "",
        rng.choice(("", "yes", "no", "no")),
        *_judgement(index, status, received, now),
    )  # fmt: skip
    return _Case(row, coils, defect_code, row[12], market.value)


def _flush(
    db: Database, complaint_rows: list, coil_rows: list, attachment_rows: list, trail: _Trail
) -> None:
    cursor = db.cursor()
    cursor.executemany(
        insert_sql("audit_entry", AUDIT_COLUMNS), [trail.created(row) for row in complaint_rows]
    )
    cursor.executemany(insert_sql("complaint", COMPLAINT_COLUMNS), complaint_rows)
    cursor.executemany(insert_sql("coil_line", COIL_COLUMNS), coil_rows)
    cursor.executemany(insert_sql("attachment", ATTACHMENT_COLUMNS), attachment_rows)
    for rows in (complaint_rows, coil_rows, attachment_rows):
        rows.clear()
