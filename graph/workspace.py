"""What the web workspace shows, as library calls: search, a document's page, its source text with a sentence
marked, the cascade of a directive by group, the audit with filters, and adding files.

The pages of ``thidua serve`` (``graph/web.py``) only render what these functions return; they read the same
citation index, audit and build as the CLI.  Results are frozen dataclasses or plain rows.
"""

from __future__ import annotations

import hashlib
import re
import threading
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .analysis import cascade, find_directive, nearest_symbols, numbered, place_name, symbol_forms
from .audit import AuditReport, Rule, audit, load_rules
from .errors import UserError
from .index import CitationIndex, Doc, citation_index
from .iris import PREFIXES
from .resolve.names import fold
from .store import IRI, Store, values_table
from .vocab import LEVELS

PER_PAGE = 20
_WORD = re.compile(r"[0-9a-z]+")

# Everything a document says in its own words, for full-text search: its title, the sentences it cites
# with, the campaigns and themes it names.
_TEXTS = (
    PREFIXES
    + """
SELECT ?d ?text WHERE { GRAPH ?g {
  { ?d eli:title ?text } UNION { ?st td:citingDocument ?d ; td:quote ?text }
  UNION { ?m td:inDocument ?d ; td:quote ?text } } }"""
)
_CAMPAIGNS = (
    PREFIXES
    + """
SELECT DISTINCT ?d ?c ?label WHERE { GRAPH ?g { ?d td:launches|td:promotes ?c } GRAPH ?h { ?c rdfs:label ?label } }"""
)
_ABOUT = PREFIXES + "SELECT ?p ?o WHERE { VALUES ?d { ?doc } GRAPH ?g { ?d ?p ?o } }"
_LABELS = PREFIXES + "SELECT ?x ?label WHERE { GRAPH ?g { ?x rdfs:label ?label } }"
_SOURCE = (
    PREFIXES + "SELECT ?path ?sha ?format WHERE { GRAPH ?g { ?src prov:atLocation ?path ; td:sha256 ?sha . "
    "OPTIONAL { ?src td:sourceFormat ?format } } }"
)
_OUT = (
    PREFIXES
    + """
SELECT ?st ?other ?role ?quote ?start ?end ?written ?nested WHERE { GRAPH ?g {
  ?st td:citingDocument ?d ; td:citedDocument ?other ; td:quote ?quote .
  OPTIONAL { ?st td:role ?role } OPTIONAL { ?st td:startOffset ?start ; td:endOffset ?end }
  OPTIONAL { ?st td:symbolAsWritten ?written } OPTIONAL { ?st td:nested ?nested } } }"""
)
_IN = (
    PREFIXES
    + """
SELECT ?st ?other ?role ?quote ?start ?end ?written ?nested WHERE { GRAPH ?g {
  ?st td:citedDocument ?d ; td:citingDocument ?other ; td:quote ?quote .
  OPTIONAL { ?st td:role ?role } OPTIONAL { ?st td:startOffset ?start ; td:endOffset ?end }
  OPTIONAL { ?st td:symbolAsWritten ?written } OPTIONAL { ?st td:nested ?nested } } }"""
)
_MENTIONS = (
    PREFIXES
    + """
SELECT ?st ?x ?relation ?quote ?start ?end WHERE { GRAPH ?g {
  ?st td:inDocument ?d ; td:mentioned ?x ; td:relation ?relation ; td:quote ?quote .
  OPTIONAL { ?st td:startOffset ?start ; td:endOffset ?end } } }"""
)
_STATEMENT = (
    PREFIXES
    + """
SELECT ?doc ?quote ?start ?end ?path WHERE { GRAPH ?g {
  ?st td:quote ?quote ; prov:wasDerivedFrom ?src . ?src prov:atLocation ?path .
  OPTIONAL { ?st td:citingDocument ?c } OPTIONAL { ?st td:inDocument ?m } BIND(COALESCE(?c, ?m) AS ?doc)
  OPTIONAL { ?st td:startOffset ?start ; td:endOffset ?end } } }"""
)

# How a citation's role is read on the document page, by direction (one home: the roles of the ontology).
ROLES_OUT = {"basis": "rel_basis", "implements": "rel_implements", "mention": "rel_mention"}
ROLES_IN = {"basis": "rel_basis_of", "implements": "rel_implemented_by", "mention": "rel_mentioned_by"}


@dataclass(frozen=True, slots=True)
class Hit:
    position: int
    doc: Doc
    why: str  # "symbol", "name" or "text"


@dataclass(frozen=True, slots=True)
class Facet:
    name: str
    values: tuple[tuple[str, str, int], ...]  # (value, label, count), most first


@dataclass(frozen=True, slots=True)
class SearchResult:
    query: str
    hits: tuple[Hit, ...]  # this page's
    total: int
    page: int
    pages: int
    per_page: int
    facets: tuple[Facet, ...]
    did_you_mean: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Edge:
    statement: str
    other: Doc | None
    other_id: str
    role: str
    quote: str
    start: int | None
    end: int | None
    written: str | None
    nested: bool


@dataclass(frozen=True, slots=True)
class Mention:
    statement: str
    target: str
    label: str
    relation: str
    quote: str


@dataclass(frozen=True, slots=True)
class DocumentPage:
    doc: Doc
    position: int
    title: str | None
    facts: tuple[tuple[str, str], ...]  # (message key of the field, value) in reading order
    recipients: tuple[str, ...]
    source: str | None
    sha256: str | None
    cites: tuple[Edge, ...]
    cited_by: tuple[Edge, ...]
    campaigns: tuple[Mention, ...]
    themes: tuple[Mention, ...]
    verdicts: tuple[dict[str, Any], ...]


@dataclass(frozen=True, slots=True)
class SourceView:
    path: str
    before: str
    marked: str
    after: str
    doc: str | None


@dataclass
class _TextIndex:
    stamp: tuple[str, str]
    words: dict[str, set[int]] = field(default_factory=dict)
    campaigns: dict[int, tuple[str, ...]] = field(default_factory=dict)


class Workspace:
    """One store seen by the workspace: the citation index, a word index of the texts and the audit, each
    computed once per content of the store (its stamp) and shared by every request."""

    def __init__(self, store: Store, rules_file: Path | None = None, uploads: Path | None = None) -> None:
        self.store = store
        self.rules_file = rules_file
        self.uploads = uploads
        self._lock = threading.RLock()
        self._text: _TextIndex | None = None
        self._audit: tuple[tuple[str, str], str, AuditReport] | None = None

    # ---- the shared derived data ---------------------------------------------------------------
    def index(self) -> CitationIndex:
        with self._lock:
            return citation_index(self.store)

    def rules(self) -> list[Rule]:
        if self.rules_file is None:
            return []
        return load_rules(self.rules_file)

    def audit_report(self) -> AuditReport | None:
        """The audit under the workspace's rules (None when it has none)."""
        if self.rules_file is None or not self.rules_file.exists():
            return None
        index = self.index()
        rules_text = self.rules_file.read_text(encoding="utf-8")
        with self._lock:
            if self._audit and self._audit[0] == index.stamp and self._audit[1] == rules_text:
                return self._audit[2]
            report = audit(self.store, self.rules())
            self._audit = (index.stamp, rules_text, report)
            return report

    def _texts(self) -> _TextIndex:
        index = self.index()
        with self._lock:
            if self._text is not None and self._text.stamp == index.stamp:
                return self._text
            words: dict[str, set[int]] = defaultdict(set)
            for r in self.store.select(_TEXTS):
                i = index.position.get(r["d"])
                if i is not None:
                    for w in _WORD.findall(fold(str(r["text"]))):
                        words[w].add(i)
            campaigns: dict[int, list[str]] = defaultdict(list)
            for r in self.store.select(_CAMPAIGNS):
                i = index.position.get(r["d"])
                if i is not None:
                    campaigns[i].append(str(r["label"]))
                    for w in _WORD.findall(fold(str(r["label"]))):
                        words[w].add(i)
            self._text = _TextIndex(index.stamp, dict(words), {i: tuple(sorted(set(c))) for i, c in campaigns.items()})
            return self._text

    # ---- search --------------------------------------------------------------------------------
    def search(self, query: str, filters: dict[str, str] | None = None, page: int = 1) -> SearchResult:
        """Documents by number (any way of writing it), by body or by words of their text; facets count
        what the filters leave; near numbers when nothing matches."""
        index = self.index()
        texts = self._texts()
        filters = {k: v for k, v in (filters or {}).items() if v}
        query = " ".join(query.split())
        found: dict[int, str] = {}
        if query:
            for form in symbol_forms(query):
                for i in index.by_symbol(form):
                    found.setdefault(i, "symbol")
            for i in [] if found else numbered(index, query):  # "ct 34", "chỉ thị 34"
                found.setdefault(i, "symbol")
            words = _WORD.findall(fold(query))
            if words and not found:
                names = [i for i, d in enumerate(index.docs) if all(w in _words(d) for w in words)]
                for i in names:
                    found.setdefault(i, "name")
                sets = [texts.words.get(w, set()) for w in words]
                for i in sorted(set.intersection(*sets)) if sets else ():
                    found.setdefault(i, "text")
        else:
            found = {i: "name" for i in range(len(index.docs)) if index.docs[i].in_corpus}
        verdicts = self._verdicts()
        rows = [(i, why) for i, why in found.items() if _keep(index.docs[i], i, filters, texts, verdicts)]
        rows.sort(
            key=lambda x: (
                _WHY_ORDER[x[1]],
                not index.docs[x[0]].in_corpus,
                -(index.docs[x[0]].year or 0),
                index.docs[x[0]].label,
            )
        )
        pages = max(1, -(-len(rows) // PER_PAGE))
        page = min(max(1, page), pages)
        shown = rows[(page - 1) * PER_PAGE : page * PER_PAGE]
        near: tuple[str, ...] = ()
        if query and "symbol" not in found.values() and re.search(r"\d", query):
            near = tuple(nearest_symbols(index, query))
        return SearchResult(
            query=query,
            hits=tuple(Hit(i, index.docs[i], why) for i, why in shown),
            total=len(rows),
            page=page,
            pages=pages,
            per_page=PER_PAGE,
            facets=_facets([i for i, _ in rows], index, texts, verdicts),
            did_you_mean=near,
        )

    def _verdicts(self) -> dict[str, str]:
        """Launch IRI → ``pass``, ``fail`` or ``no_rule`` (empty without rules)."""
        try:
            report = self.audit_report()
        except UserError:
            return {}
        if report is None:
            return {}
        out: dict[str, str] = {u["id"]: "no_rule" for u in report.uncovered}
        for r in report.results:
            out[r["id"]] = "fail" if not r["pass"] or out.get(r["id"]) == "fail" else "pass"
        return out

    # ---- one document --------------------------------------------------------------------------
    def document(self, iri: str) -> DocumentPage:
        index = self.index()
        i = index.position.get(iri)
        if i is None:
            raise UserError(_t("web_no_document", iri=iri))
        d = index.docs[i]
        about: dict[str, list[Any]] = defaultdict(list)
        for r in self.store.select(values_clause_doc(_ABOUT, iri)):
            about[_local(r["p"])].append(r["o"])
        labels = self._labels({str(o) for p in ("signedBy", "sentTo", "subOrganizationOf") for o in about.get(p, ())})
        source, sha = None, None
        srcs = sorted(str(s) for s in about.get("sourceFile", ()))
        if srcs:
            rows = self.store.select(values_table(_SOURCE, ["src"], [[IRI(srcs[0])]]))
            if rows:
                source, sha = str(rows[0]["path"]), str(rows[0]["sha"])
        facts = [
            ("col_kind", _kind_label(d.kind)),
            ("col_symbol", d.symbol or ""),
            ("col_date", d.date or (str(d.year) if d.year else "")),
            ("col_issuer", d.issuer_label or ""),
            ("col_level", LEVELS.get(d.level or "unknown", LEVELS["unknown"])[0 if _vi() else 1]),
            ("col_province", place_name(d.jurisdiction.rsplit("/", 1)[-1])),
            ("col_place", ", ".join(sorted(str(x) for x in about.get("place", ())))),
            ("col_signer", ", ".join(sorted(labels.get(str(x), str(x)) for x in about.get("signedBy", ())))),
            ("col_position", ", ".join(sorted(str(x) for x in about.get("signerPosition", ())))),
        ]
        title = next(iter(sorted(str(x) for x in about.get("title", ()))), None)
        cites = self._edges(_OUT, iri, index, ROLES_OUT)
        cited_by = self._edges(_IN, iri, index, ROLES_IN)
        mentions = [
            Mention(r["st"], r["x"], "", str(r["relation"]), str(r["quote"]))
            for r in self.store.select(values_clause_doc(_MENTIONS, iri))
        ]
        names = self._labels({m.target for m in mentions})
        mentions = [Mention(m.statement, m.target, names.get(m.target, m.quote), m.relation, m.quote) for m in mentions]
        verdicts: tuple[dict[str, Any], ...] = ()
        try:
            report = self.audit_report()
        except UserError:
            report = None
        if report is not None:
            verdicts = tuple(r for r in report.results if r["id"] == iri) + tuple(
                u for u in report.uncovered if u["id"] == iri
            )
        return DocumentPage(
            doc=d,
            position=i,
            title=title,
            facts=tuple((k, v) for k, v in facts if v),
            recipients=tuple(sorted(str(x) for x in about.get("recipientText", ()))),
            source=source,
            sha256=sha,
            cites=cites,
            cited_by=cited_by,
            campaigns=tuple(
                sorted(
                    {m for m in mentions if m.relation in ("launches", "promotes")}, key=lambda m: (m.relation, m.label)
                )
            ),
            themes=tuple(sorted({m for m in mentions if m.relation == "adoptsTheme"}, key=lambda m: m.label)),
            verdicts=verdicts,
        )

    def _edges(self, query: str, iri: str, index: CitationIndex, roles: dict[str, str]) -> tuple[Edge, ...]:
        out = {}
        for r in self.store.select(values_clause_doc(query, iri)):
            pos = index.position.get(r["other"])
            out[r["st"]] = Edge(
                statement=r["st"],
                other=index.docs[pos] if pos is not None else None,
                other_id=r["other"],
                role=roles.get(str(r["role"] or "mention"), roles["mention"]),
                quote=str(r["quote"]),
                start=int(r["start"]) if r["start"] is not None else None,
                end=int(r["end"]) if r["end"] is not None else None,
                written=str(r["written"]) if r["written"] else None,
                nested=bool(r["nested"]),
            )
        order = list(roles.values())
        return tuple(sorted(out.values(), key=lambda e: (order.index(e.role), e.start or 0, e.statement)))

    def _labels(self, iris: set[str]) -> dict[str, str]:
        if not iris:
            return {}
        rows = self.store.select(values_table(_LABELS, ["x"], [[IRI(x)] for x in sorted(iris)]))
        out: dict[str, str] = {}
        for r in sorted(rows, key=lambda r: str(r["label"])):
            out.setdefault(r["x"], str(r["label"]))
        return out

    def source(self, statement: str) -> SourceView:
        """The source text of a statement (a citation or a mention) with its sentence marked at its offsets."""
        from .load import load_file

        rows = self.store.select(values_table(_STATEMENT, ["st"], [[IRI(statement)]]))
        if not rows:
            raise UserError(_t("web_no_statement"))
        r = rows[0]
        path = str(r["path"])
        try:
            text = load_file(path).text
        except Exception as exc:
            raise UserError(_t("web_source_unreadable", path=path, detail=str(exc)[:200])) from None
        start, end = r["start"], r["end"]
        quote = str(r["quote"])
        if start is None or end is None or not (0 <= int(start) < int(end) <= len(text)):
            at = text.find(quote)  # no offsets (a title): the quote where it first stands
            start, end = (at, at + len(quote)) if at >= 0 else (0, 0)
        start, end = _sentence(text, quote, int(start), int(end))
        return SourceView(path, text[:start], text[start:end], text[end:], r["doc"])

    # ---- cascade -------------------------------------------------------------------------------
    def cascade(self, symbol: str, year: int | None = None, province: str | None = None) -> dict[str, Any]:
        """The cascade of a directive: counts by province and level first (every group a link), the launches
        of one group only when asked (``group`` = province/level)."""
        result = cascade(self.store, symbol, year, index=self.index())
        groups: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
        for launch in result["launches"]:
            groups[(launch["province"], launch["level"] or "unknown")].append(launch)
        by_level = Counter(lv for (_, lv) in groups for _ in groups[(_, lv)])
        return {**result, "groups": groups, "by_level": dict(by_level), "provinces": sorted({p for p, _ in groups})}

    def directive(self, symbol: str, year: int | None = None) -> int:
        return find_directive(self.index(), symbol, year)

    # ---- adding files --------------------------------------------------------------------------
    def save_upload(self, name: str, data: bytes) -> Path:
        """Keep an uploaded file under the workspace's uploads folder, named by its content (no name from
        outside becomes a path: only its last part, cleaned, after the hash)."""
        if self.uploads is None:
            raise UserError(_t("web_no_uploads"))
        digest = hashlib.sha256(data).hexdigest()[:16]
        base = re.sub(r"[^\w.\-]+", "_", Path(name.replace("\\", "/")).name, flags=re.UNICODE).strip("._") or "file"
        folder = self.uploads / digest
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / base[-120:]
        if not path.exists():
            tmp = path.with_name(path.name + ".part")
            tmp.write_bytes(data)
            tmp.replace(path)
        return path

    def add(self, paths: Iterable[Path], province: str | None = None, progress: Any = None) -> Any:
        from .pipeline import build

        with self._lock:
            report = build([str(p) for p in paths], self.store, province=province, workers=1, progress=progress)
            self._text = None
            self._audit = None
            return report


def _sentence(text: str, quote: str, start: int, end: int) -> tuple[int, int]:
    """The whole quoted sentence around a span: the quote's words as the source spaces them (line breaks,
    runs of spaces), found near the span and holding it; the span alone when the source words differ."""
    words = quote.split()
    if not words or len(words) > 400:
        return start, end
    pattern = re.compile(r"\s+".join(re.escape(w) for w in words))
    lo = max(0, start - 3 * len(quote) - 200)
    for m in pattern.finditer(text, lo, min(len(text), end + 3 * len(quote) + 200)):
        if m.start() <= start and m.end() >= end:
            return m.start(), m.end()
    return start, end


def values_clause_doc(query: str, iri: str) -> str:
    return values_table(query.replace("VALUES ?d { ?doc } ", ""), ["d"], [[IRI(iri)]])


_WHY_ORDER = {"symbol": 0, "name": 1, "text": 2}


def _words(d: Doc) -> set[str]:
    return set(_WORD.findall(fold(" ".join(x for x in (d.label, d.symbol or "", d.issuer_label or "") if x))))


def _keep(d: Doc, i: int, filters: dict[str, str], texts: _TextIndex, verdicts: dict[str, str]) -> bool:
    for name, value in filters.items():
        have = _facet_values(name, d, i, texts, verdicts)
        if value not in have:
            return False
    return True


FACETS = ("province", "level", "kind", "year", "body", "campaign", "status")


def _facet_values(name: str, d: Doc, i: int, texts: _TextIndex, verdicts: dict[str, str]) -> tuple[str, ...]:
    if name == "province":
        return (d.jurisdiction.rsplit("/", 1)[-1],)
    if name == "level":
        return (d.level or "unknown",)
    if name == "kind":
        return (d.kind or "Document",)
    if name == "year":
        return (str(d.year),) if d.year else ()
    if name == "body":
        return (d.issuer_label,) if d.issuer_label else ()
    if name == "campaign":
        return texts.campaigns.get(i, ())
    if name == "status":
        return (verdicts[d.id],) if d.id in verdicts else ()
    return ()


def _facets(rows: list[int], index: CitationIndex, texts: _TextIndex, verdicts: dict[str, str]) -> tuple[Facet, ...]:
    out = []
    for name in FACETS:
        counts: Counter[str] = Counter()
        for i in rows:
            counts.update(_facet_values(name, index.docs[i], i, texts, verdicts))
        if not counts:
            continue
        top = counts.most_common(12) if name != "year" else sorted(counts.items(), reverse=True)[:12]
        out.append(Facet(name, tuple((v, facet_label(name, v), n) for v, n in top)))
    return tuple(out)


def facet_label(name: str, value: str) -> str:
    """A facet's value as people read it."""
    if name == "province":
        return place_name(value)
    if name == "level":
        return LEVELS.get(value, LEVELS["unknown"])[0 if _vi() else 1]
    if name == "kind":
        return _kind_label(value)
    if name == "status":
        return _t(value if value != "no_rule" else "web_no_rule")
    return value


def _kind_label(kind_class: str | None) -> str:
    from .build import KIND_CLASS

    if not kind_class or kind_class == "Document":
        return _t("web_kind_unknown")
    for name, cls in KIND_CLASS.items():
        if cls == kind_class:
            return name if _vi() else kind_class
    return kind_class


def _local(iri: str) -> str:
    return re.split(r"[#/]", str(iri))[-1]


def _vi() -> bool:
    from .i18n import lang

    return lang() == "vi"


def _t(key: str, **params: object) -> str:
    from .i18n import t

    return t(key, **params)
