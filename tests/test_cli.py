"""The `qa-desktop` command run as a user runs it: a separate process, exit codes, one-line errors."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from conftest import ENGINEER, PASSWORD, damage_a_page
from pdfs import assert_a4

from qa_desktop import __version__


def run(
    *args: str | Path, data: Path, timeout: float = 60, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    env = dict(
        os.environ,
        QA_DESKTOP_DATA_DIR=str(data),
        QT_QPA_PLATFORM="offscreen",
        QA_DESKTOP_PASSWORD=PASSWORD,  # for a command given --user (the demo's accounts)
        **(env or {}),
    )
    return subprocess.run(
        [sys.executable, "-m", "qa_desktop", *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
        check=False,
    )


def assert_one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("qa-desktop: "), lines[0]
    return lines[0]


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """30 demo complaints written by `qa-desktop demo`; tests copy it before changing it."""
    folder = tmp_path_factory.mktemp("cli")
    path = folder / "demo.sqlite"
    result = run(
        "demo", "--db", path, "--complaints", "30", "--seed", "4", "--anchor", "2026-11-01",
        data=folder / "data",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"{path}: 30 complaints, ")
    summary, heading, *people = result.stdout.splitlines()
    assert summary.endswith("20 customers")
    assert heading == "accounts (password qa-demo-2026 for each):"  # as the README says
    assert len(people) == 6 and any("general_manager" in line for line in people)
    return path


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def demo_copy(demo_db: Path, tmp_path: Path) -> Path:
    path = tmp_path / "copy.sqlite"
    shutil.copyfile(demo_db, path)
    return path


def count(path: Path, sql: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchone()[0]
    finally:
        conn.close()


def test_version(data: Path) -> None:
    result = run("--version", data=data)
    assert result.returncode == 0
    assert result.stdout.strip() == f"qa-desktop {__version__}"


def test_demo_then_check(demo_db: Path, data: Path) -> None:
    assert count(demo_db, "SELECT count(*) FROM complaint") == 30
    result = run("check", "--db", demo_db, data=data)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"{demo_db}: ok"
    assert result.stderr == ""


def test_check_a_missing_file(tmp_path: Path, data: Path) -> None:
    missing = tmp_path / "missing.sqlite"
    line = assert_one_line_error(run("check", "--db", missing, data=data))
    assert "There is no database" in line
    assert not missing.exists()


def test_check_a_text_file(tmp_path: Path, data: Path) -> None:
    text = tmp_path / "notes.sqlite"
    text.write_text("call Foshan back about the scratches\n", "utf-8")
    line = assert_one_line_error(run("check", "--db", text, data=data))
    assert "not an SQLite file" in line


def test_check_a_newer_database(demo_copy: Path, data: Path) -> None:
    conn = sqlite3.connect(demo_copy)
    conn.execute("UPDATE meta SET value = '42' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    before = demo_copy.read_bytes()
    line = assert_one_line_error(run("check", "--db", demo_copy, data=data))
    assert "newer QA Desktop" in line and "42" in line
    assert demo_copy.read_bytes() == before


def test_check_reports_an_orphan_row(demo_copy: Path, data: Path) -> None:
    conn = sqlite3.connect(demo_copy)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("UPDATE coil_line SET complaint_id = 4242 WHERE id = 1")
    conn.commit()
    conn.close()
    result = run("check", "--db", demo_copy, data=data)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [
        "foreign key: coil_line row 1 points to a missing complaint"
    ]
    assert result.stdout == ""


def test_export_an_unknown_complaint(demo_db: Path, tmp_path: Path, data: Path) -> None:
    out = tmp_path / "form.pdf"
    result = run("export", "complaint", "NOPE-1", "--db", demo_db, "--out", out, data=data)
    assert result.returncode == 2
    assert result.stderr == "qa-desktop: There is no complaint NOPE-1.\n"
    assert not out.exists()


def test_export_from_a_missing_database(tmp_path: Path, data: Path) -> None:
    missing = tmp_path / "missing.sqlite"
    out = tmp_path / "register.xlsx"
    result = run("export", "register", "--db", missing, "--out", out, data=data)
    assert result.returncode == 2
    assert "There is no database" in assert_one_line_error(result)
    assert not missing.exists() and not out.exists()


def test_demo_refuses_a_database_with_complaints(demo_copy: Path, data: Path) -> None:
    result = run("demo", "--db", demo_copy, "--complaints", "5", data=data)
    assert result.returncode == 2
    assert "already holds 30 complaints" in assert_one_line_error(result)
    assert count(demo_copy, "SELECT count(*) FROM complaint") == 30


def test_demo_into_a_missing_folder(tmp_path: Path, data: Path) -> None:
    target = tmp_path / "nowhere" / "demo.sqlite"
    result = run("demo", "--db", target, "--complaints", "5", data=data)
    assert result.returncode == 2
    assert "does not exist" in assert_one_line_error(result)
    assert not target.parent.exists()


# --- success paths of the exporters (built in parallel) --------------------------------------


def test_export_register(demo_db: Path, tmp_path: Path, data: Path) -> None:
    out = tmp_path / "register.xlsx"
    result = run("export", "register", "--db", demo_db, "--out", out, data=data)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"{out}: 30 complaints"
    assert out.read_bytes()[:2] == b"PK"
    closed = count(demo_db, "SELECT count(*) FROM complaint WHERE status = 'closed'")
    assert 0 < closed < 30
    only = tmp_path / "closed.xlsx"
    result = run(
        "export", "register", "--db", demo_db, "--out", only, "--status", "closed", data=data
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"{only}: {closed} complaints"


@pytest.mark.parametrize(
    ("args", "where"),
    [
        (["--status", "open"], "status != 'closed'"),  # judged invalid still owes an answer
        (["--status", "closed", "--status", "invalid"], "status IN ('closed', 'invalid')"),
        (["--severity", "major", "--severity", "serious"], "severity != 'general'"),
        (["--category", "transport"], "category = 'transport'"),
        (["--market", "export"], "market = 'export'"),
        (["--customer", "chaozhou caitang kitchenware co."],  # the English name, any case
         "customer_id = (SELECT id FROM customer WHERE name = '潮州彩塘厨具有限公司')"),
        (["--defect-type", "rust", "--defect-type", "scratch"],
         "defect_type_id IN (SELECT id FROM defect_type WHERE code IN ('rust', 'scratch'))"),
        (["--owner", "李工", "--product", "精密带钢"], "owner = '李工' AND product = '精密带钢'"),
        (["--repeat", "yes"], "repeat = 1"),
        (["--repeat", "no", "--department", "冷轧车间"],
         "repeat = 0 AND responsible_department = '冷轧车间'"),
    ],
)  # fmt: skip
def test_export_register_filters_as_the_window_does(
    demo_db: Path, tmp_path: Path, data: Path, args: list[str], where: str
) -> None:
    expected = count(demo_db, f"SELECT count(*) FROM complaint WHERE {where}")
    assert 0 < expected < 30
    out = tmp_path / "register.xlsx"
    result = run("export", "register", "--db", demo_db, "--out", out, *args, data=data)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"{out}: {expected} complaints"


def test_export_tracking(demo_db: Path, tmp_path: Path, data: Path) -> None:
    """The tracking table of the same cases as the register export, in the language asked."""
    closed = count(demo_db, "SELECT count(*) FROM complaint WHERE status = 'closed'")
    out = tmp_path / "跟踪表.xlsx"
    result = run("export", "tracking", "--db", demo_db, "--out", out, "--status", "closed",
                 "--lang", "en", data=data)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"{out}: {closed} complaints"
    from openpyxl import load_workbook

    book = load_workbook(out, read_only=True)
    rows = list(book.active.iter_rows(values_only=True))
    book.close()
    assert book.active.title == "Complaint tracking table" and len(rows) == closed + 1
    status = rows[0].index("Status")
    assert {row[status] for row in rows[1:]} == {"Closed"}
    refused = run("export", "tracking", "--db", demo_db, "--out", tmp_path / "x.xlsx",
                  "--due", "soon", data=data)  # fmt: skip
    assert assert_one_line_error(refused) == (
        "qa-desktop: There is no due filter soon; use one of: late, overdue, today."
    )
    assert not (tmp_path / "x.xlsx").exists()


def test_export_register_late_cases(demo_copy: Path, tmp_path: Path, data: Path) -> None:
    """Late: a clock overdue now (its due time passed), or one met late."""
    conn = sqlite3.connect(demo_copy)
    conn.execute("UPDATE complaint SET late_clocks = 0, next_due_at = NULL")  # the demo's own
    conn.execute("UPDATE complaint SET late_clocks = 1 WHERE id % 3 = 0")
    conn.execute("UPDATE complaint SET next_due_at = '2026-01-01 00:00:00' WHERE id % 5 = 0")
    conn.execute("UPDATE complaint SET next_due_at = '2999-01-01 00:00:00' WHERE id % 7 = 0")
    conn.commit()
    conn.close()
    expected = len([i for i in range(1, 31) if i % 3 == 0 or (i % 5 == 0 and i % 7 != 0)])
    out = tmp_path / "late.xlsx"
    result = run("export", "register", "--db", demo_copy, "--out", out, "--due", "late", data=data)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"{out}: {expected} complaints"


def test_export_register_days_are_the_departments(demo_copy: Path, tmp_path: Path) -> None:
    """--from/--to are days in the department's zone (Shanghai), not the PC's (Los Angeles),
    and every filter combines: exactly one complaint is left."""
    data = tmp_path / "data"
    assert (
        run(
            "config", "--db", demo_copy, "time_zone", "Asia/Shanghai", "--user", "admin", data=data
        ).returncode
        == 0
    )
    conn = sqlite3.connect(demo_copy)
    case_no, received, customer_en, owner, product, code = conn.execute(
        "SELECT c.case_no, c.received_at, cu.name_en, c.owner, c.product, d.code FROM complaint c"
        " JOIN customer cu ON cu.id = c.customer_id JOIN defect_type d ON d.id = c.defect_type_id"
        " WHERE time(c.received_at) < '07:00' ORDER BY c.id LIMIT 1"  # before 15:00 in Shanghai
    ).fetchone()  # so the Shanghai day is not Los Angeles's: there it is the day before
    status, severity, category, market = conn.execute(
        "SELECT status, severity, category, market FROM complaint WHERE case_no = ?", (case_no,)
    ).fetchone()
    conn.close()
    day = (datetime.fromisoformat(received).replace(tzinfo=UTC) + timedelta(hours=8)).date()
    args = [
        "--from", day.isoformat(), "--to", day.isoformat(), "--status", status,
        "--severity", severity, "--category", category, "--market", market,
        "--customer", customer_en, "--defect-type", code, "--owner", owner, "--product", product,
        "--search", case_no,
    ]  # fmt: skip
    out = tmp_path / "register.xlsx"
    los_angeles = {"TZ": "America/Los_Angeles"}
    result = run(
        "export", "register", "--db", demo_copy, "--out", out, *args, data=data, env=los_angeles
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"{out}: 1 complaints"
    before = [
        "--from",
        (day - timedelta(days=1)).isoformat(),
        "--to",
        (day - timedelta(days=1)).isoformat(),
    ]
    result = run("export", "register", "--db", demo_copy, "--out", out, "--search", case_no,
                 *before, data=data, env=los_angeles)  # fmt: skip
    assert result.stdout.strip() == f"{out}: 0 complaints"


@pytest.mark.parametrize(
    ("args", "sentence"),
    [
        (["--status", "closed", "--status", "bogus"],
         "There is no status bogus; use one of: registered, containment, investigation, handling,"
         " replied, follow_up, closed, invalid, answered, open."),
        (["--severity", "urgent"], "There is no severity urgent; use one of: major, serious, general."),
        (["--category", "quality", "--category", "looks"],
         "There is no category looks; use one of: quality, quantity, grade_spec, delivery,"
         " transport, service."),
        (["--market", "eu"], "There is no market eu; use one of: domestic, export."),
        (["--customer", "佛三"],
         "There is no customer 佛三; give its name as the customer filter lists it, or its"
         " English name."),
        (["--owner", "王公"],
         "No complaint has the owner 王公; the owners are: Chen Wei, 李工, Liu Yang, 王工, 赵工, 周工."),
        (["--from", "2026-13-01"], "--from: 2026-13-01 is not a day; write it as YYYY-MM-DD."),
        (["--due", "behind"], "There is no due filter behind; use one of: late, overdue, today."),
        (["--department", "冷轧"],
         "No complaint has the responsible department 冷轧; the departments are: 精整车间,"
         " 冷轧车间, 品质部, 退火酸洗车间, 物流部."),
        (["--from", "2026-05-01", "--to", "2026-04-01"],
         "The received-date range ends before it starts (2026-05-01 to 2026-04-01)."),
    ],
)  # fmt: skip
def test_export_register_refuses_an_unknown_filter_value(
    demo_db: Path, tmp_path: Path, data: Path, args: list[str], sentence: str
) -> None:
    out = tmp_path / "register.xlsx"
    result = run("export", "register", "--db", demo_db, "--out", out, *args, data=data)
    assert result.returncode == 2
    assert assert_one_line_error(result) == f"qa-desktop: {sentence}"
    assert not out.exists()


def test_export_register_refuses_unknown_defect_types_and_products(
    demo_db: Path, tmp_path: Path, data: Path
) -> None:
    out = tmp_path / "register.xlsx"
    line = assert_one_line_error(
        run("export", "register", "--db", demo_db, "--out", out, "--defect-type", "dirt", data=data)
    )
    assert line.startswith("qa-desktop: There is no defect type dirt; use one of: scratch, pit,")
    line = assert_one_line_error(
        run("export", "register", "--db", demo_db, "--out", out, "--product", "卷", data=data)
    )
    assert line.startswith("qa-desktop: No complaint has the product 卷; the products are: ")
    assert "精密带钢" in line


def test_export_complaint(demo_db: Path, tmp_path: Path, data: Path) -> None:
    conn = sqlite3.connect(demo_db)
    case_no = conn.execute("SELECT case_no FROM complaint ORDER BY id DESC").fetchone()[0]
    conn.close()
    out = tmp_path / "form.pdf"
    result = run("export", "complaint", case_no.lower(), "--db", demo_db, "--out", out, data=data)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"{out}: {case_no.lower()}"
    content = out.read_bytes()
    assert content.startswith(b"%PDF-") and content.rstrip().endswith(b"%%EOF")
    assert not list(tmp_path.glob("*.part"))
    assert result.stderr == ""  # demo data has a font for every character
    assert_a4(out)


def test_export_complaint_warns_of_characters_no_font_has(
    db, db_path: Path, tmp_path: Path, data: Path
) -> None:
    from conftest import example_draft

    from qa_desktop.core.services.complaints import register_complaint

    # CJK Extension G (no font has it), in the customer's name and the description.
    case_no = register_complaint(
        example_draft(customer_name="佛山\U00030000厂", description="划伤\U00030000"),
        actor=ENGINEER,
    ).case_no
    out = tmp_path / "form.pdf"
    result = run("export", "complaint", case_no, "--db", db_path, "--out", out, data=data)
    assert result.returncode == 0, result.stderr  # written, and usable
    assert result.stdout.strip() == f"{out}: {case_no}"
    assert result.stderr.splitlines() == [
        "qa-desktop: warning: No font has these characters; they print as \ufffd: "
        "\U00030000 U+30000 in Customer; \U00030000 U+30000 in Description as reported."
    ]
    assert_a4(out)


def test_self_check(data: Path) -> None:
    result = run("self-check", data=data, timeout=120)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("signed in as selfcheck-qa; registered CC-")
    assert lines[-2].startswith("verified: ") and "certified keys" in lines[-2]
    assert "workbook written by a worker process" in lines
    assert "database check ok" in lines
    assert lines[-1] == "self-check passed"


def test_config_lists_and_changes_department_settings(tmp_path: Path) -> None:
    db = tmp_path / "config.sqlite"
    assert run("demo", "--db", db, "--complaints", "3", data=tmp_path).returncode == 0
    listed = run("config", "--db", db, data=tmp_path)
    assert listed.returncode == 0 and "coil_number_forms = " in listed.stdout
    changed = run("config", "--db", db, "case_prefix", "KS", "--user", "admin", data=tmp_path)
    assert changed.returncode == 0 and changed.stdout.strip() == "case_prefix = KS"
    assert "case_prefix = KS" in run("config", "--db", db, data=tmp_path).stdout


def test_config_refuses_a_bad_value_in_one_sentence(tmp_path: Path) -> None:
    db = tmp_path / "config.sqlite"
    assert run("demo", "--db", db, "--complaints", "3", data=tmp_path).returncode == 0
    refused = run(
        "config", "--db", db, "future_tolerance_minutes", "soon", "--user", "admin", data=tmp_path
    )
    assert (
        assert_one_line_error(refused)
        == "qa-desktop: future_tolerance_minutes: Enter a whole number."
    )


# --- nothing is ever written over a database (hardening, point 1) --------------------------


def digest(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


def _protected_targets(db: Path, tmp_path: Path, suffix: str = ".xlsx") -> dict[str, Path]:
    """Every kind of file an export must never replace (links and copies named `suffix`)."""
    other = tmp_path / "other-program.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    backup = tmp_path / "copy.before-upgrade-v1-20261101T000000Z.sqlite"
    shutil.copyfile(db, backup)
    link = tmp_path / f"link-to-db{suffix}"
    link.symlink_to(db)
    hard = tmp_path / f"hard-link{suffix}"
    os.link(db, hard)
    renamed = tmp_path / f"database-named-like-an-export{suffix}"
    shutil.copyfile(db, renamed)
    return {
        "the database itself": db,
        "its -wal": db.with_name(db.name + "-wal"),
        "its -shm": db.with_name(db.name + "-shm"),
        "a backup": backup,
        "another program's SQLite file": other,
        "a symbolic link to it": link,
        "a hard link to it": hard,
        "an SQLite file named .xlsx": renamed,
    }


@pytest.mark.parametrize("kind", ["register", "complaint"])
def test_an_export_never_replaces_a_database(demo_copy: Path, tmp_path: Path, data, kind):
    suffix = ".xlsx" if kind == "register" else ".pdf"
    targets = _protected_targets(demo_copy, tmp_path, suffix)
    for what, target in targets.items():
        before = {p.name: digest(p) for p in tmp_path.iterdir() if p.is_file()}
        case = ["CC-2026-0001"] if kind == "complaint" else []
        result = run("export", kind, *case, "--db", demo_copy, "--out", target, data=data)
        message = assert_one_line_error(result)
        expected = "never replaces a database" if target.suffix == suffix else "ends in"
        assert expected in message, (what, message)
        after = {p.name: digest(p) for p in tmp_path.iterdir() if p.is_file()}
        assert after == before, what
    assert count(demo_copy, "SELECT count(*) FROM complaint") == 30


def test_an_export_needs_the_right_file_name_ending(demo_copy: Path, tmp_path: Path, data):
    result = run("export", "register", "--db", demo_copy, "--out", tmp_path / "r.sqlite", data=data)
    assert "ends in .xlsx" in assert_one_line_error(result)
    assert not (tmp_path / "r.sqlite").exists()


# --- a file that exists is never made a database (point 3) ---------------------------------


@pytest.mark.parametrize(
    "command",
    [
        ["export", "register", "--out", "{dir}/r.xlsx"],
        ["export", "complaint", "CC-2026-0001", "--out", "{dir}/f.pdf"],
        ["config"],
        ["config", "case_prefix", "QA", "--user", "admin"],
        ["check"],
        ["demo", "--complaints", "5"],
    ],
)
def test_every_command_refuses_an_empty_file(tmp_path: Path, data: Path, command) -> None:
    empty = tmp_path / "empty.sqlite"
    empty.touch()
    args = [part.replace("{dir}", str(tmp_path)) for part in command]
    result = run(*args, "--db", empty, data=data)
    assert "is an empty file, not a QA Desktop database" in assert_one_line_error(result)
    assert empty.stat().st_size == 0
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "data") == ["empty.sqlite"]


def test_commands_other_than_demo_never_create_a_database(tmp_path: Path, data: Path) -> None:
    missing = tmp_path / "missing.sqlite"
    for args in (["config"], ["export", "register", "--out", tmp_path / "r.xlsx"]):
        result = run(*args, "--db", missing, data=data)
        assert "There is no database" in assert_one_line_error(result)
    assert not missing.exists()


# --- faults that are not the user's (point 5) ----------------------------------------------


def test_a_busy_database_is_one_sentence_not_a_traceback(demo_copy: Path, data: Path) -> None:
    locker = sqlite3.connect(demo_copy, isolation_level=None, timeout=0)
    locker.execute("BEGIN EXCLUSIVE")
    try:
        result = run(
            "config",
            "--db",
            demo_copy,
            "case_prefix",
            "QA",
            "--user",
            "admin",
            data=data,
            timeout=90,
        )
    finally:
        locker.rollback()
        locker.close()
    assert "locked by another running program" in assert_one_line_error(result)


def test_a_damaged_database_is_refused_by_every_command(demo_copy: Path, tmp_path, data) -> None:
    damage_a_page(demo_copy, seed=1)
    for args in (["config"], ["export", "register", "--out", tmp_path / "r.xlsx"]):
        result = run(*args, "--db", demo_copy, data=data)
        message = assert_one_line_error(result)
        assert "is damaged" in message and "Restore it from a backup" in message
    assert not (tmp_path / "r.xlsx").exists()


def test_the_default_data_folder_is_where_the_window_makes_its_database(tmp_path: Path) -> None:
    """No --db and no QA_DESKTOP_DATA_DIR: the platform's data folder (XDG on Linux), as a user
    who double-clicks the program gets it; its scratch folder goes to the platform's cache."""
    env = {k: v for k, v in os.environ.items() if k != "QA_DESKTOP_DATA_DIR"}
    env.update(
        HOME=str(tmp_path / "home"), XDG_DATA_HOME=str(tmp_path / "share"),
        XDG_CACHE_HOME=str(tmp_path / "cache"), XDG_CONFIG_HOME=str(tmp_path / "config"),
        QT_QPA_PLATFORM="offscreen", QA_DESKTOP_QUIT_AFTER_SHOW="1",
    )  # fmt: skip
    result = subprocess.run(
        [sys.executable, "-m", "qa_desktop"], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert "shown-at" in result.stdout
    database = tmp_path / "share" / "qa-desktop" / "qa-desktop.sqlite"
    assert database.is_file()
    assert count(database, "SELECT count(*) FROM defect_type") > 0
    assert not (tmp_path / "home" / "qa-desktop.sqlite").exists()
    check = run("check", "--db", database, data=tmp_path / "elsewhere")
    assert check.returncode == 0, check.stderr


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--db", "x.sqlite"],
        ["--db=x.sqlite", "--lang", "zh_CN"],
        ["--lang=en", "--db", "质量 部/x.sqlite"],
        ["--lang", "en"],
    ],
)
def test_the_window_arguments_are_read_as_the_full_parser_reads_them(argv: list[str]) -> None:
    from qa_desktop.cli import build_parser, window_arguments

    quick, full = window_arguments(argv), build_parser().parse_args(argv)
    assert quick is not None
    assert (quick.db, quick.lang) == (full.db, full.lang)


@pytest.mark.parametrize(
    "argv",
    [
        ["demo", "--db", "x.sqlite"],
        ["--db"],
        ["--db", "a", "--db", "b"],
        ["--lang", "fr"],
        ["--lang", "--db", "x"],
        ["--d", "x.sqlite"],  # an abbreviation: argparse's to accept
        ["--db=", "--lang", "en"],
        ["--help"],
        ["--version"],
        ["x.sqlite"],
    ],
)
def test_anything_else_is_left_to_the_full_parser(argv: list[str]) -> None:
    from qa_desktop.cli import window_arguments

    assert window_arguments(argv) is None
