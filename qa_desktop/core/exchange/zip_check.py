"""The ZIP structure of a visit pack, parsed and checked by us before anything is read from it.

Python's zipfile is lenient where a pack must not be: it finds an archive behind leading bytes
(a JPEG that is also a ZIP), takes sizes from headers, lets a local header disagree with the
central directory, and lets two entries share bytes (the overlapping-entry bomb). So the end
record, the central directory and every local header are parsed here from the raw bytes, and the
pack must tile the file exactly: the first local header at offset 0, each member's data followed
directly by the next header, the last by the central directory, then (ZIP64) the ZIP64 end
record and its locator, then the end record with no comment, at the very end of the file. No
byte of the file is unaccounted for, so nothing can hide in it and no two parsers can see two
different archives. zipfile's own reading of the directory is then compared with ours.

Pure: reads from a binary handle, writes nothing.
"""

from __future__ import annotations

import stat
import struct
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import BinaryIO

from qa_desktop.core.exchange import pack_format as fmt
from qa_desktop.core.exchange import pack_messages as msg
from qa_desktop.core.exchange.pack_messages import Refusal

STORED, DEFLATED = zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED
LOCAL_SIG, CENTRAL_SIG = b"PK\x03\x04", b"PK\x01\x02"
END_SIG, END64_SIG, LOCATOR_SIG = b"PK\x05\x06", b"PK\x06\x06", b"PK\x06\x07"
END = struct.Struct("<4sHHHHIIH")  # 22 bytes
END64 = struct.Struct("<4sQHHIIQQQQ")  # 56 bytes: no extensible data
LOCATOR = struct.Struct("<4sIQI")  # 20 bytes
CENTRAL = struct.Struct("<4sBBBBHHHHIIIHHHHHII")  # 46 bytes
LOCAL = struct.Struct("<4sBBHHHHIIIHH")  # 30 bytes
ZIP64_EXTRA = 0x0001
FLAG_ENCRYPTED, FLAG_DESCRIPTOR, FLAG_STRONG, FLAG_UTF8, FLAG_MASKED = 0x1, 0x8, 0x40, 0x800, 0x2000
FLAGS_ALLOWED = FLAG_UTF8 | 0x6  # bits 1-2: deflate's level hint
METHOD_AES = 99  # WinZip's AES: encrypted, whatever the flags say
DOS_DIRECTORY = 0x10
MAX_CENTRAL_ENTRY = CENTRAL.size + fmt.MAX_NAME_BYTES + 4 + 28  # a ZIP64 extra at most
TAIL_SEARCH = 1024 * 1024  # how far back an end record is looked for when it is not at the end


@dataclass(frozen=True)
class Entry:
    """One member as the central directory and its local header agree it is."""

    name: str
    method: int
    crc: int
    compressed: int
    size: int
    header_offset: int
    flags: int = 0
    data_offset: int = 0

    @property
    def data_end(self) -> int:
        return self.data_offset + self.compressed


@dataclass(frozen=True)
class _End:
    count: int
    cd_offset: int
    cd_size: int
    cd_end: int  # where the central directory must end: the ZIP64 end record or the end record


def inspect_zip(handle: BinaryIO, file_size: int) -> list[Entry]:
    """The pack's members in the order of the central directory, or Refusal: not a ZIP, junk
    before or after it, cut short, split, unsafe or repeated names, links, folders, encryption,
    methods other than stored and deflate, sizes or ratios beyond the limits, a local header
    that disagrees with the directory, gaps or overlaps."""
    end = _end_record(handle, file_size)
    raw = _read_at(handle, end.cd_offset, end.cd_size)
    entries = _central_directory(raw, end.count)
    _check_set(entries)
    entries = [_with_local_header(handle, entry, file_size) for entry in entries]
    _check_tiling(handle, entries, end.cd_offset)
    _compare_with_zipfile(handle, entries)
    return entries


def _read_at(handle: BinaryIO, offset: int, size: int) -> bytes:
    handle.seek(offset)
    data = handle.read(size)
    if len(data) != size:
        raise Refusal(msg.TRUNCATED)
    return data


# --- the end of the file ----------------------------------------------------------------------


def _end_record(handle: BinaryIO, file_size: int) -> _End:
    """The end record, which must close the file with no comment (we never write one)."""
    if file_size < END.size:
        raise Refusal(msg.TRUNCATED if _starts_as_zip(handle) else msg.NOT_A_PACK)
    at = file_size - END.size
    sig, disk, cd_disk, on_disk, count, cd_size, cd_offset, comment = END.unpack(
        _read_at(handle, at, END.size)
    )
    if sig != END_SIG or comment != 0:
        raise Refusal(_why_no_end(handle, file_size))
    if disk != 0 or cd_disk != 0 or on_disk != count:
        raise Refusal(msg.MULTI_DISK)
    end = _End(count, cd_offset, cd_size, at)
    if at >= LOCATOR.size and _read_at(handle, at - LOCATOR.size, 4) == LOCATOR_SIG:
        end = _zip64_end(handle, end)
    elif count == 0xFFFF or 0xFFFFFFFF in (cd_size, cd_offset):
        raise Refusal(msg.DAMAGED)  # says ZIP64, has no ZIP64 record
    if end.count > fmt.MAX_MEMBERS + 2:
        raise Refusal(msg.TOO_MANY, limit=fmt.MAX_MEMBERS)
    if end.cd_size > (end.count or 1) * MAX_CENTRAL_ENTRY:
        raise Refusal(msg.DAMAGED)
    if end.cd_offset + end.cd_size != end.cd_end:
        # Shifted by bytes in front (an archive appended to something else), or an end record
        # of something appended after the pack's own.
        if not _starts_as_zip(handle) or _end_before(handle, file_size):
            raise Refusal(msg.POLYGLOT)
        raise Refusal(msg.DAMAGED)
    return end


def _zip64_end(handle: BinaryIO, end: _End) -> _End:
    """The ZIP64 end record named by the locator just before the end record; the end record's
    own fields must be the same numbers or ZIP64's "see there" (all ones)."""
    locator_at = end.cd_end - LOCATOR.size
    _sig, z64_disk, z64_at, disks = LOCATOR.unpack(_read_at(handle, locator_at, LOCATOR.size))
    if z64_disk != 0 or disks != 1:
        raise Refusal(msg.MULTI_DISK)
    if z64_at + END64.size != locator_at:
        raise Refusal(msg.DAMAGED if _starts_as_zip(handle) else msg.POLYGLOT)
    sig, rest, _made, _needed, disk, cd_disk, on_disk, count, cd_size, cd_offset = END64.unpack(
        _read_at(handle, z64_at, END64.size)
    )
    if sig != END64_SIG or rest != END64.size - 12:
        raise Refusal(msg.DAMAGED)
    if disk != 0 or cd_disk != 0 or on_disk != count:
        raise Refusal(msg.MULTI_DISK)
    for short, full, ones in (
        (end.count, count, 0xFFFF),
        (end.cd_size, cd_size, 0xFFFFFFFF),
        (end.cd_offset, cd_offset, 0xFFFFFFFF),
    ):
        if short not in (full, ones):
            raise Refusal(msg.DAMAGED)
    return _End(count, cd_offset, cd_size, z64_at)


def _starts_as_zip(handle: BinaryIO) -> bool:
    handle.seek(0)
    return handle.read(4) == LOCAL_SIG


def _why_no_end(handle: BinaryIO, file_size: int) -> str:
    """No end record at the end: an archive with bytes after it, or one cut short, or no ZIP."""
    if _end_before(handle, file_size):
        return msg.POLYGLOT
    return msg.TRUNCATED if _starts_as_zip(handle) else msg.NOT_A_PACK


def _end_before(handle: BinaryIO, file_size: int) -> bool:
    """Whether an end record of a whole archive (its directory ends right where it starts)
    lies before the file's last 22 bytes, in its last MiB: an archive with bytes after it."""
    start = max(0, file_size - TAIL_SEARCH)
    tail = _read_at(handle, start, file_size - start)
    at = tail.rfind(END_SIG, 0, len(tail) - END.size - 1 + len(END_SIG))  # starting before
    while at >= 0:
        fields = END.unpack_from(tail, at)
        if fields[6] + fields[5] == start + at:
            return True
        at = tail.rfind(END_SIG, 0, at)
    return False


# --- the central directory --------------------------------------------------------------------


def _central_directory(raw: bytes, count: int) -> list[Entry]:
    entries, at = [], 0
    for _ in range(count):
        if at + CENTRAL.size > len(raw):
            raise Refusal(msg.DAMAGED)
        entry, at = _central_entry(raw, at)
        entries.append(entry)
    if at != len(raw):
        raise Refusal(msg.DAMAGED)  # bytes in the directory that no entry accounts for
    return entries


def _central_entry(raw: bytes, at: int) -> tuple[Entry, int]:
    (sig, _made_version, _made_system, _need, _need_system, flags, method, _time, _date, crc,
     compressed, size, name_len, extra_len, comment_len, disk, _internal, external,
     offset) = CENTRAL.unpack_from(raw, at)  # fmt: skip
    start = at + CENTRAL.size
    end = start + name_len + extra_len + comment_len
    if sig != CENTRAL_SIG or end > len(raw) or comment_len:
        raise Refusal(msg.DAMAGED)
    name = _decode_name(raw[start : start + name_len], flags)
    _check_kind(name, external)
    if not fmt.safe_name(name):
        raise Refusal(msg.UNSAFE_NAME, member=name)
    extra = raw[start + name_len : start + name_len + extra_len]
    size, compressed, offset, disk = _zip64_fields(extra, (size, compressed, offset, disk))
    if disk != 0:
        raise Refusal(msg.MULTI_DISK)
    entry = Entry(name, method, crc, compressed, size, offset, flags)
    _check_entry(entry)
    return entry, end


def _decode_name(raw: bytes, flags: int) -> str:
    """UTF-8 where the flag says so (zipfile sets it for every name that is not ASCII), else
    ASCII: the other legacy code page (CP437) has no place in a pack."""
    try:
        return raw.decode("utf-8" if flags & FLAG_UTF8 else "ascii")
    except UnicodeDecodeError:
        raise Refusal(msg.UNSAFE_NAME, member=raw.decode("cp437")) from None


def _check_kind(name: str, external: int) -> None:
    """A regular file only: no symbolic link, folder, device or pipe, whatever system made it.
    A Unix mode with no file type (zipfile's default) counts as a file."""
    file_type = stat.S_IFMT(external >> 16)
    if name.endswith("/") or external & DOS_DIRECTORY or file_type not in (0, stat.S_IFREG):
        raise Refusal(msg.NOT_REGULAR, member=name)


def _zip64_fields(extra: bytes, values: tuple[int, int, int, int]) -> tuple[int, int, int, int]:
    """(size, compressed, offset, disk) with ZIP64's 64-bit values put in where the 32-bit
    fields hold all ones, in the order the format gives. The extra field may hold ZIP64's
    block only, exactly as long as those fields need: we write nothing else there."""
    wanted = [i for i, v in enumerate(values) if v == (0xFFFF if i == 3 else 0xFFFFFFFF)]
    if not extra:
        if wanted:
            raise Refusal(msg.DAMAGED)
        return values
    need = sum(4 if i == 3 else 8 for i in wanted)
    if len(extra) != 4 + need or struct.unpack_from("<HH", extra) != (ZIP64_EXTRA, need):
        raise Refusal(msg.DAMAGED)
    result, at = list(values), 4
    for i in wanted:
        width = "<I" if i == 3 else "<Q"
        (result[i],) = struct.unpack_from(width, extra, at)
        at += struct.calcsize(width)
    return result[0], result[1], result[2], result[3]


def _check_entry(entry: Entry) -> None:
    name, flags = entry.name, entry.flags
    if flags & (FLAG_ENCRYPTED | FLAG_STRONG | FLAG_MASKED) or entry.method == METHOD_AES:
        raise Refusal(msg.ENCRYPTED, member=name)
    if entry.method not in (STORED, DEFLATED):
        raise Refusal(msg.METHOD, member=name)
    if flags & ~FLAGS_ALLOWED:
        raise Refusal(msg.DAMAGED)  # a data descriptor, a patch, … : nothing we write
    if entry.size > fmt.MAX_MEMBER_BYTES:
        limit = msg.size_text(fmt.MAX_MEMBER_BYTES)
        raise Refusal(msg.MEMBER_TOO_BIG, member=name, limit=limit)
    if entry.method == STORED and entry.compressed != entry.size:
        raise Refusal(msg.DAMAGED)
    if entry.size > fmt.RATIO_FLOOR and entry.size > fmt.MAX_RATIO * entry.compressed:
        raise Refusal(msg.RATIO, member=name, ratio=fmt.MAX_RATIO)


def _check_set(entries: Sequence[Entry]) -> None:
    """Names unique even where case and normal form are ignored; the total within the limit."""
    seen: set[str] = set()
    for entry in entries:
        key = fmt.name_key(entry.name)
        if key in seen:
            raise Refusal(msg.DUPLICATE, member=entry.name)
        seen.add(key)
    if sum(entry.size for entry in entries) > fmt.MAX_TOTAL_BYTES:
        raise Refusal(msg.TOTAL_TOO_BIG, limit=msg.size_text(fmt.MAX_TOTAL_BYTES))


# --- local headers and the layout -------------------------------------------------------------


def _with_local_header(handle: BinaryIO, entry: Entry, file_size: int) -> Entry:
    """The entry with its data offset, once its local header says the same as the directory:
    name (byte for byte), flags, method, CRC and sizes."""
    if entry.header_offset + LOCAL.size > file_size:
        raise Refusal(msg.DAMAGED)
    header = _read_at(handle, entry.header_offset, LOCAL.size)
    (sig, _need, _system, flags, method, _time, _date, crc, compressed, size, name_len,
     extra_len) = LOCAL.unpack(header)  # fmt: skip
    names = _read_at(handle, entry.header_offset + LOCAL.size, name_len + extra_len)
    raw_name = names[:name_len]
    if sig != LOCAL_SIG or (flags, method, crc) != (entry.flags, entry.method, entry.crc):
        raise Refusal(msg.DAMAGED)
    if raw_name != entry.name.encode("utf-8"):
        raise Refusal(msg.DAMAGED)  # an extracting tool would write this name, we checked another
    size, compressed, _o, _d = _zip64_fields(names[name_len:], (size, compressed, 0, 0))
    if (size, compressed) != (entry.size, entry.compressed):
        raise Refusal(msg.DAMAGED)
    data_offset = entry.header_offset + LOCAL.size + name_len + extra_len
    if data_offset + entry.compressed > file_size:
        raise Refusal(msg.DAMAGED)
    return replace(entry, data_offset=data_offset)


def _check_tiling(handle: BinaryIO, entries: Sequence[Entry], cd_offset: int) -> None:
    """Members one after another from offset 0 up to the central directory, no gap, no overlap."""
    expected = 0
    for entry in sorted(entries, key=lambda e: e.header_offset):
        if entry.header_offset != expected:
            leading = expected == 0 and not _starts_as_zip(handle)
            raise Refusal(msg.POLYGLOT if leading else msg.DAMAGED)
        expected = entry.data_end
    if expected != cd_offset:
        raise Refusal(msg.POLYGLOT if not entries else msg.DAMAGED)


def _compare_with_zipfile(handle: BinaryIO, entries: Sequence[Entry]) -> None:
    """zipfile must read the same directory: whoever reads the pack later with it sees what we
    checked."""
    handle.seek(0)
    try:
        with zipfile.ZipFile(handle) as archive:
            theirs = [
                (i.filename, i.compress_type, i.CRC, i.compress_size, i.file_size, i.header_offset)
                for i in archive.infolist()
            ]
    except (zipfile.BadZipFile, ValueError, NotImplementedError, EOFError) as err:
        raise Refusal(msg.DAMAGED) from err
    ours = [(e.name, e.method, e.crc, e.compressed, e.size, e.header_offset) for e in entries]
    if theirs != ours:
        raise Refusal(msg.DAMAGED)
