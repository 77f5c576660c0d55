"""Stage 3 — extract: what one document states (the contract of DESIGN.md §4)."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from ..clean import CleanText, clean_loaded
from ..fingerprint import extractor_version
from ..load import load_file
from ..models import Campaign, Citation, Cluster, DocumentInfo, ExtractedDocument, Signer, Theme
from ..ocr import locate
from ..scan import LinePattern
from .citations import _first_section, find_mentions, merge
from .clusters import find_clusters
from .header import document_info
from .launch import is_launch, launched_at_the_event, launched_on_behalf, plans_a_launch
from .opening import complete, own_province, page_subject
from .quotes import campaigns_and_themes
from .regexes import KIND_CITE_RE
from .text import squash, symbol_key

__all__ = ["extract", "extract_file"]

_CHROME = (
    "Văn bản liên quan",
    "Văn bản cùng lĩnh vực",
    "Tin liên quan",
    "Bài viết liên quan",
    "Xem thêm",
    "Tin cùng chuyên mục",
    "Các tin khác",
    "Tin khác",
    "Đọc nhiều",
    "Tin mới",
    "Văn bản mới",
    "Văn bản được hướng dẫn",
    "Văn bản hướng dẫn",
    "Văn bản sửa đổi",
    "Lược đồ",
    "Tải về",
)


_CHROME_HEADING = LinePattern(r"[ ]*(?:" + "|".join(map(re.escape, _CHROME)) + r")[^\n]{0,25}$")


def _chrome_zones(text: str) -> list[tuple[int, int]]:
    """Navigation blocks of web pages (lists of other documents after a heading such as
    "Văn bản liên quan"): their symbols are links, not citations of this document.  A block
    runs until the first long line (a paragraph of running text).  A legal database's numbered list of
    related documents ("- 1 Kết luận 01-KL/TW năm 2021 về ...", "- 2 Kế hoạch 206/KH-UBND năm 2022 ...") is one
    too, heading or not."""
    zones = []
    for m in _CHROME_HEADING.finditer(text):
        if zones and m.start("line") < zones[-1][1]:
            continue
        long_line = _LONG_LINE.search(text, m.end())
        zones.append((m.start("line"), long_line.start("line") if long_line else len(text)))
    run: list[re.Match[str]] = []
    for m in _RELATED_ITEM.finditer(text):
        if run and m.start("line") != run[-1].end() + 1:
            zones.extend(_related_run(run))
            run = []
        run.append(m)
    zones.extend(_related_run(run))
    zones.extend((m.start("line"), m.end()) for m in _STATUS_NOTE.finditer(text))
    return sorted(zones)


def _related_run(run: list[re.Match[str]]) -> list[tuple[int, int]]:
    return [(run[0].start("line"), run[-1].end())] if len(run) >= 2 else []


# a legal database's note on the document's status: "Quyết định 45/2014/QĐTA-TĐKT ... đã được thay thế bởi Quyết
# định 83/QĐ-TANDTC-TĐKT ..." (a document never names what will replace it: the database speaks)
_STATUS_NOTE = LinePattern(
    r"[^\n]*?\b(?:được|bị)[ ]"
    r"(?:thay[ ]thế|sửa[ ]đổi|bổ[ ]sung|bãi[ ]bỏ|hủy[ ]bỏ|huỷ[ ]bỏ|đính[ ]chính|hết[ ]hiệu[ ]lực)"
    r"[^\n]{0,30}?[ ]bởi[ ][^\n]*",
    needle=" bởi ",
)
_RELATED_ITEM = LinePattern(rf"[-•][ ]?\d{{1,3}}[ ]+(?:{KIND_CITE_RE})[ ]+\S+[ ]+năm[ ](?:19|20)\d\d\b[^\n]*")


_LONG_LINE = LinePattern(r"[^\n]{220,}$")
_OPENING = 1500  # the title and the first sentences: where a text says that it launches emulation


def extract_document(ct: CleanText) -> ExtractedDocument:
    """Extract one cleaned document."""
    text = ct.text
    first_section = _first_section(text)
    info, zone = complete(document_info(ct.lines, text, first_section), ct.lines)
    own = frozenset(symbol_key(s) for s in (*info.own_symbols, *([info.symbol] if info.symbol else [])))
    zones = [ct.source_span_lines(a, b) for a, b in _chrome_zones(ct.lines)]
    skip = [(a, b) for a, b in (_text_span(ct, z) for z in zones) if b > a]
    mentions = find_mentions(text, own, skip)
    citations, links = merge(text, mentions, ct.source_span)
    campaigns, themes = campaigns_and_themes(text)
    info = _not_before_what_it_cites(info, citations)
    formal = bool(info.symbol and not info.reported) or (info.kind and info.title and not info.reported)
    # a formal text opens with its first lines; a page with its headline and lead, as the page reader read them
    opening = text[: min(first_section if first_section > 0 else _OPENING, _OPENING)] if formal else zone or ""
    info = replace(
        info,
        launch=is_launch(info.kind, info.title, opening, tuple(campaigns))
        or (not formal and not info.reported and launched_at_the_event(text, ct.lines))
        or bool((formal or info.reported) and plans_a_launch(info.kind, text)),
        province=own_province(info, opening, text),
    )
    clusters = find_clusters(text, info.issuer, info.recipients)
    if not formal:
        info = replace(info, issuer=_cluster_issuer(info.issuer, clusters, opening))
        if (behalf := launched_on_behalf(text)) and (not info.issuer or " tôi " in f" {info.issuer} "):
            info = replace(info, issuer=behalf)  # "Thay mặt Chính phủ ..., tôi chính thức phát động ...": that body
        if not info.issuer and (subject := page_subject(text, opening)):
            info = replace(info, issuer=subject)  # no sentence says who acts: the body the page is about
    if not info.kind and not info.reported and not info.symbol and info.signer != Signer():
        info = replace(info, signer=Signer())  # a page on an event reports no document: nothing is signed (a name
        # at its foot is the reporter's, one in its lead a speaker's)
    found_campaigns = tuple(_mapped(c, ct) for c in campaigns)
    found_themes = tuple(_mapped(t, ct) for t in themes)
    found_clusters = tuple(replace(c, span=ct.source_span(*c.span)) if c.span != (0, 0) else c for c in clusters)
    scan = (  # a scanned source: each statement's page, box and confidence (DESIGN.md: provenance)
        locate(
            ct.source.words,
            [x.span for group in (citations, links, found_campaigns, found_themes, found_clusters) for x in group],
        )
        if ct.source.words
        else ()
    )
    return ExtractedDocument(
        source=ct.source.path,
        sha256=ct.source.sha256,
        document=info,
        citations=tuple(citations),
        links=tuple(links),
        campaigns=found_campaigns,
        themes=found_themes,
        clusters=found_clusters,
        format=ct.source.format,
        encoding=ct.source.encoding,
        extractor_version=extractor_version(),
        scan=scan,
    )


def _not_before_what_it_cites(info: DocumentInfo, citations: list[Citation]) -> DocumentInfo:
    """A year the text does not date (from its title, a period or the years it names) is never before the day of a
    document it cites: "Chỉ thị số 11/CT-UBND ... trên cơ sở Chỉ thị số 19/CT-TTg ngày 16/7/2021" is not of 2020,
    and is not the city's directive of 2020 with the same number."""
    if info.date or not info.year:
        return info
    cited = [int(c.date[:4]) for c in citations if c.date]
    latest = max(cited, default=0)
    return replace(info, year=latest) if latest > info.year else info


_NOT_ACTING = re.compile(r"\b(?:giữa|của|với|cho)[ ]")  # a party of something else ("Kế hoạch ... giữa Khối ...")
_CLUSTER_CHAIR = re.compile(
    r"\b[Tt]rưởng[ ](?P<cluster>(?:khối|cụm|Khối|Cụm)[ ]thi[ ]đua[ ][^,.;:()]{3,80}?"
    r"(?:,[ ](?:huyện|thị xã|thành phố|quận|xã|phường)\b[^,.;:()]{0,40}?)*)[ ]?"
    r"(?=[ ](?:chủ trì|đã|phát biểu)\b|[,.;])"
)
_HEADS_THE_CLUSTER = re.compile(
    r"[ ]?\((?:(?i:cụm|khối)[ ](?:trưởng|phó)|(?i:trưởng|phó)[ ](?=(?i:cụm|khối)))[ ]?"
    r"(?P<cluster>(?:Cụm|Khối|cụm|khối)[ ](?:thi[ ]đua|Thi[ ]đua|số)\b[^()]{1,80})\)$"
)
_CHAIR_APPOSED = r"(?:[ ]\([^()]{2,60}\))?,[ ]$"  # the body, then ", Trưởng Khối thi đua ..." in apposition
_POST_FIRST = re.compile(r"^(?:Phó[ ])?(?:Chủ tịch|Giám đốc|Bí thư|Trưởng ban|Thủ trưởng|Hiệu trưởng)[ ]")
_PLACE_FIRST = re.compile(r"^(?:huyện|thị xã|thành phố|quận|xã|phường|tỉnh|TP\.?)[ ]")


_CLUSTER_REACH = 2000  # characters: how far a page about a cluster's event names it


def _cluster_issuer(issuer: str | None, clusters: list[Cluster], opening: str) -> str | None:
    """The body acting on a page about a cluster: the cluster its headline or lead names when it names no other
    body; the cluster's full name when the headline shortens it ("Khối các cơ quan văn hóa - xã hội tổng kết
    ..." for "khối thi đua các cơ quan văn hóa - xã hội")."""
    if issuer and (heading := _HEADS_THE_CLUSTER.search(issuer)):
        return squash(heading.group("cluster"))  # "Trường Cao đẳng ... (Khối trưởng Khối Thi đua số 6) đã tổ chức
        # ...": the member heading the cluster acts as the cluster
    chair = _CLUSTER_CHAIR.search(opening)
    if chair and issuer and _POST_FIRST.match(issuer):  # "Ông X, Chủ tịch UBND huyện Y, trưởng khối thi đua
        return squash(chair.group("cluster"))  # các huyện, thành phố chủ trì Hội nghị ...": the cluster meets
    if chair and issuer and re.search(re.escape(issuer) + _CHAIR_APPOSED, opening[: chair.start()]):
        return squash(chair.group("cluster"))  # "Cục X (Bộ Tài chính), Trưởng Khối thi đua số 5, tổ chức ...": the
        # head of the cluster acting as such
    if not issuer or (_PLACE_FIRST.match(issuer) and "giao ước" in opening):  # (a covenant the headline gives
        for c in clusters:  # to a place, "Bình Lục tổ chức ký kết giao ước thi đua ... khối Nội chính")
            at = opening.find(c.name) if c.role == "member" else -1
            if at >= 0 and not _NOT_ACTING.search(opening, max(0, at - 25), at):
                return c.name
        if not issuer:  # no body acts in the opening: the cluster the page goes on to name, near its start ("Hội
            for c in clusters:  # nghị tổng kết phong trào thi đua các tỉnh miền Đông Nam bộ ... Cụm thi đua các tỉnh
                if c.role == "member" and c.span[0] < _CLUSTER_REACH:  # miền Đông Nam bộ gồm các địa phương: ...")
                    return c.name
        return issuer
    head = re.match(r"(?i)(cụm|khối)[ ](?!thi đua)(.+)$", issuer)
    if head:
        full = f"{head.group(1)} thi đua {head.group(2)}"
        named = next((c for c in clusters if c.name.casefold() == full.casefold()), None)
        if named:
            return named.name
        named = next((c for c in clusters if full.casefold().startswith(c.name.casefold() + ", ")), None)
        if named:  # "Cụm số 5, Bộ Công an" for "Cụm thi đua số 5": the cluster, with what it is of
            return named.name + full[len(named.name) :]
    return issuer


def _text_span(ct: CleanText, zone: tuple[int, int]) -> tuple[int, int]:
    """The part of the reflowed text whose source lies in ``zone`` (a source span)."""
    from bisect import bisect_left

    # source offsets grow with text offsets except for moved footnotes: a linear probe is enough here
    starts = [ct.source_span(i, i + 1)[0] for i in range(0, len(ct.text), 64)]
    lo = max(0, (bisect_left(starts, zone[0]) - 1) * 64)
    hi = min(len(ct.text), (bisect_left(starts, zone[1]) + 1) * 64)
    a = next((i for i in range(lo, hi) if ct.source_span(i, i + 1)[0] >= zone[0]), hi)
    b = next((i for i in range(hi - 1, a - 1, -1) if ct.source_span(i, i + 1)[0] < zone[1]), a - 1) + 1
    return a, b


def _mapped(item: Campaign | Theme, ct: CleanText):  # type: ignore[no-untyped-def]
    return replace(item, span=ct.source_span(*item.span))


def extract_file(path: str | Path) -> ExtractedDocument:
    """Load, clean and extract one file; raises :class:`~graph.errors.LoadError` for bad input."""
    return extract_document(clean_loaded(load_file(path)))
