"""Shared fixtures: a fresh temporary database per test, Qt offscreen on a laptop's screen, a
valid example draft."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

# The target machine: GUI tests run on a 1366 × 728 screen (a 1366 × 768 laptop less its
# taskbar), unless QT_QPA_PLATFORM asks for another platform or screen.
os.environ["QT_QPA_PLATFORM"] = (
    f"offscreen:configfile={Path(__file__).resolve().parent}/fixtures/screens/laptop_1366x768.json"
    if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen"
    else os.environ["QT_QPA_PLATFORM"]
)

from qa_desktop.core import passwords
from qa_desktop.core.db import close_database, open_database
from qa_desktop.core.demo_accounts import DEMO_PASSWORD
from qa_desktop.core.drafts import CoilDraft, ComplaintDraft
from qa_desktop.core.i18n import set_language
from qa_desktop.core.services.context import Actor

SHANGHAI = ZoneInfo("Asia/Shanghai")
# When the example case was received: a fixed instant, never the real clock (every test's
# injected "now" is later; so is the real one).
RECEIVED = datetime(2026, 3, 10, 9, 0, tzinfo=SHANGHAI)


# The accounts every test database has (add_test_accounts): the administrator, who holds the
# department key, and a QA engineer. Tests of other roles add their own.
ADMIN = Actor("admin", "Administrator")
ENGINEER = Actor("wang", "王工")
# Every test account's, and the demo's: a test may add its people to a demo database.
PASSWORD = DEMO_PASSWORD
# The people the older tests act as, by their user ids (the display name is the test's).
TEST_PEOPLE: tuple[tuple[Actor, tuple[str, ...]], ...] = (
    (ENGINEER, ("qa_engineer",)),
    (Actor("qa.wang", "王工"), ("qa_engineer",)),
    (Actor("qa.li", "李主管"), ("qa_manager", "administrator")),
    (Actor("li", "李工"), ("qa_engineer",)),
)


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """No test touches the real user data folder, each starts in English, and Argon2id runs at
    a test's cost (a hash keeps its own parameters, so verifying is the same code)."""
    monkeypatch.setenv("QA_DESKTOP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(passwords, "COST", passwords.FAST_TEST_COST)
    set_language("en")
    yield
    set_language("en")


@pytest.fixture
def whole_start(qapp):
    """For a test that runs the window's start into its event loop (app.run_window). Qt quits
    an application whose last window goes, by an event posted then: with pytest-qt's one
    application for the whole run, every later test's timers would never fire."""
    qapp.setQuitOnLastWindowClosed(False)
    yield qapp
    qapp.setQuitOnLastWindowClosed(True)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "qa.sqlite"


@pytest.fixture
def db(db_path: Path):
    database = open_database(db_path)
    add_test_accounts()
    yield database
    close_database(database)


@pytest.fixture
def quick_db(db_path: Path):
    """A database that gives up waiting for another program's write lock after 0.2 s."""
    database = open_database(db_path, busy_seconds=0.2)
    add_test_accounts()
    yield database
    close_database(database)


def work_entries():
    """The audit entries of the work a test did: not those of the accounts it started with."""
    from qa_desktop.core.models import ACCOUNT_MODELS, AuditEntry

    tables = [model._meta.table_name for model in ACCOUNT_MODELS]
    return AuditEntry.select().where(AuditEntry.table.not_in(tables))


def add_test_accounts(*more: tuple[Actor, str | tuple[str, ...]]) -> None:
    """ADMIN and TEST_PEOPLE in the open database (ADMIN unless it has accounts), then `more`
    as (actor, role code or codes), each with PASSWORD and no temporary password to change."""
    from qa_desktop.core.models import UserAccount
    from qa_desktop.core.services import accounts

    if not accounts.has_accounts():
        accounts.create_first_administrator(ADMIN.user_id, ADMIN.display_name, PASSWORD)
    for actor, roles in (*TEST_PEOPLE, *more):
        if UserAccount.get_or_none(UserAccount.user_id == actor.user_id) is None:
            codes = [roles] if isinstance(roles, str) else list(roles)
            accounts.add_user(ADMIN, PASSWORD, actor.user_id, actor.display_name, PASSWORD, codes)
            UserAccount.update(must_change_password=False).where(
                UserAccount.user_id == actor.user_id
            ).execute()


def file_with_accounts(path: Path, complaints: int) -> Path:
    """A closed database file at `path` with the test accounts and `complaints` example cases:
    what a test that starts the window on a file (app.run_window) opens."""
    from qa_desktop.core.db import close_database, open_database
    from qa_desktop.core.services.complaints import register_complaint

    database = open_database(path)
    try:
        add_test_accounts()
        for _ in range(complaints):
            register_complaint(example_draft(), actor=ENGINEER)
    finally:
        close_database(database)
    return path


def damage_a_page(path: Path, seed: int = 3, at: float = 0.5) -> None:
    """Overwrite one page with noise, as a failing disk would: the page `at` that fraction of
    the file (the middle one unless told)."""
    import random

    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    start = int(len(data) // page_size * at) * page_size
    data[start : start + page_size] = random.Random(seed).randbytes(page_size)
    path.write_bytes(bytes(data))


def set_schema_version(path: Path, version: int) -> None:
    """Write a schema version into a file behind QA Desktop's back (creating meta if needed)."""
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        conn.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
        conn.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", (str(version),))
        conn.commit()
    finally:
        conn.close()


def example_draft(**changes) -> ComplaintDraft:
    """DOMAIN.md's example case: scratches on 304 2B coils at a sink maker in Foshan."""
    draft = ComplaintDraft(
        customer_name="佛山某不锈钢制品厂",
        contact_name="张经理",
        contact_phone="13800138000",
        channel="phone",
        received_at=RECEIVED,
        market="domestic",
        category="quality",
        product="冷轧不锈钢卷",
        material_no="M304-2B-10",
        specification="304 2B 1.0 × 1219 mm",
        order_no="SO2408-1173",
        delivery_note="DN240820-551",
        date_code="240817",
        defect_type_code="scratch",
        description="深冲水槽时发现划伤 (scratches found while deep drawing sinks)",
        defect_rate="14.3",
        affected_qty="212",
        affected_unit="pcs",
        customer_request="退回 S24A0817-05，赔偿不良品 / return -05, compensate the defective pieces",
        goods_state="partly_processed",
        severity="serious",
        owner="王工",
        coils=[
            CoilDraft(coil_no="S24A0817-03", heat_no="H2408123", grade="304", thickness_mm="1.0",
                      width_mm="1219", finish="2B", weight_kg="6420", quantity="1480", unit="pcs"),
            CoilDraft(coil_no="S24A0817-05", heat_no="H2408123", grade="304", thickness_mm="1.0",
                      width_mm="1219", finish="2B", weight_kg="6350", quantity="6.35", unit="t"),
        ],
    )  # fmt: skip
    for name, value in changes.items():
        setattr(draft, name, value)
    return draft


@pytest.fixture
def draft() -> ComplaintDraft:
    return example_draft()


@pytest.fixture
def pc_in_los_angeles():
    """This PC's clock set to Los Angeles (16 hours behind Shanghai in winter), so a screen that
    shows the PC's zone instead of the department's shows another day."""
    import time

    before = os.environ.get("TZ")
    os.environ["TZ"] = "America/Los_Angeles"
    time.tzset()
    try:
        yield
    finally:
        if before is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = before
        time.tzset()


def set_department_zone(name: str) -> None:
    """The department's zone, as Tools → Department settings sets it."""
    from qa_desktop.core.services.department import change_setting

    change_setting("time_zone", name, ADMIN)
