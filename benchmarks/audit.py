"""The hash-chained audit and signatures, each figure beside a baseline from the same run (issue 10).

    PYTHONPATH=. .venv/bin/python benchmarks/audit.py [--complaints 100000] [--signatures 5000]
        [--registrations 1000] [--repeat 3] [--work FOLDER] [--profile]

1. Registering `--registrations` complaints through `register_complaint` (an engineer, accounts
   at FAST_TEST_COST), beside the same registrations with the chain replaced by stand-ins: the
   head is not read from audit_entry (`current_head` returns the last id this process wrote and
   a constant) and `entry_hash` returns a constant (no JSON of the fields, no SHA-256). The
   audit rows are still written, with the same fields. Two copies of one database, registered
   into in alternate blocks of 100, so the shared machine's load falls on both alike.
   Target: ≤ 1.2×.
2. `verify_file` on a demo database of `--complaints` complaints (each with its chained "create"
   entry) plus `--signatures` signatures (signed proposals, manager then general manager, one per
   complaint, through the real services), made once and kept in `--work` for the next run.
   Entries per second of the chain part beside hashing the same bytes with hashlib in a bare
   loop (bytes built beforehand: pure hashing), and beside reading the rows with the same SQL
   and hashing their fields (what any verify that reads the file must do). Targets: chain ≤ 2×
   the bare hashing; the whole verify ≤ 30 s. The parts of each whole run are timed too
   (department key and certificates are negligible and not shown); `--profile` prints cProfile's
   top entries for one run.
3. Signing one proposal (`sign_proposal`) by an account made at DEFAULT_COST, beside its two
   Argon2id runs timed alone (`verify_password` of that account's hash, `keys.open_signing_key`,
   the unseal) and a bare Ed25519 sign of the same payload: the two runs are the whole cost.
   benchmarks/signing.py splits the same cost into its primitives (unseal, canonical JSON).
Ends with `RESULT {json}`.
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import io
import itertools
import json
import os
import pstats
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

from qa_desktop.core import audit_chain, password_check, passwords, signing, verify
from qa_desktop.core.db import close_database, open_database, open_read_only
from qa_desktop.core.demo_accounts import DEMO_PASSWORD
from qa_desktop.core.drafts import CoilDraft, ComplaintDraft
from qa_desktop.core.models import AuditEntry, Complaint, Proposal, UserAccount, database_proxy
from qa_desktop.core.proposal_lines import LineDraft
from qa_desktop.core.services import accounts, context, keys, proposals, signatures
from qa_desktop.core.services.complaints import register_complaint
from qa_desktop.core.services.context import Actor
from qa_desktop.core.services.signatures import Decision

ADMIN, ENGINEER = Actor("admin", "Administrator"), Actor("wang", "王工")
MANAGER, CHIEF = Actor("chen", "陈主管"), Actor("liu", "刘总")
SLOW_MANAGER = Actor("chen.d", "陈主管 (default cost)")
APPROVE = Decision(True, "同意")
BLOCK = 100  # registrations per turn
CONSTANT = "c" * 64


def draft(index: int) -> ComplaintDraft:
    """tests/conftest.py's example case, one coil, a different order number each time."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    return ComplaintDraft(
        customer_name="佛山某不锈钢制品厂", contact_name="张经理", contact_phone="13800138000",
        channel="phone", received_at=datetime(2026, 3, 10, 9, 0, tzinfo=ZoneInfo("Asia/Shanghai")),
        market="domestic", category="quality", product="冷轧不锈钢卷", material_no="M304-2B-10",
        specification="304 2B 1.0 × 1219 mm", order_no=f"SO2408-{index:05d}",
        delivery_note="DN240820-551", date_code="240817", defect_type_code="scratch",
        description="深冲水槽时发现划伤 (scratches found while deep drawing sinks)",
        defect_rate="14.3", affected_qty="212", affected_unit="pcs",
        customer_request="退回，赔偿不良品", goods_state="partly_processed", severity="serious",
        owner="王工",
        coils=[CoilDraft(coil_no=f"S24A0817-{index % 100:02d}", heat_no="H2408123", grade="304",
                         thickness_mm="1.0", width_mm="1219", finish="2B", weight_kg="6420",
                         quantity="1480", unit="pcs")],
    )  # fmt: skip


def lines(amount: str) -> list[LineDraft]:
    return [
        LineDraft("return", "1", "coils", "", "CNY", "", "退回，换货 / return and replace"),
        LineDraft("compensation", "212", "pcs", amount, "CNY", "", "加工损失 / processing loss"),
    ]


def add_people(*people: tuple[Actor, str]) -> None:
    """The administrator (unless there is one) and `people`, all with the demo password."""
    if not accounts.has_accounts():
        accounts.create_first_administrator(ADMIN.user_id, ADMIN.display_name, DEMO_PASSWORD)
    for actor, role in people:
        accounts.add_user(
            ADMIN, DEMO_PASSWORD, actor.user_id, actor.display_name, DEMO_PASSWORD, [role]
        )
    UserAccount.update(must_change_password=False).execute()


# ---- 1. registering, chained and not -----------------------------------------------------------


class StandIns:
    """The chain's two pieces replaced: no head read from the table, no hash computed."""

    def __init__(self) -> None:
        self.last_id = 0

    def current_head(self) -> tuple[int, str]:
        return self.last_id, CONSTANT

    def entry_hash(self, _prev: str, link: audit_chain.Link) -> str:
        self.last_id = link.id  # where the next transaction's entries start
        return CONSTANT


def measure_registering(folder: Path, count: int) -> dict[str, float]:
    template = folder / "register-template.sqlite"
    with passwords.cost(passwords.FAST_TEST_COST):
        db = open_database(template)
        add_people((ENGINEER, "qa_engineer"), (MANAGER, "qa_manager"), (CHIEF, "general_manager"))
        close_database(db)
    paths = {name: folder / f"register-{name}.sqlite" for name in ("chained", "stand-ins")}
    dbs = {}
    for name, path in paths.items():
        shutil.copy(template, path)
        dbs[name] = open_database(path)
    stand_ins = StandIns()
    database_proxy.initialize(dbs["stand-ins"])
    stand_ins.last_id = context.current_head()[0]
    real = (context.current_head, context.entry_hash)
    times: dict[str, list[float]] = {name: [] for name in paths}
    numbers = itertools.count(1)
    for _ in range(count // BLOCK):
        for name in paths:
            database_proxy.initialize(dbs[name])
            if name == "stand-ins":
                context.current_head, context.entry_hash = (
                    stand_ins.current_head,
                    stand_ins.entry_hash,
                )
            drafts = [draft(next(numbers)) for _ in range(BLOCK)]
            start = time.perf_counter()
            for one in drafts:
                register_complaint(one, ENGINEER)
            times[name].append(time.perf_counter() - start)
            context.current_head, context.entry_hash = real
    entries = {}
    for name, db in dbs.items():
        database_proxy.initialize(db)
        entries[name] = AuditEntry.select().where(AuditEntry.table == "complaint").count()
    database_proxy.initialize(dbs["chained"])  # figure 3 carries on in this one
    close_database(dbs["stand-ins"])
    chained, bare = sum(times["chained"]), sum(times["stand-ins"])
    return {
        "register_chained_ms": chained / count * 1000,
        "register_stand_ins_ms": bare / count * 1000,
        "register_ratio": chained / bare,
        "register_block_ratio_median": statistics.median(
            a / b for a, b in zip(times["chained"], times["stand-ins"], strict=True)
        ),
        "register_complaint_entries": entries["chained"],
        "register_stand_in_entries": entries["stand-ins"],
    }


# ---- 2. verify on the demo database -------------------------------------------------------------


def demo_database(work: Path, complaints: int, wanted: int) -> tuple[Path, float | None]:
    """The cached file, or one made now (and the seconds it took)."""
    path = work / f"verify-{complaints}-{wanted}.sqlite"
    if path.exists():
        return path, None
    from qa_desktop.core.demo import load_demo

    start = time.perf_counter()
    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    db = open_database(partial)
    load_demo(db, complaints, seed=1)
    free = (
        Complaint.select(Complaint.id)
        .where(Complaint.id.not_in(Proposal.select(Proposal.complaint)))
        .order_by(Complaint.id.desc())
        .limit(wanted // 2)
    )
    for number, case in enumerate(list(free)):
        drafted = proposals.draft_proposal(
            case.id, "退货换货并赔偿", lines(f"{800 + number % 900}"), ENGINEER
        )
        submitted = proposals.submit_proposal(drafted.id, ENGINEER)
        for signer in (MANAGER, CHIEF):
            signatures.sign_proposal(submitted.id, APPROVE, DEMO_PASSWORD, signer)
    close_database(db)
    partial.rename(path)
    return path, time.perf_counter() - start


def bound_read_only(path: Path):
    db = open_read_only(path)
    database_proxy.initialize(db)  # as cmd_verify: signatures are read through the models
    return db


def timed_parts() -> dict[str, list[float]]:
    """Wrap verify's checks (looked up when verify_file runs) so each whole run times its parts."""
    parts: dict[str, list[float]] = {"_chain": [], "_signatures": []}
    for name, bucket in parts.items():
        check = getattr(verify, name)

        def timed(*args, check=check, bucket=bucket):
            start = time.perf_counter()
            try:
                return check(*args)
            finally:
                bucket.append(time.perf_counter() - start)

        setattr(verify, name, timed)
    return parts


def hashed_bytes(conn: sqlite3.Connection) -> list[bytes]:
    """The exact bytes entry_hash hashes for every entry, built before any timing."""
    out = []
    for *fields, prev_hash, _stored in verify._entries(conn):
        body = json.dumps(fields, ensure_ascii=False, separators=(",", ":"))
        out.append(f"{prev_hash}\n{body}".encode())
    return out


def bare_hashing(blobs: list[bytes]) -> None:
    sha256 = hashlib.sha256
    for blob in blobs:
        sha256(blob).hexdigest()


def links_of(conn: sqlite3.Connection) -> list[tuple[str, audit_chain.Link]]:
    return [(prev, audit_chain.Link(*fields)) for *fields, prev, _ in verify._entries(conn)]


def hash_links(links: list[tuple[str, audit_chain.Link]]) -> None:
    """entry_hash alone over rows read beforehand: the JSON and the hash, no SQL."""
    entry_hash = audit_chain.entry_hash
    for prev, link in links:
        entry_hash(prev, link)


def read_and_hash(conn: sqlite3.Connection) -> None:
    """The same SQL through sqlite3, each row's fields joined and hashed: no JSON, no Link."""
    sha256 = hashlib.sha256
    for row in verify._entries(conn):
        sha256("\x1f".join(map(str, row[:-1])).encode()).hexdigest()


def measure_verify(path: Path, repeat: int, profile: bool) -> dict[str, float]:
    db = bound_read_only(path)
    conn = db.connection()
    blobs, links = hashed_bytes(conn), links_of(conn)
    parts = timed_parts()
    wholes, chains, bares, reads, jsons = [], [], [], [], []
    report = None
    for _ in range(repeat):
        start = time.perf_counter()
        report = verify.verify_file(conn)
        wholes.append(time.perf_counter() - start)
        assert report.ok, report.problems
        for fn, bucket in (
            (lambda: verify._chain(conn, verify.Report(), None, None), chains),
            (lambda: bare_hashing(blobs), bares),
            (lambda: read_and_hash(conn), reads),
            (lambda: hash_links(links), jsons),
        ):
            start = time.perf_counter()
            fn()
            bucket.append(time.perf_counter() - start)
    assert report is not None
    entries, signed = report.entries, report.signatures
    chain = statistics.median(chains)
    figures = {
        "verify_entries": entries,
        "verify_signatures": signed,
        "verify_keys": report.keys,
        "verify_whole_s": statistics.median(wholes),
        "verify_chain_part_s": statistics.median(parts["_chain"]),
        "verify_signature_part_s": statistics.median(parts["_signatures"]),
        "verify_chain_alone_s": chain,
        "chain_entries_per_s": entries / chain,
        "bare_hashing_entries_per_s": entries / statistics.median(bares),
        "read_and_hash_entries_per_s": entries / statistics.median(reads),
        "entry_hash_only_entries_per_s": entries / statistics.median(jsons),
        "hashed_bytes_mean": sum(map(len, blobs)) / len(blobs),
    }
    figures["chain_vs_bare_hashing"] = chain / statistics.median(bares)
    figures["chain_vs_read_and_hash"] = chain / statistics.median(reads)
    figures["per_signature_ms"] = figures["verify_signature_part_s"] / max(signed, 1) * 1000
    if profile:
        print_profile(conn)
    close_database(db)
    return figures


def print_profile(conn: sqlite3.Connection) -> None:
    profiler = cProfile.Profile()
    profiler.runcall(verify.verify_file, conn)
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.sort_stats("tottime").print_stats(14)
    stats.sort_stats("cumulative").print_stats(22)
    print("cProfile of one verify_file (profiled, so slower than the figures):")
    print("\n".join(line for line in out.getvalue().splitlines() if line.strip()))


# ---- 3. signing one proposal at the default cost ------------------------------------------------


def measure_signing(repeat: int) -> dict[str, float]:
    """In the registering benchmark's database (still bound): a QA manager made at DEFAULT_COST."""
    with passwords.cost(passwords.DEFAULT_COST):
        add_people((SLOW_MANAGER, "qa_manager"))
    account = UserAccount.get(UserAccount.user_id == SLOW_MANAGER.user_id)
    numbers = itertools.count(90_000)

    def submitted() -> int:
        case = register_complaint(draft(next(numbers)), ENGINEER)
        drafted = proposals.draft_proposal(case.id, "退货并赔偿", lines("900"), ENGINEER)
        return proposals.submit_proposal(drafted.id, ENGINEER).id

    private, _public = signing.new_key_pair()
    message = b""
    names = ("sign_proposal", "verify_password", "open_signing_key", "ed25519")
    times: dict[str, list[float]] = {name: [] for name in names}
    for turn in range(repeat + 1):  # the first turn warms up and is not counted
        proposal_id = submitted()
        start = time.perf_counter()
        row = signatures.sign_proposal(proposal_id, APPROVE, DEMO_PASSWORD, SLOW_MANAGER)
        took = {"sign_proposal": time.perf_counter() - start}
        message = signing.canonical(signatures.payload(row))
        start = time.perf_counter()
        assert password_check.verify_password(account.password_hash, DEMO_PASSWORD)
        took["verify_password"] = time.perf_counter() - start
        start = time.perf_counter()
        keys.open_signing_key(account, DEMO_PASSWORD)  # the unseal: Argon2id's second run
        took["open_signing_key"] = time.perf_counter() - start
        start = time.perf_counter()
        for _ in range(200):
            private.sign(message)
        took["ed25519"] = (time.perf_counter() - start) / 200
        if turn:
            for name, value in took.items():
                times[name].append(value)
    figures = {f"{name}_ms": statistics.median(v) * 1000 for name, v in times.items()}
    # Per turn, so a busy second falls on both halves of the ratio alike.
    figures["argon2_share"] = statistics.median(
        (vp + unseal) / whole
        for whole, vp, unseal in zip(
            times["sign_proposal"], times["verify_password"], times["open_signing_key"], strict=True
        )
    )
    figures["signed_payload_bytes"] = len(message)
    return figures


# ---- the run ------------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--complaints", type=int, default=100_000)
    parser.add_argument("--signatures", type=int, default=5_000)
    parser.add_argument("--registrations", type=int, default=1_000)
    parser.add_argument("--repeat", type=int, default=3, help="verify runs (and 2× signing turns)")
    parser.add_argument("--work", type=Path, help="keeps the demo database between runs")
    parser.add_argument("--profile", action="store_true", help="cProfile one verify run")
    args = parser.parse_args()
    os.environ.setdefault("QA_DESKTOP_DATA_DIR", tempfile.mkdtemp(prefix="qa-bench-data-"))
    work = args.work or Path(tempfile.mkdtemp(prefix="qa-bench-audit-"))
    work.mkdir(parents=True, exist_ok=True)
    figures: dict[str, float] = {"load_average": os.getloadavg()[0]}
    with tempfile.TemporaryDirectory(prefix="qa-bench-register-") as folder:
        figures.update(measure_registering(Path(folder), args.registrations))
        figures.update(measure_signing(2 * args.repeat + 1))
        close_database(database_proxy.obj)
    path, made = demo_database(work, args.complaints, args.signatures)
    figures["demo_generation_s"] = made if made is not None else -1.0
    figures.update(measure_verify(path, args.repeat, args.profile))
    report(figures, path, made)
    return 0


def report(f: dict[str, float], path: Path, made: float | None) -> None:
    print(f"load average at start {f['load_average']:.2f}")
    print(f"1. register {f['register_complaint_entries']:.0f} complaints: "
          f"{f['register_chained_ms']:.2f} ms each chained, {f['register_stand_ins_ms']:.2f} ms "
          f"with stand-ins (no head read, no hash): {f['register_ratio']:.3f}x "
          f"(median of blocks {f['register_block_ratio_median']:.3f}x; target <= 1.2x)")  # fmt: skip
    made_text = f"made in {made:.0f} s" if made is not None else "reused"
    print(f"2. verify {path.name} ({made_text}): {f['verify_entries']:.0f} entries, "
          f"{f['verify_keys']:.0f} keys, {f['verify_signatures']:.0f} signatures")  # fmt: skip
    print(f"   whole {f['verify_whole_s']:.2f} s (target <= 30 s): chain "
          f"{f['verify_chain_part_s']:.2f} s, signatures {f['verify_signature_part_s']:.2f} s "
          f"({f['per_signature_ms']:.2f} ms per signature)")  # fmt: skip
    print(f"   chain {f['chain_entries_per_s']:,.0f} entries/s; bare hashlib on the same bytes "
          f"{f['bare_hashing_entries_per_s']:,.0f}/s ({f['chain_vs_bare_hashing']:.2f}x, target "
          f"<= 2x); SQL read + hash {f['read_and_hash_entries_per_s']:,.0f}/s "
          f"({f['chain_vs_read_and_hash']:.2f}x); entry_hash alone on rows read beforehand "
          f"{f['entry_hash_only_entries_per_s']:,.0f}/s")  # fmt: skip
    print(f"3. sign_proposal at DEFAULT_COST {f['sign_proposal_ms']:.1f} ms; one verify_password "
          f"{f['verify_password_ms']:.1f} ms, open_signing_key (the unseal) "
          f"{f['open_signing_key_ms']:.1f} ms: {f['argon2_share']:.0%} of signing (median of "
          f"turns); bare "
          f"Ed25519 sign of the {f['signed_payload_bytes']:.0f}-byte payload "
          f"{f['ed25519_ms'] * 1000:.1f} µs")  # fmt: skip
    print("RESULT " + json.dumps({k: round(v, 4) for k, v in f.items()}, sort_keys=True))


if __name__ == "__main__":
    sys.exit(main())
