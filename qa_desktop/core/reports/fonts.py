"""The bundled CJK font, registered once for ReportLab. Imported only by report modules.

WenQuanYi Micro Hei has TrueType outlines, which ReportLab can embed (CFF fonts such as Noto CJK
cannot be), and it covers Latin too, so one font serves every text on a form.
"""

from __future__ import annotations

from functools import cache

from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from qa_desktop.paths import font_path

FONT = "WQYMicroHei"

# Photos (ROADMAP step 3) go into PDFs as large binary streams; ReportLab's ASCII85 encoding of
# them is pure Python and some 60 times slower than writing the bytes as they are.
rl_config.useA85 = 0


@cache
def register_fonts() -> str:
    """Register the font (first call only) and return its ReportLab name."""
    pdfmetrics.registerFont(TTFont(FONT, str(font_path()), subfontIndex=0))
    # The font has no bold or italic face; map them to the regular one so that <b> or <i> in
    # our own markup can never fall back to Helvetica, which has no Chinese glyphs.
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(FONT, bold, italic, FONT)
    return FONT


def _chinese_line_breaks() -> None:
    """Keep Chinese punctuation from starting a line.

    ReportLab's list of characters that may not begin a line is Japanese; without the full-width
    comma, semicolon and the like a wrapped Chinese sentence can start a line with "，". Both
    wrapping paths (one text run, several runs) hold their own copy of the list."""
    from reportlab.lib import textsplit
    from reportlab.platypus import paragraph

    for module in (textsplit, paragraph):
        known = module.ALL_CANNOT_START
        module.ALL_CANNOT_START = known + "".join(c for c in CANNOT_START_ZH if c not in known)


CANNOT_START_ZH = "，；：？！、”’》」』〕）％"
_chinese_line_breaks()
