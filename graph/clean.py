"""Stage 2 — clean: loaded text becomes text the extractor can read, with a map back.

Two views come out, both mapped to the source text:

* ``lines`` keeps the line structure (the header and footer are read line by line);
* ``text`` is reflowed: one paragraph per line, lines broken inside a sentence joined,
  runs of spaces folded — the body is read from it.

Passes, in order: Unicode NFC (and one-to-one folding of dashes and odd spaces),
markdown emphasis, page numbers alone on a line, footnotes (markers glued to words are
dropped and footnote texts moved after the body, each remembering its anchor), glued
words ("ngày22", "TWngày"), and the reflow.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass

from .models import Footnote, LoadedText, Span
from .offsets import Edit, MapChain, OffsetMap, apply_edits
from .scan import AnyOf, LinePattern
from .vocab import DATABASE_LABEL_RE, LOWER, UPPER, WEEKDAY_RE

# One-to-one folds (offsets unchanged): dashes to "-", odd spaces to " ", zero-width to space.
_FOLD_TABLE = {
    **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u00ad", "-"),
    **dict.fromkeys(
        "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
        "\u202f\u205f\u3000\t\f\v\u200b\u200c\u200d\u2060\ufeff",
        " ",
    ),
    # control characters (escape, bell, backspace, C1 ...): never part of a word, a name or a number
    **dict.fromkeys([chr(c) for c in (*range(0, 9), *range(14, 32), *range(127, 160))], " "),
}
_FOLD = re.compile("[" + "".join(_FOLD_TABLE) + "\u0300-\u036f]")  # and combining marks, to compose

_MARKDOWN = (re.compile(r"\*{1,3}"), re.compile(r"_{1,2}"), re.compile(r"\\(?=[-*_#.()\[\]])"))
_HEADING_MARK = re.compile(r"(?m)^[ ]{0,3}#{1,6}[ ]+")
_PAGE_NUMBER = LinePattern(r"[ ]*(?:-[ ]*)?(?:Trang[ ]+)?\d{1,3}(?:[ ]*/[ ]*\d{1,3})?(?:[ ]*-)?[ ]*$")
_FOOTNOTE_DEF = LinePattern(rf"[ ]*(?P<number>\d{{1,2}})[ ]+(?=[{UPPER}“\"(])")
_FOOTNOTE_SEPARATOR = re.compile(r"(?m)^(?:[ ]{10,}|[ ]*[_-]{5,}[ ]*)$")
# Two selective scans instead of one over every "của"/"năm" of the text: a digit glued after
# "ngày"/"số" (literal-led), and a function word glued after a capital or a digit (rare start characters).
_GLUED_DIGIT = AnyOf(r"ngày(?=\d)", r"số(?=\d)")
_GLUED_WORD = re.compile(r"[A-ZĐ0-9](?=(?:ngày|về|của|năm|theo|tại)(?![^\W\d_]))")
_GLUED_AFTER = re.compile(r"\d+[ ]?[/-]")
# two words run together where a converter lost the space between them: "Trưởng banBan Thi đua", "CôngThương"
# (a small letter after two small letters, then a capital and a small letter: never inside a symbol's code)
_GLUED_CASE = re.compile(rf"[{UPPER}](?<=[{LOWER}]{{2}}.)(?=[{LOWER}])")  # (led by the rarer capitals)
# a database's attribute table whose cells ran together: "Số hiệu:91/2022/NQ-HĐNDNgày đăng công báo:Đang cập nhật"
# (the next label, glued to the value before it, set two spaces apart as the table's other cells are)
# (found by the labels themselves, then kept where a character other than a space comes before: a pattern opening
# with a look-behind would be tried at every character)
_GLUED_LABEL = re.compile(r"(?:" + DATABASE_LABEL_RE + r")[ ]*:")


# What OCR misreads in administrative Vietnamese, repaired only where the conventions leave no doubt: "thi
# đua" (never "thị/thí/thì đua"), the kind codes of a symbol (a closed list: "02/C1-UBND" is "02/CT-UBND"),
# the central Party's code ("/1W" is "/TW"); nothing else is guessed.
_OCR_FIXES = (
    (re.compile(r"(?<=\d/)C1(?=-[A-ZĐ])|(?<=\d-)C1(?=/[A-ZĐ1])"), "CT"),
    (re.compile(r"(?<=\d-[A-Z][A-Z0-9]/)1W\b"), "TW"),
    (re.compile(r"\bNỘI DƯNG\b"), "NỘI DUNG"),
)


_OCR_THI = re.compile(r"(?i)\b(th)[ịíìỉ](?=[ ]đua\b)")  # the vowel only, in the word's own case


def _ocr_edits(text: str) -> list[Edit]:
    edits = [(m.start(), m.end(), fixed) for pattern, fixed in _OCR_FIXES for m in pattern.finditer(text)]
    edits += [(m.end(1), m.end(), "I" if m.group(1)[-1].isupper() else "i") for m in _OCR_THI.finditer(text)]
    return edits


# pictographs a post decorates its lines with ("☘️🍁🍀 Ngày 02/10/2025, tại Hội trường phường ..."): no words; looked
# for in the opening only, where the headline and the lead are read (a scan of every text would cost ~3 %)
_PICTOGRAPHS_WITHIN = 4000
_PICTOGRAPHS = re.compile("[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200d]+[ ]?")
_TWO_APOSTROPHES = re.compile("''")  # a typist's double quote (''50 ngày thi đua ...''): a quotation mark


def _glued_edits(text: str) -> list[Edit]:
    """Spaces a converter lost: "ngày22" → "ngày 22", "số02/CT" → "số 02/CT", "TWngày" → "TW ngày",
    "banBan" → "ban Ban"."""
    edits: list[Edit] = []
    for m in _GLUED_DIGIT.finditer(text):
        s, e = m.start(), m.end()
        if s > 0 and text[s - 1].isalpha():
            continue  # part of a longer word
        if m.group(0) == "ngày" or _GLUED_AFTER.match(text, e):
            edits.append((e, e, " "))
    edits.extend((m.end(), m.end(), " ") for m in _GLUED_WORD.finditer(text))
    edits.extend((m.start(), m.start(), " ") for m in _GLUED_CASE.finditer(text))
    edits.extend((s, s, "  ") for m in _GLUED_LABEL.finditer(text) if (s := m.start()) and not text[s - 1].isspace())
    return edits


_LIST_START = re.compile(
    r"(?:\d{1,2}(?:\.\d{1,2})*[.)]\s|[IVXLC]{1,6}[.)]\s*\S|[a-zđ]\)\s|[-+•–*]\s|Nơi nhận|NƠI NHẬN)"
)
_UPPER_START = re.compile(rf"[{UPPER}“\"]")
_OPENING = re.compile(
    r"(?:Thực hiện|Căn cứ|Hưởng ứng|Triển khai|Nhằm|Để)\s"
    # a lead opening on its day ("Ngày 26/02/2009, Ban Dân vận Trung ương ..."; in a sentence it is "ngày")
    r"|(?:Ngày|Sáng|Chiều|Tối|Trưa)(?:[ ](?:nay|ngày))?[ ]\d{1,2}[/.\-]\d{1,2}(?:[/.\-](?:19|20)\d\d)?,"
    # what happened at the event ("Tại Hội nghị, UBND xã ... đã phát động ..."), after a caption without its stop
    r"|(?:Cũng[ ]tại|Tại)[ ](?:hội[ ]nghị|Hội[ ]nghị|buổi[ ]lễ|lễ|Lễ|đại[ ]hội|Đại[ ]hội)(?:[ ]này)?,"
    r"|(?:Nhân[ ]dịp[ ]này|Dịp[ ]này),"
)
_PHOTO_CREDIT = re.compile(r"\((?:Ảnh|ẢNH|Nguồn|Video)[ ]?:[^()]{1,60}\)$")
# a page's date stamp on a line of its own ("Thứ Ba, 25/6/2024", "28/02/2020 - 16:45"): what follows is not its
# sentence
_STAMP_LINE = re.compile(
    rf"(?:(?:{WEEKDAY_RE}|CN),?[ ](?:ngày[ ])?)?"
    r"\d{1,2}[/.\-]\d{1,2}[/.\-](?:19|20)\d\d"
    r"(?:[ ,|\-–]+\d{1,2}:\d{2}(?::\d{2})?(?:[ ]?(?:SA|CH|AM|PM))?)?(?:[ ]?\(GMT\+7\))?$"
)


@dataclass(frozen=True, slots=True)
class CleanText:
    source: LoadedText
    lines: str
    lines_map: MapChain
    text: str
    text_map: MapChain
    footnotes: tuple[Footnote, ...] = ()

    def source_span(self, start: int, end: int) -> Span:
        """Source span of a span of :attr:`text`."""
        return self.text_map.span(start, end)

    def source_span_lines(self, start: int, end: int) -> Span:
        """Source span of a span of :attr:`lines`."""
        return self.lines_map.span(start, end)


def _nfc(text: str) -> tuple[str, OffsetMap]:
    """Fold odd dashes and spaces one-to-one, and compose decomposed letters (NFC) in the same scan."""
    marks: list[int] = []

    def fold(m: re.Match[str]) -> str:
        ch = m.group(0)
        if ch in _FOLD_TABLE:
            return _FOLD_TABLE[ch]
        marks.append(m.start())
        return ch

    text = _FOLD.sub(fold, text)
    edits: list[Edit] = []
    k = 0
    while k < len(marks):
        start = end = marks[k]
        while k + 1 < len(marks) and marks[k + 1] == end + 1:
            k += 1
            end = marks[k]
        k += 1
        base = max(0, start - 1)
        if text[base] == "\n":
            continue
        composed = unicodedata.normalize("NFC", text[base : end + 1])
        if composed != text[base : end + 1]:
            edits.append((base, end + 1, composed))
    out, omap = apply_edits(text, edits)
    if not unicodedata.is_normalized("NFC", out):  # rare leftovers: normalise line by line
        edits2: list[Edit] = []
        pos = 0
        for line in out.split("\n"):
            if not unicodedata.is_normalized("NFC", line):
                edits2.append((pos, pos + len(line), unicodedata.normalize("NFC", line)))
            pos += len(line) + 1
        out2, omap2 = apply_edits(out, edits2)
        return out2, _compose(omap, omap2)
    return out, omap


def _compose(first: OffsetMap, second: OffsetMap) -> OffsetMap:
    """A single map equivalent to ``second`` after ``first`` (used only for rare fallbacks)."""
    outs, srcs, ends, copied = [], [], [], []
    for k, start in enumerate(second.out_starts):
        s, e = second.src_starts[k], second.src_ends[k]
        outs.append(start)
        srcs.append(first.point(s))
        ends.append(first.point(e, end=True))
        copied.append(False)
    return OffsetMap(tuple(outs), tuple(srcs), tuple(ends), tuple(copied), second.out_len, first.src_len)


def _markdown_edits(text: str) -> list[Edit]:
    """Emphasis marks touching a word (``**bold**``, ``*italic*``, ``__x__``), heading marks, escapes."""
    if "*" not in text and "_" not in text and "\\" not in text and "#" not in text:
        return []
    edits: list[Edit] = [(m.start(), m.end(), "") for m in _HEADING_MARK.finditer(text)] if "#" in text else []
    n = len(text)
    matches = [
        m for pattern, mark in zip(_MARKDOWN, "*_\\", strict=True) if mark in text for m in pattern.finditer(text)
    ]
    for m in matches:
        s, e = m.start(), m.end()
        ch = text[s]
        if ch in "*_":
            before = text[s - 1] if s > 0 else " "
            after = text[e] if e < n else " "
            if ch == "_" and (before.isalnum() or after.isalnum()) and not (before.isspace() or after.isspace()):
                continue  # snake_case or a run inside a word
            if before.isspace() and after.isspace():
                continue  # a lone mark between spaces ("* " bullets are kept as text)
        edits.append((s, e, ""))
    edits.sort()
    return edits


def _footnotes(text: str) -> tuple[str, OffsetMap, list[tuple[int, int, int, int]]]:
    """Move footnote texts after the body; drop their markers.  Returns the found notes as
    ``(number, marker offset, note start, note end)`` in the input text."""
    defs: list[tuple[int, int, int, int]] = []  # number, start, end, marker
    markers = _Markers(text)
    for m in _FOOTNOTE_DEF.finditer(text):
        number, at = int(m.group("number")), m.start("line")
        before = text[max(0, at - 400) : at]
        separated = bool(_FOOTNOTE_SEPARATOR.search(before[-200:])) if before else False
        marker = markers.last_before(number, at)
        if marker < 0 or not (separated or _prev_line_blank(text, at)):
            continue
        defs.append((number, at, _footnote_end(text, m.end()), marker))
    if not defs:
        return text, apply_edits(text, [])[1], []
    edits: list[Edit] = []
    notes: list[tuple[int, int, int, int]] = []
    for number, start, end, marker in defs:
        notes.append((number, marker, start, end))
        edits.append((marker, marker + len(str(number)), ""))
        edits.append((start, end, ""))
    edits.sort()
    appended = [("\n\n", start, end) for _, _, start, end in notes]
    out, omap = apply_edits(text, edits, appended)
    return out, omap, notes


class _Markers:
    """Offsets of a number glued to the end of a word ("số1"): candidate footnote markers.
    Each number is looked up once (a literal scan), whatever the number of candidate notes."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.cache: dict[int, list[int]] = {}

    def last_before(self, number: int, before: int) -> int:
        if number not in self.cache:
            pattern = re.compile(rf"{number}(?=[ ,.;:)\n])")
            t = self.text
            self.cache[number] = [
                m.start()
                for m in pattern.finditer(t)
                if m.start() > 0 and t[m.start() - 1].isalpha() and not t[m.start() - 1].isdigit()
            ]
        positions = self.cache[number]
        k = bisect_left(positions, before)
        return positions[k - 1] if k > 0 else -1


def _prev_line_blank(text: str, pos: int) -> bool:
    prev = text.rfind("\n", 0, max(0, pos - 1))
    return text[prev + 1 : pos].strip() == "" or text[max(0, prev - 1) : prev + 1].strip() == ""


def _footnote_end(text: str, pos: int) -> int:
    """A footnote runs to the end of its last sentence, the next note, or a blank line after a full stop."""
    limit = min(len(text), pos + 2000)
    stop = re.compile(
        rf"[.;][ ]*\n(?=[ ]*(?:\n|[ ]+[{LOWER}]|\d{{1,2}}[ ]+[A-ZĐ]))|\n[ ]*\n[ ]*(?=\d{{1,2}}[ ]+[A-ZĐ])"
    )
    m = stop.search(text, pos, limit)
    if m:
        return m.start() + 1 if text[m.start()] in ".;" else m.start()
    end = text.find("\n\n", pos, limit)
    return end if end > 0 else limit


def _reflow(text: str) -> tuple[str, list[OffsetMap]]:
    """Join lines broken inside a sentence, keep paragraph breaks, fold runs of spaces.

    A run of spaces and line breaks between two lines becomes one line break when :func:`_is_break`
    says the next line opens a new paragraph, one space otherwise; a run of spaces inside a line
    becomes one space; runs at the very start or end of the text go."""
    edits: list[Edit] = []
    append = edits.append
    lines = text.split("\n")
    last = len(lines) - 1
    n = len(text)
    pos = 0  # where the current line starts
    run_start = -1  # where the run of spaces and line breaks being read began (-1: none)
    prev = ""  # the words of the last non-blank line (its last 300 characters)
    for i, line in enumerate(lines):
        core = line.strip(" ")
        if not core:  # a blank line lies inside a run
            if run_start < 0:
                run_start = pos
            pos += len(line) + 1
            continue
        lead = len(line) - len(line.lstrip(" "))
        if run_start >= 0:  # a run with a line break ends here
            end = pos + lead
            if run_start == 0:
                append((0, end, ""))
            elif _is_break(prev, line[lead : lead + 300]):
                if end - run_start > 1 or text[run_start] != "\n":  # a lone line break that stays is no edit
                    append((run_start, end, "\n"))
            else:
                append((run_start, end, " "))
        elif lead > 1:  # spaces opening the text
            append((pos, pos + lead, " "))
        words_start = pos + lead
        if "  " in core:
            edits.extend((words_start + m.start(), words_start + m.end(), " ") for m in _SPACES.finditer(core))
        words_end = words_start + len(core)
        prev = line[max(0, lead + len(core) - 300) : lead + len(core)]
        pos += len(line) + 1
        run_start = words_end if i < last else -1
        if i == last and n - words_end > 1:  # spaces closing the text
            append((words_end, n, " "))
    if run_start >= 0:  # blank lines closing the text
        if "\n" in text[run_start:]:
            append((run_start, n, ""))
        elif n - run_start > 1:
            append((run_start, n, " "))
    out, omap = apply_edits(text, edits)
    return out, [omap]


_SPACES = re.compile(r"[ ]{2,}")


def _is_caps_line(line: str) -> bool:
    """A heading or header line in capitals ("PHÁT ĐỘNG", "I. MỤC ĐÍCH")."""
    return line[:120].isupper()


_RULE = re.compile(r"[ ]*(?:[-_=*~.][ ]*){1,}$")  # "-----", "*", "___": separators in headers
_RULE_CHARS = frozenset("-_=*~.")
_ITEM_FIRST = frozenset("IVXLCN-+•–*")  # first characters of the items _LIST_START knows (and digits)


def _is_break(prev_line: str, next_line: str) -> bool:
    """Does ``next_line`` open a new paragraph after ``prev_line``?  (Each regex runs only when the
    line's first or last character allows a match: this is called for every line of every text.)"""
    prev = prev_line.rstrip()
    first = next_line[:1]
    if (prev[:1].isdigit() or prev[:1] in "TC") and _STAMP_LINE.match(prev.lstrip()):
        return True
    if (first.isdigit() or first in "TC") and _STAMP_LINE.match(next_line.rstrip()):
        return True  # (and the headline above it is not run into it)
    if prev[-1:] == ")" and _PHOTO_CREDIT.search(prev):
        return True  # a photo's caption ends with its credit: "... năm 2024. (Ảnh: Xuân Khu/TTXVN)"
    if (prev[-1:] in _RULE_CHARS and _RULE.match(prev)) or (first in _RULE_CHARS and _RULE.match(next_line)):
        return True
    # "- xã hội" after "phát triển kinh tế" is a broken phrase, not a bullet: a dash opens an item
    # only after a line that ends a clause (or a heading, or nothing)
    maybe_item = first.isdigit() or first in _ITEM_FIRST or next_line[1:2] == ")"
    if (
        maybe_item
        and _LIST_START.match(next_line)
        and (first not in "-+•–*" or not prev or prev[-1] in ".:;,!?)" or _is_caps_line(prev))
    ):
        return True
    if _is_caps_line(next_line) or _is_caps_line(prev):
        return True
    if not prev:
        return False
    last = prev[-1]
    if last in ".!?" or (last == ":" and prev.endswith(("như sau:", "sau đây:", "cụ thể:"))):
        return bool(_UPPER_START.match(next_line))  # ("... như sau:" then "Phát động ...": a new paragraph)
    return last not in ",;-" and bool(_OPENING.match(next_line))


def clean_loaded(loaded: LoadedText) -> CleanText:
    """Run every cleaning pass over a loaded text."""
    maps: list[OffsetMap] = []

    def keep(result: tuple[str, OffsetMap]) -> str:
        if not result[1].is_identity:
            maps.append(result[1])
        return result[0]

    text = keep(_nfc(loaded.text))
    # local edits in one pass: emphasis marks, page numbers alone on a line, glued words
    local = _markdown_edits(text) + [(m.start("line"), m.end(), "") for m in _PAGE_NUMBER.finditer(text)]
    local += _glued_edits(text)
    if loaded.format.endswith("-ocr"):
        local += _ocr_edits(text)
    local += [(m.start(), m.end(), '"') for m in _TWO_APOSTROPHES.finditer(text)]
    local += [(m.start(), m.end(), "") for m in _PICTOGRAPHS.finditer(text, 0, _PICTOGRAPHS_WITHIN)]
    local.sort()
    text = keep(apply_edits(text, local))
    notes_at = len(maps)
    text, m, notes = _footnotes(text)
    keep((text, m))
    lines, lines_chain = text, MapChain(tuple(maps))
    body, reflow_maps = _reflow(text)
    reflow_maps = [m for m in reflow_maps if not m.is_identity]
    text_chain = MapChain((*maps, *reflow_maps))
    before_notes = MapChain(tuple(maps[:notes_at]))
    footnotes = tuple(
        Footnote(number=number, anchor=before_notes.point(marker), span=before_notes.span(start, end))
        for number, marker, start, end in notes
    )
    return CleanText(
        source=loaded, lines=lines, lines_map=lines_chain, text=body, text_map=text_chain, footnotes=footnotes
    )


def clean_text(text: str, path: str = "<text>") -> CleanText:
    """Clean a string (tests, the REPL): wraps it as a loaded UTF-8 text first."""
    import hashlib

    loaded = LoadedText(
        path=path,
        text=text,
        format="txt",
        encoding="utf-8",
        sha256=hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(),
    )
    return clean_loaded(loaded)
