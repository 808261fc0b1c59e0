"""The fishbone (Ishikawa) of one cause: six groups, man, machine, material, method,
environment, measurement (人机料法环测), each a list of candidate causes marked potential or
verified. The registry keeps a fishbone as one list of rows with a category column; here each
category is its own small table, and rows without a category (a file may hold some) keep a
group of their own, shown only while it has any."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QGroupBox, QVBoxLayout, QWidget

from qa_desktop.core.eightd.fields import FieldSpec, Kind
from qa_desktop.core.eightd.steps import FISHBONE
from qa_desktop.gui.eightd_fields import FieldEditor
from qa_desktop.gui.eightd_rows import RowsField

WIDE = 900  # from this width three groups stand side by side, below it two (at 125 %)
UNSORTED = ""


class FishboneField(FieldEditor):
    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.category = spec.column("category")
        assert self.category is not None and self.category.kind is Kind.CHOICE
        columns = tuple(c for c in spec.columns if c.key != "category")
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(6)
        self._columns = 0
        self.groups: dict[str, RowsField] = {}
        self.boxes: dict[str, QGroupBox] = {}
        places = [(o.code, o.text()) for o in FISHBONE]
        places.append((UNSORTED, self.tr("Not in a category")))
        for code, title in places:
            part = FieldSpec(
                f"{spec.key}.{code}",
                title,
                Kind.ROWS,
                spec.audience,
                columns=columns,
                max_rows=spec.max_rows,
            )
            box = QGroupBox(title, self)
            inner = QVBoxLayout(box)
            inner.setContentsMargins(4, 4, 4, 4)
            rows = RowsField(part, box)
            rows.table.verticalHeader().hide()  # a refusal marks its cell; numbers add nothing
            rows.edited.connect(self.edited)
            inner.addWidget(rows)
            self.groups[code], self.boxes[code] = rows, box
        self.layout_.addLayout(self.grid)
        self._place(3)
        self.boxes[UNSORTED].hide()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place(3 if event.size().width() >= WIDE else 2)

    def _place(self, columns: int) -> None:
        """The groups in rows of `columns`, man to measurement (人机料法环测)."""
        if columns == self._columns:
            return
        self._columns = columns
        for box in self.boxes.values():
            self.grid.removeWidget(box)
        for index, box in enumerate(self.boxes.values()):
            self.grid.addWidget(box, index // columns, index % columns)
        for column in range(3):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)

    def value(self) -> tuple[dict[str, object], ...]:
        """The candidate causes, group after group; a row left empty is no row (its category
        alone would make it one)."""
        return tuple(
            {"category": code, **group.value()[row]} for code, group, row in self._placed()
        )

    def _placed(self) -> list[tuple[str, RowsField, int]]:
        """(category, its table, the row there) of each row value() gives, in its order."""
        placed = []
        for code, group in self.groups.items():
            for row, cells in enumerate(group.value()):
                if any(str(v).strip() for v in cells.values()):
                    placed.append((code, group, row))
        return placed

    def set_value(self, value: object) -> None:
        rows = value if isinstance(value, (list, tuple)) else ()
        by_code: dict[str, list[dict]] = {code: [] for code in self.groups}
        for row in rows:
            code = row.get("category", UNSORTED)
            by_code.get(code, by_code[UNSORTED]).append(
                {k: v for k, v in row.items() if k != "category"}
            )
        for code, group in self.groups.items():
            group.set_value(by_code[code])
        self.boxes[UNSORTED].setVisible(bool(by_code[UNSORTED]))

    def group(self, code: str) -> RowsField:
        """The table of category `code` ("man" … "measurement")."""
        return self.groups[code]

    def set_read_only(self, read_only: bool) -> None:
        for group in self.groups.values():
            group.set_read_only(read_only)

    def mark(self, row: int | None, column: str | None) -> None:
        """`row` counts the rows of value(): group after group."""
        placed = self._placed()
        if row is None or not 0 <= row < len(placed):
            return
        _code, group, local = placed[row]
        group.mark(local, None if column == "category" else column)

    def clear_marks(self) -> None:
        for group in self.groups.values():
            group.clear_marks()

    def focus_widget(self) -> QWidget:
        return self.groups[FISHBONE[0].code].table
