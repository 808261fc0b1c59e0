"""Site visits as the tests build them: the people, the example visit's lines, answers,
photos and signature, and the laptop's side of a round trip (shared by core and GUI tests)."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

from conftest import PASSWORD, SHANGHAI
from PIL import Image

from qa_desktop.core import media
from qa_desktop.core.db import close_database, open_database
from qa_desktop.core.exchange.pack_export import export_return
from qa_desktop.core.exchange.pack_import import import_pack
from qa_desktop.core.models import Visit, database_proxy
from qa_desktop.core.services import accounts, confirmations, visit_record
from qa_desktop.core.services.context import Actor
from qa_desktop.core.signature_strokes import Stroke, normalise
from qa_desktop.core.visit_content import PhotoDraft, VisitContent
from qa_desktop.core.visit_quantities import VisitCoilDraft

FIELD = Actor("zhou", "周工")
NOW = datetime(2026, 3, 11, 9, 0, tzinfo=SHANGHAI)


def clock() -> datetime:
    return NOW


def plan(assignee: str = "zhou", days: float = 2):
    from datetime import timedelta

    from qa_desktop.core.services import visits

    return visits.VisitPlan(
        assignee=assignee,
        appointment=NOW + timedelta(days=days),
        site="佛山市顺德区 3 号车间",
        contact_name="刘工",
        contact_phone="0757-1234567",
    )


def lines(**changes: str) -> list[VisitCoilDraft]:
    first = {
        "coil_no": "S24A0817-05",
        "heat_no": "h2408",
        "grade": "SPCC",
        "specification": "1.0×1250",
        "weight": "6350",
        "used": "180",
        "unused": "32",
        "defective_used": "23",
        "defective_unused": "4",
        "unit": "pcs",
    } | changes
    return [VisitCoilDraft(**first)]


def answers(**changes: object) -> dict[str, object]:
    return {
        "defect_source": "our_material",
        "visible_before_processing": "yes",
        "defective_used": "1.2",
        "defective_unused": "0.3",
        "coil_no": "S24A0817-05",
        "specification": "1.0×1250",
        "weight": "6.35",
        "samples_taken": "yes",
        "customer_loss": "停线 4 小时",
        "customer_remedy": "希望退货并赔偿",
    } | changes


def photo_bytes(colour: str = "red") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (64, 48), colour).save(out, "JPEG")
    return out.getvalue()


def stored_photo(colour: str = "red", item_key: str = "defect_photos") -> PhotoDraft:
    prepared = media.prepare_bytes(photo_bytes(colour), f"{colour}.jpg")
    (sha,) = visit_record.store_photos([prepared], FIELD, clock)
    return PhotoDraft(sha, prepared.filename, "划伤", item_key=item_key)


def signature() -> list[Stroke]:
    points = tuple((10.0 + i * 8, 40.0 + (i % 5) * 6, i * 40, 0.6) for i in range(30))
    return normalise([Stroke(points)], 400, 160)


def save(visit: Visit, content: VisitContent, actor: Actor = FIELD) -> visit_record.Saved:
    fresh = Visit.get_by_id(visit.id)
    return visit_record.save_visit(str(fresh.uuid), fresh.revision, content, actor, clock)


def use(path: Path):
    """Work in the database at `path` (the test's 'other computer')."""
    if database_proxy.obj is not None:
        close_database(database_proxy.obj)
    return open_database(path)


def visit_on_laptop(laptop: Path, outbound: Path, tmp_path: Path) -> Path:
    """The laptop's side: import, fill the visit, the customer signs, the return pack."""
    use(laptop)
    import_pack(outbound, None, clock)
    accounts.sign_in("zhou", PASSWORD)  # the field user signs in on the laptop
    visit = Visit.get()
    content = VisitContent(answers(), "现场发现", lines(), [stored_photo()])
    saved = visit_record.save_visit(str(visit.uuid), visit.revision, content, FIELD, clock)
    confirmations.confirm_on_screen(
        str(visit.uuid), saved.visit.revision, "刘工", "生产主管", signature(), PASSWORD,
        FIELD, clock,
    )  # fmt: skip
    back = tmp_path / "back.qavisit"
    export_return(back, FIELD, PASSWORD, clock)
    return back


def plan_factory_visit() -> str:
    """At the factory (the open database, with its accounts): the example case and a visit
    planned for the field user; its case number."""
    from conftest import ENGINEER, add_test_accounts, example_draft

    from qa_desktop.core.services import visits
    from qa_desktop.core.services.complaints import register_complaint

    add_test_accounts((FIELD, "field_staff"))
    case = register_complaint(example_draft(), ENGINEER)
    visits.plan_visit(case.case_no, plan(), ENGINEER, clock)
    return case.case_no


def conflicting_return(factory_path: Path, tmp_path: Path) -> Path:
    """A return pack that meets changes at the factory: the findings typed at both ends and
    a coil's defective count re-counted at both ends (the customer signed the laptop's)."""
    from conftest import ENGINEER

    from qa_desktop.core.exchange.pack_export import export_outbound

    case_no = plan_factory_visit()
    out = tmp_path / "out.qavisit"
    export_outbound(out, [case_no], "zhou", ENGINEER, PASSWORD, clock)
    back = visit_on_laptop(tmp_path / "laptop.sqlite", out, tmp_path)
    use(factory_path)
    visit = Visit.get()
    content = VisitContent({}, "电话：客户说是轧制划伤", lines(defective_used="20"))
    visit_record.save_visit(str(visit.uuid), visit.revision, content, ENGINEER, clock)
    return back
