"""The vocabularies a complaint's register row shows (status, severity, category, market, unit,
currency) and the base of every vocabulary, `Choice`: stored as codes, shown as translated labels.

Apart from core/vocab.py, which re-exports them (ask there), so that a start-up's register loads
only these: Python builds each enum class as its module is imported (0.1–0.2 ms each), and the
first paint needs 7 of the 22.
"""

from __future__ import annotations

from enum import StrEnum

from qa_desktop.core.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "Vocabulary"
OTHER_DEFECT = "other"  # the defect type whose complaints say in words what the defect is


class Choice(StrEnum):
    """A stored code whose English label is translated at the point of use."""

    @classmethod
    def labels(cls) -> dict[str, str]:
        raise NotImplementedError

    def label(self, lang: str | None = None) -> str:
        return translate(CONTEXT, self.labels()[self.value], lang)

    @classmethod
    def choices(cls, lang: str | None = None) -> list[tuple[str, str]]:
        return [(member.value, member.label(lang)) for member in cls]


class Market(Choice):
    DOMESTIC = "domestic"
    EXPORT = "export"

    @classmethod
    def labels(cls) -> dict[str, str]:
        return {
            "domestic": QT_TRANSLATE_NOOP("Vocabulary", "Domestic"),
            "export": QT_TRANSLATE_NOOP("Vocabulary", "Export"),
        }


class Category(Choice):
    QUALITY = "quality"
    QUANTITY = "quantity"
    GRADE_SPEC = "grade_spec"
    DELIVERY = "delivery"
    TRANSPORT = "transport"
    SERVICE = "service"

    @classmethod
    def labels(cls) -> dict[str, str]:
        return {
            "quality": QT_TRANSLATE_NOOP("Vocabulary", "Product quality"),
            "quantity": QT_TRANSLATE_NOOP("Vocabulary", "Contract: quantity"),
            "grade_spec": QT_TRANSLATE_NOOP("Vocabulary", "Contract: grade or specification"),
            "delivery": QT_TRANSLATE_NOOP("Vocabulary", "Contract: delivery"),
            "transport": QT_TRANSLATE_NOOP("Vocabulary", "Transport damage"),
            "service": QT_TRANSLATE_NOOP("Vocabulary", "Service"),
        }


class Severity(Choice):
    MAJOR = "major"
    SERIOUS = "serious"
    GENERAL = "general"

    @classmethod
    def labels(cls) -> dict[str, str]:
        return {
            "major": QT_TRANSLATE_NOOP("Vocabulary", "Major"),
            "serious": QT_TRANSLATE_NOOP("Vocabulary", "Serious"),
            "general": QT_TRANSLATE_NOOP("Vocabulary", "General"),
        }


class Unit(Choice):
    PIECES = "pcs"
    TONNES = "t"
    KILOGRAMS = "kg"
    COILS = "coils"
    SHEETS = "sheets"
    METRES = "m"

    @classmethod
    def labels(cls) -> dict[str, str]:
        return {
            "pcs": QT_TRANSLATE_NOOP("Vocabulary", "pcs"),
            "t": QT_TRANSLATE_NOOP("Vocabulary", "t"),
            "kg": QT_TRANSLATE_NOOP("Vocabulary", "kg"),
            "coils": QT_TRANSLATE_NOOP("Vocabulary", "coils"),
            "sheets": QT_TRANSLATE_NOOP("Vocabulary", "sheets"),
            "m": QT_TRANSLATE_NOOP("Vocabulary", "m"),
        }


class Currency(Choice):
    """Currencies a customer's claim may be stated in; `minor_digits` places after the point."""

    CNY = "CNY"
    USD = "USD"
    EUR = "EUR"
    JPY = "JPY"
    HKD = "HKD"
    GBP = "GBP"

    @classmethod
    def labels(cls) -> dict[str, str]:
        return {
            "CNY": QT_TRANSLATE_NOOP("Vocabulary", "CNY (yuan)"),
            "USD": QT_TRANSLATE_NOOP("Vocabulary", "USD (US dollar)"),
            "EUR": QT_TRANSLATE_NOOP("Vocabulary", "EUR (euro)"),
            "JPY": QT_TRANSLATE_NOOP("Vocabulary", "JPY (yen)"),
            "HKD": QT_TRANSLATE_NOOP("Vocabulary", "HKD (Hong Kong dollar)"),
            "GBP": QT_TRANSLATE_NOOP("Vocabulary", "GBP (pound sterling)"),
        }

    @property
    def minor_digits(self) -> int:
        return 0 if self is Currency.JPY else 2


class Status(Choice):
    """The complaint's place in its life (DOMAIN.md); what may follow what is the table in
    core/workflow. An invalid complaint is answered tactfully before it closes, so `invalid`
    (judged invalid) and `answered` are open states on their way to `closed`."""

    REGISTERED = "registered"
    CONTAINMENT = "containment"
    INVESTIGATION = "investigation"
    HANDLING = "handling"
    REPLIED = "replied"
    FOLLOW_UP = "follow_up"
    CLOSED = "closed"
    INVALID = "invalid"
    ANSWERED = "answered"

    @classmethod
    def labels(cls) -> dict[str, str]:
        return {
            "registered": QT_TRANSLATE_NOOP("Vocabulary", "Registered"),
            "containment": QT_TRANSLATE_NOOP("Vocabulary", "Containment"),
            "investigation": QT_TRANSLATE_NOOP("Vocabulary", "Investigation"),
            "handling": QT_TRANSLATE_NOOP("Vocabulary", "Handling and approval"),
            "replied": QT_TRANSLATE_NOOP("Vocabulary", "Replied"),
            "follow_up": QT_TRANSLATE_NOOP("Vocabulary", "Follow-up"),
            "closed": QT_TRANSLATE_NOOP("Vocabulary", "Closed"),
            "invalid": QT_TRANSLATE_NOOP("Vocabulary", "Judged invalid"),
            "answered": QT_TRANSLATE_NOOP("Vocabulary", "Answered"),
        }


# --- Handling, approval and signatures (issue 10; the rules are in core/authority) -----------
