"""Electronic signatures: Ed25519 key pairs, private keys sealed under their owner's password,
the one canonical JSON that is signed, and the department key's certificates. Pure: bytes and
dataclasses, no database, no Qt.

21 CFR Part 11 asks that a signature be bound to its record so that it cannot be copied onto
another (§11.70) and be made only by its owner (§11.200, §11.300). Here:
- a signature covers `canonical(payload)`, the exact bytes of the record's data, so any change to
  any field, or the same signature under another payload, fails `verify`;
- a user's private key exists only sealed (`SealedKey`: AES-256-GCM under a key Argon2id derives
  from the owner's password), bound by `aad` to its owner, so a sealed key copied onto another
  user's row does not open, and whoever copies the file still needs the password to sign;
- the department key certifies each user's public key (`Certificate`), so a key put into the file
  by someone else verifies nothing; the department key itself is checked by its `fingerprint`,
  remembered by each PC and printed on every sheet.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any
from uuid import UUID

from qa_desktop.core import passwords
from qa_desktop.core.passwords import KdfParams

# cryptography loads with the first key used, not with the window (a start-up uses none; the
# department key's fingerprint is a SHA-256).
if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import (
        Ed25519PrivateKey,
        Ed25519PublicKey,
    )
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

KEY_BYTES = 32
SIGNATURE_BYTES = 64
NONCE_BYTES = 12
SEALED_BYTES = KEY_BYTES + 16  # the private key and GCM's tag
SEALED_FORMAT = "qa-desktop sealed Ed25519 key"
# Put in front of every caller's aad, so these ciphertexts can never be taken for another use
# of the same derived key.
_AAD_PREFIX = b"qa-desktop sealed Ed25519 key v1\x00"
CERTIFICATE_PURPOSE = "qa-desktop user signing key certificate v1"


class WrongPassword(Exception):
    """The sealed key did not open: the password is wrong, or (which AES-GCM cannot tell apart)
    the sealed key was altered or belongs to another owner (`aad`)."""


class DamagedKey(ValueError):
    """A stored sealed key or certificate cannot be read at all: damaged, not a wrong password."""


# --- key pairs and fingerprints ------------------------------------------------------------------


def new_key_pair() -> tuple[Ed25519PrivateKey, bytes]:
    """A fresh key pair: the private key and the raw 32-byte public key."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    private = Ed25519PrivateKey.generate()
    return private, public_key_bytes(private)


def public_key_bytes(private: Ed25519PrivateKey) -> bytes:
    """The raw 32-byte public key of a private key."""
    return private.public_key().public_bytes_raw()


def fingerprint(public_raw: bytes) -> str:
    """SHA-256 of the raw public key as 16 groups of 4 hex digits ("3F2A 9C01 …"): what a person
    compares between a printout and the screen."""
    if not isinstance(public_raw, bytes) or len(public_raw) != KEY_BYTES:
        raise ValueError("an Ed25519 public key is 32 bytes")
    digest = hashlib.sha256(public_raw).hexdigest().upper()
    return " ".join(digest[i : i + 4] for i in range(0, len(digest), 4))


# The y-coordinates of the curve's 8 points of small order (identity, order 2, 4 and 8). OpenSSL
# accepts such a public key, and for the identity the signature R = identity, S = 0 verifies
# for every message: a key anyone can "sign" with. They are refused wherever a key is used.
_P = 2**255 - 19
_Y8 = 2707385501144840649318225287225658788936804267575313519463743609750303402022
SMALL_ORDER_Y = frozenset({0, 1, _P - 1, _Y8, _P - _Y8})


def _public_key(public_raw: object) -> Ed25519PublicKey | None:
    """The public key, or None for anything that is not a usable Ed25519 public key."""
    if not isinstance(public_raw, bytes | bytearray | memoryview):
        return None
    raw = bytes(public_raw)
    if len(raw) != KEY_BYTES:
        return None
    y = int.from_bytes(raw, "little") & ((1 << 255) - 1)  # the top bit is x's sign
    if y % _P in SMALL_ORDER_Y:
        return None
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        return Ed25519PublicKey.from_public_bytes(raw)
    except ValueError:
        return None


# --- the private key at rest ------------------------------------------------------------------


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


@dataclass(frozen=True)
class SealedKey:
    """A private key at rest: AES-256-GCM under a key derived from a password (`kdf`)."""

    kdf: KdfParams
    nonce: bytes
    ciphertext: bytes

    def __post_init__(self) -> None:
        if not isinstance(self.kdf, KdfParams):
            raise DamagedKey("a sealed key needs its key derivation parameters")
        if not isinstance(self.nonce, bytes) or len(self.nonce) != NONCE_BYTES:
            raise DamagedKey("a sealed key's nonce is 12 bytes")
        if not isinstance(self.ciphertext, bytes) or len(self.ciphertext) != SEALED_BYTES:
            raise DamagedKey("a sealed key's ciphertext is 48 bytes")

    def to_json(self) -> str:
        data = {
            "format": SEALED_FORMAT,
            "version": 1,
            "cipher": "AES-256-GCM",
            "kdf": self.kdf.to_dict(),
            "nonce": _b64(self.nonce),
            "ciphertext": _b64(self.ciphertext),
        }
        return json.dumps(data, sort_keys=True, separators=(",", ":"))

    @staticmethod
    def from_json(text: str) -> SealedKey:
        """The sealed key `to_json` wrote; DamagedKey for anything else."""
        try:
            data = json.loads(text)
            if (data["format"], data["version"], data["cipher"]) != (
                SEALED_FORMAT,
                1,
                "AES-256-GCM",
            ):
                raise DamagedKey("not a sealed key of this format")
            return SealedKey(
                kdf=KdfParams.from_dict(data["kdf"]),
                nonce=base64.b64decode(data["nonce"], validate=True),
                ciphertext=base64.b64decode(data["ciphertext"], validate=True),
            )
        except DamagedKey:
            raise
        except (KeyError, TypeError, ValueError, binascii.Error) as err:
            raise DamagedKey(f"unreadable sealed key: {err}") from err


def _check_aad(aad: bytes) -> bytes:
    if not isinstance(aad, bytes) or not aad:
        raise TypeError("aad names the key's owner: non-empty bytes")
    return _AAD_PREFIX + aad


def _check_kek(kek: bytes) -> AESGCM:
    if not isinstance(kek, bytes) or len(kek) != passwords.KEY_BYTES:
        raise ValueError("a key-encryption key is 32 bytes")
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    return AESGCM(kek)


def seal(private: Ed25519PrivateKey, password: str, *, aad: bytes) -> SealedKey:
    """The private key sealed under `password`, with a fresh salt (`new_kdf_params`) each time.
    `aad` names the owner (e.g. b"user:<user_id>:key:<key_id>"); it must be given again to open."""
    kdf = passwords.new_kdf_params()
    return seal_with_key(private, passwords.derive_key(password, kdf), aad=aad, kdf=kdf)


def unseal(sealed: SealedKey, password: str, *, aad: bytes) -> Ed25519PrivateKey:
    """The private key; WrongPassword when the password (or the owner named by `aad`) is not
    the one it was sealed under, or the sealed key was altered."""
    return unseal_with_key(sealed, passwords.derive_key(password, sealed.kdf), aad=aad)


def reseal(sealed: SealedKey, old_password: str, new_password: str, *, aad: bytes) -> SealedKey:
    """The same key pair sealed under a new password (new salt and nonce); the old password no
    longer opens what is returned. WrongPassword when `old_password` does not open `sealed`."""
    return seal(unseal(sealed, old_password, aad=aad), new_password, aad=aad)


def seal_with_key(
    private: Ed25519PrivateKey, kek: bytes, *, aad: bytes, kdf: KdfParams
) -> SealedKey:
    """`seal` for a caller that derived `kek` itself (`derive_key(password, kdf)`); `kdf` is
    recorded so that the password alone opens it later. A new random nonce every time."""
    cipher = _check_kek(kek)
    nonce = secrets.token_bytes(NONCE_BYTES)
    ciphertext = cipher.encrypt(nonce, private.private_bytes_raw(), _check_aad(aad))
    return SealedKey(kdf=kdf, nonce=nonce, ciphertext=ciphertext)


def unseal_with_key(sealed: SealedKey, kek: bytes, *, aad: bytes) -> Ed25519PrivateKey:
    """`unseal` with a key the caller derived from the password and `sealed.kdf`."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    cipher = _check_kek(kek)
    try:
        raw = cipher.decrypt(sealed.nonce, sealed.ciphertext, _check_aad(aad))
    except InvalidTag:
        raise WrongPassword("the sealed key did not open") from None
    return Ed25519PrivateKey.from_private_bytes(raw)


# --- what is signed ---------------------------------------------------------------------------


def canonical(data: Mapping[str, Any]) -> bytes:
    """The ONE canonical JSON of a payload, as UTF-8: keys sorted (by code point), no spaces
    (separators "," and ":"), non-ASCII text as itself, not \\u escapes.

    Values: None, booleans, integers, strings, lists/tuples and mappings with string keys;
    Decimal as its normalised fixed-point text (14.300 and 14.3 alike, as `documents.plain`);
    date and datetime as `isoformat()`; UUID as its text. Anything else, floats first (a binary
    fraction has no single spelling and amounts are integers or decimals), is a TypeError.
    Changing any of this changes the bytes of old payloads, and every old signature with them."""
    if not isinstance(data, Mapping):
        raise TypeError(f"a payload is a mapping, not {type(data).__name__}")
    text = json.dumps(
        _plain(data), sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    )
    return text.encode("utf-8")


def _plain(value: Any) -> Any:
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, int):
        return int(value)  # an IntEnum is its number
    if isinstance(value, str):
        return str.__str__(value)  # a str enum is its text, not "Class.MEMBER"
    if isinstance(value, Decimal):
        return _decimal_text(value)
    if isinstance(value, date):  # datetime included
        return value.isoformat()
    if isinstance(value, UUID):
        return str(value)
    if isinstance(value, Mapping):
        for key in value:
            if not isinstance(key, str):
                # json would turn 1 into "1": two payloads would sign alike.
                raise TypeError(f"payload keys are strings, not {type(key).__name__}: {key!r}")
        return {str.__str__(key): _plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    raise TypeError(f"no canonical form for {type(value).__name__}: {value!r}")


def _decimal_text(value: Decimal) -> str:
    if not value.is_finite():
        raise TypeError(f"no canonical form for {value}")
    if value.is_zero():
        return "0"  # not "-0" or "0E-3"
    return format(value.normalize(), "f")


def sign(private: Ed25519PrivateKey, payload: Mapping[str, Any]) -> bytes:
    """The 64-byte Ed25519 signature of `canonical(payload)`."""
    return private.sign(canonical(payload))


def verify(public_raw: bytes, payload: Mapping[str, Any], signature: bytes) -> bool:
    """Whether `signature` is `public_raw`'s signature of exactly this payload. False, never an
    exception, for anything wrong: a key or signature of the wrong type or length, a key of
    small order, a payload that has no canonical form."""
    key = _public_key(public_raw)
    if key is None or not isinstance(signature, bytes) or len(signature) != SIGNATURE_BYTES:
        return False
    from cryptography.exceptions import InvalidSignature

    try:
        key.verify(signature, canonical(payload))
    except (InvalidSignature, TypeError, ValueError, RecursionError):
        return False
    return True


# --- certificates: the department key vouches for a user's key ----------------------------------


@dataclass(frozen=True)
class Certificate:
    """The department key's statement that `public_key` (its `key_id`) is `user_id`'s signing
    key in the database `database` (the database's own id), from `issued_at` on."""

    database: str
    user_id: str
    key_id: str
    public_key: bytes
    issued_at: str
    signature: bytes

    def payload(self) -> dict[str, Any]:
        """What the department key signs: every field but the signature, and the purpose, so a
        certificate's signature can never pass for a signature of anything else."""
        return {
            "purpose": CERTIFICATE_PURPOSE,
            "database": self.database,
            "user_id": self.user_id,
            "key_id": self.key_id,
            "public_key": bytes(self.public_key).hex(),
            "issued_at": self.issued_at,
        }

    def to_json(self) -> str:
        data = {**self.payload(), "signature": _b64(self.signature)}
        return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)

    @staticmethod
    def from_json(text: str) -> Certificate:
        """The certificate `to_json` wrote (not yet checked: `check_certificate`); DamagedKey
        for anything unreadable."""
        try:
            data = json.loads(text)
            if data["purpose"] != CERTIFICATE_PURPOSE:
                raise DamagedKey("not a user key certificate")
            fields = [data[name] for name in ("database", "user_id", "key_id", "issued_at")]
            if not all(isinstance(value, str) for value in fields):
                raise DamagedKey("a certificate's fields are texts")
            return Certificate(
                database=data["database"],
                user_id=data["user_id"],
                key_id=data["key_id"],
                public_key=bytes.fromhex(data["public_key"]),
                issued_at=data["issued_at"],
                signature=base64.b64decode(data["signature"], validate=True),
            )
        except DamagedKey:
            raise
        except (KeyError, TypeError, ValueError, binascii.Error) as err:
            raise DamagedKey(f"unreadable certificate: {err}") from err


def certify(
    department_private: Ed25519PrivateKey,
    *,
    database: str,
    user_id: str,
    key_id: str,
    public_key: bytes,
    issued_at: str,
) -> Certificate:
    """The department key's certificate for a user's public key."""
    if _public_key(public_key) is None:
        raise ValueError("not a usable Ed25519 public key")
    for name, value in (
        ("database", database),
        ("user_id", user_id),
        ("key_id", key_id),
        ("issued_at", issued_at),
    ):
        if not isinstance(value, str) or not value:
            raise TypeError(f"a certificate's {name} is a non-empty text")
    unsigned = Certificate(database, user_id, key_id, bytes(public_key), issued_at, b"")
    return replace(unsigned, signature=sign(department_private, unsigned.payload()))


def check_certificate(department_public: bytes, cert: Certificate) -> bool:
    """Whether the department key signed exactly this certificate, for a usable key. The caller
    still compares `cert.user_id`, `key_id` and `database` with the row it is checking."""
    if not isinstance(cert, Certificate) or _public_key(cert.public_key) is None:
        return False
    try:
        payload = cert.payload()
    except (TypeError, AttributeError):
        return False
    return verify(department_public, payload, cert.signature)
