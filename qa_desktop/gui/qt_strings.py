"""Strings of Qt's own dialogs that Qt's Chinese catalogue lacks, for our catalogue to supply.

PySide6 6.11's qtbase_zh_CN.qm was made for older source strings: Qt's file dialog now asks for
"&Look in:" and "Files of &type:" (the catalogue has "Look in:", "Files of type:"), and the
type column's "Drive" and "Folder" moved to a context the catalogue does not have. Marked here
under Qt's own contexts, lupdate puts them in qa_desktop_zh_CN.ts; gui/language.py installs
our catalogue after Qt's, and Qt asks the translator installed last first, so these fill the
gaps and everything else still comes from Qt's catalogue.

Found by asking a recording translator what Qt's dialogs look up (file, message, input, colour
and font dialogs, the line-edit menus) and comparing with the .qm. QMimeType: on Windows Qt's
built-in MIME database names file types in English ("Portable Document Format") and asks the
translators for them; the types a QA engineer's folders hold are here.

Nothing imports this module to run the app; tests/gui/test_qt_dialogs.py checks every entry.
"""

from __future__ import annotations

from qa_desktop.core.i18n import QT_TRANSLATE_NOOP

QT_STRINGS: tuple[tuple[str, str], ...] = (
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&Look in:")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:")),
    # The type column of the file dialog's detail view (Qt asks with a platform comment).
    ("QAbstractFileIconProvider", QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive")),
    ("QAbstractFileIconProvider", QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder")),
    ("QAbstractFileIconProvider", QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File Folder")),
    ("QAbstractFileIconProvider", QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File")),
    ("QAbstractFileIconProvider", QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Shortcut")),
    ("QAbstractFileIconProvider", QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Alias")),
    ("QAbstractFileIconProvider", QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Unknown")),
    ("QMimeType", QT_TRANSLATE_NOOP("QMimeType", "Portable Document Format")),
    ("QMimeType", QT_TRANSLATE_NOOP("QMimeType", "Office Open XML Workbook")),
    ("QMimeType", QT_TRANSLATE_NOOP("QMimeType", "Microsoft Excel Spreadsheet")),
    ("QMimeType", QT_TRANSLATE_NOOP("QMimeType", "Office Open XML Document")),
    ("QMimeType", QT_TRANSLATE_NOOP("QMimeType", "Microsoft Word Document")),
    ("QMimeType", QT_TRANSLATE_NOOP("QMimeType", "Office Open XML Presentation")),
    ("QMimeType", QT_TRANSLATE_NOOP("QMimeType", "Microsoft Powerpoint Presentation")),
    ("QMimeType", QT_TRANSLATE_NOOP("QMimeType", "OpenDocument v1.0: Spreadsheet document")),
    ("QMimeType", QT_TRANSLATE_NOOP("QMimeType", "Portable Network Graphics")),
    ("QMimeType", QT_TRANSLATE_NOOP("QMimeType", "Joint Photographic Experts Group")),
    ("QMimeType", QT_TRANSLATE_NOOP("QMimeType", "Windows bitmap")),
    ("QMimeType", QT_TRANSLATE_NOOP("QMimeType", "Graphics Interchange Format")),
    ("QMimeType", QT_TRANSLATE_NOOP("QMimeType", "Tagged Image File Format")),
    ("QMimeType", QT_TRANSLATE_NOOP("QMimeType", "Compressed Archive File")),
    ("QMimeType", QT_TRANSLATE_NOOP("QMimeType", "RAR archive")),
    ("QMimeType", QT_TRANSLATE_NOOP("QMimeType", "7-zip archive")),
    ("QMimeType", QT_TRANSLATE_NOOP("QMimeType", "HyperText Markup Language")),
    ("QMimeType", QT_TRANSLATE_NOOP("QMimeType", "Extensible Markup Language")),
    ("QMimeType", QT_TRANSLATE_NOOP("QMimeType", "Microsoft Outlook Message")),
    ("QMimeType", QT_TRANSLATE_NOOP("QMimeType", "DOS/Windows executable (EXE)")),
    ("QMimeType", QT_TRANSLATE_NOOP("QMimeType", "Empty document")),
    ("QMimeType", QT_TRANSLATE_NOOP("QMimeType", "Directory")),
)
