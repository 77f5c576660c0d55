"""The citation index: the citation network and its transitive closure in compact arrays.

SPARQL over the materialised closure answers "what rests on X" correctly but, on a national store
(100,000 documents, millions of ``td:restsOn`` pairs), not in the milliseconds a user clicking through
a cascade expects.  The index is the same knowledge in the shape those questions need:

* one row per document (key, date, year, issuer, level, kind, jurisdiction, launch or not, source);
* the direct citations (``eli:cites`` of the closure graph, forward, as CSR arrays);
* what each document *states* it cites, nested citations included (what the audit checks);
* the transitive closure reversed by target, with for each pair the *next step* on a shortest path,
  so that the cascade of a directive is one slice and every path is a walk along next steps.

It is derived from the store only (one code path for the embedded store and a SPARQL endpoint), written
by ``thidua build`` beside the embedded store (for a SPARQL endpoint, in a folder of this machine named after
the endpoint: a reader does not rebuild it from the server), and stamped with the content hashes of the resolution
and closure graphs: an index whose stamp differs from the store is never used, it is rebuilt.
The file is JSON with the arrays base64-encoded (no pickle: nothing in it can run code).
"""

from __future__ import annotations

import base64
import bisect
import contextlib
import json
import os
import re
import tempfile
import weakref
from array import array
from collections import defaultdict, deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .extract.text import symbol_key
from .iris import CLOSURE_GRAPH as CLOSURE
from .iris import PREFIXES
from .iris import RESOLUTION_GRAPH as RESOLUTION
from .store import OxigraphStore, Store

INDEX_FILE = "thidua-citation-index.json"
FORMAT = 2  # 2: each document's title

_STAMP = (
    PREFIXES
    + """
SELECT ?g ?hash WHERE { VALUES ?g { <%s> <%s> } GRAPH ?g { ?g td:contentHash ?hash } }"""
    % (RESOLUTION, CLOSURE)
)
# The documents of the resolution graph, and each optional attribute by its own query, joined in Python:
# one query with several OPTIONALs loses bindings on some engines (Virtuoso 7 dropped td:year of the
# documents without a number or a date).
_DOCS = (
    PREFIXES
    + """
SELECT ?d ?label ?jur ?inCorpus WHERE {
  GRAPH <%s> { ?d a td:Document ; rdfs:label ?label ; td:inCorpus ?inCorpus ; td:jurisdiction ?jur } }"""
    % RESOLUTION
)
_ATTRIBUTES = {
    "key": "SELECT ?d ?key ?symbol WHERE { GRAPH <%s> { ?d a td:Document ; td:symbolKey ?key ; "
    "eli:id_local ?symbol } }",
    "date": "SELECT ?d ?date WHERE { GRAPH <%s> { ?d a td:Document ; eli:date_document ?date } }",
    "year": "SELECT ?d ?year WHERE { GRAPH <%s> { ?d a td:Document ; td:year ?year } }",
    "issuer": "SELECT ?d ?issuer ?issuerLabel ?level WHERE { GRAPH <%s> { ?d a td:Document ; eli:passed_by ?issuer . "
    '?issuer rdfs:label ?issuerLabel ; td:level ?l BIND(STRAFTER(STR(?l), "level/") AS ?level) } }',
    "title": "SELECT ?d ?title WHERE { GRAPH <%s> { ?d a td:Document ; eli:title ?title } }",
    "kind": "SELECT ?d ?kind WHERE { GRAPH <%s> { ?d a td:Document , ?kind "
    "FILTER(STRSTARTS(STR(?kind), STR(td:)) && ?kind != td:Document) } }",
}
_EMPTY = dict.fromkeys(v for q in _ATTRIBUTES.values() for v in re.findall(r"\?(\w+)", q.split("WHERE")[0]) if v != "d")


_SOURCES = (
    PREFIXES
    + """
SELECT ?d ?path (BOUND(?c) AS ?launch) WHERE {
  GRAPH ?g { ?d td:sourceFile ?src . ?src prov:atLocation ?path OPTIONAL { ?d td:launches ?c } } }"""
)
_EDGES = PREFIXES + "SELECT ?a ?b WHERE { GRAPH <%s> { ?a eli:cites ?b } }" % CLOSURE
_STATED = (
    PREFIXES
    + """
SELECT DISTINCT ?a ?b WHERE { GRAPH ?g { ?st td:citingDocument ?a ; td:citedDocument ?b } }"""
)


@dataclass(frozen=True, slots=True)
class Doc:
    """One document as the index knows it (``id`` is its IRI)."""

    id: str
    label: str
    key: str | None
    symbol: str | None
    date: str | None
    year: int | None
    issuer: str | None
    issuer_label: str | None
    level: str | None
    jurisdiction: str
    kind: str | None
    in_corpus: bool
    launch: bool
    source: str | None
    title: str | None = None  # as the document states it (the audit and the lists show it)


def _csr(n: int, pairs: Iterable[tuple[int, int]]) -> tuple[array, array]:
    """Compressed rows: row ``a`` holds the sorted ``b`` of every pair (a, b)."""
    rows: list[list[int]] = [[] for _ in range(n)]
    for a, b in pairs:
        rows[a].append(b)
    ptr, dst = array("i", [0]), array("i")
    for row in rows:
        dst.extend(sorted(set(row)))
        ptr.append(len(dst))
    return ptr, dst


def reverse_closure(n: int, cites_ptr: array, cites_dst: array) -> Iterator[tuple[int, list[tuple[int, int]]]]:
    """For each document ``t`` that something rests on: the (source, next step) pairs of every document that
    reaches ``t`` through citations, sorted by source; the next step is the neighbour on a shortest path
    (breadth-first from ``t`` over reversed edges, smallest neighbour first: deterministic)."""
    cited_by: list[list[int]] = [[] for _ in range(n)]
    for a in range(n):
        for b in cites_dst[cites_ptr[a] : cites_ptr[a + 1]]:
            cited_by[b].append(a)
    for t in range(n):
        if not cited_by[t]:
            continue
        nxt: dict[int, int] = {}
        queue = deque([t])
        while queue:
            x = queue.popleft()
            for y in cited_by[x]:  # ascending, since rows are built in order of a
                if y != t and y not in nxt:
                    nxt[y] = x
                    queue.append(y)
        yield t, sorted(nxt.items())


@dataclass(frozen=True, slots=True)
class CitationIndex:
    stamp: tuple[str, str]  # content hashes of the resolution and closure graphs
    docs: tuple[Doc, ...]
    cites_ptr: array  # direct citations (closure graph), forward
    cites_dst: array
    stated_ptr: array  # what each document states it cites (nested citations included)
    stated_dst: array
    rests_ptr: array  # closure reversed by target: rests_src[rests_ptr[t]:rests_ptr[t+1]] rest on t
    rests_src: array
    rests_next: array
    position: dict[str, int] = field(init=False, repr=False, compare=False)  # IRI → position
    _by_key: dict[str, list[int]] = field(init=False, repr=False, compare=False)
    launches: int = field(init=False, repr=False, compare=False)  # positions below this are the launches
    ids: tuple[str, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_key: dict[str, list[int]] = defaultdict(list)
        for i, d in enumerate(self.docs):
            if d.key:
                by_key[d.key].append(i)
        object.__setattr__(self, "ids", tuple(d.id for d in self.docs))
        object.__setattr__(self, "position", {x: i for i, x in enumerate(self.ids)})
        object.__setattr__(self, "_by_key", dict(by_key))
        object.__setattr__(self, "launches", sum(d.launch for d in self.docs))  # ordered launches first

    # ---- lookups -------------------------------------------------------------------------------
    def by_symbol(self, symbol: str, year: int | None = None) -> list[int]:
        """Positions of the documents with this symbol (any spelling), of that year when given."""
        key = symbol_key(symbol)
        return [i for i in self._by_key.get(key, ()) if year is None or self.docs[i].year == year]

    def cites(self, i: int) -> array:
        return self.cites_dst[self.cites_ptr[i] : self.cites_ptr[i + 1]]

    def stated(self, i: int) -> array:
        return self.stated_dst[self.stated_ptr[i] : self.stated_ptr[i + 1]]

    def resting_on(self, t: int) -> array:
        """Every document that reaches ``t`` through citations (sorted positions)."""
        return self.rests_src[self.rests_ptr[t] : self.rests_ptr[t + 1]]

    def launches_resting_on(self, t: int) -> array:
        """The launches that reach ``t``: documents are ordered launches first, so they are the head of the
        sorted slice (one binary search, no filtering)."""
        lo, hi = self.rests_ptr[t], self.rests_ptr[t + 1]
        return self.rests_src[lo : bisect.bisect_left(self.rests_src, self.launches, lo, hi)]

    def next_steps(self, t: int) -> dict[int, int]:
        """Document → the document it cites next on a shortest path to ``t``."""
        lo, hi = self.rests_ptr[t], self.rests_ptr[t + 1]
        return dict(zip(self.rests_src[lo:hi], self.rests_next[lo:hi], strict=True))

    def path(self, i: int, t: int) -> list[int]:
        """A shortest citation path from ``i`` to ``t`` (``[i]`` when i is t; empty when i does not reach t)."""
        lo, hi = self.rests_ptr[t], self.rests_ptr[t + 1]
        out = [i]
        while i != t:
            k = bisect.bisect_left(self.rests_src, i, lo, hi)
            if k == hi or self.rests_src[k] != i:
                return []
            i = self.rests_next[k]
            out.append(i)
        return out

    # ---- persistence ---------------------------------------------------------------------------
    def to_json(self) -> str:
        arrays = {
            name: base64.b64encode(getattr(self, name).tobytes()).decode("ascii")
            for name in ("cites_ptr", "cites_dst", "stated_ptr", "stated_dst", "rests_ptr", "rests_src", "rests_next")
        }
        fields = [f for f in Doc.__dataclass_fields__]
        return json.dumps(
            {
                "format": FORMAT,
                "itemsize": array("i").itemsize,
                "stamp": list(self.stamp),
                "fields": fields,
                "docs": [[getattr(d, f) for f in fields] for d in self.docs],
                "arrays": arrays,
            },
            ensure_ascii=False,
            separators=(",", ":"),
        )

    @classmethod
    def from_json(cls, text: str) -> CitationIndex:
        data = json.loads(text)
        if data.get("format") != FORMAT or data.get("itemsize") != array("i").itemsize:
            raise ValueError("index format")
        fields = data["fields"]
        if fields != list(Doc.__dataclass_fields__):
            raise ValueError("index fields")
        docs = tuple(Doc(*row) for row in data["docs"])
        arrays = {}
        for name, b64 in data["arrays"].items():
            a = array("i")
            a.frombytes(base64.b64decode(b64))
            arrays[name] = a
        index = cls(stamp=tuple(data["stamp"]), docs=docs, **arrays)  # type: ignore[arg-type]
        if len(index.cites_ptr) != len(docs) + 1 or len(index.rests_ptr) != len(docs) + 1:
            raise ValueError("index arrays")
        if list(docs) != sorted(docs, key=lambda d: (not d.launch, d.id)):
            raise ValueError("index order")
        return index


def store_stamp(store: Store) -> tuple[str, str]:
    hashes = {r["g"]: r["hash"] for r in store.select(_STAMP)}
    return hashes.get(RESOLUTION, ""), hashes.get(CLOSURE, "")


def index_from_store(store: Store, stamp: tuple[str, str] | None = None) -> CitationIndex:
    """Read the documents and citations from the store (any backend) and compute the closure."""
    stamp = stamp or store_stamp(store)
    sources: dict[str, tuple[str, bool]] = {}
    for r in store.select(_SOURCES):
        path, launch = sources.get(r["d"], (r["path"], False))
        sources[r["d"]] = (min(path, r["path"]), launch or bool(r["launch"]))
    rows: dict[str, dict] = {r["d"]: {**_EMPTY, **r} for r in store.select(_DOCS)}
    for name, query in _ATTRIBUTES.items():
        for r in store.select(PREFIXES + query % RESOLUTION):
            row = rows.get(r["d"])
            if row is None:
                continue
            if name == "kind":  # several kind classes: the first IRI
                if row["kind"] is None or r["kind"] < row["kind"]:
                    row["kind"] = r["kind"]
            elif row[name] is None or (name in ("key", "issuer", "title") and str(r[name]) < str(row[name])):
                row.update({k: v for k, v in r.items() if k != "d"})  # several values: the smallest, as before
    docs = []
    for d, r in rows.items():
        path, launch = sources.get(d, (None, False))
        docs.append(
            Doc(
                id=d,
                label=r["label"],
                key=r["key"],
                symbol=r["symbol"],
                date=str(r["date"]) if r["date"] else None,
                year=int(r["year"]) if r["year"] is not None else None,
                issuer=r["issuer"],
                issuer_label=r["issuerLabel"],
                level=r["level"],
                jurisdiction=r["jur"],
                kind=r["kind"].rsplit("#", 1)[-1] if r["kind"] else None,
                in_corpus=bool(r["inCorpus"]),
                launch=launch,
                source=path,
                title=r["title"],
            )
        )
    edges = ((r["a"], r["b"]) for r in store.select(_EDGES))
    stated = ((r["a"], r["b"]) for r in store.select(_STATED))
    return index_from_parts(stamp, docs, edges, stated)


def index_from_parts(
    stamp: tuple[str, str],
    docs: Iterable[Doc],
    edges: Iterable[tuple[str, str]],
    stated: Iterable[tuple[str, str]],
) -> CitationIndex:
    """The index of these documents (any order), direct citations and stated citations (document IRIs)."""
    ordered = tuple(sorted(docs, key=lambda d: (not d.launch, d.id)))  # launches first: see ``launches_resting_on``
    pos = {d.id: i for i, d in enumerate(ordered)}
    n = len(ordered)
    cites_ptr, cites_dst = _csr(n, ((pos[a], pos[b]) for a, b in edges if a in pos and b in pos))
    stated_ptr, stated_dst = _csr(n, ((pos[a], pos[b]) for a, b in stated if a in pos and b in pos))
    rests_ptr, rests_src, rests_next = array("i", [0]), array("i"), array("i")
    closure = dict(reverse_closure(n, cites_ptr, cites_dst))
    for t in range(n):
        pairs = closure.pop(t, ())
        rests_src.extend(a for a, _ in pairs)
        rests_next.extend(b for _, b in pairs)
        rests_ptr.append(len(rests_src))
    return CitationIndex(
        stamp=stamp,
        docs=ordered,
        cites_ptr=cites_ptr,
        cites_dst=cites_dst,
        stated_ptr=stated_ptr,
        stated_dst=stated_dst,
        rests_ptr=rests_ptr,
        rests_src=rests_src,
        rests_next=rests_next,
    )


def index_path(store: Store) -> Path | None:
    """Where the index of ``store`` is kept: beside the embedded store, or for a SPARQL endpoint in its local
    folder (``graph.cache.local_folder``), so that a reader does not rebuild it from the server each time."""
    from .cache import local_folder

    folder = local_folder(store)
    return folder / INDEX_FILE if folder is not None else None


def save_index(index: CitationIndex, path: Path) -> None:
    """Write atomically (a reader sees the old index or the new one, never half of one)."""
    fd, tmp = tempfile.mkstemp(prefix=".index-", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(index.to_json())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


_CACHE: weakref.WeakKeyDictionary[Store, CitationIndex] = weakref.WeakKeyDictionary()


def citation_index(store: Store, *, refresh: bool = False) -> CitationIndex:
    """The store's citation index: from memory, else from the file beside the store when its stamp matches
    the store, else rebuilt from the store (and saved when the store is a local, writable one)."""
    stamp = store_stamp(store)
    cached = _CACHE.get(store)
    if cached is not None and cached.stamp == stamp and not refresh:
        return cached
    path = index_path(store)
    index = None
    if path is not None and path.exists() and not refresh:
        try:
            loaded = CitationIndex.from_json(path.read_text(encoding="utf-8"))
            index = loaded if loaded.stamp == stamp else None
        except (OSError, ValueError, KeyError, TypeError):
            index = None  # unreadable, damaged or from another version: rebuilt below
    if index is None:
        index = index_from_store(store, stamp)
        if path is not None and (not store.read_only or not isinstance(store, OxigraphStore)):
            # (an endpoint's index is a file of this machine, whatever the server lets this user do)
            with contextlib.suppress(OSError):
                path.parent.mkdir(parents=True, exist_ok=True)
                save_index(index, path)
    _CACHE[store] = index
    return index


__all__ = ["INDEX_FILE", "CitationIndex", "Doc", "citation_index", "index_from_store", "save_index"]
