"""Coil-number forms: how the department says what its coil, lot and serial numbers look like.

A form is written the way such a number is printed, with four stand-ins:

    #  a digit          @  a letter          ?  a letter or a digit
    *  any run of letters, digits and - / . (or none)

Every other character stands for itself: `S##@####-##` fits S24A0817-03, `LOT/####/##` fits
LOT/2311/05. One form per line; a coil number must fit one of them. With no forms at all, a coil
number is 4 to 24 letters, digits and - / ., starting with a letter or digit.

Why not a regular expression: a department pattern such as `(A+)+$` was accepted and then froze
every save for seconds (catastrophic backtracking), and a QA engineer reads `S##@####-##` at a
glance. Forms compile to single characters and at most MAX_RUNS `*` runs per form, never a
group or a nested repeat, and coil numbers are at most MAX_COIL_LENGTH characters long, so a
check is a few thousand steps at worst.
"""

from __future__ import annotations

import re
from functools import lru_cache

from qa_desktop.core.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "CoilForms"
DIGIT, LETTER, EITHER, RUN = "#", "@", "?", "*"
STAND_INS = {DIGIT: "[0-9]", LETTER: "[A-Z]", EITHER: "[A-Z0-9]", RUN: r"[A-Z0-9\-/.]*"}
LITERALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-/.")
ANY_NUMBER = r"[A-Z0-9][A-Z0-9\-/.]{3,23}"  # no forms set: the rule before forms existed
MAX_FORMS = 20
MAX_FORM_LENGTH = 40
MAX_RUNS = 3
MAX_COIL_LENGTH = 40


def parse(text: str) -> tuple[str, ...]:
    """The forms in a setting's text: one per line, spaces dropped, upper case, blanks skipped."""
    forms = ("".join(line.split()).upper() for line in text.splitlines())
    return tuple(form for form in forms if form)


def problem(text: str, lang: str | None = None) -> str:
    """Why these forms cannot be the department's rule, in one sentence; "" if they can."""
    forms = parse(text)

    def say(message: str, **values: object) -> str:
        return translate(CONTEXT, message, lang).format(**values)

    if len(forms) > MAX_FORMS:
        return say(QT_TRANSLATE_NOOP("CoilForms", "Give at most {n} forms."), n=MAX_FORMS)
    for form in forms:
        if len(form) > MAX_FORM_LENGTH:
            return say(
                QT_TRANSLATE_NOOP("CoilForms", "A form has at most {n} characters: {form}"),
                n=MAX_FORM_LENGTH,
                form=form,
            )
        strange = next((c for c in form if c not in LITERALS and c not in STAND_INS), None)
        if strange is not None:
            return say(
                QT_TRANSLATE_NOOP(
                    "CoilForms",
                    "“{char}” cannot be part of a coil number. Write a form as the number is "
                    "printed, with # for a digit, @ for a letter, ? for either and * for any "
                    "characters, e.g. S##@####-##.",
                ),
                char=strange,
            )
        if form.count(RUN) > MAX_RUNS:
            return say(
                QT_TRANSLATE_NOOP("CoilForms", "A form may use * at most {n} times: {form}"),
                n=MAX_RUNS,
                form=form,
            )
    return ""


@lru_cache(maxsize=64)
def compiled(forms: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for the forms (checked by `problem` first): single characters and runs only."""
    if not forms:
        return re.compile(ANY_NUMBER)
    parts = ("".join(STAND_INS.get(c) or re.escape(c) for c in form) for form in forms)
    return re.compile("|".join(f"(?:{part})" for part in parts))


def fits(coil_no: str, forms: tuple[str, ...]) -> bool:
    """Whether a coil number, as stored (normalized), fits one of the forms."""
    if len(coil_no) > MAX_COIL_LENGTH:
        return False
    return compiled(forms).fullmatch(coil_no) is not None


def example(form: str) -> str:
    """A number that fits the form, to show beside it: S##@####-## -> S01A2345-67."""
    digits, letters = iter("0123456789" * 4), iter("ABCDEFGHJK" * 4)
    out = []
    for c in form:
        if c == DIGIT:
            out.append(next(digits))
        elif c == LETTER:
            out.append(next(letters))
        elif c == EITHER:
            out.append("X")
        elif c != RUN:
            out.append(c)
    return "".join(out)


_PIECES = {
    DIGIT: (
        QT_TRANSLATE_NOOP("CoilForms", "a digit"),
        QT_TRANSLATE_NOOP("CoilForms", "{n} digits"),
    ),
    LETTER: (
        QT_TRANSLATE_NOOP("CoilForms", "a letter"),
        QT_TRANSLATE_NOOP("CoilForms", "{n} letters"),
    ),
    EITHER: (
        QT_TRANSLATE_NOOP("CoilForms", "a letter or digit"),
        QT_TRANSLATE_NOOP("CoilForms", "{n} letters or digits"),
    ),
}
ANY_RUN = QT_TRANSLATE_NOOP("CoilForms", "any characters")
SEPARATOR = QT_TRANSLATE_NOOP("CoilForms", ", ")
ANY_NUMBER_TEXT = QT_TRANSLATE_NOOP(
    "CoilForms",
    "Any coil number of 4 to 24 letters, digits and - / ., starting with a letter or digit.",
)


def describe(form: str, lang: str | None = None) -> str:
    """The form in words: S##@####-## -> “S”, 2 digits, a letter, 4 digits, “-”, 2 digits."""
    words = []
    for match in re.finditer(r"#+|@+|\?+|\*+|[^#@?*]+", form):
        piece = match.group()
        kind = piece[0]
        if kind == RUN:
            words.append(translate(CONTEXT, ANY_RUN, lang))
        elif kind in _PIECES:
            one, many = _PIECES[kind]
            text = one if len(piece) == 1 else many
            words.append(translate(CONTEXT, text, lang).format(n=len(piece)))
        else:
            words.append(f"“{piece}”")
    return translate(CONTEXT, SEPARATOR, lang).join(words)


def describe_all(forms: tuple[str, ...], lang: str | None = None) -> list[str]:
    """One line per form, or the rule that holds when there is none."""
    if not forms:
        return [translate(CONTEXT, ANY_NUMBER_TEXT, lang)]
    return [describe(form, lang) for form in forms]


def from_regex(pattern: str) -> tuple[str, ...] | None:
    """Forms meaning the same as a simple regular expression of an earlier version, or None.

    Understood: literal characters, digit / letter / letter-or-digit classes, fixed repeats
    ({4}), alternatives at the top level and anchors. Anything else is no form."""
    if pattern == ANY_NUMBER:
        return ()
    try:
        from re import _parser as sre_parse  # type: ignore[attr-defined]

        tree = sre_parse.parse(pattern)
    except (re.error, ImportError):
        return None
    branches = _branches(list(tree))
    forms = []
    for branch in branches:
        form = _form_of(branch)
        if form is None or not form:
            return None
        forms.append(form)
    return tuple(forms) if not problem("\n".join(forms)) else None


def _branches(items: list) -> list[list]:
    from re import _constants as c  # type: ignore[attr-defined]

    items = [item for item in items if item[0] is not c.AT]
    if len(items) == 1 and items[0][0] is c.BRANCH:
        return [list(branch) for branch in items[0][1][1]]
    if len(items) == 1 and items[0][0] is c.SUBPATTERN:
        return _branches(list(items[0][1][3]))
    return [items]


def _form_of(items: list) -> str | None:
    from re import _constants as c  # type: ignore[attr-defined]

    out = []
    for op, arg in items:
        if op is c.AT:
            continue
        if op is c.LITERAL:
            char = chr(arg).upper()
            if char not in LITERALS:
                return None
            out.append(char)
        elif op is c.IN or (op is c.CATEGORY):
            symbol = _class_symbol([(op, arg)] if op is c.CATEGORY else arg)
            if symbol is None:
                return None
            out.append(symbol)
        elif op is c.MAX_REPEAT or op is c.MIN_REPEAT:
            low, high, body = arg
            inner = _form_of(list(body))
            if low != high or inner is None or len(inner) != 1:
                return None
            out.append(inner * low)
        elif op is c.SUBPATTERN:
            inner = _form_of(list(arg[3]))
            if inner is None:
                return None
            out.append(inner)
        else:
            return None
    return "".join(out)


def _class_symbol(members: list) -> str | None:
    from re import _constants as c  # type: ignore[attr-defined]

    digits = letters = False
    for op, arg in members:
        if (op is c.CATEGORY and arg is c.CATEGORY_DIGIT) or (
            op is c.RANGE and arg == (ord("0"), ord("9"))
        ):
            digits = True
        elif op is c.RANGE and arg in ((ord("A"), ord("Z")), (ord("a"), ord("z"))):
            letters = True
        else:
            return None
    if digits and letters:
        return EITHER
    return DIGIT if digits else LETTER if letters else None
