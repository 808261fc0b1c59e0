"""Marks drawn over a photo on screen, live, as core.annotations.draw_marks draws them into the
annotated copy: the same geometry (the core's), the same red with its white outline, the same
bundled font, for the size the photo has on screen at this zoom."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)

from qa_desktop.core.annotations import (
    RED,
    WHITE,
    Arrow,
    Circle,
    Label,
    Mark,
    Style,
    arrow_outline,
    circle_box,
    label_origin,
    style_for,
)
from qa_desktop.gui.language import CJK_FAMILY
from qa_desktop.paths import font_path


def paint_marks(painter: QPainter, marks: list[Mark], rect: QRectF) -> None:
    """Marks over a photo drawn in `rect`, as annotations.draw_marks draws them into pixels."""
    width, height = rect.width(), rect.height()
    if width <= 0 or height <= 0:
        return
    style = style_for(width, height)
    painter.save()
    painter.translate(rect.topLeft())
    for mark in marks:
        if isinstance(mark, Arrow):
            _paint_arrow(painter, mark, width, height, style)
        elif isinstance(mark, Circle):
            _paint_circle(painter, mark, width, height, style)
        else:
            _paint_label(painter, mark, width, height, style)
    painter.restore()


_RED, _WHITE = QColor(*RED), QColor(*WHITE)


def _outline_pen(width: float) -> QPen:
    return QPen(_WHITE, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                Qt.PenJoinStyle.RoundJoin)  # fmt: skip


def _paint_arrow(
    painter: QPainter, arrow: Arrow, width: float, height: float, style: Style
) -> None:
    points = arrow_outline(arrow, width, height, style)
    if not points:
        return
    polygon = QPolygonF([QPointF(x, y) for x, y in points])
    painter.setPen(_outline_pen(style.outline * 2))
    painter.setBrush(QBrush(_WHITE))
    painter.drawPolygon(polygon)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(_RED))
    painter.drawPolygon(polygon)


def _paint_circle(
    painter: QPainter, circle: Circle, width: float, height: float, style: Style
) -> None:
    left, top, right, bottom = circle_box(circle, width, height)
    box = QRectF(left, top, right - left, bottom - top)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(_outline_pen(style.line + 2 * style.outline))
    painter.drawEllipse(box)
    painter.setPen(QPen(_RED, style.line))
    painter.drawEllipse(box)


def _paint_label(
    painter: QPainter, label: Label, width: float, height: float, style: Style
) -> None:
    font = _label_font(max(1, round(style.text_px)))
    metrics = QFontMetricsF(font)
    x, middle = label_origin(label, width, height, metrics.horizontalAdvance(label.text), style)
    baseline = middle + (metrics.ascent() - metrics.descent()) / 2
    path = QPainterPath()
    path.addText(QPointF(x, baseline), font, label.text)
    painter.strokePath(path, _outline_pen(style.outline * 2))
    painter.fillPath(path, QBrush(_RED))


def _label_font(pixels: int) -> QFont:
    font = QFont(_cjk_family())
    font.setPixelSize(pixels)
    return font


@cache
def _cjk_family() -> str:
    """The bundled font the annotated copy is drawn in, registered if the app has not yet."""
    if CJK_FAMILY not in QFontDatabase.families():
        QFontDatabase.addApplicationFont(str(font_path()))
    return CJK_FAMILY
