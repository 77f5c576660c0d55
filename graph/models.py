"""Data passed between pipeline stages: frozen dataclasses only.

Spans are ``(start, end)`` character offsets into :attr:`LoadedText.text`, the
decoded source text, so that every extracted item can be traced back to the
words that state it, whatever cleaning did in between.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

Span = tuple[int, int]

EXTRACTOR_VERSION = "0.1.0"


@dataclass(frozen=True)
class LoadedText:
    """A source file decoded to text, before any cleaning."""

    path: str
    text: str
    format: str  # txt | md | docx | pdf | html
    encoding: str  # utf-8, utf-16, cp1258, tcvn3, vni, docx, pdf ...
    sha256: str


@dataclass(frozen=True)
class Footnote:
    number: int
    anchor: int  # source offset of the marker in the body (or -1 when none was found)
    span: Span  # source span of the footnote text


@dataclass(frozen=True)
class Citation:
    """One distinct document cited by the text, in its most complete form."""

    kind: str | None
    symbol: str
    date: str | None = None
    issuer: str | None = None
    subject: str | None = None
    role: str = "mention"  # basis | implements | mention
    span: Span = (0, 0)
    sentence: str = ""
    mentions: tuple[Span, ...] = ()


@dataclass(frozen=True)
class Link:
    """A relation between two cited documents stated by the text."""

    source: str
    target: str
    relation: str  # implements
    span: Span = (0, 0)


@dataclass(frozen=True)
class Campaign:
    name: str
    launched_by: str | None = None
    period: str | None = None
    span: Span = (0, 0)


@dataclass(frozen=True)
class Theme:
    text: str
    kind: str = "chủ đề"  # chủ đề | phương châm | khẩu hiệu | tinh thần
    owner: str | None = None
    span: Span = (0, 0)


@dataclass(frozen=True)
class Cluster:
    name: str
    role: str = "member"  # issuer | member | recipient
    span: Span = (0, 0)


@dataclass(frozen=True)
class Signer:
    name: str | None = None
    position: str | None = None


@dataclass(frozen=True)
class DocumentInfo:
    kind: str | None = None
    symbol: str | None = None
    date: str | None = None
    year: int | None = None
    place: str | None = None
    issuer: str | None = None
    parent: str | None = None
    title: str | None = None
    signer: Signer = field(default_factory=Signer)
    recipients: tuple[str, ...] = ()
    period_start: str | None = None
    period_end: str | None = None
    award_forms: tuple[str, ...] = ()
    own_symbols: tuple[str, ...] = ()  # every number the document gives itself (never a citation)


@dataclass(frozen=True)
class ExtractedDocument:
    source: str
    sha256: str
    document: DocumentInfo
    citations: tuple[Citation, ...] = ()
    links: tuple[Link, ...] = ()
    campaigns: tuple[Campaign, ...] = ()
    themes: tuple[Theme, ...] = ()
    clusters: tuple[Cluster, ...] = ()
    format: str = "txt"
    encoding: str = "utf-8"
    extractor_version: str = EXTRACTOR_VERSION

    def to_json(self) -> dict[str, Any]:
        """The extraction contract of DESIGN.md §4 (lists, not tuples; spans as [start, end])."""

        def plain(value: Any) -> Any:
            if isinstance(value, tuple):
                return [plain(v) for v in value]
            if isinstance(value, dict):
                return {k: plain(v) for k, v in value.items()}
            return value

        data = plain(asdict(self))
        doc = data["document"]
        doc.pop("own_symbols", None)
        data["document"] = doc
        for c in data["citations"]:
            c.pop("mentions", None)
        data["links"] = [
            {"from": lk["source"], "to": lk["target"], "relation": lk["relation"], "span": lk["span"]}
            for lk in data["links"]
        ]
        return data
