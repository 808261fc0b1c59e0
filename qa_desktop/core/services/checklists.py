"""Checklist templates as the department keeps them: versions stored once, never changed.

A visit names the version it is filled against, so a template edited later (a new version)
never changes a visit filled before. A template comes from a file (`import_template`, e.g. one
of resources/checklists) or from the template screen (`save_new_version`)."""

from __future__ import annotations

import dataclasses
import uuid
from pathlib import Path

from peewee import fn

from qa_desktop.core.checklists import (
    MAX_FILE_BYTES,
    ChecklistTemplate,
    default_template,
    template_from_json,
    template_hash,
    template_to_json,
)
from qa_desktop.core.clock import Clock, to_storage, utc_now
from qa_desktop.core.errors import translated
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP
from qa_desktop.core.models import ChecklistTemplateVersion, Visit
from qa_desktop.core.services.context import Actor, write
from qa_desktop.core.vocab import Action

CONTEXT = "Checklists"
DEFAULT_CODE = "site_visit"
TAKEN = QT_TRANSLATE_NOOP(
    "Checklists",
    "Version {version} of checklist “{code}” is already stored with other items; give the file "
    "version {next} to add it as a new version.",
)
NO_TEMPLATE = QT_TRANSLATE_NOOP(
    "Checklists", "There is no checklist “{code}” to fill; import one under Tools first."
)
NO_SUCH = QT_TRANSLATE_NOOP("Checklists", "There is no checklist “{code}”.")
NO_VERSION = QT_TRANSLATE_NOOP(
    "Checklists", "Checklist “{code}” has no version {version}; its versions are {versions}."
)
UNREADABLE = QT_TRANSLATE_NOOP("Checklists", "The file {name} could not be read: {reason}.")
NOT_UTF8 = QT_TRANSLATE_NOOP(
    "Checklists", "The file {name} is not UTF-8 text; save it as UTF-8 and import it again."
)
MEANWHILE = QT_TRANSLATE_NOOP(
    "Checklists",
    "Version {version} of this checklist was stored while you edited; cancel, and start again "
    "from it.",
)
TOO_BIG = QT_TRANSLATE_NOOP("Checklists", "The file {name} is too large to be a checklist.")


def seed_default_template() -> None:
    """The default template (seed 000 §4.3), in a new file or one upgraded to visits."""
    template = default_template()
    if _stored(template.code, template.version) is None:
        _insert(template, "system", to_storage(utc_now()))


def import_template(
    path: Path, actor: Actor, clock: Clock = utc_now
) -> tuple[ChecklistTemplate, bool]:
    """Store the template a file holds; (template, False) when that version is stored already
    with the same items, so importing a file twice changes nothing."""
    return store_template(read_template(path), actor, clock)


def read_template(path: Path) -> ChecklistTemplate:
    """The template a file holds, checked, before anything is asked or written."""
    return template_from_json(_read(path))


def store_template(
    template: ChecklistTemplate, actor: Actor, clock: Clock = utc_now
) -> tuple[ChecklistTemplate, bool]:
    with write(actor, clock, needs=Action.EDIT) as unit:
        existing = _stored(template.code, template.version)
        if existing is not None:
            if existing.content_hash == template_hash(template):
                return template, False
            raise translated(
                CONTEXT,
                TAKEN,
                code=template.code,
                version=template.version,
                next=_next(template.code),
            )
        row = _insert(template, actor.user_id, to_storage(unit.clock()))
        unit.audit("create", row, {"code": template.code, "version": template.version})
        return template, True


def save_new_version(
    template: ChecklistTemplate,
    actor: Actor,
    clock: Clock = utc_now,
    based_on: int | None = None,
) -> ChecklistTemplate:
    """The template screen's save: the items as edited, stored as the code's next version.
    `based_on`: the highest version when the editing began; refused if another was stored
    meanwhile (the number is taken under the write lock, so two saves never share one)."""
    with write(actor, clock, needs=Action.EDIT):
        top = _next(template.code) - 1
        if based_on is not None and top != based_on:
            raise translated(CONTEXT, MEANWHILE, version=top)
        numbered = dataclasses.replace(template, version=top + 1)
        template_from_json(template_to_json(numbered))  # the file's refusals, for a screen too
        return store_template(numbered, actor, clock)[0]


def current(code: str = DEFAULT_CODE) -> ChecklistTemplateVersion:
    """The version new visits are filled against: the highest active one."""
    row = (
        ChecklistTemplateVersion.select()
        .where((ChecklistTemplateVersion.code == code) & ChecklistTemplateVersion.active)
        .order_by(ChecklistTemplateVersion.version.desc())
        .first()
    )
    if row is None:
        raise translated(CONTEXT, NO_TEMPLATE, code=code)
    return row


def template_of(row: ChecklistTemplateVersion) -> ChecklistTemplate:
    """The stored version as data (its body was checked when it was stored)."""
    return template_from_json(row.body)


def versions(code: str | None = None) -> list[ChecklistTemplateVersion]:
    query = ChecklistTemplateVersion.select().order_by(
        ChecklistTemplateVersion.code, ChecklistTemplateVersion.version
    )
    if code is not None:
        query = query.where(ChecklistTemplateVersion.code == code)
    return list(query)


def find(code: str, version: int | None = None) -> ChecklistTemplateVersion:
    """A stored version of `code`; without `version`, the current one."""
    stored = versions(code)
    if not stored:
        raise translated(CONTEXT, NO_SUCH, code=code)
    if version is None:
        return current(code)
    row = next((row for row in stored if row.version == version), None)
    if row is None:
        numbers = ", ".join(str(row.version) for row in stored)
        raise translated(CONTEXT, NO_VERSION, code=code, version=version, versions=numbers)
    return row


def current_ids() -> set[int]:
    """The row id of each code's current version (the highest active one)."""
    top: dict[str, ChecklistTemplateVersion] = {}
    for row in versions():
        if row.active:
            top[row.code] = row  # versions() is ordered by code, then version
    return {row.id for row in top.values()}


def visit_counts() -> dict[int, int]:
    """How many visits name each stored version (row id -> visits), in one query."""
    query = Visit.select(Visit.template, fn.COUNT(Visit.id)).group_by(Visit.template)
    return {template_id: count for template_id, count in query.tuples()}


def export_template(row: ChecklistTemplateVersion, out: Path) -> Path:
    """The stored version's canonical JSON, written whole or not at all: the file a later
    import reads back, and whose sha256 is the version's content hash."""
    from qa_desktop.core.files import atomic_output, check_target

    target = check_target(out, ".json")
    text = template_to_json(template_of(row))
    with atomic_output(target) as part:
        part.write_bytes(text.encode("utf-8"))
    return target


def _read(path: Path) -> str:
    from qa_desktop.core.files import read_file

    try:
        data = read_file(path, MAX_FILE_BYTES)
        if len(data) > MAX_FILE_BYTES:
            raise translated(CONTEXT, TOO_BIG, name=path.name)
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise translated(CONTEXT, NOT_UTF8, name=path.name) from None
    except OSError as exc:
        raise translated(CONTEXT, UNREADABLE, name=path.name, reason=exc.strerror or exc) from exc


def _stored(code: str, version: int) -> ChecklistTemplateVersion | None:
    return ChecklistTemplateVersion.get_or_none(
        (ChecklistTemplateVersion.code == code) & (ChecklistTemplateVersion.version == version)
    )


def _next(code: str) -> int:
    top = (
        ChecklistTemplateVersion.select(fn.MAX(ChecklistTemplateVersion.version))
        .where(ChecklistTemplateVersion.code == code)
        .scalar()
    )
    return (top or 0) + 1


def _insert(template: ChecklistTemplate, user_id: str, now: object) -> ChecklistTemplateVersion:
    row = ChecklistTemplateVersion(
        uuid=uuid.uuid4(),
        code=template.code,
        version=template.version,
        name_en=template.name_en,
        name_zh=template.name_zh,
        body=template_to_json(template),
        content_hash=template_hash(template),
        created_at=now,
        updated_at=now,
        created_by=user_id,
        updated_by=user_id,
    )
    row.save(force_insert=True)
    return row
