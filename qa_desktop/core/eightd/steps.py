"""The 8D's content D0–D8 as a declared registry: the editor builds its forms from it, the
report prints from it, the JSON reader checks against it.

What flows in from elsewhere is not here (nothing is typed twice): the complaint and its coils,
the site visit's quantities and photos, the containment lines (table ContainmentLine), the
actions (table CaseAction; D3, D5, D6 and D7 name them by number) and the approved handling.

Internal (never printed for the customer, seed 000 §4.4.2): whether a full 8D is needed and
why, every step's internal notes, the 5-Why working and the fishbone (its potential causes are
guesses, and its verified ones speak of process technology), and the process detail behind
the root causes. Customer-facing: the team, the problem in figures, the containment's effect,
the verified root causes in plain words and how they were verified, the actions' expected and
measured effect, the validation, the documents updated, the roll-out and the closure.
"""

from __future__ import annotations

from qa_desktop.core.eightd.fields import Audience, FieldSpec, Kind, Option, StepSpec
from qa_desktop.core.i18n import QT_TRANSLATE_NOOP

INTERNAL = Audience.INTERNAL
CAUSES = ("occurrence", "escape")  # why it was made; why it was not caught
FISHBONE = (
    Option("man", QT_TRANSLATE_NOOP("EightD", "Man")),
    Option("machine", QT_TRANSLATE_NOOP("EightD", "Machine")),
    Option("material", QT_TRANSLATE_NOOP("EightD", "Material")),
    Option("method", QT_TRANSLATE_NOOP("EightD", "Method")),
    Option("environment", QT_TRANSLATE_NOOP("EightD", "Environment")),
    Option("measurement", QT_TRANSLATE_NOOP("EightD", "Measurement")),
)
CAUSE_STATUS = (
    Option("potential", QT_TRANSLATE_NOOP("EightD", "Potential (not verified)")),
    Option("verified", QT_TRANSLATE_NOOP("EightD", "Verified")),
)
DOCUMENT_KINDS = (
    Option("procedure", QT_TRANSLATE_NOOP("EightD", "Procedure")),
    Option("work_instruction", QT_TRANSLATE_NOOP("EightD", "Work instruction")),
    Option("fmea", QT_TRANSLATE_NOOP("EightD", "FMEA")),
    Option("control_plan", QT_TRANSLATE_NOOP("EightD", "Control plan")),
    Option("inspection_standard", QT_TRANSLATE_NOOP("EightD", "Inspection standard")),
    Option("other", QT_TRANSLATE_NOOP("EightD", "Other document")),
)


def _notes() -> FieldSpec:
    return FieldSpec("notes", QT_TRANSLATE_NOOP("EightD", "Internal notes"), Kind.TEXT, INTERNAL)


def _photos(key: str, label: str) -> FieldSpec:
    return FieldSpec(
        key,
        label,
        Kind.ROWS,
        columns=(
            FieldSpec("photo", QT_TRANSLATE_NOOP("EightD", "Photo"), Kind.PHOTO),
            FieldSpec("caption", QT_TRANSLATE_NOOP("EightD", "Caption"), Kind.LINE),
        ),
        max_rows=24,
    )


def _why_chain(key: str, label: str) -> FieldSpec:
    return FieldSpec(
        key,
        label,
        Kind.ROWS,
        INTERNAL,
        columns=(
            FieldSpec("why", QT_TRANSLATE_NOOP("EightD", "Why?"), Kind.TEXT),
            FieldSpec("because", QT_TRANSLATE_NOOP("EightD", "Because"), Kind.TEXT),
        ),
        max_rows=20,
    )


def _fishbone(key: str, label: str) -> FieldSpec:
    return FieldSpec(
        key,
        label,
        Kind.ROWS,
        INTERNAL,
        columns=(
            FieldSpec(
                "category",
                QT_TRANSLATE_NOOP("EightD", "Cause category"),
                Kind.CHOICE,
                options=FISHBONE,
            ),
            FieldSpec("cause", QT_TRANSLATE_NOOP("EightD", "Candidate cause"), Kind.TEXT),
            FieldSpec(
                "status",
                QT_TRANSLATE_NOOP("EightD", "Potential or verified"),
                Kind.CHOICE,
                options=CAUSE_STATUS,
            ),
        ),
        max_rows=120,
    )


D0 = StepSpec(
    0,
    QT_TRANSLATE_NOOP("EightD", "Emergency response"),
    (
        FieldSpec(
            "emergency_response",
            QT_TRANSLATE_NOOP("EightD", "Emergency response taken"),
            Kind.TEXT,
            required=True,
        ),
        FieldSpec(
            "full_8d_needed",
            QT_TRANSLATE_NOOP("EightD", "A full 8D is needed"),
            Kind.YES_NO,
            INTERNAL,
            required=True,
        ),
        FieldSpec(
            "full_8d_reason",
            QT_TRANSLATE_NOOP("EightD", "Why a full 8D is or is not needed"),
            Kind.TEXT,
            INTERNAL,
        ),
        _notes(),
    ),
)
D1 = StepSpec(
    1,
    QT_TRANSLATE_NOOP("EightD", "Team"),
    (
        FieldSpec("champion", QT_TRANSLATE_NOOP("EightD", "Champion"), Kind.LINE),
        FieldSpec("leader", QT_TRANSLATE_NOOP("EightD", "Team leader"), Kind.LINE, required=True),
        FieldSpec(
            "members",
            QT_TRANSLATE_NOOP("EightD", "Team members"),
            Kind.ROWS,
            required=True,
            columns=(
                FieldSpec("name", QT_TRANSLATE_NOOP("EightD", "Name"), Kind.LINE),
                FieldSpec("department", QT_TRANSLATE_NOOP("EightD", "Department"), Kind.LINE),
                FieldSpec("role", QT_TRANSLATE_NOOP("EightD", "Role in the team"), Kind.LINE),
            ),
            max_rows=40,
        ),
        _notes(),
    ),
)
D2 = StepSpec(
    2,
    QT_TRANSLATE_NOOP("EightD", "Problem description"),
    (
        FieldSpec(
            "what", QT_TRANSLATE_NOOP("EightD", "What: the defect"), Kind.TEXT, required=True
        ),
        FieldSpec("where", QT_TRANSLATE_NOOP("EightD", "Where it was found"), Kind.TEXT),
        FieldSpec("when", QT_TRANSLATE_NOOP("EightD", "When it was found"), Kind.TEXT),
        FieldSpec("who", QT_TRANSLATE_NOOP("EightD", "Who found it"), Kind.TEXT),
        FieldSpec("why", QT_TRANSLATE_NOOP("EightD", "Why it is a problem"), Kind.TEXT),
        FieldSpec("how", QT_TRANSLATE_NOOP("EightD", "How it was found"), Kind.TEXT),
        FieldSpec("how_many", QT_TRANSLATE_NOOP("EightD", "How many are affected"), Kind.TEXT),
        FieldSpec(
            "is_is_not",
            QT_TRANSLATE_NOOP("EightD", "Is / is not"),
            Kind.ROWS,
            columns=(
                FieldSpec("aspect", QT_TRANSLATE_NOOP("EightD", "Aspect"), Kind.LINE),
                FieldSpec("is", QT_TRANSLATE_NOOP("EightD", "Is"), Kind.TEXT),
                FieldSpec("is_not", QT_TRANSLATE_NOOP("EightD", "Is not"), Kind.TEXT),
            ),
            max_rows=20,
        ),
        _photos("photos_nok", QT_TRANSLATE_NOOP("EightD", "Photos of the defect (NOK)")),
        _photos("photos_ok", QT_TRANSLATE_NOOP("EightD", "Photos of good material (OK)")),
        _notes(),
    ),
)
D3 = StepSpec(
    3,
    QT_TRANSLATE_NOOP("EightD", "Containment"),
    (
        FieldSpec(
            "effectiveness",
            QT_TRANSLATE_NOOP("EightD", "Effectiveness of the containment (%)"),
            Kind.PERCENT,
            required=True,
        ),
        FieldSpec(
            "summary",
            QT_TRANSLATE_NOOP("EightD", "The containment in words"),
            Kind.TEXT,
            required=True,
        ),
        FieldSpec(
            "actions",
            QT_TRANSLATE_NOOP("EightD", "Containment actions (numbers)"),
            Kind.ACTIONS,
            max_rows=200,
        ),
        _notes(),
    ),
)
D4 = StepSpec(
    4,
    QT_TRANSLATE_NOOP("EightD", "Root cause analysis"),
    (
        _why_chain("occurrence_whys", QT_TRANSLATE_NOOP("EightD", "5-Why of the occurrence")),
        _fishbone("occurrence_fishbone", QT_TRANSLATE_NOOP("EightD", "Fishbone of the occurrence")),
        FieldSpec(
            "occurrence_root_cause",
            QT_TRANSLATE_NOOP("EightD", "Verified root cause of the occurrence, in plain words"),
            Kind.TEXT,
            required=True,
        ),
        FieldSpec(
            "occurrence_verification",
            QT_TRANSLATE_NOOP("EightD", "How the occurrence cause was verified"),
            Kind.TEXT,
        ),
        _why_chain("escape_whys", QT_TRANSLATE_NOOP("EightD", "5-Why of the escape")),
        _fishbone("escape_fishbone", QT_TRANSLATE_NOOP("EightD", "Fishbone of the escape")),
        FieldSpec(
            "escape_root_cause",
            QT_TRANSLATE_NOOP("EightD", "Verified root cause of the escape, in plain words"),
            Kind.TEXT,
            required=True,
        ),
        FieldSpec(
            "escape_verification",
            QT_TRANSLATE_NOOP("EightD", "How the escape cause was verified"),
            Kind.TEXT,
        ),
        FieldSpec(
            "process_detail",
            QT_TRANSLATE_NOOP("EightD", "Process parameters and technical detail"),
            Kind.TEXT,
            INTERNAL,
        ),
        _notes(),
    ),
)
D5 = StepSpec(
    5,
    QT_TRANSLATE_NOOP("EightD", "Permanent corrective actions"),
    (
        FieldSpec(
            "actions",
            QT_TRANSLATE_NOOP("EightD", "Corrective actions (numbers)"),
            Kind.ACTIONS,
            max_rows=200,
        ),
        FieldSpec(
            "occurrence_effect",
            QT_TRANSLATE_NOOP("EightD", "Effectiveness expected against the occurrence (%)"),
            Kind.PERCENT,
            required=True,
        ),
        FieldSpec(
            "escape_effect",
            QT_TRANSLATE_NOOP("EightD", "Effectiveness expected against the escape (%)"),
            Kind.PERCENT,
            required=True,
        ),
        FieldSpec("summary", QT_TRANSLATE_NOOP("EightD", "The actions in words"), Kind.TEXT),
        _notes(),
    ),
)
D6 = StepSpec(
    6,
    QT_TRANSLATE_NOOP("EightD", "Implementation and validation"),
    (
        FieldSpec(
            "actions",
            QT_TRANSLATE_NOOP("EightD", "Actions implemented (numbers)"),
            Kind.ACTIONS,
            max_rows=200,
        ),
        FieldSpec(
            "validation",
            QT_TRANSLATE_NOOP("EightD", "How the actions were validated"),
            Kind.TEXT,
            required=True,
        ),
        FieldSpec(
            "effect_measured",
            QT_TRANSLATE_NOOP("EightD", "Effectiveness measured (%)"),
            Kind.PERCENT,
        ),
        FieldSpec(
            "interim_removed",
            QT_TRANSLATE_NOOP("EightD", "Interim actions removed"),
            Kind.YES_NO,
        ),
        FieldSpec(
            "interim_removed_on",
            QT_TRANSLATE_NOOP("EightD", "Interim actions removed on"),
            Kind.DATE,
        ),
        FieldSpec(
            "verified_by", QT_TRANSLATE_NOOP("EightD", "Verified by"), Kind.LINE, required=True
        ),
        FieldSpec(
            "verified_on", QT_TRANSLATE_NOOP("EightD", "Verified on"), Kind.DATE, required=True
        ),
        _notes(),
    ),
)
D7 = StepSpec(
    7,
    QT_TRANSLATE_NOOP("EightD", "Prevent recurrence"),
    (
        FieldSpec(
            "summary",
            QT_TRANSLATE_NOOP("EightD", "What was standardized"),
            Kind.TEXT,
            required=True,
        ),
        FieldSpec(
            "documents",
            QT_TRANSLATE_NOOP("EightD", "Documents updated"),
            Kind.ROWS,
            columns=(
                FieldSpec(
                    "kind",
                    QT_TRANSLATE_NOOP("EightD", "Document kind"),
                    Kind.CHOICE,
                    options=DOCUMENT_KINDS,
                ),
                FieldSpec("title", QT_TRANSLATE_NOOP("EightD", "Title"), Kind.LINE),
                FieldSpec("number", QT_TRANSLATE_NOOP("EightD", "Document no."), Kind.LINE),
                FieldSpec("revision", QT_TRANSLATE_NOOP("EightD", "Revision"), Kind.LINE),
            ),
            max_rows=60,
        ),
        FieldSpec(
            "rollout",
            QT_TRANSLATE_NOOP("EightD", "Roll-out to similar products and lines"),
            Kind.ROWS,
            columns=(
                FieldSpec("target", QT_TRANSLATE_NOOP("EightD", "Product or line"), Kind.LINE),
                FieldSpec("action", QT_TRANSLATE_NOOP("EightD", "Action"), Kind.TEXT),
                FieldSpec("owner", QT_TRANSLATE_NOOP("EightD", "Owner"), Kind.LINE),
                FieldSpec("done_on", QT_TRANSLATE_NOOP("EightD", "Done on"), Kind.DATE),
            ),
            max_rows=100,
        ),
        FieldSpec(
            "actions",
            QT_TRANSLATE_NOOP("EightD", "Preventive actions (numbers)"),
            Kind.ACTIONS,
            max_rows=200,
        ),
        _notes(),
    ),
)
D8 = StepSpec(
    8,
    QT_TRANSLATE_NOOP("EightD", "Closure and recognition"),
    (
        FieldSpec("closed_on", QT_TRANSLATE_NOOP("EightD", "Closed on"), Kind.DATE, required=True),
        FieldSpec(
            "summary",
            QT_TRANSLATE_NOOP("EightD", "Closure in words"),
            Kind.TEXT,
            required=True,
        ),
        FieldSpec(
            "recognition",
            QT_TRANSLATE_NOOP("EightD", "Recognition of the team"),
            Kind.TEXT,
        ),
        _notes(),
    ),
)

STEPS: tuple[StepSpec, ...] = (D0, D1, D2, D3, D4, D5, D6, D7, D8)
# Where a D-step names actions by number, the kind of action it lists when it names none.
ACTION_KINDS = {3: "containment", 5: "corrective", 6: "corrective", 7: "preventive"}


def step(number: int) -> StepSpec:
    """The step D`number` (0..8); ValueError for any other."""
    if isinstance(number, bool) or not isinstance(number, int) or not 0 <= number < len(STEPS):
        raise ValueError(f"no 8D step {number!r}")
    return STEPS[number]


def step_by_code(code: str) -> StepSpec | None:
    """The step whose JSON key is `code` ("d2"), or None."""
    return next((s for s in STEPS if s.code == code), None)


def internal_fields() -> list[tuple[StepSpec, FieldSpec]]:
    """Every internal field of every step (what a customer document must never print)."""
    return [(s, f) for s in STEPS for f in s.fields if f.audience is INTERNAL]
