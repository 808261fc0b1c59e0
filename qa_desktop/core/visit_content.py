"""What a visit screen submits for a visit's record, and the JSON an autosaved draft keeps of it.
Pure: no database, no Qt.

Photos are named by the sha256 of their original: a photo is stored (content-addressed, in
the media table) as soon as it is taken in, so a draft that survives a crash can name it and
the photo is not lost with the window."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field, fields

from qa_desktop.core.visit_quantities import VisitCoilDraft

FORMAT = "qa-desktop visit draft v1"


@dataclass(frozen=True)
class PhotoDraft:
    """One photo as the screen holds it; `coil_no` or `item_key` says what it belongs to."""

    sha256: str
    filename: str
    caption: str = ""
    coil_no: str = ""
    item_key: str = ""
    annotated_sha256: str = ""  # the copy with the defect marked, when there is one
    marks: str = ""  # the marks' JSON (core/annotations.py)


@dataclass(frozen=True)
class VisitContent:
    """A visit's record as typed: checklist answers (item key -> answer), the findings, the
    coil lines and the photos, in the screen's order."""

    answers: Mapping[str, object] = field(default_factory=dict)
    findings: str = ""
    coils: Sequence[VisitCoilDraft] = ()
    photos: Sequence[PhotoDraft] = ()

    def __post_init__(self) -> None:
        # Tuples, so two contents with the same lines compare equal however they were built.
        object.__setattr__(self, "coils", tuple(self.coils))
        object.__setattr__(self, "photos", tuple(self.photos))
        object.__setattr__(self, "answers", dict(self.answers))


def content_to_json(content: VisitContent) -> str:
    data = {
        "format": FORMAT,
        "answers": dict(content.answers),
        "findings": content.findings,
        "coils": [asdict(line) for line in content.coils],
        "photos": [asdict(photo) for photo in content.photos],
    }
    return json.dumps(data, ensure_ascii=False, sort_keys=True, default=str)


def content_from_json(text: str) -> VisitContent:
    """What `content_to_json` wrote; ValueError for anything else (a draft is our own file, so
    a damaged one is dropped, not repaired)."""
    data = json.loads(text)
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValueError("not a visit draft")
    return VisitContent(
        answers=dict(data["answers"]),
        findings=str(data["findings"]),
        coils=tuple(_make(VisitCoilDraft, row) for row in data["coils"]),
        photos=tuple(_make(PhotoDraft, row) for row in data["photos"]),
    )


def _make(kind: type, row: object):
    if not isinstance(row, dict):
        raise ValueError("a line of a draft is an object")
    names = {f.name for f in fields(kind)}
    return kind(**{k: str(v) for k, v in row.items() if k in names})
