"""Checking a password against its stored Argon2id hash: the one step of passwords that a
start-up signed in by the environment takes before its first paint (core/start_sign_in.py).

It calls Argon2's reference C code through the argon2-cffi-bindings package (`ffi`, `lib`: the
interface that package documents, and that argon2-cffi itself calls) rather than through
argon2-cffi's `PasswordHasher`: importing that package's Python layer took 10 ms of a cold
start (it reads `platform` to choose its defaults), the check itself well under one. Making
hashes, deriving keys and the rules for a new password stay in core/passwords.py, which
normalises and limits them with what is here; every sign-in checks through `verify_password`.
"""

from __future__ import annotations

import unicodedata

from _argon2_cffi_bindings import ffi, lib


def cost_is_sane(time_cost: object, memory_kib: object, parallelism: object) -> bool:
    values = (time_cost, memory_kib, parallelism)
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in values):
        return False
    assert isinstance(memory_kib, int) and isinstance(parallelism, int)  # for the type checker
    return min(values) >= 1 and memory_kib >= 8 * parallelism  # Argon2's own minimum


# Above these a stored hash or key is damaged or hostile, never ours (8× today's memory; a check
# at these limits takes seconds, not hours).
MAX_TIME_COST = 16
MAX_MEMORY_KIB = 1024 * 1024
MAX_PARALLELISM = 8


def within_limits(time_cost: int, memory_kib: int, parallelism: int) -> bool:
    return (
        cost_is_sane(time_cost, memory_kib, parallelism)
        and time_cost <= MAX_TIME_COST
        and memory_kib <= MAX_MEMORY_KIB
        and parallelism <= MAX_PARALLELISM
    )


def normalize_password(password: str) -> str:
    """The password as hashed: non-ASCII spaces made U+0020, then NFC (RFC 8265)."""
    spaced = "".join(" " if c != " " and unicodedata.category(c) == "Zs" else c for c in password)
    return unicodedata.normalize("NFC", spaced)


def password_secret(password: str) -> bytes:
    """The bytes hashed for `password`.

    surrogatepass: a lone surrogate (refused by check_new_password) still hashes, so a typed
    one fails to log in instead of raising; it can never equal a real password's bytes."""
    return normalize_password(password).encode("utf-8", "surrogatepass")


def verify_password(encoded: str, password: str) -> bool:
    """Whether `password` is the one `encoded` was made from, with the cost stored in it.

    False, never an exception, for a wrong password and for a damaged hash: not a string, not
    Argon2id, unreadable, or with parameters above the `MAX_` limits."""
    if not isinstance(encoded, str) or not isinstance(password, str):
        return False
    cost = argon2id_cost(encoded)
    if cost is None or not within_limits(*cost):
        return False
    secret = password_secret(password)
    checked = lib.argon2_verify(
        ffi.new("char[]", encoded.encode("ascii")),
        ffi.new("uint8_t[]", secret),
        len(secret),
        lib.Argon2_id,
    )
    return checked == lib.ARGON2_OK  # a mismatch, or a hash the C decoder refuses


def argon2id_cost(encoded: str) -> tuple[int, int, int] | None:
    """(time cost, memory in KiB, lanes) of an encoded Argon2id hash
    ("$argon2id$v=19$m=…,t=…,p=…$salt$hash"), None if it is not one. As argon2-cffi's
    `extract_parameters` reads it: a hash of version 1.0 has no "v=" part. A NUL would end
    the string the C code reads before its end: such a hash is damaged too."""
    if not encoded.isascii() or "\x00" in encoded:
        return None
    parts = encoded.split("$")
    if len(parts) == 5:
        parts.insert(2, "v=16")
    if len(parts) != 6 or parts[0] or parts[1] != "argon2id":
        return None
    try:
        fields = dict(item.split("=") for item in [parts[2], *parts[3].split(",")])
        values = {key: int(value) for key, value in fields.items()}
    except ValueError:
        return None
    if sorted(values) != ["m", "p", "t", "v"]:
        return None
    return values["t"], values["m"], values["p"]
