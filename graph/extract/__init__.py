"""Stage 3 — extract: what one document states (the contract of DESIGN.md §4)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from ..clean import CleanText, clean
from ..load import load
from ..models import Campaign, Citation, ExtractedDocument, Theme
from .citations import _first_section, find_mentions, merge
from .clusters import find_clusters
from .header import document_info
from .quotes import campaigns_and_themes
from .text import symbol_key

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


def _chrome_zones(text: str) -> list[tuple[int, int]]:
    """Navigation blocks of web pages (lists of other documents after a heading such as
    "Văn bản liên quan"): their symbols are links, not citations of this document."""
    zones = []
    pos = 0
    lines = text.split("\n")
    offsets = []
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    i = 0
    while i < len(lines):
        line = lines[i].strip().rstrip(":")
        if line in _CHROME or any(line.startswith(c) and len(line) < len(c) + 25 for c in _CHROME):
            j = i + 1
            while j < len(lines) and len(lines[j]) < 220:
                j += 1
            zones.append((offsets[i], offsets[j] if j < len(lines) else pos))
            i = j
        else:
            i += 1
    return zones


def extract(ct: CleanText) -> ExtractedDocument:
    """Extract one cleaned document."""
    text = ct.text
    first_section = _first_section(text)
    info = document_info(ct.lines, text, first_section)
    own = frozenset(symbol_key(s) for s in (*info.own_symbols, *([info.symbol] if info.symbol else [])))
    mentions = find_mentions(text, own, _chrome_zones(text))
    citations, links = merge(text, mentions, ct.source_span)
    campaigns, themes = campaigns_and_themes(text)
    clusters = find_clusters(text, info.issuer, info.recipients)
    return ExtractedDocument(
        source=ct.source.path,
        sha256=ct.source.sha256,
        document=info,
        citations=tuple(citations),
        links=tuple(links),
        campaigns=tuple(_mapped(c, ct) for c in campaigns),
        themes=tuple(_mapped(t, ct) for t in themes),
        clusters=tuple(replace(c, span=ct.source_span(*c.span)) if c.span != (0, 0) else c for c in clusters),
        format=ct.source.format,
        encoding=ct.source.encoding,
    )


def _mapped(item: Campaign | Theme, ct: CleanText):  # type: ignore[no-untyped-def]
    return replace(item, span=ct.source_span(*item.span))


def extract_file(path: str | Path) -> ExtractedDocument:
    """Load, clean and extract one file; raises :class:`~graph.errors.LoadError` for bad input."""
    return extract(clean(load(path)))


def citation_keys(doc: ExtractedDocument) -> list[tuple[str, str | None]]:
    return [(symbol_key(c.symbol), c.date) for c in doc.citations]


_ = Citation
