"""Screenshots of the real windows, in English and Chinese, for review and the docs.

    .venv/bin/python build/screenshots.py OUT_DIR

Runs offscreen on a fresh 300-complaint demo database. Look at every PNG it writes.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from qa_desktop.core.db import open_database
from qa_desktop.core.demo import load_demo
from qa_desktop.core.models import Complaint
from qa_desktop.core.settings import UserSettings
from qa_desktop.gui import language
from qa_desktop.gui.complaint_dialog import ComplaintDialog
from qa_desktop.gui.department_dialog import DepartmentDialog
from qa_desktop.gui.main_window import MainWindow


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def main(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv)
    language.install_font(app)
    with tempfile.TemporaryDirectory() as folder:
        db_path = Path(folder) / "demo.sqlite"
        db = open_database(db_path)
        load_demo(db, 300, seed=1, anchor=date(2026, 11, 23))
        for lang in ("en", "zh_CN"):
            language.install(app, lang)
            window = MainWindow(db, db_path, UserSettings(Path(folder) / "settings.json"))
            window.resize(1400, 860)
            window.show()
            settle(app)
            window.grab().save(str(out / f"main_{lang}.png"))
            case = Complaint.select().order_by(Complaint.id.desc()).first()
            dialog = ComplaintDialog(window, complaint_id=case.id)
            dialog.resize(1100, 800)
            dialog.show()
            settle(app)
            dialog.grab().save(str(out / f"form_edit_{lang}.png"))
            dialog.close()
            empty = ComplaintDialog(window)
            empty.resize(1100, 800)
            empty.show()
            empty.ui.defect_rate.setText("120")
            empty.ui.affected_qty.setText("-3")
            empty.save()
            settle(app)
            empty.grab().save(str(out / f"form_errors_{lang}.png"))
            empty.setResult(0)
            empty.hide()
            empty.deleteLater()
            settings = DepartmentDialog(window)
            settings.resize(900, 640)
            settings.show()
            settle(app)
            settings.grab().save(str(out / f"settings_defects_{lang}.png"))
            settings.ui.tabs.setCurrentIndex(1)
            settings.ui.coil_test.setText("S24A0817-03")
            settle(app)
            settings.grab().save(str(out / f"settings_rules_{lang}.png"))
            settings.hide()
            settings.deleteLater()
            window.hide()
            window.deleteLater()
            settle(app)
    print(f"screenshots in {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "out/screenshots")))
