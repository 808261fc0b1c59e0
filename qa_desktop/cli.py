"""The `qa-desktop` command: the window by default, headless commands for administrators and checks.

Heavy modules (Qt, ReportLab, openpyxl) are imported only by the command that needs them, and
the commands' own modules (cli_*.py) only by a command: the window, the default, needs none of
them (a start-up pays for each import: benchmarks/register.py).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from qa_desktop import __version__
from qa_desktop.core.errors import UserError
from qa_desktop.core.i18n import LANGUAGES

if TYPE_CHECKING:
    from collections.abc import Callable

    from peewee import Database

    from qa_desktop.core.register import RegisterQuery


WINDOW_OPTIONS = ("--db", "--lang")


def window_arguments(argv: list[str]) -> argparse.Namespace | None:
    """`--db PATH` and `--lang LANG` (each once, `--db=PATH` too) when that is all `argv`
    holds: the window, read without building the parser (a start-up pays for every command's
    options). None for anything else (a command, help, the version, an abbreviation or a
    mistake): the full parser reads it, and says what is wrong."""
    values: dict[str, str] = {}
    items = iter(argv)
    for item in items:
        name, equals, value = item.partition("=")
        if name not in WINDOW_OPTIONS or name in values:
            return None
        if not equals:
            value = next(items, "")
        if not value or value.startswith("-"):
            return None
        values[name] = value
    lang = values.get("--lang")
    if lang is not None and lang not in LANGUAGES:
        return None
    db = values.get("--db")
    return argparse.Namespace(db=None if db is None else Path(db), lang=lang)


def build_parser() -> argparse.ArgumentParser:
    from qa_desktop.cli_accounts import add_parsers as add_account_parsers
    from qa_desktop.cli_accounts import add_user_option
    from qa_desktop.cli_checklists import add_parsers as add_checklist_parsers
    from qa_desktop.cli_eightd import add_eightd_parser
    from qa_desktop.cli_packs import add_parsers as add_pack_parsers

    parser = argparse.ArgumentParser(
        prog="qa-desktop", description="Customer complaints from the first call to closure."
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--db", type=Path, help="database file (default: in the user's data folder)"
    )
    parser.add_argument("--lang", choices=LANGUAGES, help="language of the window")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", help="fill a new database with realistic demo data")
    demo.add_argument("--db", type=Path, required=True, dest="db")
    demo.add_argument(
        "--complaints", type=int, default=300, help="how many complaints (default 300)"
    )
    demo.add_argument(
        "--seed", type=int, default=1, help="random seed: the same seed, the same data"
    )
    demo.add_argument("--anchor", type=date.fromisoformat, help="the demo's 'today' (YYYY-MM-DD)")

    export = commands.add_parser("export", help="write a document or a register")
    kinds = export.add_subparsers(dest="kind", metavar="KIND", required=True)
    register = kinds.add_parser("register", help="the complaint register (客户投诉登记表) as .xlsx")
    register.add_argument("--db", type=Path, required=True, dest="db")
    register.add_argument("--out", type=Path, required=True)
    register.add_argument("--lang", choices=LANGUAGES, default="zh_CN")
    _add_register_filters(register)
    tracking = kinds.add_parser(
        "tracking", help="the complaint tracking table (客户投诉处理跟踪表) as .xlsx"
    )
    tracking.add_argument("--db", type=Path, required=True, dest="db")
    tracking.add_argument("--out", type=Path, required=True)
    tracking.add_argument("--lang", choices=LANGUAGES, default="zh_CN")
    _add_register_filters(tracking)  # the same cases as the register export
    complaint = kinds.add_parser(
        "complaint", help="the complaint handling form (客户投诉处理单) as PDF"
    )
    complaint.add_argument("case_no")
    complaint.add_argument("--db", type=Path, required=True, dest="db")
    complaint.add_argument("--out", type=Path, required=True)
    complaint.add_argument("--lang", choices=LANGUAGES, default="zh_CN")
    signoff = kinds.add_parser(
        "signoff",
        help="a handling proposal's sign-off sheet (拟办意见审批单) as PDF, with its QR code",
    )
    signoff.add_argument("case_no")
    signoff.add_argument(
        "--proposal", type=int, help="its number on the case (default: the latest)"
    )
    signoff.add_argument("--db", type=Path, required=True, dest="db")
    signoff.add_argument("--out", type=Path, required=True)
    signoff.add_argument("--lang", choices=LANGUAGES, default="zh_CN")
    confirmation = kinds.add_parser(
        "confirmation",
        help="the customer's quantity confirmation of a site visit (不良数量确认单) as PDF",
    )
    confirmation.add_argument(
        "--blank",
        action="store_true",
        help="the sheet with empty signature boxes, to sign on paper",
    )
    visit = kinds.add_parser("visit", help="the site-visit report (现场调查报告) as PDF")
    for printout in (confirmation, visit):
        printout.add_argument("case_no")
        printout.add_argument(
            "--visit", type=int, help="its number on the case (default: the latest)"
        )
        printout.add_argument("--db", type=Path, required=True, dest="db")
        printout.add_argument("--out", type=Path, required=True)
        printout.add_argument("--lang", choices=LANGUAGES, default="zh_CN")

    add_eightd_parser(kinds)
    notice = kinds.add_parser(
        "notice",
        help="the quality abnormality notice (品质异常联络单) to the responsible department as PDF",
    )
    notice.add_argument("case_no")
    notice.add_argument("--db", type=Path, required=True, dest="db")
    notice.add_argument("--out", type=Path, required=True)
    notice.add_argument("--lang", choices=LANGUAGES, default="zh_CN")
    notice.add_argument(
        "--reply-by",
        metavar="YYYY-MM-DD",
        help="the day the department replies by (default: the next working day)",
    )

    config = commands.add_parser(
        "config", help="show the department's settings, or change one (KEY VALUE)"
    )
    config.add_argument("--db", type=Path, required=True, dest="db")
    config.add_argument("key", nargs="?", help="e.g. coil_number_forms")
    config.add_argument("value", nargs="?", help="the new value")
    add_user_option(config)

    check = commands.add_parser("check", help="integrity, foreign keys and schema version")
    check.add_argument("--db", type=Path, required=True, dest="db")
    commands.add_parser("self-check", help="register, export and verify in a temporary database")
    add_account_parsers(commands)
    add_pack_parsers(commands)
    add_checklist_parsers(commands)
    return parser


def _add_register_filters(parser: argparse.ArgumentParser) -> None:
    """The register window's filters. Values are checked by core.register_filters, so an unknown
    one is refused in one sentence instead of exporting an empty register."""
    add = parser.add_argument
    add("--search", default="", help="only complaints matching every word of this text")
    many = {"action": "append", "default": []}
    add(
        "--status", **many, help="a status code, or 'open' for every status but closed (repeatable)"
    )
    add("--severity", **many, help="major, serious or general (repeatable)")
    add("--category", **many, help="a category code, e.g. quality, transport (repeatable)")
    add("--market", help="domestic or export")
    add("--customer", help="the customer's name as the register lists it, or its English name")
    add("--defect-type", **many, help="a defect type code, e.g. scratch (repeatable)")
    add("--owner", help="the owner's name, exactly as on the complaints")
    add("--product", help="the product, exactly as on the complaints")
    add(
        "--due", help="late (a response clock overdue now, or one met late), overdue (now) or today"
    )
    add("--department", help="the responsible department, exactly as on the complaints")
    add("--repeat", choices=("yes", "no"), help="repeat complaints only, or first ones only")
    add("--from", dest="first", metavar="YYYY-MM-DD", help="received on or after this day")
    add("--to", dest="last", metavar="YYYY-MM-DD", help="received on or before this day")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = window_arguments(argv) or build_parser().parse_args(argv)
    try:
        if getattr(args, "command", None) is None:
            from qa_desktop.app import run_window

            return run_window(args.db, args.lang)
        return COMMANDS[args.command](args)
    except UserError as exc:
        return _fail(str(exc))
    except KeyboardInterrupt:
        print("qa-desktop: interrupted.", file=sys.stderr)
        return 130
    except Exception as exc:  # a fault of the disk or the file, or a bug: one sentence either way
        from qa_desktop.core import faults

        fault = faults.explain(exc)
        if fault is not None:
            return _fail(str(fault))
        return _fail(_unexpected(exc), code=70)


def _fail(sentence: str, code: int = 2) -> int:
    # A sentence may repeat what was typed (a case number, a user id): its line breaks and
    # control characters (a terminal's escape sequences) would split or repaint the line.
    from qa_desktop.core.text import clean_line

    print(f"qa-desktop: {clean_line(sentence)}", file=sys.stderr)
    return code


def _unexpected(exc: BaseException) -> str:
    """A bug: the sentence names it and where its details went (never a traceback on screen)."""
    from qa_desktop.crash import write_report

    report = write_report(exc)
    where = f" Details are in {report}." if report else ""
    return f"Something went wrong inside QA Desktop ({type(exc).__name__}: {exc}).{where}"


def _open(path: Path, create: bool = False):
    from qa_desktop.core.db import open_database

    return open_database(path, create=create)


def cmd_demo(args: argparse.Namespace) -> int:
    from qa_desktop.core.demo import load_demo

    db = _open(args.db, create=True)
    result = load_demo(db, args.complaints, seed=args.seed, anchor=args.anchor)
    print(
        f"{args.db}: {result.complaints} complaints, {result.coil_lines} coil lines, "
        f"{result.customers} customers"
    )
    from qa_desktop.core.demo_accounts import DEMO_PASSWORD, DEMO_USERS

    print(f"accounts (password {DEMO_PASSWORD} for each):")
    for user_id, name, _position, role in DEMO_USERS:
        print(f"  {user_id:<8} {name}  {role}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from qa_desktop.core.files import check_target

    db = _open(args.db)
    workbook = args.kind in ("register", "tracking")
    check_target(args.out, ".xlsx" if workbook else ".pdf")  # before any work
    if args.kind == "signoff":
        return _export_signoff(args)
    if args.kind in ("confirmation", "visit"):
        return _export_visit_document(args)
    if args.kind == "8d":
        from qa_desktop.cli_eightd import export_eightd

        return export_eightd(args)
    if args.kind == "notice":
        return _export_notice(args)
    if args.kind == "register":
        query = _register_query(db, args)  # a wrong filter is refused before openpyxl loads
        from qa_desktop.core.reports.register_xlsx import export_register

        count = export_register(db, query, args.out, lang=args.lang)
        print(f"{args.out}: {count} complaints")
    elif args.kind == "tracking":
        query = _register_query(db, args)
        from qa_desktop.core.reports.tracking_xlsx import export_tracking

        count = export_tracking(db, query, args.out, lang=args.lang)
        print(f"{args.out}: {count} complaints")
    else:
        from qa_desktop.core.services.complaints import get_complaint

        complaint = get_complaint(args.case_no)  # a wrong number is refused before ReportLab loads
        from qa_desktop.core.reports.complaint_pdf import export_complaint_pdf

        result = export_complaint_pdf(complaint, args.out, lang=args.lang)
        print(f"{args.out}: {args.case_no}")
        if result.unprinted:  # the file is written and usable; whoever prints it must know
            from qa_desktop.core.i18n import current_language

            print(f"qa-desktop: warning: {result.message(current_language())}", file=sys.stderr)
    return 0


def _export_signoff(args: argparse.Namespace) -> int:
    from qa_desktop.core.services.signoff import find_proposal, signoff_sheet

    sheet = signoff_sheet(find_proposal(args.case_no, args.proposal))  # refused before ReportLab
    from qa_desktop.core.reports.signoff_pdf import export_signoff_pdf

    result = export_signoff_pdf(sheet, args.out, lang=args.lang)
    state = "binding" if sheet.binding else "PRELIMINARY"
    print(f"{args.out}: {args.case_no} proposal {sheet.proposal_no} v{sheet.version} ({state})")
    if result.unprinted:
        from qa_desktop.core.i18n import current_language

        print(f"qa-desktop: warning: {result.message(current_language())}", file=sys.stderr)
    return 0


def _export_visit_document(args: argparse.Namespace) -> int:
    from qa_desktop.core.reports.exports import write_confirmation, write_visit_report
    from qa_desktop.core.services.visit_sheets import find_visit

    visit = find_visit(args.case_no, args.visit)  # a wrong case or number: refused here
    if args.kind == "confirmation":
        result = write_confirmation(visit, args.out, args.lang, blank=args.blank)
        what = "blank confirmation" if args.blank else "confirmation"
    else:
        result = write_visit_report(visit, args.out, args.lang)
        what = "site-visit report"
    print(f"{args.out}: {visit.complaint.case_no} visit {visit.number} ({what})")
    if result.unprinted:
        from qa_desktop.core.i18n import current_language

        print(f"qa-desktop: warning: {result.message(current_language())}", file=sys.stderr)
    return 0


def _export_notice(args: argparse.Namespace) -> int:
    from qa_desktop.core.reports.exports import write_notice

    reply_by = _day("--reply-by", args.reply_by)
    result = write_notice(args.case_no, args.out, args.lang, reply_by)
    print(f"{args.out}: {args.case_no.strip().upper()} quality abnormality notice")
    if result.unprinted:
        from qa_desktop.core.i18n import current_language

        print(f"qa-desktop: warning: {result.message(current_language())}", file=sys.stderr)
    return 0


def _register_query(db: Database, args: argparse.Namespace) -> RegisterQuery:
    """The RegisterQuery of `export register`'s filters, checked; the days are the department's."""
    from qa_desktop.core import settings
    from qa_desktop.core.register import RegisterQuery
    from qa_desktop.core.register_filters import check, customer_named, unknown_customer

    customer_id = None
    if args.customer is not None:
        customer_id = customer_named(db, args.customer)
        if customer_id is None:
            raise unknown_customer(args.customer)
    query = RegisterQuery(
        text=args.search,
        statuses=tuple(args.status),
        severities=tuple(args.severity),
        categories=tuple(args.category),
        market=args.market,
        customer_id=customer_id,
        defect_types=tuple(args.defect_type),
        owner=args.owner,
        product=args.product,
        due=args.due,
        responsible_department=args.department,
        repeat=None if args.repeat is None else args.repeat == "yes",
    )
    first, last = _day("--from", args.first), _day("--to", args.last)
    if first or last:
        query = query.between_days(first, last, settings.department_zone())
    check(db, query)
    return query


def _day(option: str, text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise UserError(f"{option}: {text} is not a day; write it as YYYY-MM-DD.") from None


def cmd_check(args: argparse.Namespace) -> int:
    from qa_desktop.core.db import check_database

    problems = check_database(args.db)
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        return 1
    print(f"{args.db}: ok")
    return 0


def cmd_config(args: argparse.Namespace) -> int:
    from qa_desktop.core.services.department import change_setting, department_settings
    from qa_desktop.core.settings import REGISTRY

    _open(args.db)
    if args.key is None:
        for key, value in department_settings().items():
            print(f"{key} = {value}    # {REGISTRY[key].description}")
        return 0
    if args.value is None:
        raise UserError(f"Give the new value of {args.key}: qa-desktop config --db PATH KEY VALUE.")
    from qa_desktop.cli_accounts import acting

    actor, _password = acting(args)
    try:
        value = change_setting(args.key, args.value, actor)
    except UserError as exc:  # the window shows it beside the field; here, name the field
        raise UserError(f"{args.key}: {exc}") from None
    print(f"{args.key} = {value}")
    return 0


def cmd_self_check(args: argparse.Namespace) -> int:
    from qa_desktop.core.selfcheck import run_self_check

    for line in run_self_check():
        print(line)
    return 0


def _elsewhere(module: str, name: str) -> Callable[[argparse.Namespace], int]:
    """A command of a cli_*.py module, imported when it runs."""

    def run(args: argparse.Namespace) -> int:
        from importlib import import_module

        return getattr(import_module(f"qa_desktop.{module}"), name)(args)

    return run


COMMANDS = {
    "pack": _elsewhere("cli_packs", "cmd_pack"),
    "checklist": _elsewhere("cli_checklists", "cmd_checklist"),
    "demo": cmd_demo,
    "export": cmd_export,
    "config": cmd_config,
    "check": cmd_check,
    "self-check": cmd_self_check,
    "user": _elsewhere("cli_accounts", "cmd_user"),
    "scan": _elsewhere("cli_accounts", "cmd_scan"),
    "verify": _elsewhere("cli_accounts", "cmd_verify"),
}
