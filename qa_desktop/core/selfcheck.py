"""`qa-desktop self-check`: prove on this machine (or inside the bundle) that the product works.

Creates a temporary database, registers DOMAIN.md's example complaint, writes the handling form
PDF and the register workbook, reads both back, and checks the database. Any failure raises.
The example's description also holds text only the fallback fonts draw (German, Hebrew, Arabic,
an emoji, CJK Extensions A and B), so the check proves that those fonts travel and embed too.
"""

from __future__ import annotations

import tempfile
from datetime import datetime, timedelta
from functools import partial
from pathlib import Path
from zoneinfo import ZoneInfo

from qa_desktop.core.db import check_database, close_database, open_database
from qa_desktop.core.drafts import CoilDraft, ComplaintDraft
from qa_desktop.core.errors import UserError


class SelfCheckFailed(UserError):
    pass


# One character or word for each bundled fallback font: DejaVu Sans, Symbola, the two Han subsets.
FALLBACK_TEXT = "Müller שלום مرحبا 🔩 䶮 𠅤"
FALLBACK_FONTS = (b"DejaVuSans", b"Symbola", b"QAHanSupplementA", b"QAHanSupplementB")


def example() -> ComplaintDraft:
    return ComplaintDraft(
        customer_name="佛山某不锈钢制品厂",
        channel="phone",
        received_at=datetime.now(ZoneInfo("Asia/Shanghai")) - timedelta(hours=1),
        market="domestic",
        category="quality",
        product="冷轧不锈钢卷",
        specification="304 2B 1.0 × 1219 mm",
        defect_type_code="scratch",
        description=f"深冲水槽时发现划伤 {FALLBACK_TEXT}",
        affected_qty="212",
        affected_unit="pcs",
        severity="serious",
        owner="self-check",
        coils=[CoilDraft(coil_no="S24A0817-03", grade="304", quantity="1480", unit="pcs")],
    )


def _engineer():
    """An administrator and a QA engineer to act as, which also proves that Argon2id, the key
    pairs and the department's certificates work here (native libraries a bundle must carry)."""
    import secrets

    from qa_desktop.core.services import accounts

    password = secrets.token_urlsafe(16)
    admin = accounts.create_first_administrator("selfcheck", "Self-check", password).actor
    accounts.add_user(admin, password, "selfcheck-qa", "Self-check QA", password, ["qa_engineer"])
    return accounts.sign_in("selfcheck-qa", password).actor


def _expect(condition: bool, failure: str) -> None:
    if not condition:
        raise SelfCheckFailed(f"self-check failed: {failure}")


def run_self_check() -> list[str]:
    from qa_desktop.core import worker
    from qa_desktop.core.register import RegisterQuery
    from qa_desktop.core.reports.complaint_pdf import export_complaint_pdf
    from qa_desktop.core.reports.exports import export_register_file
    from qa_desktop.core.reports.register_xlsx import export_register
    from qa_desktop.core.services.complaints import register_complaint

    lines = []
    with tempfile.TemporaryDirectory(prefix="qa-desktop-self-check-") as folder:
        base = Path(folder)
        db_path = base / "self-check.sqlite"
        db = open_database(db_path)
        try:
            actor = _engineer()
            complaint = register_complaint(example(), actor)
            lines.append(f"signed in as {actor.user_id}; registered {complaint.case_no}")
            result = export_complaint_pdf(complaint, base / "form.pdf", lang="zh_CN")
            pdf = result.path
            data = pdf.read_bytes()
            _expect(
                data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF"),
                "the PDF is incomplete",
            )
            _expect(
                b"/FontFile2" in data and b"WenQuanYi" in data,
                "the PDF does not embed the CJK font",
            )
            lines.append(f"PDF {pdf.stat().st_size} bytes, CJK font embedded")
            _expect(not result.unprinted, result.message("en"))
            _expect(
                all(b"/BaseFont /" in data and font in data for font in FALLBACK_FONTS),
                "the PDF does not embed the fallback fonts",
            )
            lines.append("fallback fonts embedded: every character printed")
            xlsx = base / "register.xlsx"
            count = export_register(db, RegisterQuery(), xlsx, lang="zh_CN")
            lines.append(f"workbook {xlsx.stat().st_size} bytes, {count} row(s)")
            _expect(
                count == 1 and _workbook_has(xlsx, complaint.case_no), "the workbook lacks the case"
            )
            # The window exports in a worker process: prove one starts here (in the bundle too,
            # where it needs multiprocessing.freeze_support in the entry script).
            xlsx = base / "register-worker.xlsx"
            work = partial(export_register_file, db_path, RegisterQuery(), xlsx, "zh_CN")
            worker.run(work, "zh_CN")
            _expect(_workbook_has(xlsx, complaint.case_no), "the worker's workbook lacks the case")
            lines.append("workbook written by a worker process")
            lines.append(_qr_read_back(base))
        finally:
            close_database(db)
        problems = check_database(base / "self-check.sqlite")
        _expect(not problems, "; ".join(problems))
        lines.append("database check ok")
        lines.append(_verified(db_path))
    lines.append("self-check passed")
    return lines


def _qr_read_back(base: Path) -> str:
    """A sign-off sheet's QR code drawn, the page rendered by PDFium and read by zxing-cpp: the
    native libraries a returned scan needs travel in the bundle too."""
    import hashlib
    import uuid

    from reportlab.pdfgen.canvas import Canvas

    from qa_desktop.core.printcode import PrintCode
    from qa_desktop.core.reports.qr_flowable import draw_print_code
    from qa_desktop.core.scans import read_scan

    code = PrintCode(
        str(uuid.uuid4()), "signoff", str(uuid.uuid4()), 1, hashlib.sha256(b"sheet").hexdigest()
    )
    sheet = base / "sheet.pdf"
    canvas = Canvas(str(sheet))
    draw_print_code(canvas, code, 400, 700)
    canvas.save()
    read = read_scan(sheet.read_bytes(), sheet.name)
    _expect(read.code == code, f"the sheet's QR code did not read back ({read.note})")
    return "sign-off QR code read back from a rendered page"


def _verified(path: Path) -> str:
    from qa_desktop.core.db import open_read_only
    from qa_desktop.core.models import database_proxy
    from qa_desktop.core.verify import verify_file

    db = open_read_only(path)
    database_proxy.initialize(db)  # the signatures' records are read through the models
    try:
        report = verify_file(db.connection())
    finally:
        close_database(db)
    _expect(report.ok, "; ".join(report.problems))
    return f"verified: {report.entries} audit entries, {report.keys} certified keys"


def _workbook_has(path: Path, text: str) -> bool:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True)
    try:
        return any(text in row for row in book.active.iter_rows(values_only=True))
    finally:
        book.close()
