"""Cascade and network analysis over the citation index that build keeps beside the store.

The cascade of a directive and the reach of central directives are slices of the index's closure
(paths follow its next steps); networkx answers the questions that need the whole network: depth and
lag of central directives, the flow between body levels, centralities, co-citation communities.
"""

from __future__ import annotations

import datetime as dt
import re
import statistics
from collections import Counter
from typing import Any

import networkx as nx
from rapidfuzz import fuzz, process

from .errors import UserError
from .i18n import t
from .index import CitationIndex, Doc, citation_index
from .resolve.documents import parse_symbol
from .resolve.names import fold, slug
from .store import Store
from .vocab import KINDS, LEVELS, PROVINCES

CENTRAL_LEVELS = ("central-party", "central-state", "ministry")


def citation_network(store: Store, index: CitationIndex | None = None) -> nx.DiGraph:
    """Documents as nodes (attribute ``info``: :class:`~graph.index.Doc`), citations as edges citing → cited
    (read from the citation index, which build keeps beside the store)."""
    index = index or citation_index(store)
    g = nx.DiGraph()
    g.add_nodes_from((d.id, {"info": d}) for d in index.docs)
    ids = [d.id for d in index.docs]
    g.add_edges_from((ids[a], ids[b]) for a in range(len(ids)) for b in index.cites(a))
    return g


class AmbiguousDirective(UserError):
    """A number several documents share: narrow it by year, province or issuer."""


def doc_brief(info: Doc) -> dict[str, Any]:
    """How a document is shown: its IRI, label, number, date, year, issuer and level."""
    return {
        "id": info.id,
        "label": info.label,
        "symbol": info.symbol,
        "date": info.date,
        "year": info.year,
        "issuer": info.issuer_label,
        "level": info.level,
    }


def find_directive(
    index: CitationIndex,
    symbol: str,
    year: int | None = None,
    province: str | None = None,
    issuer: str | None = None,
) -> int:
    """The one document with this symbol (and year, province, issuer), as people write it ("34/CT-TW",
    "Chỉ thị 34-CT/TW", "ct 34"): a clear error when there is none, naming the nearest documents, or several."""
    found: list[int] = []
    for form in symbol_forms(symbol):
        found = [i for i in index.by_symbol(form, year) if _narrowed(index.docs[i], province, issuer)]
        if found:
            break
    if not found:  # "ct 34", "chỉ thị 34": the documents of that number and kind code, when that is one
        found = [i for i in numbered(index, symbol, year) if _narrowed(index.docs[i], province, issuer)]
    if not found:
        near = nearest_symbols(index, symbol)
        hint = t("did_you_mean", symbols=", ".join(near)) if near else ""
        raise UserError(t("no_such_symbol", symbol=symbol, year=f" {year}" if year else "") + hint)
    if len(found) > 1:
        which = ", ".join(
            f"{index.docs[i].year or '?'} · {place_name(_place(index.docs[i]))} · {index.docs[i].issuer_label or '?'}"
            for i in sorted(found, key=lambda i: index.docs[i].id)
        )
        raise AmbiguousDirective(t("ambiguous_symbol", symbol=symbol, n=len(found), which=which))
    return found[0]


def _place(d: Doc) -> str:
    return d.jurisdiction.rsplit("/", 1)[-1]


def place_name(jurisdiction: str) -> str:
    """The name people give a jurisdiction slug ("lang-son" → "Lạng Sơn", "vn" → "Trung ương")."""
    if jurisdiction == "vn":
        return t("central")
    if jurisdiction == "unknown":
        return t("unknown_province")
    return next((p for p in PROVINCES if slug(p) == jurisdiction), jurisdiction)


def _narrowed(d: Doc, province: str | None, issuer: str | None) -> bool:
    if province and _place(d) != slug(province):
        return False
    return not issuer or fold(issuer) in fold(d.issuer_label or "")


_KIND_PREFIX = re.compile(r"(?i)^(?P<kind>[^\d]{1,30}?)[ ]*(?:số[ ]*)?(?=\d)")
_CODES = {name.lower(): codes[0] for name, (_, codes) in KINDS.items() if codes} | {
    code.lower(): code for _, (_, codes) in KINDS.items() for code in codes
}


def symbol_forms(text: str) -> list[str]:
    """The ways a symbol typed by a person may be written in the store: as typed; without a kind word in
    front ("Chỉ thị 34-CT/TW"); a Party symbol typed in the State's form ("34/CT-TW" → "34-CT/TW")."""
    raw = " ".join(text.split())
    forms = [raw]
    m = _KIND_PREFIX.match(raw)
    if m and ("/" in raw or "-" in raw):
        forms.append(raw[m.end() :])
    for f in list(forms):
        parsed = parse_symbol(f)
        if parsed and parsed.canonical not in forms:
            forms.append(parsed.canonical)
    return forms


# a number as people type it, with or without its kind in front: "34", "ct 34", "chỉ thị số 34"
_NUMBERED = re.compile(r"(?i)^(?:[^\W\d_]{1,12}(?:[ ][^\W\d_]{1,12}){0,3}[ .:]*)?(?:số[ ]*)?(?P<n>\d{1,5})$")


def numbered(index: CitationIndex, text: str, year: int | None = None) -> list[int]:
    """The documents whose number is the one typed without its code ("ct 34", "chỉ thị 34", "34"), of that
    kind code when a kind is named (positions in the index)."""
    raw = " ".join(text.split())
    m = _NUMBERED.match(raw)
    if not m:
        return []
    number = m.group("n").lstrip("0")
    return sorted(
        {
            i
            for s in nearest_symbols(index, raw, limit=1000)
            if (p := parse_symbol(s)) and p.number == number
            for i in index.by_symbol(s, year)
        }
    )


def nearest_symbols(index: CitationIndex, text: str, limit: int = 5) -> list[str]:
    """Symbols of the store a person may have meant: same number and kind code ("ct 34" → 34-CT/TW,
    34/CT-UBND), else the closest spellings."""
    raw = " ".join(text.split())
    m = _KIND_PREFIX.match(raw)
    code = _CODES.get((m.group("kind").strip(" .:") if m else "").lower())
    number = re.search(r"\d+", raw)
    symbols, by_number = _symbols(index)
    if number:
        same = [
            s for s, kind_code in by_number.get(number.group(0).lstrip("0"), ()) if code is None or kind_code == code
        ]
        if same:
            return same[:limit]
    return [s for s, score, _ in process.extract(raw, symbols, scorer=fuzz.ratio, limit=limit) if score >= 60]


# per index (an index made in memory has no stamp): keyed by the identity of its documents' tuple, which the
# entry keeps alive so that the identity cannot be reused
_SYMBOLS: dict[int, tuple[tuple, list[str], dict[str, list[tuple[str, str | None]]]]] = {}


def _symbols(index: CitationIndex) -> tuple[list[str], dict[str, list[tuple[str, str | None]]]]:
    """The index's symbols, sorted, and by number (with their kind codes): parsed once per index content."""
    known = _SYMBOLS.get(id(index.docs))
    if known is None or known[0] is not index.docs:
        symbols = sorted({d.symbol for d in index.docs if d.symbol})
        by_number: dict[str, list[tuple[str, str | None]]] = {}
        for s in symbols:
            p = parse_symbol(s)
            if p:
                by_number.setdefault(p.number, []).append((s, p.kind_code))
        if len(_SYMBOLS) > 4:
            _SYMBOLS.clear()
        known = _SYMBOLS[id(index.docs)] = (index.docs, symbols, by_number)
    return known[1], known[2]


def cascade_launches(index: CitationIndex, target: int) -> list[int]:
    """The launches that rest on ``target`` through any chain of citations (positions in the index)."""
    return list(index.launches_resting_on(target))


def cascade(
    store: Store,
    symbol: str,
    year: int | None = None,
    index: CitationIndex | None = None,
    province: str | None = None,
    issuer: str | None = None,
) -> dict[str, Any]:
    """The launches a directive reaches through any chain of citations, each with a shortest path, and how
    many reach it from each province and level (``summary``: (province, level) → count)."""
    index = index or citation_index(store)
    target = find_directive(index, symbol, year, province, issuer)
    steps = index.next_steps(target)
    docs = index.docs
    briefs: dict[int, dict[str, Any]] = {}
    launches = []
    for node in cascade_launches(index, target):
        path = [node]
        while path[-1] != target:
            path.append(steps[path[-1]])
        info = docs[node]
        launches.append(
            {
                "id": info.id,
                "source": info.source,
                "symbol": info.symbol,
                "issuer": info.issuer_label,
                "year": info.year,
                "province": _place(info),
                "level": info.level,
                "path": [briefs[p] if p in briefs else briefs.setdefault(p, doc_brief(docs[p])) for p in path],
            }
        )
    launches.sort(key=lambda x: (x["source"] or "", x["id"]))
    summary = Counter((x["province"], x["level"] or "unknown") for x in launches)
    return {
        "directive": doc_brief(docs[target]),
        "launches": launches,
        "summary": [{"province": p, "level": lv, "launches": n} for (p, lv), n in sorted(summary.items())],
    }


def central_reach(index: CitationIndex, launches_only: bool = True) -> dict[str, int]:
    """How many launches (or documents) rest on each central directive (document IRI → count)."""
    count = index.launches_resting_on if launches_only else index.resting_on
    return {d.id: len(count(t)) for t, d in enumerate(index.docs) if d.level in CENTRAL_LEVELS}


def _days(a: str | None, b: str | None) -> int | None:
    if not a or not b:
        return None
    return (dt.date.fromisoformat(b) - dt.date.fromisoformat(a)).days


def _rank(level: str | None) -> int:
    return LEVELS.get(level or "unknown", LEVELS["unknown"])[2]


def analyze(store: Store, g: nx.DiGraph | None = None, top: int = 10) -> dict[str, Any]:
    index = citation_index(store)
    g = g if g is not None else citation_network(store, index)
    info = {n: d for n, d in g.nodes(data="info")}
    launches = [n for n, d in info.items() if d.launch]
    central = sorted(n for n, d in info.items() if d.level in CENTRAL_LEVELS)
    directives = []
    for c in central:  # reach and depth from the closure and its next steps (shortest paths)
        t = index.position[c]
        resting = index.launches_resting_on(t)
        reached = [index.ids[n] for n in resting]
        depths = [len(index.path(n, t)) - 1 for n in resting]
        lags = [x for x in (_days(info[c].date, info[n].date) for n in reached) if x is not None]
        directives.append(
            {
                **doc_brief(info[c]),
                "reach": len(reached),
                "coverage": round(len(reached) / len(launches), 3) if launches else 0.0,
                "depth": max(depths) if depths else 0,
                "lag_days": {"n": len(lags), "min": min(lags), "median": statistics.median(lags), "max": max(lags)}
                if lags
                else {"n": 0},
            }
        )
    directives.sort(key=lambda d: (-d["reach"], d["label"]))
    flow: Counter[tuple[str, str]] = Counter()
    for a, b in g.edges:
        flow[(info[a].level or "unknown", info[b].level or "unknown")] += 1
    levels = sorted({x for pair in flow for x in pair}, key=lambda lv: (_rank(lv), lv))
    matrix = {a: {b: flow.get((a, b), 0) for b in levels} for a in levels}
    in_degree = sorted(((n, d) for n, d in g.in_degree() if d), key=lambda x: (-x[1], info[x[0]].label))[:top]
    pagerank = nx.pagerank(g) if g.number_of_edges() else {}
    betweenness = nx.betweenness_centrality(g) if g.number_of_nodes() > 2 else {}
    brokers = sorted(((n, v) for n, v in betweenness.items() if v > 0), key=lambda x: (-x[1], info[x[0]].label))[:top]
    communities = _cocitation_communities(g, info)
    unanchored = []
    for n in launches:
        rank = _rank(info[n].level)
        cited = [info[m] for m in g.successors(n)]
        if not any(_rank(c.level) < rank for c in cited):
            unanchored.append({**doc_brief(info[n]), "source": info[n].source, "cites": len(cited)})
    return {
        "launches": len(launches),
        "documents": g.number_of_nodes(),
        "citations": g.number_of_edges(),
        "central_directives": directives,
        "level_flow": {"levels": levels, "matrix": matrix},
        "most_cited": [{**doc_brief(info[n]), "in_degree": d} for n, d in in_degree],
        "pagerank": [
            {**doc_brief(info[n]), "score": round(v, 4)}
            for n, v in sorted(pagerank.items(), key=lambda x: (-x[1], info[x[0]].label))[:top]
        ],
        "brokers": [{**doc_brief(info[n]), "betweenness": round(v, 4)} for n, v in brokers],
        "cocitation_communities": communities,
        "launches_citing_nothing_above": sorted(unanchored, key=lambda x: x["source"] or ""),
    }


def _cocitation_communities(g: nx.DiGraph, info: dict[str, Doc]) -> list[list[str]]:
    """Documents cited together by the same documents, grouped by modularity (deterministic)."""
    co = nx.Graph()
    for n in g.nodes:
        cited = sorted(g.successors(n))
        for i, a in enumerate(cited):
            for b in cited[i + 1 :]:
                w = co.get_edge_data(a, b, {"weight": 0})["weight"]
                co.add_edge(a, b, weight=w + 1)
    if co.number_of_edges() == 0:
        return []
    groups = nx.community.greedy_modularity_communities(co, weight="weight")
    out = [sorted(info[n].label for n in c) for c in groups if len(c) > 1]
    return sorted(out, key=lambda c: (-len(c), c))
