"""What a visit pack is, independent of what it carries: its member names and their rules, its
limits, and its manifest (format, who made it, for whom, who signed it, every member's size and
SHA-256). Pure: no database, no file access.

A pack is a ZIP file (`.qavisit`) holding `manifest.json`, `signature.json` and payload members
under `data/` (JSON documents, deflated) and `media/` (photos and files, stored: JPEGs do not
compress). The manifest is canonical JSON (`signing.canonical`), signed whole by the signer's
Ed25519 key; it lists every member but itself and the signature, so the signature covers every
byte a reader uses.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any
from uuid import UUID, uuid4

from qa_desktop.core.clock import zone_name
from qa_desktop.core.exchange import pack_messages as msg
from qa_desktop.core.exchange.pack_messages import Refusal
from qa_desktop.core.exchange.pack_signer import Signer, signer_from_dict
from qa_desktop.core.signing import canonical

FORMAT = "qa-desktop visit pack"
FORMAT_VERSION = 1
SUFFIX = ".qavisit"
MANIFEST = "manifest.json"
SIGNATURE = "signature.json"
DATA_DIR = "data"
MEDIA_DIR = "media"
FOLDERS = (DATA_DIR, MEDIA_DIR)

MIB = 1024 * 1024
# A photo is at most media.MAX_BYTES (25 MB); a JSON document of a few cases is far less.
MAX_MEMBER_BYTES = 40 * MIB
MAX_TOTAL_BYTES = 4 * 1024 * MIB  # a return pack of a long visit with many photos stays far below
MAX_MEMBERS = 20_000  # payload members; the manifest lists each in about 150 bytes
MAX_MANIFEST_BYTES = 16 * MIB
MAX_SIGNATURE_BYTES = 4096
# Deflate reaches about 1000:1 on repeated bytes; JSON records reach 5-20:1. The ratio counts only
# above RATIO_FLOOR: a small member cannot hurt whatever its ratio.
MAX_RATIO = 100
RATIO_FLOOR = 64 * 1024
MAX_NAME_BYTES = 255  # UTF-8 bytes of a member's name: what most file systems allow for one name
MAX_TEXT = 200  # characters of the manifest's short texts (ids, user names, zones)

# ASCII's control characters and those Windows refuses in a file name, and its device names: a
# pack is never extracted to disk, but a name any system would mangle is refused, so no later
# tool can be surprised.
_FORBIDDEN = re.compile(r'[\x00-\x1f\x7f\\:*?"<>|]')
_WINDOWS_DEVICES = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
    | {f"{port}{n}" for port in ("COM", "LPT") for n in "123456789"}
)
_HIDDEN_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Zl", "Zp"})


class Kind(StrEnum):
    OUTBOUND = "outbound"  # factory -> laptop
    RETURN = "return"  # laptop -> factory


# --- member names -----------------------------------------------------------------------------


def safe_name(name: object) -> bool:
    """Whether `name` may name a pack member: `manifest.json`, `signature.json`, or a relative
    path under `data/` or `media/` that stays there on every system. Refused: absolute paths,
    drive letters (`C:x`), UNC and backslashes anywhere, `.` and `..` and empty segments,
    control and format characters, names not in NFC, longer than MAX_NAME_BYTES, segments that
    Windows would change (trailing dot or space) or take for a device (`NUL`, `COM1.txt`)."""
    if not isinstance(name, str) or not name or _FORBIDDEN.search(name):
        return False
    if not name.isascii() and any(unicodedata.category(c) in _HIDDEN_CATEGORIES for c in name):
        return False  # before encoding: a lone surrogate does not encode
    if len(name.encode("utf-8")) > MAX_NAME_BYTES or not unicodedata.is_normalized("NFC", name):
        return False
    if name in (MANIFEST, SIGNATURE):
        return True
    parts = name.split("/")
    return len(parts) >= 2 and parts[0] in FOLDERS and all(map(_safe_segment, parts))


def _safe_segment(part: str) -> bool:
    if part in ("", ".", "..") or part[-1] in ". " or part[0] == " ":
        return False
    return part.split(".")[0].upper() not in _WINDOWS_DEVICES


def name_key(name: str) -> str:
    """What two names that one system would take for the same file share: Windows and macOS
    compare names ignoring letter case (and macOS ignores the normal form)."""
    return unicodedata.normalize("NFC", unicodedata.normalize("NFC", name).casefold())


def media_name(sha256: str) -> str:
    """The member name of a photo or file kept under its SHA-256."""
    return f"{MEDIA_DIR}/{sha256}"


def data_name(document: str) -> str:
    """The member name of a JSON document ("records" -> data/records.json)."""
    return f"{DATA_DIR}/{document}.json"


# --- the manifest -----------------------------------------------------------------------------


@dataclass(frozen=True)
class PackFields:
    """What the writer of a pack says about it (the manifest but the signer and the members).
    `created_at` is aware; its zone is recorded beside the UTC instant. `summary` is free
    canonical JSON for the payload's own use (e.g. the case numbers, shown before importing)."""

    kind: Kind
    schema_version: int
    source_database: str
    for_user: str
    created_at: datetime
    pack_uuid: str = field(default_factory=lambda: str(uuid4()))
    summary: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class MemberEntry:
    name: str
    size: int
    sha256: str  # lower-case hex

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "size": self.size, "sha256": self.sha256}


@dataclass(frozen=True)
class Manifest:
    """A pack's manifest as read (or as written), with `raw`, the exact bytes signed."""

    fields: PackFields
    zone: str
    signer: Signer
    members: tuple[MemberEntry, ...]
    raw: bytes = field(repr=False)

    @property
    def kind(self) -> Kind:
        return self.fields.kind

    @property
    def schema_version(self) -> int:
        return self.fields.schema_version

    @property
    def pack_uuid(self) -> str:
        return self.fields.pack_uuid

    def member(self, name: str) -> MemberEntry | None:
        return next((m for m in self.members if m.name == name), None)


def manifest_payload(
    fields: PackFields, signer: Signer, members: list[MemberEntry]
) -> dict[str, Any]:
    """The manifest as the mapping whose canonical JSON is manifest.json."""
    if fields.created_at.tzinfo is None or fields.created_at.utcoffset() is None:
        raise ValueError("created_at is an aware datetime")
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "schema_version": fields.schema_version,
        "pack_uuid": fields.pack_uuid,
        "kind": str(fields.kind),
        "created_at": _instant_text(fields.created_at),
        "zone": zone_name(fields.created_at),
        "source_database": fields.source_database,
        "for_user": fields.for_user,
        "summary": dict(fields.summary),
        "signer": signer.to_dict(),
        "members": [m.to_dict() for m in members],
    }


def _instant_text(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


_KEYS = frozenset(
    {"format", "format_version", "schema_version", "pack_uuid", "kind", "created_at", "zone",
     "source_database", "for_user", "summary", "signer", "members"}
)  # fmt: skip


def parse_manifest(raw: bytes, max_schema_version: int) -> Manifest:
    """The manifest of manifest.json's bytes, or Refusal: not canonical JSON, another format,
    a newer format or schema (NEWER), a field of the wrong type, an unsafe or repeated member."""
    data = _canonical_json(raw)
    if data.get("format") != FORMAT:
        raise Refusal(msg.NOT_A_PACK)
    version = data.get("format_version")
    if not _count(version) or version < 1:
        raise Refusal(msg.BAD_MANIFEST)
    schema = data.get("schema_version")
    if version > FORMAT_VERSION or (_count(schema) and schema > max_schema_version):
        raise Refusal(msg.NEWER)  # before the keys: a newer format may have others
    if set(data) != _KEYS or not _count(schema) or schema < 1:
        raise Refusal(msg.BAD_MANIFEST)
    try:
        return _manifest(data, raw)
    except (KeyError, TypeError, ValueError) as err:
        raise Refusal(msg.BAD_MANIFEST) from err


def _canonical_json(raw: bytes) -> dict[str, Any]:
    """The mapping of `raw`, which must be exactly its own canonical JSON: a repeated key, a
    float, a space or an escaped character would make two texts of one manifest."""
    try:
        data = json.loads(raw.decode("utf-8"), parse_constant=_no_constant)
        if isinstance(data, dict) and canonical(data) == raw:
            return data
    except (UnicodeDecodeError, ValueError, TypeError, RecursionError):
        pass
    raise Refusal(msg.BAD_MANIFEST)


def _no_constant(name: str) -> None:
    raise ValueError(f"{name} is not JSON")


def _count(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _text(value: object) -> str:
    if not isinstance(value, str) or not value or len(value) > MAX_TEXT:
        raise ValueError("a short non-empty text")
    return value


def _manifest(data: dict[str, Any], raw: bytes) -> Manifest:
    uuid_text = _text(data["pack_uuid"])
    if str(UUID(uuid_text)) != uuid_text:
        raise ValueError("a pack's uuid in its canonical spelling")
    created = datetime.fromisoformat(_text(data["created_at"]))
    if created.utcoffset() is None or _instant_text(created) != data["created_at"]:
        raise ValueError("created_at is a UTC instant")
    if not isinstance(data["summary"], dict):
        raise ValueError("the summary is a mapping")
    fields = PackFields(
        kind=Kind(data["kind"]),
        schema_version=data["schema_version"],
        source_database=_text(data["source_database"]),
        for_user=_text(data["for_user"]),
        created_at=created.astimezone(UTC),
        pack_uuid=uuid_text,
        summary=data["summary"],
    )
    signer = signer_from_dict(data["signer"])
    members = parse_members(data["members"])
    return Manifest(fields, _text(data["zone"]), signer, members, raw)


def parse_members(items: object) -> tuple[MemberEntry, ...]:
    """The manifest's member list: each a safe payload name, listed once (case aside), with a
    size within the limits and a lower-case hex SHA-256."""
    if not isinstance(items, list) or len(items) > MAX_MEMBERS:
        raise ValueError("a list of at most MAX_MEMBERS members")
    seen: set[str] = set()
    members = []
    for item in items:
        if not isinstance(item, dict) or set(item) != {"name", "size", "sha256"}:
            raise ValueError("a member is its name, size and sha256")
        name, size, digest = item["name"], item["size"], item["sha256"]
        if not safe_name(name) or name in (MANIFEST, SIGNATURE) or name_key(name) in seen:
            raise ValueError("a safe payload name, listed once")
        if not _count(size) or not 0 <= size <= MAX_MEMBER_BYTES:
            raise ValueError("a size within the limit")
        if not isinstance(digest, str) or len(digest) != 64 or digest.strip("0123456789abcdef"):
            raise ValueError("a SHA-256 in lower-case hex")
        seen.add(name_key(name))
        members.append(MemberEntry(name, size, digest))
    if sum(m.size for m in members) > MAX_TOTAL_BYTES:
        raise ValueError("the total within the limit")
    return tuple(members)
