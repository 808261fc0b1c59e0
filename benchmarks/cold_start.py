"""Cold start to the first paint: ours beside two baselines, each spawned as its own process.

Every child prints `shown-at <epoch>` once its first window has been painted (a zero timer set
from the first paint event: one set after show() would fire before the paint, measured); the
figure is spawn to that line, without the interpreter's teardown. The programs are spawned turn
about (ours, baselines, ours, …, the order rotating each round) after one discarded start each
(compiled bytecode, the page cache and the font cache are then warm for all), so that the shared
machine's load falls on all alike. Baselines:

- bare Qt: a QApplication and an empty QMainWindow of the same size;
- same work: a QApplication and a QTableView over a minimal QAbstractTableModel showing the
  register's first 40 rows read by raw sqlite3 from the same file (the same columns, joins and
  default order, newest received first: `same_work_sql`), in the bundled font the app sets.
"""

from __future__ import annotations

import json
import subprocess
import time
from collections.abc import Mapping, Sequence
from pathlib import Path

from qa_desktop.core import register
from qa_desktop.paths import font_path

SCREEN_ROWS = 40  # rows visible in a maximised register on a 1080p screen

# Each child marks its first paint as the app does (gui/first_paint.py): a zero timer set from
# its window's first paint event, so the mark comes after that paint pass.
MARK_AFTER_FIRST_PAINT = """\
import time
from PySide6.QtCore import QEvent, QObject, QTimer

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            window.removeEventFilter(self)
            QTimer.singleShot(0, shown)
        return False

first_paint = FirstPaint()
window.installEventFilter(first_paint)
"""

BARE_QT = (
    """\
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1400, 860)
window.show()

def shown():
    print(f"shown-at {time.time():.6f}", flush=True)
    app.quit()
"""
    + MARK_AFTER_FIRST_PAINT
    + "sys.exit(app.exec())\n"
)

# argv: database file, font file, SQL, JSON list of headers. Prints how many cells it painted,
# so the benchmark can check that the rows were on screen before the mark.
SAME_WORK = (
    """\
import json, sqlite3, sys, time
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

database, font_file, sql, headers = sys.argv[1], sys.argv[2], sys.argv[3], json.loads(sys.argv[4])
app = QApplication(sys.argv[:1])
if QFontDatabase.addApplicationFont(font_file) >= 0:
    font = QFont(app.font())
    font.setFamilies([font.family(), "WenQuanYi Micro Hei"])
    app.setFont(font)
connection = sqlite3.connect(database)
rows = connection.execute(sql).fetchall()
painted = [0]
DISPLAY = Qt.ItemDataRole.DisplayRole

class Rows(QAbstractTableModel):
    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(rows)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(headers)

    def data(self, index, role=DISPLAY):
        if role != DISPLAY:
            return None
        painted[0] += 1
        value = rows[index.row()][index.column()]
        return "" if value is None else str(value)

    def headerData(self, section, orientation, role=DISPLAY):
        if role == DISPLAY and orientation == Qt.Orientation.Horizontal:
            return headers[section]
        return None

window = QMainWindow()
view = QTableView(window)
model = Rows()
view.setModel(model)
window.setCentralWidget(view)
window.resize(1400, 860)
window.show()

def shown():
    print(f"shown-at {time.time():.6f}", flush=True)
    print(f"painted {painted[0]}", flush=True)
    app.quit()
"""
    + MARK_AFTER_FIRST_PAINT
    + "sys.exit(app.exec())\n"
)


def same_work_sql(lang: str, rows: int = SCREEN_ROWS) -> str:
    """The register's first screen in its default order, over `register.ROWS_FROM`'s joins."""
    query = register.RegisterQuery()
    select = register.select_sql((column.select for column in register.COLUMNS), lang)
    order = register.BY_KEY[query.sort_key].sort
    return f"SELECT {select}{register.ROWS_FROM} ORDER BY {order} DESC, c.id DESC LIMIT {rows}"


def same_work_args(python: str, db_path: Path, lang: str) -> list[str]:
    headers = [column.header(lang) for column in register.COLUMNS]
    sql = same_work_sql(lang)
    return [python, "-c", SAME_WORK, str(db_path), str(font_path()), sql, json.dumps(headers)]


def spawn_ms(args: Sequence[str], env: Mapping[str, str]) -> tuple[float, str]:
    """Milliseconds from spawn to the child's `shown-at` line, and what the child printed."""
    start = time.time()
    done = subprocess.run(args, env=dict(env), check=True, capture_output=True, text=True)
    shown = next(line for line in done.stdout.splitlines() if line.startswith("shown-at "))
    return (float(shown.split()[1]) - start) * 1000, done.stdout


def interleaved_starts(
    programs: Mapping[str, Sequence[str]], env: Mapping[str, str], repeat: int
) -> tuple[dict[str, list[float]], dict[str, list[str]]]:
    """Every start of each program (by name, ms), spawned turn about, and what each printed
    (the discarded warm-up's output first)."""
    outputs = {name: [spawn_ms(args, env)[1]] for name, args in programs.items()}  # warm-up
    times: dict[str, list[float]] = {name: [] for name in programs}
    names = list(programs)
    for round_no in range(repeat):
        turn = round_no % len(names)
        for name in names[turn:] + names[:turn]:
            ms, printed = spawn_ms(programs[name], env)
            times[name].append(ms)
            outputs[name].append(printed)
    return times, outputs


def printed_ms(output: str, label: str) -> float:
    """The figures a child printed as `<label> <ms>` before its `shown-at` mark, summed (0 if
    it printed none): what the first paint waited for, not what came after it."""
    before_paint = output.split("shown-at ", 1)[0]
    lines = [line for line in before_paint.splitlines() if line.startswith(label + " ")]
    return sum(float(line.split()[1]) for line in lines)
