"""Hostile visit packs at the ZIP level (core/exchange/zip_check.py): each built from a pack
write_pack wrote, taken apart and laid out again with one thing changed, and each refused
before any payload is read, with its own reason."""

from __future__ import annotations

import io
import os
import stat
import struct
import tempfile
import tracemalloc
import zipfile
import zlib
from dataclasses import replace
from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from packs import (
    SCHEMA,
    Keys,
    Raw,
    deflated,
    entries_of,
    fields,
    make_keys,
    manifest_of,
    raw_zip,
    replace_entry,
    resigned,
    stored,
    write_sample,
)

from qa_desktop.core.exchange import PackRefused, open_pack, safe_name, verify_pack, write_pack
from qa_desktop.core.exchange import pack_format as fmt
from qa_desktop.core.exchange import pack_messages as msg
from qa_desktop.core.exchange.pack_format import name_key

JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + b"\x00" * 300
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 200


@pytest.fixture(scope="module")
def keys() -> Keys:
    return make_keys()


@pytest.fixture
def pack(tmp_path: Path, keys: Keys) -> bytes:
    return write_sample(tmp_path / "good" / "visit.qavisit", keys).read_bytes()


def reason_of(tmp_path: Path, keys: Keys, data: bytes) -> str:
    path = tmp_path / "hostile.qavisit"
    path.write_bytes(data)
    with pytest.raises(PackRefused) as caught:
        verify_pack(path, max_schema_version=SCHEMA, trusted=keys.trusted)
    return caught.value.reason


def test_the_surgery_itself_keeps_a_good_pack_good(tmp_path: Path, keys: Keys, pack: bytes) -> None:
    relaid = raw_zip(entries_of(pack))
    path = tmp_path / "relaid.qavisit"
    path.write_bytes(relaid)
    verify_pack(path, max_schema_version=SCHEMA, trusted=keys.trusted)


# --- not a pack, or not only a pack ----------------------------------------------------------------


@pytest.mark.parametrize("data", [b"", b"PK", b"hello, world\n" * 10, JPEG, PNG, os.urandom(5000)])
def test_a_file_that_is_no_zip_is_refused(tmp_path: Path, keys: Keys, data: bytes) -> None:
    expected = msg.TRUNCATED if data.startswith(b"PK\x03\x04") else msg.NOT_A_PACK
    assert reason_of(tmp_path, keys, data) == expected


def test_a_folder_or_a_missing_file_is_refused(tmp_path: Path, keys: Keys) -> None:
    for path, reason in ((tmp_path, msg.NOT_A_PACK), (tmp_path / "gone.qavisit", msg.FILE_MISSING)):
        with pytest.raises(PackRefused) as caught:
            open_pack(path, max_schema_version=SCHEMA, trusted=keys.trusted)
        assert caught.value.reason == reason


@pytest.mark.parametrize("picture", [JPEG, PNG])
def test_a_picture_with_a_pack_appended_is_refused(
    tmp_path: Path, keys: Keys, pack: bytes, picture: bytes
) -> None:
    """zipfile itself opens such a file (it allows leading bytes): we do not."""
    naive = picture + pack
    with zipfile.ZipFile(io.BytesIO(naive)) as archive:
        assert archive.testzip() is None
    assert reason_of(tmp_path, keys, naive) == msg.POLYGLOT
    # As `zip -A` or zipfile's append mode writes it: offsets that count the picture.
    adjusted = raw_zip(entries_of(pack), prefix=picture, shift_offsets=True)
    with zipfile.ZipFile(io.BytesIO(adjusted)) as archive:
        assert archive.testzip() is None
    assert reason_of(tmp_path, keys, adjusted) == msg.POLYGLOT


def test_a_pack_appended_by_zipfile_to_a_picture_is_refused(
    tmp_path: Path, keys: Keys, pack: bytes
) -> None:
    buffer = io.BytesIO(JPEG)
    buffer.seek(0, 2)
    with zipfile.ZipFile(io.BytesIO(pack)) as source, zipfile.ZipFile(buffer, "a") as target:
        for info in source.infolist():
            target.writestr(info, source.read(info))
    assert reason_of(tmp_path, keys, buffer.getvalue()) == msg.POLYGLOT


@pytest.mark.parametrize("tail", [b"\x00", b"junk" * 100, JPEG, b"PK\x05\x06" + b"\x00" * 18])
def test_bytes_after_the_pack_are_refused(
    tmp_path: Path, keys: Keys, pack: bytes, tail: bytes
) -> None:
    assert reason_of(tmp_path, keys, pack + tail) == msg.POLYGLOT


def test_a_comment_is_refused(tmp_path: Path, keys: Keys, pack: bytes) -> None:
    assert reason_of(tmp_path, keys, raw_zip(entries_of(pack), comment=b"hello")) == msg.POLYGLOT
    # An end record announcing a comment the file does not hold: the comment was cut off.
    cut = pack[:-2] + struct.pack("<H", 5)
    assert reason_of(tmp_path, keys, cut) == msg.TRUNCATED


def test_what_zipfile_reads_must_be_what_we_parsed(pack: bytes) -> None:
    """The last check: zipfile's reading of the directory compared with ours (our parse is
    stricter, so only a disagreement between the two parsers reaches it)."""
    from qa_desktop.core.exchange import zip_check

    handle = io.BytesIO(pack)
    entries = zip_check.inspect_zip(handle, len(pack))
    zip_check._compare_with_zipfile(handle, entries)
    for changed in (
        [replace(entries[0], crc=entries[0].crc ^ 1), *entries[1:]],
        [replace(entries[0], name="data/other.json"), *entries[1:]],
        entries[:-1],
    ):
        with pytest.raises(zip_check.Refusal) as caught:
            zip_check._compare_with_zipfile(handle, changed)
        assert caught.value.reason == msg.DAMAGED


def test_a_pack_cut_anywhere_is_refused_as_cut_short(tmp_path: Path, keys: Keys) -> None:
    """Every length short of the whole, for a small pack: inside a member, inside the central
    directory, inside the end record, just before it."""
    path = tmp_path / "small.qavisit"
    write_pack(path, fields(), [("data/a.json", b'{"a": 1}'), ("media/b", b"\xff\xd8" * 40)],
               keys.private, keys.signer)  # fmt: skip
    data = path.read_bytes()
    central = data.rfind(b"PK\x01\x02")
    assert 0 < central < len(data) - 22
    reasons = {reason_of(tmp_path, keys, data[:cut]) for cut in range(4, len(data))}
    assert reasons == {msg.TRUNCATED}


@pytest.mark.parametrize("fraction", [0.1, 0.5, 0.9, 0.999])
def test_a_sample_pack_cut_is_refused_as_cut_short(
    tmp_path: Path, keys: Keys, pack: bytes, fraction: float
) -> None:
    assert reason_of(tmp_path, keys, pack[: int(len(pack) * fraction)]) == msg.TRUNCATED


def test_a_split_archive_is_refused(tmp_path: Path, keys: Keys, pack: bytes) -> None:
    assert reason_of(tmp_path, keys, raw_zip(entries_of(pack), end_disk=1)) == msg.MULTI_DISK
    entries = replace_entry(entries_of(pack), "data/records.json", disk=2)
    assert reason_of(tmp_path, keys, raw_zip(entries)) == msg.MULTI_DISK


# --- names -----------------------------------------------------------------------------------------

UNSAFE = [
    "../x", "data/../../x", "/abs", "/data/x", "C:\\x", "C:x", "data/C:x", "\\\\server\\share",
    "data\\x", "data/a\\b", "./data/x", "data/./x", "data//x", "data/x\x01", "data/\x7fx",
    "data/\u202ex.json", "data/e\u0301.json", "data/" + "a" * 251, "data/NUL", "data/con.txt",
    "data/x.", "data/x ", "records.json", "other/x", "data", "data/a:b",
]  # fmt: skip


@pytest.mark.parametrize("name", UNSAFE)
def test_an_unsafe_member_name_is_refused(
    tmp_path: Path, keys: Keys, pack: bytes, name: str
) -> None:
    assert not safe_name(name)
    entries = replace_entry(entries_of(pack), "data/records.json", name=name.encode("utf-8"),
                            flags=0 if name.isascii() else 0x800)  # fmt: skip
    assert reason_of(tmp_path, keys, raw_zip(entries)) == msg.UNSAFE_NAME


@pytest.mark.parametrize("raw", [b"data/x\x00.json", b"data/\xff.json", "data/é".encode("cp437")])
def test_a_name_with_a_nul_or_not_readable_is_refused(
    tmp_path: Path, keys: Keys, pack: bytes, raw: bytes
) -> None:
    """A NUL (zipfile cuts a name there, so it would read another name than we checked), and
    bytes that are not UTF-8 under the UTF-8 flag or not ASCII without it."""
    for flags in (0, 0x800):
        entries = replace_entry(entries_of(pack), "data/records.json", name=raw, flags=flags)
        assert reason_of(tmp_path, keys, raw_zip(entries)) == msg.UNSAFE_NAME


def test_the_longest_name_is_allowed_one_byte_more_is_not() -> None:
    assert safe_name("data/" + "a" * 250) and not safe_name("data/" + "a" * 251)
    assert safe_name("data/" + "客" * 83) and not safe_name("data/" + "客" * 84)  # 3 bytes each


TRICKY = st.text(alphabet=st.sampled_from("ad/\\.:C \x00\u0301éK<*ß\u202e"), max_size=12)
NAMES = st.builds(
    str.__add__,
    st.sampled_from(["data/", "media/", "data/x/", "", "/", "C:", "..", "data"]),
    TRICKY | st.text(max_size=12),
)


@settings(max_examples=400, deadline=None)
@given(NAMES)
def test_a_safe_name_stays_in_its_folder_on_every_system(name: str) -> None:
    if not safe_name(name):
        return
    for pure in (PurePosixPath, PureWindowsPath):
        path = pure(name)
        assert not path.is_absolute() and not path.drive and not path.root
        assert ".." not in path.parts and "." not in name.split("/")
        assert path.parts[0] in ("data", "media") or name in ("manifest.json", "signature.json")
    assert zipfile.ZipInfo(name).filename == name  # zipfile reads the name we checked
    assert name_key(name_key(name)) == name_key(name)


@settings(max_examples=25, deadline=None)
@given(st.lists(NAMES.filter(safe_name), min_size=1, max_size=4, unique_by=name_key))
def test_every_safe_name_goes_through_a_pack(names: list[str]) -> None:
    names = [n for n in names if n not in ("manifest.json", "signature.json")]
    keys = make_keys()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "names.qavisit"
        members = [(name, name.encode("utf-8")) for name in names]
        write_pack(path, fields(), members, keys.private, keys.signer)
        with open_pack(path, max_schema_version=SCHEMA, trusted=keys.trusted) as pack:
            assert pack.names() == names
            assert [pack.read(name) for name in names] == [data for _, data in members]


# --- kinds of members ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("external", "name"),
    [
        ((stat.S_IFLNK | 0o777) << 16, "data/records.json"),
        ((stat.S_IFDIR | 0o755) << 16, "data/records.json"),
        ((stat.S_IFIFO | 0o644) << 16, "data/records.json"),
        ((stat.S_IFCHR | 0o644) << 16, "data/records.json"),
        (0x10, "data/records.json"),  # MS-DOS's directory attribute
        ((stat.S_IFDIR | 0o755) << 16 | 0x10, "data/folder/"),
    ],
)
def test_a_link_or_folder_member_is_refused(
    tmp_path: Path, keys: Keys, pack: bytes, external: int, name: str
) -> None:
    entries = replace_entry(entries_of(pack), "data/records.json", external=external,
                            name=name.encode())  # fmt: skip
    assert reason_of(tmp_path, keys, raw_zip(entries)) == msg.NOT_REGULAR


@pytest.mark.parametrize(
    ("first", "second"),
    [("data/records.json",) * 2, ("data/Records.JSON", "data/records.json"),
     ("data/straße.json", "data/strasse.json"), ("media/ABC", "media/abc")],
)  # fmt: skip
def test_duplicate_names_are_refused(
    tmp_path: Path, keys: Keys, pack: bytes, first: str, second: str
) -> None:
    entries = entries_of(pack)
    entries += [stored(first, b"{}"), stored(second, b"[]")]
    assert reason_of(tmp_path, keys, raw_zip(entries)) == msg.DUPLICATE


def test_too_many_members_are_refused(tmp_path: Path, keys: Keys, pack: bytes) -> None:
    filler = [stored(f"data/{n}.json", b"") for n in range(fmt.MAX_MEMBERS + 1)]
    assert reason_of(tmp_path, keys, raw_zip(entries_of(pack) + filler)) == msg.TOO_MANY


# --- sizes, ratios, methods, encryption -------------------------------------------------------------


def test_a_member_declared_too_big_is_refused(tmp_path: Path, keys: Keys, pack: bytes) -> None:
    huge = fmt.MAX_MEMBER_BYTES + 1
    entries = replace_entry(entries_of(pack), "data/records.json", size=huge)
    assert reason_of(tmp_path, keys, raw_zip(entries)) == msg.MEMBER_TOO_BIG


def test_members_too_big_in_all_are_refused(
    tmp_path: Path, keys: Keys, pack: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each within the limit, together beyond it (the limit lowered: 4 GB of test files is a lot)."""
    monkeypatch.setattr(fmt, "MAX_TOTAL_BYTES", 3 * 1024 * 1024)
    many = [stored(f"media/{n}", os.urandom(1024 * 1024)) for n in range(3)]
    assert reason_of(tmp_path, keys, raw_zip(entries_of(pack) + many)) == msg.TOTAL_TOO_BIG


def test_a_compression_bomb_is_refused_by_its_ratio(
    tmp_path: Path, keys: Keys, pack: bytes
) -> None:
    bomb = deflated("data/bomb.json", b"\x00" * (10 * 1024 * 1024))
    assert bomb.size > fmt.MAX_RATIO * len(bomb.data)
    assert reason_of(tmp_path, keys, raw_zip([*entries_of(pack), bomb])) == msg.RATIO


def test_a_member_that_inflates_beyond_its_size_stops_there(
    tmp_path: Path, keys: Keys, pack: bytes
) -> None:
    """A header that lies small about what it holds (30 MB said to be 50,000 bytes, so no ratio
    shows; its compressed bytes span several chunks): inflating stops at the size it gave,
    within a few MB of memory."""
    packer = zlib.compressobj(1, zlib.DEFLATED, -15)
    text = b"".join(
        b"QC-2026-%06d,S24@%04d-%02d;" % (n, n % 9973, n % 97) for n in range(1_200_000)
    )
    data = packer.compress(text) + packer.flush()
    assert len(data) > 3 * 1024 * 1024 and len(text) > 600 * 50_000
    lie = Raw(b"data/bomb.json", data, 8, zlib.crc32(text[:50_000]), 50_000)
    manifest = manifest_of(pack)
    manifest["members"].append({"name": "data/bomb.json", "size": 50_000, "sha256": "0" * 64})
    path = tmp_path / "bomb.qavisit"
    path.write_bytes(raw_zip(resigned([*entries_of(pack), lie], manifest, keys.private)))
    received = 0
    with open_pack(path, max_schema_version=SCHEMA, trusted=keys.trusted) as opened:
        with pytest.raises(PackRefused) as caught:
            for chunk in opened.chunks("data/bomb.json"):
                received += len(chunk)
        assert caught.value.reason == msg.DAMAGED and received <= 50_000
        tracemalloc.start()
        try:
            with pytest.raises(PackRefused):
                opened.read("data/bomb.json")
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert peak < 4 * 1024 * 1024


@pytest.mark.parametrize("method", [zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA, 9, 1, 6])
def test_another_compression_method_is_refused(
    tmp_path: Path, keys: Keys, pack: bytes, method: int
) -> None:
    entries = replace_entry(entries_of(pack), "data/records.json", method=method)
    assert reason_of(tmp_path, keys, raw_zip(entries)) == msg.METHOD


@pytest.mark.parametrize(("flags", "method"), [(0x1, 8), (0x41, 8), (0x1, 99), (0x2000, 8)])
def test_an_encrypted_member_is_refused(
    tmp_path: Path, keys: Keys, pack: bytes, flags: int, method: int
) -> None:
    entries = replace_entry(entries_of(pack), "data/records.json", flags=flags, method=method)
    assert reason_of(tmp_path, keys, raw_zip(entries)) == msg.ENCRYPTED


# --- the directory against the file ----------------------------------------------------------------


def _damaged(tmp_path: Path, keys: Keys, entries: list[Raw]) -> str:
    return reason_of(tmp_path, keys, raw_zip(entries))


def test_a_local_name_other_than_the_directorys_is_refused(
    tmp_path: Path, keys: Keys, pack: bytes
) -> None:
    entries = replace_entry(entries_of(pack), "data/records.json", local_name=b"data/recordz.json")
    assert _damaged(tmp_path, keys, entries) == msg.DAMAGED
    entries = replace_entry(entries_of(pack), "data/records.json", local_name=b"../../etc/passwd")
    assert _damaged(tmp_path, keys, entries) == msg.DAMAGED


@pytest.mark.parametrize(
    "local",
    [{"method": 0}, {"crc": 1}, {"size": 5}, {"compressed": 7}, {"flags": 0x800}],
)
def test_a_local_header_that_disagrees_is_refused(
    tmp_path: Path, keys: Keys, pack: bytes, local: dict[str, int]
) -> None:
    entries = replace_entry(entries_of(pack), "data/records.json", local=local)
    assert _damaged(tmp_path, keys, entries) == msg.DAMAGED


def test_overlapping_or_spaced_members_are_refused(tmp_path: Path, keys: Keys, pack: bytes) -> None:
    entries = entries_of(pack)
    data = raw_zip(entries)
    # The first entry's directory record points at the second's local header: two names, one
    # set of bytes (the overlapping-entry bomb) — and one member's bytes are nowhere.
    second = struct.unpack_from(
        "<I", data, data.find(b"PK\x01\x02", data.find(b"PK\x01\x02") + 1) + 42
    )[0]
    first_record = data.find(b"PK\x01\x02")
    overlapped = data[: first_record + 42] + struct.pack("<I", second) + data[first_record + 46 :]
    assert reason_of(tmp_path, keys, overlapped) == msg.DAMAGED
    # Bytes between two members that no entry accounts for: zipfile reads on regardless.
    spaced = raw_zip(replace_entry(entries, "data/records.json", after=b"hidden bytes"))
    with zipfile.ZipFile(io.BytesIO(spaced)) as archive:
        assert archive.testzip() is None
    assert reason_of(tmp_path, keys, spaced) == msg.DAMAGED
    # An extra field in a local header that is not ZIP64's.
    extra = replace_entry(entries, "data/records.json", local_extra=b"\x99\x99\x04\x00abcd")
    assert _damaged(tmp_path, keys, extra) == msg.DAMAGED


@pytest.mark.parametrize(
    "changes",
    [{"flags": 0x8}, {"compressed": 3}, {"extra": b"\x55\x54\x05\x00\x01\x00\x00\x00\x00"},
     {"extra": b"\x01\x00\x08\x00" + b"\x00" * 8}],
)  # fmt: skip
def test_directory_fields_we_never_write_are_refused(
    tmp_path: Path, keys: Keys, pack: bytes, changes: dict[str, object]
) -> None:
    """A data descriptor, a stored member whose sizes differ, extra fields other than ZIP64's,
    a ZIP64 field where no size needs one."""
    entries = replace_entry(entries_of(pack), "media/" + _photo(pack), **changes)
    assert _damaged(tmp_path, keys, entries) == msg.DAMAGED


def _photo(pack: bytes) -> str:
    return next(e.text for e in entries_of(pack) if e.text.startswith("media/"))[len("media/") :]


def test_a_wrong_crc_is_refused_when_read(tmp_path: Path, keys: Keys, pack: bytes) -> None:
    entries = replace_entry(entries_of(pack), "data/records.json", crc=12345)
    entries = replace_entry(entries, "data/records.json", local={"crc": 12345})
    assert _damaged(tmp_path, keys, entries) == msg.DAMAGED


def test_a_deflate_stream_with_bytes_after_its_end_is_refused(
    tmp_path: Path, keys: Keys, pack: bytes
) -> None:
    entries = entries_of(pack)
    records = next(e for e in entries if e.text == "data/records.json")
    entries = replace_entry(entries, "data/records.json", data=records.data + b"hidden")
    assert _damaged(tmp_path, keys, entries) == msg.DAMAGED


def test_zip64_records_that_disagree_are_refused(
    tmp_path: Path, keys: Keys, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(zipfile, "ZIP_FILECOUNT_LIMIT", 2)
    path = tmp_path / "z64.qavisit"
    write_pack(path, fields(), [("media/a", b"a" * 100), ("media/b", b"b")], keys.private,
               keys.signer)  # fmt: skip
    data = path.read_bytes()
    locator = data.rfind(b"PK\x06\x07")
    record = data.rfind(b"PK\x06\x06")
    two_disks = data[: locator + 16] + struct.pack("<I", 2) + data[locator + 20 :]
    assert reason_of(tmp_path, keys, two_disks) == msg.MULTI_DISK
    counts = record + 24  # the ZIP64 record's count on this disk and in all
    wrong = data[:counts] + struct.pack("<QQ", 3, 3) + data[counts + 16 :]
    assert reason_of(tmp_path, keys, wrong) == msg.DAMAGED
