"""The visit pack's container (core/exchange): written by write_pack, read back by open_pack, and
refused, with its one sentence, for every way its manifest, signature or signer can be wrong.
The ZIP-level refusals are in test_pack_zip_hostile.py."""

from __future__ import annotations

import hashlib
import itertools
import os
import tracemalloc
import uuid
import zipfile
import zlib
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from packs import (
    CREATED,
    PACK_UUID,
    SCHEMA,
    Keys,
    entries_of,
    fields,
    make_keys,
    manifest_of,
    raw_zip,
    replace_entry,
    resigned,
    sample_members,
    stored,
    write_sample,
)

from qa_desktop.core import signing
from qa_desktop.core.errors import Cancelled, UserError
from qa_desktop.core.exchange import (
    Kind,
    PackRefused,
    Signer,
    TrustVerdict,
    open_pack,
    verify_pack,
    write_pack,
)
from qa_desktop.core.exchange import pack_format as fmt
from qa_desktop.core.exchange import pack_messages as msg
from qa_desktop.core.exchange.pack_signer import signature_document

SIGNED = ("manifest.json", "signature.json")
Edit = Callable[[dict[str, Any]], object]
TRUSTED = TrustVerdict.TRUSTED


@pytest.fixture(scope="module")
def keys() -> Keys:
    return make_keys()


def refusal(path: Path, keys: Keys, *, schema: int = SCHEMA, **kw: object) -> PackRefused:
    """The refusal of opening `path` and reading every member (the import's checks)."""
    with pytest.raises(PackRefused) as caught:
        verify_pack(path, max_schema_version=schema, trusted=keys.trusted, **kw)
    return caught.value


def hostile(tmp_path: Path, data: bytes, name: str = "hostile.qavisit") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# --- round trip ---------------------------------------------------------------------------------


def test_a_written_pack_reads_back_whole(tmp_path: Path, keys: Keys) -> None:
    members = sample_members(tmp_path)
    path = tmp_path / "out" / "visit.qavisit"
    path.parent.mkdir()
    written = write_pack(path, fields(), members, keys.private, keys.signer)
    seen: list[Signer] = []

    def trusted(signer: Signer) -> TrustVerdict:
        seen.append(signer)
        return keys.trusted(signer)

    with open_pack(path, max_schema_version=SCHEMA, trusted=trusted) as pack:
        manifest = pack.manifest
        assert pack.names() == [name for name, _ in members]
        for name, source in members:
            expected = source if isinstance(source, bytes) else source.read_bytes()
            assert pack.read(name) == expected
            assert pack.size(name) == len(expected)
            assert manifest.member(name).sha256 == hashlib.sha256(expected).hexdigest()
        pack.verify_all()
    assert manifest == written and manifest.raw == written.raw
    assert seen == [keys.signer]
    assert manifest.kind is Kind.OUTBOUND and manifest.schema_version == SCHEMA
    assert manifest.pack_uuid == PACK_UUID and manifest.zone == "Asia/Shanghai"
    assert manifest.fields.created_at == CREATED and manifest.fields.created_at.tzinfo == UTC
    assert manifest.fields.summary == {"cases": ["QC-2026-0007", "QC-2026-0011"]}
    assert (manifest.fields.for_user, manifest.fields.source_database) == ("field.li", "factory-db")
    assert manifest.signer.fingerprint == signing.fingerprint(keys.signer.public_key)


def test_the_layout_is_what_the_format_says(tmp_path: Path, keys: Keys) -> None:
    """Data deflated, media stored, regular files, no data descriptors, the manifest canonical
    and covering every member but itself and the signature; plain zipfile reads it too."""
    path = write_sample(tmp_path / "visit.qavisit", keys)
    with zipfile.ZipFile(path) as archive:
        infos = {info.filename: info for info in archive.infolist()}
        assert archive.testzip() is None
        raw = archive.read("manifest.json")
    assert set(infos) == {name for name, _ in sample_members(tmp_path)} | {
        "manifest.json",
        "signature.json",
    }
    for name, info in infos.items():
        want = zipfile.ZIP_STORED if name.startswith("media/") else zipfile.ZIP_DEFLATED
        if name != "signature.json":
            assert info.compress_type == want, name
        assert info.external_attr >> 16 == 0o100644 and info.create_system == 3
        assert info.flag_bits & 0x8 == 0  # sizes in the header, no data descriptor
    assert signing.canonical(manifest_of(path.read_bytes())) == raw
    listed = [m["name"] for m in manifest_of(path.read_bytes())["members"]]
    assert sorted(listed) == sorted(set(infos) - {"manifest.json", "signature.json"})


def test_the_same_input_makes_the_same_bytes(tmp_path: Path, keys: Keys) -> None:
    members = sample_members(tmp_path)
    first, second, later = (tmp_path / f"{n}.qavisit" for n in ("a", "b", "c"))
    for path in (first, second):
        write_pack(path, fields(), members, keys.private, keys.signer)
    assert first.read_bytes() == second.read_bytes()
    other = fields(pack_uuid=str(uuid.uuid4()), created_at=CREATED + timedelta(1))
    write_pack(later, other, members, keys.private, keys.signer)
    # Payload first: everything before the manifest is the same bytes; only it and its
    # signature differ.
    with zipfile.ZipFile(first) as a, zipfile.ZipFile(later) as c:
        cut = a.getinfo("manifest.json").header_offset
        assert cut == c.getinfo("manifest.json").header_offset
        assert a.read("manifest.json") != c.read("manifest.json")
    assert first.read_bytes()[:cut] == later.read_bytes()[:cut]


def test_a_big_member_is_streamed_both_ways(tmp_path: Path, keys: Keys) -> None:
    big = tmp_path / "video.bin"
    big.write_bytes(os.urandom(36 * 1024 * 1024))
    path = tmp_path / "big.qavisit"
    tracemalloc.start()
    try:
        write_pack(path, fields(), [("media/video.bin", big)], keys.private, keys.signer)
        _, written_peak = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        with open_pack(path, max_schema_version=SCHEMA, trusted=keys.trusted) as pack:
            digest = hashlib.sha256()
            for chunk in pack.chunks("media/video.bin"):
                digest.update(chunk)
        _, read_peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert digest.hexdigest() == hashlib.sha256(big.read_bytes()).hexdigest()
    assert written_peak < 8 * 1024 * 1024 and read_peak < 8 * 1024 * 1024


def test_a_big_json_member_inflates_back_in_many_pieces(tmp_path: Path, keys: Keys) -> None:
    rows = b",".join(
        b'{"coil":"S24@%04d-%02d","used":%d}' % (n % 9973, n % 97, n) for n in range(200_000)
    )
    path = tmp_path / "json.qavisit"
    write_pack(path, fields(), [("data/lines.json", rows)], keys.private, keys.signer)
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("data/lines.json")
        assert info.compress_type == zipfile.ZIP_DEFLATED and info.compress_size < len(rows) / 3
    with open_pack(path, max_schema_version=SCHEMA, trusted=keys.trusted) as pack:
        pieces = list(pack.chunks("data/lines.json"))
    assert len(pieces) > 3 and b"".join(pieces) == rows


def test_progress_and_cancel_while_writing(tmp_path: Path, keys: Keys) -> None:
    members = [(f"media/{n}", os.urandom(3 * 1024 * 1024 + n)) for n in range(3)]
    total = sum(len(data) for _, data in members)
    seen: list[tuple[int, int]] = []
    path = tmp_path / "p.qavisit"
    write_pack(
        path, fields(), members, keys.private, keys.signer, progress=lambda *a: seen.append(a)
    )
    assert seen[-1] == (total, total) and len(seen) >= 9
    assert all(b[0] > a[0] for a, b in itertools.pairwise(seen))

    calls = []
    target = tmp_path / "cancelled.qavisit"
    with pytest.raises(Cancelled):
        write_pack(target, fields(), members, keys.private, keys.signer,
                   cancelled=lambda: calls.append(1) or len(calls) > 4)  # fmt: skip
    assert not target.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.qavisit"]  # no .part left


def test_progress_and_cancel_while_verifying(tmp_path: Path, keys: Keys) -> None:
    members = [(f"media/{n}", os.urandom(2 * 1024 * 1024)) for n in range(3)]
    path = tmp_path / "p.qavisit"
    write_pack(path, fields(), members, keys.private, keys.signer)
    seen: list[tuple[int, int]] = []
    verify_pack(path, max_schema_version=SCHEMA, trusted=keys.trusted,
                progress=lambda *a: seen.append(a))  # fmt: skip
    assert seen[-1] == (6 * 1024 * 1024,) * 2 and len(seen) >= 6
    with open_pack(path, max_schema_version=SCHEMA, trusted=keys.trusted) as pack:
        with pytest.raises(Cancelled):
            pack.verify_all(cancelled=lambda: len(seen) > 8, progress=lambda *a: seen.append(a))
        assert pack.read("media/2") == members[2][1]  # still usable after a cancel


def test_a_refusal_reads_in_chinese(tmp_path: Path, keys: Keys) -> None:
    path = hostile(tmp_path, b"not a pack at all")
    with pytest.raises(PackRefused) as caught:
        open_pack(path, max_schema_version=SCHEMA, trusted=keys.trusted, lang="zh_CN")
    assert str(caught.value) == "hostile.qavisit 不是现场调查包。"
    assert caught.value.reason == msg.NOT_A_PACK and isinstance(caught.value, UserError)


# --- what the writer refuses ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    ["../x", "data/../x", "/data/x", "data\\x", "C:x", "data//x", "manifest.json", "x.json",
     "data/e\u0301.json", "data/\x00", "data/NUL.json", "data/x."],
)  # fmt: skip
def test_the_writer_refuses_an_unsafe_name(tmp_path: Path, keys: Keys, name: str) -> None:
    with pytest.raises(ValueError, match="not a payload member name"):
        write_pack(tmp_path / "x.qavisit", fields(), [(name, b"{}")], keys.private, keys.signer)
    assert list(tmp_path.iterdir()) == []


def test_the_writer_refuses_a_name_twice_even_in_other_case(tmp_path: Path, keys: Keys) -> None:
    members = [("data/Records.json", b"{}"), ("data/records.json", b"[]")]
    with pytest.raises(ValueError, match="named twice"):
        write_pack(tmp_path / "x.qavisit", fields(), members, keys.private, keys.signer)


def test_the_writer_refuses_what_is_beyond_the_limits(
    tmp_path: Path, keys: Keys, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fmt, "MAX_MEMBER_BYTES", 1000)
    with pytest.raises(UserError, match="larger than"):
        write_pack(tmp_path / "x.qavisit", fields(), [("media/a", b"x" * 1001)], keys.private,
                   keys.signer)  # fmt: skip
    monkeypatch.setattr(fmt, "MAX_MEMBERS", 2)
    three = [(f"data/{n}.json", b"{}") for n in range(3)]
    with pytest.raises(UserError, match="at most 2 files"):
        write_pack(tmp_path / "x.qavisit", fields(), three, keys.private, keys.signer)
    monkeypatch.setattr(fmt, "MAX_TOTAL_BYTES", 1500)
    with pytest.raises(UserError, match="at most 0 MB in all"):
        write_pack(tmp_path / "x.qavisit", fields(), [("media/a", b"x" * 900),
                   ("media/b", b"x" * 900)], keys.private, keys.signer)  # fmt: skip
    assert list(tmp_path.iterdir()) == []


def test_the_writer_refuses_a_signer_that_does_not_match(tmp_path: Path, keys: Keys) -> None:
    other, _ = signing.new_key_pair()
    with pytest.raises(ValueError, match="not the signer's"):
        write_pack(tmp_path / "x.qavisit", fields(), [], other, keys.signer)
    stranger = make_keys("field.li")
    mixed = Signer("field.li", keys.signer.key_id, keys.signer.public_key,
                   stranger.signer.certificate)  # fmt: skip
    with pytest.raises(ValueError, match="certificate"):
        write_pack(tmp_path / "x.qavisit", fields(), [], keys.private, mixed)


def test_the_writer_refuses_fields_a_reader_would(tmp_path: Path, keys: Keys) -> None:
    for bad in (
        fields(created_at=datetime(2026, 3, 12, 14, 30)),  # no zone
        fields(for_user=""),
        fields(pack_uuid="not-a-uuid"),
        fields(schema_version=0),
    ):
        with pytest.raises(ValueError):
            write_pack(tmp_path / "x.qavisit", bad, [], keys.private, keys.signer)
    with pytest.raises(TypeError):
        write_pack(tmp_path / "x.qavisit", fields(summary={"weight": 1.5}), [], keys.private,
                   keys.signer)  # fmt: skip
    with pytest.raises(UserError, match=r"ends in \.qavisit"):
        write_pack(tmp_path / "x.zip", fields(), [], keys.private, keys.signer)


def test_data_that_deflates_too_far_is_stored_and_reads_back(tmp_path: Path, keys: Keys) -> None:
    """A JSON document of one record repeated would deflate beyond the reader's ratio limit:
    the writer stores it, so every pack it writes is one the reader takes."""
    repeated = b'{"coil":"S24@0001-01","qty":1},' * 40_000
    path = tmp_path / "x.qavisit"
    write_pack(path, fields(), [("data/lines.json", repeated), ("data/small.json", b"{}" * 50)],
               keys.private, keys.signer)  # fmt: skip
    with zipfile.ZipFile(path) as archive:
        assert archive.getinfo("data/lines.json").compress_type == zipfile.ZIP_STORED
        assert archive.getinfo("data/small.json").compress_type == zipfile.ZIP_DEFLATED
    assert len(repeated) > fmt.MAX_RATIO * len(zlib.compress(repeated))
    with open_pack(path, max_schema_version=SCHEMA, trusted=keys.trusted) as pack:
        assert pack.read("data/lines.json") == repeated


def test_a_manifest_that_deflates_too_far_is_stored_too(tmp_path: Path, keys: Keys) -> None:
    summary = {"cases": ["QC-2026-0001"] * 20_000}
    path = tmp_path / "x.qavisit"
    written = write_pack(path, fields(summary=summary), [], keys.private, keys.signer)
    with zipfile.ZipFile(path) as archive:
        assert archive.getinfo("manifest.json").compress_type == zipfile.ZIP_STORED
    with open_pack(path, max_schema_version=SCHEMA, trusted=keys.trusted) as pack:
        assert pack.manifest == written and pack.names() == []
        with pytest.raises(KeyError):
            pack.chunks("data/none.json")  # at once, not on the first chunk


def test_zip64_is_read_when_a_pack_needs_it(
    tmp_path: Path, keys: Keys, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A pack past 4 GB or 65,535 entries gets ZIP64 records; zipfile's thresholds lowered make
    the same records in a small file."""
    monkeypatch.setattr(zipfile, "ZIP64_LIMIT", 50_000)
    monkeypatch.setattr(zipfile, "ZIP_FILECOUNT_LIMIT", 3)
    members = [(f"media/{n}", os.urandom(20_000)) for n in range(6)]
    path = tmp_path / "z64.qavisit"
    write_pack(path, fields(), members, keys.private, keys.signer)
    data = path.read_bytes()
    assert b"PK\x06\x06" in data and b"PK\x06\x07" in data  # the ZIP64 end record and locator
    with open_pack(path, max_schema_version=SCHEMA, trusted=keys.trusted) as pack:
        pack.verify_all()
        assert [pack.read(name) for name, _ in members] == [d for _, d in members]


# --- the manifest --------------------------------------------------------------------------------


def _resign(path: Path, keys: Keys, edit: Edit) -> Path:
    data = path.read_bytes()
    manifest = manifest_of(data)
    edit(manifest)
    out = path.with_name("edited.qavisit")
    out.write_bytes(raw_zip(resigned(entries_of(data), manifest, keys.private)))
    return out


def test_resigning_an_unchanged_manifest_is_accepted(tmp_path: Path, keys: Keys) -> None:
    """The surgery itself leaves a good pack good: each refusal below is its change's."""
    path = _resign(write_sample(tmp_path / "v.qavisit", keys), keys, lambda m: None)
    verify_pack(path, max_schema_version=SCHEMA, trusted=keys.trusted)


@pytest.mark.parametrize(
    ("edit", "reason"),
    [
        (lambda m: m.update(format="qa-desktop backup"), msg.NOT_A_PACK),
        (lambda m: m.update(format_version=2), msg.NEWER),
        (lambda m: m.update(schema_version=SCHEMA + 1), msg.NEWER),
        (lambda m: m.update(schema_version="7"), msg.BAD_MANIFEST),
        (lambda m: m.update(extra="field"), msg.BAD_MANIFEST),
        (lambda m: m.pop("for_user"), msg.BAD_MANIFEST),
        (lambda m: m.update(kind="sideways"), msg.BAD_MANIFEST),
        (lambda m: m.update(created_at="2026-03-12 06:30"), msg.BAD_MANIFEST),
        (lambda m: m["members"].append(m["members"][0]), msg.BAD_MANIFEST),
        (lambda m: m["members"][0].update(name="../records.json"), msg.BAD_MANIFEST),
        (lambda m: m["members"][0].update(sha256="AB" * 32), msg.BAD_MANIFEST),
        (lambda m: m["signer"].update(fingerprint="0000"), msg.BAD_MANIFEST),
        (lambda m: m["members"][0].update(size=m["members"][0]["size"] + 1), msg.MISMATCH),
        (lambda m: m["members"][0].update(sha256="ab" * 32), msg.MISMATCH),
        (lambda m: m["members"].pop(0), msg.NOT_LISTED),
        (lambda m: m["members"].append({**m["members"][0], "name": "data/gone.json"}),
         msg.MISSING_MEMBER),
    ],
)  # fmt: skip
def test_a_manifest_that_is_wrong_is_refused(
    tmp_path: Path, keys: Keys, edit: Edit, reason: str
) -> None:
    path = _resign(write_sample(tmp_path / "v.qavisit", keys), keys, edit)
    assert refusal(path, keys).reason == reason


def test_a_newer_schema_says_update(tmp_path: Path, keys: Keys) -> None:
    path = write_sample(tmp_path / "v.qavisit", keys)
    found = refusal(path, keys, schema=SCHEMA - 1)
    assert str(found) == "v.qavisit was made by a newer QA Desktop; update this one first."


def _with_manifest_bytes(path: Path, keys: Keys, raw: bytes) -> Path:
    """The pack with these manifest bytes, signed as they are."""
    entries = [e for e in entries_of(path.read_bytes()) if e.text not in SIGNED]
    entries += [
        stored("manifest.json", raw),
        stored("signature.json", signature_document(keys.private, raw)),
    ]
    return hostile(path.parent, raw_zip(entries), "edited.qavisit")


@pytest.mark.parametrize(
    "spoil",
    [
        lambda raw: raw.replace(b'"format":', b'"format" :'),  # a space: not canonical
        lambda raw: raw.replace(b"{", b'{"kind":"return",', 1),  # a key twice
        lambda raw: raw.replace(b'"format_version":1', b'"format_version":1.0'),  # a float
        lambda raw: raw.replace("佛山".encode(), b"\\u4f5b\\u5c71"),  # an escape
        lambda raw: raw[:-1],  # not JSON
        lambda raw: b"\xff" + raw,  # not UTF-8
    ],
)
def test_a_manifest_that_is_not_its_canonical_json_is_refused(
    tmp_path: Path, keys: Keys, spoil: Callable[[bytes], bytes]
) -> None:
    path = write_sample(tmp_path / "v.qavisit", keys, summary={"customer": "佛山"})
    raw = manifest_of_bytes(path)
    assert spoil(raw) != raw
    assert refusal(_with_manifest_bytes(path, keys, spoil(raw)), keys).reason == msg.BAD_MANIFEST


def manifest_of_bytes(path: Path) -> bytes:
    with zipfile.ZipFile(path) as archive:
        return archive.read("manifest.json")


def test_a_pack_without_a_manifest_is_refused(tmp_path: Path, keys: Keys) -> None:
    path = write_sample(tmp_path / "v.qavisit", keys)
    entries = [e for e in entries_of(path.read_bytes()) if e.text != "manifest.json"]
    assert refusal(hostile(tmp_path, raw_zip(entries)), keys).reason == msg.NO_MANIFEST


# --- the signature and the signer ------------------------------------------------------------------


def test_an_unsigned_pack_is_refused(tmp_path: Path, keys: Keys) -> None:
    path = write_sample(tmp_path / "v.qavisit", keys)
    entries = [e for e in entries_of(path.read_bytes()) if e.text != "signature.json"]
    assert refusal(hostile(tmp_path, raw_zip(entries)), keys).reason == msg.NO_SIGNATURE


def test_a_manifest_changed_after_signing_is_refused(tmp_path: Path, keys: Keys) -> None:
    path = write_sample(tmp_path / "v.qavisit", keys)
    data = path.read_bytes()
    manifest = manifest_of(data)
    manifest["for_user"] = "someone.else"
    forged = resigned(entries_of(data), manifest, keys.private)
    original_signature = next(e for e in entries_of(data) if e.text == "signature.json")
    forged = [original_signature if e.text == "signature.json" else e for e in forged]
    assert refusal(hostile(tmp_path, raw_zip(forged)), keys).reason == msg.BAD_SIGNATURE


@pytest.mark.parametrize(
    "document",
    [b"", b"{}", b'{"algorithm":"Ed25519","signature":"AAAA"}',
     b'{"algorithm":"RSA","signature":"' + b"A" * 86 + b'=="}'],
)  # fmt: skip
def test_a_signature_document_that_is_wrong_is_refused(
    tmp_path: Path, keys: Keys, document: bytes
) -> None:
    path = write_sample(tmp_path / "v.qavisit", keys)
    entries = [e for e in entries_of(path.read_bytes()) if e.text != "signature.json"]
    entries.append(stored("signature.json", document))
    assert refusal(hostile(tmp_path, raw_zip(entries)), keys).reason == msg.BAD_SIGNATURE


def test_a_signer_the_database_does_not_know_is_refused(tmp_path: Path, keys: Keys) -> None:
    stranger = make_keys("field.li", key_id="k-someone")
    path = write_sample(tmp_path / "v.qavisit", stranger)
    found = refusal(path, keys)
    assert found.reason == msg.UNKNOWN_SIGNER
    assert stranger.signer.fingerprint in str(found) and "field.li" in str(found)


def test_a_key_the_department_did_not_certify_is_refused(tmp_path: Path, keys: Keys) -> None:
    """Someone's own key with a certificate they made themselves, under a known key id."""
    forger = make_keys("field.li", key_id=keys.signer.key_id)
    path = write_sample(tmp_path / "v.qavisit", forger)
    assert refusal(path, keys).reason == msg.UNCERTIFIED


def test_a_certificate_of_another_key_is_refused_whatever_trusted_says(
    tmp_path: Path, keys: Keys
) -> None:
    """The manifest names the real user's certificate but the forger's key: the signature is
    the forger's and checks, the certificate checks, but it is not of this key."""
    forger = make_keys("field.li", key_id=keys.signer.key_id)
    path = write_sample(tmp_path / "v.qavisit", forger)
    data = path.read_bytes()
    manifest = manifest_of(data)
    manifest["signer"]["certificate"] = manifest_of(
        write_sample(tmp_path / "real" / "r.qavisit", keys).read_bytes()
    )["signer"]["certificate"]
    forged = hostile(tmp_path, raw_zip(resigned(entries_of(data), manifest, forger.private)))
    asked: list[Signer] = []
    with pytest.raises(PackRefused) as caught:
        open_pack(forged, max_schema_version=SCHEMA, trusted=lambda s: asked.append(s) or TRUSTED)
    assert caught.value.reason == msg.UNCERTIFIED and asked == []


def test_a_pack_of_the_other_kind_is_refused(tmp_path: Path, keys: Keys) -> None:
    path = write_sample(tmp_path / "v.qavisit", keys)
    assert refusal(path, keys, kind=Kind.RETURN).reason == msg.WANTED_RETURN
    back = write_sample(tmp_path / "r" / "back.qavisit", keys, kind=Kind.RETURN)
    assert refusal(back, keys, kind=Kind.OUTBOUND).reason == msg.WANTED_OUTBOUND
    verify_pack(back, max_schema_version=SCHEMA, trusted=keys.trusted)


def test_contents_changed_after_signing_are_refused_when_read(tmp_path: Path, keys: Keys) -> None:
    """Same length, CRC made right again: only the manifest's SHA-256 can tell."""
    path = write_sample(tmp_path / "v.qavisit", keys)
    entries = entries_of(path.read_bytes())
    photo = next(e for e in entries if e.text.startswith("media/"))
    changed = photo.data[:-1] + bytes([photo.data[-1] ^ 1])
    entries = replace_entry(entries, photo.text, data=changed, crc=zlib.crc32(changed))
    forged = hostile(tmp_path, raw_zip(entries))
    with open_pack(forged, max_schema_version=SCHEMA, trusted=keys.trusted) as pack:
        assert pack.read("data/records.json")  # the others still read
        with pytest.raises(PackRefused) as caught:
            pack.read(photo.text)
    assert caught.value.reason == msg.MISMATCH
    assert refusal(forged, keys).reason == msg.MISMATCH
