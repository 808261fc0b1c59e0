"""The one search indexer: the demo, the services and the schema upgrade index a complaint alike,
and everything the register shows or the complaint holds can be found, in either language."""

from __future__ import annotations

import shutil
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from conftest import ADMIN, ENGINEER, SHANGHAI, example_draft
from peewee import SqliteDatabase

from qa_desktop.core import register, search
from qa_desktop.core.db import close_database, open_database
from qa_desktop.core.demo import load_demo
from qa_desktop.core.drafts import CoilDraft
from qa_desktop.core.models import Complaint, Customer, DefectType
from qa_desktop.core.register import RegisterQuery
from qa_desktop.core.services.complaints import register_complaint, to_draft, update_complaint
from qa_desktop.core.services.department import DefectEdit, apply_changes
from qa_desktop.core.services.reference import update_defect_type

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
NOW = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)


RECEIVED = datetime(2026, 11, 1, 9, 0, tzinfo=SHANGHAI)


def clock() -> datetime:
    return NOW


def draft(**changes: Any):
    changes.setdefault("received_at", RECEIVED)
    return example_draft(**changes)


def found(db: SqliteDatabase, text: str) -> list[int]:
    return register.ids(db, RegisterQuery(text=text))


def search_rows(db: SqliteDatabase, complaint_id: int) -> tuple[Any, ...]:
    """What the index holds for one complaint: (coils, cjk, haystack)."""
    coils, cjk = db.execute_sql(
        "SELECT coils, cjk FROM search_text WHERE id = ?", (complaint_id,)
    ).fetchone()
    (haystack,) = db.execute_sql(
        "SELECT haystack FROM complaint_search WHERE rowid = ?", (complaint_id,)
    ).fetchone()
    return coils, cjk, haystack


def test_the_demo_and_the_services_index_a_complaint_alike(db: SqliteDatabase) -> None:
    load_demo(db, 40, seed=8, anchor=date(2026, 11, 1), actor=ENGINEER)
    still_open = Complaint.select().where(Complaint.status != "closed").limit(12)  # a closed
    assert len(still_open) >= 5  # case is saved again only once reopened
    for complaint in still_open:
        by_demo = search_rows(db, complaint.id)
        # Saved again through the service, unchanged: the service path indexes it anew.
        update_complaint(
            complaint.id, to_draft(complaint), complaint.revision, clock=clock, actor=ENGINEER
        )
        assert search_rows(db, complaint.id) == by_demo, complaint.case_no


def test_a_saved_complaint_is_found_by_everything_it_shows_and_holds(db: SqliteDatabase) -> None:
    Customer.create(
        name="佛山某不锈钢制品厂", name_en="Foshan Stainless Products Works", sort_key="fo shan",
        created_at=NOW, updated_at=NOW, created_by="test", updated_by="test",
    )  # fmt: skip
    complaint = register_complaint(
        draft(
            defect_type_code="other", defect_other="卷芯塌陷 collapsed core",
            customer_complaint_no="FSP-QC-2611-042", mill_cert_no="ZB26103118",
            salesperson="孙经理", owner="赵工", contact_name="Zhang Min",
            product="冷轧不锈钢卷", specification="304 2B 1.0 × 1219 mm",
        ),
        clock=clock, actor=ENGINEER,
    )  # fmt: skip
    register_complaint(  # another complaint, so "finds exactly this one" means something
        draft(
            customer_name="Vina Steel Kitchen JSC", market="export", product="Precision strip",
            defect_type_code="rust", description="Rust on the outer wraps", owner="Chen Wei",
            customer_request="Return and replace", specification="430 BA 0.5 x 1000",
            material_no="M430", order_no="SO-V-1", delivery_note="DN-V-1", contact_name="Nguyen T.",
            coils=[CoilDraft(coil_no="V2609-01", heat_no="HV9901")],
        ),
        clock=clock, actor=ENGINEER,
    )  # fmt: skip
    terms = (
        complaint.case_no,
        "佛山某不锈钢", "Foshan Stainless",  # the customer's Chinese and English names
        "其他", "Other (describe)",  # the defect type, both names
        "卷芯塌陷", "collapsed",  # the "other" defect in words
        "赵工", "孙经理", "Zhang Min",  # owner, salesperson, contact
        "FSP-QC-2611", "ZB26103118",  # the customer's complaint no., the mill certificate
        "H2408123", "S24A0817-05",  # heat and coil numbers
        "M304-2B", "SO2408-1173", "DN240820",  # material, order, delivery note
        "冷轧", "1219", "深冲", "赔偿",  # product, specification, description, request
        "赵", "塌",  # one Chinese character
    )  # fmt: skip
    for term in terms:
        assert found(db, term) == [complaint.id], term


def test_both_names_of_a_defect_type_find_the_same_complaints(db: SqliteDatabase) -> None:
    load_demo(db, 200, seed=2, anchor=date(2026, 11, 1), actor=ENGINEER)
    rust = DefectType.get(DefectType.code == "rust")
    with_rust = {c.id for c in Complaint.select().where(Complaint.defect_type == rust)}
    assert with_rust
    assert set(found(db, "锈蚀")) == set(found(db, "rust")) == with_rust
    scratch = DefectType.get(DefectType.code == "scratch")
    scratched = {c.id for c in Complaint.select().where(Complaint.defect_type == scratch)}
    export = {c.id for c in Complaint.select().where(Complaint.market == "export")}
    # Export cases are written in English, so only the defect's name makes 划伤 find them.
    assert scratched & export and scratched <= set(found(db, "划伤"))
    assert scratched <= set(found(db, "scratch"))


def test_renaming_a_defect_type_reindexes_its_complaints(db: SqliteDatabase) -> None:
    complaint = register_complaint(
        draft(defect_type_code="rust", description="外圈有锈迹"), clock=clock, actor=ENGINEER
    )
    assert found(db, "锈蚀") == [complaint.id]
    update_defect_type("rust", "Corrosion", "腐蚀", True, clock=clock, actor=ADMIN)
    assert found(db, "腐蚀") == found(db, "corrosion") == [complaint.id]
    assert found(db, "锈蚀") == []


def test_a_rename_in_the_department_settings_reindexes_too(db: SqliteDatabase) -> None:
    """Tools → Department settings saves through services.department.apply_changes."""
    complaint = register_complaint(draft(defect_type_code="burr"), clock=clock, actor=ENGINEER)
    apply_changes(
        [DefectEdit("burr", "Slitting burr", "分条毛刺", True, False)], {}, clock=clock, actor=ADMIN
    )
    assert found(db, "分条毛刺") == found(db, "slitting") == [complaint.id]


def test_reindex_customer_after_a_rename_and_a_merge(db: SqliteDatabase) -> None:
    complaint = register_complaint(draft(), clock=clock, actor=ENGINEER)
    customer = complaint.customer
    # The customer service (another module) renames; the index follows when it asks.
    Customer.update(name="佛山南海不锈钢制品厂", name_en="Nanhai Stainless").where(
        Customer.id == customer.id
    ).execute()
    assert found(db, "南海") == []
    assert search.reindex_customer(customer.id) == 1
    assert found(db, "南海") == found(db, "nanhai stainless") == [complaint.id]
    assert found(db, "佛山某") == []
    # A second spelling merged into it still finds its complaints.
    Customer.create(
        name="佛山市南海区不锈钢厂", merged_into=customer.id, sort_key="fo shan",
        created_at=NOW, updated_at=NOW, created_by="test", updated_by="test",
    )  # fmt: skip
    search.reindex_customer(customer.id)
    assert found(db, "南海区") == [complaint.id]


def test_reindex_drops_what_is_gone_and_touches_nothing_else(db: SqliteDatabase) -> None:
    kept = register_complaint(draft(), clock=clock, actor=ENGINEER)
    gone = register_complaint(draft(owner="钱工"), clock=clock, actor=ENGINEER)
    before = search_rows(db, kept.id)
    gone.delete_instance(recursive=True)
    assert search.reindex([gone.id, kept.id]) == 2
    assert found(db, "钱工") == []
    assert search_rows(db, kept.id) == before
    assert db.execute_sql("SELECT count(*) FROM search_text").fetchone()[0] == 1


def schema_names(database: SqliteDatabase) -> set[tuple[str, str]]:
    sql = "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
    return set(database.execute_sql(sql).fetchall())


def test_the_v2_upgrade_indexes_a_v1_file_the_new_way(tmp_path: Path) -> None:
    fresh = open_database(tmp_path / "new.sqlite")
    created = schema_names(fresh)
    close_database(fresh)
    path = tmp_path / "v1.sqlite"
    shutil.copyfile(FIXTURES / "schema_v1.sqlite", path)
    database = open_database(path, create=False)
    try:
        # The same tables and indexes as a new file, the register's filter indexes among them.
        assert schema_names(database) == created
        assert {("index", name) for name in search.FILTER_INDEXES} <= created
        complaints = list(Complaint.select())
        indexed = database.execute_sql("SELECT count(*) FROM complaint_search").fetchone()[0]
        assert indexed == len(complaints) == 20
        for complaint in complaints:
            defect, customer = complaint.defect_type, complaint.customer
            for term in (defect.name_zh, defect.name_en, customer.name, complaint.owner):
                assert complaint.id in found(database, term), (complaint.case_no, term)
    finally:
        close_database(database)
