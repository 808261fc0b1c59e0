"""The words a person reads for a clock rule's codes (units, markets, starts, the events that
meet a clock): one place, so the rules screen, the case window and the documents say the same."""

from __future__ import annotations

from qa_desktop.core.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "ClockWords"

UNIT_WORDS = {
    "hours": QT_TRANSLATE_NOOP("ClockWords", "hours"),
    "working_hours": QT_TRANSLATE_NOOP("ClockWords", "working hours"),
    "working_days": QT_TRANSLATE_NOOP("ClockWords", "working days"),
}
MARKET_WORDS = {
    "any": QT_TRANSLATE_NOOP("ClockWords", "All markets"),
    "domestic": QT_TRANSLATE_NOOP("ClockWords", "Domestic"),
    "export": QT_TRANSLATE_NOOP("ClockWords", "Export"),
}
START_WORDS = {
    "received": QT_TRANSLATE_NOOP("ClockWords", "On receipt"),
    "on_demand": QT_TRANSLATE_NOOP("ClockWords", "When needed"),
}
EVENT_WORDS = {
    "": QT_TRANSLATE_NOOP("ClockWords", "By hand"),
    "visit_planned": QT_TRANSLATE_NOOP("ClockWords", "Site visit planned"),
    "containment_done": QT_TRANSLATE_NOOP("ClockWords", "Containment done"),
    "interim_sent": QT_TRANSLATE_NOOP("ClockWords", "Interim report sent"),
    "report_sent": QT_TRANSLATE_NOOP("ClockWords", "Final report sent"),
}


def choices(words: dict[str, str], lang: str | None = None) -> list[tuple[str, str]]:
    """(code, words) in the table's order, for a combo box."""
    return [(code, translate(CONTEXT, text, lang)) for code, text in words.items()]


def word(words: dict[str, str], code: str, lang: str | None = None) -> str:
    """The words for `code`; the code itself for one this version does not know."""
    return translate(CONTEXT, words[code], lang) if code in words else code
