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


def find_quotes(text: str) -> list[Quote]:
    quotes: list[Quote] = []
    for line_match in re.finditer(r"[^\n]+", text):
        line_start = line_match.start()
        line = line_match.group(0)
        i = 0
        n = len(line)
        while i < n:
            ch = line[i]
            is_open = ch == "“" or (
                ch == '"' and (i == 0 or not line[i - 1].isalnum()) and i + 1 < n and not line[i + 1].isspace()
            )
            if not is_open:
                i += 1
                continue
            j = i + 1
            end = None
            while j < n and j - i <= _MAX_QUOTE:
                c = line[j]
                if c == "”" or (c == '"' and not line[j - 1].isspace()):
                    end = j
                    break
                if c == "“" or (c == '"' and line[j - 1].isspace()):
                    break  # another opening quote first: this one is unbalanced
                j += 1
            if end is not None:
                quotes.append(Quote(line_start + i + 1, line_start + end, line_start + end + 1))
                i = end + 1
                continue
            segment = line[i + 1 : j]
            cut = max(segment.rfind("; "), segment.rfind(". "), segment.rfind(";"))
            stop = cut if cut > 0 else len(segment)
            if stop > 3:
                quotes.append(Quote(line_start + i + 1, line_start + i + 1 + stop, line_start + i + 1 + stop))
            i = i + 1 + max(stop, 1)
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
        line_start = text.rfind("\n", 0, q.start) + 1
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
            prev_line = text[text.rfind("\n", 0, max(0, prev_line_end)) + 1 : max(0, prev_line_end)]
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
            if owner:
                owner = re.sub(r"^(?:năm[ ]\d{4}[ ])", "", owner)
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
