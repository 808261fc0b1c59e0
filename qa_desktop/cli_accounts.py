"""`qa-desktop user …` and `verify`, and how a headless command learns who is acting.

A command that writes takes `--user ID` and reads the password from the terminal, or from
QA_DESKTOP_PASSWORD for scripts (a new password from QA_DESKTOP_NEW_PASSWORD); the password is
checked like a sign-in in the window: counted, and the account locked at the limit."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from qa_desktop.core.errors import UserError, translated
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP

PASSWORD_ENV = "QA_DESKTOP_PASSWORD"
NEW_PASSWORD_ENV = "QA_DESKTOP_NEW_PASSWORD"
NO_USER = QT_TRANSLATE_NOOP("Accounts", "This command writes: say who you are with --user ID.")
NO_PASSWORD = QT_TRANSLATE_NOOP(
    "Accounts",
    "No password: type it at the prompt, or set QA_DESKTOP_PASSWORD for a script.",
)
MISMATCH = QT_TRANSLATE_NOOP("Accounts", "The two new passwords differ.")


def add_parsers(commands: argparse._SubParsersAction) -> None:
    user = commands.add_parser(
        "user", help="accounts: add, list, passwd, deactivate, unlock, roles"
    )
    verbs = user.add_subparsers(dest="verb", metavar="VERB", required=True)
    add = verbs.add_parser("add", help="a new account (the first one is the administrator)")
    add.add_argument("user_id", metavar="ID")
    add.add_argument("--name", required=True, help="the name printed under a signature")
    add.add_argument("--position", default="", help="the position printed under it (职务)")
    add.add_argument("--role", action="append", default=[], help="a role code (repeatable)")
    listing = verbs.add_parser("list", help="every account, with its roles and state")
    passwd = verbs.add_parser("passwd", help="change your password, or reset another's (admin)")
    passwd.add_argument("user_id", metavar="ID", nargs="?")
    deactivate = verbs.add_parser("deactivate", help="an account signs in no more (admin)")
    deactivate.add_argument("user_id", metavar="ID")
    deactivate.add_argument("--reason", required=True)
    unlock = verbs.add_parser("unlock", help="an account locked by wrong passwords (admin)")
    unlock.add_argument("user_id", metavar="ID")
    roles = verbs.add_parser("roles", help="set an account's roles (admin)")
    roles.add_argument("user_id", metavar="ID")
    roles.add_argument("role", nargs="+")
    role_add = verbs.add_parser("role-add", help="a new role (the matrix gives it rights) (admin)")
    role_add.add_argument("code")
    role_add.add_argument("--en", default="", help="its English name")
    role_add.add_argument("--zh", default="", help="its Chinese name")
    role_rename = verbs.add_parser("role-rename", help="a role's names (admin)")
    role_rename.add_argument("code")
    role_rename.add_argument("--en", default="")
    role_rename.add_argument("--zh", default="")
    delegate = verbs.add_parser("delegate", help="let a colleague sign for you for a while")
    delegate.add_argument("--to", required=True, metavar="ID", dest="delegate")
    delegate.add_argument("--first", required=True, type=_day, metavar="YYYY-MM-DD")
    delegate.add_argument("--last", required=True, type=_day, metavar="YYYY-MM-DD")
    delegate.add_argument("--cap", help="the most money on a complaint, in the base currency")
    delegate.add_argument("--reason", default="")
    for verb in (add, listing, passwd, deactivate, unlock, roles, role_add, role_rename, delegate):
        verb.add_argument("--db", type=Path, required=True)
        verb.add_argument("--user", dest="acting", metavar="ID", help="who is acting")

    scan = commands.add_parser("scan", help="a scanned, signed sheet coming back")
    scan_verbs = scan.add_subparsers(dest="verb", metavar="VERB", required=True)
    attach = scan_verbs.add_parser("attach", help="attach a scan (PDF, JPEG, PNG) by its QR code")
    attach.add_argument("file", type=Path)
    attach.add_argument("--db", type=Path, required=True)
    attach.add_argument("--user", dest="acting", metavar="ID", required=True)
    attach.add_argument("--case", help="the case to attach a scan without a readable code to")

    verify = commands.add_parser(
        "verify", help="check the audit trail, the keys and every signature (exit 1 if not)"
    )
    verify.add_argument("--db", type=Path, required=True)


def add_user_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--user", dest="acting", metavar="ID", help="who is acting (writes)")


def acting(args: argparse.Namespace):
    """The signed-in actor of a writing command and the password it gave (--user, checked)."""
    from qa_desktop.core.services import accounts

    accounts.require_accounts()
    if not args.acting:
        raise translated("Accounts", NO_USER)
    password = read_password()
    return accounts.sign_in(args.acting, password).actor, password


def read_password(prompt: str = "Password: ", env: str = PASSWORD_ENV) -> str:
    if env in os.environ:
        return os.environ[env]
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(prompt)
    line = sys.stdin.readline() if sys.stdin is not None else ""
    if not line:
        raise translated("Accounts", NO_PASSWORD)
    return line.rstrip("\r\n")


def read_new_password() -> str:
    if NEW_PASSWORD_ENV in os.environ:
        return os.environ[NEW_PASSWORD_ENV]
    first = read_password("New password: ", NEW_PASSWORD_ENV)
    typed = sys.stdin is not None and sys.stdin.isatty()
    if typed and getpass.getpass("New password again: ") != first:
        raise translated("Accounts", MISMATCH)
    return first


def cmd_user(args: argparse.Namespace) -> int:
    from qa_desktop.core.db import open_database

    open_database(args.db)
    return VERBS[args.verb](args)


def _add(args: argparse.Namespace) -> int:
    from qa_desktop.core.services import accounts

    if not accounts.has_accounts():
        if args.role and args.role != ["administrator"]:
            raise UserError("The first account is the administrator; add the others after it.")
        accounts.create_first_administrator(
            args.user_id, args.name, read_new_password(), args.position
        )
        print(f"{args.user_id}: administrator, holds the department key")
        return 0
    admin, admin_password = acting(args)
    row = accounts.add_user(
        admin,
        admin_password,
        args.user_id,
        args.name,
        read_new_password(),
        args.role,
        args.position,
    )
    print(f"{row.user_id}: {', '.join(row.roles)} (temporary password: changed at first sign-in)")
    return 0


def _list(args: argparse.Namespace) -> int:
    from qa_desktop.core.services import accounts

    for row in accounts.users():
        state = "deactivated" if not row.active else "locked" if row.locked else "active"
        print(f"{row.user_id}\t{row.display_name}\t{','.join(row.roles)}\t{state}")
    return 0


def _passwd(args: argparse.Namespace) -> int:
    from qa_desktop.core.services import accounts

    me, password = acting(args)
    if args.user_id in (None, me.user_id):
        accounts.change_password(me, password, read_new_password())
        print(f"{me.user_id}: password changed")
    else:
        accounts.reset_password(me, password, args.user_id, read_new_password())
        print(f"{args.user_id}: temporary password set; a new signing key was issued")
    return 0


def _deactivate(args: argparse.Namespace) -> int:
    from qa_desktop.core.services import accounts

    admin, password = acting(args)
    accounts.deactivate(admin, password, args.user_id, args.reason)
    print(f"{args.user_id}: deactivated")
    return 0


def _unlock(args: argparse.Namespace) -> int:
    from qa_desktop.core.services import accounts

    admin, password = acting(args)
    accounts.unlock(admin, password, args.user_id)
    print(f"{args.user_id}: unlocked")
    return 0


def _roles(args: argparse.Namespace) -> int:
    from qa_desktop.core.services import accounts

    admin, password = acting(args)
    temporary = read_new_password() if "administrator" in args.role else None
    accounts.set_roles(admin, password, args.user_id, args.role, temporary)
    print(f"{args.user_id}: {', '.join(sorted(set(args.role)))}")
    return 0


def _role_add(args: argparse.Namespace) -> int:
    from qa_desktop.core.services.roles import add_role

    admin, password = acting(args)
    role = add_role(admin, password, args.code, args.en, args.zh)
    print(f"{role.code}: {role.name_en} / {role.name_zh} (no rights until the matrix gives some)")
    return 0


def _role_rename(args: argparse.Namespace) -> int:
    from qa_desktop.core.services.roles import rename_role

    admin, password = acting(args)
    role = rename_role(admin, password, args.code, args.en, args.zh)
    print(f"{role.code}: {role.name_en} / {role.name_zh}")
    return 0


def _delegate(args: argparse.Namespace) -> int:
    from decimal import Decimal, InvalidOperation

    from qa_desktop.core.money import to_minor
    from qa_desktop.core.services.delegations import delegate
    from qa_desktop.core.services.matrix import matrix

    me, password = acting(args)
    cap = None
    if args.cap is not None:
        try:
            cap = to_minor(Decimal(args.cap.replace(",", "")), matrix().base_currency)
        except InvalidOperation:
            raise UserError(f"--cap: {args.cap} is not an amount.") from None
    delegate(me, password, args.delegate, args.first, args.last, cap, args.reason)
    print(f"{me.user_id} → {args.delegate}: {args.first} to {args.last}")
    return 0


def _day(text: str):
    from datetime import date

    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text} is not a day; write it as YYYY-MM-DD") from None


VERBS = {
    "add": _add,
    "list": _list,
    "passwd": _passwd,
    "deactivate": _deactivate,
    "unlock": _unlock,
    "roles": _roles,
    "role-add": _role_add,
    "role-rename": _role_rename,
    "delegate": _delegate,
}


def cmd_scan(args: argparse.Namespace) -> int:
    from qa_desktop.core.db import open_database
    from qa_desktop.core.services.scans import attach_scan

    open_database(args.db)
    actor, _password = acting(args)
    from qa_desktop.core import media
    from qa_desktop.core.files import read_file

    try:
        data = read_file(args.file, media.MAX_BYTES)  # the intake refuses what is larger
    except OSError as exc:
        raise UserError(f"{args.file}: {exc.strerror or exc}.") from None
    outcome = attach_scan(data, args.file.name, actor, args.case)
    print(outcome.message)
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from qa_desktop.core.db import close_database, open_read_only
    from qa_desktop.core.key_pins import known_fingerprint, remember_fingerprint
    from qa_desktop.core.models import database_proxy
    from qa_desktop.core.verify import verify_file

    db = open_read_only(args.db)
    database_proxy.initialize(db)  # the signatures' records are read through the models
    try:
        conn = db.connection()
        database = conn.execute("SELECT value FROM meta WHERE key = 'database_uuid'").fetchone()
        known = known_fingerprint(database[0]) if database else None
        report = verify_file(conn, known)
    finally:
        close_database(db)
    for problem in report.problems:
        print(f"qa-desktop: {problem}", file=sys.stderr)
    if not report.ok:
        return 1
    if database and report.department_fingerprint:
        remember_fingerprint(database[0], report.department_fingerprint)
    print(
        f"{args.db}: ok — {report.entries} audit entries, {report.keys} certified keys, "
        f"{report.signatures} signatures, {report.confirmations} customer confirmations, "
        f"{report.documents} documents sent to customers; "
        f"department key {report.department_fingerprint}"
    )
    return 0
