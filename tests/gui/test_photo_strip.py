"""The site visit's photo strip: files and folders through the background intake, what was
left out said once, captions and targets, removing, and the viewer opened from a photo."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from acting import questions, type_text  # noqa: F401 - questions: an autouse fixture
from photo_files import prepared_photo, steel_photo, write_photo
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication, QDialog, QPushButton
from pytestqt.qtbot import QtBot

from qa_desktop.core import media
from qa_desktop.core.annotations import Arrow
from qa_desktop.core.errors import Cancelled
from qa_desktop.gui import photo_intake
from qa_desktop.gui.photo_cells import CAPTIONED_ROLE, MARKED_ROLE, TARGET_ROLE
from qa_desktop.gui.photo_intake import MAX_BATCH, collect
from qa_desktop.gui.photo_strip import PhotoStrip, StripPhoto

TARGETS = [("coil:S24A0817-03", "S24A0817-03"), ("coil:S24A0817-05", "S24A0817-05"),
           ("item:visible", "加工前是否可见")]  # fmt: skip


@pytest.fixture
def strip(qtbot: QtBot) -> PhotoStrip:
    widget = PhotoStrip()
    widget.set_targets(TARGETS)
    qtbot.addWidget(widget)
    widget.resize(1000, 300)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.stop()


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    """What a person picks from a laptop's folder: photos, a broken one, a program, a copy."""
    good = write_photo(tmp_path / "IMG_0042.JPG", seed=1)
    png = tmp_path / "screenshot.png"
    png.write_bytes(steel_photo((640, 480), seed=2, fmt="PNG"))
    whole = steel_photo((800, 600), seed=3)
    cut = tmp_path / "IMG_0043.JPG"
    cut.write_bytes(whole[: len(whole) // 2])
    program = tmp_path / "viewer.exe"
    program.write_bytes(b"MZ\x90\x00 a program")
    copy = tmp_path / "IMG_0042 (1).JPG"
    copy.write_bytes(good.read_bytes())
    letter = tmp_path / "letter.pdf"
    letter.write_bytes(b"%PDF-1.4 a letter")
    return {"good": good, "png": png, "cut": cut, "program": program, "copy": copy,
            "letter": letter}  # fmt: skip


def wait_idle(qtbot: QtBot, strip: PhotoStrip) -> None:
    qtbot.waitUntil(lambda: not strip.is_busy(), timeout=30_000)
    qtbot.wait(20)  # the queued result arrives


def add_files(qtbot: QtBot, strip: PhotoStrip, paths: list[Path]) -> None:
    """Add files… as the person clicks it, the file dialog answered."""
    strip.ask_open_paths = lambda: paths
    qtbot.mouseClick(strip.ui.add_files, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, strip)


def drop(strip: PhotoStrip, paths: list[Path]) -> bool:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(40, 80), Qt.DropAction.CopyAction, mime, buttons, keys)
    QApplication.sendEvent(strip, enter)
    if not enter.isAccepted():
        return False
    event = QDropEvent(QPointF(40, 80), Qt.DropAction.CopyAction, mime, buttons, keys)
    QApplication.sendEvent(strip, event)
    return event.isAccepted()


def names(strip: PhotoStrip) -> list[str]:
    return [photo.filename for photo in strip.photos()]


def shown_texts(strip: PhotoStrip) -> list[str]:
    view = strip.ui.photos
    return [view.item(row).text() for row in range(view.count())]


def icon_centre(strip: PhotoStrip, row: int) -> tuple[int, int, int, int]:
    image = strip.ui.photos.item(row).icon().pixmap(128, 128).toImage()
    colour = image.pixelColor(64, 64)
    return colour.red(), colour.green(), colour.blue(), colour.alpha()


# ----- adding --------------------------------------------------------------------------------------
def test_good_photos_are_added_with_thumbnails_and_the_rest_is_said_once(qtbot, strip, files):
    with qtbot.waitSignal(strip.changed):
        add_files(
            qtbot, strip, [files[k] for k in ("good", "cut", "png", "program", "copy", "letter")]
        )

    assert names(strip) == ["IMG_0042.JPG", "screenshot.png"], "in the order given"
    for row in range(2):
        red, _green, blue, alpha = icon_centre(strip, row)
        assert alpha == 255 and abs(red - 96) < 25 and abs(blue - 104) < 25, "the photo itself"
    assert strip.photos()[0].media.data == files["good"].read_bytes()
    summary = strip.intake.last_summary.splitlines()
    assert summary == [
        "IMG_0043.JPG is incomplete (cut off while copying or sending); copy it again from its source.",
        "viewer.exe is a program, and programs are never attached: opening it would run it.",
        "IMG_0042 (1).JPG is the same photo as IMG_0042.JPG; it was not added again.",
        "letter.pdf is not a photo (JPEG or PNG); only photos are taken here.",
    ]
    box = strip.intake.summary_box
    assert box is not None and box.isVisible(), "one message, shown"
    assert all(line in box.informativeText() for line in summary)


def test_photos_already_on_the_strip_are_not_added_again(qtbot, strip, files):
    add_files(qtbot, strip, [files["good"]])
    add_files(qtbot, strip, [files["copy"], files["png"]])
    assert names(strip) == ["IMG_0042.JPG", "screenshot.png"]
    assert strip.intake.last_summary == (
        "IMG_0042 (1).JPG is the same photo as IMG_0042.JPG; it was not added again."
    )
    assert strip.intake.summary_box.text() == strip.intake.last_summary, "one file: one sentence"


def test_everything_taken_says_nothing(qtbot, strip, files):
    add_files(qtbot, strip, [files["good"], files["png"]])
    assert strip.intake.last_summary == "" and strip.intake.summary_box is None


def camera_card(root: Path) -> Path:
    """A camera card's DCIM folder: photos in two subfolders, a video, the junk a Mac leaves,
    a hidden folder."""
    dcim = root / "DCIM"
    write_photo(dcim / "100CANON" / "IMG_0010.JPG", seed=10)
    write_photo(dcim / "100CANON" / "IMG_0002.JPG", seed=2)
    write_photo(dcim / "101CANON" / "IMG_0001.jpg", seed=1)
    (dcim / "100CANON" / "MVI_0003.MOV").write_bytes(b"\x00\x00\x00\x18ftypqt  a video")
    (dcim / "100CANON" / "._IMG_0002.JPG").write_bytes(b"\x00\x05\x16\x07 AppleDouble")
    write_photo(dcim / ".Trashes" / "IMG_0099.JPG", seed=99)
    return dcim


def test_a_dropped_folder_adds_its_photos_in_reading_order(qtbot, strip, tmp_path):
    dcim = camera_card(tmp_path)
    assert drop(strip, [dcim])
    wait_idle(qtbot, strip)
    assert names(strip) == ["IMG_0002.JPG", "IMG_0010.JPG", "IMG_0001.jpg"]
    assert strip.intake.last_summary == (
        "1 other file in the folder (a video, a document) was passed over: only JPEG and PNG "
        "photos are taken."
    )


def test_collect_sorts_numbers_by_value_and_skips_hidden_files(tmp_path):
    dcim = camera_card(tmp_path)
    write_photo(dcim / "100CANON" / "IMG_2.JPG", seed=3)
    found = collect([dcim])
    assert [p.relative_to(dcim).as_posix() for p in found.files] == [
        "100CANON/IMG_2.JPG", "100CANON/IMG_0002.JPG", "100CANON/IMG_0010.JPG",
        "101CANON/IMG_0001.jpg",
    ]  # fmt: skip
    assert found.other_files == 1
    assert (
        collect([dcim / "100CANON" / "IMG_2.JPG", dcim]).files.count(
            dcim / "100CANON" / "IMG_2.JPG"
        )
        == 1
    ), "a file chosen and in a chosen folder is taken once"


def test_a_folder_of_too_many_photos_is_refused_before_reading(qtbot, strip, tmp_path, monkeypatch):
    folder = tmp_path / "card"
    folder.mkdir()
    for n in range(MAX_BATCH + 1):
        (folder / f"IMG_{n:04}.JPG").write_bytes(b"")  # never read
    read = []
    monkeypatch.setattr(media, "prepare_file", lambda path, lang=None: read.append(path))
    assert not strip.add_paths([folder])
    assert not strip.is_busy() and read == [] and names(strip) == []
    assert strip.intake.last_summary == (
        f"That is {MAX_BATCH + 1} files: add at most {MAX_BATCH} photos at a time, this visit's."
    )


def test_web_links_and_text_are_not_taken_by_a_drop(strip):
    mime = QMimeData()
    mime.setUrls([QUrl("https://example.com/IMG_0042.JPG")])
    enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    QApplication.sendEvent(strip, enter)
    assert not enter.isAccepted()


@pytest.fixture
def slow_intake(monkeypatch):
    """Intake that waits until released or stopped: a card of large photos, as a test holds it."""
    release = threading.Event()

    def prepare_files(paths, progress, cancelled, lang):
        progress(0, len(paths))
        while not release.wait(0.01):
            if cancelled():
                raise Cancelled
        return media.prepare_files(paths, progress, cancelled, lang)

    monkeypatch.setattr(photo_intake, "prepare_files", prepare_files)
    yield release
    release.set()


def test_cancel_adds_none_of_the_batch(qtbot, strip, files, slow_intake):
    assert strip.add_paths([files["good"], files["png"]])
    assert strip.is_busy() and not strip.ui.add_files.isEnabled() and not strip.acceptDrops()
    progress = strip.intake._progress
    qtbot.waitUntil(progress.isVisible, timeout=5_000)
    qtbot.mouseClick(progress.findChild(QPushButton), Qt.MouseButton.LeftButton)  # Cancel
    wait_idle(qtbot, strip)
    assert names(strip) == []
    assert strip.intake.last_summary == "Adding photos was stopped; none of them was added."
    assert strip.ui.add_files.isEnabled() and strip.acceptDrops()
    assert strip.intake._progress is None


def test_fifty_photos_come_in_without_freezing_the_window(qtbot, strip, tmp_path):
    paths = [write_photo(tmp_path / f"IMG_{n:04}.JPG", size=(1200, 900), seed=n) for n in range(50)]
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start(10)
    shown: list[float] = []
    strip.intake.photos_ready.connect(lambda _photos: shown.append(time.perf_counter()))
    strip.changed.connect(lambda: shown.append(time.perf_counter()))
    started = time.perf_counter()
    strip.add_paths(paths)
    wait_idle(qtbot, strip)
    timer.stop()
    assert len(strip.photos()) == 50 and strip.ui.photos.count() == 50
    assert len(shown) == 2 and shown[1] - shown[0] < 1.0, f"shown in {shown[1] - shown[0]:.2f} s"
    during = [t for t in ticks if t < shown[0]]
    assert len(during) >= 5, (
        f"the window ran while the photos were read ({shown[0] - started:.2f} s)"
    )


# ----- caption and target --------------------------------------------------------------------------
def test_caption_and_target_are_set_on_the_chosen_photo(qtbot, strip, files):
    add_files(qtbot, strip, [files["good"], files["png"]])
    strip.ui.photos.setCurrentRow(1)
    assert strip.ui.caption.isEnabled() and strip.ui.target.currentData() == ""
    with qtbot.waitSignal(strip.changed):
        strip.ui.caption.setFocus()
        type_text(qtbot, strip.ui.caption, "卷 -05 开卷时的划伤")
    combo = strip.ui.target
    with qtbot.waitSignal(strip.changed):
        combo.setCurrentIndex(combo.findData("coil:S24A0817-05"))

    first, second = strip.photos()
    assert (first.caption, first.target) == ("", "")
    assert (second.caption, second.target) == ("卷 -05 开卷时的划伤", "coil:S24A0817-05")
    item = strip.ui.photos.item(1)
    assert item.text() == "卷 -05 开卷时的划伤" and item.data(TARGET_ROLE) == "S24A0817-05"
    assert item.data(CAPTIONED_ROLE) is True
    assert shown_texts(strip)[0] == "IMG_0042.JPG" and not strip.ui.photos.item(0).data(
        CAPTIONED_ROLE
    )

    strip.ui.photos.setCurrentRow(0)
    assert strip.ui.caption.text() == "" and combo.currentData() == "", "the other photo's"
    strip.ui.photos.selectAll()
    assert not strip.ui.caption.isEnabled(), "one caption for one photo"


def test_a_target_no_longer_offered_returns_the_photo_to_the_visit(qtbot, strip):
    photo = StripPhoto(prepared_photo(), "IMG_0042.JPG", "划伤", target="coil:S24A0817-05")
    strip.set_photos([photo])
    assert strip.photos()[0].target == "coil:S24A0817-05"
    with qtbot.waitSignal(strip.changed):
        strip.set_targets(TARGETS[:1])  # the coil line was removed
    assert strip.photos()[0].target == ""
    assert strip.ui.photos.item(0).data(TARGET_ROLE) == ""


def test_remove_takes_the_chosen_photos_off(qtbot, strip, files):
    add_files(qtbot, strip, [files["good"], files["png"]])
    assert strip.ui.remove_photos.isEnabled()  # the first new photo is chosen
    strip.ui.photos.setCurrentRow(0)
    with qtbot.waitSignal(strip.changed):
        qtbot.mouseClick(strip.ui.remove_photos, Qt.MouseButton.LeftButton)
    assert names(strip) == ["screenshot.png"]
    strip.ui.photos.clearSelection()
    assert not strip.ui.remove_photos.isEnabled()


# ----- the viewer from the strip --------------------------------------------------------------------
def test_a_double_click_opens_the_viewer_and_its_marks_come_back(qtbot, strip):
    strip.set_photos([StripPhoto(prepared_photo(seed=1), "IMG_0042.JPG"),
                      StripPhoto(prepared_photo(seed=2), "IMG_0043.JPG")])  # fmt: skip
    view = strip.ui.photos
    centre = view.visualItemRect(view.item(1)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    viewer = strip.viewer
    assert viewer is not None and viewer.isVisible()
    assert viewer.canvas.photo_size().width() == 800
    before = icon_centre(strip, 1)

    viewer.canvas.set_marks([Arrow(0.2, 0.5, 0.5, 0.5)])  # drawing is the viewer's test
    with qtbot.waitSignal(viewer.finished, timeout=20_000):
        viewer.save()
    assert viewer.result() == QDialog.DialogCode.Accepted
    photo = strip.photos()[1]
    assert photo.marks == [Arrow(0.2, 0.5, 0.5, 0.5)]
    assert photo.annotated is not None and photo.annotated.sha256 != photo.media.sha256
    assert photo.media.sha256 == strip.photos()[1].media.sha256, "the original stays"
    assert icon_centre(strip, 1) != before, "the strip shows the annotated copy"
    assert view.item(1).data(MARKED_ROLE) and not view.item(0).data(MARKED_ROLE)
    assert strip.viewer is None
    assert QImage.fromData(photo.annotated.thumbnail).width() == 256
