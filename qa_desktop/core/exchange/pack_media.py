"""The files a visit pack brings (photos, their copies, scans), stored once by their sha256.

A file's member is named by its sum, and its bytes must have that sum: the manifest binds a
member's bytes to its name, this binds the name to the media key. The thumbnail and print copy
made at intake travel beside the original; their size in pixels is read from their header
(nothing decoded) and refused beyond what intake makes, so a screen that shows one never
allocates a bomb. A member the records do not name is refused: a pack holds what it says."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from datetime import datetime
from typing import Any

from qa_desktop.core import media
from qa_desktop.core.errors import translated
from qa_desktop.core.exchange import pack_payload as payload
from qa_desktop.core.exchange.pack_format import media_name
from qa_desktop.core.exchange.pack_read import Pack
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP
from qa_desktop.core.models import Media
from qa_desktop.core.services.context import Unit
from qa_desktop.core.text import clean_line

CONTEXT = "Packs"
BAD_FILE = QT_TRANSLATE_NOOP("Packs", "The pack's file {name} is not what its records say.")
STRAY = QT_TRANSLATE_NOOP("Packs", "The pack holds a file its records do not name: {name}.")
SHA = re.compile(r"[0-9a-f]{64}")
MAX_PIXELS = 1_000_000  # on a side: far beyond any camera, within what SQLite stores
COPIES = ((payload.THUMBNAIL, media.THUMBNAIL_PX), (payload.PRINT_COPY, media.PRINT_PX))


def store_pack_media(
    unit: Unit,
    pack: Pack,
    listed: list[Any],
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> None:
    expected, present = {payload.RECORDS}, set(pack.names())
    total = len(listed)
    for done, entry in enumerate(listed, start=1):
        sha = _sha(entry)
        names = [media_name(sha), *(media_name(sha) + suffix for suffix, _ in COPIES)]
        expected.update(name for name in names if name in present)
        if cancelled is not None and cancelled():
            from qa_desktop.core.errors import Cancelled

            raise Cancelled()
        _store(unit, pack, entry, sha)
        if progress is not None:
            progress(done, total)
    stray = [name for name in pack.names() if name not in expected]  # in the pack's order
    if stray:
        raise translated(CONTEXT, STRAY, name=stray[0])


def _sha(entry: Any) -> str:
    sha = entry.get("sha256") if isinstance(entry, dict) else None
    if not isinstance(sha, str) or not SHA.fullmatch(sha):
        raise translated(CONTEXT, BAD_FILE, name=str(sha)[:80])
    return sha


def _store(unit: Unit, pack: Pack, entry: dict[str, Any], sha: str) -> None:
    name = media_name(sha)
    listed = pack.entry(name)
    # The manifest's sum is of the member's bytes (checked as they are read): it must be the
    # sum the name gives, the media key.
    if listed is None or listed.sha256 != sha or entry.get("size") != listed.size:
        raise translated(CONTEXT, BAD_FILE, name=name)
    described = _described(entry, name)
    if Media.select().where(Media.sha256 == sha).exists():
        return  # kept once: what this database holds under that sum is the same bytes
    data = pack.read(name)
    copies = {
        suffix: _copy(pack, name + suffix, limit) if described["kind"] == "image" else None
        for suffix, limit in COPIES
    }
    Media.insert(
        sha256=sha,
        size=len(data),
        data=data,
        thumbnail=copies[payload.THUMBNAIL],
        print_copy=copies[payload.PRINT_COPY],
        **described,
    ).execute()


def _described(entry: dict[str, Any], name: str) -> dict[str, Any]:
    """A file's description as media.py makes one at intake; refused (BAD_FILE) otherwise."""
    kind, mime, author = entry.get("kind"), entry.get("mime"), entry.get("created_by")
    width, height = entry.get("width"), entry.get("height")
    created = _instant(entry.get("created_at"))
    if (
        kind not in ("image", "file")
        or not _short_text(mime)
        or not _short_text(author)
        or not all(_pixels(value) for value in (width, height))
        or created is None
    ):
        raise translated(CONTEXT, BAD_FILE, name=name)
    return {"kind": kind, "mime": mime, "width": width, "height": height,
            "created_at": created, "created_by": author}  # fmt: skip


def _short_text(value: Any) -> bool:
    return isinstance(value, str) and 0 < len(value) <= 100 and clean_line(value) == value


def _copy(pack: Pack, name: str, limit: int) -> bytes | None:
    if pack.entry(name) is None:
        return None
    data = pack.read(name)
    from PIL import Image

    try:
        with Image.open(io.BytesIO(data)) as image:  # reads the header only
            if image.format != "JPEG" or max(image.size) > limit:
                raise ValueError("not a copy intake makes")
    except (OSError, ValueError, Image.DecompressionBombError):
        raise translated(CONTEXT, BAD_FILE, name=name) from None
    return data


def _pixels(value: Any) -> bool:
    """None (a file that is not a picture) or a size in pixels a picture may have."""
    if value is None:
        return True
    return isinstance(value, int) and not isinstance(value, bool) and 0 < value <= MAX_PIXELS


def _instant(value: Any) -> datetime | None:
    """A stored instant (naive UTC, as ISO text), or None."""
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo is None else None
