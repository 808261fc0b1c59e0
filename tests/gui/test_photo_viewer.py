"""The photo viewer: zoom and pan, marking the defect with the mouse (as a pen or finger
arrives), marks that stay on their spot of the photo, and Save making the annotated copy."""

from __future__ import annotations

import io

import pytest
from acting import questions, type_text  # noqa: F401 - questions: an autouse fixture
from photo_files import prepared_photo
from PIL import Image
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from qa_desktop.core.annotations import Arrow, Circle, Label
from qa_desktop.gui.photo_canvas import ZOOM_STEP
from qa_desktop.gui.photo_viewer import PhotoViewer


@pytest.fixture
def photo():
    return prepared_photo("IMG_0042.JPG", size=(1600, 1200), seed=4)


@pytest.fixture
def viewer(qtbot: QtBot, photo) -> PhotoViewer:
    dialog = PhotoViewer(photo)
    qtbot.addWidget(dialog)
    dialog.resize(1000, 700)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def click(qtbot: QtBot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def drag(qtbot: QtBot, widget, start: QPoint, end: QPoint, steps: int = 5) -> None:
    """Press, move and release as a mouse (or Qt's mouse events from a pen or finger) does."""
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, steps + 1):
        qtbot.mouseMove(widget, start + (end - start) * step / steps)
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=end)


def on_canvas(viewer: PhotoViewer, x: float, y: float) -> QPoint:
    return viewer.canvas.from_photo(x, y).toPoint()


def is_red(colour: QColor) -> bool:
    return colour.red() > 200 and colour.green() < 110 and colour.blue() < 110


def shown_colour(viewer: PhotoViewer, x: float, y: float) -> QColor:
    """The colour on screen where the photo's point (x, y) is drawn."""
    image = viewer.canvas.grab().toImage()
    point = on_canvas(viewer, x, y) * viewer.canvas.devicePixelRatioF()
    return image.pixelColor(point)


def approx(value: float) -> object:
    return pytest.approx(value, abs=0.003)


# ----- zoom and pan --------------------------------------------------------------------------------
def test_the_photo_opens_whole_and_zooms(qtbot, viewer):
    canvas = viewer.canvas
    fit = canvas.fit_scale()
    assert canvas.zoom() == pytest.approx(fit) and fit < 1, "all of the print copy"
    assert viewer.ui.zoom_level.text() == f"{round(fit * 100)} %"
    click(qtbot, viewer.ui.zoom_in)
    assert canvas.zoom() == pytest.approx(fit * ZOOM_STEP)
    click(qtbot, viewer.ui.actual_size)
    assert canvas.zoom() == 1.0 and viewer.ui.zoom_level.text() == "100 %"
    assert canvas.image_rect().width() == 1600
    click(qtbot, viewer.ui.zoom_out)
    assert canvas.zoom() == pytest.approx(1 / ZOOM_STEP)
    click(qtbot, viewer.ui.fit)
    assert canvas.zoom() == pytest.approx(fit)
    for _ in range(3):
        click(qtbot, viewer.ui.zoom_out)
    assert canvas.zoom() == pytest.approx(fit), "never smaller than the whole photo"


def test_the_wheel_zooms_round_the_point_under_the_mouse(qtbot, viewer):
    canvas = viewer.canvas
    canvas.actual_size()
    under = QPointF(300, 200)
    before = canvas.to_photo(under)
    event = QWheelEvent(under, canvas.mapToGlobal(under), QPoint(), QPoint(0, 240),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)  # fmt: skip
    QApplication.sendEvent(canvas, event)
    assert canvas.zoom() == pytest.approx(ZOOM_STEP**2)
    assert canvas.to_photo(under) == pytest.approx(before, abs=1e-3)


def test_dragging_pans_a_zoomed_photo(qtbot, viewer):
    canvas = viewer.canvas
    canvas.set_zoom(2.0)
    centre = canvas.to_photo(QPointF(canvas.width() / 2, canvas.height() / 2))
    drag(qtbot, canvas, QPoint(400, 300), QPoint(300, 250))
    moved = canvas.to_photo(QPointF(canvas.width() / 2, canvas.height() / 2))
    assert moved[0] == pytest.approx(centre[0] + 100 / (2 * 1600), abs=1e-3)
    assert moved[1] == pytest.approx(centre[1] + 50 / (2 * 1200), abs=1e-3)
    assert canvas.marks() == [], "panning makes no mark"


# ----- marking -------------------------------------------------------------------------------------
def test_an_arrow_is_drawn_by_dragging_in_mark_mode(qtbot, viewer):
    click(qtbot, viewer.ui.mark)
    assert viewer.ui.arrow_tool.isChecked(), "the arrow comes chosen"
    drag(qtbot, viewer.canvas, on_canvas(viewer, 0.2, 0.3), on_canvas(viewer, 0.6, 0.5))
    (arrow,) = viewer.marks()
    assert isinstance(arrow, Arrow)
    assert (arrow.x1, arrow.y1, arrow.x2, arrow.y2) == (
        approx(0.2),
        approx(0.3),
        approx(0.6),
        approx(0.5),
    )
    assert is_red(shown_colour(viewer, 0.4, 0.4)), "drawn on screen at once"
    assert viewer.ui.undo.isEnabled() and viewer.ui.clear_marks.isEnabled()


def test_circle_and_text_and_undo(qtbot, viewer):
    click(qtbot, viewer.ui.circle_tool)
    assert viewer.ui.mark.isChecked(), "choosing a tool starts marking"
    drag(qtbot, viewer.canvas, on_canvas(viewer, 0.7, 0.7), on_canvas(viewer, 0.5, 0.4))
    click(qtbot, viewer.ui.text_tool)
    qtbot.mouseClick(viewer.canvas, Qt.MouseButton.LeftButton, pos=on_canvas(viewer, 0.1, 0.8))
    assert viewer.ui.message.text() == "A text mark needs a text.", "type first"
    assert viewer.ui.message.isVisible()
    type_text(qtbot, viewer.ui.label_text, "划伤 2 mm")
    qtbot.mouseClick(viewer.canvas, Qt.MouseButton.LeftButton, pos=on_canvas(viewer, 0.1, 0.8))
    circle, label = viewer.marks()
    assert isinstance(circle, Circle) and (circle.x1, circle.y2) == (approx(0.7), approx(0.4))
    assert isinstance(label, Label) and label.text == "划伤 2 mm"
    assert (label.x, label.y) == (approx(0.1), approx(0.8))
    assert not viewer.ui.message.isVisible(), "a mark made clears the sentence"

    click(qtbot, viewer.ui.undo)
    assert viewer.marks() == [circle]
    click(qtbot, viewer.ui.clear_marks)
    assert viewer.marks() == []
    click(qtbot, viewer.ui.undo)
    assert viewer.marks() == [circle], "clearing can be undone too"


def test_a_finger_draws_an_arrow_too(qtbot, viewer):
    """A touch screen: one finger's touch events become the mouse events that draw (the canvas
    takes touch events for the pinch, and must leave single touches to Qt)."""
    click(qtbot, viewer.ui.mark)
    canvas, finger = viewer.canvas, QTest.createTouchDevice()
    start, end = on_canvas(viewer, 0.2, 0.3), on_canvas(viewer, 0.6, 0.5)
    QTest.touchEvent(canvas, finger).press(0, start, canvas).commit()
    for step in range(1, 6):
        QTest.touchEvent(canvas, finger).move(0, start + (end - start) * step / 5, canvas).commit()
    QTest.touchEvent(canvas, finger).release(0, end, canvas).commit()
    qtbot.waitUntil(lambda: len(viewer.marks()) == 1)
    (arrow,) = viewer.marks()
    assert (arrow.x1, arrow.y1, arrow.x2, arrow.y2) == (
        approx(0.2),
        approx(0.3),
        approx(0.6),
        approx(0.5),
    )


def test_a_tap_is_no_arrow(qtbot, viewer):
    click(qtbot, viewer.ui.mark)
    qtbot.mouseClick(viewer.canvas, Qt.MouseButton.LeftButton, pos=on_canvas(viewer, 0.5, 0.5))
    assert viewer.marks() == []


def test_marks_stay_on_their_spot_when_the_window_is_resized_or_zoomed(qtbot, viewer):
    click(qtbot, viewer.ui.mark)
    drag(qtbot, viewer.canvas, on_canvas(viewer, 0.2, 0.5), on_canvas(viewer, 0.7, 0.5))
    marks = viewer.marks()
    assert is_red(shown_colour(viewer, 0.45, 0.5))
    before = on_canvas(viewer, 0.45, 0.5)

    viewer.resize(760, 560)
    qtbot.waitUntil(lambda: viewer.canvas.width() < 760)
    assert viewer.marks() == marks
    assert on_canvas(viewer, 0.45, 0.5) != before, "the photo moved on screen"
    assert is_red(shown_colour(viewer, 0.45, 0.5)), "the mark moved with it"
    assert not is_red(shown_colour(viewer, 0.45, 0.3))

    viewer.canvas.set_zoom(2.0, on_canvas(viewer, 0.45, 0.5).toPointF())
    assert is_red(shown_colour(viewer, 0.45, 0.5)) and is_red(shown_colour(viewer, 0.5, 0.5))


def test_show_original_takes_the_marks_away_until_toggled_back(qtbot, viewer):
    viewer.canvas.set_marks([Arrow(0.2, 0.5, 0.7, 0.5)])
    assert is_red(shown_colour(viewer, 0.45, 0.5))
    click(qtbot, viewer.ui.show_original)
    assert not is_red(shown_colour(viewer, 0.45, 0.5))
    assert not viewer.ui.mark.isChecked()
    drag(qtbot, viewer.canvas, on_canvas(viewer, 0.1, 0.1), on_canvas(viewer, 0.3, 0.3))
    assert len(viewer.marks()) == 1, "nothing is drawn on marks one cannot see"
    click(qtbot, viewer.ui.mark)
    assert not viewer.ui.show_original.isChecked(), "marking shows the marks"
    assert is_red(shown_colour(viewer, 0.45, 0.5))


# ----- saving --------------------------------------------------------------------------------------
def test_save_returns_the_marks_and_an_annotated_copy(qtbot, viewer, photo):
    click(qtbot, viewer.ui.mark)
    drag(qtbot, viewer.canvas, on_canvas(viewer, 0.2, 0.5), on_canvas(viewer, 0.7, 0.5))
    with qtbot.waitSignal(viewer.finished, timeout=20_000):
        click(qtbot, viewer.save_button)
    assert viewer.result() == QDialog.DialogCode.Accepted
    assert [type(mark) for mark in viewer.marks()] == [Arrow]
    copy = viewer.annotated()
    assert copy is not None and copy.sha256 != photo.sha256
    assert copy.filename == "IMG_0042 (marked).jpg"
    image = Image.open(io.BytesIO(copy.data)).convert("RGB")
    assert image.size == (1600, 1200)
    r, g, b = image.getpixel((int(0.45 * 1600), int(0.5 * 1200)))
    assert r > 200 and g < 110 and b < 110, "the arrow, where it was drawn"
    assert QApplication.overrideCursor() is None, "the busy cursor is gone"


def test_saving_unchanged_or_no_marks_makes_no_copy(qtbot, photo):
    existing = prepared_photo("IMG_0042 (marked).jpg", size=(1600, 1200), seed=5)
    marks = [Circle(0.4, 0.4, 0.6, 0.6)]
    viewer = PhotoViewer(photo, marks, existing)
    qtbot.addWidget(viewer)
    viewer.save()
    assert viewer.result() == QDialog.DialogCode.Accepted and not viewer.is_busy()
    assert viewer.annotated() is existing and viewer.marks() == marks

    viewer = PhotoViewer(photo, marks, existing)
    qtbot.addWidget(viewer)
    viewer.canvas.clear_marks()
    viewer.save()
    assert viewer.result() == QDialog.DialogCode.Accepted
    assert viewer.annotated() is None and viewer.marks() == [], "no marks, no copy"


def test_cancel_with_new_marks_asks_first(qtbot, viewer, questions):  # noqa: F811
    viewer.canvas.set_marks([])
    click(qtbot, viewer.ui.mark)
    drag(qtbot, viewer.canvas, on_canvas(viewer, 0.2, 0.5), on_canvas(viewer, 0.7, 0.5))
    viewer.reject()
    assert questions == ["Close the photo and lose the marks you made?"]
    assert viewer.result() == QDialog.DialogCode.Rejected


def test_a_copy_that_cannot_be_made_is_said_and_the_viewer_stays(qtbot, photo):
    """The original's bytes broken after intake (a damaged disk): annotate refuses as intake
    does, in its sentence, and the marks stay on screen to try again."""
    from dataclasses import replace

    broken = replace(photo, data=photo.data[: len(photo.data) // 2])
    viewer = PhotoViewer(broken)
    qtbot.addWidget(viewer)
    viewer.show()
    viewer.canvas.set_marks([Arrow(0.2, 0.5, 0.7, 0.5)])
    viewer.save()
    assert viewer.is_busy() and not viewer.save_button.isEnabled()
    qtbot.waitUntil(lambda: not viewer.is_busy(), timeout=20_000)
    assert viewer.isVisible() and viewer.annotated() is None
    assert viewer.ui.message.text() == (
        "IMG_0042.JPG is incomplete (cut off while copying or sending); copy it again from its "
        "source."
    )
    assert viewer.save_button.isEnabled() and len(viewer.marks()) == 1
    assert QApplication.overrideCursor() is None
