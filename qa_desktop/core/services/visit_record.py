"""A visit's record, filled on site: checklist answers, findings, coil lines, photos.

Saved whole from the screen (one transaction), while the visit is planned or in progress. A
save may leave required items open (a visit is filled over hours); finishing needs them all.
A coil line keeps its identity by coil number, a photo by its original's hash, so records
that travel in a pack keep their uuids. Changing what the customer signed (a coil line's
numbers) voids the confirmation, with the reason, where the screen shows it."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from qa_desktop.core import authority
from qa_desktop.core.checklists import ChecklistTemplate, check_answers, stored_answers
from qa_desktop.core.clock import Clock, to_storage, utc_now
from qa_desktop.core.errors import FieldError, ValidationError, translated
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from qa_desktop.core.models import CoilLine, Media, Visit, VisitCoil, VisitDraft, VisitPhoto
from qa_desktop.core.services import checklists
from qa_desktop.core.services.confirmations import lines_of, void_if_changed
from qa_desktop.core.services.context import Actor, Unit, write
from qa_desktop.core.services.visits import (
    FILLS_VISITS,
    check_revision,
    checked_reason,
    open_visit,
    state_refusal,
    stored,
)
from qa_desktop.core.settings import coil_forms_rule
from qa_desktop.core.text import clean_line, clean_multiline
from qa_desktop.core.validation import MAX_LINE, MAX_TEXT
from qa_desktop.core.visit_content import PhotoDraft, VisitContent
from qa_desktop.core.visit_quantities import CleanVisitCoil, VisitCoilDraft, check_visit_coils
from qa_desktop.core.vocab import Action, VisitState

if TYPE_CHECKING:  # Pillow loads with intake, not with every save
    from qa_desktop.core.media import PreparedMedia

CONTEXT = "Visits"
FILLS = FILLS_VISITS
NOT_OPEN = QT_TRANSLATE_NOOP(
    "Visits", "Visit {number} of {case} is {state}: reopen it before changing its record."
)
NOT_ASSIGNEE = QT_TRANSLATE_NOOP(
    "Visits", "Visit {number} of {case} is assigned to {user}: only they fill its record."
)
NO_LINES = QT_TRANSLATE_NOOP("Visits", "Add the coil lines found on site before finishing.")
NOT_FINISHED = QT_TRANSLATE_NOOP("Visits", "Visit {number} of {case} is not finished.")
NEEDS_REASON = QT_TRANSLATE_NOOP("Visits", "Say why the visit is reopened.")
NO_PHOTO = QT_TRANSLATE_NOOP("Visits", "The photo {name} is not stored here; add it again.")
NO_SUCH_COIL = QT_TRANSLATE_NOOP(
    "Visits", "Photo {name} is attached to coil {coil}, which is not listed."
)
NO_SUCH_ITEM = QT_TRANSLATE_NOOP(
    "Visits", "Photo {name} is attached to an item the checklist lacks."
)
TWICE = QT_TRANSLATE_NOOP("Visits", "The photo {name} is in this visit twice.")
TOO_LONG = QT_TRANSLATE_NOOP("Visits", "At most {n} characters.")
NO_MARKS = QT_TRANSLATE_NOOP("Visits", "The marks on photo {name} cannot be read.")
UNREADABLE = QT_TRANSLATE_NOOP(
    "Visits", "The checklist answers of visit {number} of {case} cannot be read."
)
NOT_AS_SAVED = QT_TRANSLATE_NOOP(
    "Visits", "Visit {number} of {case} holds {what} as no save of QA Desktop stores them."
)


@dataclass(frozen=True)
class Saved:
    visit: Visit
    voided: bool  # the customer's confirmation was voided by this save


def template_for(visit: Visit) -> ChecklistTemplate:
    return checklists.template_of(visit.template)


def content_of(visit: Visit, answers: dict[str, object] | None = None) -> VisitContent:
    """The stored record, as a screen shows it and a draft keeps it (`answers`: the stored
    answers when the caller has read them already)."""
    coils = tuple(_coil_draft(line) for line in visit.coils.order_by(VisitCoil.position))
    photos = tuple(
        PhotoDraft(
            sha256=photo.media_id,
            filename=photo.filename,
            caption=photo.caption,
            coil_no=photo.coil_no,
            item_key=photo.item_key,
            annotated_sha256=photo.annotated_id or "",
            marks=photo.marks,
        )
        for photo in visit.photos.order_by(VisitPhoto.position)
    )
    if answers is None:
        answers = json.loads(visit.answers)
    return VisitContent(answers, visit.findings, coils, photos)


def check_stored(visit: Visit, lang: str | None = None) -> None:
    """The stored record checked as a save checks what it stores (a visit a return pack
    brought): a UserError with the first problem, nothing when a save would store the
    record exactly as it is. A finished visit is checked as finishing checks it."""
    where = {"number": visit.number, "case": visit.complaint.case_no}
    content = _stored_content(visit, lang)
    finishing = VisitState(visit.state) is VisitState.FINISHED
    clean, answers, findings = _checked(visit, content, lang, finishing=finishing)
    photos = list(visit.photos.order_by(VisitPhoto.position))
    differs = {
        QT_TRANSLATE_NOOP("Visits", "checklist answers"): answers != content.answers,
        QT_TRANSLATE_NOOP("Visits", "findings"): findings != visit.findings,
        QT_TRANSLATE_NOOP("Visits", "coil lines"): clean != lines_of(visit),
        QT_TRANSLATE_NOOP("Visits", "photos"): any(
            _photo_values(p) != _stored_photo(p) for p in photos
        ),
    }
    for what, differ in differs.items():
        if differ:
            raise translated(
                CONTEXT, NOT_AS_SAVED, lang, what=translate(CONTEXT, what, lang), **where
            )


def _stored_content(visit: Visit, lang: str | None) -> VisitContent:
    try:
        answers = json.loads(visit.answers)
    except (ValueError, RecursionError):
        answers = None
    if not isinstance(answers, dict):
        raise translated(
            CONTEXT, UNREADABLE, lang, number=visit.number, case=visit.complaint.case_no
        )
    return content_of(visit, answers)


def _stored_photo(row: VisitPhoto) -> dict[str, object]:
    return {name: getattr(row, name) for name in ("filename", "caption")}


def starting_lines(visit: Visit) -> tuple[VisitCoilDraft, ...]:
    """A new visit's lines: the complaint's coils, their quantities left for the site."""
    lines = visit.complaint.coils.order_by(CoilLine.position)
    return tuple(
        VisitCoilDraft(
            coil_no=line.coil_no,
            heat_no=line.heat_no,
            grade=line.grade,
            specification=_specification(line),
            weight=_text(line.weight_kg),
        )
        for line in lines
    )


def save_visit(
    visit_uuid: str,
    expected_revision: int,
    content: VisitContent,
    actor: Actor,
    clock: Clock = utc_now,
    lang: str | None = None,
) -> Saved:
    with write(actor, clock, needs=FILLS) as unit:
        visit = _open_for(unit, visit_uuid, expected_revision, lang)
        clean, answers, findings = _checked(visit, content, lang, finishing=False)
        _write_coils(unit, visit, clean)
        _write_photos(unit, visit, content.photos)
        visit.answers = json.dumps(answers, ensure_ascii=False, sort_keys=True)
        visit.findings = findings
        if VisitState(visit.state) is VisitState.PLANNED:
            visit.state, visit.started_at = VisitState.IN_PROGRESS.value, to_storage(unit.clock())
        unit.stamp(visit, new=False)
        visit.save()
        unit.audit("save", visit, {"answers": answers, "lines": len(clean)})
        voided = void_if_changed(unit, visit)
        VisitDraft.delete().where(
            (VisitDraft.visit_uuid == str(visit.uuid)) & (VisitDraft.user_id == actor.user_id)
        ).execute()
        return Saved(visit, voided)


def finish_visit(
    visit_uuid: str,
    expected_revision: int,
    actor: Actor,
    clock: Clock = utc_now,
    lang: str | None = None,
) -> Visit:
    """Say the record is complete: every required item answered, coil lines listed."""
    with write(actor, clock, needs=FILLS) as unit:
        visit = _open_for(unit, visit_uuid, expected_revision, lang)
        content = content_of(visit)
        _checked(visit, content, lang, finishing=True)
        visit.state, visit.finished_at = VisitState.FINISHED.value, to_storage(unit.clock())
        unit.stamp(visit, new=False)
        visit.save()
        unit.audit("finish", visit, {"state": visit.state})
        return visit


def reopen_visit(
    visit_uuid: str,
    expected_revision: int,
    reason: str,
    actor: Actor,
    clock: Clock = utc_now,
    lang: str | None = None,
) -> Visit:
    why = checked_reason(reason, NEEDS_REASON, lang)
    with write(actor, clock, needs=FILLS) as unit:
        visit = stored(visit_uuid, lang)
        check_revision(visit, expected_revision, lang)
        _check_assignee(unit, visit, lang)
        if VisitState(visit.state) is not VisitState.FINISHED:
            raise state_refusal(NOT_FINISHED, visit, lang)
        visit.state, visit.finished_at = VisitState.IN_PROGRESS.value, None
        unit.stamp(visit, new=False)
        visit.save()
        unit.audit("reopen", visit, {"state": visit.state}, why)
        return visit


# ----- checks --------------------------------------------------------------------------------------
def _open_for(unit: Unit, visit_uuid: str, expected: int, lang: str | None) -> Visit:
    visit = open_visit(visit_uuid, expected, NOT_OPEN, lang)
    _check_assignee(unit, visit, lang)
    return visit


def _check_assignee(unit: Unit, visit: Visit, lang: str | None) -> None:
    """The assignee fills the record; someone who may edit complaints may too (a colleague
    typing up notes the field user phoned in)."""
    if unit.actor.user_id == visit.assignee:
        return
    from qa_desktop.core.services.matrix import matrix

    if not authority.may(matrix(), unit.roles(), Action.EDIT):
        raise translated(
            CONTEXT, NOT_ASSIGNEE, lang, number=visit.number, case=visit.complaint.case_no,
            user=visit.assignee,
        )  # fmt: skip


def _checked(
    visit: Visit, content: VisitContent, lang: str | None, *, finishing: bool
) -> tuple[list[CleanVisitCoil], dict[str, object], str]:
    template = template_for(visit)
    clean, errors = check_visit_coils(list(content.coils), coil_forms_rule(), lang)
    answers = {k: _answer(v) for k, v in content.answers.items() if not _blank(v)}
    counts: dict[str, int] = {}
    for photo in content.photos:
        if photo.item_key:
            counts[photo.item_key] = counts.get(photo.item_key, 0) + 1
    rules = template if finishing else _relaxed(template)
    errors += check_answers(rules, answers, counts, lang)
    errors += _photo_errors(content.photos, clean, template, lang)
    findings = clean_multiline(content.findings).strip()
    if len(findings) > MAX_TEXT:
        errors.append(FieldError("findings", translate(CONTEXT, TOO_LONG, lang).format(n=MAX_TEXT)))
    if finishing and not clean and not errors:
        errors.append(FieldError("coils", translate(CONTEXT, NO_LINES, lang)))
    if errors:
        raise ValidationError(errors)
    return clean, stored_answers(template, answers), findings


def _relaxed(template: ChecklistTemplate) -> ChecklistTemplate:
    """The template with nothing required: what a save in progress checks."""
    items = tuple(dataclasses.replace(item, required=False) for item in template.items)
    return dataclasses.replace(template, items=items)


def _photo_errors(
    photos, clean: list[CleanVisitCoil], template: ChecklistTemplate, lang: str | None
) -> list[FieldError]:
    errors: list[FieldError] = []
    coils = {line.coil_no for line in clean}
    seen: set[str] = set()
    for index, photo in enumerate(photos):

        def add(
            message: str, index: int = index, name: str = photo.filename, **values: object
        ) -> None:
            text = translate(CONTEXT, message, lang).format(name=name, **values)
            errors.append(FieldError("photos", text, index))

        if photo.sha256 in seen:
            add(TWICE)
        seen.add(photo.sha256)
        for sha in filter(None, (photo.sha256, photo.annotated_sha256)):
            if not Media.select().where(Media.sha256 == sha).exists():
                add(NO_PHOTO)
        if photo.coil_no and photo.coil_no not in coils:
            add(NO_SUCH_COIL, coil=photo.coil_no)
        if photo.item_key and template.item(photo.item_key) is None:
            add(NO_SUCH_ITEM)
        if len(clean_line(photo.caption)) > MAX_LINE:
            add(TOO_LONG, n=MAX_LINE)
        if photo.marks and not _marks_read(photo.marks):
            add(NO_MARKS)
    return errors


def _marks_read(text: str) -> bool:
    from qa_desktop.core.annotations import marks_from_json  # Pillow: only for marked photos
    from qa_desktop.core.errors import UserError

    try:
        marks_from_json(text)
    except UserError:
        return False
    return True


# ----- writing -------------------------------------------------------------------------------------
COIL_FIELDS = (
    "heat_no", "grade", "specification", "weight_kg", "used", "unused", "defective_used",
    "defective_unused", "unit",
)  # fmt: skip


def _write_coils(unit: Unit, visit: Visit, clean: list[CleanVisitCoil]) -> None:
    existing = {line.coil_no: line for line in visit.coils}
    sources = {line.coil_no: line.id for line in visit.complaint.coils}
    for position, line in enumerate(clean):
        row = existing.pop(line.coil_no, None)
        values = {name: getattr(line, name) for name in COIL_FIELDS}
        if row is None:
            row = VisitCoil(visit=visit, coil_no=line.coil_no, source=sources.get(line.coil_no))
            new, changed = True, True
        else:
            new = False
            changed = row.position != position or any(
                _differs(getattr(row, k), v) for k, v in values.items()
            )
        if not changed:
            continue
        for name, value in values.items():
            setattr(row, name, value)
        row.position = position
        unit.stamp(row, new=new)
        row.save(force_insert=new)
        unit.audit("create" if new else "update", row, {"coil_no": line.coil_no, **values})
    for row in existing.values():
        unit.audit("delete", row, {"coil_no": row.coil_no})
        row.delete_instance()


def _write_photos(unit: Unit, visit: Visit, photos) -> None:
    existing = {photo.media_id: photo for photo in visit.photos}
    for position, draft in enumerate(photos):
        row = existing.pop(draft.sha256, None)
        values = {
            **_photo_values(draft),
            "coil_no": draft.coil_no,
            "item_key": draft.item_key,
            "annotated": draft.annotated_sha256 or None,
            "marks": draft.marks if draft.annotated_sha256 else "",
            "position": position,
        }
        new = row is None
        if new:
            row = VisitPhoto(visit=visit, media=draft.sha256)
        elif all(
            _same(getattr(row, k if k != "annotated" else "annotated_id"), v)
            for k, v in values.items()
        ):
            continue
        for name, value in values.items():
            setattr(row, name, value)
        unit.stamp(row, new=new)
        row.save(force_insert=new)
        detail = {k: v for k, v in values.items() if k != "marks"}
        unit.audit("create" if new else "update", row, {"sha256": draft.sha256, **detail})
    for row in existing.values():
        unit.audit("delete", row, {"sha256": row.media_id})
        row.delete_instance()


def _photo_values(photo: PhotoDraft | VisitPhoto) -> dict[str, object]:
    """A photo's typed texts as a save stores them."""
    sha = photo.sha256 if isinstance(photo, PhotoDraft) else photo.media_id
    return {
        "filename": clean_line(photo.filename).strip()[:200] or sha[:12],
        "caption": " ".join(clean_line(photo.caption).split()),
    }


def _differs(stored_value: object, new: object) -> bool:
    if isinstance(stored_value, Decimal) or isinstance(new, Decimal):
        return (stored_value is None) != (new is None) or (
            stored_value is not None and Decimal(stored_value) != Decimal(new)  # type: ignore[arg-type]
        )
    return (stored_value or "") != (new or "")


def _same(stored_value: object, new: object) -> bool:
    return (stored_value or "") == (new or "")


def _coil_draft(line: VisitCoil) -> VisitCoilDraft:
    return VisitCoilDraft(
        coil_no=line.coil_no,
        heat_no=line.heat_no,
        grade=line.grade,
        specification=line.specification,
        weight=_text(line.weight_kg),
        used=_text(line.used),
        unused=_text(line.unused),
        defective_used=_text(line.defective_used),
        defective_unused=_text(line.defective_unused),
        unit=line.unit,
    )


def _text(value: Decimal | None) -> str:
    if value is None:
        return ""
    text = format(Decimal(value).normalize(), "f")
    return text


def _specification(line: CoilLine) -> str:
    parts = [_text(line.thickness_mm), _text(line.width_mm)]
    return "×".join(p for p in parts if p)


def _answer(value: object) -> object:
    return clean_multiline(value).strip() if isinstance(value, str) else value


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def store_photos(prepared: list[PreparedMedia], actor: Actor, clock: Clock = utc_now) -> list[str]:
    """Keep photos as they are taken in (before the visit is saved), so a draft that survives a
    crash can name them; their sha256s. Stored once by content: a photo taken in twice is one."""
    from qa_desktop.core.services.attachments import store_media

    with write(actor, clock, needs=FILLS) as unit:
        return [store_media(unit, media) for media in prepared]
