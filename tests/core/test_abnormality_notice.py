"""The quality abnormality notice (品质异常联络单) read back as a person's tools read it
(poppler): what it states in both languages, what it leaves out, its refusals, and its CLI."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from action_scenarios import (
    FIELD,
    MANAGER,
    add,
    clock,
    containment,
    corrective,
    make_case,
    preventive,
)
from conftest import ENGINEER
from pdfs import assert_a4, assert_fonts_embedded, needs_poppler, page_count, run, text_of

from qa_desktop.core.errors import UserError
from qa_desktop.core.models import DefectType
from qa_desktop.core.reports.exports import write_notice
from qa_desktop.core.services import actions
from qa_desktop.core.services.abnormality_notices import notice_for
from qa_desktop.core.vocab import OTHER_DEFECT

pytestmark = needs_poppler
INTERNAL_NOTE = "2 号机工作辊已使用 21 天，超出换辊周期。"


@pytest.fixture
def case(db):
    complaint = make_case(responsible_department="冷轧车间", internal_note=INTERNAL_NOTE)
    add(complaint)  # corrective, occurrence, due 2026-03-20
    add(complaint, containment())
    add(complaint, preventive())
    late = add(complaint, corrective(cause="escape", owner="wang", department="品质部",
                                     description="出口检验增加表面目视检查", due_date=date(2026, 3, 11)))  # fmt: skip
    gone = add(complaint, containment(description="撤回的措施 WITHDRAWN"))
    actions.cancel_action(str(gone.uuid), gone.revision, "重复", ENGINEER, clock)
    assert late.number == 4
    return complaint


def one_line(pdf: Path) -> str:
    return " ".join(text_of(pdf).split())


def test_the_notice_states_the_case_the_defect_and_the_actions_asked(case, tmp_path):
    out = tmp_path / "notice.pdf"
    result = write_notice(case.case_no, out, "en", clock=clock)
    assert result.path == out.resolve() and not result.unprinted
    assert_a4(out)
    assert_fonts_embedded(out)
    text = one_line(out)
    for expected in (
        "Quality Abnormality Notice", "品质异常联络单", f"{case.case_no}-QAN",
        "冷轧车间", "佛山某不锈钢制品厂", "S24A0817-03", "S24A0817-05", "H2408123",
        "1.00 × 1219", "6,420", "1,480 pcs", "6.35 t", "Scratch", "14.3%", "212 pcs",
        "更换 2 号冷轧机工作辊", "周工", "2026-03-20", "Occurrence cause", "Escape cause",
        "Effectiveness expected: 90%", "Applies from date code 260401",
        "Covers: 1、3 号机组全部 304 冷轧卷，每班首卷", "overdue", "Issued by (QA)",
        "Received by (responsible department)", "Internal: not for the customer",
        INTERNAL_NOTE,  # an internal document: it may show internal fields
    ):  # fmt: skip
        assert expected in text, expected
    assert "WITHDRAWN" not in text  # a cancelled action asks nothing of anyone
    # issued on Thursday 12 March at 09:00 in Shanghai: reply by the next working day
    assert "Reply to QA by 2026-03-13" in text


def test_the_notice_in_chinese_puts_chinese_first(case, tmp_path):
    out = tmp_path / "notice.pdf"
    write_notice(case.case_no, out, "zh_CN", clock=clock)
    text = one_line(out)
    assert text.index("品质异常联络单") < text.index("Quality Abnormality Notice")
    for expected in ("纠正措施", "预防措施", "划伤", "未完成", "产生原因", "流出原因", "责任部门"):
        assert expected in text, expected


def test_the_reply_by_date_can_be_given_and_not_before_the_notice(case, tmp_path):
    assert notice_for(case.case_no, date(2026, 3, 16), clock).reply_by == "2026-03-16"
    with pytest.raises(UserError, match="before the notice is issued"):
        notice_for(case.case_no, date(2026, 3, 11), clock)


def test_a_case_without_a_responsible_department_is_refused(db, tmp_path):
    complaint = make_case()
    out = tmp_path / "notice.pdf"
    with pytest.raises(UserError, match="names no responsible department yet"):
        write_notice(complaint.case_no, out, "en", clock=clock)
    assert not out.exists()


def test_many_actions_run_over_pages_and_the_signature_boxes_stay_whole(case, tmp_path):
    for number in range(25):
        add(case, containment(description=f"逐卷复检第 {number} 批 " + "检查表面并记录。" * 8))
    out = tmp_path / "notice.pdf"
    write_notice(case.case_no, out, "en", clock=clock)
    pages = page_count(out)
    assert pages >= 2
    last = " ".join(text_of(out, pages).split())
    assert "Issued by (QA)" in last and "Received by (responsible department)" in last
    assert "(continued" in " ".join(text_of(out, 2).split())


def test_hostile_text_prints_as_text(db, tmp_path):
    complaint = make_case(responsible_department="<b>冷轧</b> &amp; 车间")
    add(complaint, corrective(description='<img src="/etc/passwd"/> 换辊 \u200fمراجعة\u200f'))
    out = tmp_path / "notice.pdf"
    result = write_notice(complaint.case_no, out, "en", clock=clock)
    text = one_line(out)
    assert '<img src="/etc/passwd"/>' in text and "<b>冷轧</b> &amp; 车间" in text
    assert not result.unprinted


def test_an_other_defect_is_named_with_its_words_in_both_languages(db):
    other = DefectType.get(DefectType.code == OTHER_DEFECT)
    complaint = make_case(responsible_department="冷轧车间", defect_type=other,
                          defect_other="边部毛刺")  # fmt: skip
    notice = notice_for(complaint.case_no, clock=clock)
    assert (notice.defect_en, notice.defect_zh) == (
        f"{other.name_en}: 边部毛刺",
        f"{other.name_zh}: 边部毛刺",
    )
    assert other.name_zh and other.name_zh != other.name_en


def test_a_character_no_font_has_is_named_under_the_notices_label(db, tmp_path):
    complaint = make_case(responsible_department="冷轧车间")
    add(complaint, corrective(description="换辊 \U00030000"))
    result = write_notice(complaint.case_no, tmp_path / "notice.pdf", "zh_CN", clock=clock)
    assert [(u.field, u.label, u.characters, u.context) for u in result.unprinted] == [
        ("action", "Action requested", "\U00030000", "NoticePdf")
    ]
    assert "要求的措施" in result.message("zh_CN")


def test_a_page_renders(case, tmp_path):
    out = tmp_path / "notice.pdf"
    write_notice(case.case_no, out, "zh_CN", clock=clock)
    run("pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1", out, tmp_path / "page")
    (png,) = tmp_path.glob("page*.png")
    assert png.stat().st_size > 10_000


# ----- the CLI -----------------------------------------------------------------------------------
def cli(*args: str | Path, data: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QA_DESKTOP_DATA_DIR=str(data), QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "qa_desktop", *map(str, args)],
                          capture_output=True, text=True, env=env, timeout=120, check=False)  # fmt: skip


def test_the_cli_writes_the_notice(case, db_path, tmp_path):
    out = tmp_path / "notice.pdf"
    result = cli("export", "notice", case.case_no.lower(), "--db", db_path, "--out", out,
                 "--lang", "en", "--reply-by", "2099-01-05", data=tmp_path / "data")  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"{out}: {case.case_no} quality abnormality notice"
    assert "Reply to QA by 2099-01-05" in one_line(out)


def test_the_cli_refuses_in_one_sentence_and_writes_nothing(case, db_path, tmp_path):
    bare = make_case()  # no responsible department
    out = tmp_path / "notice.pdf"
    refusals = {
        (bare.case_no,): "names no responsible department yet",
        ("CC-1999-0001",): "There is no complaint CC-1999-0001",
        (case.case_no, "--reply-by", "13/03/2026"): "--reply-by: 13/03/2026 is not a day",
        (case.case_no, "--reply-by", "2000-01-01"): "before the notice is issued",
    }
    for args, sentence in refusals.items():
        result = cli("export", "notice", *args, "--db", db_path, "--out", out,
                     data=tmp_path / "data")  # fmt: skip
        assert result.returncode != 0
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and sentence in lines[0], (args, result.stderr)
        assert not out.exists()
    result = cli("export", "notice", case.case_no, "--db", db_path, "--out", db_path,
                 data=tmp_path / "data")  # fmt: skip
    assert result.returncode != 0 and "ends in .pdf" in result.stderr
    assert not list(tmp_path.glob("*.pdf"))


def test_verified_and_done_actions_print_their_state(case, tmp_path):
    (first, *_rest) = actions.actions_of(case.id)
    done = actions.mark_done(first.uuid, first.revision, "已换辊", FIELD, clock)
    actions.verify_action(str(done.uuid), done.revision, "抽查无划伤", MANAGER, clock)
    out = tmp_path / "notice.pdf"
    write_notice(case.case_no, out, "en", clock=clock)
    assert "Verified" in one_line(out)
