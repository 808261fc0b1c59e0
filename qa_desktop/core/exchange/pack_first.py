"""The first import on a field laptop: a database made for the pack, put in place only once the
pack is in it. Until then it lives under a temporary name beside the file asked for, so a pack
refused for any reason (not a pack, a return pack, a payload that does not read, a full disk)
leaves nothing behind, and a name typed wrong never becomes an empty database."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from qa_desktop.core.clock import Clock, utc_now
from qa_desktop.core.errors import translated
from qa_desktop.core.exchange.pack_import import Cancelling, Imported, Progress, import_pack
from qa_desktop.core.files import SIDE_FILES
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Packs"
MADE_MEANWHILE = QT_TRANSLATE_NOOP(
    "Packs", "Another program made {path} meanwhile: import the pack into it again."
)


def import_into_new(
    pack: Path,
    database: Path,
    clock: Clock = utc_now,
    progress: Progress | None = None,
    cancelled: Cancelling | None = None,
) -> Imported:
    """Import `pack` into a new database at `database` (where no file is yet)."""
    from qa_desktop.core.db import close_database, open_database

    database = Path(database).expanduser().resolve()
    temp = database.with_name(f".{database.name}.{os.getpid()}-{secrets.token_hex(4)}.new")
    try:
        db = open_database(temp, create=True)
        try:
            done = import_pack(pack, None, clock, progress, cancelled)
        finally:
            close_database(db)  # the last connection folds the WAL into the file
        _put_in_place(temp, database)
        return done
    finally:
        for side in ("", *SIDE_FILES):
            temp.with_name(temp.name + side).unlink(missing_ok=True)


def _put_in_place(temp: Path, database: Path) -> None:
    try:
        os.link(temp, database)  # fails if a file is there: never replaces one
    except FileExistsError:
        raise translated(CONTEXT, MADE_MEANWHILE, path=database) from None
    except OSError:  # no hard links here (FAT/exFAT USB sticks)
        if database.exists():
            raise translated(CONTEXT, MADE_MEANWHILE, path=database) from None
        os.rename(temp, database)
