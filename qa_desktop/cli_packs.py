"""`qa-desktop pack export|import`: visit packs between the factory and a field laptop.

At the factory, `pack export --case … --for USER` writes the outbound pack; on the laptop,
`pack import` loads it (the first import makes the laptop's database, and its user can then
sign in there). After the visit, `pack export` on the laptop (no --case) writes the return
pack, which `pack import` at the factory merges."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from qa_desktop.cli_accounts import acting
from qa_desktop.core.errors import translated
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from qa_desktop.core.exchange.pack_import import Imported

NO_FOR = QT_TRANSLATE_NOOP(
    "Packs", "Say whose laptop the pack is for with --for USER (or leave out --case on the laptop)."
)


def add_parsers(commands: argparse._SubParsersAction) -> None:
    pack = commands.add_parser("pack", help="visit packs for offline field laptops")
    verbs = pack.add_subparsers(dest="verb", metavar="VERB", required=True)
    export = verbs.add_parser(
        "export", help="the outbound pack (--case … --for USER) or, on the laptop, the return pack"
    )
    export.add_argument("--case", action="append", default=[], dest="cases", metavar="CASE_NO")
    export.add_argument("--for", dest="for_user", metavar="USER")
    export.add_argument("--out", type=Path, required=True, metavar="FILE.qavisit")
    importing = verbs.add_parser("import", help="load an outbound pack or merge a return pack")
    importing.add_argument("file", type=Path)
    for verb in (export, importing):
        verb.add_argument("--db", type=Path, required=True)
        verb.add_argument("--user", dest="acting", metavar="ID", help="who is acting")


def cmd_pack(args: argparse.Namespace) -> int:
    from qa_desktop.core.db import open_database

    if args.verb == "export":
        open_database(args.db, create=False)
        return _export(args)
    if not args.db.exists():  # a laptop's first import makes its database
        from qa_desktop.core.exchange.pack_first import import_into_new

        return _report(args, import_into_new(args.file, args.db))
    open_database(args.db, create=False)
    return _import(args)


def _export(args: argparse.Namespace) -> int:
    from qa_desktop.core.exchange.pack_export import export_outbound, export_return
    from qa_desktop.core.files import check_target

    check_target(args.out, ".qavisit")  # before the password is asked
    actor, password = acting(args)
    if args.cases:
        if not args.for_user:
            raise translated("Packs", NO_FOR)
        done = export_outbound(args.out, args.cases, args.for_user, actor, password)
        print(f"{args.out}: outbound pack for {args.for_user}, {done.visits} visits")
    else:
        done = export_return(args.out, actor, password)
        print(f"{args.out}: return pack, {done.visits} visits, {done.photos} files")
    return 0


def _import(args: argparse.Namespace) -> int:
    from qa_desktop.core.exchange.pack_import import import_pack
    from qa_desktop.core.services.accounts import has_accounts

    actor = acting(args)[0] if has_accounts() else None
    return _report(args, import_pack(args.file, actor))


def _report(args: argparse.Namespace, done: Imported) -> int:
    if done.already:
        print(f"{args.file}: imported before; nothing changed")
        return 0
    print(
        f"{args.file}: {done.kind} pack, cases {', '.join(done.cases)}: {done.created} new, "
        f"{done.merged} merged, {done.unchanged} unchanged, {done.conflicts} conflicts to settle"
    )
    if done.kind == "outbound" and done.for_user:
        print(f"{done.for_user} can now sign in to {args.db}")
    return 0
