"""The password check of a start-up signed in by the environment (QA_DESKTOP_USER and
QA_DESKTOP_PASSWORD), made through the file reader before its first paint (core/file_reader.py).

Only a clean success lets the window paint the register before the models load: the account
exists, may act, has no counted failures to reset, and the password verifies. Anything else is
left to the sign-in service once they have loaded (services/accounts.py), which counts a wrong
password, locks at the department's limit and says why, as it always has. The service also
gives the session after the paint, and only to an account that still holds the password hash
checked here (`accounts.session_of_checked`): the window never acts on this check alone.
"""

from __future__ import annotations

from typing import NamedTuple

from qa_desktop.core.actor import Actor
from qa_desktop.core.file_reader import FileReader
from qa_desktop.core.password_check import verify_password

ACCOUNT_SQL = (
    "SELECT user_id, display_name, password_hash, active, locked, failed_attempts"
    " FROM user_account WHERE user_id = ?"
)


class CheckedAccount(NamedTuple):
    """Who signed in, and the password hash their password was checked against."""

    actor: Actor
    password_hash: str


def checked_account(reader: FileReader, user_id: str, password: str) -> CheckedAccount | None:
    """The account if `password` is its password and nothing is left for the service to do;
    None otherwise (the service then signs in, or refuses, as without this check)."""
    row = reader.execute_sql(ACCOUNT_SQL, (user_id.strip(),)).fetchone()
    if row is None:
        return None
    found_id, display_name, password_hash, active, locked, failed_attempts = row
    if not active or locked or failed_attempts:
        return None
    if not verify_password(password_hash, password):
        return None
    return CheckedAccount(Actor(found_id, display_name), password_hash)
