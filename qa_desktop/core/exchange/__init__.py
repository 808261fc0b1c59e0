"""Visit packs between the factory and offline laptops (issue 11): the container, a signed ZIP
file (`.qavisit`) with a manifest of every member's SHA-256, written and read safely. What goes
into a pack (records, merges, conflicts) is the import/export's business, not this package's.
Pure: no database, no Qt."""

from qa_desktop.core.exchange.pack_format import (
    MAX_MEMBER_BYTES,
    MAX_MEMBERS,
    MAX_RATIO,
    MAX_TOTAL_BYTES,
    SUFFIX,
    Kind,
    Manifest,
    MemberEntry,
    PackFields,
    data_name,
    media_name,
    safe_name,
)
from qa_desktop.core.exchange.pack_messages import PackRefused
from qa_desktop.core.exchange.pack_read import Pack, open_pack, verify_pack
from qa_desktop.core.exchange.pack_signer import Signer, TrustVerdict
from qa_desktop.core.exchange.pack_write import write_pack

__all__ = [
    "MAX_MEMBERS",
    "MAX_MEMBER_BYTES",
    "MAX_RATIO",
    "MAX_TOTAL_BYTES",
    "SUFFIX",
    "Kind",
    "Manifest",
    "MemberEntry",
    "Pack",
    "PackFields",
    "PackRefused",
    "Signer",
    "TrustVerdict",
    "data_name",
    "media_name",
    "open_pack",
    "safe_name",
    "verify_pack",
    "write_pack",
]
