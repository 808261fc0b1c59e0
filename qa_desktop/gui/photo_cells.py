"""How one photo looks in the strip: its thumbnail on a square (a red dot in its corner once
marked), its caption under it (the file's name, greyed, until it has one) and, on a second
line, what it is attached to. Each line is
cut with … when too long: a wrapped caption would push the second line out of the cell."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from qa_desktop.core.annotations import RED, WHITE

ICON_PX = 128
CELL = QSize(ICON_PX + 20, ICON_PX + 44)  # the thumbnail and two lines of text under it
TARGET_ROLE = Qt.ItemDataRole.UserRole + 1  # the second line: what the photo is attached to
CAPTIONED_ROLE = Qt.ItemDataRole.UserRole + 2  # False: the first line is the file's name
MARKED_ROLE = Qt.ItemDataRole.UserRole + 3  # True: the thumbnail is of the annotated copy
BADGE_PX = 14


class PhotoCell(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        return CELL

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawPrimitive(
            QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget
        )
        rect = option.rect.adjusted(4, 4, -4, -2)
        icon = QRect(rect.x() + (rect.width() - ICON_PX) // 2, rect.y(), ICON_PX, ICON_PX)
        option.icon.paint(painter, icon)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        metrics = option.fontMetrics
        line = QRect(rect.x(), icon.bottom() + 4, rect.width(), metrics.height())
        painter.save()
        painter.setPen(option.palette.color(_role(selected, bool(index.data(CAPTIONED_ROLE)))))
        text = metrics.elidedText(option.text, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(line, Qt.AlignmentFlag.AlignHCenter, text)
        target = index.data(TARGET_ROLE) or ""
        if target:
            painter.setPen(option.palette.color(_role(selected, True)))
            text = metrics.elidedText("→ " + target, Qt.TextElideMode.ElideMiddle, rect.width())
            painter.drawText(
                line.translated(0, metrics.height()), Qt.AlignmentFlag.AlignHCenter, text
            )
        painter.restore()


def _role(selected: bool, plain: bool) -> QPalette.ColorRole:
    if selected:
        return QPalette.ColorRole.HighlightedText
    return QPalette.ColorRole.Text if plain else QPalette.ColorRole.PlaceholderText


def thumbnail_icon(thumbnail: bytes | None, marked: bool = False) -> QIcon:
    """The thumbnail centred on a square, so portrait and landscape photos line up; a marked
    photo's with a red dot in its corner, in the marks' colours (a small thumbnail barely shows
    the marks themselves)."""
    canvas = QPixmap(ICON_PX, ICON_PX)
    canvas.fill(Qt.GlobalColor.transparent)
    picture = QPixmap()
    if thumbnail and picture.loadFromData(thumbnail):
        scaled = picture.scaled(
            ICON_PX, ICON_PX, Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )  # fmt: skip
        painter = QPainter(canvas)
        place = QRect((ICON_PX - scaled.width()) // 2, (ICON_PX - scaled.height()) // 2,
                      scaled.width(), scaled.height())  # fmt: skip
        painter.drawPixmap(place.topLeft(), scaled)
        if marked:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(QColor(*WHITE), 2))
            painter.setBrush(QColor(*RED))
            painter.drawEllipse(
                QRect(place.right() - BADGE_PX - 3, place.y() + 3, BADGE_PX, BADGE_PX)
            )
        painter.end()
    return QIcon(canvas)
