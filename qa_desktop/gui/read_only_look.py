"""How a field that cannot be typed in looks: as the disabled lists beside it do (the window's
background), not as an empty white box that invites typing. One look for every form shown read
only (an action past its open state, a closed case's complaint form)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

READ_ONLY_LOOK = (
    'QLineEdit[readOnly="true"], QPlainTextEdit[readOnly="true"], '
    'QAbstractSpinBox[readOnly="true"] { background: palette(window); }'
)


def give_read_only_look(host: QWidget) -> None:
    """`host`'s read-only line and text fields take the look, now and whenever one changes
    (`repolish` after setReadOnly: a style sheet reads the property when it polishes)."""
    host.setStyleSheet(host.styleSheet() + READ_ONLY_LOOK)


def repolish(widget: QWidget) -> None:
    """Apply the look again after `widget`'s readOnly changed."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)
