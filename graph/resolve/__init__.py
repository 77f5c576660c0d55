"""Stage 4 — resolve: what each document states → canonical entities shared by the whole corpus.

Resolution is corpus-wide and deterministic: the same set of sources gives the same keys (and so the
same IRIs) on any machine, in any order.  Jurisdiction comes from the text, else from the batch
(``--province``), else is recorded as ``unknown`` — never guessed silently.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import replace

from ..extract.regexes import BODY_HEAD_RE
from ..extract.text import symbol_key
from ..models import (
    BodyNode,
    CitationEdge,
    ConceptNode,
    Conflict,
    DocumentNode,
    LinkEdge,
    MentionEdge,
    PersonNode,
    ResolvedCorpus,
    ResolvedSource,
    SourceRecord,
)
from ..vocab import ISSUER_CODES, KIND_BY_CODE
from .bodies import NATIONAL, Body, cluster_aliases, is_national, resolve_body
from .concepts import cluster_campaigns, cluster_themes
from .documents import (
    DocKey,
    complete_symbol,
    is_central_party_code,
    is_national_code,
    kind_name,
    parse_symbol,
    party_term,
    short_year,
)
from .names import canonical_province, fold, initials, slug

__all__ = ["graph_id", "resolve_corpus"]


def graph_id(path: str) -> str:
    """Stable id of a source file (its absolute path): the name of its named graph."""
    return hashlib.sha1(os.path.abspath(path).encode("utf-8")).hexdigest()[:16]


def _jurisdiction(record: SourceRecord) -> tuple[str | None, str]:
    """The province of a source: the one its text gives (``document.province``, found once by the extractor:
    graph/extract/opening.py), else the batch's (``--province``); a central body's document belongs to the
    national jurisdiction."""
    d = record.doc.document
    if d.issuer and is_national(d.issuer) and not record.province:
        return None, "national"
    if d.province:
        return canonical_province(d.province), "text"
    if record.province:
        return canonical_province(record.province), "batch"
    return None, "unknown"


class _Bodies:
    def __init__(self) -> None:
        self.nodes: dict[str, dict] = {}

    def _node(self, key: str, label: str, level: str | None, jur: str | None) -> dict:
        """The body's node, made the first time (its containers are made only then)."""
        node = self.nodes.get(key)
        if node is None:
            node = self.nodes[key] = {
                "label": label,
                "level": level,
                "jur": jur,
                "variants": set(),
                "posts": set(),
                "parents": Counter(),
                "sources": set(),
            }
        return node

    def add(self, surface: str | None, province: str | None, source: str, parent: str | None = None) -> Body | None:
        if not surface:
            return None
        body = resolve_body(surface, province)
        if body is None:
            return None
        node = self._node(body.key, body.label, body.level, body.jurisdiction)
        node["variants"].add(" ".join(surface.split()))
        if body.post:
            node["posts"].add(body.post)
        if parent:
            node["parents"][parent] += 1
        node["sources"].add(source)
        return body

    def default_for_code(self, issuer_code: str, source: str) -> str | None:
        head = issuer_code.split("-")[0]
        if head in ISSUER_CODES and is_national_code(head):
            name, level = ISSUER_CODES[head]
            key = f"{NATIONAL}/{slug(name)}"
            node = self._node(key, name, level, NATIONAL)
            node["sources"].add(source)
            return key
        return None

    def by_initials(self, issuer_code: str, jurisdiction: str) -> str | None:
        """A body of the corpus whose name's initials are the code ("SKHĐT" → Sở Kế hoạch và Đầu tư)."""
        code = fold(issuer_code.split("-")[0]).replace(" ", "")
        if len(code) < 3:
            return None
        found = [
            key for key, n in self.nodes.items() if n["jur"] == jurisdiction and initials(key.split("/", 1)[1]) == code
        ]
        return found[0] if len(found) == 1 else None

    def result(self) -> dict[str, BodyNode]:
        return {
            key: BodyNode(
                key=key,
                label=n["label"],
                level=n["level"],
                jurisdiction=n["jur"],
                variants=tuple(sorted(n["variants"])),
                posts=tuple(sorted(n["posts"])),
                parent=n["parents"].most_common(1)[0][0] if n["parents"] else None,
                sources=tuple(sorted(n["sources"])),
            )
            for key, n in sorted(self.nodes.items())
        }


def _doc_key(symbol: str, jurisdiction: str, year: int | None, issuer: Body | None) -> DocKey | None:
    sym = parse_symbol(symbol)
    if sym is None or not sym.number:
        return None
    kind_code, issuer_code = sym.kind_code, sym.issuer_code
    if kind_code not in KIND_BY_CODE and kind_code.upper() not in KIND_BY_CODE and kind_code != "LUAT":
        kind_code, issuer_code = "CV", f"{kind_code}-{issuer_code}"  # công văn: number/ISSUER-UNIT
    if sym.party or is_national_code(issuer_code):
        jur = NATIONAL if (sym.party and is_central_party_code(issuer_code)) or (not sym.party) else jurisdiction
    else:
        jur = jurisdiction
    if issuer is not None and issuer.jurisdiction not in (NATIONAL, "unknown") and jur != NATIONAL:
        jur = issuer.jurisdiction  # "UBND tỉnh Bắc Giang" cited from a Lạng Sơn document
    return DocKey(
        jur, kind_code.upper() if kind_code != "CTr" else kind_code, sym.number, year or sym.year, issuer_code
    )


def resolve_corpus(records: Iterable[SourceRecord]) -> ResolvedCorpus:
    records = sorted(records, key=lambda r: os.path.abspath(r.path))
    bodies = _Bodies()
    cluster_alias = cluster_aliases(
        sorted(
            {c.name for r in records for c in r.doc.clusters}
            | {r.doc.document.issuer for r in records if r.doc.document.issuer}
        )
    )
    # pass 1: jurisdictions, document keys of every mention, dated identities
    prepared = []
    dated: dict[tuple[str, str, str, str], set[int]] = defaultdict(set)
    dated_anywhere: dict[tuple[str, str, str], set[tuple[str, str, str, str]]] = defaultdict(set)
    stated_years: dict[tuple[str, str, str, str], Counter[int]] = defaultdict(Counter)
    for rec in records:
        province, jur_source = _jurisdiction(rec)
        jur = NATIONAL if jur_source == "national" else slug(province) if province else "unknown"
        d = rec.doc.document
        issuer = bodies.add(cluster_alias.get(d.issuer or "", d.issuer), province, rec.path)
        parent = bodies.add(d.parent, province, rec.path)
        if issuer and parent:
            bodies.nodes[issuer.key]["parents"][parent.key] += 1
        cites = []
        for c in rec.doc.citations:
            body = bodies.add(c.issuer, province, rec.path)
            year = int(c.date[:4]) if c.date else short_year(c.symbol)
            key = _doc_key(complete_symbol(c.symbol, c.kind, c.issuer) or c.symbol, jur, year, body)
            if key is None:
                continue
            if key.year:
                dated[key.undated].add(key.year)
                dated_anywhere[key.undated[1:]].add(key.undated)
                stated_years[key.undated][key.year] += 1
            cites.append((c, key, body))
        own = _doc_key(d.symbol, jur, d.year, issuer) if d.symbol else None
        if own and own.year:
            dated[own.undated].add(own.year)
            stated_years[own.undated][own.year] += 1
        prepared.append((rec, province, jur, jur_source, issuer, parent, cites, own))
    # a central Party document is numbered in its term, not its year: its year is the one most often stated
    # within that term (a slip, "Nghị quyết 57-NQ/TW ngày 22/12/2025" for 2024, makes no second document)
    term_year: dict[tuple[tuple[str, str, str, str], int], int] = {}
    for undated, counts in stated_years.items():
        if undated[0] == NATIONAL and is_central_party_code(undated[3]):
            for year, _n in sorted(counts.items(), key=lambda yc: (-yc[1], yc[0])):
                term_year.setdefault((undated, party_term(year)), year)

    def settle(key: DocKey, citing_year: int | None) -> DocKey:
        """An undated mention is the dated document of the same identity (the latest not after the citing
        document's year when several are known); a central Party document's year is its term's."""
        if not key.year:
            if key.jurisdiction == "unknown":  # a source of unknown province: the one dated document of that number
                known = {u for u in dated_anywhere.get(key.undated[1:], ()) if u[0] != "unknown"}
                if len(known) == 1:
                    key = DocKey(next(iter(known))[0], key.kind_code, key.number, None, key.issuer_code)
            years = sorted(dated.get(key.undated, ()))
            if not years:
                return key
            before = [y for y in years if citing_year is None or y <= citing_year]
            key = replace(key, year=before[-1] if before else years[0])
        year = term_year.get((key.undated, party_term(key.year)), key.year)  # type: ignore[arg-type]
        return key if year == key.year else replace(key, year=year)

    docs: dict[str, dict] = {}

    def doc_node(path: str) -> dict:
        node = docs.get(path)
        if node is None:  # not setdefault: the containers of a new node are made only when it is new
            node = docs[path] = {
                "symbols": Counter(),
                "kinds": Counter(),
                "dates": defaultdict(set),
                "issuers": defaultdict(set),
                "title": None,
                "in_corpus": False,
                "sources": set(),
                "key": None,
            }
        return node

    # campaigns and themes are clustered over the whole corpus
    camp_names, camp_src, camp_at = [], [], []
    theme_texts, theme_src, theme_at = [], [], []
    for idx, (rec, *_rest) in enumerate(prepared):
        for j, c in enumerate(rec.doc.campaigns):
            camp_names.append(c.name)
            camp_src.append(rec.path)
            camp_at.append((idx, j))
        for j, t in enumerate(rec.doc.themes):
            theme_texts.append(t.text)
            theme_src.append(rec.path)
            theme_at.append((idx, j))
    camp_clusters = cluster_campaigns(camp_names, camp_src)
    theme_clusters = cluster_themes(theme_texts, theme_src)
    camp_of = {camp_at[i]: c for c in camp_clusters for i in c.members}
    theme_of = {theme_at[i]: c for c in theme_clusters for i in c.members}
    theme_owners: dict[str, Counter] = defaultdict(Counter)
    camp_launchers: dict[str, Counter] = defaultdict(Counter)
    extra_campaigns: dict[str, dict] = {}

    sources = []
    persons: dict[str, PersonNode] = {}
    for idx, (rec, province, jur, jur_source, issuer, parent, cites, own) in enumerate(prepared):
        d = rec.doc.document
        gid = graph_id(rec.path)
        if own:
            own = settle(own, d.year)
            doc_key = own.path
        else:
            kind_code = next((c for c, n in KIND_BY_CODE.items() if n == d.kind), "VB")
            issuer_slug = issuer.key.split("/", 1)[-1] if issuer else "unknown"
            doc_key = "/".join((jur, slug(kind_code), str(d.year or "nd"), issuer_slug, "src-" + rec.sha256[:12]))
        node = doc_node(doc_key)
        node["key"] = own
        node["in_corpus"] = True
        node["title"] = d.title
        node["own_year"] = d.year
        _state(node, rec.path, d.symbol, d.kind, d.date, issuer.key if issuer else None)
        edges = []
        sym_to_key: dict[str, str] = {}
        for c, key, body in cites:
            key = settle(key, d.year)
            n = doc_node(key.path)
            n["key"] = key
            parsed = parse_symbol(complete_symbol(c.symbol, c.kind, c.issuer) or c.symbol)
            symbol = parsed.canonical if parsed else c.symbol
            _state(n, rec.path, symbol, c.kind, c.date, body.key if body else None)
            sym_to_key[symbol_key(c.symbol)] = key.path
            edges.append(
                CitationEdge(
                    target=key.path,
                    role=c.role,
                    nested=c.nested,
                    symbol=c.symbol,
                    date=c.date,
                    issuer=body.key if body else None,
                    issuer_text=c.issuer,
                    subject=c.subject,
                    span=c.span,
                    sentence=c.sentence,
                )
            )
        links = tuple(
            LinkEdge(sym_to_key[symbol_key(lk.source)], sym_to_key[symbol_key(lk.target)], lk.relation, lk.span)
            for lk in rec.doc.links
            if symbol_key(lk.source) in sym_to_key and symbol_key(lk.target) in sym_to_key
        )
        mentions: list[MentionEdge] = []
        for j, c in enumerate(rec.doc.campaigns):
            cluster = camp_of[(idx, j)]
            actors = []
            for who in _launchers(c.launched_by):
                launcher = bodies.add(who, province, rec.path)
                if launcher:
                    camp_launchers[cluster.key][launcher.key] += 1
                    actors.append(launcher.key)
            mentions.append(MentionEdge("promotes", cluster.key, c.name, c.span, tuple(actors)))
        for j, t in enumerate(rec.doc.themes):
            cluster = theme_of[(idx, j)]
            owner = bodies.add(t.owner, province, rec.path) if t.owner and _names_a_body(t.owner) else None
            if owner:
                theme_owners[cluster.key][owner.key] += 1
            mentions.append(MentionEdge("adoptsTheme", cluster.key, t.text, t.span, (owner.key,) if owner else ()))
        for r in d.recipients:
            body = bodies.add(r, province, rec.path) if _names_a_body(r) else None
            mentions.append(MentionEdge("sentTo", body.key if body else "", r))
        for cl in rec.doc.clusters:
            body = bodies.add(cluster_alias.get(cl.name, cl.name), province, rec.path)
            if body and cl.role != "issuer":
                mentions.append(
                    MentionEdge("memberOf" if cl.role == "member" else "sentTo", body.key, cl.name, cl.span)
                )
        is_launch = d.launch  # decided by the extractor (graph/extract/launch.py), one home for the concept
        if is_launch:  # what it launches: named by its title, else by its first campaign, else by who and when
            label = d.title or next((c.name for c in rec.doc.campaigns), None) or _launch_label(issuer, d.year)
            owner_key = issuer.key if issuer else jur
            ckey = f"campaign/{owner_key}/{d.year or 'nd'}/{slug(label, 60)}"
            extra_campaigns.setdefault(ckey, {"label": label, "sources": set(), "launched_by": issuer})
            extra_campaigns[ckey]["sources"].add(rec.path)
            mentions.append(MentionEdge("launches", ckey, label))
        signer = None
        if d.signer.name:
            signer = f"person/{jur}/{slug(d.signer.name)}"
            prev = persons.get(signer)
            positions = tuple(
                sorted({*(prev.positions if prev else ()), *([d.signer.position] if d.signer.position else [])})
            )
            persons[signer] = PersonNode(signer, d.signer.name, positions, issuer.key if issuer else None)
        sources.append(
            ResolvedSource(
                record=rec,
                graph_id=gid,
                doc_key=doc_key,
                jurisdiction=jur,
                jurisdiction_source=jur_source,
                issuer=issuer.key if issuer else None,
                parent=parent.key if parent else None,
                signer=signer,
                citations=tuple(edges),
                links=links,
                mentions=tuple(mentions),
                is_launch=is_launch,
            )
        )

    # documents: one node per identity, with what the corpus states about it; conflicts recorded
    conflicts: list[Conflict] = []
    documents: dict[str, DocumentNode] = {}
    for path, n in sorted(docs.items()):
        key: DocKey | None = n["key"]
        dates = sorted(n["dates"])
        if len(dates) > 1:
            conflicts.append(Conflict(path, "date", tuple((v, s) for v in dates for s in sorted(n["dates"][v]))))
        issuers = sorted(n["issuers"], key=lambda k: (-len(n["issuers"][k]), k))
        if len(issuers) > 1:
            conflicts.append(Conflict(path, "issuer", tuple((v, s) for v in issuers for s in sorted(n["issuers"][v]))))
        issuer = issuers[0] if issuers else None
        inferred = False
        if issuer is None and key is not None:
            issuer = bodies.by_initials(key.issuer_code, key.jurisdiction) or bodies.default_for_code(
                key.issuer_code, next(iter(sorted(n["sources"])))
            )
            inferred = issuer is not None
        symbol = n["symbols"].most_common(1)[0][0] if n["symbols"] else None
        stated_kind = n["kinds"].most_common(1)[0][0] if n["kinds"] else None
        kind = kind_name(key.kind_code, stated_kind) if key else stated_kind
        documents[path] = DocumentNode(
            key=path,
            symbol=symbol,
            kind=kind,
            year=key.year if key else None,
            date=dates[0] if dates else None,
            jurisdiction=key.jurisdiction if key else path.split("/")[0],
            issuer=issuer,
            title=n["title"],
            in_corpus=n["in_corpus"],
            sources=tuple(sorted(n["sources"])),
            variants=tuple(sorted(n["symbols"])),
            issuer_code=key.issuer_code if key else None,
            issuer_inferred=inferred,
        )
        if documents[path].year is None and (dates or n.get("own_year")):
            documents[path] = _with_year(documents[path], int(dates[0][:4]) if dates else n["own_year"])

    campaigns: dict[str, ConceptNode] = {}
    for c in camp_clusters:
        launcher = camp_launchers[c.key].most_common(1)[0][0] if camp_launchers[c.key] else None
        local = c.key.count("/") > 1  # "campaign/<place>/<core>": a movement of one place
        if launcher and local and c.localizes is None and launcher.split("/", 1)[0] == NATIONAL:
            launcher = None  # a province's own movement is not the Prime Minister's, whatever list it follows
        campaigns[c.key] = ConceptNode(
            c.key,
            c.label,
            c.variants,
            tuple(sorted({camp_src[i] for i in c.members})),
            localizes=c.localizes,
            launched_by=launcher,
        )
    for key, e in sorted(extra_campaigns.items()):
        if key not in campaigns:
            campaigns[key] = ConceptNode(
                key,
                e["label"],
                (e["label"],),
                tuple(sorted(e["sources"])),
                launched_by=e["launched_by"].key if e["launched_by"] else None,
            )
    themes: dict[str, ConceptNode] = {}
    for c in theme_clusters:
        owner = theme_owners[c.key].most_common(1)[0][0] if theme_owners[c.key] else None
        themes[c.key] = ConceptNode(
            c.key, c.label, c.variants, tuple(sorted({theme_src[i] for i in c.members})), owner=owner
        )
    return ResolvedCorpus(
        sources=tuple(sources),
        documents=documents,
        bodies=bodies.result(),
        campaigns=campaigns,
        themes=themes,
        persons=persons,
        conflicts=tuple(conflicts),
    )


def _state(node: dict, path: str, symbol: str | None, kind: str | None, date: str | None, issuer: str | None) -> None:
    """Record what one source states about a document: its symbol, kind, date and issuer."""
    node["sources"].add(path)
    if symbol:
        node["symbols"][symbol] += 1
    if kind:
        node["kinds"][kind] += 1
    if date:
        node["dates"][date].add(path)
    if issuer:
        node["issuers"][issuer].add(path)


def _launchers(text: str | None) -> list[str]:
    """ "Thủ tướng Chính phủ và Chủ tịch UBND tỉnh" → both; "tỉnh" alone is the provincial People's Committee."""
    if not text:
        return []
    out = []
    for part in re.split(r"[ ]và[ ]|,[ ]", text):
        part = part.strip()
        if part.lower() in ("tỉnh", "uỷ ban tỉnh", "ủy ban tỉnh"):
            part = "UBND tỉnh"
        if _names_a_body(part):
            out.append(part)
    return out


def _launch_label(issuer: Body | None, year: int | None) -> str:
    who = f" của {issuer.label}" if issuer else ""
    return f"Phong trào thi đua{who}" + (f" năm {year}" if year else "")


def _with_year(node: DocumentNode, year: int) -> DocumentNode:
    return replace(node, year=year)


_BODY_START = re.compile(r"(?:" + BODY_HEAD_RE + r")\b")
_GROUP = re.compile(r"\b(?:các|những|trong Cụm|trong Khối|thuộc|trực thuộc|Lãnh đạo|lãnh đạo)\b|\bSở$|;")


def _names_a_body(text: str) -> bool:
    """A recipient or an owner that names one body ("Hội đồng TĐKT tỉnh", "Sở Nội vụ"), not a filing note,
    a group ("UBND các huyện ...") or a unit inside the issuer ("Hội đồng TĐKT Sở")."""
    text = " ".join(text.split())
    return bool(_BODY_START.match(text)) and not _GROUP.search(text)
