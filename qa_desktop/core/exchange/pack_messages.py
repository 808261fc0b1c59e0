"""What a person reads when a visit pack is refused: one sentence per reason, translated.

The lower modules (zip_check, pack_format) raise `Refusal(reason, **values)`, which knows no file
name and no language; `open_pack` and `Pack.read` turn it into a `PackRefused` (a UserError)
naming the file, in the caller's language. `PackRefused.reason` is the untranslated sentence, so
a caller or a test can tell the reasons apart without parsing text.
"""

from __future__ import annotations

import unicodedata

from qa_desktop.core.errors import UserError
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "Packs"

# --- the file as a whole ----------------------------------------------------------------------
FILE_MISSING = QT_TRANSLATE_NOOP("Packs", "The file {name} does not exist.")
UNREADABLE = QT_TRANSLATE_NOOP("Packs", "{name} cannot be read ({error}).")
NOT_A_PACK = QT_TRANSLATE_NOOP("Packs", "{name} is not a visit pack.")
POLYGLOT = QT_TRANSLATE_NOOP(
    "Packs",
    "{name} is not a visit pack: it holds other data before or after the pack, as a picture "
    "with a pack hidden in it would.",
)
TRUNCATED = QT_TRANSLATE_NOOP(
    "Packs",
    "{name} is incomplete: it was cut short while being copied or saved; copy it again from "
    "the original.",
)
DAMAGED = QT_TRANSLATE_NOOP(
    "Packs",
    "{name} is damaged or was altered: its table of contents does not match what it holds.",
)
MULTI_DISK = QT_TRANSLATE_NOOP(
    "Packs", "{name} is one part of a split archive; a visit pack is always a single file."
)

# --- one member -------------------------------------------------------------------------------
UNSAFE_NAME = QT_TRANSLATE_NOOP(
    "Packs", "{name} holds a member with an unsafe name ({member}), so it is refused."
)
NOT_REGULAR = QT_TRANSLATE_NOOP(
    "Packs",
    "{name} holds {member}, which is a link or a folder rather than a file, so it is refused.",
)
DUPLICATE = QT_TRANSLATE_NOOP(
    "Packs",
    "{name} holds two members named {member} (ignoring letter case), so it is refused.",
)
TOO_MANY = QT_TRANSLATE_NOOP(
    "Packs", "{name} holds more than {limit} members, more than any visit pack, so it is refused."
)
MEMBER_TOO_BIG = QT_TRANSLATE_NOOP(
    "Packs", "{name} holds {member}, which expands to more than {limit}, so it is refused."
)
TOTAL_TOO_BIG = QT_TRANSLATE_NOOP(
    "Packs", "{name} expands to more than {limit} in all, so it is refused."
)
RATIO = QT_TRANSLATE_NOOP(
    "Packs",
    "{name} holds {member}, which expands more than {ratio} times (a compression bomb), so it "
    "is refused.",
)
METHOD = QT_TRANSLATE_NOOP(
    "Packs",
    "{name} holds {member}, compressed in a way QA Desktop does not read (only stored and "
    "deflate), so it is refused.",
)
ENCRYPTED = QT_TRANSLATE_NOOP(
    "Packs",
    "{name} holds {member}, which is encrypted; visit packs are never encrypted, so it is refused.",
)

# --- the manifest and its signature -----------------------------------------------------------
NO_MANIFEST = QT_TRANSLATE_NOOP(
    "Packs", "{name} has no manifest, so it was not written by QA Desktop."
)
BAD_MANIFEST = QT_TRANSLATE_NOOP(
    "Packs",
    "The manifest of {name} cannot be read: the pack was damaged or was not written by QA Desktop.",
)
NEWER = QT_TRANSLATE_NOOP("Packs", "{name} was made by a newer QA Desktop; update this one first.")
NO_SIGNATURE = QT_TRANSLATE_NOOP("Packs", "{name} is not signed, so it cannot be trusted.")
BAD_SIGNATURE = QT_TRANSLATE_NOOP(
    "Packs",
    "The signature of {name} does not match its manifest: the pack was altered after it was "
    "signed.",
)
UNKNOWN_SIGNER = QT_TRANSLATE_NOOP(
    "Packs",
    "{name} is signed by {user} with a key this database does not know ({fingerprint}), so it "
    "cannot be trusted.",
)
UNCERTIFIED = QT_TRANSLATE_NOOP(
    "Packs",
    "{name} is signed by {user} with a key the department key has not certified, so it cannot "
    "be trusted.",
)
NOT_LISTED = QT_TRANSLATE_NOOP(
    "Packs",
    "{name} holds {member}, which its manifest does not list: the pack was altered after it "
    "was signed.",
)
MISSING_MEMBER = QT_TRANSLATE_NOOP(
    "Packs",
    "{name} lacks {member}, which its manifest lists: the pack is incomplete or was altered.",
)
MISMATCH = QT_TRANSLATE_NOOP(
    "Packs",
    "{member} in {name} does not match its manifest: the pack was damaged or altered after it "
    "was signed.",
)
WANTED_OUTBOUND = QT_TRANSLATE_NOOP(
    "Packs",
    "{name} is a return pack from a laptop; import it into the factory's database instead.",
)
WANTED_RETURN = QT_TRANSLATE_NOOP(
    "Packs", "{name} is a visit pack for a laptop; import it into the laptop's database instead."
)

# --- writing ----------------------------------------------------------------------------------
WRITE_TOO_MANY = QT_TRANSLATE_NOOP(
    "Packs", "A visit pack holds at most {limit} files; export fewer cases at once."
)
WRITE_TOO_BIG = QT_TRANSLATE_NOOP(
    "Packs", "A visit pack holds at most {limit} in all; export fewer cases at once."
)
WRITE_MEMBER_TOO_BIG = QT_TRANSLATE_NOOP(
    "Packs", "{member} is larger than {limit}, more than a visit pack may hold."
)

MAX_SHOWN = 80  # characters of a member's name in a sentence


class Refusal(Exception):
    """A pack refused, before the file name and language are known."""

    def __init__(self, reason: str, **values: object) -> None:
        super().__init__(reason)
        self.reason = reason
        self.values = values

    def to_user(self, name: str, lang: str | None = None) -> PackRefused:
        return refused(self.reason, lang, name=name, **self.values)


class PackRefused(UserError):
    """A visit pack refused with one translated sentence; `reason` is the untranslated one."""

    def __init__(self, text: str, reason: str) -> None:
        super().__init__(text)
        self.reason = reason


def refused(reason: str, lang: str | None = None, **values: object) -> PackRefused:
    """The PackRefused for `reason` (one of the sentences above) with its placeholders filled."""
    filled = {key: shown(v) if key == "member" else v for key, v in values.items()}
    return PackRefused(translate(CONTEXT, reason, lang).format(**filled), reason)


def shown(member: object) -> str:
    """A member's name as a sentence may show it: control and format characters (a hostile name
    may hold a NUL or a right-to-left override) as escapes, at most MAX_SHOWN characters."""
    text = str(member)
    out = []
    for char in text[:MAX_SHOWN]:
        if unicodedata.category(char) in ("Cc", "Cf", "Cs", "Co", "Zl", "Zp"):
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(char)
    return "".join(out) + ("…" if len(text) > MAX_SHOWN else "")


def size_text(size: int) -> str:
    """40 MB, 4 GB: a limit as a sentence names it (binary units, as the limits are set)."""
    gib, mib = 1024**3, 1024**2
    if size >= gib and size % gib == 0:
        return f"{size // gib} GB"
    return f"{size // mib} MB"
