"""Qt's own dialogs in Chinese: the file dialog, message boxes, input and colour dialogs.

Qt's catalogue (qtbase_zh_CN.qm) lacks some of Qt's current strings; ours supplies them
(gui/qt_strings.py). Each dialog is opened for real and every text a person reads is checked."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QColorDialog,
    QComboBox,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QTreeView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from qa_desktop.gui import language
from qa_desktop.gui.qt_strings import QT_STRINGS

# Names that stay as they are in Chinese: the colour dialog's "HTML:", file types' products.
ACRONYMS = {"HTML", "PDF", "Excel", "Word", "PowerPoint"}


@pytest.fixture
def chinese(qapp: QApplication):
    app = qapp
    language.install(app, "zh_CN")
    yield app
    language.install(app, "en")


def english_words(text: str) -> list[str]:
    """Runs of Latin letters left in a text once mnemonics (&S), (&S) are taken out."""
    plain = re.sub(r"\(&\w\)", "", text).replace("&", "")
    return [word for word in re.findall(r"[A-Za-z]{2,}", plain) if word not in ACRONYMS]


def readable_texts(dialog: QWidget) -> dict[str, str]:
    """Every label, button, tooltip, menu action, header and combo text, by where it is."""
    found: dict[str, str] = {}
    for widget in [dialog, *dialog.findChildren(QWidget)]:
        name = f"{type(widget).__name__} {widget.objectName()}"
        if widget.toolTip():
            found[f"{name} tooltip"] = widget.toolTip()
        if isinstance(widget, QLabel | QAbstractButton) and widget.text():
            found[name] = widget.text()
        if isinstance(widget, QHeaderView):
            model = widget.model()
            for section in range(model.columnCount()):
                found[f"{name} header {section}"] = str(
                    model.headerData(section, widget.orientation())
                )
    for action in dialog.findChildren(QAction):
        if action.text():
            found[f"action {action.objectName()}"] = action.text()
    return found


def untranslated(dialog: QWidget) -> dict[str, str]:
    return {where: text for where, text in readable_texts(dialog).items() if english_words(text)}


def test_our_catalogue_supplies_every_qt_string_qt_s_lacks(chinese):
    missing = [
        (context, text)
        for context, text in QT_STRINGS
        if QCoreApplication.translate(context, text) == text
    ]
    assert missing == []
    # Qt asks with a disambiguating comment; a translation without one still answers it.
    folder = QCoreApplication.translate(
        "QAbstractFileIconProvider", "Folder", "All other platforms"
    )
    assert folder == "文件夹"


def test_the_file_dialog_shows_no_english(qtbot: QtBot, chinese, tmp_path: Path):
    (tmp_path / "照片").mkdir()
    (tmp_path / "complaint-register.xlsx").write_bytes(b"")
    dialog = QFileDialog(None, "", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    qtbot.addWidget(dialog)
    dialog.show()
    tree = dialog.findChild(QTreeView, "treeView")
    model = tree.model()

    def listed() -> bool:
        return model.rowCount(tree.rootIndex()) == 2

    qtbot.waitUntil(listed)
    folder = next(
        model.index(row, 0, tree.rootIndex())
        for row in range(2)
        if model.index(row, 0, tree.rootIndex()).data() == "照片"
    )
    qtbot.waitUntil(lambda: folder.siblingAtColumn(2).data() not in (None, ""))
    assert folder.siblingAtColumn(2).data() == "文件夹", "the type column"
    # Every entry's type, the file's too (the MIME database's comment, in the window's language).
    # Sizes and dates are written as the PC's regional settings say (QLocale::system()).
    types = [model.index(row, 2, tree.rootIndex()).data() for row in range(2)]
    assert [english_words(text) for text in types] == [[], []], types
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"] == "查找范围(&L)："
    assert labels["fileTypeLabel"] == "文件类型(&T)："
    file_type = dialog.findChild(QComboBox, "fileTypeCombo")
    assert english_words(file_type.currentText()) == []
    assert untranslated(dialog) == {}
    for mode in (QFileDialog.AcceptMode.AcceptOpen,):  # the open dialog's own button
        dialog.setAcceptMode(mode)
        assert untranslated(dialog) == {}


def test_a_message_box_s_standard_buttons_are_chinese(qtbot: QtBot, chinese):
    buttons = QMessageBox.StandardButton
    every = buttons.NoButton
    for button in (
        buttons.Ok, buttons.Save, buttons.SaveAll, buttons.Open, buttons.Yes, buttons.YesToAll,
        buttons.No, buttons.NoToAll, buttons.Abort, buttons.Retry, buttons.Ignore, buttons.Close,
        buttons.Cancel, buttons.Discard, buttons.Help, buttons.Apply, buttons.Reset,
        buttons.RestoreDefaults,
    ):  # fmt: skip
        every |= button
    box = QMessageBox(QMessageBox.Icon.Question, "客诉", "放弃所做的更改？", every)
    box.setDetailedText("详细信息")
    qtbot.addWidget(box)
    box.show()
    texts = [button.text() for button in box.buttons()]
    assert {"保存", "丢弃", "取消", "是(&Y)", "显示详情..."} <= set(texts), "18 and Show Details"
    assert untranslated(box) == {}


@pytest.mark.parametrize("kind", ["input", "colour"])
def test_input_and_colour_dialogs_are_chinese(qtbot: QtBot, chinese, kind):
    if kind == "input":
        dialog = QInputDialog()
        dialog.setLabelText("数量")
    else:
        dialog = QColorDialog()
        dialog.setOption(QColorDialog.ColorDialogOption.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    assert untranslated(dialog) == {}


def test_qt_s_catalogue_is_found_where_qlibraryinfo_does_not_point(chinese, monkeypatch):
    """In a PyInstaller bundle QLibraryInfo may point outside it: the .qm the spec keeps in
    PySide6/Qt/translations is found there all the same."""
    monkeypatch.setattr(QLibraryInfo, "path", lambda *args: "/nowhere")
    language.install(chinese, "zh_CN")
    assert language.loaded_catalogues() == ["qtbase_zh_CN", "qa_desktop_zh_CN"]
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
    assert QCoreApplication.translate("QFileDialog", "&Look in:") == "查找范围(&L)："


def test_the_core_speaks_through_the_windows_translators_as_through_its_catalogue(chinese):
    """In the window the core's strings in the language on screen come from the .qm (not the
    whole .json catalogue, which a start-up would parse before its first paint): every entry
    of the catalogue reads the same both ways, and another language still reads the catalogue."""
    from qa_desktop.core import i18n

    table = i18n.catalogue("zh_CN")
    assert len(table) > 2000
    through_qt = {key: i18n.translate(*key) for key in table}
    assert through_qt == table
    assert i18n.translate("Vocabulary", "Closed", "en") == "Closed"
    language.install(chinese, "en")
    assert i18n.translate("Vocabulary", "Closed") == "Closed"
    assert i18n.translate("Vocabulary", "Closed", "zh_CN") == table[("Vocabulary", "Closed")]
