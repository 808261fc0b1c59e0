"""Visit packs for tests: keys and a signer certified by a department key, a sample pack written
by `write_pack`, and the surgery hostile packs are made with (shared by the pack tests).

Every hostile pack starts as a pack `write_pack` wrote: `entries_of` takes it apart into its raw
entries (compressed bytes as they are in the file), a test changes what it attacks, and
`raw_zip` lays the entries out again, byte by byte as told, so a test can write what zipfile
would refuse to (a NUL in a name, a local header that disagrees with the directory, a lying
size). `resigned` changes the manifest and signs it again with the signer's own key, so a
refusal is shown to come from the check under test and not from the signature.
"""

from __future__ import annotations

import hashlib
import io
import json
import random
import stat
import struct
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from qa_desktop.core import signing
from qa_desktop.core.exchange import Kind, PackFields, Signer, TrustVerdict, write_pack
from qa_desktop.core.exchange.pack_signer import signature_document

SCHEMA = 7
CREATED = datetime(2026, 3, 12, 14, 30, 5, tzinfo=ZoneInfo("Asia/Shanghai"))
PACK_UUID = "0b0e8a34-5d0c-4a53-9a77-2f54e1b1c0de"
FILE_MODE = (stat.S_IFREG | 0o644) << 16


@dataclass(frozen=True)
class Keys:
    department: Ed25519PrivateKey
    department_public: bytes
    private: Ed25519PrivateKey
    signer: Signer

    def trusted(self, signer: Signer) -> TrustVerdict:
        """What the import will ask: a key this database knows, certified by its department key."""
        if signer.key_id != self.signer.key_id:
            return TrustVerdict.UNKNOWN
        if not signing.check_certificate(self.department_public, signer.certificate):
            return TrustVerdict.UNCERTIFIED
        return TrustVerdict.TRUSTED


def make_keys(user_id: str = "field.li", key_id: str = "k-field-li") -> Keys:
    department, department_public = signing.new_key_pair()
    private, public = signing.new_key_pair()
    certificate = signing.certify(
        department,
        database="factory-db",
        user_id=user_id,
        key_id=key_id,
        public_key=public,
        issued_at="2026-01-05T08:00:00+00:00",
    )
    return Keys(
        department, department_public, private, Signer(user_id, key_id, public, certificate)
    )


def fields(**changes: Any) -> PackFields:
    base = PackFields(
        kind=Kind.OUTBOUND,
        schema_version=SCHEMA,
        source_database="factory-db",
        for_user="field.li",
        created_at=CREATED,
        pack_uuid=PACK_UUID,
        summary={"cases": ["QC-2026-0007", "QC-2026-0011"]},
    )
    return replace(base, **changes)


def sample_members(folder: Path) -> list[tuple[str, bytes | Path]]:
    """A JSON document, a photo-like file from disk, an empty member, a Chinese name."""
    photo = folder / "photo.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0" + random.Random(11).randbytes(200_000))
    records = json.dumps(
        [{"case": f"QC-2026-{n:04d}", "coil": f"S24@{n:04d}-01", "qty": n} for n in range(300)]
    ).encode()
    digest = hashlib.sha256(photo.read_bytes()).hexdigest()
    return [
        ("data/records.json", records),
        (f"media/{digest}", photo),
        ("data/empty.json", b""),
        ("data/客户.json", '{"name": "佛山某钢材加工厂"}'.encode()),
    ]


def write_sample(path: Path, keys: Keys, **changes: Any) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    write_pack(path, fields(**changes), sample_members(path.parent), keys.private, keys.signer)
    return path


# --- taking a pack apart and laying it out again -----------------------------------------------


@dataclass
class Raw:
    """One entry as raw_zip writes it: the directory's fields and the data as stored."""

    name: bytes
    data: bytes
    method: int
    crc: int
    size: int
    flags: int = 0
    external: int = FILE_MODE
    system: int = 3
    local_name: bytes | None = None  # another name in the local header than in the directory
    extra: bytes = b""
    local_extra: bytes = b""
    disk: int = 0
    compressed: int | None = None  # a lie about the compressed size, if any
    after: bytes = b""  # bytes after the data that no header accounts for
    local: dict[str, int] = field(default_factory=dict)  # local header fields that differ

    @property
    def text(self) -> str:
        return self.name.decode("utf-8")


def entries_of(pack: bytes) -> list[Raw]:
    """The entries of a pack as they are stored, in the directory's order."""
    out = []
    with zipfile.ZipFile(io.BytesIO(pack)) as archive:
        for info in archive.infolist():
            at = info.header_offset
            name_len, extra_len = struct.unpack_from("<HH", pack, at + 26)
            start = at + 30 + name_len + extra_len
            out.append(
                Raw(
                    name=info.filename.encode("utf-8"),
                    data=pack[start : start + info.compress_size],
                    method=info.compress_type,
                    crc=info.CRC,
                    size=info.file_size,
                    flags=info.flag_bits,
                    external=info.external_attr,
                    system=info.create_system,
                )
            )
    return out


def _utf8(name: str) -> int:
    return 0 if name.isascii() else 0x800  # as zipfile flags a name


def stored(name: str, data: bytes, **changes: Any) -> Raw:
    changes = {"flags": _utf8(name), **changes}
    return Raw(name.encode("utf-8"), data, 0, zlib.crc32(data), len(data), **changes)


def deflated(name: str, data: bytes, **changes: Any) -> Raw:
    packer = zlib.compressobj(6, zlib.DEFLATED, -15)
    packed = packer.compress(data) + packer.flush()
    changes = {"flags": _utf8(name), **changes}
    return Raw(name.encode("utf-8"), packed, 8, zlib.crc32(data), len(data), **changes)


def raw_zip(
    entries: list[Raw],
    *,
    prefix: bytes = b"",
    suffix: bytes = b"",
    comment: bytes = b"",
    end_disk: int = 0,
    shift_offsets: bool = False,
) -> bytes:
    """The entries laid out as a ZIP: local headers and data, the directory, the end record.
    `prefix` goes before everything (with `shift_offsets` the offsets count it, as a tool that
    appends an archive to a picture writes them); `suffix` after the end record."""
    body, directory = bytearray(), bytearray()
    base = len(prefix) if shift_offsets else 0
    for raw in entries:
        offset = base + len(body)
        compressed = len(raw.data) if raw.compressed is None else raw.compressed
        local = {"flags": raw.flags, "method": raw.method, "crc": raw.crc,
                 "compressed": compressed, "size": raw.size, **raw.local}  # fmt: skip
        local_name = raw.name if raw.local_name is None else raw.local_name
        body += struct.pack(
            "<4sHHHHHIIIHH", b"PK\x03\x04", 20, local["flags"], local["method"], 0, 33,
            local["crc"], local["compressed"], local["size"], len(local_name), len(raw.local_extra),
        )  # fmt: skip
        body += local_name + raw.local_extra + raw.data + raw.after
        directory += struct.pack(
            "<4sBBHHHHHIIIHHHHHII", b"PK\x01\x02", 20, raw.system, 20, raw.flags, raw.method,
            0, 33, raw.crc, compressed, raw.size, len(raw.name), len(raw.extra), 0, raw.disk, 0,
            raw.external, offset,
        )  # fmt: skip
        directory += raw.name + raw.extra
    end = struct.pack(
        "<4sHHHHIIH", b"PK\x05\x06", end_disk, 0, len(entries), len(entries), len(directory),
        base + len(body), len(comment),
    )  # fmt: skip
    return prefix + bytes(body) + bytes(directory) + end + comment + suffix


def replace_entry(entries: list[Raw], which: str, **changes: Any) -> list[Raw]:
    return [replace(e, **changes) if e.text == which else e for e in entries]


def manifest_of(pack: bytes) -> dict[str, Any]:
    with zipfile.ZipFile(io.BytesIO(pack)) as archive:
        return json.loads(archive.read("manifest.json"))


def resigned(entries: list[Raw], manifest: dict[str, Any], private: Ed25519PrivateKey) -> list[Raw]:
    """The entries with `manifest` (as given, canonical) and its signature by `private`."""
    raw = signing.canonical(manifest)
    kept = [e for e in entries if e.text not in ("manifest.json", "signature.json")]
    return [
        *kept,
        deflated("manifest.json", raw),
        stored("signature.json", signature_document(private, raw)),
    ]


def resigned_records(
    pack: bytes, private: Ed25519PrivateKey, change: Callable[[dict], str | None]
) -> bytes:
    """The pack with its data/records.json changed by `change` (which edits the document, or
    returns the JSON text to store instead), stored (so no ratio limit hides the check under
    test) and signed again by `private`, the signer's own key: a pack QA Desktop's services
    would never write, with a valid signature, so only the payload's rules can refuse it."""
    with zipfile.ZipFile(io.BytesIO(pack)) as archive:
        document = json.loads(archive.read("data/records.json"))
    text = change(document) or json.dumps(document, ensure_ascii=False)
    data = text.encode("utf-8", "surrogatepass")
    fresh = stored("data/records.json", data)
    entries = replace_entry(entries_of(pack), "data/records.json", **vars(fresh))
    manifest = manifest_of(pack)
    for member in manifest["members"]:
        if member["name"] == "data/records.json":
            member.update(size=len(data), sha256=hashlib.sha256(data).hexdigest())
    return raw_zip(resigned(entries, manifest, private))
