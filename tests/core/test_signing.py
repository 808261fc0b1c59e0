"""Signing keys sealed under a password, canonical payloads, signatures and the department key's
certificates (core/signing.py)."""

from __future__ import annotations

import base64
import json
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from enum import Enum, IntEnum
from typing import Any
from uuid import UUID

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from qa_desktop.core import passwords
from qa_desktop.core.signing import (
    SMALL_ORDER_Y,
    Certificate,
    DamagedKey,
    SealedKey,
    WrongPassword,
    canonical,
    certify,
    check_certificate,
    fingerprint,
    new_key_pair,
    public_key_bytes,
    reseal,
    seal,
    seal_with_key,
    sign,
    unseal,
    unseal_with_key,
    verify,
)

AAD_A = b"user:wang.jun:key:k1"
AAD_B = b"user:li.na:key:k1"


@pytest.fixture(autouse=True)
def _fast(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(passwords, "COST", passwords.FAST_TEST_COST)


def flip(data: bytes, index: int = 0) -> bytes:
    return data[:index] + bytes([data[index] ^ 0x01]) + data[index + 1 :]


# --- sealed keys -------------------------------------------------------------------------------


def test_a_sealed_key_opens_with_its_password_and_owner() -> None:
    private, public = new_key_pair()
    sealed = seal(private, "王军的签字密码", aad=AAD_A)
    opened = unseal(sealed, "王军的签字密码", aad=AAD_A)
    assert public_key_bytes(opened) == public
    raw, text = private.private_bytes_raw(), sealed.to_json()
    assert len(sealed.ciphertext) == 48
    assert raw.hex() not in text and base64.b64encode(raw).decode() not in text


def test_a_sealed_key_survives_its_json() -> None:
    private, public = new_key_pair()
    sealed = seal(private, "a good password", aad=AAD_A)
    again = SealedKey.from_json(sealed.to_json())
    assert again == sealed
    assert public_key_bytes(unseal(again, "a good password", aad=AAD_A)) == public


def test_a_wrong_password_does_not_open_it() -> None:
    private, _ = new_key_pair()
    sealed = seal(private, "a good password", aad=AAD_A)
    for wrong in ("a good passworD", "", "a good password "):
        with pytest.raises(WrongPassword):
            unseal(sealed, wrong, aad=AAD_A)


def test_a_sealed_key_copied_to_another_user_does_not_open() -> None:
    """The file's sealed key of user A put on user B's row, B's aad: it does not open, even
    with A's password."""
    private, _ = new_key_pair()
    sealed = seal(private, "a good password", aad=AAD_A)
    with pytest.raises(WrongPassword):
        unseal(sealed, "a good password", aad=AAD_B)
    with pytest.raises(WrongPassword):
        unseal(sealed, "a good password", aad=b"user:wang.jun:key:k2")  # another key id


@pytest.mark.parametrize("part", ["nonce", "ciphertext", "tag", "salt"])
def test_a_tampered_sealed_key_does_not_open(part: str) -> None:
    private, _ = new_key_pair()
    sealed = seal(private, "a good password", aad=AAD_A)
    if part == "nonce":
        tampered = replace(sealed, nonce=flip(sealed.nonce, 5))
    elif part == "ciphertext":
        tampered = replace(sealed, ciphertext=flip(sealed.ciphertext, 3))
    elif part == "tag":
        tampered = replace(sealed, ciphertext=flip(sealed.ciphertext, 47))
    else:
        tampered = replace(sealed, kdf=replace(sealed.kdf, salt=flip(sealed.kdf.salt)))
    with pytest.raises(WrongPassword):
        unseal(tampered, "a good password", aad=AAD_A)


def test_each_seal_uses_a_new_salt_and_nonce() -> None:
    private, _ = new_key_pair()
    first, second = (seal(private, "a good password", aad=AAD_A) for _ in range(2))
    assert first.kdf.salt != second.kdf.salt
    assert first.nonce != second.nonce and first.ciphertext != second.ciphertext


def test_reseal_keeps_the_key_pair_and_retires_the_old_password() -> None:
    private, public = new_key_pair()
    sealed = seal(private, "old password 1", aad=AAD_A)
    resealed = reseal(sealed, "old password 1", "new password 2", aad=AAD_A)
    assert public_key_bytes(unseal(resealed, "new password 2", aad=AAD_A)) == public
    with pytest.raises(WrongPassword):
        unseal(resealed, "old password 1", aad=AAD_A)
    with pytest.raises(WrongPassword):
        reseal(sealed, "not the old one", "new password 2", aad=AAD_A)


def test_seal_with_a_key_derived_once() -> None:
    private, public = new_key_pair()
    kdf = passwords.new_kdf_params()
    kek = passwords.derive_key("a good password", kdf)
    sealed = seal_with_key(private, kek, aad=AAD_A, kdf=kdf)
    assert public_key_bytes(unseal_with_key(sealed, kek, aad=AAD_A)) == public
    assert public_key_bytes(unseal(sealed, "a good password", aad=AAD_A)) == public
    with pytest.raises(WrongPassword):
        unseal_with_key(sealed, bytes(32), aad=AAD_A)
    with pytest.raises(ValueError):
        unseal_with_key(sealed, kek[:16], aad=AAD_A)  # a 16-byte key would be AES-128


def test_an_empty_or_text_aad_is_refused() -> None:
    private, _ = new_key_pair()
    for aad in (b"", "user:wang.jun:key:k1"):
        with pytest.raises(TypeError):
            seal(private, "a good password", aad=aad)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "damage",
    [
        lambda d: "not json",
        lambda d: json.dumps({**d, "format": "something else"}),
        lambda d: json.dumps({**d, "nonce": d["nonce"][:-4]}),
        lambda d: json.dumps({**d, "ciphertext": "%%%"}),
        lambda d: json.dumps({k: v for k, v in d.items() if k != "kdf"}),
        lambda d: json.dumps({**d, "kdf": {**d["kdf"], "memory_kib": 1 << 30}}),
        lambda d: json.dumps([d]),
    ],
)
def test_an_unreadable_sealed_key_is_damaged_not_a_wrong_password(damage: Any) -> None:
    private, _ = new_key_pair()
    data = json.loads(seal(private, "a good password", aad=AAD_A).to_json())
    with pytest.raises(DamagedKey):
        SealedKey.from_json(damage(data))


# --- canonical payloads ------------------------------------------------------------------------

GOLDEN_PAYLOAD: dict[str, Any] = {
    "uuid": "6f1c2a9e-0d4b-4c55-9a3e-2b7f8c1d0e42",
    "case_no": "QC-2026-0042",
    "customer": "佛山某不锈钢制品厂",
    "amount": Decimal("38600.00"),
    "currency": "CNY",
    "received": datetime(2026, 3, 10, 1, 0),
    "due": date(2026, 3, 24),
    "lines": [
        {"kind": "compensation", "quantity": 3, "unit": "t"},
        {"kind": "return", "quantity": Decimal("1.250")},
    ],
    "binding": False,
    "comment": None,
    "meaning": "approved",
    "emoji": "𠀀",
}
# Computed once (2026) and written here. Every signature ever made is over such bytes: if this
# test fails, canonical() now spells some payload differently, and every stored signature over
# such a payload stops verifying. Change canonical() only with a new payload version.
GOLDEN_CANONICAL = (
    '{"amount":"38600","binding":false,"case_no":"QC-2026-0042","comment":null,"currency":"CNY",'
    '"customer":"佛山某不锈钢制品厂","due":"2026-03-24","emoji":"𠀀","lines":[{"kind":"compensation",'
    '"quantity":3,"unit":"t"},{"kind":"return","quantity":"1.25"}],"meaning":"approved",'
    '"received":"2026-03-10T01:00:00","uuid":"6f1c2a9e-0d4b-4c55-9a3e-2b7f8c1d0e42"}'
).encode()
# Ed25519 is deterministic (RFC 8032): this key signs the payload above always so.
GOLDEN_KEY = Ed25519PrivateKey.from_private_bytes(bytes(range(32)))
GOLDEN_SIGNATURE = bytes.fromhex(
    "5fac9ef0d7f1b57db9ac88d680db64636708cb401d3fc96ad873f58687a5fae4"
    "9873d4141a910ee6c9bec55297e90650564ecb212f77173c90eb418b689cc407"
)


def test_canonical_bytes_are_pinned_by_a_golden_vector() -> None:
    assert canonical(GOLDEN_PAYLOAD) == GOLDEN_CANONICAL
    assert sign(GOLDEN_KEY, GOLDEN_PAYLOAD) == GOLDEN_SIGNATURE
    assert verify(public_key_bytes(GOLDEN_KEY), GOLDEN_PAYLOAD, GOLDEN_SIGNATURE)


def test_canonical_does_not_depend_on_key_order() -> None:
    reordered = dict(reversed(list(GOLDEN_PAYLOAD.items())))
    reordered["lines"] = [dict(reversed(list(line.items()))) for line in GOLDEN_PAYLOAD["lines"]]
    assert list(reordered) != list(GOLDEN_PAYLOAD)
    assert canonical(reordered) == canonical(GOLDEN_PAYLOAD)


def test_chinese_text_stays_utf8_not_escapes() -> None:
    data = canonical({"customer": "佛山某厂", "defect": "划伤"})
    assert data == '{"customer":"佛山某厂","defect":"划伤"}'.encode()
    assert b"\\u" not in data


@pytest.mark.parametrize(
    "bad",
    [
        {"amount": 38600.0},
        {"lines": [{"quantity": 1.5}]},
        {"amount": Decimal("NaN")},
        {"amount": Decimal("Infinity")},
        {1: "an integer key would become '1'"},
        {"raw": b"bytes"},
        {"tags": {"a", "b"}},
    ],
    ids=["float", "nested-float", "nan", "infinity", "int-key", "bytes", "set"],
)
def test_canonical_refuses_what_has_no_single_spelling(bad: dict[Any, Any]) -> None:
    with pytest.raises(TypeError):
        canonical(bad)


def test_canonical_spells_each_value_one_way() -> None:
    class Meaning(str, Enum):  # noqa: UP042 - str() of this one is "Meaning.APPROVED"
        APPROVED = "approved"

    class Level(IntEnum):
        HIGH = 3

    assert canonical({"a": Decimal("14.300")}) == canonical({"a": Decimal("14.3")})
    assert canonical({"a": Decimal("1E+3")}) == b'{"a":"1000"}'
    assert canonical({"a": Decimal("-0.00")}) == b'{"a":"0"}'
    assert canonical({"a": Meaning.APPROVED, "b": Level.HIGH}) == b'{"a":"approved","b":3}'
    assert canonical({"a": (1, 2)}) == canonical({"a": [1, 2]})
    uid = UUID("6f1c2a9e-0d4b-4c55-9a3e-2b7f8c1d0e42")
    assert canonical({"u": uid}) == canonical({"u": str(uid)})
    assert canonical({"a": "1"}) != canonical({"a": 1})  # a text is not a number


# --- signatures --------------------------------------------------------------------------------


def edits(payload: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """Every small change someone editing a record might make."""
    out: list[tuple[str, dict[str, Any]]] = []
    for key, value in payload.items():
        changed = dict(payload)
        changed[key] = "x" if value != "x" else "y"
        out.append((f"value of {key}", changed))
        renamed = {(k + "_" if k == key else k): v for k, v in payload.items()}
        out.append((f"{key} renamed", renamed))
        dropped = {k: v for k, v in payload.items() if k != key}
        out.append((f"{key} dropped", dropped))
    out.append(("field added", {**payload, "extra": ""}))
    lines = [dict(line) for line in payload["lines"]]
    lines[1]["quantity"] = Decimal("1.26")
    out.append(("nested value", {**payload, "lines": lines}))
    lines = [dict(line) for line in payload["lines"]]
    lines[0]["qty"] = lines[0].pop("quantity")
    out.append(("nested key renamed", {**payload, "lines": lines}))
    out.append(("lines reordered", {**payload, "lines": payload["lines"][::-1]}))
    out.append(("amount by a cent", {**payload, "amount": Decimal("38600.01")}))
    out.append(("a space added", {**payload, "customer": payload["customer"] + " "}))
    return out


def test_a_signature_verifies_and_any_change_to_the_payload_fails_it() -> None:
    private, public = new_key_pair()
    signature = sign(private, GOLDEN_PAYLOAD)
    assert verify(public, GOLDEN_PAYLOAD, signature)
    changes = edits(GOLDEN_PAYLOAD)
    assert len(changes) > 30
    failed = [name for name, changed in changes if not verify(public, changed, signature)]
    assert failed == [name for name, _ in changes]


def test_a_signature_moved_to_another_payload_fails() -> None:
    private, public = new_key_pair()
    first = {**GOLDEN_PAYLOAD, "uuid": "11111111-1111-4111-8111-111111111111"}
    second = {**GOLDEN_PAYLOAD, "uuid": "22222222-2222-4222-8222-222222222222"}
    assert verify(public, first, sign(private, first))
    assert not verify(public, second, sign(private, first))
    assert not verify(new_key_pair()[1], first, sign(private, first))  # another signer's key


@pytest.mark.parametrize(
    ("public", "payload", "signature"),
    [
        (b"short", {"a": 1}, bytes(64)),
        ("not bytes", {"a": 1}, bytes(64)),
        (None, {"a": 1}, bytes(64)),
        (bytes(32), {"a": 1}, bytes(64)),
        (b"\x07" * 32, {"a": 1}, b"short"),
        (b"\x07" * 32, {"a": 1}, "not bytes"),
        (b"\x07" * 32, {"a": 1.5}, bytes(64)),
        (b"\x07" * 32, "not a mapping", bytes(64)),
        (b"\x07" * 32, {"a": 1}, None),
    ],
)
def test_verify_is_false_never_an_exception_on_bad_input(
    public: Any, payload: Any, signature: Any
) -> None:
    assert verify(public, payload, signature) is False


# Ed25519 over GF(p), affine twisted Edwards coordinates: just enough to check that each y in
# SMALL_ORDER_Y is a point of order dividing 8, and that there are 8 such points.
P = 2**255 - 19
D = -121665 * pow(121666, -1, P) % P


def _add(a: tuple[int, int], b: tuple[int, int]) -> tuple[int, int]:
    (x1, y1), (x2, y2) = a, b
    t = D * x1 * x2 * y1 * y2 % P
    return (
        (x1 * y2 + x2 * y1) * pow(1 + t, -1, P) % P,
        (y1 * y2 + x1 * x2) * pow(1 - t, -1, P) % P,
    )


def _points_with_y(y: int) -> list[tuple[int, int]]:
    x2 = (y * y - 1) * pow(D * y * y + 1, -1, P) % P
    x = pow(x2, (P + 3) // 8, P)
    if x * x % P != x2:
        x = x * pow(2, (P - 1) // 4, P) % P
    assert x * x % P == x2, "y is on the curve"
    return sorted({(x, y), (-x % P, y)})


def test_the_small_order_points_are_the_ones_refused() -> None:
    points = {point for y in SMALL_ORDER_Y for point in _points_with_y(y)}
    assert len(points) == 8
    for point in points:
        multiple = point
        for _ in range(3):
            multiple = _add(multiple, multiple)
        assert multiple == (0, 1)  # 8·P is the identity


def test_a_key_of_small_order_verifies_nothing() -> None:
    """With the identity as public key, R = identity and S = 0 is a valid Ed25519 signature of
    every message for OpenSSL; such keys are refused, in every encoding of their y."""
    identity = (1).to_bytes(32, "little")
    forged = identity + bytes(32)
    anyone = Ed25519PrivateKey.generate().public_key()
    assert verify(public_key_bytes(GOLDEN_KEY), {"a": 1}, sign(GOLDEN_KEY, {"a": 1}))
    assert not verify(identity, {"any": "payload"}, forged)
    for y in SMALL_ORDER_Y:
        spellings = [y] + ([y + P] if y + P < 1 << 255 else [])  # y ≥ p: the same point
        for encoded in spellings + [s | 1 << 255 for s in spellings]:  # with x's sign bit
            assert not verify(encoded.to_bytes(32, "little"), {"any": "payload"}, forged)
    assert anyone.public_bytes_raw()  # an ordinary key is not among them
    assert int.from_bytes(anyone.public_bytes_raw(), "little") % (1 << 255) % P not in SMALL_ORDER_Y


def test_fingerprint_is_sixteen_groups_of_four_hex_digits() -> None:
    text = fingerprint(public_key_bytes(GOLDEN_KEY))
    assert text == "5647 5AA7 5463 474C 0285 DF5D BF2B CAB7 3DA6 5135 8839 E9B7 7481 B2EA B107 708C"
    assert fingerprint(new_key_pair()[1]) != text
    with pytest.raises(ValueError):
        fingerprint(b"short")


# --- certificates ------------------------------------------------------------------------------


def make_certificate(
    department: Ed25519PrivateKey, user_id: str = "wang.jun", public: bytes | None = None
) -> Certificate:
    return certify(
        department,
        database="0b7c6f1e-2f0a-4b8e-9d35-61c1b8f0a9d2",
        user_id=user_id,
        key_id="k1",
        public_key=public if public is not None else new_key_pair()[1],
        issued_at="2026-03-10T01:00:00Z",
    )


def test_a_certificate_checks_with_the_department_key_and_survives_its_json() -> None:
    department, department_public = new_key_pair()
    cert = make_certificate(department)
    assert check_certificate(department_public, cert)
    assert Certificate.from_json(cert.to_json()) == cert
    assert check_certificate(department_public, Certificate.from_json(cert.to_json()))


@pytest.mark.parametrize("field", ["database", "user_id", "key_id", "issued_at"])
def test_a_certificate_for_user_a_does_not_check_as_anything_else(field: str) -> None:
    department, department_public = new_key_pair()
    cert = make_certificate(department)
    other = replace(cert, **{field: "li.na" if field == "user_id" else getattr(cert, field) + "2"})
    assert not check_certificate(department_public, other)


def test_a_certificate_signed_by_another_department_key_fails() -> None:
    _, department_public = new_key_pair()
    impostor, impostor_public = new_key_pair()
    cert = make_certificate(impostor)
    assert check_certificate(impostor_public, cert)
    assert not check_certificate(department_public, cert)


def test_a_forged_key_the_department_did_not_certify_fails() -> None:
    """Someone puts their own key on wang.jun's row, keeping the department's certificate, or
    signs a certificate for it with that key: neither checks, and its signatures go nowhere."""
    department, department_public = new_key_pair()
    genuine = make_certificate(department)
    forger, forger_public = new_key_pair()
    assert not check_certificate(department_public, replace(genuine, public_key=forger_public))
    self_made = make_certificate(forger, public=forger_public)
    assert not check_certificate(department_public, self_made)
    assert not check_certificate(department_public, replace(genuine, signature=bytes(64)))


def test_a_certificate_for_an_unusable_key_is_refused_and_never_checks() -> None:
    department, department_public = new_key_pair()
    identity = (1).to_bytes(32, "little")
    with pytest.raises(ValueError):
        make_certificate(department, public=identity)
    with pytest.raises(ValueError):
        make_certificate(department, public=b"short")
    cert = make_certificate(department)
    assert not check_certificate(identity, cert)  # a department "key" anyone can sign with
    assert not check_certificate(department_public, replace(cert, public_key=b"short"))
    assert not check_certificate(department_public, "not a certificate")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        make_certificate(department, user_id="")


def test_an_unreadable_certificate_is_damaged() -> None:
    department, _ = new_key_pair()
    data = json.loads(make_certificate(department).to_json())
    for damaged in (
        "",
        json.dumps({**data, "purpose": "something else"}),
        json.dumps({**data, "public_key": "zz"}),
        json.dumps({**data, "user_id": 7}),
        json.dumps({k: v for k, v in data.items() if k != "signature"}),
    ):
        with pytest.raises(DamagedKey):
            Certificate.from_json(damaged)
