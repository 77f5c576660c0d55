"""Quoted names: campaigns (phong trào, cuộc vận động) and themes (chủ đề, phương châm, khẩu hiệu).

Quotes are paired per paragraph.  An opening quote that finds another opening quote, or the
end of its paragraph, before its closing one is unbalanced: it ends at the last clause
boundary before that point, so it never swallows the rest of the paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..models import Campaign, Theme
from . import regexes as rx
from .text import clean_name, squash, strip_punct

_OPEN = '“"'
_CLOSE = '”"'
_MAX_QUOTE = 400


@dataclass(frozen=True)
class Quote:
    start: int  # offset of the first character inside the quotes
    end: int  # offset just after the last character inside
    close: int  # offset just after the closing quote (== end when unbalanced)


_QUOTE_CHARS = re.compile(r"[“”\"]")


def find_quotes(text: str) -> list[Quote]:
    """Pair quotes paragraph by paragraph in one pass over the quote characters (linear time)."""
    quotes: list[Quote] = []
    positions = [m.start() for m in _QUOTE_CHARS.finditer(text)]
    n = len(text)
    k = 0
    line_end = -1
    while k < len(positions):
        p = positions[k]
        if p >= line_end:
            line_end = text.find("\n", p)
            line_end = n if line_end < 0 else line_end
        ch = text[p]
        is_open = ch == "“" or (
            ch == '"' and (p == 0 or not text[p - 1].isalnum()) and p + 1 < n and not text[p + 1].isspace()
        )
        if not is_open:
            k += 1
            continue
        j = k + 1
        end = stop_at = None
        while j < len(positions) and positions[j] < line_end and positions[j] - p <= _MAX_QUOTE:
            q = positions[j]
            c = text[q]
            if c == "”" or (c == '"' and not text[q - 1].isspace()):
                end = q
                break
            if c == "“" or (c == '"' and text[q - 1].isspace()):
                stop_at = q  # another opening quote first: this one is unbalanced
                break
            j += 1
        if end is not None:
            quotes.append(Quote(p + 1, end, end + 1))
            k = j + 1
            continue
        limit = stop_at if stop_at is not None else min(line_end, p + 1 + _MAX_QUOTE)
        segment = text[p + 1 : limit]
        cut = max(segment.rfind("; "), segment.rfind(". "), segment.rfind(";"))
        stop = cut if cut > 0 else len(segment)
        if stop > 3:
            quotes.append(Quote(p + 1, p + 1 + stop, p + 1 + stop))
        resume = p + 1 + max(stop, 1)
        k += 1
        while k < len(positions) and positions[k] < resume:
            k += 1
    return quotes


_CAMPAIGN_TRIGGER = re.compile(r"(?i:phong trào(?:[ ]thi đua)?|\bPTTĐ\b|cuộc vận động)")
_THEME_TRIGGER = re.compile(r"(?i:chủ đề|phương châm|khẩu hiệu|slogan|với tinh thần|tinh thần chỉ đạo)")
_THEME_HEADING = re.compile(r"(?i)^(?:[IVX]{1,4}[.)]|\d{1,2}[.)])?[ ]?[^\n]{0,20}CHỦ ĐỀ[^\n]{0,40}$")
_SENTENCE_BREAK = re.compile(r"[.!?][ ](?=[A-ZĐ])")
_OWNER = re.compile(r"của[ ](?P<owner>[^“”\":;]{2,80}?)[ :]*$")
_LAUNCHER = re.compile(r"\bdo[ ](?P<who>[^“”\"]{2,120}?)[ ](?:phát động|khởi xướng|tổ chức)")
_PERIOD = re.compile(
    r"[ ”\"]*(?:[,]?[ ]?)(?P<period>giai đoạn[ ]\d{4}[ ]?-[ ]?\d{4}|năm[ ]\d{4}|"
    r"từ năm \d{4}[^,;.]{0,30})"
)
_SUBJECT_LEAD = re.compile(r"(?:về|về việc|v/v)[ :]*$")
_GAP_LIMIT = 90
_TRIGGER_LIMIT = 170


def _nearest(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> re.Match[str] | None:
    last = None
    for m in pattern.finditer(text, lo, hi):
        last = m
    return last


def campaigns_and_themes(text: str) -> tuple[list[Campaign], list[Theme]]:
    campaigns: list[Campaign] = []
    themes: list[Theme] = []
    seen_c: set[str] = set()
    seen_t: set[str] = set()
    previous: tuple[str, Quote] | None = None  # ("campaign" | "theme", quote)
    launcher: str | None = None
    for q in find_quotes(text):
        name = clean_name(text[q.start : q.end])
        if len(name) < 3 or not any(c.isalpha() for c in name):
            previous = None
            continue
        line_start = text.rfind("\n", max(0, q.start - _TRIGGER_LIMIT - 10), q.start) + 1
        line_start = line_start or max(0, q.start - _TRIGGER_LIMIT - 10)
        lead_end = q.start - 1
        lo = max(line_start, lead_end - _TRIGGER_LIMIT)
        breaks = [m.end() for m in _SENTENCE_BREAK.finditer(text, lo, lead_end)]
        lo = breaks[-1] if breaks else lo
        ct = _nearest(_CAMPAIGN_TRIGGER, text, lo, lead_end)
        tt = _nearest(_THEME_TRIGGER, text, lo, lead_end)
        kind: str | None = None
        trigger_end = -1
        if tt and (not ct or tt.start() > ct.start()):
            kind, trigger_end = "theme", tt.end()
        elif ct:
            kind, trigger_end = "campaign", ct.end()
        gap_from = trigger_end
        if previous and q.start - previous[1].close <= _GAP_LIMIT:
            gap = text[previous[1].close : lead_end]
            if not _SENTENCE_BREAK.search(gap) and not rx.SYMBOL.search(gap) and trigger_end < previous[1].start:
                kind, gap_from = previous[0], previous[1].close
        if kind is None:
            prev_line_end = line_start - 1
            prev_start = text.rfind("\n", max(0, prev_line_end - 200), max(0, prev_line_end)) + 1
            prev_line = text[prev_start : max(0, prev_line_end)]
            if line_start > 0 and _THEME_HEADING.match(prev_line.strip()):
                kind, gap_from = "theme", line_start
        if kind is None:
            previous = None
            continue
        gap = text[gap_from:lead_end]
        if rx.SYMBOL.search(gap) or (kind == "campaign" and _SUBJECT_LEAD.search(gap)):
            previous = None
            continue
        if kind == "campaign" and _THEME_TRIGGER.search(gap):
            kind = "theme"
        span = (q.start, q.end)
        if kind == "campaign":
            lm = _LAUNCHER.search(text, max(line_start, trigger_end if trigger_end > 0 else gap_from), lead_end)
            if lm:
                launcher = strip_punct(lm.group("who"))
            elif trigger_end > 0 and gap_from == trigger_end:
                launcher = None
            pm = _PERIOD.match(text, q.close, q.close + 60)
            key = name.casefold()
            if key not in seen_c:
                seen_c.add(key)
                campaigns.append(
                    Campaign(
                        name=name, launched_by=launcher, period=squash(pm.group("period")) if pm else None, span=span
                    )
                )
        else:
            owner_m = _OWNER.search(text, max(gap_from, lo), lead_end)
            owner = strip_punct(owner_m.group("owner")) if owner_m else None
            if owner and re.fullmatch(r"(?:năm|giai đoạn)[ ][\d -]+", owner):
                owner = None  # "chủ đề của năm 2023": a time, not an owner
            tkind = "chủ đề"
            if tt:
                word = tt.group(0).lower()
                tkind = (
                    "phương châm"
                    if "phương châm" in word
                    else "khẩu hiệu"
                    if "khẩu hiệu" in word
                    else "tinh thần"
                    if "tinh thần" in word
                    else "chủ đề"
                )
            key = name.casefold()
            if key not in seen_t:
                seen_t.add(key)
                themes.append(Theme(text=name, kind=tkind, owner=owner, span=span))
        previous = (kind, q)
    return campaigns, themes
