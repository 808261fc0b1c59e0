"""A value printed as plain text: a ReportLab flowable over text_layout's lines.

Not a Paragraph, for three reasons. The text never meets the markup parser at all (`<img
src="/etc/passwd"/>` typed into a field would embed a local file). Each run is drawn and measured
in the font that has its characters, where a Paragraph measures a line in one font. And a
CJK-wrapped Paragraph that splits over a page rebuilds its second part from the stripped lines,
which drops the spaces where lines had broken ("the rolling" became "therolling").
"""

from __future__ import annotations

from reportlab.lib.colors import Color
from reportlab.platypus import Flowable

from qa_desktop.core.reports.text_layout import LaidOutText, Line


class TextBlock(Flowable):
    def __init__(
        self, text: LaidOutText, size: float, leading: float, color: Color, right: bool = False
    ) -> None:
        super().__init__()
        self.text, self.size, self.leading, self.color = text, size, leading, color
        self.right = right  # numbers line up on the right
        self.lines: list[Line] = []
        self.broken_at: float | None = None  # the width self.lines were broken for

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if self.broken_at != avail_width:
            self.lines, self.broken_at = self.text.lines(avail_width), avail_width
        self.width, self.height = avail_width, len(self.lines) * self.leading
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        # Like Paragraph, keep the lines of the last wrap: a table asks to split its cell with
        # the column's full width, wider than the padded width the cell was wrapped (and drawn) at.
        if self.broken_at is None:
            self.wrap(avail_width, avail_height)
        fits = int(avail_height // self.leading)
        if fits < 2:  # no lone first line at the foot of a page
            return []
        if fits >= len(self.lines):
            return [self]
        return [self._part(self.lines[:fits]), self._part(self.lines[fits:])]

    def draw(self) -> None:
        self.canv.setFillColor(self.color)
        for number, line in enumerate(self.lines):
            x = self.width - line.width if self.right else 0
            y = self.height - self.size - number * self.leading
            for run in line.runs:
                self.canv.setFont(run.font, self.size)
                self.canv.drawString(x, y, run.text)
                x += run.width

    def _part(self, lines: list[Line]) -> TextBlock:
        """A part holds only its own lines (rewrapped narrower, each line stays a line)."""
        part = TextBlock(self.text.part(lines), self.size, self.leading, self.color, self.right)
        part.lines, part.broken_at = lines, self.broken_at
        return part
