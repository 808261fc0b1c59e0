"""Language of the window: Qt translators for screens, the core's catalogue for documents.

Two catalogues are installed: Qt's own (qtbase_<lang>.qm: the file dialog, message boxes,
standard buttons) and ours, last, so Qt asks ours first. Ours also holds the few strings of Qt's
own dialogs that Qt's catalogue lacks (gui/qt_strings.py), under Qt's contexts.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from qa_desktop.core import i18n
from qa_desktop.paths import font_path, translations_dir

_installed: list[QTranslator] = []
_loaded: list[str] = []
CJK_FAMILY = "WenQuanYi Micro Hei"


def system_language() -> str:
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def install(app: QApplication, lang: str) -> None:
    """Switch every later tr() and the core's translate() to `lang`."""
    i18n.set_language(lang)
    i18n.use_translator(None)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _loaded.clear()
    # Qt's own widgets also speak through the locale: the file dialog's file types (the MIME
    # database picks its comments by it) and the calendar's months. Our forms set their own date
    # formats; the file dialog writes sizes and dates as the PC's regional settings say.
    QLocale.setDefault(
        QLocale(QLocale.Language.Chinese, QLocale.Country.China)
        if lang.startswith("zh")
        else QLocale.system()
    )
    if lang == i18n.SOURCE_LANGUAGE:
        return
    ours = QTranslator(app)
    if not ours.load(f"qa_desktop_{lang}", str(translations_dir())):
        raise FileNotFoundError(f"qa_desktop_{lang}.qm is missing from {translations_dir()}")
    qt_own = QTranslator(app)  # Qt's standard buttons and dialogs (OK, Cancel, file dialogs)
    folder = qt_translations_dir(lang)
    if folder is not None and qt_own.load(f"qtbase_{lang}", str(folder)):
        _installed.append(qt_own)
        _loaded.append(f"qtbase_{lang}")
    _installed.append(ours)
    _loaded.append(f"qa_desktop_{lang}")
    for translator in _installed:
        app.installTranslator(translator)
    # The core's strings in this language through the same translators (the .qm is compiled
    # from the .ts the core's catalogue is read from), not through the whole catalogue.
    i18n.use_translator(lang, QCoreApplication.translate)


def loaded_catalogues() -> list[str]:
    """The catalogues installed, in the order Qt installed them: qtbase_zh_CN, qa_desktop_zh_CN."""
    return list(_loaded)


def qt_translations_dir(lang: str) -> Path | None:
    """The folder holding Qt's own qtbase_<lang>.qm, wherever this run's Qt is.

    QLibraryInfo knows it in a source tree's or an installed wheel's virtual environment; in a
    PyInstaller bundle the .qm travels in PySide6/Qt/translations (build/qa_desktop.spec) and
    QLibraryInfo may point elsewhere, so the PySide6 package's own folders are tried too."""
    import PySide6

    package = Path(PySide6.__file__).resolve().parent
    for folder in (package / "Qt" / "translations", package / "translations"):
        if (folder / f"qtbase_{lang}.qm").is_file():  # a wheel's, a bundle's: no QLibraryInfo
            return folder
    from PySide6.QtCore import QLibraryInfo

    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    return folder if (folder / f"qtbase_{lang}.qm").is_file() else None


def install_font(app: QApplication) -> None:
    """Register the bundled CJK font and put it behind the system font as the fallback for
    Chinese, so Chinese renders on machines that have no CJK font installed."""
    if QFontDatabase.addApplicationFont(str(font_path())) < 0:
        return
    font = QFont(app.font())
    font.setFamilies([font.family(), CJK_FAMILY])
    app.setFont(font)
