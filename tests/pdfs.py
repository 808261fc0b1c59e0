"""Reading PDFs back with poppler, as a person's tools read them; shared by every test that writes one.

`assert_a4` holds every page of every PDF the tests write to A4 (595.28 × 841.89 pt), and
`export` (the handling form, checked: A4, every font embedded) is how the tests make forms.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

POPPLER = ("pdffonts", "pdftotext", "pdfinfo", "pdfimages", "pdftoppm")
A4_POINTS = (595.28, 841.89)
# A developer machine without poppler skips these; CI (which installs it) must never skip them.
needs_poppler = pytest.mark.skipif(
    any(shutil.which(tool) is None for tool in POPPLER) and not os.environ.get("CI"),
    reason="needs poppler-utils (pdffonts, pdftotext, pdfinfo, pdfimages, pdftoppm)",
)


def run(*args: str | Path) -> str:
    result = subprocess.run(
        [str(a) for a in args], capture_output=True, text=True, check=True, timeout=60
    )
    return result.stdout


def text_of(pdf: Path, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return run("pdftotext", "-enc", "UTF-8", *pages, pdf, "-")


# What every page carries besides the form's own text: the footer (record, hash, page) and,
# from page 2 on, the running header. A value split over a page break has these in between.
_FURNITURE = re.compile(
    r"^(?:.*(?:Record|记录) [0-9a-f-]{36}.*|.*(?:Content hash|内容哈希) [0-9a-f]{16}.*"
    r"|.*(?:Page \d+ of \d+|第 \d+ 页，共 \d+ 页).*|.*\((?:continued 续|续 continued)\)"
    r"|Customer Complaint Handling Form ?客户投诉处理单|客户投诉处理单 ?Customer Complaint Handling Form)$"
)


def body_text(pdf: Path) -> str:
    """The text of the form without what every page repeats (footer, running header)."""
    lines = text_of(pdf).replace("\f", "\n").splitlines()
    return "\n".join(line for line in lines if not _FURNITURE.match(line.strip()))


def page_count(pdf: Path) -> int:
    match = re.search(r"^Pages:\s+(\d+)$", run("pdfinfo", pdf), re.MULTILINE)
    assert match
    return int(match.group(1))


def assert_a4(pdf: Path) -> None:
    """Every page is A4 portrait, as pdfinfo measures it."""
    pages = page_count(pdf)
    info = run("pdfinfo", "-f", "1", "-l", str(pages), pdf)
    sizes = re.findall(r"^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", info, re.MULTILINE)
    assert len(sizes) == pages, info
    for width, height in sizes:
        assert (round(float(width), 2), round(float(height), 2)) == A4_POINTS, info


def fonts_of(pdf: Path) -> list[dict[str, str]]:
    """pdffonts' rows: name, type, emb(edded), uni(code map)."""
    rows = []
    for row in run("pdffonts", pdf).splitlines()[2:]:  # after the two header lines
        name, *_, emb, _sub, uni, _obj, _gen = row.split()
        kind = row[37:54].strip()  # the type column can hold a space ("Type 1")
        rows.append({"name": name, "type": kind, "emb": emb, "uni": uni})
    return rows


def assert_fonts_embedded(pdf: Path) -> None:
    rows = fonts_of(pdf)
    assert rows, "the PDF names no font at all"
    for row in rows:
        assert row["emb"] == "yes" and row["uni"] == "yes", row
        assert row["type"] == "TrueType", row


def export(complaint, out: Path, **options):
    """The handling form, checked as every form must be: A4 on every page, every font embedded."""
    from qa_desktop.core.reports.complaint_pdf import export_complaint_pdf

    result = export_complaint_pdf(complaint, out, **options)
    assert_a4(result.path)
    assert_fonts_embedded(result.path)
    return result


def info_dict(pdf: Path) -> dict[str, str]:
    """The document Info dictionary read from the file's bytes (no PDF library): each string
    decoded as PDF stores it, UTF-16 with a byte-order mark or PDFDocEncoding (≈ Latin-1)."""
    data = pdf.read_bytes()
    reference = re.findall(rb"/Info (\d+) 0 R", data)
    assert reference, "no Info dictionary"
    start = data.index(b"\n" + reference[-1] + b" 0 obj") + 1
    body = data[start : data.index(b"endobj", start)]
    info = {}
    for match in re.finditer(rb"/(\w+) \(", body):
        raw, _ = _literal(body, match.end())
        info[match.group(1).decode()] = _decoded(raw)
    return info


def _literal(data: bytes, at: int) -> tuple[bytes, int]:
    """A PDF literal string's bytes, from just after its "(" to its balancing ")"."""
    escapes = {ord("n"): b"\n", ord("r"): b"\r", ord("t"): b"\t", ord("b"): b"\b", ord("f"): b"\f"}
    out, depth = bytearray(), 1
    while True:
        byte = data[at]
        at += 1
        if byte == ord("\\"):
            octal = re.match(rb"[0-7]{1,3}", data[at : at + 3])
            if octal:
                out.append(int(octal.group(), 8) & 0xFF)
                at += len(octal.group())
            else:
                out += escapes.get(data[at], bytes([data[at]]))
                at += 1
            continue
        depth += {ord("("): 1, ord(")"): -1}.get(byte, 0)
        if depth == 0:
            return bytes(out), at
        out.append(byte)


def _decoded(raw: bytes) -> str:
    if raw.startswith(b"\xfe\xff"):
        return raw[2:].decode("utf-16-be")
    return raw.decode("latin-1")
