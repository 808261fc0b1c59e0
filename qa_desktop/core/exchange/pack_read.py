"""Opening a visit pack: every check that can be made without reading the payload, made before
anything is read from it; then each member read through its checks. Pure: reads one file into
memory, writes nothing anywhere.

`open_pack` refuses, with one translated sentence (`PackRefused`), a file that is not a pack, is
cut short, hides other data, has an unsafe, repeated or non-file member, encryption, a method
other than stored and deflate, sizes or ratios beyond the limits (zip_check), a manifest that is
not canonical, of another format, from a newer schema, unsigned, badly signed, signed by a key
`trusted` does not vouch for, or that does not list exactly the members the file holds with
their sizes. `Pack.read` then inflates a member with its size as a hard limit and checks its
CRC and SHA-256 before returning a byte of it, so whatever a caller gets is what was signed.
`verify_all` reads every member that way: an import that must be all or nothing calls it first
(or reads every member inside its transaction, which is the same check).
"""

from __future__ import annotations

import hashlib
import itertools
import os
import stat
import threading
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from qa_desktop.core.errors import Cancelled
from qa_desktop.core.exchange import pack_format as fmt
from qa_desktop.core.exchange import pack_messages as msg
from qa_desktop.core.exchange.pack_format import Kind, Manifest, MemberEntry
from qa_desktop.core.exchange.pack_messages import PackRefused, Refusal
from qa_desktop.core.exchange.pack_signer import Trusted, check_signature, check_trust
from qa_desktop.core.exchange.zip_check import DEFLATED, Entry, inspect_zip

Progress = Callable[[int, int], None]
Cancelling = Callable[[], bool]
CHUNK = 1024 * 1024


def open_pack(
    path: Path | str,
    *,
    max_schema_version: int,
    trusted: Trusted,
    kind: Kind | None = None,
    lang: str | None = None,
) -> Pack:
    """The pack at `path`, checked (see the module), or PackRefused. `max_schema_version`: the
    newest database schema this program reads; `trusted(signer)` answers whether the signer's
    key is known and certified (TrustVerdict); `kind`, if given, is the kind expected. Close
    the pack (or use it as a context manager) when done."""
    path = Path(path)
    handle = _open_file(path, lang)
    try:
        return Pack(path, handle, *_checked(handle, max_schema_version, trusted, kind), lang)
    except Refusal as refusal:
        handle.close()
        raise refusal.to_user(path.name, lang) from None
    except OSError as err:
        handle.close()
        raise msg.refused(msg.UNREADABLE, lang, name=path.name, error=err.strerror) from err
    except BaseException:
        handle.close()
        raise


def verify_pack(
    path: Path | str,
    *,
    max_schema_version: int,
    trusted: Trusted,
    kind: Kind | None = None,
    progress: Progress | None = None,
    cancelled: Cancelling | None = None,
    lang: str | None = None,
) -> Manifest:
    """Open the pack and check every member's bytes (what an import pays before it trusts the
    pack; what a benchmark times against a plain unzip with SHA-256)."""
    opened = open_pack(
        path, max_schema_version=max_schema_version, trusted=trusted, kind=kind, lang=lang
    )
    with opened as pack:
        pack.verify_all(progress, cancelled)
        return pack.manifest


def _open_file(path: Path, lang: str | None) -> BinaryIO:
    try:
        # Looked at before opening: opening a pipe for reading would wait for a writer.
        if not stat.S_ISREG(path.stat().st_mode):
            raise msg.refused(msg.NOT_A_PACK, lang, name=path.name)
        handle = path.open("rb")
    except FileNotFoundError:
        raise msg.refused(msg.FILE_MISSING, lang, name=path.name) from None
    except OSError as err:
        raise msg.refused(msg.UNREADABLE, lang, name=path.name, error=err.strerror) from err
    return handle


def _checked(
    handle: BinaryIO, max_schema_version: int, trusted: Trusted, kind: Kind | None
) -> tuple[dict[str, Entry], Manifest]:
    entries = {e.name: e for e in inspect_zip(handle, os.fstat(handle.fileno()).st_size)}
    if fmt.MANIFEST not in entries:
        raise Refusal(msg.NO_MANIFEST)
    manifest_entry = entries.pop(fmt.MANIFEST)
    if manifest_entry.size > fmt.MAX_MANIFEST_BYTES:
        raise Refusal(msg.BAD_MANIFEST)
    raw = b"".join(_inflated(handle, manifest_entry, threading.Lock()))
    manifest = fmt.parse_manifest(raw, max_schema_version)
    signature_entry = entries.pop(fmt.SIGNATURE, None)
    if signature_entry is not None and signature_entry.size > fmt.MAX_SIGNATURE_BYTES:
        raise Refusal(msg.BAD_SIGNATURE)
    document = (
        None
        if signature_entry is None
        else b"".join(_inflated(handle, signature_entry, threading.Lock()))
    )
    check_signature(manifest.signer, raw, document)
    check_trust(manifest.signer, trusted)
    if kind is not None and manifest.kind != kind:
        raise Refusal(msg.WANTED_OUTBOUND if kind is Kind.OUTBOUND else msg.WANTED_RETURN)
    _check_listing(entries, manifest.members)
    return entries, manifest


def _check_listing(entries: dict[str, Entry], members: tuple[MemberEntry, ...]) -> None:
    """The file holds exactly the members the manifest lists, each of the size it lists."""
    listed = {m.name: m for m in members}
    for name in entries:
        if name not in listed:
            raise Refusal(msg.NOT_LISTED, member=name)
    for member in members:
        entry = entries.get(member.name)
        if entry is None:
            raise Refusal(msg.MISSING_MEMBER, member=member.name)
        if entry.size != member.size:
            raise Refusal(msg.MISMATCH, member=member.name)


def _inflated(handle: BinaryIO, entry: Entry, lock: threading.Lock) -> Iterator[bytes]:
    """The member's bytes in chunks, never more than its declared size in all (so a bomb stops
    at the size the limits allowed, whatever its headers say), with the deflate stream ending
    exactly at the end of its data, the size exact and the CRC right; Refusal (DAMAGED)
    otherwise."""
    crc, produced = 0, 0
    inflater = zlib.decompressobj(-15) if entry.method == DEFLATED else None
    raws = _raw_chunks(handle, entry, lock)
    try:
        # A last empty chunk drains what the inflater still holds.
        for raw in itertools.chain(raws, [b""]) if inflater else raws:
            for piece in _inflate(inflater, raw, entry.size - produced) if inflater else [raw]:
                produced += len(piece)
                if produced > entry.size:
                    raise Refusal(msg.DAMAGED)
                crc = zlib.crc32(piece, crc)
                yield piece
    except zlib.error as err:
        raise Refusal(msg.DAMAGED) from err
    if inflater is not None and (not inflater.eof or inflater.unused_data):
        raise Refusal(msg.DAMAGED)  # the stream ends early, or bytes follow its end
    if produced != entry.size or crc != entry.crc:
        raise Refusal(msg.DAMAGED)


def _inflate(inflater: zlib._Decompress, data: bytes, room: int) -> Iterator[bytes]:
    """Inflate `data`, at most `room` + 1 bytes in all (one more than allowed is enough to
    know the member is longer than it says)."""
    while True:
        piece = inflater.decompress(data, max(1, min(CHUNK, room + 1)))  # 0 would be "all"
        if not piece:  # all input taken, nothing held back: more needs more input
            return
        room -= len(piece)
        yield piece
        if room < 0 or inflater.eof:  # after the end, what is left is unused_data
            return
        data = inflater.unconsumed_tail  # empty: ask once more for what zlib still holds


def _raw_chunks(handle: BinaryIO, entry: Entry, lock: threading.Lock) -> Iterator[bytes]:
    at, end = entry.data_offset, entry.data_end
    while at < end:
        with lock:  # one handle, several readers: seek and read together
            handle.seek(at)
            chunk = handle.read(min(CHUNK, end - at))
        if not chunk:
            raise Refusal(msg.TRUNCATED)  # the file shrank since it was checked
        at += len(chunk)
        yield chunk


class Pack:
    """An opened, checked pack. `read(name)` and `chunks(name)` give a payload member's bytes,
    checked against the manifest; the manifest and signature themselves are not members."""

    def __init__(
        self,
        path: Path,
        handle: BinaryIO,
        entries: dict[str, Entry],
        manifest: Manifest,
        lang: str | None,
    ) -> None:
        self.path = path
        self.manifest = manifest
        self._handle, self._entries, self._lang = handle, entries, lang
        self._listing = {m.name: m for m in manifest.members}
        self._lock = threading.Lock()

    def names(self) -> list[str]:
        """The payload members, in the manifest's order."""
        return [m.name for m in self.manifest.members]

    def entry(self, name: str) -> MemberEntry | None:
        """The manifest's listing of a payload member (its size and sum), or None."""
        return self._listing.get(name)

    def size(self, name: str) -> int:
        return self._listed(name).size

    def read(self, name: str) -> bytes:
        """The member's bytes, whole and checked (at most MAX_MEMBER_BYTES); PackRefused when
        they are not what the manifest lists. KeyError for a name the pack does not hold."""
        return b"".join(self.chunks(name))

    def chunks(self, name: str) -> Iterator[bytes]:
        """The member's bytes in chunks of up to 1 MiB. The SHA-256 is only known at the end:
        the last step of the iteration raises PackRefused if it differs, so a consumer that
        streams must not act on the bytes before the iteration has finished."""
        return self._checked_chunks(self._listed(name), self._entries[name])

    def _checked_chunks(self, member: MemberEntry, entry: Entry) -> Iterator[bytes]:
        digest = hashlib.sha256()
        try:
            for chunk in _inflated(self._handle, entry, self._lock):
                digest.update(chunk)
                yield chunk
            if digest.hexdigest() != member.sha256:
                raise Refusal(msg.MISMATCH, member=member.name)
        except Refusal as refusal:
            raise self._refused(refusal) from None
        except OSError as err:
            raise msg.refused(
                msg.UNREADABLE, self._lang, name=self.path.name, error=err.strerror
            ) from err

    def verify_all(
        self, progress: Progress | None = None, cancelled: Cancelling | None = None
    ) -> None:
        """Read every member through its checks (PackRefused at the first that fails);
        `progress(done, total)` in bytes, `cancelled()` asked between chunks (Cancelled)."""
        total = sum(m.size for m in self.manifest.members)
        done = 0
        for name in self.names():
            for chunk in self.chunks(name):
                if cancelled is not None and cancelled():
                    raise Cancelled()
                done += len(chunk)
                if progress is not None:
                    progress(done, total)
        if progress is not None:
            progress(total, total)

    def _listed(self, name: str) -> MemberEntry:
        return self._listing[name]

    def _refused(self, refusal: Refusal) -> PackRefused:
        return refusal.to_user(self.path.name, self._lang)

    def close(self) -> None:
        self._handle.close()

    def __enter__(self) -> Pack:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
