"""The signature pad (gui/signature_pad.py): strokes from the mouse, a pen and a finger, kept
normalised, so resizing never clears or stretches the ink; too short refused; shown read-only."""

from __future__ import annotations

import re
from itertools import pairwise

import pytest
from PySide6.QtCore import QPoint, QSize
from PySide6.QtGui import QImage, QInputDevice, QPointingDevice
from pytestqt.qtbot import QtBot
from signing import SteppingTimer, drag, pen, pen_stroke, touch_stroke, wave

from qa_desktop.core.errors import UserError
from qa_desktop.core.signature_strokes import GRID, strokes_from_json, strokes_to_json
from qa_desktop.gui.signature_pad import MINIMUM, SignaturePad

STEP = 25  # ms between two readings of the test's timer


@pytest.fixture
def pad(qtbot: QtBot) -> SignaturePad:
    made = SignaturePad(timer=SteppingTimer(STEP))
    qtbot.addWidget(made)
    made.resize(600, 220)
    made.show()
    qtbot.waitExposed(made)
    return made


def ink_box(image: QImage) -> tuple[int, int, int, int]:
    """The bounding box (left, top, right, bottom) of the ink: dark pixels, the frame's 3 px
    (grey, or blue when focused) left out. The rule and the hint are light grey: not ink."""
    xs, ys = [], []
    for y in range(3, image.height() - 3):
        for x in range(3, image.width() - 3):
            colour = image.pixelColor(x, y)
            if colour.red() < 110 and colour.green() < 110:
                xs.append(x)
                ys.append(y)
    assert xs, "the pad shows no ink"
    return min(xs), min(ys), max(xs), max(ys)


def ratio(box: tuple[int, int, int, int]) -> float:
    left, top, right, bottom = box
    return (right - left) / (bottom - top)


def test_a_mouse_drag_is_one_stroke_of_normalised_timed_points(pad: SignaturePad) -> None:
    drawn = wave(pad)
    drag(pad, drawn)
    (stroke,) = pad.strokes()
    assert len(stroke.points) == len(drawn)  # the release at the last point adds none
    for (x, y, _t, pressure), point in zip(stroke.points, drawn, strict=True):
        assert x == pytest.approx(point.x() / 600, abs=1 / GRID)  # by the longer side
        assert y == pytest.approx(point.y() / 600, abs=1 / GRID)
        assert pressure == 0.5  # a mouse measures none
    times = [p[2] for p in stroke.points]
    assert times[0] == 0 and all(b - a == STEP for a, b in pairwise(times))
    drag(pad, wave(pad, top=0.5, bottom=0.6))
    second = pad.strokes()[1]
    assert len(pad.strokes()) == 2 and second.points[0][2] > times[-1]  # one clock per signature


def test_a_pen_records_its_pressure_and_draws_once(pad: SignaturePad) -> None:
    points = wave(pad, 12)
    pressures = [0.1 + 0.07 * i for i in range(12)]
    pen_stroke(pad, points, pressures, pen())
    (stroke,) = pad.strokes()  # no second stroke from a mouse event made of the pen's
    assert [p[3] for p in stroke.points] == pytest.approx(pressures, abs=1 / GRID)
    no_pressure = QPointingDevice(
        "cheap pen", 8, QInputDevice.DeviceType.Stylus, QPointingDevice.PointerType.Pen,
        QInputDevice.Capability.Position, 1, 1,
    )  # fmt: skip
    pen_stroke(pad, points, [0.0] * 12, no_pressure)  # a pen that reports none reads 0
    assert {p[3] for p in pad.strokes()[1].points} == {0.5}


def test_a_finger_draws_a_stroke(pad: SignaturePad) -> None:
    points = wave(pad, 10)
    touch_stroke(pad, points)
    (stroke,) = pad.strokes()
    assert len(stroke.points) == 10 and {p[3] for p in stroke.points} == {0.5}
    assert stroke.points[3][0] == pytest.approx(points[3].x() / 600, abs=1 / GRID)


def test_resizing_keeps_the_strokes_and_the_shape_of_the_ink(pad: SignaturePad, qtbot) -> None:
    drag(pad, wave(pad, 30))
    before, image = pad.strokes(), pad.grab().toImage()
    box = ink_box(image)
    for size in (QSize(900, 330), QSize(800, 200), MINIMUM, QSize(480, 700)):  # upright last
        pad.resize(size)
        qtbot.wait(1)
        assert pad.size() == size
        assert pad.strokes() == before, f"the strokes changed at {size}"
        resized = ink_box(pad.grab().toImage())
        assert ratio(resized) == pytest.approx(ratio(box), rel=0.04), f"stretched at {size}"
        assert resized[2] < size.width() - 4 and resized[3] < size.height() - 4  # not cut
    pad.resize(900, 330)
    qtbot.wait(1)
    left, _, right, _ = ink_box(pad.grab().toImage())
    assert (right - left) == pytest.approx((box[2] - box[0]) * 1.5, rel=0.04)  # one scale


def test_resizing_while_signing_continues_the_stroke(pad: SignaturePad) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    first = wave(pad, 10)
    QTest.mousePress(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, first[0])
    for point in first[1:]:
        QTest.mouseMove(pad, point)
    drawn_so_far = pad.strokes()[0].points
    pad.resize(900, 330)  # a longer side of 900 from here on
    QTest.mouseMove(pad, QPoint(850, 100))
    QTest.mouseRelease(
        pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(850, 100)
    )
    (stroke,) = pad.strokes()
    assert stroke.points[: len(drawn_so_far)] == drawn_so_far
    assert stroke.points[-1][:2] == pytest.approx((850 / 900, 100 / 900), abs=1 / GRID)


def test_clear_empties_the_pad_and_says_so(pad: SignaturePad, qtbot) -> None:
    drag(pad, wave(pad))
    assert not pad.is_empty()
    with qtbot.waitSignal(pad.changed, timeout=1000):
        pad.clear()
    assert pad.is_empty() and pad.strokes() == []
    drag(pad, wave(pad))
    assert pad.strokes()[0].points[0][2] == 0  # a new signature's time starts again


def test_a_scribble_is_refused_and_a_signature_accepted(pad: SignaturePad) -> None:
    with pytest.raises(UserError, match=re.escape("Sign in the box first.")):
        pad.accepted_strokes()
    drag(pad, [QPoint(300 + i, 110) for i in range(0, 40, 4)])  # 40 px of 600: a stray line
    with pytest.raises(UserError, match="too short to be a signature"):
        pad.accepted_strokes()
    pad.clear()
    drag(pad, wave(pad))
    assert pad.accepted_strokes() == pad.strokes()


def test_stored_strokes_show_read_only_as_they_were(pad: SignaturePad, qtbot) -> None:
    drag(pad, wave(pad))
    drag(pad, wave(pad, 8, top=0.6, bottom=0.65))
    stored = strokes_to_json(pad.strokes())
    shown = SignaturePad()
    qtbot.addWidget(shown)
    shown.resize(600, 220)
    shown.set_strokes(strokes_from_json(stored))
    shown.set_read_only(True)
    shown.show()
    qtbot.waitExposed(shown)
    assert strokes_to_json(shown.strokes()) == stored and shown.strokes() == pad.strokes()
    drag(shown, wave(shown, top=0.1, bottom=0.2))  # read-only: ignored
    assert strokes_to_json(shown.strokes()) == stored
    assert ratio(ink_box(shown.grab().toImage())) == pytest.approx(
        ratio(ink_box(pad.grab().toImage())), rel=0.04
    )


def test_the_pad_is_large_enough_and_empty_shows_the_hint(pad: SignaturePad) -> None:
    assert pad.minimumSize() == QSize(480, 180) and pad.minimumSizeHint() == MINIMUM
    blank = pad.grab().toImage()
    with pytest.raises(AssertionError):  # the hint and the rule are light: no ink yet
        ink_box(blank)
    light = {blank.pixelColor(x, y).red() for x in range(0, 600, 3) for y in range(20, 160, 3)}
    assert min(light) < 230  # the hint is drawn
