"""Stage 1 — load: a file on disk becomes :class:`LoadedText` (decoded, not yet cleaned).

Formats: ``.txt``/``.md`` (UTF-8 with or without BOM, UTF-16, Windows-1258, TCVN3, VNI),
``.docx`` (body paragraphs and tables in reading order, page headers, footnotes),
``.doc`` (Word 97–2003, through Debian's antiword), ``.odt`` and ``.rtf`` (tables and footnotes read as
the DOCX reader reads them; a ".doc" that is really RTF, DOCX or a saved web page is read for what it is),
``.pdf`` with a text layer, ``.html``.  Anything else, or anything unreadable, raises
:class:`~graph.errors.LoadError` with one line naming the file and the reason.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
import zipfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from . import legacy
from .errors import LoadError
from .models import LoadedText, OcrWord

TEXT_SUFFIXES = {".txt", ".md", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".tif", ".tiff"}  # photos and scans of pages: read by OCR
OFFICE_SUFFIXES = {".doc", ".odt", ".rtf"}  # Word 97–2003, OpenDocument, Rich Text: what older offices send
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | OFFICE_SUFFIXES | IMAGE_SUFFIXES | {".docx", ".pdf"}
MAX_BYTES = 512 * 1024 * 1024
MIN_SCORE = 0.04  # share of very common Vietnamese words below which a decoding is rejected

# Legacy files were typed on Windows: their quotes and dashes are cp1252 bytes 0x91-0x97.
_CP1252_PUNCT = str.maketrans(
    {"\x91": "‘", "\x92": "’", "\x93": "“", "\x94": "”", "\x96": "–", "\x97": "—", "\x85": "…"}
)
_CONTROL_BYTES = bytes(range(0x00, 0x09)) + bytes(range(0x0E, 0x20)) + b"\x7f"  # one byte each in UTF-8
_CONTROL = re.compile("[" + re.escape(_CONTROL_BYTES.decode("ascii")) + "]")  # the same, as characters


def iter_paths(paths: list[str | Path]) -> Iterator[Path]:
    """Files named, and the supported files inside folders named (sorted, recursive)."""
    yield from scan_paths(paths)[0]


def scan_paths(paths: list[str | Path]) -> tuple[list[Path], Counter[str]]:
    """The files to read — files named, and the supported files inside folders named (sorted, recursive) —
    and what was left out of the folders, by kind (".xlsx", "(không đuôi)", "tệp đặc biệt" for FIFOs,
    sockets and dangling links), so that nothing is skipped without a word.  Hidden files are left out
    silently, as every tool does."""
    files: list[Path] = []
    skipped: Counter[str] = Counter()
    for p in map(Path, paths):
        if not p.is_dir():
            files.append(p)
            continue
        found = []
        for f in p.rglob("*"):
            if f.name.startswith(".") or any(part.startswith(".") for part in f.relative_to(p).parts[:-1]):
                continue
            if f.is_dir():
                continue
            if not f.is_file():
                skipped[SPECIAL] += 1
            elif f.suffix.lower() in SUFFIXES:
                found.append(f)
            else:
                skipped[f.suffix.lower() or NO_SUFFIX] += 1
        files.extend(sorted(found))
    return files, skipped


SPECIAL = "tệp đặc biệt"  # FIFOs, sockets, dangling links: never opened
NO_SUFFIX = "(không đuôi)"


def load_file(path: str | Path) -> LoadedText:
    """Read one file into text, or raise :class:`LoadError`."""
    p = Path(path)
    name = str(path)
    if not p.exists():
        raise LoadError(name, "not_found")
    if p.is_dir():
        raise LoadError(name, "is_directory")
    if not p.is_file():  # a FIFO, a socket, a device: reading it could wait for ever
        raise LoadError(name, "not_regular")
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:  # bytes that are not UTF-8 in the name: no IRI or literal can hold it
        raise LoadError(name, "bad_name") from None
    suffix = p.suffix.lower()
    if suffix not in SUFFIXES:
        raise LoadError(name, "unsupported", suffix=suffix or "(không đuôi)")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise LoadError(name, "unreadable", detail=exc.strerror or type(exc).__name__) from None
    if not data.strip():
        raise LoadError(name, "empty")
    if len(data) > MAX_BYTES:
        raise LoadError(name, "too_large", size=len(data) // 2**20, limit=MAX_BYTES // 2**20)
    digest = hashlib.sha256(data).hexdigest()
    words: tuple[OcrWord, ...] = ()
    if suffix == ".docx":
        text, fmt, enc = _docx_text(name, data), "docx", "docx"
    elif suffix == ".pdf":
        text, words = _pdf_text(name, data)
        fmt, enc = ("pdf-ocr" if words else "pdf"), "pdf"
    elif suffix in HTML_SUFFIXES:
        raw, enc = decode_bytes(name, data)
        text, fmt = _html_text(raw), "html"
    elif suffix in OFFICE_SUFFIXES:
        text, fmt, enc = _office_text(name, p, data)
    elif suffix in IMAGE_SUFFIXES:
        from . import ocr

        text, words = _pages(ocr.read_pages(name, ocr.image_pages(name, data)))
        fmt, enc = "image-ocr", "ocr"
    else:
        text, enc = decode_bytes(name, data)
        text, fmt = _plain_text(text, "md" if suffix == ".md" else "txt")
    if not words:  # (OCR text has no carriage returns: its words' offsets stand)
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise LoadError(name, "no_text")
    return LoadedText(path=name, text=text, format=fmt, encoding=enc, sha256=digest, words=words)


def _pages(
    read: list[tuple[str, list[tuple[int, int, tuple[int, int, int, int], float]]]],
    numbers: list[int] | None = None,
    texts: list[str] | None = None,
) -> tuple[str, tuple[OcrWord, ...]]:
    """Pages joined by a blank line, and the words OCR read on them at their place in the whole text: ``read``
    is the OCR of every page, or, for a PDF, of the pages ``numbers`` (1-based) among ``texts``, its text layer."""
    ocr_of = dict(zip(numbers or range(1, len(read) + 1), read, strict=True))
    pages = texts if texts is not None else [t for t, _w in read]
    out: list[str] = []
    words: list[OcrWord] = []
    at = 0
    for n, page_text in enumerate(pages, start=1):
        if n in ocr_of:
            page_text, page_words = ocr_of[n]
            words.extend(OcrWord(at + s, at + e, n, box, conf) for s, e, box, conf in page_words)
        out.append(page_text)
        at += len(page_text) + 2
    return "\n\n".join(out), tuple(words)


# --- text encodings ----------------------------------------------------------------------------------


def decode_bytes(name: str, data: bytes) -> tuple[str, str]:
    """Decode bytes of a text file; returns ``(text, encoding name)``."""
    if data.startswith(b"\xef\xbb\xbf"):
        return _check_text(name, data[3:].decode("utf-8", errors="replace")), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _check_text(name, data.decode("utf-16", errors="replace")), "utf-16"
    head = data[:4096]
    if len(head) >= 4 and head.count(0) > len(head) // 4:
        even, odd = head[0::2].count(0), head[1::2].count(0)
        if odd > len(head) // 4 and even == 0:
            return _check_text(name, data.decode("utf-16-le", errors="replace")), "utf-16-le"
        if even > len(head) // 4 and odd == 0:
            return _check_text(name, data.decode("utf-16-be", errors="replace")), "utf-16-be"
    if b"\x00" in head:
        raise LoadError(name, "binary")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    if text is not None:
        _check_text(name, text, data)
        if legacy.looks_legacy(text):
            best = _best_legacy(text)
            if best and best[0] > legacy.vietnamese_score(text) + 0.05:
                return best[1], f"utf-8+{best[2]}"
        return text, "utf-8"
    latin = _check_text(name, data.decode("latin-1").translate(_CP1252_PUNCT))
    candidates: list[tuple[float, str, str]] = []
    try:
        cp = unicodedata.normalize("NFC", data.decode("cp1258"))
        candidates.append((legacy.vietnamese_score(cp), cp, "cp1258"))
    except UnicodeDecodeError:
        pass
    best = _best_legacy(latin)
    if best:
        candidates.append(best)
    candidates.sort(key=lambda c: c[0], reverse=True)
    if candidates and candidates[0][0] >= MIN_SCORE:
        return candidates[0][1], candidates[0][2]
    raise LoadError(name, "unknown_encoding")


def _best_legacy(latin: str) -> tuple[float, str, str] | None:
    options = []
    for conv, label in ((legacy.from_tcvn3, "tcvn3"), (legacy.from_vni, "vni")):
        converted = conv(latin)
        options.append((legacy.vietnamese_score(converted), converted, label))
    options.sort(key=lambda c: c[0], reverse=True)
    return options[0] if options[0][0] >= MIN_SCORE else None


def _check_text(name: str, text: str, utf8: bytes | None = None) -> str:
    """Refuse text with many control characters (a binary file).  ``utf8``: the bytes ``text`` was
    decoded from as UTF-8, where each control character is one byte, counted faster than by a regex."""
    sample = text[:65536]
    if utf8 is not None and len(text) <= 65536:
        hits = len(utf8) - len(utf8.translate(None, _CONTROL_BYTES))
    else:
        hits = len(_CONTROL.findall(sample))
    if sample and hits > max(8, len(sample) // 100):
        raise LoadError(name, "binary")
    return text


# --- DOCX --------------------------------------------------------------------------------------------

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


MAX_EXPANDED = 256 * 1024 * 1024  # what the parts of a DOCX may expand to, all together
MAX_RATIO = 200  # expanded / compressed, part by part: text compresses ~10×, a bomb ~1000×


def _check_expansion(name: str, data: bytes) -> None:
    """Refuse a zip bomb before reading it: the sizes its directory declares bound what it expands to (and
    the parts are read no further than declared, so a directory that lies is caught by the reader)."""
    import io

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            infos = z.infolist()
    except zipfile.BadZipFile:
        return  # the DOCX reader gives the reason
    total = sum(i.file_size for i in infos)
    worst = max((i.file_size / max(i.compress_size, 1) for i in infos if i.file_size > 2**20), default=0)
    if total > MAX_EXPANDED or worst > MAX_RATIO:
        raise LoadError(name, "docx_bomb", size=total // 2**20, limit=MAX_EXPANDED // 2**20)


_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the compound-file signature of Word 97–2003
_ANTIWORD_SECONDS = 60
_ANTIWORD_MEMORY = 1 << 30


def _office_text(name: str, path: Path, data: bytes) -> tuple[str, str, str]:
    """A .doc, .odt or .rtf file as text, by what its bytes are (offices name an RTF or a saved web page
    ".doc"): (text, format, encoding)."""
    head = data[:512].lstrip()
    if head.startswith(b"{\\rtf"):
        return _rtf_text(name, data), "rtf", "rtf"
    if data.startswith(_OLE):
        return _doc_text(name, path), "doc", "doc"
    if data.startswith(b"PK"):
        if b"mimetype" in data[:200] and b"opendocument.text" in data[:200]:
            return _odt_text(name, data), "odt", "odt"
        return _docx_text(name, data), "docx", "docx"  # a DOCX under another name
    if re.match(rb"(?is)(?:\xef\xbb\xbf)?\s*<(?:!doctype|html|\?xml)", head):
        raw, enc = decode_bytes(name, data)
        return _html_text(raw), "html", enc
    kind = path.suffix.lower()
    raise LoadError(name, {".doc": "bad_doc", ".odt": "bad_odt"}.get(kind, "bad_rtf"), detail="chữ ký tệp lạ")


def _doc_text(name: str, path: Path) -> str:
    """Word 97–2003 through Debian's antiword (UTF-8 out, no wrapping), bounded in time and memory."""
    import shutil
    import subprocess

    exe = shutil.which("antiword")
    if exe is None:
        raise LoadError(name, "need_antiword")

    def limits() -> None:  # (in the child: a hostile file cannot take the machine)
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (_ANTIWORD_MEMORY, _ANTIWORD_MEMORY))

    try:
        run = subprocess.run(
            [exe, "-m", "UTF-8.txt", "-w", "0", str(path)],
            capture_output=True,
            timeout=_ANTIWORD_SECONDS,
            preexec_fn=limits,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise LoadError(name, "bad_doc", detail=f"quá {_ANTIWORD_SECONDS} giây") from None
    if run.returncode != 0:
        said = run.stderr.decode("utf-8", "replace").strip().splitlines()
        raise LoadError(name, "bad_doc", detail=(said[0] if said else f"antiword {run.returncode}")[:160])
    return run.stdout.decode("utf-8", "replace")


_ODF_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_ODF_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_ODF_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_ODF_MAX_SPACES = 1000  # <text:s c="..."/>: a run of spaces, bounded (a hostile count cannot fill memory)


def _odt_text(name: str, data: bytes) -> str:
    """An OpenDocument text: headings and paragraphs in reading order, lists, tables (each cell's paragraphs,
    row by row), spaces, tabs and line breaks as written; notes after the body, as the DOCX reader does."""
    import io

    from lxml import etree

    _check_expansion(name, data)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            content = z.read("content.xml")
        root = etree.fromstring(content, etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False))
    except (zipfile.BadZipFile, KeyError, etree.XMLSyntaxError, ValueError, OSError) as exc:
        raise LoadError(name, "bad_odt", detail=type(exc).__name__) from None
    t, tb = "{%s}" % _ODF_TEXT, "{%s}" % _ODF_TABLE
    lines: list[str] = []
    notes: list[str] = []

    def inline(el) -> str:  # type: ignore[no-untyped-def]
        out = [el.text or ""]
        for child in el:
            tag = child.tag
            if tag == t + "s":
                out.append(" " * min(int(child.get(t + "c", "1") or 1), _ODF_MAX_SPACES))
            elif tag == t + "tab":
                out.append("\t")
            elif tag == t + "line-break":
                out.append("\n")
            elif tag == t + "note":
                cite = child.find(t + "note-citation")
                mark = (cite.text or "").strip() if cite is not None else ""
                out.append(mark)
                body = child.find(t + "note-body")
                if body is not None:
                    notes.append(f"{mark} " + " ".join(inline(p) for p in body.iter(t + "p")))
            else:
                out.append(inline(child))
            out.append(child.tail or "")
        return "".join(out)

    def block(el) -> None:  # type: ignore[no-untyped-def]
        for child in el:
            tag = child.tag
            if tag in (t + "p", t + "h"):
                lines.append(inline(child))
            elif tag == tb + "table":  # as the DOCX reader reads one: each cell's paragraphs, row by row
                for row in child.iter(tb + "table-row"):
                    for cell in row.iter(tb + "table-cell"):
                        lines.extend(inline(p) for p in cell.iter(t + "p"))
                    lines.append("")
            elif tag in (t + "list", t + "list-item", t + "section", t + "list-header"):
                block(child)

    body = root.find(f"{{{_ODF_OFFICE}}}body/{{{_ODF_OFFICE}}}text")
    if body is None:
        raise LoadError(name, "bad_odt", detail="không có phần văn bản")
    block(body)
    if notes:
        lines.append("_" * 20)
        lines.extend(notes)
    return "\n".join(lines)


_RTF_CODEPAGE = re.compile(rb"\\ansicpg(\d{3,5})")
# a table as the DOCX reader reads one: each cell's paragraphs, a blank line after each row ("\cellx" defines
# a cell's edge, not a cell)
_RTF_CELL = re.compile(r"\\(?:nest)?cell(?![a-z])[ ]?")
_RTF_ROW = re.compile(r"\\(?:nest)?row(?![a-z])[ ]?")


def _rtf_footnotes(raw: str) -> tuple[str, list[str]]:
    """The RTF without its footnote groups ({\\*\\footnote ...}, which a text converter drops), and the groups'
    contents, numbered in order, to be put after the body."""
    notes: list[str] = []
    out: list[str] = []
    pos = 0
    for m in _RTF_FOOTNOTE.finditer(raw):
        if m.start() < pos:
            continue  # inside a note already taken
        depth, i = 0, m.start()
        while i < len(raw):
            ch = raw[i]
            if ch == "\\":
                i += 2
                continue
            depth += ch == "{"
            depth -= ch == "}"
            i += 1
            if depth == 0:
                break
        notes.append(f"{len(notes) + 1} {{{raw[m.end() : i - 1]}}}")
        out.append(raw[pos : m.start()] + f"{{\\super {len(notes)}}}")
        pos = i
    out.append(raw[pos:])
    return "".join(out), notes


_RTF_FOOTNOTE = re.compile(r"\{\\\*?\\footnote(?![a-z])")


def _rtf_text(name: str, data: bytes) -> str:
    """Rich Text through striprtf, its 8-bit characters in the code page it declares (Windows-1258 for
    Vietnamese, Windows-1252 when it declares none); \\uN characters as they are."""
    from striprtf.striprtf import rtf_to_text

    cp = _RTF_CODEPAGE.search(data[:4096])
    encoding = f"cp{cp.group(1).decode()}" if cp else "cp1252"
    try:
        "".encode(encoding)
    except LookupError:
        encoding = "cp1252"
    raw, notes = _rtf_footnotes(data.decode("latin-1"))
    raw = _RTF_ROW.sub(r"\\par\\par ", _RTF_CELL.sub(r"\\par ", raw))
    if notes:  # after the body, as the DOCX reader puts them
        raw = raw.rstrip().rstrip("}") + r"\par " + "_" * 20 + "".join(r"\par " + n for n in notes) + "}"
    try:
        return rtf_to_text(raw, encoding=encoding, errors="replace")
    except Exception as exc:  # striprtf on a malformed group
        raise LoadError(name, "bad_rtf", detail=type(exc).__name__) from None


def _docx_text(name: str, data: bytes) -> str:
    import io

    _check_expansion(name, data)
    try:
        import docx  # python-docx
        from docx.opc.exceptions import PackageNotFoundError

        try:
            document = docx.Document(io.BytesIO(data))
        except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
            raise LoadError(name, "bad_docx", detail=type(exc).__name__) from None
        lines: list[str] = []
        for section in document.sections[:1]:
            for para in section.header.paragraphs:
                if para.text.strip():
                    lines.append(para.text)
        footnote_numbers: dict[str, int] = {}
        body = document.element.body
        for child in body.iterchildren():
            if child.tag == _W + "p":
                lines.append(_docx_paragraph(child, footnote_numbers))
            elif child.tag == _W + "tbl":
                lines.extend(_docx_table(child, footnote_numbers))
        notes = _docx_footnotes(document, footnote_numbers)
        if notes:
            lines.append("_" * 20)
            lines.extend(notes)
        return "\n".join(lines)
    except LoadError:
        raise
    except Exception as exc:  # lxml errors on truncated XML parts, zip CRC errors, ...
        raise LoadError(name, "bad_docx", detail=type(exc).__name__) from None


def _docx_paragraph(p, footnote_numbers: dict[str, int]) -> str:  # type: ignore[no-untyped-def]
    out: list[str] = []
    for el in p.iter():
        tag = el.tag
        if tag == _W + "t":
            out.append(el.text or "")
        elif tag == _W + "tab":
            out.append("\t")
        elif tag in (_W + "br", _W + "cr"):
            out.append("\n")
        elif tag == _W + "footnoteReference":
            fid = el.get(_W + "id", "")
            number = footnote_numbers.setdefault(fid, len(footnote_numbers) + 1)
            out.append(str(number))
    return "".join(out)


def _docx_table(tbl, footnote_numbers: dict[str, int]) -> list[str]:  # type: ignore[no-untyped-def]
    """Tables in reading order: each cell's paragraphs, row by row (a two-column header flattens)."""
    lines: list[str] = []
    for row in tbl.iter(_W + "tr"):
        for cell in row.iter(_W + "tc"):
            for p in cell.iter(_W + "p"):
                lines.append(_docx_paragraph(p, footnote_numbers))
        lines.append("")
    return lines


def _docx_footnotes(document, footnote_numbers: dict[str, int]) -> list[str]:  # type: ignore[no-untyped-def]
    if not footnote_numbers:
        return []
    part = None
    for rel in document.part.rels.values():
        if rel.reltype.endswith("/footnotes"):
            part = rel.target_part
    if part is None:
        return []
    from lxml import etree

    root = etree.fromstring(part.blob)
    texts: dict[str, str] = {}
    for note in root.iter(_W + "footnote"):
        fid = note.get(_W + "id", "")
        texts[fid] = " ".join(_docx_paragraph(p, {}) for p in note.iter(_W + "p")).strip()
    return [f"{number} {texts.get(fid, '')}" for fid, number in footnote_numbers.items()]


# --- PDF ---------------------------------------------------------------------------------------------


def _pdf_text(name: str, data: bytes) -> tuple[str, tuple[OcrWord, ...]]:
    """The text layer of every page, and OCR for the pages without one; also the words OCR read."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise LoadError(name, "bad_pdf", detail=str(exc).split("\n")[0][:80]) from None
    try:
        pages = []
        for page in pdf:
            textpage = page.get_textpage()
            pages.append(textpage.get_text_bounded())
            textpage.close()
            page.close()
        blank = [i for i, t in enumerate(pages) if len(re.sub(r"\s+", "", t)) < _PAGE_TEXT_MIN]
        read = []
        if blank:  # scanned pages (all of them, or a few among typed ones): read by OCR
            from . import ocr

            read = ocr.read_pages(name, ocr.pdf_pages(pdf, blank))
    finally:
        pdf.close()
    text, words = _pages(read, [i + 1 for i in blank], texts=pages)
    if len(re.sub(r"\s+", "", text)) < 20:
        raise LoadError(name, "pdf_no_text")
    return text, words


_PAGE_TEXT_MIN = 20  # characters: a page with fewer in its text layer is a scan (a stamp, a page number)


# --- HTML --------------------------------------------------------------------------------------------

_BLOCK_SKIP = ("script", "style", "noscript", "template", "svg", "iframe", "form", "button", "select")


# a page's markup in a text file (a page's source saved as text, a crawler's dump): tags of a page's body
_MARKUP = re.compile(
    r"(?i)<(?:!doctype|html|body|head|title|meta|link|p|div|br|strong|em|span|table|tr|td|li|ul|h[1-6]|img|a)\b[^<>]{0,300}>"
)
_MARKUP_FROM = 3  # tags from which a text file is read as the page it holds
_CHARACTER_REFERENCE = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,8}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")


def _plain_text(text: str, fmt: str) -> tuple[str, str]:
    """A text file as its words: one that holds a page's markup ("<p><strong>S&aacute;ng nay, ...") is read as that
    page; HTML character references left in plain text ("Th&agrave;nh Đo&agrave;n") are the letters they stand for."""
    if "<" in text and len(_MARKUP.findall(text, 0, 200_000)) >= _MARKUP_FROM:
        return _html_text(text), "html"
    if "&" in text and _CHARACTER_REFERENCE.search(text):
        import html

        text = _CHARACTER_REFERENCE.sub(lambda m: html.unescape(m.group(0)), text)
    return text, fmt


def _html_text(raw: str) -> str:
    import warnings

    from bs4 import BeautifulSoup, XMLParsedAsHTMLWarning

    with warnings.catch_warnings():  # a page opening with "<?xml ...?>" is still a page: no English advice
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)  # for programmers on the officer's screen
        soup = BeautifulSoup(raw, "lxml")
    for tag in soup(_BLOCK_SKIP):
        tag.decompose()
    for br in soup.find_all("br"):
        br.replace_with("\n")
    text = soup.get_text("\n")
    return re.sub(r"\n[ \t]*(?:\n[ \t]*)+", "\n\n", text)
