"""Make the fallback fonts in resources/fonts from Debian 12's font packages (run by hand, rarely).

    apt-get install fonts-dejavu-core fonts-symbola fonts-noto-core fonts-hanazono unicode-data
    .venv/bin/python build/make_fallback_fonts.py [--root DIR] [--check]

--root: where those packages' files are (default /), e.g. a folder made with
`apt-get download PKG && dpkg -x PKG.deb DIR`. --check: build into a temporary folder and exit 1
if any shipped font differs (the output is byte-for-byte reproducible from the same inputs).

What it writes, and why (resources/fonts/README.md has the coverage and the licences):
- DejaVuSans.ttf, NotoNaskhArabic-Regular.ttf and Symbola.ttf: copied unchanged. DejaVu Sans
  draws Latin, Greek, Cyrillic, Hebrew, Arabic (with its presentation forms) and combining marks;
  Noto Naskh Arabic the Arabic-script letters DejaVu lacks (Urdu, Persian, Sindhi…); Symbola emoji
  and symbols in one colour. All TrueType outlines, which ReportLab can embed.
- han-supplement-a.ttf: from HanaMinA, every code point in the CJK blocks of the BMP that
  WenQuanYi Micro Hei lacks (Extension A, compatibility ideographs, radicals, strokes, enclosed and
  squared forms, the newest unified ideographs).
- han-supplement-b.ttf: from HanaMinB, the supplementary-plane ideographs (Extensions B to F) that
  a regional standard for present-day text includes, according to Unihan: China's Table of General
  Standard Chinese Characters (kTGH, the 通用规范汉字表 that personal and place names are checked
  against), the International Ideographs Core (kIICore), and the Hong Kong, Japan, Korea and Macao
  sources (kIRG_HSource, _JSource, _KSource, _MSource). All of Extension B is 22 MB, over the
  10 MB a tracked file may have; the rest (mostly dictionary-only characters) is taken from a font
  on the computer when one is there (fonts.system_faces(): HanaMinB on Debian, SimSun-ExtB on
  Windows), and prints as the replacement mark otherwise.

The two subsets are renamed ("QA Han Supplement A/B"): Hanazono is offered under the Hanazono Font
License or the SIL OFL 1.1; these files are distributed under the Hanazono Font License, which
allows modified copies, and the new names also keep clear of the OFL's reserved font names.
"""

from __future__ import annotations

import argparse
import bz2
import hashlib
import shutil
import sys
import tempfile
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FONTS = ROOT / "resources" / "fonts"

COPIES = {  # shipped name: path inside the Debian package
    "DejaVuSans.ttf": "usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",  # fonts-dejavu-core 2.37-6
    "Symbola.ttf": "usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf",  # fonts-symbola 2.60-1.1
    # fonts-noto-core 20201225-1
    "NotoNaskhArabic-Regular.ttf": "usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf",
}
HANAZONO = "usr/share/fonts/truetype/hanazono"  # fonts-hanazono 20170904-2.1
UNIHAN = "usr/share/unicode"  # unicode-data 15.0.0-1

# The BMP blocks of Han text and its companions, where WenQuanYi Micro Hei has gaps.
BMP_CJK_BLOCKS = (
    (0x2E80, 0x2FDF),  # CJK radicals supplement, Kangxi radicals
    (0x3000, 0x303F),  # CJK symbols and punctuation
    (0x3100, 0x312F),  # Bopomofo
    (0x31C0, 0x31EF),  # CJK strokes
    (0x3200, 0x33FF),  # enclosed CJK letters and months, CJK compatibility
    (0x3400, 0x4DBF),  # CJK unified ideographs extension A
    (0x4E00, 0x9FFF),  # CJK unified ideographs
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
    (0xFF00, 0xFFEF),  # halfwidth and fullwidth forms
)
# Unihan properties that mark an ideograph as part of a standard for present-day text.
CURRENT_USE = {
    "Unihan_OtherMappings.txt.bz2": ("kTGH",),
    "Unihan_IRGSources.txt.bz2": (
        "kIICore",
        "kIRG_HSource",
        "kIRG_JSource",
        "kIRG_KSource",
        "kIRG_MSource",
    ),
}
SUBSETS = {  # shipped name: (source font, family name, PostScript name)
    "han-supplement-a.ttf": ("HanaMinA.ttf", "QA Han Supplement A", "QAHanSupplementA"),
    "han-supplement-b.ttf": ("HanaMinB.ttf", "QA Han Supplement B", "QAHanSupplementB"),
}
LICENCE_NOTE = (
    "Subset of Hanazono Mincho (GlyphWiki Project) made by QA Desktop's "
    "build/make_fallback_fonts.py; distributed under the Hanazono Font License."
)


def cmap_of(path: Path, number: int = 0) -> dict[int, str]:
    from fontTools.ttLib import TTFont

    return TTFont(path, fontNumber=number, lazy=True).getBestCmap()


def current_use_ideographs(root: Path) -> set[int]:
    found: set[int] = set()
    for name, properties in CURRENT_USE.items():
        with bz2.open(root / UNIHAN / name, "rt", encoding="utf-8") as lines:
            for line in lines:
                if line.startswith("U+"):
                    code, prop, _value = line.split("\t", 2)
                    if prop in properties:
                        found.add(int(code[2:], 16))
    return {code for code in found if code > 0xFFFF}


def bmp_gaps(have: dict[int, str]) -> set[int]:
    return {
        code
        for start, end in BMP_CJK_BLOCKS
        for code in range(start, end + 1)
        if code not in have and unicodedata.category(chr(code)) != "Cn"
    }


def subset(source: Path, codes: set[int], family: str, postscript: str, out: Path) -> int:
    from fontTools import subset as ftsubset
    from fontTools.ttLib import TTFont

    font = TTFont(source, recalcTimestamp=False)  # the same inputs make the same bytes
    wanted = codes & set(font.getBestCmap())
    options = ftsubset.Options()
    options.layout_features = []  # no vertical forms or other substitutions: plain cmap lookups
    options.hinting = False
    options.notdef_outline = True
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6, 13]
    options.drop_tables += ["FFTM", "vhea", "vmtx", "VORG"]
    subsetter = ftsubset.Subsetter(options)
    subsetter.populate(unicodes=sorted(wanted))
    subsetter.subset(font)
    rename(font, family, postscript)
    font.save(out)
    return len(wanted)


def rename(font, family: str, postscript: str) -> None:
    names = font["name"]
    for record in list(names.names):
        if record.nameID in (1, 3, 4, 6, 16, 17, 13):
            names.removeNames(nameID=record.nameID)
    for name_id, text in ((1, family), (3, postscript), (4, family), (6, postscript)):
        names.setName(text, name_id, 3, 1, 0x409)
        names.setName(text, name_id, 1, 0, 0)
    names.setName(LICENCE_NOTE, 13, 3, 1, 0x409)


def build(root: Path, out: Path) -> list[str]:
    report = []
    for name, source in COPIES.items():
        shutil.copyfile(root / source, out / name)
        report.append(f"{name}: copy of /{source}")
    wqy = cmap_of(FONTS / "wqy-microhei.ttc")
    wanted = {
        "han-supplement-a.ttf": bmp_gaps(wqy),
        "han-supplement-b.ttf": current_use_ideographs(root),
    }
    for name, (source, family, postscript) in SUBSETS.items():
        count = subset(root / HANAZONO / source, wanted[name], family, postscript, out / name)
        report.append(f"{name}: {count} characters from {source}")
    for line, name in zip(report, [*COPIES, *SUBSETS], strict=True):
        data = (out / name).read_bytes()
        print(f"{line}; {len(data) / 2**20:.2f} MiB, sha256 {hashlib.sha256(data).hexdigest()}")
    return [*COPIES, *SUBSETS]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=Path("/"), help="where the packages are")
    parser.add_argument("--check", action="store_true", help="compare with the shipped fonts")
    args = parser.parse_args(argv)
    if not args.check:
        build(args.root, FONTS)
        return 0
    with tempfile.TemporaryDirectory() as folder:
        names = build(args.root, Path(folder))
        stale = [n for n in names if (Path(folder) / n).read_bytes() != (FONTS / n).read_bytes()]
    for name in stale:
        print(f"make_fallback_fonts: resources/fonts/{name} differs", file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    raise SystemExit(main())
