"""One 8D step's form, built from the field registry (core/eightd/steps.py), never by hand per
field: the facts that flow in, read-only, at the top; then each field in the registry's order
with its label (translated), a grey "internal" tag on what the customer never sees, the editor
for its kind, and the line where a refusal about it is said.

The form keeps what it was loaded with, so it can tell its own edits (`modified`) from what
is stored, and give back exactly the fields it holds (`values`) for the core to check."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from qa_desktop.core.eightd import ACTION_KINDS, CAUSES, FieldSpec, Kind, StepSpec
from qa_desktop.core.eightd.facts import CaseFacts
from qa_desktop.core.eightd.steps import FISHBONE
from qa_desktop.core.errors import FieldError
from qa_desktop.gui.eightd_facts_view import facts_html
from qa_desktop.gui.eightd_fields import (
    ActionsField,
    ChoiceField,
    DateField,
    FieldEditor,
    LineField,
    PercentField,
    TextField,
    YesNoField,
)
from qa_desktop.gui.eightd_fishbone import FishboneField
from qa_desktop.gui.eightd_photos import PhotoChoice, PhotosField
from qa_desktop.gui.eightd_rows import RowsField, WhyChainField
from qa_desktop.gui.field_errors import show_message

INTERNAL_TAG = "background: #e3e3e3; color: #555; border-radius: 3px; padding: 0px 5px;"
ERROR_STYLE = "color: #b3261e;"
FACTS_STYLE = "QFrame#facts_frame { background: #f4f6f8; border: 1px solid #d0d5da; }"

SIMPLE = {
    Kind.TEXT: TextField,
    Kind.LINE: LineField,
    Kind.YES_NO: YesNoField,
    Kind.DATE: DateField,
    Kind.PERCENT: PercentField,
    Kind.CHOICE: ChoiceField,
}


def editor_for(step: StepSpec, spec: FieldSpec, parent: QWidget | None = None) -> FieldEditor:
    """The editor for a field of the registry, chosen by its kind (a list of rows by what its
    columns are: why and because, a fishbone's categories, a photo)."""
    if spec.kind in SIMPLE:
        return SIMPLE[spec.kind](spec, parent)
    if spec.kind is Kind.ACTIONS:
        return ActionsField(spec, ACTION_KINDS.get(step.number, ""), parent)
    if spec.kind is Kind.ROWS:
        keys = {c.key for c in spec.columns}
        category = spec.column("category")
        if keys == {"why", "because"}:
            return WhyChainField(spec, parent)
        if category is not None and category.options == FISHBONE:
            return FishboneField(spec, parent)
        if any(c.kind is Kind.PHOTO for c in spec.columns):
            return PhotosField(spec, parent)
        return RowsField(spec, parent)
    raise ValueError(f"no editor for a field of kind {spec.kind}")


class FieldBlock(QWidget):
    """A field's label (with its tags), its editor and its refusal line."""

    def __init__(self, step: StepSpec, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 2, 0, 2)
        box.setSpacing(2)
        top = QHBoxLayout()
        top.setSpacing(6)
        self.label = QLabel(spec.text() + (" *" if spec.required else ""), self)
        top.addWidget(self.label)
        self.internal: QLabel | None = None
        if not spec.customer:
            self.internal = QLabel(self.tr("internal"), self)
            self.internal.setObjectName("internal_tag")
            self.internal.setStyleSheet(INTERNAL_TAG)
            self.internal.setToolTip(
                self.tr("Internal: never printed on the 8D report the customer receives.")
            )
            top.addWidget(self.internal)
        top.addStretch(1)
        box.addLayout(top)
        self.editor = editor_for(step, spec, self)
        self.label.setBuddy(self.editor.focus_widget())
        box.addWidget(self.editor)
        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        show_message(self.error, "")
        box.addWidget(self.error)


class StepForm(QWidget):
    """The form of one step. `edited` is sent on every change typed into it."""

    edited = Signal()

    def __init__(self, step: StepSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step = step
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(4)
        self.facts_frame = QFrame(self)
        self.facts_frame.setObjectName("facts_frame")
        self.facts_frame.setStyleSheet(FACTS_STYLE)
        inner = QVBoxLayout(self.facts_frame)
        inner.setContentsMargins(8, 6, 8, 6)
        caption = QLabel(self.tr("From the case (entered elsewhere, read only)"), self.facts_frame)
        caption.setStyleSheet("color: #555;")
        self.facts = QLabel(self.facts_frame)
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        inner.addWidget(caption)
        inner.addWidget(self.facts)
        box.addWidget(self.facts_frame)
        self.facts_frame.hide()
        self.blocks: dict[str, FieldBlock] = {}
        cause = ""
        # Where a step analyses each cause (D4: its 5-Why, its fishbone …), a heading each.
        analysed = [c for c in CAUSES if step.field(f"{c}_whys") is not None]
        for spec in step.fields:
            now = next((c for c in analysed if spec.key.startswith(f"{c}_")), "")
            if now and now != cause:
                box.addWidget(self._section(now))
            cause = now or cause
            block = FieldBlock(step, spec, self)
            block.editor.edited.connect(self.edited)
            block.editor.edited.connect(lambda b=block: show_message(b.error, ""))
            box.addWidget(block)
            self.blocks[spec.key] = block
        if any(s.required for s in step.fields):
            legend = QLabel(self.tr("* needed before the step can be completed"), self)
            legend.setStyleSheet("color: #555;")
            box.addWidget(legend)
        box.addStretch(1)
        self._loaded: dict[str, object] = {}

    def _section(self, cause: str) -> QLabel:
        words = {"occurrence": self.tr("Occurrence: why it was made"),
                 "escape": self.tr("Escape: why it was not caught")}  # fmt: skip
        label = QLabel(words[cause], self)
        label.setStyleSheet("font-weight: bold; font-size: 11pt; margin-top: 6px;")
        return label

    # ----- what the panel uses -------------------------------------------------------------------
    def editor(self, key: str) -> FieldEditor:
        return self.blocks[key].editor

    def set_case(self, facts: CaseFacts, photos: list[PhotoChoice]) -> None:
        """What flows in: shown above the fields, and offered by the editors that choose
        among the case's photos or actions."""
        html = facts_html(self.step.number, facts)
        self.facts.setText(html)
        self.facts_frame.setVisible(bool(html))
        for block in self.blocks.values():
            if isinstance(block.editor, PhotosField):
                block.editor.set_photos(photos)
            elif isinstance(block.editor, ActionsField):
                block.editor.set_actions(facts.actions)

    def load(self, values: dict[str, object]) -> None:
        """Show the stored values: from now on, what differs from them is an edit."""
        self.put(values)
        self._loaded = self.values()

    def put(self, values: dict[str, object]) -> None:
        """Show `values` (the fields they name) without changing what counts as stored."""
        for key, value in values.items():
            if key in self.blocks:
                self.blocks[key].editor.set_value(value)
        self.clear_errors()

    def values(self) -> dict[str, object]:
        return {key: block.editor.value() for key, block in self.blocks.items()}

    def modified(self) -> bool:
        return self.values() != self._loaded

    def set_read_only(self, read_only: bool) -> None:
        for block in self.blocks.values():
            block.editor.set_read_only(read_only)

    # ----- refusals ------------------------------------------------------------------------------
    def show_errors(self, errors: list[FieldError]) -> list[str]:
        """Each refusal under its field (and its cell marked); the messages of refusals that
        name no field of this step are returned."""
        said: dict[str, list[str]] = {}
        elsewhere = []
        for error in errors:
            parts = error.field.split(".")
            block = self.blocks.get(parts[1]) if len(parts) > 1 else None
            if parts[0] != self.step.code or block is None:
                elsewhere.append(error.message)
                continue
            said.setdefault(parts[1], []).append(error.message)
            block.editor.mark(error.row, parts[2] if len(parts) > 2 else None)
        for key, messages in said.items():
            show_message(self.blocks[key].error, "\n".join(messages))
        return elsewhere

    def first_error(self) -> FieldBlock | None:
        return next((b for b in self.blocks.values() if b.error.text()), None)

    def clear_errors(self) -> None:
        for block in self.blocks.values():
            show_message(block.error, "")
            block.editor.clear_marks()
