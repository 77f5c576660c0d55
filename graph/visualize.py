"""Hierarchy views (pyvis / vis-network): the directive hierarchy top-down by body level.

pyvis gives the network model and the vis-network library; the page is rendered from our own template
so that it is self-contained (vis-network inlined, no CDN, nothing fetched at run time), carries a
Vietnamese legend, and never lets document text run as code: all data reach the page as JSON (``<``
escaped) and tooltips are plain text.  Large graphs stay usable: positions are computed here (rows by
level, physics off), nodes are handed to vis-network in one batch (pyvis' ``add_node`` is quadratic),
and past ``max_nodes`` the lowest row is aggregated by issuing body.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import networkx as nx

from .analysis import citation_network
from .errors import UserError
from .index import Doc, citation_index
from .iris import PREFIXES
from .iris import RESOLUTION_GRAPH as RESOLUTION
from .relations import BY_ROLE, DRAWN
from .store import Store
from .vocab import LEVELS

LEVEL_COLORS = {
    "central-party": "#b71c1c",
    "central-state": "#d84315",
    "ministry": "#ef6c00",
    "provincial-party": "#6a1b9a",
    "provincial-state": "#1565c0",
    "department": "#00838f",
    "emulation": "#2e7d32",
    "district": "#558b2f",
    "commune": "#9e9d24",
    "unknown": "#757575",
}
KIND_SHAPES = {
    "Chỉ thị": "diamond",
    "Nghị quyết": "triangle",
    "Kết luận": "triangleDown",
    "Kế hoạch": "square",
    "Quyết định": "box",
    "Nghị định": "hexagon",
    "Thông tư": "hexagon",
    "Phát động": "star",
}
RELATION_STYLE = {r.name: (r.color, r.vi, r.en) for r in DRAWN}  # from the relation registry
CAMPAIGN_COLOR = "#f9a825"
ROW_GAP = 170
COL_GAP = 190


@dataclass(frozen=True, slots=True)
class View:
    nodes: list[dict[str, Any]]
    edges: list[dict[str, Any]]
    title: str
    aggregated: bool


_RELATIONS = (
    PREFIXES
    + """
SELECT DISTINCT ?a ?rel ?b ?quote WHERE {
  GRAPH ?g { ?st a td:Citation ; td:citingDocument ?a ; td:citedDocument ?b ; td:role ?rel ; td:quote ?quote } }"""
)
_CAMPAIGNS = (
    PREFIXES
    + """
SELECT DISTINCT ?d ?rel ?c ?label ?quote WHERE {
  GRAPH ?g { ?m a td:Mention ; td:inDocument ?d ; td:mentioned ?c ; td:relation ?rel ; td:quote ?quote
    FILTER(?rel IN ("promotes", "launches")) }
  GRAPH <%s> { ?c skos:prefLabel ?label } }"""
    % RESOLUTION
)
_KINDS = (
    PREFIXES
    + """
SELECT ?d ?kind WHERE { GRAPH <%s> { ?d a ?k } GRAPH ?o { ?k rdfs:label ?kind . FILTER(LANG(?kind) = "vi") } }"""
)


def _kind_of(store: Store) -> dict[str, str]:
    out: dict[str, str] = {}
    for r in store.select(_KINDS % RESOLUTION):
        out.setdefault(r["d"], r["kind"])
    return out


def build_view(
    store: Store,
    focus: str | None = None,
    focus_year: int | None = None,
    year: int | None = None,
    max_nodes: int = 1000,
    campaigns: bool = False,
    lang: str = "vi",
) -> View:
    """Nodes and edges of the hierarchy, filtered by a focus directive and/or a year."""
    index = citation_index(store)
    g = citation_network(store, index)
    info: dict[str, Doc] = dict(g.nodes(data="info"))
    keep = set(g.nodes)
    title = "Hệ thống văn bản chỉ đạo" if lang == "vi" else "Directive hierarchy"
    if focus:
        from .analysis import AmbiguousDirective, find_directive
        from .i18n import t as message

        try:
            targets = [find_directive(index, focus, focus_year)]
        except AmbiguousDirective as exc:  # never merged silently: the view of one document at a time
            raise UserError(f"{exc} — {message('viz_focus_year')}") from None
        keep = {index.ids[t] for t in targets}
        for t in targets:  # everything that rests on it (the closure)
            keep.update(index.ids[s] for s in index.resting_on(t))
        title += f" — {focus}"
    if year is not None:
        launches = {n for n in keep if info[n].launch and info[n].year == year}
        keep = {n for n in keep if not info[n].launch} & {m for n in launches for m in nx.descendants(g, n)} | launches
        title += f" — {year}"
    kinds = _kind_of(store)
    edge_quotes: dict[tuple[str, str], tuple[str, str]] = {}
    for r in store.select(_RELATIONS):
        rel = BY_ROLE[r["rel"]].name if r["rel"] in BY_ROLE else "cites"
        prev = edge_quotes.get((r["a"], r["b"]))
        if prev is None or prev[0] == "cites":
            edge_quotes[(r["a"], r["b"])] = (rel, r["quote"])
    nodes: dict[str, dict[str, Any]] = {}
    for n in sorted(keep):  # sorted: the layout follows this order, and a set's order changes per run
        d = info[n]
        level = d.level or "unknown"
        kind = kinds.get(n, "")
        lines = [
            d.label,
            d.issuer_label or "",
            str(d.date or d.year or ""),
            (d.source or "") if d.in_corpus else ("chưa có trong kho" if lang == "vi" else "not in the store"),
        ]
        nodes[n] = {
            "id": n,
            "label": _wrap(d.label),
            "title": "\n".join(x for x in lines if x),
            "level": level,
            "group": level,
            "shape": "star" if d.launch else KIND_SHAPES.get(kind, "dot"),
            "color": LEVEL_COLORS.get(level, LEVEL_COLORS["unknown"]),
            "borderWidth": 1 if d.in_corpus else 3,
            "kind": kind,
        }
    edges = []
    for a, b in g.edges:
        if a in nodes and b in nodes:
            rel, quote = edge_quotes.get((a, b), ("cites", ""))
            edges.append(
                {
                    "from": a,
                    "to": b,
                    "relation": rel,
                    "title": quote,
                    "arrows": "to",
                    "color": RELATION_STYLE[rel][0],
                    "width": 2 if rel != "cites" else 1,
                }
            )
    if campaigns:
        for r in store.select(_CAMPAIGNS):
            if r["d"] not in nodes:
                continue
            c = r["c"]
            if c not in nodes:
                nodes[c] = {
                    "id": c,
                    "label": _wrap(r["label"]),
                    "title": r["label"],
                    "level": "campaign",
                    "group": "campaign",
                    "shape": "ellipse",
                    "color": CAMPAIGN_COLOR,
                    "borderWidth": 1,
                    "kind": "Phong trào",
                }
            edges.append(
                {
                    "from": r["d"],
                    "to": c,
                    "relation": r["rel"],
                    "title": r["quote"],
                    "arrows": "to",
                    "color": RELATION_STYLE[r["rel"]][0],
                    "width": 1,
                    "dashes": True,
                }
            )
    aggregated = False
    if len(nodes) > max_nodes or (len(info) > max_nodes and (focus or year is not None)):
        # a filtered view of a store too big to draw whole is grouped as the whole view is: filtering
        # never shows more nodes than the view it filters
        nodes, edges = _aggregate(nodes, edges, info, max_nodes)
        aggregated = True
    _place(nodes)
    return View(list(nodes.values()), edges, title, aggregated)


def _wrap(label: str, width: int = 22) -> str:
    words, lines, line = label.split(), [], ""
    for w in words:
        if line and len(line) + len(w) > width:
            lines.append(line)
            line = w
        else:
            line = f"{line} {w}".strip()
    lines.append(line)
    return "\n".join(lines[:3]) + ("…" if len(lines) > 3 else "")


def _rank(level: str) -> int:
    if level == "campaign":
        return 8
    return LEVELS.get(level, LEVELS["unknown"])[2]


def _place(nodes: dict[str, dict[str, Any]]) -> None:
    """Rows by level (central on top), columns by issuer then label: fixed positions, no physics."""
    rows: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for n in nodes.values():
        rows[_rank(n["level"])].append(n)
    for r, (_, members) in enumerate(sorted(rows.items())):
        members.sort(key=lambda n: (n["kind"], n["label"]))
        width = (len(members) - 1) * COL_GAP
        for i, n in enumerate(members):
            n["x"] = i * COL_GAP - width / 2
            n["y"] = r * ROW_GAP + (i % 2) * 40  # stagger long rows so labels do not collide
            n["fixed"] = True
            n["physics"] = False


def _aggregate(nodes, edges, info, max_nodes):  # type: ignore[no-untyped-def]
    """Fold the launches into one node per issuing body; if that is still too many, one per body level."""
    launches = [n for n in nodes if n in info and info[n].launch]
    by_body = {info[n].issuer or "unknown" for n in launches}
    per_level = len(nodes) - len(launches) + len(by_body) > max_nodes
    groups: dict[str, list[str]] = defaultdict(list)
    for n in launches:
        groups[(info[n].level or "unknown") if per_level else (info[n].issuer or "unknown")].append(n)
    alias = {}
    out = {n: d for n, d in nodes.items() if not (n in info and info[n].launch)}
    for body, members in groups.items():
        d0 = nodes[members[0]]
        gid = "group:" + body
        name = LEVELS.get(body, (body,))[0] if per_level else (info[members[0]].issuer_label or "?")
        label = f"{name}: {len(members)} văn bản phát động"
        out[gid] = {**d0, "id": gid, "label": _wrap(label), "title": label, "value": len(members)}
        for m in members:
            alias[m] = gid
    merged: dict[tuple[str, str, str], dict] = {}
    for e in edges:
        a, b = alias.get(e["from"], e["from"]), alias.get(e["to"], e["to"])
        key = (a, b, e["relation"])
        if key in merged:
            merged[key]["width"] = min(8, merged[key]["width"] + 0.5)
        else:
            merged[key] = {**e, "from": a, "to": b}
    return out, list(merged.values())


def render(view: View, lang: str = "vi") -> str:
    """A self-contained HTML page (vis-network inlined from the pyvis package)."""
    import pyvis
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    lib = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
    env = Environment(
        loader=FileSystemLoader(Path(__file__).parent / "templates"), autoescape=select_autoescape(["html"])
    )
    vi = lang == "vi"
    legend_levels = [(LEVELS[k][0 if vi else 1], c) for k, c in LEVEL_COLORS.items() if k in LEVELS]
    legend_levels.append(("Phong trào thi đua" if vi else "Campaign", CAMPAIGN_COLOR))
    legend_shapes = [
        ("Văn bản phát động" if vi else "Launch", "★"),
        ("Chỉ thị" if vi else "Directive", "◆"),
        ("Nghị quyết" if vi else "Resolution", "▲"),
        ("Kết luận" if vi else "Conclusion", "▼"),
        ("Kế hoạch" if vi else "Plan", "■"),
        ("Viền dày: chưa có trong kho" if vi else "Thick border: not in the store", "◯"),
    ]
    legend_edges = [(style[1] if vi else style[2], style[0]) for style in RELATION_STYLE.values()]
    options = {
        "physics": {"enabled": False},
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": True, "navigationButtons": False},
        "nodes": {"font": {"size": 13, "face": "DejaVu Sans, Arial, sans-serif", "multi": False}, "size": 16},
        "edges": {
            "smooth": {"type": "cubicBezier", "forceDirection": "vertical", "roundness": 0.4},
            "arrows": {"to": {"scaleFactor": 0.6}},
        },
        "layout": {"improvedLayout": False},
    }
    return env.get_template("network.html").render(
        title=view.title,
        nodes=view.nodes,
        edges=view.edges,
        options=json.dumps(options),
        vis_js=(lib / "vis-network.min.js").read_text(encoding="utf-8"),
        vis_css=(lib / "vis-network.css").read_text(encoding="utf-8"),
        legend_levels=legend_levels,
        legend_shapes=legend_shapes,
        legend_edges=legend_edges,
        aggregated=view.aggregated,
        vi=vi,
    )


def write(
    store: Store,
    out: Path,
    focus: str | None = None,
    focus_year: int | None = None,
    year: int | None = None,
    max_nodes: int = 1000,
    lang: str = "vi",
    campaigns: bool = False,
) -> View:
    view = build_view(
        store, focus=focus, focus_year=focus_year, year=year, max_nodes=max_nodes, lang=lang, campaigns=campaigns
    )
    out.write_text(render(view, lang=lang), encoding="utf-8")
    return view
