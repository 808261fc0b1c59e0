"""Hostile text and numbers typed into every field of a site visit (its plan, the record filled
on site, the customer's signer): stored clean or refused in one sentence beside the field,
never a traceback; and printed literally by both visit PDFs, which name the characters no
font has instead of failing."""

from __future__ import annotations

import json
from datetime import timedelta
from decimal import Decimal

import pytest
from conftest import ENGINEER, PASSWORD, add_test_accounts, example_draft
from pdfs import needs_poppler, text_of
from visit_scenarios import FIELD, NOW, answers, clock, lines, save, signature, stored_photo

from qa_desktop.core.errors import UserError, ValidationError
from qa_desktop.core.models import AuditEntry, Confirmation, Visit, VisitCoil, VisitPhoto
from qa_desktop.core.reports import exports
from qa_desktop.core.services import confirmations, visits
from qa_desktop.core.services.complaints import register_complaint
from qa_desktop.core.services.context import Actor
from qa_desktop.core.services.department import change_setting
from qa_desktop.core.visit_content import VisitContent

# One of each kind of hostile text; every one is either stored clean or refused.
CONTROLS = "a\x00b\x07c\x1bd\x7fe\x85f\ufffe"
SURROGATES = "划\ud800伤\udfff"
BIDI = "\u202etxt.exe\u202c"  # shown reversed: "exe.txt"
MARKUP = "<img src=x> <b>bold</b> &amp; <font color=red>x</font> <para>"
WIDE = "😀 𠀀𪚥 𓀀"  # emoji, CJK Extension B, a hieroglyph: not every PDF font has them
PADDED = "   padded   "
LONG = "长" * 100_000
SHORT_HOSTILE = {
    "controls": CONTROLS, "surrogates": SURROGATES, "bidi": BIDI, "markup": MARKUP,
    "wide": WIDE, "padded": PADDED,
}  # fmt: skip


def _no_control(text: str) -> bool:
    return not any(
        (ord(c) < 0x20 and c not in "\t\n\r") or 0x7F <= ord(c) <= 0x9F or 0xD800 <= ord(c) <= 0xDFFF
        or c in "\ufffe\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
        for c in text
    )  # fmt: skip


def _stored_texts() -> list[str]:
    visit = Visit.get()
    texts = [visit.site, visit.contact_name, visit.contact_phone, visit.purpose, visit.findings]
    texts += [v for v in json.loads(visit.answers).values() if isinstance(v, str)]
    for coil in VisitCoil.select():
        texts += [coil.coil_no, coil.heat_no, coil.grade, coil.specification]
    for photo in VisitPhoto.select():
        texts += [photo.caption, photo.filename]
    for row in Confirmation.select():
        texts += [row.signer_name, row.signer_position, row.record]
    return texts


@pytest.fixture
def case(db):
    add_test_accounts((FIELD, "field_staff"), (Actor("qa.li"), "qa_manager"))
    change_setting("coil_number_forms", "S##@####-##", Actor("qa.li"))
    return register_complaint(example_draft(), ENGINEER)


def _plan(text: str) -> visits.VisitPlan:
    return visits.VisitPlan("zhou", NOW + timedelta(days=2), text, text, text, text)


def _fill(text: str) -> Visit:
    """The visit's record with `text` in every text field a person types on site."""
    visit = Visit.get()
    photo = stored_photo()
    photo = type(photo)(photo.sha256, text + ".jpg", text, item_key="defect_photos")
    content = VisitContent(
        answers(customer_loss=text, customer_remedy=text, specification=text),
        text,
        lines(heat_no=text, grade=text, specification=text),
        [photo],
    )
    return save(visit, content).visit


@pytest.mark.parametrize("name", list(SHORT_HOSTILE))
def test_hostile_text_in_every_field_is_stored_clean(case, name):
    text = SHORT_HOSTILE[name]
    visits.plan_visit(case.case_no, _plan(text), ENGINEER, clock)
    visit = _fill(text)
    confirmations.confirm_on_screen(
        str(visit.uuid), visit.revision, text + "刘", text + "主管", signature(), PASSWORD, FIELD,
        clock,
    )  # fmt: skip
    stored = _stored_texts()
    assert all(_no_control(t) for t in stored), [t for t in stored if not _no_control(t)]
    assert all(t == t.strip() for t in stored if "\n" not in t), [
        t for t in stored if t != t.strip()
    ]
    row = Confirmation.get()
    assert confirmations.problems(row) == []
    if name in ("markup", "wide"):
        assert text in stored  # kept as typed: literal, not interpreted


@pytest.mark.parametrize("where", ["plan", "findings", "answer", "coil", "caption", "signer"])
def test_a_hundred_thousand_characters_are_refused_in_one_sentence(case, where):
    plan = _plan(LONG) if where == "plan" else _plan("3 号车间")
    if where == "plan":
        with pytest.raises(ValidationError) as refused:
            visits.plan_visit(case.case_no, plan, ENGINEER, clock)
        assert "At most" in str(refused.value)
        assert Visit.select().count() == 0
        return
    visit = visits.plan_visit(case.case_no, plan, ENGINEER, clock).visit
    visit = save(visit, VisitContent(answers(), "现场", lines(), [])).visit
    before = (Visit.get().revision, AuditEntry.select().count())
    content = {
        "findings": VisitContent(answers(), LONG, lines(), []),
        "answer": VisitContent(answers(customer_loss=LONG), "现场", lines(), []),
        "coil": VisitContent(answers(), "现场", lines(grade=LONG), []),
        "caption": None,
        "signer": None,
    }[where]
    with pytest.raises(UserError) as refused:
        if where == "caption":
            photo = stored_photo()
            before = (Visit.get().revision, AuditEntry.select().count())
            photo = type(photo)(photo.sha256, "a.jpg", LONG, item_key="defect_photos")
            save(visit, VisitContent(answers(), "现场", lines(), [photo]))
        elif where == "signer":
            confirmations.confirm_on_screen(
                str(visit.uuid), visit.revision, LONG, "主管", signature(), PASSWORD, FIELD, clock
            )
        else:
            save(visit, content)
    message = str(refused.value)
    assert "\n" not in message and len(message) < 300, message[:300]
    assert (Visit.get().revision, AuditEntry.select().count()) == before
    assert Confirmation.select().count() == 0


# ----- numbers ----------------------------------------------------------------------------------
NUMBERS = {
    "1e400": None, "NaN": None, "Infinity": None, "0x10": None, "-1": None, "1,5": None,
    "1_000": None, "3.0001": None, "": "", "-0": Decimal(0), "１２３": Decimal(123),
    "1,000.5": Decimal("1000.5"), " 3 ": Decimal(3), "3.0": Decimal(3), "０.５": Decimal("0.5"),
}  # fmt: skip


@pytest.mark.parametrize("typed", list(NUMBERS))
def test_a_coil_cell_takes_a_number_or_says_why_not(case, typed):
    visit = visits.plan_visit(case.case_no, _plan("3 号车间"), ENGINEER, clock).visit
    expected = NUMBERS[typed]
    content = VisitContent({}, "", lines(unused=typed, defective_unused="0"), [])
    if expected is None:
        with pytest.raises(ValidationError) as refused:
            save(visit, content)
        (error,) = refused.value.errors
        assert (error.field, error.row) == ("unused", 0), error
        assert VisitCoil.select().count() == 0
        return
    save(visit, content)
    stored = VisitCoil.get().unused
    assert stored == (None if expected == "" else expected)
    if expected == 0:
        assert not str(stored).startswith("-")


@pytest.mark.parametrize("typed", list(NUMBERS))
def test_a_number_answer_takes_a_number_or_says_why_not(case, typed):
    visit = visits.plan_visit(case.case_no, _plan("3 号车间"), ENGINEER, clock).visit
    expected = NUMBERS[typed]
    content = VisitContent({"weight": typed}, "", lines(), [])
    if typed in ("3.0001",):
        expected = Decimal("3.0001")  # an answer is not a stored quantity: any decimals
    if expected is None:
        with pytest.raises(ValidationError) as refused:
            save(visit, content)
        (error,) = refused.value.errors
        assert error.field == "weight", error
        assert Visit.get().revision == visit.revision
        return
    save(visit, content)
    stored = json.loads(Visit.get().answers).get("weight")
    if expected == "":
        assert stored is None
    else:
        assert Decimal(stored) == expected and stored.isascii() and not stored.startswith("-")


# ----- the printouts ------------------------------------------------------------------------------
@needs_poppler
@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_both_printouts_print_hostile_text_literally_and_name_what_did_not_print(
    case, tmp_path, lang
):
    text = f"{MARKUP} {WIDE} {BIDI} {CONTROLS}"
    visits.plan_visit(case.case_no, _plan(text), ENGINEER, clock)
    visit = _fill(text)
    confirmations.confirm_on_screen(
        str(visit.uuid), visit.revision, text, text, signature(), PASSWORD, FIELD, clock
    )
    visit = Visit.get()
    for write in (exports.write_visit_report, exports.write_confirmation):
        out = tmp_path / f"{write.__name__}-{lang}.pdf"
        result = write(visit, out, lang, clock=clock)
        printed = text_of(out)
        assert "<img src=x>" in printed and "<b>bold</b>" in printed, write.__name__
        assert "&amp;" in printed
        missing = "".join(u.characters for u in result.unprinted)
        for char in WIDE.replace(" ", ""):
            assert char in printed or char in missing, (write.__name__, char)
        if result.unprinted:
            message = result.message(lang)
            assert "\n" not in message and "U+" in message


# ----- files a person names: a checklist to import, a photo --------------------------------------
def _named_files(tmp_path):
    import os

    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    folder = tmp_path / "folder.json"
    folder.mkdir()
    latin = tmp_path / "latin.json"
    latin.write_bytes('{"code": "é"}'.encode("latin-1"))
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000)
    big = tmp_path / "big.json"
    big.write_bytes(b" " * 3_000_000)
    return {"a pipe": fifo, "a folder": folder, "not UTF-8": latin, "nested deep": deep,
            "too large": big, "missing": tmp_path / "missing.json"}  # fmt: skip


def test_a_checklist_file_that_is_not_one_is_one_sentence(case, tmp_path):
    """Each of these once hung (a pipe waits for a writer) or had no sentence of its own."""
    from qa_desktop.core.models import ChecklistTemplateVersion
    from qa_desktop.core.services import checklists

    before = ChecklistTemplateVersion.select().count()
    for what, path in _named_files(tmp_path).items():
        with pytest.raises(UserError) as refused:
            checklists.import_template(path, ENGINEER, clock)
        message = str(refused.value)
        assert "\n" not in message and message.endswith("."), (what, message)
        assert what == "nested deep" or path.name in message, (what, message)
    assert ChecklistTemplateVersion.select().count() == before


def test_a_photo_that_is_a_pipe_or_a_folder_is_refused_not_waited_for(tmp_path):
    import os

    from qa_desktop.core import media

    fifo = tmp_path / "photo.jpg"
    os.mkfifo(fifo)
    folder = tmp_path / "DCIM.jpg"
    folder.mkdir()
    for path in (fifo, folder):
        with pytest.raises(media.MediaRefused, match=path.name):
            media.prepare_file(path)


# ----- drafts, reasons, conflicts -------------------------------------------------------------------
def test_a_draft_with_hostile_text_is_kept_and_offered_back(case):
    """Autosave keeps what is on screen, whatever it holds; the save cleans it later."""
    from qa_desktop.core.services import visit_drafts

    visit = visits.plan_visit(case.case_no, _plan("3 号车间"), ENGINEER, clock).visit
    text = f"{SURROGATES}{CONTROLS}{BIDI}{WIDE}"
    content = VisitContent(answers(customer_loss=text), text, lines(grade=text), [])
    visit_drafts.save_draft(str(visit.uuid), visit.revision, content, FIELD, clock)
    (draft,) = visit_drafts.drafts_of(FIELD.user_id)
    assert draft.content.findings.startswith("划") and "😀" in draft.content.findings
    save(visit, draft.content)  # recovered and saved: stored clean
    assert _no_control(Visit.get().findings)


@pytest.mark.parametrize("what", ["cancel", "reopen"])
def test_a_reason_of_a_hundred_thousand_characters_is_refused(case, what):
    from qa_desktop.core.services import visit_record

    visit = visits.plan_visit(case.case_no, _plan("3 号车间"), ENGINEER, clock).visit
    if what == "reopen":
        visit = save(visit, VisitContent(answers(), "现场", lines(), [stored_photo()])).visit
        visit = visit_record.finish_visit(str(visit.uuid), visit.revision, FIELD, clock)
    before = (Visit.get().revision, AuditEntry.select().count())
    with pytest.raises(UserError) as refused:
        if what == "cancel":
            visits.cancel_visit(str(visit.uuid), visit.revision, LONG, ENGINEER, clock)
        else:
            visit_record.reopen_visit(str(visit.uuid), visit.revision, LONG, FIELD, clock)
    assert "At most" in str(refused.value)
    assert (Visit.get().revision, AuditEntry.select().count()) == before


def test_settling_conflicts_that_are_not_there_is_one_sentence(case):
    from qa_desktop.core.services import conflicts

    for choices in ({999: "ours"}, {-1: "theirs"}, {1: "both"}, {1: None}):
        with pytest.raises(UserError) as refused:
            conflicts.resolve(choices, ENGINEER, clock)
        assert "\n" not in str(refused.value)


@needs_poppler
@pytest.mark.parametrize("letters", ["长", "W", "W "])
def test_both_printouts_print_every_field_at_its_longest(case, tmp_path, letters):
    """The longest text each field takes, in words or in one unbreakable run: the printouts
    break it over lines and pages, never fail (a table row taller than a page would)."""
    from qa_desktop.core.checklists import MAX_ANSWER_TEXT
    from qa_desktop.core.validation import MAX_LINE, MAX_NAME, MAX_TEXT

    def text(n: int) -> str:
        return (letters * n)[:n].strip()

    plan = visits.VisitPlan("zhou", NOW + timedelta(days=2), text(MAX_TEXT), text(MAX_LINE),
                            text(MAX_LINE), text(MAX_TEXT))  # fmt: skip
    visit = visits.plan_visit(case.case_no, plan, ENGINEER, clock).visit
    photo = stored_photo()
    photo = type(photo)(photo.sha256, text(200), text(MAX_LINE), item_key="defect_photos")
    content = VisitContent(
        answers(customer_loss=text(MAX_ANSWER_TEXT), customer_remedy=text(MAX_ANSWER_TEXT),
                specification=text(MAX_ANSWER_TEXT)),
        text(MAX_TEXT),
        lines(heat_no=text(MAX_LINE), grade=text(MAX_LINE), specification=text(MAX_LINE)),
        [photo],
    )  # fmt: skip
    visit = save(visit, content).visit
    confirmations.confirm_on_screen(
        str(visit.uuid), visit.revision, text(MAX_NAME), text(MAX_NAME), signature(), PASSWORD,
        FIELD, clock,
    )  # fmt: skip
    visit = Visit.get()
    for write in (exports.write_visit_report, exports.write_confirmation):
        out = tmp_path / f"{write.__name__}.pdf"
        write(visit, out, "zh_CN", clock=clock)
        # the site (both printouts) and the findings (the report) are printed whole
        letter = letters.strip()
        assert text_of(out).count(letter) >= text(MAX_TEXT).count(letter), write.__name__
