"""Writing a visit pack: the payload members streamed into a ZIP, each hashed as it is written,
then the manifest listing them and its signature. Pure: files in, one file out, no database.

The pack appears whole or not at all (`files.atomic_output`: a temporary name beside the target,
flushed to disk, then moved into place), so a killed export leaves no half pack under the real
name. What the writer writes, the reader accepts: names are checked by the same rule, limits are
the same, a data member that would deflate beyond the reader's ratio limit is stored instead, and
the manifest is parsed back before it is signed. Every member is written with the same time stamp
and mode, so the same input makes the same bytes except the manifest's pack id and time (and the
signature over them).
"""

from __future__ import annotations

import hashlib
import os
import stat
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from qa_desktop.core import files
from qa_desktop.core.errors import Cancelled, UserError
from qa_desktop.core.exchange import pack_format as fmt
from qa_desktop.core.exchange import pack_messages as msg
from qa_desktop.core.exchange.pack_format import Manifest, MemberEntry, PackFields
from qa_desktop.core.exchange.pack_signer import Signer, check_signer, signature_document
from qa_desktop.core.signing import canonical

Progress = Callable[[int, int], None]
Cancelling = Callable[[], bool]
Source = bytes | Path

CHUNK = 1024 * 1024
FIXED_TIME = (1980, 1, 1, 0, 0, 0)  # ZIP's earliest: the same bytes for the same input
FILE_MODE = (stat.S_IFREG | 0o644) << 16
UNIX = 3  # "made by" system: external_attr holds a Unix mode
DEFLATE_LEVEL = 6


@dataclass(frozen=True)
class _Member:
    name: str
    source: Source
    size: int  # as found before writing; the bytes written are counted again


def write_pack(
    path: Path | str,
    fields: PackFields,
    members: Iterable[tuple[str, Source]],
    private_key: Ed25519PrivateKey,
    signer: Signer,
    *,
    progress: Progress | None = None,
    cancelled: Cancelling | None = None,
    lang: str | None = None,
) -> Manifest:
    """Write the pack to `path` (which must end in .qavisit) and return its manifest.

    `members`: (name, bytes or the path of a file) in the order to write them; names under
    `data/` are deflated, the rest stored. `progress(done, total)` counts payload bytes;
    `cancelled()` is asked between chunks (Cancelled, nothing left behind). ValueError for a
    caller's mistake (an unsafe or repeated name, a signer whose key or certificate does not
    match); UserError for a pack beyond the limits."""
    check_signer(signer, private_key)
    _check_fields(fields, signer)
    planned = _plan(members, lang)
    target = files.check_target(path, fmt.SUFFIX)
    tracker = _Tracker(sum(m.size for m in planned), progress, cancelled)
    with files.atomic_output(target) as temp, temp.open("wb") as out:
        with zipfile.ZipFile(out, "w") as archive:
            listed = [_write_member(archive, member, tracker, lang) for member in planned]
            manifest = _signed_manifest(archive, fields, signer, listed, private_key)
        out.flush()
        os.fsync(out.fileno())  # on the disk before it takes the real name
    return manifest


def _check_fields(fields: PackFields, signer: Signer) -> None:
    """ValueError now, not after the payload was written, for fields the reader would refuse."""
    try:
        fmt.parse_manifest(
            canonical(fmt.manifest_payload(fields, signer, [])), fields.schema_version
        )
    except msg.Refusal as err:
        raise ValueError(f"fields a reader would refuse: {fields!r}") from err


def _plan(members: Iterable[tuple[str, Source]], lang: str | None) -> list[_Member]:
    planned: list[_Member] = []
    seen: set[str] = set()
    for name, source in members:
        if not fmt.safe_name(name) or name in (fmt.MANIFEST, fmt.SIGNATURE):
            raise ValueError(f"not a payload member name: {name!r}")
        if fmt.name_key(name) in seen:
            raise ValueError(f"a member named twice: {name!r}")
        seen.add(fmt.name_key(name))
        size = len(source) if isinstance(source, bytes) else Path(source).stat().st_size
        if size > fmt.MAX_MEMBER_BYTES:
            raise _too_big(name, lang)
        planned.append(_Member(name, source, size))
    if len(planned) > fmt.MAX_MEMBERS:
        limit = fmt.MAX_MEMBERS
        raise msg.refused(msg.WRITE_TOO_MANY, lang, limit=limit)
    if sum(m.size for m in planned) > fmt.MAX_TOTAL_BYTES:
        limit = msg.size_text(fmt.MAX_TOTAL_BYTES)
        raise msg.refused(msg.WRITE_TOO_BIG, lang, limit=limit)
    return planned


def _too_big(name: str, lang: str | None) -> UserError:
    return msg.refused(
        msg.WRITE_MEMBER_TOO_BIG, lang, member=name, limit=msg.size_text(fmt.MAX_MEMBER_BYTES)
    )


class _Tracker:
    """Progress over all payload bytes, and the cancel check between chunks."""

    def __init__(self, total: int, progress: Progress | None, cancelled: Cancelling | None):
        self.total, self.done = total, 0
        self._progress, self._cancelled = progress, cancelled

    def advance(self, count: int) -> None:
        if self._cancelled is not None and self._cancelled():
            raise Cancelled()
        self.done += count
        if self._progress is not None:
            self._progress(self.done, max(self.total, self.done))


def _chunks(source: Source) -> Iterator[bytes]:
    if isinstance(source, bytes):
        for at in range(0, len(source), CHUNK):
            yield source[at : at + CHUNK]
        return
    with Path(source).open("rb") as handle:
        while chunk := handle.read(CHUNK):
            yield chunk


def _zip_info(name: str, method: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
    info.create_system = UNIX
    info.external_attr = FILE_MODE
    info.compress_type = method
    return info


def _method(member: _Member) -> int:
    """Stored for media (photos do not compress), for the signature (64 bytes of noise) and
    for JSON that would deflate beyond the reader's ratio limit (with a margin: deflate's output
    varies a little between zlib builds); deflate for the rest of the JSON and the manifest."""
    if member.name.startswith(fmt.MEDIA_DIR + "/") or member.name == fmt.SIGNATURE:
        return zipfile.ZIP_STORED
    if member.size > fmt.RATIO_FLOOR:
        probe = zlib.compressobj(DEFLATE_LEVEL, zlib.DEFLATED, -15)
        packed = sum(len(probe.compress(chunk)) for chunk in _chunks(member.source))
        packed += len(probe.flush())
        if member.size > (fmt.MAX_RATIO // 2) * packed:
            return zipfile.ZIP_STORED
    return zipfile.ZIP_DEFLATED


def _write_member(
    archive: zipfile.ZipFile, member: _Member, tracker: _Tracker, lang: str | None
) -> MemberEntry:
    digest, written = hashlib.sha256(), 0
    info = _zip_info(member.name, _method(member))
    with archive.open(info, "w") as sink:
        for chunk in _chunks(member.source):
            written += len(chunk)
            if written > fmt.MAX_MEMBER_BYTES:  # a file that grew since it was measured
                raise _too_big(member.name, lang)
            digest.update(chunk)
            sink.write(chunk)
            tracker.advance(len(chunk))
    return MemberEntry(member.name, written, digest.hexdigest())


def _signed_manifest(
    archive: zipfile.ZipFile,
    fields: PackFields,
    signer: Signer,
    listed: list[MemberEntry],
    private_key: Ed25519PrivateKey,
) -> Manifest:
    raw = canonical(fmt.manifest_payload(fields, signer, listed))
    if len(raw) > fmt.MAX_MANIFEST_BYTES:
        raise ValueError("the manifest is beyond the reader's limit")
    manifest = fmt.parse_manifest(raw, fields.schema_version)  # what the reader will see
    signature = signature_document(private_key, raw)
    for name, data in ((fmt.MANIFEST, raw), (fmt.SIGNATURE, signature)):
        archive.writestr(_zip_info(name, _method(_Member(name, data, len(data)))), data)
    return manifest
