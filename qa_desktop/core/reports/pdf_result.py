"""What writing a PDF returns: where it went, and which characters no font could print.

A form that loses a character of a name is a problem once someone has signed it, so the export
never hides one: the character prints as fonts.REPLACEMENT, and `PdfExport.message` says which
and in which field, for the window (a message) and the CLI (a warning on stderr) alike.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from qa_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from qa_desktop.core.reports.fonts import REPLACEMENT

CONTEXT = "ComplaintPdf"  # the field labels are the form's own, translated there
UNPRINTED = QT_TRANSLATE_NOOP(
    "ComplaintPdf", "No font has these characters; they print as {mark}: {places}."
)
UNPRINTED_PLACE = QT_TRANSLATE_NOOP("ComplaintPdf", "{characters} in {field}")
UNPRINTED_SEPARATOR = QT_TRANSLATE_NOOP("ComplaintPdf", "; ")
COIL_FIELD = QT_TRANSLATE_NOOP("ComplaintPdf", "{column} (line {line})")


@dataclass(frozen=True)
class Unprinted:
    """Characters of one field that no font has: the form shows REPLACEMENT in their place."""

    field: str  # the record key, e.g. "customer"; for a coil cell, its column ("grade")
    label: str  # the field's label on the form, untranslated (the catalogue's source text)
    characters: str  # each once, in order of appearance
    coil_line: int | None = None  # 1-based, for coil cells (and the lines of other tables)
    context: str = CONTEXT  # the catalogue context `label` is translated in


@dataclass(frozen=True)
class PdfExport:
    path: Path
    unprinted: tuple[Unprinted, ...] = ()

    def message(self, lang: str) -> str:
        """One sentence naming what could not be printed and where; "" when all was printed."""
        if not self.unprinted:
            return ""
        places = [
            translate(CONTEXT, UNPRINTED_PLACE, lang).format(
                characters=", ".join(f"{char} U+{ord(char):04X}" for char in item.characters),
                field=_field_name(item, lang),
            )
            for item in self.unprinted
        ]
        separator = translate(CONTEXT, UNPRINTED_SEPARATOR, lang)
        return translate(CONTEXT, UNPRINTED, lang).format(
            mark=REPLACEMENT, places=separator.join(places)
        )


def _field_name(item: Unprinted, lang: str) -> str:
    label = translate(item.context, item.label, lang)
    if item.coil_line is None:
        return label
    return translate(CONTEXT, COIL_FIELD, lang).format(column=label, line=item.coil_line)
