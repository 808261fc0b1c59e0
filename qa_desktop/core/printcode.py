"""What the QR code on a printed sheet holds, as text: which database, what was printed, which
record, which version and the hash of exactly what was printed. Pure: no database, no drawing.

The text (format 1), fields separated by "/":

    QAD1/<database>/<KIND>/<record>/<version>/<content hash>
    QAD1/3F2A…(32)/SIGNOFF/9B1C…(32)/3/5E88…(64)

- `QAD1`: ours, format 1. A later format raises the number; this one then says "newer".
- database, record: UUIDs as 32 hex digits without hyphens; decoded back to the canonical
  lowercase form with hyphens (`str(uuid.UUID(...))`).
- KIND: what was printed, letters and digits: "signoff" (a handling proposal's sign-off sheet:
  record = the proposal, version = its round, hash = its content hash) or "confirmation" (the
  customer's quantity confirmation of a site visit: record = the visit, version = the
  confirmation's number on the visit, hash = the signed record's `record_hash`; a blank sheet
  for signing on paper: the hash of that record less the signer, who is not known until the
  paper comes back, so the returned scan says which quantities were printed).
- version: a decimal integer, no leading zeros (0 and up).
- content hash: sha256, 64 hex digits; decoded lowercase, as `hashlib` writes it.

Everything is upper case on purpose: digits, A-Z and "/" are all in QR's alphanumeric set (5.5
bits a character instead of 8), so the 145 characters fit a version-6 symbol (41 modules) at
error-correction level M instead of version 9 (53 modules) in byte mode. Printed 28 mm wide with
the quiet zone that is 0.57 mm a module: about 3.4 pixels at 150 dpi, enough for zxing-cpp.
`decode` also takes lower case, and ignores white space around the text (some readers add it).

Whether a code belongs to this database, and whether its kind is one the caller handles, is for
the caller to decide: `decode` returns any well-formed code intact.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

from qa_desktop.core.errors import UserError
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "PrintCode"
FORMAT = 1
PREFIX = f"QAD{FORMAT}"
SEPARATOR = "/"
SIGNOFF = "signoff"
CONFIRMATION = "confirmation"  # 150 characters: still version 6 at level M below version 100

_KIND = re.compile(r"[a-z][a-z0-9]{0,19}")
_UUID_HEX = re.compile(r"[0-9a-f]{32}")
_VERSION = re.compile(r"0|[1-9][0-9]{0,8}")
_HASH = re.compile(r"[0-9a-f]{64}")
_OUR_PREFIX = re.compile(r"QAD([1-9][0-9]{0,3})")


@dataclass(frozen=True)
class PrintCode:
    """What one printed sheet says it is."""

    database: str  # the database's uuid: a sheet from another database is recognised as such
    kind: str  # what was printed, e.g. "signoff"
    record: str  # the record's uuid
    version: int  # the version printed (a proposal's round)
    content_hash: str  # sha256 hex of exactly what was printed and signed

    @property
    def short_hash(self) -> str:
        """The first 8 hex digits, printed under the code so a person can match a sheet."""
        return self.content_hash[:8]


class PrintCodeError(UserError):
    """A QR code text that is not a QA Desktop code this version can read."""


class ForeignCode(PrintCodeError):
    """A QR code of another program: a supplier's label, a web address, a WeChat code."""


def encode(code: PrintCode) -> str:
    """The text to put in the QR code. Raises ValueError for a code our own program should never
    make (not a UUID, a negative version …): that is a bug, not something a user can fix."""
    kind = code.kind
    if not _KIND.fullmatch(kind):
        raise ValueError(f"kind must be lowercase letters and digits, not {kind!r}")
    if not isinstance(code.version, int) or not _VERSION.fullmatch(str(code.version)):
        raise ValueError(f"version must be an integer from 0 to 999999999, not {code.version!r}")
    digest = code.content_hash.lower()
    if not _HASH.fullmatch(digest):
        raise ValueError(f"content_hash must be 64 hex digits, not {code.content_hash!r}")
    fields = (
        PREFIX,
        uuid.UUID(str(code.database)).hex,
        kind,
        uuid.UUID(str(code.record)).hex,
        str(code.version),
        digest,
    )
    return SEPARATOR.join(fields).upper()


def decode(text: str, lang: str | None = None) -> PrintCode:
    """The code a QR text holds. Raises ForeignCode for another program's text, and
    PrintCodeError for one of ours that is damaged or of a newer format (one sentence each)."""
    parts = text.strip().lower().split(SEPARATOR)
    prefix = _OUR_PREFIX.fullmatch(parts[0].upper())
    if prefix is None:
        raise ForeignCode(translate(CONTEXT, _NOT_OURS, lang))
    if int(prefix.group(1)) > FORMAT:
        raise _error(_NEWER, lang)
    if int(prefix.group(1)) != FORMAT or len(parts) != 6:
        raise _error(_DAMAGED, lang)
    _, database, kind, record, version, digest = parts
    if not (
        _UUID_HEX.fullmatch(database)
        and _KIND.fullmatch(kind)
        and _UUID_HEX.fullmatch(record)
        and _VERSION.fullmatch(version)
        and _HASH.fullmatch(digest)
    ):
        raise _error(_DAMAGED, lang)
    return PrintCode(
        database=str(uuid.UUID(hex=database)),
        kind=kind,
        record=str(uuid.UUID(hex=record)),
        version=int(version),
        content_hash=digest,
    )


_NOT_OURS = QT_TRANSLATE_NOOP("PrintCode", "This QR code is not from a QA Desktop printout.")
_NEWER = QT_TRANSLATE_NOOP(
    "PrintCode",
    "This QR code was printed by a newer version of QA Desktop: update this copy to read it.",
)
_DAMAGED = QT_TRANSLATE_NOOP(
    "PrintCode", "This QR code looks like a QA Desktop code, but its content is damaged."
)


def _error(message: str, lang: str | None) -> PrintCodeError:
    return PrintCodeError(translate(CONTEXT, message, lang))
