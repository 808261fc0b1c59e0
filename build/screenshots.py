"""Screenshots of the real windows, in English and Chinese, for review and the docs.

    .venv/bin/python build/screenshots.py OUT_DIR

Runs offscreen on a fresh 300-complaint demo database. Look at every PNG it writes. The
offscreen screen is 800 × 800; a factory PC's 1366 × 768 (at 125 %: QT_SCALE_FACTOR=1.25) is
QT_QPA_PLATFORM=offscreen:configfile=FILE with a JSON screen, e.g.
{"screens": [{"name": "pc", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96,
"logicalBaseDpi": 96, "dpr": 1}]}
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
from qa_desktop.core.services.customers import find_customer
from qa_desktop.core.settings import UserSettings
from qa_desktop.gui import language
from qa_desktop.gui.complaint_dialog import ComplaintDialog
from qa_desktop.gui.customers_dialog import CustomersDialog
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
            settings = DepartmentDialog(window)  # its own size: what fits the screen
            settings.show()
            settle(app)
            settings.grab().save(str(out / f"settings_defects_{lang}.png"))
            settings.ui.tabs.setCurrentIndex(1)
            settings.ui.coil_number_forms.setPlainText("S##@####-##\nLOT/####/##")
            settings.ui.coil_test.setText("S24A0817-03")
            settle(app)
            settings.grab().save(str(out / f"settings_rules_{lang}.png"))
            settings.ui.coil_number_forms.setPlainText("(A+)+$")
            settle(app)
            settings.grab().save(str(out / f"settings_rules_error_{lang}.png"))
            settings.hide()
            settings.deleteLater()
            customers = CustomersDialog(window)
            customers.show()
            customers.select_customer(find_customer("佛山某不锈钢制品厂").id)
            settle(app)
            customers.grab().save(str(out / f"customers_{lang}.png"))
            customers.ui.filter.setText("fs")
            customers.ui.contact_email.setText("not an address")
            customers.save()
            settle(app)
            customers.grab().save(str(out / f"customers_filter_errors_{lang}.png"))
            customers.hide()
            customers.deleteLater()
            window.hide()
            window.deleteLater()
            settle(app)
    print(f"screenshots in {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "out/screenshots")))
