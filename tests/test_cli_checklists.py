"""`qa-desktop checklist list|show|import|export`: the QA department's checklist templates from
the command line. Most tests call cli.main in this process (as a script would see it: exit code,
stdout, one line on stderr); one runs the real command in a separate process."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ENGINEER, PASSWORD, add_test_accounts, example_draft
from visit_scenarios import FIELD, clock, plan

from qa_desktop.cli import main
from qa_desktop.core.checklists import (
    ChecklistItem,
    ItemKind,
    default_template,
    template_hash,
    template_to_json,
)
from qa_desktop.core.models import AuditEntry, ChecklistTemplateVersion, Visit
from qa_desktop.core.services import visits
from qa_desktop.core.services.complaints import register_complaint

GLOVES = ChecklistItem("gloves_worn", ItemKind.YES_NO_NA, "Gloves worn?", "是否戴手套？", True)


@pytest.fixture
def cli(db, db_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture):
    """Run `qa-desktop ARGS --db the test database`: (exit code, stdout lines, stderr lines)."""
    monkeypatch.setenv("QA_DESKTOP_PASSWORD", PASSWORD)

    def run(*args: str | Path) -> tuple[int, list[str], list[str]]:
        capsys.readouterr()
        code = main([*map(str, args), "--db", str(db_path)])
        out, err = capsys.readouterr()
        return code, out.splitlines(), err.splitlines()

    return run


def version_2(**changes: object) -> str:
    """The default template with one more item, as version 2 (or `changes`)."""
    t = default_template()
    fields = {"version": 2, "items": (*t.items, GLOVES)} | changes
    return template_to_json(dataclasses.replace(t, **fields))


def written(path: Path, text: str | bytes) -> Path:
    if isinstance(text, str):
        path.write_text(text, encoding="utf-8")
    else:
        path.write_bytes(text)
    return path


def state() -> tuple[int, int]:
    """What a refused import must leave as it was: stored versions, audit entries."""
    return ChecklistTemplateVersion.select().count(), AuditEntry.select().count()


def planned_visit() -> Visit:
    add_test_accounts((FIELD, "field_staff"))
    complaint = register_complaint(example_draft(), ENGINEER)
    return visits.plan_visit(complaint.case_no, plan(), ENGINEER, clock).visit


# ----- list and show -----------------------------------------------------------------------------
def test_list_names_each_version_its_items_visits_and_the_current_one(cli, tmp_path):
    planned_visit()  # against version 1, the one in force
    assert (
        cli("checklist", "import", written(tmp_path / "v2.json", version_2()), "--user", "wang")[0]
        == 0
    )

    code, out, err = cli("checklist", "list")

    assert (code, err) == (0, [])
    names = "Site-visit checklist / 现场调查检查表"
    assert out == [
        "code        version  current  items  visits  name",
        f"site_visit        1              11       1  {names}",
        f"site_visit        2  yes         12       0  {names}",
    ]


def test_show_gives_the_items_of_the_current_or_a_chosen_version(cli, tmp_path):
    cli("checklist", "import", written(tmp_path / "v2.json", version_2()), "--user", "wang")

    code, out, _ = cli("checklist", "show", "site_visit")
    assert code == 0
    assert out[0] == (
        "site_visit version 2: Site-visit checklist / 现场调查检查表 (current; 12 items; 0 visits)"
    )
    assert out[1] == (
        "  1. defect_source  choice  required  Is the defect caused by our raw material? / "
        "不良是否为我方原材料造成？"
    )
    assert out[2] == "       our_material = Our raw material / 我方原材料"
    assert "  3. defective_used  number_with_unit (t)  required  " in "\n".join(out)
    assert out[-1] == " 12. gloves_worn  yes_no_na  required  Gloves worn? / 是否戴手套？"

    code, out, _ = cli("checklist", "show", "site_visit", "--version", "1")
    assert code == 0 and out[0].endswith("(not current; 11 items; 0 visits)")
    assert not any("gloves_worn" in line for line in out)


@pytest.mark.parametrize(
    ("args", "sentence"),
    [
        (["nope"], "There is no checklist “nope”."),
        (
            ["site_visit", "--version", "7"],
            "Checklist “site_visit” has no version 7; its versions are 1.",
        ),
    ],
)
def test_show_refuses_what_is_not_stored_in_one_sentence(cli, args, sentence):
    code, out, err = cli("checklist", "show", *args)
    assert (code, out, err) == (2, [], [f"qa-desktop: {sentence}"])


# ----- import ------------------------------------------------------------------------------------
def test_import_stores_a_new_version_once(cli, tmp_path):
    visit = planned_visit()
    path = written(tmp_path / "site-visit-v2.json", version_2())

    code, out, err = cli("checklist", "import", path, "--user", "wang")

    assert (code, err) == (0, [])
    assert out == [
        f"{path}: checklist site_visit version 2 stored (12 items); "
        "new visits are filled against it"
    ]
    stored = ChecklistTemplateVersion.get(version=2)
    assert stored.created_by == "wang" and stored.body == version_2()
    assert Visit.get_by_id(visit.id).template.version == 1, "a visit keeps its version"
    before = state()

    code, out, err = cli("checklist", "import", path, "--user", "wang")

    assert (code, err) == (0, [])
    assert out == [
        f"{path}: checklist site_visit version 2 is stored already with these items; "
        "nothing changed"
    ]
    assert state() == before


def test_an_older_version_number_is_stored_but_does_not_become_current(cli, tmp_path):
    cli(
        "checklist", "import", written(tmp_path / "v3.json", version_2(version=3)), "--user", "wang"
    )
    code, out, _ = cli(
        "checklist", "import", written(tmp_path / "v2.json", version_2()), "--user", "wang"
    )
    assert code == 0
    assert out[0].endswith("version 2 stored (12 items); version 3 stays current")


def test_a_template_of_another_code_is_a_checklist_of_its_own(cli, tmp_path):
    other = version_2(code="coil_storage", version=1, items=(GLOVES,), name_zh="")
    code, out, _ = cli("checklist", "import", written(tmp_path / "c.json", other), "--user", "wang")
    assert code == 0
    assert out[0].endswith(
        "checklist coil_storage version 1 stored (1 item); it is the current version"
    )
    listed = cli("checklist", "list")[1]
    assert [line.split()[:3] for line in listed[1:]] == [
        ["coil_storage", "1", "yes"],
        ["site_visit", "1", "yes"],
    ]
    assert visits_template_code() == "site_visit", "visits are planned with the site-visit one"


def visits_template_code() -> str:
    from qa_desktop.core.services import checklists

    return checklists.current().code


def test_a_version_stored_with_other_items_is_refused(cli, tmp_path):
    shorter = dataclasses.replace(default_template(), items=default_template().items[:3])
    path = written(tmp_path / "v1.json", template_to_json(shorter))
    before = state()

    code, out, err = cli("checklist", "import", path, "--user", "wang")

    assert (code, out) == (2, [])
    assert err == [
        "qa-desktop: Version 1 of checklist “site_visit” is already stored with other items; "
        "give the file version 2 to add it as a new version."
    ]
    assert state() == before


def _item(**changes: object) -> dict[str, object]:
    row: dict[str, object] = json.loads(template_to_json(default_template()))["items"][6]
    return row | changes  # "weight", a number in tonnes


def _file(*items: dict[str, object]) -> str:
    data = json.loads(version_2())
    data["items"] = list(items)
    return json.dumps(data, ensure_ascii=False)


BAD_FILES = {
    "not JSON": ("{items: [", "The checklist template is not readable JSON."),
    "not UTF-8": (
        "版本".encode("gb18030"),
        "The file bad.json is not UTF-8 text; save it as UTF-8 and import it again.",
    ),
    "too big": (
        " " * (1024 * 1024 + 1) + "{}",
        "The file bad.json is too large to be a checklist.",
    ),
    "not a template": (
        "[1, 2]",
        "The checklist template is not laid out as a template: an object with its items.",
    ),
    "unknown kind": (
        _file(_item(kind="signature")),
        "The item “weight” has an unknown kind; use yes/no/not applicable, number with unit, "
        "text, choice or photo.",
    ),
    "duplicate key": (
        _file(_item(), _item(label_en="Weight again")),
        "The checklist template has two items with the key “weight”.",
    ),
    "missing label": (
        _file(_item(label_en=" ", label_zh="")),
        "The item “weight” needs an English or a Chinese label.",
    ),
    "bad unit": (
        _file(_item(unit="furlongs")),
        "The number item “weight” has a unit this application does not know.",
    ),
    "choice without choices": (
        _file(_item(kind="choice", unit="")),
        "The choice item “weight” needs at least one choice.",
    ),
    "a field twice": (
        '{"code": "a", "code": "b"}',
        "The checklist template names the field “code” twice.",
    ),
    "bad key": (
        _file(_item(key="Weight")),
        "An item's key must be 1 to 40 lower-case letters, digits or underscores, starting "
        "with a letter.",
    ),
}


@pytest.mark.parametrize(("text", "sentence"), BAD_FILES.values(), ids=BAD_FILES.keys())
def test_every_bad_file_is_one_sentence_and_nothing_is_written(
    cli, tmp_path, monkeypatch, text, sentence
):
    # No password either: a bad file is refused before anyone is asked for one (asking would
    # read the captured stdin and fail otherwise).
    monkeypatch.delenv("QA_DESKTOP_PASSWORD")
    path = written(tmp_path / "bad.json", text)
    before = state()

    code, out, err = cli("checklist", "import", path, "--user", "wang")

    assert (code, out, err) == (2, [], [f"qa-desktop: {sentence}"])
    assert state() == before


def test_a_missing_file_is_one_sentence(cli, tmp_path):
    code, _, err = cli("checklist", "import", tmp_path / "gone.json", "--user", "wang")
    assert code == 2
    assert err == ["qa-desktop: The file gone.json could not be read: No such file or directory."]


def test_import_needs_someone_who_may_edit(cli, tmp_path):
    add_test_accounts((FIELD, "field_staff"))
    path = written(tmp_path / "v2.json", version_2())
    before = state()

    assert cli("checklist", "import", path)[2] == [
        "qa-desktop: This command writes: say who you are with --user ID."
    ]
    code, _, err = cli("checklist", "import", path, "--user", "zhou")

    assert code == 2 and len(err) == 1
    assert "may not do this" in err[0]
    assert state()[0] == before[0]


# ----- export ------------------------------------------------------------------------------------
def test_export_writes_the_canonical_json_that_imports_back(cli, tmp_path):
    cli("checklist", "import", written(tmp_path / "v2.json", version_2()), "--user", "wang")
    out = tmp_path / "copy.json"

    code, lines, err = cli("checklist", "export", "site_visit", "--version", "1", "--out", out)

    assert (code, err) == (0, [])
    assert lines == [f"{out.resolve()}: checklist site_visit version 1 (11 items)"]
    assert out.read_text("utf-8") == template_to_json(default_template())
    assert hashlib.sha256(out.read_bytes()).hexdigest() == template_hash(default_template())
    before = state()
    code, lines, _ = cli("checklist", "import", out, "--user", "wang")
    assert code == 0 and lines[0].endswith("is stored already with these items; nothing changed")
    assert state() == before

    latest = tmp_path / "latest.json"
    assert cli("checklist", "export", "site_visit", "--out", latest)[0] == 0
    assert latest.read_text("utf-8") == version_2()  # without --version: the current one


def test_export_refuses_a_wrong_target_or_version_and_writes_nothing(cli, tmp_path, db_path):
    before = sorted(p.name for p in tmp_path.iterdir())
    for args, sentence in (
        (["--out", tmp_path / "t.txt"], "Give a file name that ends in .json (t.txt does not)."),
        (
            ["--version", "4", "--out", tmp_path / "t.json"],
            "Checklist “site_visit” has no version 4; its versions are 1.",
        ),
    ):
        code, out, err = cli("checklist", "export", "site_visit", *args)
        assert (code, out, err) == (2, [], [f"qa-desktop: {sentence}"])
    database = tmp_path / "looks-like.json"
    database.write_bytes(db_path.read_bytes())
    code, _, err = cli("checklist", "export", "site_visit", "--out", database)
    assert code == 2 and "never replaces a database" in err[0]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([*before, database.name])


# ----- as a separate process ---------------------------------------------------------------------
def test_the_real_command_refuses_a_bad_file_in_one_line(db, db_path, tmp_path):
    bad = written(tmp_path / "bad.json", _file(_item(kind="choice", unit="")))
    env = dict(os.environ, QA_DESKTOP_PASSWORD=PASSWORD, QT_QPA_PLATFORM="offscreen")
    command = [sys.executable, "-m", "qa_desktop", "checklist"]
    result = subprocess.run(
        [*command, "import", str(bad), "--db", str(db_path), "--user", "wang"],
        capture_output=True, text=True, env=env, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr == "qa-desktop: The choice item “weight” needs at least one choice.\n"
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("SELECT count(*) FROM checklist_template").fetchone()[0] == 1
    finally:
        conn.close()
    listed = subprocess.run(
        [*command, "list", "--db", str(db_path)], capture_output=True, text=True, env=env,
        timeout=60, check=False,
    )  # fmt: skip
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.splitlines()[1].split()[:5] == ["site_visit", "1", "yes", "11", "0"]
