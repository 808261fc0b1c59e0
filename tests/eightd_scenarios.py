"""The example case of DOMAIN.md with everything an 8D report draws on, made through the services
where they exist (complaint, visit, confirmation, proposals and signatures, 8D) and by rows where
another part of issue 12 owns the table (containment lines, actions). `planted=True` puts a
marker in every internal field, so a test can show that no customer document prints one."""

from __future__ import annotations

import io
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from conftest import ENGINEER, PASSWORD, SHANGHAI, add_test_accounts, example_draft
from PIL import Image

from qa_desktop.core import media
from qa_desktop.core.eightd import STEPS, Audience, Kind, content_from_data
from qa_desktop.core.models import CaseAction, Complaint, ContainmentLine, Visit
from qa_desktop.core.proposal_lines import LineDraft
from qa_desktop.core.services import (
    confirmations,
    eightd,
    proposals,
    signatures,
    visit_record,
    visits,
)
from qa_desktop.core.services.complaints import register_complaint
from qa_desktop.core.services.context import Actor, write
from qa_desktop.core.services.department import change_setting
from qa_desktop.core.services.signatures import Decision
from qa_desktop.core.signature_strokes import Stroke, normalise
from qa_desktop.core.visit_content import PhotoDraft, VisitContent
from qa_desktop.core.visit_quantities import VisitCoilDraft

FIELD = Actor("zhou", "周工")
MANAGER = Actor("chen", "陈主管")
CHIEF = Actor("liu", "刘总")
NOW = datetime(2026, 3, 12, 10, 0, tzinfo=SHANGHAI)
ROOT_OCCURRENCE = "导辊表面粘附硬质颗粒，划伤带钢表面"
ROOT_ESCAPE = "在线表面检测未覆盖带钢边部 50 mm"
COLOURS = ("firebrick", "steelblue", "olive", "gray", "orange", "purple")


def clock() -> datetime:
    return NOW


@dataclass
class Markers:
    """Each internal field's marker, by where it was planted: "d4.occurrence_whys.why" …"""

    by_place: dict[str, str] = field(default_factory=dict)

    def new(self, place: str) -> str:
        marker = f"SECRETX{len(self.by_place):03d}"
        self.by_place[place] = marker
        return marker


@dataclass
class Case:
    id: int
    case_no: str
    markers: Markers
    photos: list[str]  # media sha256 of the D2 photos (NOK first)


def people() -> None:
    add_test_accounts((FIELD, "field_staff"), (MANAGER, "qa_manager"), (CHIEF, "general_manager"))
    from qa_desktop.core.models import UserAccount

    for user_id, position in (("chen", "品保主管"), ("liu", "总经理")):
        UserAccount.update(position=position).where(UserAccount.user_id == user_id).execute()
    change_setting("time_zone", "Asia/Shanghai", Actor("admin"))
    change_setting("coil_number_forms", "S##@####-##", Actor("admin"))


def example_case(planted: bool = True, photos: int = 6) -> Case:
    """The example case, investigated: visit, containment, actions, handling, a full 8D."""
    people()
    markers = Markers()
    mark = markers.new if planted else (lambda _place: "")
    complaint = register_complaint(
        example_draft(internal_note=mark("complaint.internal_note") or "",
                      owner=mark("complaint.owner") or "王工",
                      salesperson=mark("complaint.salesperson") or "赵经理"),
        ENGINEER,
    )  # fmt: skip
    Complaint.update(
        validity="valid",
        validity_reason=mark("complaint.validity_reason"),
        no_handling_reason=mark("complaint.no_handling_reason"),
        responsible_department="生产部",
    ).where(Complaint.id == complaint.id).execute()
    _visit(complaint.case_no, mark)
    _containment(complaint.id)
    _actions(complaint.id, mark)
    _handling(complaint.id, mark)
    shots = _photos(photos)
    content = content_from_data(_content(shots, mark))
    eightd.save_8d(complaint.id, content, 0, ENGINEER, clock)
    for number in (0, 1, 2, 3, 4):
        eightd.complete_step(complaint.id, number, 1, PASSWORD, ENGINEER, clock)
    return Case(complaint.id, complaint.case_no, markers, shots)


def _content(shots: list[str], mark) -> dict:
    data = {
        "d0": {"emergency_response": "停止发货并通知客户；冻结库存 / stopped shipments, told the customer",
               "full_8d_needed": True},
        "d1": {"champion": "刘总", "leader": "王工",
               "members": [{"name": "周工", "department": "品保部", "role": "现场调查"},
                           {"name": "孙主任", "department": "生产部", "role": "原因分析"}]},
        "d2": {"what": "304 2B 冷轧卷表面划伤，沿轧制方向 / scratches along the rolling direction",
               "where": "客户深冲车间", "how_many": "212 件 / 1480 件",
               "is_is_not": [{"aspect": "卷号", "is": "S24A0817-03, -05", "is_not": "S24A0817-01"}],
               "photos_nok": [{"photo": s, "caption": f"划伤 {n}"} for n, s in enumerate(shots[:-2], 1)],
               "photos_ok": [{"photo": s, "caption": "良品 OK"} for s in shots[-2:]]},
        "d3": {"effectiveness": 100, "summary": "库存、在途全部冻结并逐卷挑选"},
        "d4": {"occurrence_root_cause": ROOT_OCCURRENCE, "occurrence_verification": "模拟再现实验",
               "escape_root_cause": ROOT_ESCAPE, "escape_verification": "检测记录复核"},
        "d5": {"occurrence_effect": 90, "escape_effect": 85, "summary": "导辊清洁与检测覆盖边部"},
        "d6": {"validation": "连续 30 卷无划伤", "verified_by": "陈主管", "verified_on": "2026-03-20",
               "effect_measured": 95, "interim_removed": True, "interim_removed_on": "2026-03-22"},
        "d7": {"summary": "导辊清洁纳入点检",
               "documents": [{"kind": "fmea", "title": "PFMEA 冷轧", "number": "QP-07", "revision": "C"}],
               "rollout": [{"target": "2 号线", "action": "同样点检", "owner": "生产部",
                            "done_on": "2026-03-25"}]},
        "d8": {"closed_on": "2026-04-01", "summary": "客户确认关闭", "recognition": "感谢团队"},
    }  # fmt: skip
    for spec in STEPS:
        for f in spec.fields:
            if f.audience is not Audience.INTERNAL:
                continue
            place = f"{spec.code}.{f.key}"
            if f.kind in (Kind.TEXT, Kind.LINE):
                data[spec.code][f.key] = mark(place)
            elif f.kind is Kind.ROWS:
                rows = []
                for n in range(2):
                    row = {c.key: mark(f"{place}.{c.key}.{n}") for c in f.columns
                           if c.kind in (Kind.TEXT, Kind.LINE)}  # fmt: skip
                    row |= {c.key: c.options[n].code for c in f.columns if c.kind is Kind.CHOICE}
                    rows.append(row)
                data[spec.code][f.key] = rows
    return data


def _photos(count: int) -> list[str]:
    prepared = []
    for n in range(count):
        out = io.BytesIO()
        Image.new("RGB", (1600, 1200), COLOURS[n % len(COLOURS)]).save(out, "JPEG", quality=85)
        prepared.append(media.prepare_bytes(out.getvalue(), f"d2-{n}.jpg"))
    return visit_record.store_photos(prepared, ENGINEER, clock)


def _visit(case_no: str, mark) -> Visit:
    plan = visits.VisitPlan("zhou", NOW + timedelta(days=1), "佛山市顺德区 3 号车间", "刘工",
                            "0757-1234567", purpose=mark("visit.purpose") or "")  # fmt: skip
    visit = visits.plan_visit(case_no, plan, ENGINEER, clock).visit
    lines = [
        VisitCoilDraft(coil_no="S24A0817-03", heat_no="H2408123", grade="304",
                       specification="1.0×1219", weight="6420", used="1480", unused="0",
                       defective_used="212", defective_unused="0", unit="pcs"),
        VisitCoilDraft(coil_no="S24A0817-05", heat_no="H2408123", grade="304",
                       specification="1.0×1219", weight="6350", used="0", unused="6.35",
                       defective_used="0", defective_unused="6.35", unit="t"),
    ]  # fmt: skip
    out = io.BytesIO()
    Image.new("RGB", (64, 48), "red").save(out, "JPEG")
    (sha,) = visit_record.store_photos(
        [media.prepare_bytes(out.getvalue(), "site.jpg")], FIELD, clock
    )
    answers = {"defect_source": "our_material", "visible_before_processing": "yes",
               "customer_loss": mark("visit.customer_loss") or "停线 4 小时",
               "customer_remedy": mark("visit.customer_remedy") or "退货"}  # fmt: skip
    content = VisitContent(answers, mark("visit.findings") or "划伤", lines,
                           [PhotoDraft(sha, "site.jpg", "现场划伤")])  # fmt: skip
    fresh = Visit.get_by_id(visit.id)
    visit = visit_record.save_visit(str(fresh.uuid), fresh.revision, content, FIELD, clock).visit
    fresh = Visit.get_by_id(visit.id)
    points = tuple((10.0 + i * 8, 40.0 + (i % 5) * 6, i * 40, 0.6) for i in range(30))
    confirmations.confirm_on_screen(str(fresh.uuid), fresh.revision, "刘建国", "生产部主管",
                                    normalise([Stroke(points)], 400, 160), PASSWORD, FIELD, clock)  # fmt: skip
    return Visit.get_by_id(visit.id)


def _containment(case_id: int) -> None:
    rows = [("factory_stock", "S24A0817-01, -02", "12.5", "12.5", "0", "12.5", "绿色合格标签"),
            ("factory_stock", "S24A0817-04", "3", "3", "0.4", "2.6", "绿色合格标签"),
            ("in_transit", "S24A0817-06", "6", "6", "", "", "")]  # fmt: skip
    with write(ENGINEER, clock) as unit:
        for n, (place, ref, checked, held, bad, released, marking) in enumerate(rows):
            line = ContainmentLine(uuid=uuid.uuid4(), complaint=case_id, position=n, place=place,
                                   reference=ref, checked=checked, held=held,
                                   defective=bad or None, released=released or None, unit="t",
                                   ok_marking=marking, result="已挑选" if bad else "")  # fmt: skip
            unit.stamp(line, new=True)
            line.save(force_insert=True)


ACTIONS = (
    (1, "containment", "", "冻结库存并逐卷挑选", "品保部", None),
    (2, "corrective", "occurrence", "每班清洁导辊并记录", "生产部", 90),
    (3, "corrective", "escape", "表面检测覆盖边部 50 mm", "设备部", 85),
    (4, "preventive", "", "导辊清洁纳入点检表", "生产部", None),
    (5, "corrective", "occurrence", "CANCELLEDACTION", "生产部", None),
)


def _actions(case_id: int, mark) -> None:
    with write(ENGINEER, clock) as unit:
        for number, kind, cause, text, department, effect in ACTIONS:
            row = CaseAction(
                uuid=uuid.uuid4(), complaint=case_id, number=number, kind=kind, cause=cause,
                description=text, owner="wang", department=department,
                due_date=date(2026, 3, 14 + number), expected_effect=effect,
                state="cancelled" if number == 5 else ("verified" if number < 3 else "open"),
                date_code_from="260315" if kind == "preventive" else "",
                quantity="全部 1.0 mm 规格" if kind == "preventive" else "",
                done_at=NOW.replace(tzinfo=None) if number < 3 else None,
                verified_at=(NOW + timedelta(days=1)).replace(tzinfo=None) if number < 3 else None,
                verified_by="chen" if number < 3 else "",
                internal_note=mark(f"action{number}.internal_note"),
                done_note=mark(f"action{number}.done_note"),
                verification_note=mark(f"action{number}.verification_note"),
            )  # fmt: skip
            unit.stamp(row, new=True)
            row.save(force_insert=True)


def _handling(case_id: int, mark) -> None:
    def lines(amount: str) -> list[LineDraft]:
        return [LineDraft("return", "1", "coils", "", "CNY", "", mark("proposal.line_reason")),
                LineDraft("compensation", "212", "pcs", amount, "CNY", "", "")]  # fmt: skip

    binding = proposals.draft_proposal(case_id, "退回 S24A0817-05 并赔偿加工损失", lines("38600"),
                                       ENGINEER, clock)  # fmt: skip
    proposals.submit_proposal(binding.id, ENGINEER, clock)
    for actor in (MANAGER, CHIEF):
        comment = mark(f"signature.{actor.user_id}.comment") or "同意"
        signatures.sign_proposal(binding.id, Decision(True, comment), PASSWORD, actor, clock)
    preliminary = proposals.draft_proposal(case_id, "追加运费补偿", lines("1200"), ENGINEER, clock)
    proposals.submit_proposal(preliminary.id, ENGINEER, clock)
    signatures.sign_proposal(preliminary.id, Decision(True, "同意"), PASSWORD, MANAGER, clock)
    proposals.draft_proposal(case_id, "DRAFTPROPOSAL", lines("900"), ENGINEER, clock)
