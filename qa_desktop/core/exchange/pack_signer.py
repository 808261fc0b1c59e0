"""Who signed a visit pack, and the signature itself (signature.json). Pure.

The manifest names its signer: the user, their key (id, fingerprint, the raw public key) and the
department key's certificate of that key. The pack proves only that whoever holds that private
key signed it; whether the key is one the reader trusts is the caller's question (`trusted`,
which the import answers from the department key it pins), asked only after the signature and
the certificate's own fields have been checked here.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from qa_desktop.core import signing
from qa_desktop.core.exchange import pack_messages as msg
from qa_desktop.core.exchange.pack_messages import Refusal
from qa_desktop.core.signing import Certificate, DamagedKey

ALGORITHM = "Ed25519"


class TrustVerdict(Enum):
    TRUSTED = "trusted"
    UNKNOWN = "unknown"  # a key the reader's database has never seen
    UNCERTIFIED = "uncertified"  # a known user, but the department key does not vouch for the key


@dataclass(frozen=True)
class Signer:
    """The pack's signer as its manifest names them."""

    user_id: str
    key_id: str
    public_key: bytes
    certificate: Certificate

    @property
    def fingerprint(self) -> str:
        return signing.fingerprint(self.public_key)

    def consistent(self) -> bool:
        """Whether the certificate is about this very key of this very user (whether the
        department key signed it is `trusted`'s to check, against the key it pins; a key of
        small order is refused by `signing.verify`, so no signature by it passes)."""
        cert = self.certificate
        return (
            cert.public_key == self.public_key
            and cert.user_id == self.user_id
            and cert.key_id == self.key_id
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "user_id": self.user_id,
            "key_id": self.key_id,
            "fingerprint": self.fingerprint,
            "public_key": base64.b64encode(self.public_key).decode("ascii"),
            "certificate": json.loads(self.certificate.to_json()),
        }


Trusted = Callable[[Signer], TrustVerdict]


def signer_from_dict(data: object) -> Signer:
    """The signer the manifest names; ValueError for anything malformed (the fingerprint must
    be the public key's: a person compares it)."""
    if not isinstance(data, dict) or set(data) != {
        "user_id", "key_id", "fingerprint", "public_key", "certificate"
    }:  # fmt: skip
        raise ValueError("a signer is its user, key, fingerprint, public key and certificate")
    try:
        user_id, key_id = data["user_id"], data["key_id"]
        if not (isinstance(user_id, str) and user_id and isinstance(key_id, str) and key_id):
            raise ValueError("a signer's user and key ids are texts")
        public = base64.b64decode(data["public_key"], validate=True)
        certificate = Certificate.from_json(json.dumps(data["certificate"]))
        signer = Signer(user_id, key_id, public, certificate)
        if len(public) != signing.KEY_BYTES or data["fingerprint"] != signer.fingerprint:
            raise ValueError("the fingerprint is the public key's")
    except (binascii.Error, DamagedKey, TypeError) as err:
        raise ValueError(f"unreadable signer: {err}") from err
    return signer


def check_signer(signer: Signer, private: Ed25519PrivateKey) -> None:
    """Before writing: the key signs as the signer and the certificate is of that key."""
    if signing.public_key_bytes(private) != signer.public_key:
        raise ValueError("the private key is not the signer's")
    if not signer.consistent():
        raise ValueError("the certificate is not of the signer's key")


# --- signature.json ---------------------------------------------------------------------------


def signature_document(private: Ed25519PrivateKey, manifest_raw: bytes) -> bytes:
    """signature.json: the Ed25519 signature of the manifest's exact bytes."""
    signature = private.sign(manifest_raw)
    return signing.canonical(
        {"algorithm": ALGORITHM, "signature": base64.b64encode(signature).decode("ascii")}
    )


def check_signature(signer: Signer, manifest_raw: bytes, document: bytes | None) -> None:
    """Refusal unless `document` is signature.json holding `signer`'s signature of exactly
    `manifest_raw` (NO_SIGNATURE when there is none, BAD_SIGNATURE for anything else)."""
    if document is None:
        raise Refusal(msg.NO_SIGNATURE)
    try:
        data = json.loads(document.decode("utf-8"))
        ok = (
            isinstance(data, dict)
            and set(data) == {"algorithm", "signature"}
            and data["algorithm"] == ALGORITHM
            and signing.canonical(data) == document
        )
        signature = base64.b64decode(data["signature"], validate=True) if ok else b""
    except (UnicodeDecodeError, ValueError, TypeError, binascii.Error, RecursionError):
        ok, signature = False, b""
    # `verify` re-encodes a payload canonically; the manifest is checked to be its own canonical
    # form, so verifying the parsed manifest is verifying these exact bytes.
    if not ok or not signing.verify(signer.public_key, json.loads(manifest_raw), signature):
        raise Refusal(msg.BAD_SIGNATURE)


def check_trust(signer: Signer, trusted: Trusted) -> None:
    """Refusal unless the certificate is of the signer's key and `trusted` vouches for it."""
    if not signer.consistent():
        raise Refusal(msg.UNCERTIFIED, user=signer.user_id)
    verdict = trusted(signer)
    if verdict is TrustVerdict.UNKNOWN:
        raise Refusal(msg.UNKNOWN_SIGNER, user=signer.user_id, fingerprint=signer.fingerprint)
    if verdict is not TrustVerdict.TRUSTED:
        raise Refusal(msg.UNCERTIFIED, user=signer.user_id)
