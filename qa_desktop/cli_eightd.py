"""`qa-desktop export 8d`: the customer's 8D report as it stands (a draft, not issued), or with
--issue the next revision, recorded as sent (services/replies.py) and written to --out byte for
byte as stored: a revision is recorded only with its file written, and a file is left only with
its revision recorded. Errors are one sentence on stderr with a non-zero exit (cli.main), and
nothing is written: the target is checked before any work."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from qa_desktop.cli_accounts import acting, add_user_option
from qa_desktop.core.errors import translated
from qa_desktop.core.i18n import LANGUAGES, QT_TRANSLATE_NOOP

ISSUE_TO = QT_TRANSLATE_NOOP("Replies", "Say whom the 8D report is issued to: --to NAME.")
TO_WITHOUT_ISSUE = QT_TRANSLATE_NOOP(
    "Replies", "--to names whom an issued report went to: add --issue, or leave --to out."
)
CHANNELS = ("phone", "email", "fax", "visit", "letter", "sales")  # vocab.Channel's codes


def add_eightd_parser(kinds: argparse._SubParsersAction) -> None:
    eight = kinds.add_parser(
        "8d",
        help="the customer's 8D report (8D报告) as PDF: the draft, or with --issue the next "
        "revision, recorded as sent",
    )
    eight.add_argument("case_no")
    eight.add_argument("--db", type=Path, required=True, dest="db")
    eight.add_argument("--out", type=Path, required=True)
    eight.add_argument("--lang", choices=LANGUAGES, default="zh_CN")
    eight.add_argument(
        "--issue", action="store_true", help="issue it: the next revision (A, B …), kept as sent"
    )
    eight.add_argument("--to", dest="sent_to", default="", help="whom it is sent to (--issue)")
    eight.add_argument(
        "--channel",
        default="email",
        choices=CHANNELS,
        help="how it is sent (--issue; default email)",
    )
    add_user_option(eight)


def export_eightd(args: argparse.Namespace) -> int:
    """The draft as it stands, or with --issue the next revision: recorded as sent, and the
    document as stored (byte for byte) written to --out."""
    from qa_desktop.core.services.complaints import get_complaint

    complaint = get_complaint(args.case_no)  # a wrong number is refused before ReportLab loads
    if args.issue != bool(args.sent_to.strip()):
        raise translated("Replies", ISSUE_TO if args.issue else TO_WITHOUT_ISSUE)
    if not args.issue:
        from qa_desktop.core.services.eightd_sheet import write_eightd_report

        result = write_eightd_report(complaint.id, args.out, args.lang)
        print(f"{args.out}: {complaint.case_no} 8D report (draft, not issued)")
    else:
        from qa_desktop.core.services.replies import issue_8d

        actor, _password = acting(args)
        # Written as the revision is recorded, in its transaction: both, or neither.
        issued = issue_8d(complaint.id, args.sent_to, args.channel, args.lang, actor, out=args.out)
        reply, result = issued.reply, issued.export
        print(f"{args.out}: {complaint.case_no} 8D report revision {reply.revision}, "
              f"issued to {reply.sent_to} ({reply.channel}), sha256 {reply.content_hash}")  # fmt: skip
    if result.unprinted:
        from qa_desktop.core.i18n import current_language

        print(f"qa-desktop: warning: {result.message(current_language())}", file=sys.stderr)
    return 0
