"""Strokes of the signature pad (core/signature_strokes.py)."""

from __future__ import annotations

import json
import math
import re

import pytest

from qa_desktop.core.errors import UserError
from qa_desktop.core.signature_strokes import (
    Stroke,
    check_signature,
    normalise,
    path_length,
    strokes_from_json,
    strokes_to_json,
    svg_path,
)
from qa_desktop.core.signing import canonical


def exactly(sentence: str) -> str:
    """A `match=` pattern for this sentence and nothing else."""
    return f"^{re.escape(sentence)}$"


def written(width: float, height: float, points: int = 40, ms: int = 1200) -> list[Stroke]:
    """A wave across most of a width × height pad, as pixels; time from 5000 ms."""
    return [
        Stroke(
            tuple(
                (
                    width * (0.1 + 0.8 * i / (points - 1)),
                    height * 0.5 + height * 0.3 * math.sin(i / 3),
                    5000 + ms * i // (points - 1),
                    0.6,
                )
                for i in range(points)
            )
        )
    ]


def test_normalising_is_invariant_under_scaling() -> None:
    small, large = normalise(written(400, 150), 400, 150), normalise(written(1200, 450), 1200, 450)
    for a, b in zip(small[0].points, large[0].points, strict=True):
        assert a[0] == pytest.approx(b[0], abs=2e-4) and a[1] == pytest.approx(b[1], abs=2e-4)
    xs = [p[0] for p in small[0].points]
    ys = [p[1] for p in small[0].points]
    assert min(xs) >= 0 and max(xs) <= 1 and max(ys) <= 150 / 400  # one scale: shape kept
    assert small[0].points[0][2] == 0  # time from the first point


def test_a_signature_passes_and_scribbles_are_refused() -> None:
    check_signature(normalise(written(400, 150), 400, 150))
    too_short = exactly("This is too short to be a signature: clear it and sign again.")
    for scribble in (
        written(400, 150, points=9),  # too few points
        written(400, 150, ms=250),  # too quick
        [Stroke(tuple((200 + i, 75, 10 * i * 5, 0.5) for i in range(40)))],  # 39 px of 400
    ):
        with pytest.raises(UserError, match=too_short):
            check_signature(normalise(scribble, 400, 150))
    with pytest.raises(UserError, match=exactly("Sign in the box first.")):
        check_signature([])


def test_the_length_threshold_sits_at_three_tenths() -> None:
    def line(length: float) -> list[Stroke]:
        return [Stroke(tuple((length * i / 19, 0.5, 50 * i, 0.5) for i in range(20)))]

    check_signature(line(0.31))
    with pytest.raises(UserError):
        check_signature(line(0.29))
    assert path_length(line(0.31)) == pytest.approx(0.31)


def test_json_is_canonical_and_reads_back() -> None:
    strokes = normalise(written(400, 150), 400, 150)
    text = strokes_to_json(strokes)
    assert text.encode() == canonical(json.loads(text))  # sorted keys, no spaces, no floats
    assert text == strokes_to_json(strokes_from_json(text))
    assert strokes_from_json(text) == strokes
    with pytest.raises(ValueError):
        strokes_from_json('{"format": "other"}')


def test_svg_path_fits_the_box_with_one_scale() -> None:
    strokes = normalise(written(400, 150), 400, 150)
    path = svg_path(strokes, 200, 100)
    commands = path.split(" ")
    assert path.startswith("M") and path.count("M") == 1 and path.count("L") == 39
    numbers = [float(n.lstrip("ML")) for n in commands]
    xs, ys = numbers[0::2], numbers[1::2]
    assert min(xs) >= 0 and max(xs) <= 200 and min(ys) >= 0 and max(ys) <= 100
    ink_ratio = (max(xs) - min(xs)) / (max(ys) - min(ys))
    source = strokes[0].points
    src_ratio = (max(p[0] for p in source) - min(p[0] for p in source)) / (
        max(p[1] for p in source) - min(p[1] for p in source)
    )
    assert ink_ratio == pytest.approx(src_ratio, rel=0.01)
    assert svg_path([], 200, 100) == ""
