"""Cascade and network analysis (networkx) over the citation network read once from the store.

The store answers "who cites whom" and the materialised closure; networkx answers the questions that
need paths and centralities: the path from a launch to a directive, reach and coverage of central
directives, the flow between body levels, brokers, co-citation communities.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections import Counter
from dataclasses import dataclass
from typing import Any

import networkx as nx

from .extract.text import symbol_key
from .listing import PREFIXES, RESOLUTION
from .store import Store, StoreError
from .vocab import LEVELS

CLOSURE = "https://w3id.org/thidua/graph/closure"
CENTRAL_LEVELS = ("central-party", "central-state", "ministry")


@dataclass(frozen=True)
class DocInfo:
    id: str
    label: str
    symbol: str | None
    date: str | None
    year: int | None
    issuer: str | None
    issuer_label: str | None
    level: str | None
    in_corpus: bool
    source: str | None
    is_launch: bool


_DOCS = (
    PREFIXES
    + """
SELECT ?d ?label ?symbol ?date ?year ?issuer ?issuerLabel ?level ?inCorpus WHERE {
  GRAPH <%s> { ?d a td:Document ; rdfs:label ?label ; td:inCorpus ?inCorpus .
    OPTIONAL { ?d eli:id_local ?symbol } OPTIONAL { ?d eli:date_document ?date } OPTIONAL { ?d td:year ?year }
    OPTIONAL { ?d eli:passed_by ?issuer . ?issuer rdfs:label ?issuerLabel ; td:level ?l
               BIND(STRAFTER(STR(?l), "level/") AS ?level) } } }"""
    % RESOLUTION
)
_SOURCES = (
    PREFIXES
    + """
SELECT ?d ?path (BOUND(?c) AS ?launch) WHERE {
  GRAPH ?g { ?d td:sourceFile ?src . ?src prov:atLocation ?path OPTIONAL { ?d td:launches ?c } } }"""
)
_EDGES = PREFIXES + "SELECT ?a ?b WHERE { GRAPH <%s> { ?a eli:cites ?b } }" % CLOSURE


def citation_network(store: Store) -> nx.DiGraph:
    """Documents as nodes (attribute ``info``: :class:`DocInfo`), citations as edges citing → cited."""
    sources: dict[str, tuple[str, bool]] = {}
    for r in store.select(_SOURCES):
        prev = sources.get(r["d"])
        sources[r["d"]] = (r["path"], bool(r["launch"]) or (prev[1] if prev else False))
    g = nx.DiGraph()
    for r in store.select(_DOCS):
        if r["d"] in g:
            continue
        path, launch = sources.get(r["d"], (None, False))
        g.add_node(
            r["d"],
            info=DocInfo(
                id=r["d"],
                label=r["label"],
                symbol=r["symbol"],
                date=str(r["date"]) if r["date"] else None,
                year=r["year"],
                issuer=r["issuer"],
                issuer_label=r["issuerLabel"],
                level=r["level"],
                in_corpus=bool(r["inCorpus"]),
                source=path,
                is_launch=launch,
            ),
        )
    for r in store.select(_EDGES):
        if r["a"] in g and r["b"] in g:
            g.add_edge(r["a"], r["b"])
    return g


class AmbiguousDirective(StoreError):
    pass


def _targets(g: nx.DiGraph, symbol: str, year: int | None) -> list[str]:
    key = symbol_key(symbol)
    found = [
        n
        for n, d in g.nodes(data="info")
        if d.symbol and symbol_key(d.symbol) == key and (year is None or d.year == year)
    ]
    return sorted(found)


def _brief(info: DocInfo) -> dict[str, Any]:
    return {
        "id": info.id,
        "label": info.label,
        "symbol": info.symbol,
        "date": info.date,
        "year": info.year,
        "issuer": info.issuer_label,
        "level": info.level,
    }


def cascade(store: Store, symbol: str, year: int | None = None, g: nx.DiGraph | None = None) -> dict[str, Any]:
    """The launches a directive reaches through any chain of citations, each with its path."""
    g = g if g is not None else citation_network(store)
    targets = _targets(g, symbol, year)
    if not targets:
        raise StoreError(f"không có văn bản số hiệu {symbol}" + (f" năm {year}" if year else ""))
    if len(targets) > 1:
        years = ", ".join(str(g.nodes[t]["info"].year) for t in targets)
        raise AmbiguousDirective(f"{symbol} ứng với {len(targets)} văn bản (năm {years}): chọn bằng --year")
    target = targets[0]
    launches = []
    for node in nx.ancestors(g, target):
        info: DocInfo = g.nodes[node]["info"]
        if not info.is_launch:
            continue
        path = nx.shortest_path(g, node, target)
        launches.append(
            {
                "id": info.id,
                "source": info.source,
                "symbol": info.symbol,
                "issuer": info.issuer_label,
                "year": info.year,
                "path": [_brief(g.nodes[p]["info"]) for p in path],
            }
        )
    launches.sort(key=lambda x: (x["source"] or "", x["id"]))
    return {"directive": _brief(g.nodes[target]["info"]), "launches": launches}


def _days(a: str | None, b: str | None) -> int | None:
    if not a or not b:
        return None
    return (dt.date.fromisoformat(b) - dt.date.fromisoformat(a)).days


def _rank(level: str | None) -> int:
    return LEVELS.get(level or "unknown", LEVELS["unknown"])[2]


def analyze(store: Store, g: nx.DiGraph | None = None, top: int = 10) -> dict[str, Any]:
    g = g if g is not None else citation_network(store)
    info = {n: d for n, d in g.nodes(data="info")}
    launches = [n for n, d in info.items() if d.is_launch]
    central = sorted(n for n, d in info.items() if d.level in CENTRAL_LEVELS)
    directives = []
    for c in central:
        reached = [n for n in nx.ancestors(g, c) if info[n].is_launch]
        depths = [nx.shortest_path_length(g, n, c) for n in reached]
        lags = [x for x in (_days(info[c].date, info[n].date) for n in reached) if x is not None]
        directives.append(
            {
                **_brief(info[c]),
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
            unanchored.append({**_brief(info[n]), "source": info[n].source, "cites": len(cited)})
    return {
        "launches": len(launches),
        "documents": g.number_of_nodes(),
        "citations": g.number_of_edges(),
        "central_directives": directives,
        "level_flow": {"levels": levels, "matrix": matrix},
        "most_cited": [{**_brief(info[n]), "in_degree": d} for n, d in in_degree],
        "pagerank": [
            {**_brief(info[n]), "score": round(v, 4)}
            for n, v in sorted(pagerank.items(), key=lambda x: (-x[1], info[x[0]].label))[:top]
        ],
        "brokers": [{**_brief(info[n]), "betweenness": round(v, 4)} for n, v in brokers],
        "cocitation_communities": communities,
        "launches_citing_nothing_above": sorted(unanchored, key=lambda x: x["source"] or ""),
    }


def _cocitation_communities(g: nx.DiGraph, info: dict[str, DocInfo]) -> list[list[str]]:
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
