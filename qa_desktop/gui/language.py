"""Language of the window: Qt translators for screens, the core's catalogue for documents."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from qa_desktop.core import i18n
from qa_desktop.paths import font_path, translations_dir

_installed: list[QTranslator] = []
CJK_FAMILY = "WenQuanYi Micro Hei"


def system_language() -> str:
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def install(app: QApplication, lang: str) -> None:
    """Switch every later tr() and the core's translate() to `lang`."""
    i18n.set_language(lang)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if lang == i18n.SOURCE_LANGUAGE:
        return
    ours = QTranslator(app)
    if not ours.load(f"qa_desktop_{lang}", str(translations_dir())):
        raise FileNotFoundError(f"qa_desktop_{lang}.qm is missing from {translations_dir()}")
    qt_own = QTranslator(app)  # Qt's standard buttons and dialogs (OK, Cancel, file dialogs)
    if qt_own.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _installed.append(qt_own)
    _installed.append(ours)
    for translator in _installed:
        app.installTranslator(translator)


def install_font(app: QApplication) -> None:
    """Register the bundled CJK font and put it behind the system font as the fallback for
    Chinese, so Chinese renders on machines that have no CJK font installed."""
    if QFontDatabase.addApplicationFont(str(font_path())) < 0:
        return
    font = QFont(app.font())
    font.setFamilies([font.family(), CJK_FAMILY])
    app.setFont(font)
