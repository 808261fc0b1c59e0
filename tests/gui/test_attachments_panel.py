"""Attachments on the complaint form: added by the file dialog or by dropping, checked in the
background, held until Save and written with the complaint; opened with the system viewer.
And the register never reads the files."""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest
from acting import questions, retype, type_text  # noqa: F401 - questions: an autouse fixture
from conftest import ENGINEER, SHANGHAI, example_draft
from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from qa_desktop.core import media
from qa_desktop.core.errors import Cancelled
from qa_desktop.core.models import Attachment, Complaint, Media
from qa_desktop.core.services.attachments import AttachmentChanges, NewAttachment, attachments_of
from qa_desktop.core.services.complaints import register_complaint
from qa_desktop.gui import attachments_panel
from qa_desktop.gui.attachments_panel import CAPTION_COLUMN, FILE_COLUMN, AttachmentsPanel
from qa_desktop.gui.complaint_dialog import ComplaintDialog

NOW = datetime(2026, 3, 10, 8, 0, tzinfo=UTC)
RECEIVED = datetime(2026, 3, 10, 9, 30, tzinfo=SHANGHAI)


def clock() -> datetime:
    return NOW


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    """Real files as a customer sends them: a photo, a letter, a photo that is not one."""
    photo = tmp_path / "划伤 S24A0817-05.jpg"
    Image.new("RGB", (640, 480), (150, 152, 158)).save(photo, "JPEG")
    letter = tmp_path / "投诉函.pdf"
    letter.write_bytes(b"%PDF-1.4\n% a scanned complaint letter\n")
    fake = tmp_path / "IMG_0042.jpg"
    fake.write_text("<html>not a photo</html>")
    return {"photo": photo, "letter": letter, "fake": fake}


@pytest.fixture
def open_dialog(qtbot: QtBot, db):
    def opener(complaint_id: int | None = None) -> ComplaintDialog:
        dialog = ComplaintDialog(complaint_id=complaint_id, actor=ENGINEER, clock=clock)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return opener


def add_files(qtbot: QtBot, panel: AttachmentsPanel, paths: list[Path]) -> None:
    """Add files… as the user clicks it (the file dialog answered), then wait for the intake."""
    panel.ask_open_paths = lambda: paths
    qtbot.mouseClick(panel.ui.add_files, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.is_busy(), timeout=20_000)
    qtbot.wait(20)  # the queued result arrives


def drop(panel: AttachmentsPanel, paths: list[Path]) -> bool:
    """Drag files from the file manager and drop them onto the section; whether it was taken."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    enter = QDragEnterEvent(
        QPoint(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(panel, enter)
    if not enter.isAccepted():
        return False
    event = QDropEvent(
        QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(panel, event)
    return event.isAccepted()


def listed(panel: AttachmentsPanel) -> list[tuple[str, str]]:
    table = panel.ui.files
    return [
        (table.item(r, FILE_COLUMN).text(), table.item(r, CAPTION_COLUMN).text())
        for r in range(table.rowCount())
    ]


def fill_required(dialog: ComplaintDialog) -> None:
    dialog.set_draft(example_draft(received_at=RECEIVED))


def click_save(qtbot: QtBot, dialog: ComplaintDialog) -> None:
    button = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def edit_caption(qtbot: QtBot, panel: AttachmentsPanel, row: int, text: str) -> None:
    table = panel.ui.files
    table.setCurrentCell(row, CAPTION_COLUMN)
    table.editItem(table.item(row, CAPTION_COLUMN))
    editor = table.indexWidget(table.currentIndex())
    assert editor is not None
    retype(qtbot, editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


# ----- a new complaint ----------------------------------------------------------------------------
def test_a_new_complaint_is_saved_with_its_files_from_the_real_dialog(qtbot, open_dialog, files):
    dialog = open_dialog()
    fill_required(dialog)
    panel = dialog.ui.attachments
    add_files(qtbot, panel, [files["photo"], files["letter"]])
    assert listed(panel) == [("划伤 S24A0817-05.jpg", ""), ("投诉函.pdf", "")]
    assert not panel.ui.files.item(0, FILE_COLUMN).icon().isNull(), "a thumbnail"
    assert not panel.ui.files.item(1, FILE_COLUMN).icon().isNull(), "a file icon"
    assert Media.select().count() == 0, "nothing is written before Save"
    edit_caption(qtbot, panel, 0, "卷 -05 开卷时的划伤")
    click_save(qtbot, dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    complaint = Complaint.get()
    stored = attachments_of(complaint.id)
    assert [(a.filename, a.caption, a.kind) for a in stored] == [
        ("划伤 S24A0817-05.jpg", "卷 -05 开卷时的划伤", "image"),
        ("投诉函.pdf", "", "file"),
    ]
    assert bytes(Media.get_by_id(stored[0].sha256).data) == files["photo"].read_bytes()
    assert Attachment.get(Attachment.filename == "投诉函.pdf").created_by == "wang"


def test_cancel_writes_no_file(qtbot, open_dialog, files, questions):  # noqa: F811
    dialog = open_dialog()
    add_files(qtbot, dialog.ui.attachments, [files["photo"]])
    dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert questions == ["Close the form and lose what you typed?"], "a file is typing too"
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert Media.select().count() == 0 and Complaint.select().count() == 0


def test_a_refused_file_is_named_and_the_others_are_added(qtbot, open_dialog, files):
    dialog = open_dialog()
    panel = dialog.ui.attachments
    add_files(qtbot, panel, [files["fake"], files["photo"]])
    assert [name for name, _ in listed(panel)] == ["划伤 S24A0817-05.jpg"]
    assert panel.ui.attachments_error.isVisible()
    assert panel.ui.attachments_error.text() == (
        "IMG_0042.jpg is not a JPEG or PNG picture, or it is damaged: it cannot be shown."
    )


def test_the_same_file_twice_is_left_out_and_said(qtbot, open_dialog, files, tmp_path):
    dialog = open_dialog()
    panel = dialog.ui.attachments
    add_files(qtbot, panel, [files["photo"]])
    copy = tmp_path / "copy.jpg"
    copy.write_bytes(files["photo"].read_bytes())
    add_files(qtbot, panel, [copy])
    assert len(listed(panel)) == 1
    assert panel.ui.attachments_error.text() == (
        "copy.jpg is already attached (as 划伤 S24A0817-05.jpg); it was not added again."
    )


def test_files_dropped_onto_the_section_are_added(qtbot, open_dialog, files):
    dialog = open_dialog()
    panel = dialog.ui.attachments
    assert drop(panel, [files["photo"], files["letter"]])
    qtbot.waitUntil(lambda: len(listed(panel)) == 2, timeout=20_000)
    assert {name for name, _ in listed(panel)} == {"划伤 S24A0817-05.jpg", "投诉函.pdf"}


def test_a_web_link_dropped_is_not_taken(qtbot, open_dialog):
    panel = open_dialog().ui.attachments
    mime = QMimeData()
    mime.setUrls([QUrl("https://example.com/photo.jpg")])
    enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    QApplication.sendEvent(panel, enter)
    assert not enter.isAccepted()


# ----- intake in the background ----------------------------------------------------------------------
@pytest.fixture
def slow_intake(monkeypatch):
    """Intake that waits until released or stopped: large files, as a test can hold them."""
    release = threading.Event()

    def prepare_files(paths, progress, cancelled, lang):
        progress(0, len(paths))
        while not release.wait(0.01):
            if cancelled():
                raise Cancelled
        return media.prepare_files(paths, progress, cancelled, lang)

    monkeypatch.setattr(attachments_panel, "prepare_files", prepare_files)
    yield release
    release.set()


def test_save_waits_while_files_are_being_added(qtbot, open_dialog, files, slow_intake):
    dialog = open_dialog()
    fill_required(dialog)
    panel = dialog.ui.attachments
    panel.add_paths([files["photo"]])
    save = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
    assert panel.is_busy() and not save.isEnabled()
    assert panel.ui.intake_progress.isVisible() and panel.ui.cancel_intake.isVisible()
    assert not dialog.save(), "Ctrl+S too"
    assert dialog.ui.form_error.text() == "Files are still being added: wait, or stop adding them."

    slow_intake.set()
    qtbot.waitUntil(lambda: not panel.is_busy(), timeout=20_000)
    qtbot.waitUntil(save.isEnabled)
    assert not panel.ui.intake_progress.isVisible()
    click_save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert Attachment.select().count() == 1


def test_stop_adding_adds_nothing(qtbot, open_dialog, files, slow_intake):
    panel = open_dialog().ui.attachments
    panel.add_paths([files["photo"], files["letter"]])
    qtbot.mouseClick(panel.ui.cancel_intake, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.is_busy(), timeout=20_000)
    qtbot.wait(20)
    assert listed(panel) == []
    assert panel.ui.attachments_error.text() == "Adding files was stopped; none of them was added."


# ----- editing ------------------------------------------------------------------------------------
@pytest.fixture
def stored(db, files) -> Complaint:
    added = [
        NewAttachment(media.prepare_file(files["photo"]), "边部划伤"),
        NewAttachment(media.prepare_file(files["letter"]), ""),
    ]
    return register_complaint(
        example_draft(received_at=RECEIVED), ENGINEER, clock,
        attachments=AttachmentChanges(added=added),
    )  # fmt: skip


def test_an_edit_removes_recaptions_and_adds_in_one_save(qtbot, open_dialog, stored, tmp_path):
    dialog = open_dialog(stored.id)
    panel = dialog.ui.attachments
    assert listed(panel) == [("划伤 S24A0817-05.jpg", "边部划伤"), ("投诉函.pdf", "")]
    panel.ui.files.selectRow(1)
    qtbot.mouseClick(panel.ui.remove_files, Qt.MouseButton.LeftButton)
    edit_caption(qtbot, panel, 0, "卷 -05")
    second = tmp_path / "second.png"
    Image.new("RGB", (200, 100), (200, 10, 10)).save(second)
    add_files(qtbot, panel, [second])
    assert Attachment.select().count() == 2, "nothing written yet"
    click_save(qtbot, dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [(a.filename, a.caption) for a in attachments_of(stored.id)] == [
        ("划伤 S24A0817-05.jpg", "卷 -05"),
        ("second.png", ""),
    ]
    assert Media.select().count() == 2, "the letter's bytes went with its last attachment"
    assert Complaint.get_by_id(stored.id).revision == 2


def test_opening_a_file_opens_a_copy_or_says_where_it_is(
    qtbot, open_dialog, stored, monkeypatch, tmp_path
):
    opened: list[str] = []
    answer = {"ok": True}

    def open_url(url: QUrl) -> bool:
        opened.append(url.toLocalFile())
        return answer["ok"]

    monkeypatch.setattr(attachments_panel.QDesktopServices, "openUrl", open_url)
    panel = open_dialog(stored.id).ui.attachments
    panel.ui.files.selectRow(1)
    qtbot.mouseClick(panel.ui.open_file, Qt.MouseButton.LeftButton)
    copy = Path(opened[0])
    assert copy.name == "投诉函.pdf" and copy.is_relative_to(tmp_path / "data" / "opened")
    assert copy.read_bytes().startswith(b"%PDF-1.4")
    assert not panel.ui.attachments_error.isVisible()

    answer["ok"] = False  # no program for the file on this PC
    qtbot.mouseClick(panel.ui.open_file, Qt.MouseButton.LeftButton)
    assert panel.ui.attachments_error.isVisible()
    assert panel.ui.attachments_error.text() == (
        f"No program on this PC opens 投诉函.pdf; the copy is at {copy}"
    )


# ----- the register never reads the files ------------------------------------------------------------
def test_the_register_never_reads_the_media_table(qtbot, db, db_path, tmp_path, stored):
    from qa_desktop.core.settings import UserSettings
    from qa_desktop.gui.main_window import MainWindow

    statements: list[str] = []
    db.connection().set_trace_callback(statements.append)
    try:
        window = MainWindow(db, db_path, UserSettings(tmp_path / "settings.json"), actor=ENGINEER)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        model = window.register.model
        assert model.rowCount() == 1
        assert model.index(0, 0).data() == stored.case_no  # a row was fetched and shown
        window.register.ui.searchEdit.setText("划伤")
        qtbot.wait(400)  # the debounced search runs
    finally:
        db.connection().set_trace_callback(None)
    assert statements, "the trace saw the register's queries"
    assert [s for s in statements if "media" in s.lower()] == []


def test_a_double_click_opens_a_file_not_yet_saved_and_on_its_caption_edits_it(
    qtbot, open_dialog, files, monkeypatch
):
    opened: list[str] = []
    monkeypatch.setattr(
        attachments_panel.QDesktopServices,
        "openUrl",
        lambda url: opened.append(url.toLocalFile()) or True,
    )
    panel = open_dialog().ui.attachments
    add_files(qtbot, panel, [files["letter"]])  # prepared, held by the form, not in the file yet
    table = panel.ui.files

    def double_click(column: int) -> None:
        at = table.visualRect(table.model().index(0, column)).center()
        # As the platform delivers one: a click, then the double-click event.
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=at)
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=at)

    double_click(attachments_panel.FILE_COLUMN)
    assert len(opened) == 1 and Path(opened[0]).read_bytes() == files["letter"].read_bytes()
    double_click(attachments_panel.CAPTION_COLUMN)
    assert len(opened) == 1, "the caption opens its editor, not the viewer"
    assert table.state() == QAbstractItemView.State.EditingState
