"""Actions (CAPA) as the tests build them: the people, the example complaint, a fixed "now" and
drafts of each kind (shared by the core, PDF and GUI tests)."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date, datetime

from conftest import ENGINEER, SHANGHAI, add_test_accounts, example_draft, set_department_zone
from PIL import Image

from qa_desktop.core import media
from qa_desktop.core.action_rules import ActionDraft
from qa_desktop.core.models import Complaint
from qa_desktop.core.services import actions
from qa_desktop.core.services.complaints import register_complaint
from qa_desktop.core.services.context import Actor

FIELD = Actor("zhou", "周工")  # field staff: owns actions, may neither edit nor verify
SALES = Actor("zhao", "赵经理")
MANAGER = Actor("chen", "陈主管")  # QA manager: verifies
# Two days after the example complaint was received, 09:00 in Shanghai.
NOW = datetime(2026, 3, 12, 9, 0, tzinfo=SHANGHAI)


def clock() -> datetime:
    return NOW


def make_case(**changes) -> Complaint:
    """The example complaint (DOMAIN.md) with the people who own and verify its actions."""
    add_test_accounts((FIELD, "field_staff"), (SALES, "sales"), (MANAGER, "qa_manager"))
    set_department_zone("Asia/Shanghai")
    complaint = register_complaint(example_draft(), ENGINEER)
    if changes:
        Complaint.update(**changes).where(Complaint.id == complaint.id).execute()
        complaint = Complaint.get_by_id(complaint.id)
    return complaint


def corrective(**changes) -> ActionDraft:
    draft = ActionDraft(
        kind="corrective",
        cause="occurrence",
        description="更换 2 号冷轧机工作辊，辊面检查频次改为每班一次",
        owner="zhou",
        department="冷轧车间",
        due_date=date(2026, 3, 20),
        expected_effect="90",
        quantity="",
    )
    return replace(draft, **changes)


def containment(**changes) -> ActionDraft:
    draft = ActionDraft(
        kind="containment",
        description="冻结库存中 S24A0817 批全部钢卷并逐卷检查表面",
        owner="zhou",
        department="精整车间",
        due_date=date(2026, 3, 13),
        quantity="库存 8 卷，约 52 t",
    )
    return replace(draft, **changes)


def preventive(**changes) -> ActionDraft:
    draft = ActionDraft(
        kind="preventive",
        description="水平展开：1、3 号机组同样执行每班辊面检查",
        owner="zhou",
        department="冷轧车间",
        due_date=date(2026, 4, 30),
        quantity="1、3 号机组全部 304 冷轧卷，每班首卷",
        date_code_from="260401",
    )
    return replace(draft, **changes)


def add(complaint: Complaint, draft: ActionDraft | None = None):
    return actions.add_action(complaint.id, draft or corrective(), ENGINEER, clock)


def photo(name: str = "roll.jpg", colour: tuple[int, int, int] = (90, 120, 160)):
    """A small JPEG through the intake, as a phone's photo of the new roll would arrive."""
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), colour).save(buffer, "JPEG")
    return media.prepare_bytes(buffer.getvalue(), name)
