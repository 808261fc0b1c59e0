"""`qa-desktop checklist list|show|import|export`: the QA department's checklist templates.

A template is stored as versions that never change: a visit keeps the version it was planned
with. `import` stores a file's version (the same file twice changes nothing; a version number
already stored with other items is refused); `export` writes a stored version as the canonical
JSON that `import` reads back. Reading needs no account; importing is a write (--user)."""

from __future__ import annotations

import argparse
from pathlib import Path

from qa_desktop.cli_accounts import acting


def add_parsers(commands: argparse._SubParsersAction) -> None:
    checklist = commands.add_parser("checklist", help="site-visit checklist templates (检查表)")
    verbs = checklist.add_subparsers(dest="verb", metavar="VERB", required=True)
    listing = verbs.add_parser(
        "list", help="every stored version: items, visits filled against it, the current one"
    )
    show = verbs.add_parser("show", help="a version's items (default: the current version)")
    show.add_argument("code", metavar="CODE")
    show.add_argument("--version", type=int, metavar="N")
    importing = verbs.add_parser("import", help="store the version a JSON file holds")
    importing.add_argument("file", type=Path, metavar="FILE")
    importing.add_argument("--user", dest="acting", metavar="ID", help="who is acting")
    export = verbs.add_parser("export", help="write a version as JSON, for a later import")
    export.add_argument("code", metavar="CODE")
    export.add_argument("--version", type=int, metavar="N")
    export.add_argument("--out", type=Path, required=True, metavar="FILE.json")
    for verb in (listing, show, importing, export):
        verb.add_argument("--db", type=Path, required=True)


def cmd_checklist(args: argparse.Namespace) -> int:
    from qa_desktop.core.db import open_database

    open_database(args.db, create=False)
    return VERBS[args.verb](args)


def _list(args: argparse.Namespace) -> int:
    from qa_desktop.core.services import checklists

    rows = checklists.versions()
    current, used = checklists.current_ids(), checklists.visit_counts()
    width = max([len("code"), *(len(row.code) for row in rows)])
    print(f"{'code':<{width}}  version  current  items  visits  name")
    for row in rows:
        items = len(checklists.template_of(row).items)
        mark = "yes" if row.id in current else ""
        print(
            f"{row.code:<{width}}  {row.version:>7}  {mark:<7}  {items:>5}  "
            f"{used.get(row.id, 0):>6}  {_names(row.name_en, row.name_zh)}"
        )
    return 0


def _show(args: argparse.Namespace) -> int:
    from qa_desktop.core.services import checklists

    row = checklists.find(args.code, args.version)
    template = checklists.template_of(row)
    state = "current" if row.id in checklists.current_ids() else "not current"
    visits = checklists.visit_counts().get(row.id, 0)
    print(
        f"{row.code} version {row.version}: {_names(template.name_en, template.name_zh)} "
        f"({state}; {_count(len(template.items), 'item')}; {_count(visits, 'visit')})"
    )
    for number, item in enumerate(template.items, 1):
        kind = f"{item.kind.value} ({item.unit})" if item.unit else item.kind.value
        needed = "required" if item.required else "optional"
        print(f"{number:>3}. {item.key}  {kind}  {needed}  {_names(item.label_en, item.label_zh)}")
        for choice in item.choices:
            print(f"       {choice.code} = {_names(choice.en, choice.zh)}")
    return 0


def _import(args: argparse.Namespace) -> int:
    from qa_desktop.core.services import checklists

    template = checklists.read_template(args.file)  # a bad file: refused before the password
    actor, _password = acting(args)
    template, new = checklists.store_template(template, actor)
    what = f"checklist {template.code} version {template.version}"
    if not new:
        print(f"{args.file}: {what} is stored already with these items; nothing changed")
        return 0
    top = checklists.current(template.code)
    if top.version != template.version:
        after = f"version {top.version} stays current"
    elif template.code == checklists.DEFAULT_CODE:  # the checklist visits are planned with
        after = "new visits are filled against it"
    else:
        after = "it is the current version"
    print(f"{args.file}: {what} stored ({_count(len(template.items), 'item')}); {after}")
    return 0


def _export(args: argparse.Namespace) -> int:
    from qa_desktop.core.files import check_target
    from qa_desktop.core.services import checklists

    check_target(args.out, ".json")  # before the look-up: a wrong name says so first
    row = checklists.find(args.code, args.version)
    out = checklists.export_template(row, args.out)
    items = _count(len(checklists.template_of(row).items), "item")
    print(f"{out}: checklist {row.code} version {row.version} ({items})")
    return 0


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def _names(en: str, zh: str) -> str:
    return " / ".join(name for name in (en, zh) if name)


VERBS = {"list": _list, "show": _show, "import": _import, "export": _export}
