"""Opening a file we wrote in the computer's own program, and saying so when that fails.

QDesktopServices.openUrl returns False when no program is registered for the file type (Windows:
no PDF viewer) or the opener cannot be started; nothing would happen on screen, and the user would
not know where the file went. The dialog gives the full path in a field to select and copy.
(On Linux, xdg-open starting but finding no viewer is not reported back to us.)
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from qa_desktop import APP_NAME


def open_in_system_viewer(parent: QWidget, path: Path) -> bool:
    """Open `path` in its program; when that fails, show where the file is. True if opened."""
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        return True
    CannotOpenDialog(path, parent).exec()
    return False


class CannotOpenDialog(QDialog):
    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(APP_NAME)
        self.setMinimumWidth(520)
        message = QLabel(
            self.tr(
                "The file was saved, but no program to open it could be started on this computer. "
                "Open it yourself from here:"
            ),
            self,
        )
        message.setWordWrap(True)
        self.path_field = QLineEdit(str(path), self)
        self.path_field.setReadOnly(True)  # selectable and copyable, not editable
        self.path_field.setCursorPosition(0)
        self.path_field.selectAll()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("Copy path"), self)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_path)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (message, self.path_field, buttons):
            layout.addWidget(widget)

    def copy_path(self) -> None:
        QApplication.clipboard().setText(self.path_field.text())
        self.copy_button.setText(self.tr("Copied"))
