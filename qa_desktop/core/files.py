"""Files we write (exports, packs, backups) appear whole or not at all."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from qa_desktop.core.errors import UserError


@contextmanager
def atomic_output(target: Path | str) -> Iterator[Path]:
    """Yield a temporary path beside `target`; move it into place only if the block succeeds."""
    target = Path(target).expanduser().resolve()
    if target.is_dir():
        raise UserError(f"{target} is a folder; give a file name to write.")
    if not target.parent.is_dir():
        raise UserError(f"The folder {target.parent} does not exist.")
    if not os.access(target.parent, os.W_OK):
        raise UserError(f"The folder {target.parent} is read-only.")
    handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(handle)
    temp = Path(name)
    # mkstemp makes the file private (0600); an export on a shared folder should read like any
    # other file the user saves, so apply the user's umask instead.
    umask = os.umask(0)
    os.umask(umask)
    temp.chmod(0o666 & ~umask)
    try:
        yield temp
        os.replace(temp, target)
    finally:
        temp.unlink(missing_ok=True)
