"""What a visit pack holds besides its manifest: `data/records.json` (the records, the settings,
the matrix, the field user's account) and the files under `media/`.

A photo travels as its original (`media/<sha256>`) with the thumbnail and print copy made at
intake (`-thumbnail`, `-print`), so an import does not decode 50 photos again; the manifest's
sums and the signature cover all three."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from typing import Any

from qa_desktop.core.exchange.pack_format import data_name, media_name
from qa_desktop.core.models import Confirmation, Media, Visit, VisitPhoto

FORMAT = "qa-desktop pack records v1"
RECORDS = data_name("records")
THUMBNAIL, PRINT_COPY = "-thumbnail", "-print"
# More records than any pack of ours holds (the cases of a month with their coils, visits
# and photos): a pack beyond it is refused before one of them is applied.
MAX_RECORDS = 50_000


def b64(data: bytes | memoryview | None) -> str:
    return "" if data is None else base64.b64encode(bytes(data)).decode("ascii")


def header(database: str, department_database: str) -> dict[str, Any]:
    return {"format": FORMAT, "database": database, "department_database": department_database}


def records(groups: dict[Any, list[tuple[dict, dict | None]]]) -> list[dict[str, Any]]:
    """One entry per record, tables in their order: {table, fields, base}."""
    return [
        {"table": model._meta.table_name, "fields": fields, "base": base}
        for model, rows in groups.items()
        for fields, base in rows
    ]


def media_keys(visits: list[Visit]) -> list[str]:
    """The files the visits hold: photos, their annotated copies, paper confirmations' scans."""
    keys: dict[str, None] = {}
    photos = VisitPhoto.select(VisitPhoto.media, VisitPhoto.annotated).where(
        VisitPhoto.visit.in_(visits)
    )
    for photo in photos.order_by(VisitPhoto.id):
        keys[photo.media_id] = None
        if photo.annotated_id:
            keys[photo.annotated_id] = None
    scans = Confirmation.select(Confirmation.scan_sha256).where(
        Confirmation.visit.in_(visits) & (Confirmation.scan_sha256 != "")
    )
    for row in scans:
        keys[row.scan_sha256] = None
    return list(keys)


def media_list(visits: list[Visit]) -> list[dict[str, Any]]:
    """Each file's description (its bytes travel as members)."""
    rows = Media.select(
        Media.sha256, Media.kind, Media.mime, Media.size, Media.width, Media.height,
        Media.created_at, Media.created_by,
    ).where(Media.sha256.in_(media_keys(visits)))  # fmt: skip
    return [
        {
            "sha256": m.sha256, "kind": m.kind, "mime": m.mime, "size": m.size,
            "width": m.width, "height": m.height, "created_at": m.created_at.isoformat(),
            "created_by": m.created_by,
        }
        for m in rows.order_by(Media.sha256)
    ]  # fmt: skip


def media_of(visits: list[Visit]) -> Iterator[tuple[str, bytes]]:
    """The files' members, read one file at a time (a pack of 50 photos is not held whole)."""
    for sha256 in media_keys(visits):
        row = Media.get_by_id(sha256)
        yield media_name(sha256), bytes(row.data)
        if row.thumbnail is not None:
            yield media_name(sha256) + THUMBNAIL, bytes(row.thumbnail)
        if row.print_copy is not None:
            yield media_name(sha256) + PRINT_COPY, bytes(row.print_copy)


def members(
    document: dict[str, Any], files: Iterator[tuple[str, bytes]]
) -> Iterator[tuple[str, bytes]]:
    text = json.dumps(document, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    yield RECORDS, text.encode("utf-8")
    yield from files
