"""Passwords: Argon2id hashes for logging in, keys derived for sealing a signing key, and the
rules a new password must meet. Pure: no database, no Qt.

21 CFR Part 11 §11.300 asks that passwords stay known to their owner only: none is stored, only
an Argon2id hash (argon2-cffi) that is slow and memory-hard to guess from a copied file.

Normalisation (RFC 8265, the PRECIS OpaqueString profile): every password is NFC-normalised and
its non-ASCII spaces (the ideographic space U+3000 a Chinese input method types in full-width
mode) become U+0020 before it is hashed, derived or checked, so the same password typed through
two input methods opens the same account: a CJK compatibility ideograph (U+F900…, which some
input methods and old code pages give) is its unified character (豈 U+F900 is U+8C48), é
composed of e and an accent is é. Width is not folded (ａ stays ａ), as the profile says:
full-width letters are other characters.

Cost: `COST` is read each time a hash or key is made, so a test (or a later release) can change
it; verifying reads the parameters stored in the hash or `KdfParams`, so old hashes keep working
and `needs_rehash` says when to replace one at the next login. Stored parameters above the limits
(`password_check.MAX_…`) are treated as damaged: a hostile edit of the file could otherwise make
a login allocate gigabytes or run for hours.
"""

from __future__ import annotations

import base64
import binascii
import itertools
import json
import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError
from argon2.low_level import ARGON2_VERSION, hash_secret_raw

from qa_desktop.core.errors import translated
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP
from qa_desktop.core.password_check import (
    cost_is_sane,
    normalize_password,
    password_secret,
    within_limits,
)
from qa_desktop.core.text import has_control

CONTEXT = "Passwords"
HASH_BYTES = 32
SALT_BYTES = 16
KEY_BYTES = 32


@dataclass(frozen=True)
class Cost:
    """Argon2id's work factors: passes over memory, memory in KiB, lanes (threads)."""

    time_cost: int
    memory_kib: int
    parallelism: int

    def __post_init__(self) -> None:
        if not cost_is_sane(self.time_cost, self.memory_kib, self.parallelism):
            raise ValueError(f"not an Argon2 cost: {self}")


# Measured on the 2-core development machine (argon2-cffi 25.1, medians of 9): 145 ms with both
# cores, 274 ms with one (parallelism 1 or a busy core); RFC 9106's second choice (t=3, 64 MiB,
# p=4) took 94 ms. A signature checks the password and unseals the key: two runs, ~0.3 s, which
# the services run off the GUI thread. 128 MiB for a moment is affordable on an office PC.
DEFAULT_COST = Cost(time_cost=3, memory_kib=128 * 1024, parallelism=2)
FAST_TEST_COST = Cost(time_cost=1, memory_kib=8, parallelism=1)  # tests only: no protection
COST: Cost = DEFAULT_COST
# The demo file's accounts share a password printed in the README: a costly hash of it would
# protect nothing and only slow the demo (each signature checks the password twice).
DEMO_COST = Cost(time_cost=1, memory_kib=1024, parallelism=1)


@contextmanager
def cost(chosen: Cost) -> Iterator[None]:
    """Hashes and keys made inside use `chosen` (each stores its own parameters, so checking
    them later needs no setting)."""
    global COST
    before, COST = COST, chosen
    try:
        yield
    finally:
        COST = before


def _hasher(cost: Cost) -> PasswordHasher:
    return PasswordHasher(
        time_cost=cost.time_cost,
        memory_cost=cost.memory_kib,
        parallelism=cost.parallelism,
        hash_len=HASH_BYTES,
        salt_len=SALT_BYTES,
        type=Type.ID,
    )


def hash_password(password: str) -> str:
    """The Argon2id encoded string ("$argon2id$v=19$m=…,t=…,p=…$salt$hash") under `COST`,
    with a fresh random salt, of the normalised password (see the module's docstring)."""
    return _hasher(COST).hash(password_secret(password))


def needs_rehash(encoded: str) -> bool:
    """Whether a hash was made with other parameters than today's `COST` (or is unreadable):
    replace it with `hash_password` once the password has been verified."""
    try:
        return _hasher(COST).check_needs_rehash(encoded)
    except (InvalidHashError, ValueError, TypeError, AttributeError):
        return True


# --- keys derived from a password (the sealed signing key, core/signing.py) -------------------


@dataclass(frozen=True)
class KdfParams:
    """How a key was derived from a password: Argon2id v1.3 with this salt and cost."""

    salt: bytes
    time_cost: int
    memory_kib: int
    parallelism: int

    def __post_init__(self) -> None:
        if not isinstance(self.salt, bytes) or not 8 <= len(self.salt) <= 64:
            raise ValueError("a key derivation salt is 8 to 64 bytes")
        if not within_limits(self.time_cost, self.memory_kib, self.parallelism):
            raise ValueError("key derivation parameters out of range")

    def to_dict(self) -> dict[str, Any]:
        return {
            "algorithm": "argon2id",
            "version": ARGON2_VERSION,
            "salt": base64.b64encode(self.salt).decode("ascii"),
            "time_cost": self.time_cost,
            "memory_kib": self.memory_kib,
            "parallelism": self.parallelism,
        }

    @staticmethod
    def from_dict(data: Any) -> KdfParams:
        """The parameters from `to_dict`'s data; ValueError for anything else."""
        try:
            if data["algorithm"] != "argon2id" or data["version"] != ARGON2_VERSION:
                raise ValueError("not Argon2id version 1.3")
            return KdfParams(
                salt=base64.b64decode(data["salt"], validate=True),
                time_cost=data["time_cost"],
                memory_kib=data["memory_kib"],
                parallelism=data["parallelism"],
            )
        except (KeyError, TypeError, binascii.Error) as err:
            raise ValueError(f"unreadable key derivation parameters: {err}") from err

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), sort_keys=True, separators=(",", ":"))

    @staticmethod
    def from_json(text: str) -> KdfParams:
        try:
            return KdfParams.from_dict(json.loads(text))
        except (TypeError, json.JSONDecodeError) as err:
            raise ValueError(f"unreadable key derivation parameters: {err}") from err


def new_kdf_params() -> KdfParams:
    """A fresh 16-byte random salt with today's `COST`."""
    import secrets  # here: checking a password at start-up needs no new salt (nor OpenSSL)

    return KdfParams(
        secrets.token_bytes(SALT_BYTES), COST.time_cost, COST.memory_kib, COST.parallelism
    )


def derive_key(password: str, params: KdfParams) -> bytes:
    """32 bytes from the normalised password, Argon2id with `params` (raw, not encoded)."""
    return hash_secret_raw(
        secret=password_secret(password),
        salt=params.salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
        version=ARGON2_VERSION,
    )


# --- the rules for a new password ---------------------------------------------------------------

MIN_LENGTH = 8
MAX_LENGTH = 128
MIN_DIGITS_ONLY = 10
# A user id, a name or a word of them shorter than this is not refused inside a password ("li"
# would refuse every password with "li" in it); a Chinese name of 2 characters is (`_telling`).
MIN_PART = 4
_WORD = re.compile(r"[^\W_]+")  # letters and digits of any script; dots, dashes and _ split

CONTROL = QT_TRANSLATE_NOOP(
    "Passwords", "A password cannot contain tabs, line breaks or invisible control characters."
)
EDGE_SPACE = QT_TRANSLATE_NOOP("Passwords", "A password cannot begin or end with a space.")
TOO_SHORT = QT_TRANSLATE_NOOP("Passwords", "A password needs at least {minimum} characters.")
TOO_LONG = QT_TRANSLATE_NOOP("Passwords", "A password can have at most {maximum} characters.")
ONE_CHARACTER = QT_TRANSLATE_NOOP("Passwords", "A password cannot be one character repeated.")
DIGITS_ONLY = QT_TRANSLATE_NOOP(
    "Passwords", "A password of digits only needs at least {minimum} digits."
)
RUN = QT_TRANSLATE_NOOP(
    "Passwords",
    "A password cannot be a run of consecutive characters such as 12345678 or abcdefgh.",
)
COMMON = QT_TRANSLATE_NOOP("Passwords", "This is one of the most common passwords: choose another.")
HAS_USER_ID = QT_TRANSLATE_NOOP("Passwords", "A password cannot contain your user id.")
HAS_NAME = QT_TRANSLATE_NOOP("Passwords", "A password cannot contain your name.")

# The first tries of anyone guessing (lists of leaked passwords, in China and elsewhere) that
# the other rules let through; compared case-insensitively with the whole password.
_COMMON = """
    password password1 password123 passw0rd p@ssw0rd p@ssword iloveyou welcome1 sunshine
    princess football baseball superman starwars trustno1 letmein1 administrator admin123
    admin888 root1234 qwertyui qwerty12 qwerty123 qwertyuiop asdfghjk asdfghjkl zxcvbnm1
    1qaz2wsx zaq12wsx 1q2w3e4r 1q2w3e4r5t q1w2e3r4 abc12345 abcd1234 a1b2c3d4 abc123456
    aa123456 aa112233 qq123456 woaini1314 woaini520 5201314520 1314520520 1234567890
    0987654321 1234554321 1122334455
"""
COMMON_PASSWORDS = frozenset(_COMMON.split())


def check_new_password(password: str, user_id: str, display_name: str = "") -> None:
    """Refuse, with one translated sentence (`UserError`), a password a QA department would not
    accept for signing its decisions; return None when it is acceptable.

    The rules, checked on the normalised password (`normalize_password`), lengths in characters
    (a Chinese character counts one):
    - no tabs, line breaks or other control characters (`core.text.has_control`: they cannot be
      seen while typing, and one pasted by accident would lock its owner out);
    - no space at the beginning or the end (invisible on screen, dropped by many a paste);
    - 8 to 128 characters;
    - not one character repeated (11111111), not a run such as 12345678, abcdefgh or 87654321;
    - digits only only with at least 10 of them (a date of birth or a phone extension is the
      first guess); a password of letters and digits needs no particular mix, as NIST SP 800-63B
      advises: length, not composition rules, makes a password hard to guess;
    - not one of the most common passwords (`COMMON_PASSWORDS`);
    - not containing the user id or the name, ignoring case; nor their words run together
      (wang.jun → wangjun, Zhang Wei → zhangwei), nor any word of them, nor the name in pinyin
      (张伟 → zhangwei); each of these only when it has 4 characters or more, or 2 or more with
      a Chinese one (王军), since "li" or "qa" is part of too many unrelated passwords.
    """
    text = normalize_password(password)
    folded = text.casefold()
    if has_control(text):
        raise translated(CONTEXT, CONTROL)
    if text != text.strip(" "):
        raise translated(CONTEXT, EDGE_SPACE)
    if len(text) > MAX_LENGTH:
        raise translated(CONTEXT, TOO_LONG, maximum=MAX_LENGTH)
    if len(text) < MIN_LENGTH:
        raise translated(CONTEXT, TOO_SHORT, minimum=MIN_LENGTH)
    if len(set(folded)) == 1:
        raise translated(CONTEXT, ONE_CHARACTER)
    if text.isdecimal() and len(text) < MIN_DIGITS_ONLY:
        raise translated(CONTEXT, DIGITS_ONLY, minimum=MIN_DIGITS_ONLY)
    if _is_run(folded):
        raise translated(CONTEXT, RUN)
    if folded in COMMON_PASSWORDS:
        raise translated(CONTEXT, COMMON)
    if any(part in folded for part in _telling_parts(user_id, pinyin=False)):
        raise translated(CONTEXT, HAS_USER_ID)
    if any(part in folded for part in _telling_parts(display_name, pinyin=True)):
        raise translated(CONTEXT, HAS_NAME)


def _is_run(text: str) -> bool:
    """Each character the one after (or before) the previous: 12345678, abcdefgh, 98765432."""
    steps = {ord(b) - ord(a) for a, b in itertools.pairwise(text)}
    return steps in ({1}, {-1})


def _telling_parts(name: str, *, pinyin: bool) -> set[str]:
    """What of a user id or a name a password may not contain, case-folded: the whole, its
    words run together (wang.jun → wangjun), each word, and for a name its pinyin; each only
    if it says who it is (`_telling`)."""
    folded = normalize_password(name).casefold().strip()
    words = _WORD.findall(folded)
    parts = {folded, "".join(words), *words}
    if pinyin and any(_is_han(c) for c in folded):
        from qa_desktop.core.sorting import sort_key  # pypinyin loads on first use only

        parts.add("".join(sort_key(folded).split("\t", 1)[0].split()))
    return {part for part in parts if _telling(part)}


def _telling(part: str) -> bool:
    """4 characters or more (wang, steel), or 2 or more with a Chinese one (王军): shorter
    parts ("li", "qa", 王) are in too many passwords that have nothing to do with the user."""
    return len(part) >= MIN_PART or (len(part) >= 2 and any(_is_han(c) for c in part))


def _is_han(char: str) -> bool:
    return unicodedata.name(char, "").startswith("CJK UNIFIED IDEOGRAPH")
