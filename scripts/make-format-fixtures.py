#!/usr/bin/env python3
"""Regenerate the format fixtures: the same conclusions as Word, PDF and legacy-encoded text files.

    python3 scripts/make-format-fixtures.py [--out DIR] [--only NAME]

Writes Tests/BantinKitTests/Fixtures/formats/ (default). Not run by `make test`: the generated small
files are committed. Needs, only for making fixtures:

    apt-get install libreoffice-writer qpdf      # LibreOffice saves .docx/.doc and prints PDFs
    pip install python-docx msoffcrypto-tool      # python-docx builds HD36 .docx; msoffcrypto encrypts

Each twin is made from a Markdown file of the repository (the seed and corpus conclusions):

- `NAME.python-docx.docx`: built with python-docx in the HD36 layout: the header and the signature
  as two-column borderless tables, Heading styles for `#` headings, Word's automatic numbering for
  numbered and bulleted lists (style-linked "List Number"/"List Bullet", a new list instance that
  restarts at each new list), bold/italic runs, a task table for a `nhiem-vu` block, a PAGE field in
  the footer, a comment-free body with one deleted and one inserted revision.
- `NAME.libreoffice.docx`: the same conclusion as HTML opened and saved by LibreOffice Writer
  (LibreOffice's own numbering.xml, tables, styles).
- `NAME.pdf`: the python-docx file printed to PDF by LibreOffice (page-number footer).
- `NAME.tcvn3.txt`, `NAME.vni.txt`, `NAME.cp1258.txt`: the plain text in those encodings (TCVN3 capital
  lines written with the lowercase codes, as a `.VnTimeH` line saves); `NAME.txt` the same in UTF-8.

The bad files of issue 9 point 6 are made here too (`bad/`). `bench/` (a 12-page conclusion for
FormatReadingBenchmark) was made with `--from` on the seed with its results section written out
four times.
"""
from __future__ import annotations

import argparse
import copy
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "Tests" / "BantinKitTests" / "Fixtures"
TWINS = {
    # name: Markdown source
    "seed": FIXTURES / "seed.md",
    "03-phong-chong-thien-tai": FIXTURES / "corpus" / "03-phong-chong-thien-tai.md",
    "05-bau-cu": FIXTURES / "corpus" / "05-bau-cu.md",
    "06-thang-04-tieu-de": FIXTURES / "corpus" / "06-thang-04-tieu-de.md",
    "07-bang-nhiem-vu": FIXTURES / "corpus" / "07-bang-nhiem-vu.md",
    "10-tet-le-hoi-xuan": FIXTURES / "corpus" / "10-tet-le-hoi-xuan.md",
    "14-so-ket-6-thang": FIXTURES / "corpus" / "14-so-ket-6-thang.md",
}
TYPE_NAMES = {"THÔNG BÁO", "THÔNG BÁO KẾT LUẬN", "KẾT LUẬN", "NGHỊ QUYẾT", "BÁO CÁO", "KẾ HOẠCH"}


# ---------------------------------------------------------------------------------------------
# A small reading of the Markdown twins: enough structure to lay the same text out in Word.

def strip_front_matter(text: str) -> str:
    if text.startswith("---\n"):
        end = text.index("\n---", 4)
        return text[end + 4:].lstrip("\n")
    return text


def inline_runs(text: str):
    """'**a** b *c*' → [(text, bold, italic)], escapes removed."""
    runs, bold, italic, buf = [], False, False, ""
    i = 0
    while i < len(text):
        if text[i] == "\\" and i + 1 < len(text):
            buf += text[i + 1]; i += 2; continue
        if text.startswith("**", i):
            if buf: runs.append((buf, bold, italic)); buf = ""
            bold = not bold; i += 2; continue
        if text[i] == "*" and (italic or (i + 1 < len(text) and not text[i + 1].isspace())):
            if buf: runs.append((buf, bold, italic)); buf = ""
            italic = not italic; i += 1; continue
        buf += text[i]; i += 1
    if buf: runs.append((buf, bold, italic))
    return runs


def plain(text: str) -> str:
    return "".join(r[0] for r in inline_runs(text))


def blocks_of(markdown: str):
    """Blocks: dicts with kind paragraph|heading|item|fence|rule and text/lines/level/marker."""
    lines = strip_front_matter(markdown).split("\n")
    blocks, para = [], []

    def flush():
        if para:
            blocks.append({"kind": "paragraph", "lines": list(para)})
            para.clear()

    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("```"):
            flush()
            info = line[3:].strip()
            j = i + 1
            content = []
            while j < len(lines) and not lines[j].startswith("```"):
                content.append(lines[j]); j += 1
            blocks.append({"kind": "fence", "info": info, "lines": content})
            i = j + 1
            continue
        stripped = line.strip()
        if not stripped:
            flush(); i += 1; continue
        if re.fullmatch(r"-{3,}", stripped) and not para:
            blocks.append({"kind": "rule"}); i += 1; continue
        m = re.match(r"^(#{1,6}) (.*)$", line)
        if m:
            flush(); blocks.append({"kind": "heading", "level": len(m.group(1)), "text": m.group(2)}); i += 1; continue
        m = re.match(r"^( *)([-+]|\d+\.) (.*)$", line)
        if m:
            flush()
            indent = len(m.group(1))
            blocks.append({"kind": "item", "indent": indent, "marker": m.group(2), "text": m.group(3)})
            i += 1
            continue
        if blocks and blocks[-1]["kind"] == "item" and not para and line.startswith("  "):
            blocks[-1]["text"] += " " + stripped; i += 1; continue
        para.append(line.rstrip())
        i += 1
    flush()
    # Paragraph lines joined by spaces, except lines the Markdown joins with a hard break.
    for b in blocks:
        if b["kind"] == "paragraph":
            b["text"] = "\n".join(b["lines"]) if any(l.startswith("**T/") for l in b["lines"]) else " ".join(b["lines"])
    return blocks


def split_document(blocks):
    """(header blocks, body blocks, footer blocks): header before the type name, footer from "Nơi nhận"."""
    type_index = next((k for k, b in enumerate(blocks[:14]) if b["kind"] in ("paragraph", "heading")
                       and plain(b["text"]).strip() in TYPE_NAMES), 0)
    footer_index = next((k for k, b in enumerate(blocks) if b["kind"] == "paragraph"
                         and plain(b["text"]).startswith("Nơi nhận")), len(blocks))
    return blocks[:type_index], blocks[type_index:footer_index], blocks[footer_index:]


def item_level(block, previous_indent_levels):
    return 0 if block["indent"] == 0 else 1


# ---------------------------------------------------------------------------------------------
# python-docx: the HD36 layout with Word's own numbering.

def make_python_docx(markdown: str, out: Path, name: str, revisions: bool = True):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    document = docx.Document()
    style = document.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(14)
    numbering = document.part.numbering_part.element

    def style_num_id(style_name):
        numpr = document.styles[style_name].element.pPr.numPr
        return int(numpr.numId.val)

    def abstract_of(num_id):
        for num in numbering.findall(qn("w:num")):
            if int(num.get(qn("w:numId"))) == num_id:
                return int(num.find(qn("w:abstractNumId")).get(qn("w:val")))
        raise KeyError(num_id)

    next_num = [max(int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))) + 1]

    def restarted_num(style_name, start):
        """A new list instance of the style's definition that restarts at `start` (w:startOverride)."""
        abstract = abstract_of(style_num_id(style_name))
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), str(next_num[0]))
        a = OxmlElement("w:abstractNumId"); a.set(qn("w:val"), str(abstract)); num.append(a)
        override = OxmlElement("w:lvlOverride"); override.set(qn("w:ilvl"), "0")
        so = OxmlElement("w:startOverride"); so.set(qn("w:val"), str(start)); override.append(so)
        num.append(override)
        numbering.append(num)
        next_num[0] += 1
        return next_num[0] - 1

    def set_num(paragraph, num_id, level=0):
        ppr = paragraph._p.get_or_add_pPr()
        numpr = OxmlElement("w:numPr")
        ilvl = OxmlElement("w:ilvl"); ilvl.set(qn("w:val"), str(level)); numpr.append(ilvl)
        nid = OxmlElement("w:numId"); nid.set(qn("w:val"), str(num_id)); numpr.append(nid)
        ppr.append(numpr)

    def add_runs(paragraph, text, bold=None):
        parts = text.split("\n")
        for k, part in enumerate(parts):
            for chunk, b, it in inline_runs(part):
                run = paragraph.add_run(chunk)
                run.bold = True if (b or bold) else None
                run.italic = True if it else None
            if k + 1 < len(parts):
                paragraph.add_run().add_break()

    def cell_paragraphs(cell, blocks):
        first = True
        for b in blocks:
            p = cell.paragraphs[0] if first else cell.add_paragraph()
            first = False
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if b["kind"] == "item":
                add_runs(p, "- " + b["text"])
                p.alignment = WD_ALIGN_PARAGRAPH.LEFT
            else:
                add_runs(p, b["text"].replace("\\*", "*") if b["text"] == "\\*" else b["text"])

    header, body, footer = split_document(blocks_of(markdown))
    if header:
        # Left column: the bodies, "*" and the number; right column: the Party's title and the date.
        left = [b for b in header if not plain(b["text"]).startswith("ĐẢNG CỘNG SẢN") and ", ngày" not in plain(b["text"])]
        right = [b for b in header if b not in left]
        table = document.add_table(rows=1, cols=2)
        cell_paragraphs(table.cell(0, 0), left)
        cell_paragraphs(table.cell(0, 1), right)

    list_num = None       # the w:num of the open numbered list
    bullet_num = None
    previous = None
    revision_done = False
    for b in body:
        kind = b["kind"]
        if kind != "item":
            list_num = None
            bullet_num = None
        if kind == "heading":
            text = plain(b["text"])
            if text in TYPE_NAMES or b["level"] == 1 and previous is None:
                p = document.add_paragraph(); add_runs(p, "**" + text + "**"); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            else:
                document.add_heading(text, level=min(b["level"], 3))
        elif kind == "paragraph":
            text = b["text"]
            p = document.add_paragraph()
            add_runs(p, text)
            if plain(text) in TYPE_NAMES or previous is not None and previous.get("type_name"):
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if plain(text) in TYPE_NAMES:
                b["type_name"] = True
            if revisions and not revision_done and len(plain(text)) > 200:
                # A tracked change: a deleted word (left out) and an inserted one (kept).
                add_revision(p, qn, OxmlElement)
                revision_done = True
        elif kind == "rule":
            p = document.add_paragraph("-----"); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "item":
            marker = b["marker"]
            level = 0 if b["indent"] == 0 else 1
            if marker.endswith("."):
                if list_num is None:
                    list_num = restarted_num("List Number", int(marker[:-1]))
                p = document.add_paragraph(style="List Number")
                set_num(p, list_num, 0)
                bullet_num = None
            else:
                style_name = "List Bullet" if level == 0 else "List Bullet 2"
                p = document.add_paragraph(style=style_name)   # numbering from the style alone
            add_runs(p, b["text"])
        elif kind == "fence" and b["info"] == "nhiem-vu":
            rows = [[c.strip() for c in line.strip().strip("|").split("|")] for line in b["lines"] if line.strip()]
            rows = [r for r in rows if not all(set(c) <= set("-: ") for c in r)]
            table = document.add_table(rows=len(rows), cols=max(len(r) for r in rows))
            table.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, value in enumerate(row):
                    table.cell(r, c).text = value
        previous = b

    if footer:
        recipients = [b for b in footer if b["kind"] == "item" or plain(b.get("text", "")).startswith("Nơi nhận")]
        signature = [b for b in footer if b not in recipients]
        table = document.add_table(rows=1, cols=2)
        left, right = table.cell(0, 0), table.cell(0, 1)
        cell_paragraphs(left, recipients)
        cell_paragraphs(right, signature)

    # Page number in the footer, as printed offices do.
    section = document.sections[0]
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    simple = OxmlElement("w:fldSimple"); simple.set(qn("w:instr"), " PAGE ")
    r = OxmlElement("w:r"); t = OxmlElement("w:t"); t.text = "1"; r.append(t); simple.append(r)
    p._p.append(simple)
    # A page header with the issuing body's short name, which is not part of the text.
    section.header.paragraphs[0].text = "Văn phòng Đảng ủy"
    document.core_properties.title = ""
    document.save(out)


def add_revision(paragraph, qn, OxmlElement):
    deleted = OxmlElement("w:del"); deleted.set(qn("w:id"), "901"); deleted.set(qn("w:author"), "VPĐU")
    r = OxmlElement("w:r"); t = OxmlElement("w:delText"); t.text = " (bản nháp cũ)"; t.set(qn("xml:space"), "preserve")
    r.append(t); deleted.append(r)
    paragraph._p.append(deleted)
    inserted = OxmlElement("w:ins"); inserted.set(qn("w:id"), "902"); inserted.set(qn("w:author"), "VPĐU")
    r = OxmlElement("w:r"); t = OxmlElement("w:t"); t.text = ""; r.append(t); inserted.append(r)
    paragraph._p.append(inserted)


# ---------------------------------------------------------------------------------------------
# LibreOffice Writer: the same conclusion as HTML, opened and saved as .docx.

def html_escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_inline(text):
    out = []
    for chunk, b, it in inline_runs(text):
        s = html_escape(chunk).replace("\n", "<br>")
        if it: s = f"<i>{s}</i>"
        if b: s = f"<b>{s}</b>"
        out.append(s)
    return "".join(out)


def make_html(markdown: str) -> str:
    header, body, footer = split_document(blocks_of(markdown))
    parts = ['<html><head><meta charset="utf-8"></head><body>']
    if header:
        left = [b for b in header if not plain(b["text"]).startswith("ĐẢNG CỘNG SẢN") and ", ngày" not in plain(b["text"])]
        right = [b for b in header if b not in left]
        cell = lambda bs: "".join(f'<p align="center">{html_inline(b["text"])}</p>' for b in bs)
        parts.append(f'<table border="0" width="100%"><tr><td>{cell(left)}</td><td>{cell(right)}</td></tr></table>')
    open_lists = []   # (tag, indent)
    def close_lists(to=0):
        while len(open_lists) > to:
            tag, _ = open_lists.pop(); parts.append(f"</li></{tag}>")
    for b in body:
        if b["kind"] != "item":
            close_lists()
        if b["kind"] == "heading":
            text = plain(b["text"])
            if text in TYPE_NAMES:
                parts.append(f'<p align="center"><b>{html_escape(text)}</b></p>')
            else:
                parts.append(f"<h{min(b['level'], 3)}>{html_inline(b['text'])}</h{min(b['level'], 3)}>")
        elif b["kind"] == "paragraph":
            parts.append(f"<p>{html_inline(b['text'])}</p>")
        elif b["kind"] == "rule":
            parts.append('<p align="center">-----</p>')
        elif b["kind"] == "item":
            tag = "ol" if b["marker"].endswith(".") else "ul"
            depth = 1 if b["indent"] == 0 else 2
            if len(open_lists) >= depth:
                close_lists(depth)
                parts.append("</li><li>")
                if open_lists[-1][0] != tag:
                    close_lists(depth - 1)
            if len(open_lists) < depth:
                start = f' start="{b["marker"][:-1]}"' if tag == "ol" else ""
                parts.append(f"<{tag}{start}><li>")
                open_lists.append((tag, depth))
            parts.append(html_inline(b["text"]))
        elif b["kind"] == "fence":
            rows = [[c.strip() for c in line.strip().strip("|").split("|")] for line in b["lines"] if line.strip()]
            parts.append('<table border="1">' + "".join(
                "<tr>" + "".join(f"<td>{html_escape(c)}</td>" for c in row) + "</tr>" for row in rows) + "</table>")
    close_lists()
    if footer:
        recipients = [b for b in footer if b["kind"] == "item" or plain(b.get("text", "")).startswith("Nơi nhận")]
        signature = [b for b in footer if b not in recipients]
        left = "".join(f'<p>{"- " if b["kind"] == "item" else ""}{html_inline(b["text"])}</p>' for b in recipients)
        right = "".join(f'<p align="center">{html_inline(b["text"])}</p>' for b in signature)
        parts.append(f'<table border="0" width="100%"><tr><td>{left}</td><td>{right}</td></tr></table>')
    parts.append("</body></html>")
    return "\n".join(parts)


def soffice(args, cwd):
    profile = Path(tempfile.mkdtemp(prefix="lo-profile-"))
    try:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", *args],
                       cwd=cwd, check=True, capture_output=True, timeout=180)
    finally:
        shutil.rmtree(profile, ignore_errors=True)


# ---------------------------------------------------------------------------------------------
# Plain text and the legacy encodings, encoded here independently of bantin's decoders.

def plain_text(markdown: str) -> str:
    out = []
    for b in blocks_of(markdown):
        if b["kind"] == "paragraph":
            out.append(plain(b["text"]))
        elif b["kind"] == "heading":
            out.append(plain(b["text"]))
        elif b["kind"] == "item":
            out.append(" " * b["indent"] + b["marker"] + " " + plain(b["text"]))
        elif b["kind"] == "rule":
            out.append("-----")
        elif b["kind"] == "fence":
            # A table saved as text by Word: a tab between cells, a line per row.
            rows = [[c.strip() for c in line.strip().strip("|").split("|")] for line in b["lines"] if line.strip()]
            out.append("\n".join("\t".join(r) for r in rows if not all(set(c) <= set("-: ") for c in r)))
    return "\n\n".join(out) + "\n"


def tcvn3_table():
    """Lowercase TCVN3 bytes from glibc's TCVN5712-1 (whose 0xA1–0xFE agree with VN3)."""
    table = {}
    for byte in range(0xA1, 0xFF):
        r = subprocess.run(["iconv", "-f", "TCVN5712-1", "-t", "UTF-8"], input=bytes([byte]), capture_output=True)
        ch = unicodedata.normalize("NFC", r.stdout.decode("utf-8"))
        if len(ch) == 1 and (ch.islower() or ch in "ĂÂÊÔƠƯĐ"):
            table[ch] = byte
    return table


def encode_tcvn3(text: str, table) -> bytes:
    out = bytearray()
    for line in text.split("\n"):
        letters = [c for c in line if c.isalpha()]
        # A line all in capitals was typed in the .VnTimeH font: its bytes are the lowercase codes.
        capital_line = letters and all(not c.islower() for c in letters) and any(ord(c) > 0x7F for c in letters)
        if capital_line:
            line = line.lower()
        else:
            # TCVN3 has no toned capitals: a typist writes "Uỷ ban" for "Ủy ban", and a lowercase
            # letter where no other spelling exists.
            line = line.replace("Ủy", "Uỷ")
        for ch in unicodedata.normalize("NFC", line):
            if ch in table:
                out.append(table[ch])
            elif ord(ch) < 0x80:
                out.append(ord(ch))
            elif ch.lower() in table:
                out.append(table[ch.lower()])
            else:
                out += ch.encode("cp1252")
        out.append(0x0A)
    return bytes(out[:-1])


VNI_TONE = {"\u0301": "ù", "\u0300": "ø", "\u0309": "û", "\u0303": "õ", "\u0323": "ï"}
VNI_CIRC_TONE = {"": "â", "\u0301": "á", "\u0300": "à", "\u0309": "å", "\u0303": "ã", "\u0323": "ä"}
VNI_BREVE_TONE = {"": "ê", "\u0301": "é", "\u0300": "è", "\u0309": "ú", "\u0303": "ü", "\u0323": "ë"}
VNI_I = {"\u0301": "í", "\u0300": "ì", "\u0309": "æ", "\u0303": "ó", "\u0323": "ò"}


def encode_vni(text: str) -> bytes:
    out = []
    for ch in unicodedata.normalize("NFC", text):
        if ord(ch) < 0x80:
            out.append(ch); continue
        if ch in "đĐ":
            out.append("ñ" if ch == "đ" else "Ñ"); continue
        decomposed = unicodedata.normalize("NFD", ch)
        base, marks = decomposed[0], decomposed[1:]
        upper = base.isupper()
        shape = next((m for m in marks if m in "\u0302\u0306\u031b"), "")
        tone = next((m for m in marks if m in VNI_TONE), "")
        lower = base.lower()
        if shape == "\u031b":   # horn: ơ ư are letters of their own
            s = ("ô" if lower == "o" else "ö") + (VNI_TONE.get(tone, "") if tone else "")
        elif shape == "\u0302":
            s = lower + VNI_CIRC_TONE[tone]
        elif shape == "\u0306":
            s = lower + VNI_BREVE_TONE[tone]
        elif lower == "i" and tone:
            s = VNI_I[tone]
        elif lower == "y" and tone == "\u0323":
            s = "î"
        elif tone:
            s = lower + VNI_TONE[tone]
        else:
            out.append(ch); continue
        out.append(s.upper() if upper else s)
    return "".join(out).encode("cp1252")


def encode_cp1258(text: str) -> bytes:
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258"); continue
        except UnicodeEncodeError:
            pass
        decomposed = unicodedata.normalize("NFD", ch)
        tone = "".join(m for m in decomposed[1:] if m in VNI_TONE)
        rest = unicodedata.normalize("NFC", "".join(m for m in decomposed if m not in VNI_TONE))
        out += rest.encode("cp1258") + tone.encode("cp1258")
    return bytes(out)


# ---------------------------------------------------------------------------------------------
# Bad files (issue 9 point 6).

def make_bad(out: Path, good_docx: Path, good_pdf: Path):
    bad = out / "bad"
    bad.mkdir(parents=True, exist_ok=True)
    data = good_docx.read_bytes()
    (bad / "cat-ngang.docx").write_bytes(data[: len(data) // 2])             # truncated download
    (bad / "khong-phai-zip.docx").write_bytes(b"Day khong phai tep Word\n" * 20)
    # A ZIP bomb: a document.xml of 80 MiB of spaces, a few tens of KiB packed.
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        z.writestr("word/document.xml", b"<w:document xmlns:w=\"w\"><w:body>" + b" " * (80 << 20) + b"</w:body></w:document>")
    (bad / "bom-zip.docx").write_bytes(buffer.getvalue())
    # Password-protected (Word's "Encrypt with Password"): an OLE file holding EncryptedPackage.
    import msoffcrypto
    from msoffcrypto.format.ooxml import OOXMLFile
    with open(good_docx, "rb") as f, open(bad / "mat-khau.docx", "wb") as g:
        OOXMLFile(f).encrypt("matkhau123", g)
    # Word 97 (.doc), saved by LibreOffice.
    tmp = Path(tempfile.mkdtemp())
    shutil.copy(good_docx, tmp / "word97.docx")
    soffice(["--convert-to", "doc:MS Word 97", "word97.docx"], cwd=tmp)
    shutil.copy(tmp / "word97.doc", bad / "word97.doc")
    shutil.rmtree(tmp)
    # An encrypted PDF (user password) and a PDF with no text layer (a scan).
    subprocess.run(["qpdf", "--encrypt", "matkhau", "owner", "256", "--", str(good_pdf), str(bad / "ma-hoa.pdf")], check=True)
    (bad / "ban-quet.pdf").write_bytes(scan_pdf())
    (bad / "rong.pdf").write_bytes(b"")


def scan_pdf() -> bytes:
    """A one-page PDF holding only an 8×8 grey image: what a scanner without OCR makes."""
    image = bytes([0x80] * 64)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>",
    ]
    content = b"q 500 0 0 700 47 71 cm /Im1 Do Q"
    objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
    objects.append(b"<< /Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 64 >>\nstream\n" + image + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=FIXTURES / "formats")
    parser.add_argument("--only", help="one twin name")
    parser.add_argument("--from", dest="source", type=Path,
                        help="make twins of every .md (and the seed's .txt) in this folder instead, e.g. conclusions kept out of the repository; no bad files")
    args = parser.parse_args()
    if args.source:
        TWINS.clear()
        for path in sorted(args.source.glob("*.md")) + sorted(args.source.glob("*.txt")):
            if path.name.count(".") == 1 and path.name != "README.md":
                TWINS[path.stem] = path
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    table = tcvn3_table()
    for name, source in TWINS.items():
        if args.only and name != args.only:
            continue
        markdown = source.read_text("utf-8")
        print(f"{name}: ", end="", flush=True)
        shutil.copy(source, out / f"{name}.md")
        make_python_docx(markdown, out / f"{name}.python-docx.docx", name)
        tmp = Path(tempfile.mkdtemp())
        (tmp / f"{name}.html").write_text(make_html(markdown), "utf-8")
        soffice(["--infilter=HTML (StarWriter)", "--convert-to", "docx:MS Word 2007 XML", f"{name}.html"], cwd=tmp)
        shutil.copy(tmp / f"{name}.docx", out / f"{name}.libreoffice.docx")
        # Printed from the file without tracked changes: LibreOffice prints deletions struck through.
        make_python_docx(markdown, tmp / f"{name}.pdfsource.docx", name, revisions=False)
        soffice(["--convert-to", "pdf", f"{name}.pdfsource.docx"], cwd=tmp)
        shutil.copy(tmp / f"{name}.pdfsource.pdf", out / f"{name}.pdf")
        shutil.rmtree(tmp)
        text = plain_text(markdown)
        (out / f"{name}.txt").write_text(text, "utf-8")
        (out / f"{name}.tcvn3.txt").write_bytes(encode_tcvn3(text, table).replace(b"\n", b"\r\n"))
        (out / f"{name}.vni.txt").write_bytes(encode_vni(text).replace(b"\n", b"\r\n"))
        (out / f"{name}.cp1258.txt").write_bytes(encode_cp1258(text).replace(b"\n", b"\r\n"))
        print("docx, libreoffice docx, pdf, txt ×4")
    if not args.only and not args.source:
        make_bad(out, out / "seed.python-docx.docx", out / "seed.pdf")
        print("bad files")


if __name__ == "__main__":
    main()
