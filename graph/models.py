"""Data passed between pipeline stages: frozen dataclasses only.

Spans are ``(start, end)`` character offsets into :attr:`LoadedText.text`, the
decoded source text, so that every extracted item can be traced back to the
words that state it, whatever cleaning did in between.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields
from operator import attrgetter
from typing import Any, TypeVar, dataclass_transform, overload

Span = tuple[int, int]
_T = TypeVar("_T")


_STRINGS: dict[str, str] = {}  # one copy of each shared value in this process (see ``record``)
_STRINGS_MAX = 1_000_000  # distinct values kept before starting afresh (a long-lived process stays bounded)


def _unpickle_shared(cls: type[_T], values: tuple[Any, ...], at: tuple[int, ...]) -> _T:
    """``cls(*values)`` with the texts at ``at`` (or in a tuple there) replaced by this process's copy."""
    strings = _STRINGS
    if len(strings) > _STRINGS_MAX:
        strings.clear()
    out = list(values)
    for i in at:
        v = out[i]
        if v.__class__ is str:
            out[i] = strings.setdefault(v, v)
        elif v.__class__ is tuple and v:
            out[i] = tuple(strings.setdefault(x, x) if x.__class__ is str else x for x in v)
    return cls(*out)


@overload
def record(cls: type[_T], /) -> type[_T]: ...
@overload
def record(*, shared: tuple[str, ...] = ()) -> Callable[[type[_T]], type[_T]]: ...


@dataclass_transform(frozen_default=True)
def record(cls: type[_T] | None = None, /, *, shared: tuple[str, ...] = ()) -> Any:
    """A frozen dataclass with slots, pickled as its class and field values: results cross process
    boundaries (the extraction workers) about twice as fast as with the dataclass's own pickling.

    ``shared`` names fields whose values repeat across documents (kinds, roles, issuers, symbols,
    dates...): when unpickled, such a value (or each text in a tuple of them) becomes the one copy this
    process already holds, so a national corpus of extraction results keeps each repeated text once."""

    def make(cls: type[_T]) -> type[_T]:
        made = dataclass(frozen=True, slots=True)(cls)
        names = tuple(f.name for f in fields(made))  # type: ignore[arg-type]
        get = attrgetter(*names)
        at = tuple(names.index(n) for n in shared)
        if at:
            made.__reduce__ = lambda self: (_unpickle_shared, (type(self), get(self), at))  # type: ignore[method-assign,assignment]
        elif len(names) == 1:
            made.__reduce__ = lambda self: (type(self), (get(self),))  # type: ignore[method-assign,assignment]
        else:
            made.__reduce__ = lambda self: (type(self), get(self))  # type: ignore[method-assign,assignment]
        return made

    return make if cls is None else make(cls)


@record
class OcrWord:
    """A word read by OCR: where it stands in :attr:`LoadedText.text` and on its page (1-based), its box in
    the page image's pixels (left, top, width, height, at :data:`graph.ocr.DPI`) and Tesseract's confidence
    (0-100)."""

    start: int
    end: int
    page: int
    box: tuple[int, int, int, int]
    confidence: float


@record
class ScanSpot:
    """Where a statement read by OCR stands on the scan: the page of its first word, the box holding its words
    on that page, and the lowest confidence among them."""

    span: Span
    page: int
    box: tuple[int, int, int, int]
    confidence: float


@record
class LoadedText:
    """A source file decoded to text, before any cleaning."""

    path: str
    text: str
    format: str  # txt | md | docx | doc | odt | rtf | pdf | html; "pdf-ocr", "image-ocr": read (partly) by OCR
    encoding: str  # utf-8, utf-16, cp1258, tcvn3, vni, docx, pdf ...
    sha256: str
    words: tuple[OcrWord, ...] = ()  # the words OCR read, in text order (none for a text that was not scanned)


@record
class Footnote:
    number: int
    anchor: int  # source offset of the marker in the body (or -1 when none was found)
    span: Span  # source span of the footnote text


@record(shared=("kind", "symbol", "date", "issuer", "subject", "role"))
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
    nested: bool = False  # only ever named inside another citation ("Kết luận ... về thực hiện Chỉ thị X")


@record(shared=("source", "target", "relation"))
class Link:
    """A relation between two cited documents stated by the text."""

    source: str
    target: str
    relation: str  # implements
    span: Span = (0, 0)


@record(shared=("name", "launched_by", "period"))
class Campaign:
    name: str
    launched_by: str | None = None
    period: str | None = None
    span: Span = (0, 0)


@record(shared=("text", "kind", "owner"))
class Theme:
    text: str
    kind: str = "chủ đề"  # chủ đề | phương châm | khẩu hiệu | tinh thần
    owner: str | None = None
    span: Span = (0, 0)


@record(shared=("name", "role"))
class Cluster:
    name: str
    role: str = "member"  # issuer | member | recipient
    span: Span = (0, 0)


@record(shared=("name", "position"))
class Signer:
    name: str | None = None
    position: str | None = None


@record(
    shared=(
        "kind",
        "date",
        "place",
        "issuer",
        "parent",
        "title",
        "recipients",
        "period_start",
        "period_end",
        "award_forms",
    )
)
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
    province: str | None = None  # the province the text places the document in (its bodies, place, mentions)
    launch: bool = False  # the document launches emulation (DESIGN.md §1, "What is a launch")
    reported: bool = False  # the text is a page reporting this document (the page is its source)


@record(shared=("format", "encoding", "extractor_version"))
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
    extractor_version: str = ""  # graph.fingerprint.extractor_version() of what made it
    scan: tuple[ScanSpot, ...] = ()  # for a scanned source: where each statement's words stand on its pages

    def to_json(self) -> dict[str, Any]:
        """The extraction contract of DESIGN.md §4 (lists, not tuples; spans as [start, end])."""

        data = _plain(self)
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


def _plain(value: Any) -> Any:
    """Dataclasses as dicts, tuples as lists (what ``asdict`` does, without its deep copies)."""
    names = getattr(type(value), "__dataclass_fields__", None)
    if names is not None:
        return {k: _plain(getattr(value, k)) for k in names}
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def document_from_json(data: dict[str, Any]) -> ExtractedDocument:
    """Inverse of :meth:`ExtractedDocument.to_json` (used when the store hands back what it keeps)."""
    d = dict(data["document"])
    signer = Signer(**(d.pop("signer", None) or {}))
    info = DocumentInfo(signer=signer, **{k: tuple(v) if isinstance(v, list) else v for k, v in d.items()})

    def span(v: Any) -> Span:
        return (int(v[0]), int(v[1])) if v else (0, 0)

    return ExtractedDocument(
        source=data["source"],
        sha256=data.get("sha256", ""),
        document=info,
        citations=tuple(Citation(**{**c, "span": span(c.get("span"))}) for c in data.get("citations", [])),
        links=tuple(
            Link(source=lk["from"], target=lk["to"], relation=lk["relation"], span=span(lk.get("span")))
            for lk in data.get("links", [])
        ),
        campaigns=tuple(Campaign(**{**c, "span": span(c.get("span"))}) for c in data.get("campaigns", [])),
        themes=tuple(Theme(**{**t, "span": span(t.get("span"))}) for t in data.get("themes", [])),
        clusters=tuple(Cluster(**{**c, "span": span(c.get("span"))}) for c in data.get("clusters", [])),
        format=data.get("format", "txt"),
        encoding=data.get("encoding", "utf-8"),
        extractor_version=data.get("extractor_version", ""),
        scan=tuple(
            ScanSpot(span=span(x["span"]), page=int(x["page"]), box=tuple(x["box"]), confidence=float(x["confidence"]))  # type: ignore[arg-type]
            for x in data.get("scan", [])
        ),
    )


# --- resolution (stage 4): canonical entities with keys that become IRIs ------------------------------


@record
class SourceRecord:
    """One source file as the graph knows it: where it is, its hash, the batch province, what it says."""

    path: str
    sha256: str
    province: str | None
    doc: ExtractedDocument


@record
class DocumentNode:
    key: str
    symbol: str | None
    kind: str | None
    year: int | None
    date: str | None
    jurisdiction: str
    issuer: str | None  # body key
    title: str | None
    in_corpus: bool
    sources: tuple[str, ...]  # source paths that state something about it
    variants: tuple[str, ...]  # symbols as written
    issuer_code: str | None = None
    issuer_inferred: bool = False  # the issuer comes from the symbol's code, not from a text


@record
class BodyNode:
    key: str
    label: str
    level: str
    jurisdiction: str
    variants: tuple[str, ...]
    posts: tuple[str, ...]
    parent: str | None
    sources: tuple[str, ...]


@record
class ConceptNode:
    """A campaign (phong trào) or a theme (chủ đề, phương châm)."""

    key: str
    label: str
    variants: tuple[str, ...]
    sources: tuple[str, ...]
    localizes: str | None = None
    owner: str | None = None  # body key (themes)
    launched_by: str | None = None  # body key (campaigns)


@record
class PersonNode:
    key: str
    name: str
    positions: tuple[str, ...]
    body: str | None


@record
class Conflict:
    subject: str  # entity key
    field: str  # date | issuer
    values: tuple[tuple[str, str], ...]  # (value, source path)


@record
class CitationEdge:
    target: str  # document key
    role: str
    nested: bool
    symbol: str  # as written
    date: str | None  # as stated here
    issuer: str | None  # body key as stated here
    issuer_text: str | None
    subject: str | None
    span: Span
    sentence: str


@record
class MentionEdge:
    relation: str  # promotes | launches | adoptsTheme | sentTo | memberOf
    target: str  # entity key
    surface: str
    span: Span = (0, 0)
    actors: tuple[str, ...] = ()  # body keys stated with it: a theme's owner, a campaign's launchers


@record
class LinkEdge:
    source: str
    target: str
    relation: str
    span: Span


@record
class ResolvedSource:
    record: SourceRecord
    graph_id: str
    doc_key: str
    jurisdiction: str
    jurisdiction_source: str  # text | batch | national | unknown
    issuer: str | None
    parent: str | None
    signer: str | None  # person key
    citations: tuple[CitationEdge, ...]
    links: tuple[LinkEdge, ...]
    mentions: tuple[MentionEdge, ...]
    is_launch: bool


@record
class ResolvedCorpus:
    sources: tuple[ResolvedSource, ...]
    documents: dict[str, DocumentNode]
    bodies: dict[str, BodyNode]
    campaigns: dict[str, ConceptNode]
    themes: dict[str, ConceptNode]
    persons: dict[str, PersonNode]
    conflicts: tuple[Conflict, ...]


# --- build → store ---------------------------------------------------------------------------------------


@record
class GraphPayload:
    """One named graph as a build hands it to the store: its content (sorted N-Triples lines) and, apart from
    it, what the graph states about itself — its content hash and its triple count (``marks``).  A store writes
    the marks after all of the content, so that a graph without them is known to be unfinished; ``digest`` is
    the content hash, by which a later build keeps a graph that has not changed."""

    name: str
    content: list[str]
    marks: tuple[str, ...]
    digest: str

    def __len__(self) -> int:
        """The graph's triples, its marks included (what its triple count states)."""
        return len(self.content) + len(self.marks)

    def lines(self) -> list[str]:
        """Every N-Triples line of the graph, the marks last."""
        return [*self.content, *self.marks]
