"""Incremental resolution: the corpus-wide resolution state kept beside the store and updated from a change.

:func:`graph.resolve.resolve_corpus` is a map (each source resolved alone, :func:`_prepare_source` and
:func:`_resolve_source`) and a reduce (each entity's facts tallied in corpus order, :class:`_BodyTally`,
:class:`_DocTally`, :func:`_person` ...), except for the corpus-wide lookups a source is resolved against:

- the cluster aliases (:func:`cluster_aliases`, short emulation-cluster names → full names), read by pass 1;
- the identities (:class:`_Identities`: the years each undated identity is known in, the dated identities of an
  unknown jurisdiction's number, the year of a central Party document within its term), read by ``settle``;
- the campaign and theme clusters (:func:`cluster_campaigns`, :func:`cluster_themes`), read by the mentions;
- the bodies found by initials and the central bodies inferred from a code (pass 4, :class:`_Inference`).

:class:`ResolutionState` keeps, per source, what it contributes (its pass-1 facts, its :class:`_Resolved`) and,
per entity, a tally of its facts (counts, the positions in corpus order that decide a label or a tie, its sources
sorted) and its node, with reverse indexes from each lookup's entries to the sources that read them.
:meth:`ResolutionState.apply` takes the changed and removed sources out, puts the changed ones in, works out
which lookup answers changed, re-resolves exactly the sources that read them (loaded through ``load``) and
makes again only the nodes whose facts changed.  Clusters are made from their names' statistics (how often
named, by how many sources, where first) over a single-link grouping kept as distinct names come and go
(graph/resolve/concepts.py); the pass-4 inference runs again, over the documents that need it, only when their
set or the set of bodies changed.  A tally is replayed from its sources only when the fact that decided it goes
(the first statement of a label, the last of an identity).

The contract, checked by tests/test_incremental_resolution.py: after any sequence of :meth:`apply`, the
corpus returned equals ``resolve_corpus`` of the final records (dicts compared as dicts, sources in order).
"""

from __future__ import annotations

import bisect
import gc
import itertools
import os
import pickle
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, TypeVar

from ..models import (
    BodyNode,
    ConceptNode,
    Conflict,
    DocumentInfo,
    DocumentNode,
    ExtractedDocument,
    PersonNode,
    ResolvedCorpus,
    ResolvedSource,
    SourceRecord,
    record,
)
from . import (
    BodyContribution,
    Position,
    Undated,
    _BodyFact,
    _BodyTally,
    _campaign_nodes,
    _DocFact,
    _DocState,
    _DocTally,
    _document,
    _Firsts,
    _Identities,
    _Inference,
    _initials_of,
    _needs_inference,
    _person,
    _PersonFact,
    _prepare_source,
    _Prepared,
    _resolve_source,
    _Resolved,
    _theme_nodes,
    alias_names,
    term_years,
)
from .bodies import cluster_aliases, is_alias_name
from .concepts import CampaignClusters, Cluster, Grouped, NameStats, ThemeClusters

__all__ = ["Delta", "ResolutionState"]

_K = TypeVar("_K")
_V = TypeVar("_V")

Group = tuple[str, str, str]
_FORMAT = 1  # the layout of a saved state; a state of another layout is not loaded


@dataclass(frozen=True, slots=True)
class EntityDelta:
    """The keys of one entity map that a change added, changed (its node differs) or removed."""

    added: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.added or self.changed or self.removed)


@dataclass(frozen=True, slots=True)
class Delta:
    """What one :meth:`ResolutionState.apply` changed: the sources whose :class:`ResolvedSource` changed (new ones
    included) and those removed; per entity map, the keys added, changed and removed; whether the conflicts
    changed.  ``resolved_again`` names the unchanged sources re-resolved because a lookup they read changed, with
    what changed (``aliases``, ``identities``, ``clusters``); ``reclustered`` says whether the change touched a
    campaign or theme name (the clusters were updated from their names), ``inferred_again`` whether the pass-4
    inference ran again."""

    sources: tuple[str, ...]
    removed_sources: tuple[str, ...]
    documents: EntityDelta
    bodies: EntityDelta
    campaigns: EntityDelta
    themes: EntityDelta
    persons: EntityDelta
    conflicts_changed: bool
    resolved_again: tuple[str, ...] = ()
    because: Mapping[str, int] = field(default_factory=dict)
    reclustered: bool = False
    inferred_again: bool = False


@record
class _Entry:
    """What one source contributes: its order in the corpus, the names the corpus-wide lookups read from it, its
    pass-1 facts and its pass-3 result."""

    order: str  # its absolute path: sources are in this order
    names: frozenset[str]  # alias_names
    campaigns: tuple[str, ...]
    themes: tuple[str, ...]
    bodies: tuple[_BodyFact, ...]  # pass 1
    dated: tuple[tuple[Undated, int, bool], ...]
    resolved: _Resolved


def _grouped(items: Iterable[tuple[_K, _V]]) -> dict[_K, tuple[_V, ...]]:
    """Items gathered by key, in order."""
    out: dict[_K, list[_V]] = {}
    for k, v in items:
        out.setdefault(k, []).append(v)
    return {k: tuple(v) for k, v in out.items()}


def _swap(
    store: dict[_K, dict[str, _V]],
    path: str,
    old: Mapping[_K, _V],
    new: Mapping[_K, _V],
    touched: set[_K],
    then: Callable[[_K, _V | None, _V | None], None] | None = None,
) -> None:
    """Replace what ``path`` contributes to each entity of ``store`` (old → new); the entities whose contributions
    changed are ``touched`` (and handed to ``then`` with the contribution before and after)."""
    for k in old.keys() | new.keys():
        o, n = old.get(k), new.get(k)
        if o == n:
            continue
        touched.add(k)
        if n is None:
            per = store[k]
            del per[path]
            if not per:
                del store[k]
        else:
            store.setdefault(k, {})[path] = n
        if then is not None:
            then(k, o, n)


def _changed(old: Mapping[_K, _V], new: Mapping[_K, _V]) -> Iterator[tuple[_K, _V | None, _V | None]]:
    """The keys whose contribution differs between two versions of a source, with both contributions."""
    for k in old.keys() | new.keys():
        before, after = old.get(k), new.get(k)
        if before != after:
            yield k, before, after


def _body_facts(e: _Entry | None) -> dict[str, BodyContribution]:
    """A source's facts of each body: its pass-1 facts and its pass-3 facts, each in order."""
    if e is None:
        return {}
    first = _grouped((f.key, f) for f in e.bodies)
    third = _grouped((f.key, f) for f in e.resolved.bodies)
    return {k: (first.get(k, ()), third.get(k, ())) for k in first.keys() | third.keys()}


def _light(source: ResolvedSource) -> ResolvedSource:
    """A resolved source without its extraction (what a saved state keeps; the store holds the extraction)."""
    rec, doc = source.record, source.record.doc
    stub = ExtractedDocument(
        doc.source,
        doc.sha256,
        DocumentInfo(),
        format=doc.format,
        encoding=doc.encoding,
        extractor_version=doc.extractor_version,
    )
    return replace(source, record=SourceRecord(rec.path, rec.sha256, rec.province, stub))


def _entity_delta(old: Mapping[str, Any], new: Mapping[str, Any], keys: Iterable[str]) -> EntityDelta:
    added, changed, removed = [], [], []
    for k in sorted(set(keys)):
        o, n = old.get(k), new.get(k)
        if o == n:
            continue
        (added if o is None else removed if n is None else changed).append(k)
    return EntityDelta(tuple(added), tuple(changed), tuple(removed))


class ResolutionState:
    """The resolution of a corpus, kept so that a change resolves in proportion to the change (module docstring).

    ``ResolutionState().fresh(records)`` resolves a corpus and keeps its state; :meth:`apply` updates it;
    :meth:`save` and :meth:`load` keep it in a file beside the store, without the extractions (a source re-resolved
    after a load is read again through ``load``; the others keep a record without its extraction, see
    :func:`_light`)."""

    def __init__(self) -> None:
        self.stamp: str | None = None  # what it resolves, as the build that keeps it names it (graph/pipeline.py)
        self.entries: dict[str, _Entry] = {}
        self.order: list[tuple[str, str]] = []  # (absolute path, path), sorted
        self.sources: list[ResolvedSource | None] = []  # each source's ResolvedSource, in that order
        # the cluster aliases: who names each name they read, the names they read, the answer
        self.alias_users: dict[str, set[str]] = {}
        self.alias_relevant: set[str] = set()
        self.alias: dict[str, str] = {}
        # the identities: each undated identity's stated years (every statement) and dated citations
        self.year_counts: dict[Undated, Counter[int]] = {}
        self.cite_counts: Counter[Undated] = Counter()
        self.dated: dict[Undated, frozenset[int]] = {}
        self.group_members: dict[Group, set[Undated]] = {}
        self.dated_anywhere: dict[Group, frozenset[Undated]] = {}
        self.terms: dict[Undated, dict[int, int]] = {}
        self.term_year: dict[tuple[Undated, int], int] = {}
        self.undated_users: dict[Undated, set[str]] = {}
        self.group_users: dict[Group, set[str]] = {}
        # the clusters: who names each campaign and theme, each name's cluster, the clusters with their sources
        self.campaign_users: dict[str, set[str]] = {}
        self.theme_users: dict[str, set[str]] = {}
        self.campaign_stats: dict[str, NameStats] = {}
        self.theme_stats: dict[str, NameStats] = {}
        self.campaign_made = CampaignClusters()
        self.theme_made = ThemeClusters()
        self.campaign_key: dict[str, str] = {}
        self.theme_key: dict[str, str] = {}
        # each cluster (by its names) with its sources; by key, the last cluster of a key (as the nodes are made)
        self.campaign_by_names: dict[tuple[str, ...], tuple[Grouped, tuple[str, ...]]] = {}
        self.theme_by_names: dict[tuple[str, ...], tuple[Grouped, tuple[str, ...]]] = {}
        self.campaign_clusters: dict[str, tuple[Cluster, tuple[str, ...]]] = {}
        self.theme_clusters: dict[str, tuple[Cluster, tuple[str, ...]]] = {}
        # each entity's facts, by source
        self.body_tallies: dict[str, _BodyTally] = {}
        self.doc_tallies: dict[str, _DocTally] = {}
        self.person_facts: dict[str, dict[str, _PersonFact]] = {}
        self.launcher_facts: dict[str, dict[str, tuple[str, ...]]] = {}
        self.owner_facts: dict[str, dict[str, tuple[str, ...]]] = {}
        self.launcher_tallies: dict[str, _Firsts] = {}
        self.owner_tallies: dict[str, _Firsts] = {}
        self.launched_facts: dict[str, dict[str, tuple[str, str | None]]] = {}
        # pass 4: the bodies found by initials, the documents needing an inferred issuer, what was inferred
        self.by_code: dict[tuple[str, str], set[str]] = {}
        self.need: dict[str, tuple[Any, str]] = {}  # document → (its identity, its first source)
        self.inferred: dict[str, str | None] = {}
        self.default_facts: dict[str, _BodyFact] = {}  # document → the central body inferred for it
        self.default_users: dict[str, set[str]] = {}  # body → documents
        # the reduced corpus
        self.launchers: dict[str, Counter[str]] = {}
        self.owners: dict[str, Counter[str]] = {}
        self.launched: dict[str, tuple[str, set[str], str | None]] = {}
        self.documents: dict[str, DocumentNode] = {}
        self.conflicts: dict[str, tuple[Conflict, ...]] = {}
        self.bodies: dict[str, BodyNode] = {}
        self.campaigns: dict[str, ConceptNode] = {}
        self.themes: dict[str, ConceptNode] = {}
        self.persons: dict[str, PersonNode] = {}

    # ---- the two entry points ------------------------------------------------------------------------------------

    def fresh(self, records: Iterable[SourceRecord]) -> ResolvedCorpus:
        """Resolve a whole corpus (the state is made as it goes): a change from the empty corpus."""
        self.__init__()  # type: ignore[misc]
        rc, _ = self.apply(records, (), _no_load)
        return rc

    def apply(
        self,
        changed: Iterable[SourceRecord],
        removed: Iterable[str],
        load: Callable[[str], SourceRecord],
    ) -> tuple[ResolvedCorpus, Delta]:
        """The corpus with ``changed`` sources (new or changed) put in and ``removed`` paths taken out; ``load``
        gives the record of an unchanged source that must be re-resolved (a lookup it reads changed)."""
        records = {r.path: r for r in changed}
        gone = {p for p in removed if p in self.entries and p not in records}
        old_entries = {p: self.entries[p] for p in (*records, *gone) if p in self.entries}
        because: Counter[str] = Counter()
        for p in gone:
            at = bisect.bisect_left(self.order, (self.entries[p].order, p))
            del self.order[at], self.sources[at]
        for p in records:
            if p not in self.entries:
                at = bisect.bisect_left(self.order, (os.path.abspath(p), p))
                self.order.insert(at, (os.path.abspath(p), p))
                self.sources.insert(at, None)

        # 1. the cluster aliases, from the names the change brings and takes away
        again: dict[str, SourceRecord] = {}
        names_changed: set[str] = set()
        for p in (*records, *gone):
            old = old_entries[p].names if p in old_entries else frozenset()
            new = alias_names(records[p]) if p in records else frozenset()
            for n in old - new:
                users = self.alias_users[n]
                users.discard(p)
                if not users:
                    del self.alias_users[n]
                    names_changed.add(n)
            for n in new - old:
                if n not in self.alias_users:
                    names_changed.add(n)
                self.alias_users.setdefault(n, set()).add(p)
        relevant = {n for n in names_changed if is_alias_name(n)}
        if relevant:
            self.alias_relevant ^= {n for n in relevant if (n in self.alias_users) != (n in self.alias_relevant)}
            alias = cluster_aliases(sorted(self.alias_relevant))
            for n in alias.keys() | self.alias.keys():
                if alias.get(n) != self.alias.get(n):
                    for p in self.alias_users.get(n, ()):
                        if p not in records:
                            again[p] = load(p)
                            because["aliases"] += 1
            self.alias = alias

        # 2. pass 1 of every source the change re-resolves so far; the identities they state
        prepared = {p: _prepare_source(r, self.alias) for p, r in (*records.items(), *again.items())}
        counted: set[Undated] = set()
        for p in (*records, *again, *gone):
            old_dated = old_entries[p].dated if p in old_entries else self.entries[p].dated if p in again else ()
            new_dated = prepared[p].dated if p in prepared else ()
            if old_dated == new_dated:
                continue
            for undated, year, cited in old_dated:
                self.year_counts[undated][year] -= 1
                if cited:
                    self.cite_counts[undated] -= 1
                counted.add(undated)
            for undated, year, cited in new_dated:
                self.year_counts.setdefault(undated, Counter())[year] += 1
                if cited:
                    self.cite_counts[undated] += 1
                counted.add(undated)
        changed_undated, changed_groups = self._identities(counted)
        for u in changed_undated:
            for p in self.undated_users.get(u, ()):
                if p not in prepared and p not in gone:
                    again[p] = load(p)
                    prepared[p] = _prepare_source(again[p], self.alias)
                    because["identities"] += 1
        for g in changed_groups:
            for p in self.group_users.get(g, ()):
                if p not in prepared and p not in gone:
                    again[p] = load(p)
                    prepared[p] = _prepare_source(again[p], self.alias)
                    because["identities"] += 1

        # 3. the clusters, made again from their names' statistics when the change touches a campaign or theme name
        reclustered = False
        changed_clusters: dict[str, set[str]] = {"campaign": set(), "theme": set()}
        for kind in ("campaign", "theme"):
            made = self._recluster(kind, records, old_entries)
            if made is None:
                continue
            reclustered = True
            moved, changed_clusters[kind] = made
            users: dict[str, set[str]] = getattr(self, f"{kind}_users")
            for n in moved:
                for p in users.get(n, ()):
                    if p not in prepared and p not in gone:
                        again[p] = load(p)
                        prepared[p] = _prepare_source(again[p], self.alias)
                        because["clusters"] += 1

        # 4. pass 3 of every source re-resolved; each entity's facts swapped
        touched_bodies: set[str] = set()
        touched_docs: set[str] = set()
        touched_persons: set[str] = set()
        touched_launchers: set[str] = set()
        touched_owners: set[str] = set()
        touched_launched: set[str] = set()
        old_sources = {p: self.entries[p].resolved.source for p in (*prepared, *gone) if p in self.entries}
        identities = _Identities(self.dated, self.dated_anywhere, self.term_year)
        for p in (*prepared, *gone):
            old = old_entries.get(p) or self.entries.get(p)
            if p in prepared:
                new = self._entry(prepared[p], identities)
                self.entries[p] = new
                self.sources[bisect.bisect_left(self.order, (new.order, p))] = new.resolved.source
            else:
                new = None
                del self.entries[p]
            self._swap_entry(
                p,
                old,
                new,
                touched_bodies,
                touched_docs,
                touched_persons,
                touched_launchers,
                touched_owners,
                touched_launched,
            )

        # 5. each touched entity reduced again; pass 4 again when what it reads changed
        old = (dict(self.documents), dict(self.bodies), dict(self.campaigns), dict(self.themes), dict(self.persons))
        old_conflicts = dict(self.conflicts)
        states = {d: self._doc_state(d) for d in touched_docs}
        need_changed = False
        for d, n in states.items():
            want = (n.key, min(n.sources)) if n is not None and _needs_inference(n) else None
            if self.need.get(d) != want:
                need_changed = True
                if want is None:
                    del self.need[d]
                else:
                    self.need[d] = want
        keys_changed = self._reindex_bodies(touched_bodies)
        inferred_again = need_changed or keys_changed
        if inferred_again:
            for d in self._infer(touched_bodies):
                if d not in states:
                    states[d] = self._doc_state(d)
        for d, n in states.items():
            if n is None:
                self.documents.pop(d, None)
                self.conflicts.pop(d, None)
                continue
            self.documents[d], found = _document(d, n, self.inferred.get(d))
            if found:
                self.conflicts[d] = tuple(found)
            else:
                self.conflicts.pop(d, None)
        for b in touched_bodies:
            self._reduce_body(b)
        for k in touched_persons:
            self._reduce_person(k)
        self._reduce_concepts(
            touched_launchers | changed_clusters["campaign"],
            touched_owners | changed_clusters["theme"],
            touched_launched,
        )

        rc = self.corpus()
        again_paths = tuple(sorted(p for p in again if p not in records))
        delta = Delta(
            sources=tuple(
                sorted(p for p in prepared if old_sources.get(p) != self.entries[p].resolved.source)  # type: ignore[union-attr]
            ),
            removed_sources=tuple(sorted(gone)),
            documents=_entity_delta(old[0], self.documents, states),
            bodies=_entity_delta(old[1], self.bodies, touched_bodies),
            campaigns=_entity_delta(
                old[2], self.campaigns, touched_launchers | touched_launched | changed_clusters["campaign"]
            ),
            themes=_entity_delta(old[3], self.themes, touched_owners | changed_clusters["theme"]),
            persons=_entity_delta(old[4], self.persons, touched_persons),
            conflicts_changed=old_conflicts != self.conflicts,
            resolved_again=again_paths,
            because=dict(because),
            reclustered=reclustered,
            inferred_again=inferred_again,
        )
        return rc, delta

    def corpus(self) -> ResolvedCorpus:
        """The resolved corpus as the state holds it (new dicts: a later change does not alter them)."""
        return ResolvedCorpus(
            sources=tuple(self.sources),  # type: ignore[arg-type]
            documents=dict(self.documents),
            bodies=dict(self.bodies),
            campaigns=dict(self.campaigns),
            themes=dict(self.themes),
            persons=dict(self.persons),
            conflicts=tuple(c for d in sorted(self.conflicts) for c in self.conflicts[d]),
        )

    # ---- persistence ---------------------------------------------------------------------------------------------

    def save(self, path: str | Path) -> None:
        """Keep the state in ``path`` (a pickle, written beside and then moved over the old one), without the
        extractions."""
        entries = {
            p: replace(e, resolved=replace(e.resolved, source=_light(e.resolved.source)))
            for p, e in self.entries.items()
        }
        state = {name: getattr(self, name) for name in vars(self)} | {
            "entries": entries,
            "sources": [entries[p].resolved.source for _, p in self.order],
        }
        tmp = Path(f"{path}.tmp")
        with _no_gc(), tmp.open("wb") as f:
            pickle.dump((_FORMAT, state), f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)

    @classmethod
    def load(cls, path: str | Path) -> ResolutionState:
        """A state saved by :meth:`save` (``ValueError`` when saved in another layout)."""
        with _no_gc(), Path(path).open("rb") as f:
            version, state = pickle.load(f)
        if version != _FORMAT:
            raise ValueError(f"{path}: a resolution state of layout {version}, not {_FORMAT}")
        self = cls()
        for name, value in state.items():
            setattr(self, name, value)
        gc.freeze()  # (the state's objects live as long as the process: the collector need never walk them again)
        return self

    # ---- the pieces ----------------------------------------------------------------------------------------------

    def _identities(self, counted: set[Undated]) -> tuple[set[Undated], set[Group]]:
        """The identities' answers for the undated identities whose statements changed; those whose answer
        changed, and the groups (an unknown jurisdiction's number) whose answer changed."""
        changed_undated: set[Undated] = set()
        changed_groups: set[Group] = set()
        for u in counted:
            counts = self.year_counts.get(u, Counter())
            counts = Counter({y: n for y, n in counts.items() if n > 0})
            if counts:
                self.year_counts[u] = counts
            else:
                self.year_counts.pop(u, None)
            years = frozenset(counts)
            if years != self.dated.get(u, frozenset()):
                changed_undated.add(u)
                changed_groups.add(u[1:])
                if years:
                    self.dated[u] = years
                else:
                    del self.dated[u]
            terms = term_years(u, counts)
            if terms != self.terms.get(u, {}):
                changed_undated.add(u)
                for term in self.terms.get(u, {}):
                    del self.term_year[(u, term)]
                for term, year in terms.items():
                    self.term_year[(u, term)] = year
                if terms:
                    self.terms[u] = terms
                else:
                    del self.terms[u]
            g = u[1:]
            cited = self.cite_counts.get(u, 0) > 0
            if not cited:
                self.cite_counts.pop(u, None)
            members = self.group_members.get(g, set())
            if cited != (u in members):
                changed_groups.add(g)
                if cited:
                    self.group_members.setdefault(g, set()).add(u)
                else:
                    members.discard(u)
                if self.group_members.get(g):
                    self.dated_anywhere[g] = frozenset(self.group_members[g])
                else:
                    self.group_members.pop(g, None)
                    self.dated_anywhere.pop(g, None)
        return changed_undated, changed_groups

    def _recluster(
        self, kind: str, records: Mapping[str, SourceRecord], old_entries: Mapping[str, _Entry]
    ) -> tuple[set[str], set[str]] | None:
        """The campaign (or theme) clusters again, when the change names or stops naming some: each name's
        statistics updated, the grouping updated by the names that came and went, the clusters made from them.
        The names whose cluster's key changed, and the cluster keys whose cluster (or its sources) changed; None
        when the change touches no name."""
        users: dict[str, set[str]] = getattr(self, f"{kind}_users")
        stats: dict[str, NameStats] = getattr(self, f"{kind}_stats")

        def names_at(p: str) -> tuple[str, ...]:
            return _concept_names(records[p], kind) if p in records else getattr(self.entries[p], kind + "s")

        def order(p: str) -> str:
            return self.entries[p].order if p in self.entries else os.path.abspath(p)

        touched: set[str] = set()
        mentions: Counter[str] = Counter()  # the change in each name's mentions
        firsts: dict[str, Position] = {}  # the earliest position the change names each at
        seek: set[str] = set()  # names whose first position went
        for p in old_entries.keys() | records.keys():
            old_names = getattr(old_entries[p], kind + "s") if p in old_entries else ()
            new_names = names_at(p) if p in records else ()
            if old_names == new_names:
                continue
            touched.update(old_names, new_names)
            for j, n in enumerate(old_names):
                mentions[n] -= 1
                if n in stats and stats[n].first == (order(p), j):
                    seek.add(n)
            for j, n in enumerate(new_names):
                mentions[n] += 1
                at = (order(p), j)
                if n not in firsts or at < firsts[n]:
                    firsts[n] = at
            for n in set(old_names) - set(new_names):
                users[n].discard(p)
                if not users[n]:
                    del users[n]
            for n in set(new_names) - set(old_names):
                users.setdefault(n, set()).add(p)
        if not touched:
            return None
        came, went = [], []
        for n in touched:
            who = users.get(n)
            if not who:
                if stats.pop(n, None) is not None:
                    went.append(n)
                continue
            was = stats.get(n)
            if was is None:
                came.append(n)
            if n in seek or was is None:  # the first position sought again among the sources naming it
                first = min((order(q), names_at(q).index(n)) for q in who)
            else:
                first = min(was.first, firsts[n]) if n in firsts else was.first
            stats[n] = NameStats((was.mentions if was else 0) + mentions[n], len(who), first)
        made: CampaignClusters | ThemeClusters = getattr(self, f"{kind}_made")
        made.update(came, went)
        by_names: dict[tuple[str, ...], tuple[Grouped, tuple[str, ...]]] = {}
        for g, names in made.clusters(stats):
            prev = getattr(self, f"{kind}_by_names").get(names)
            if prev is not None and prev[0] == g and touched.isdisjoint(names):
                by_names[names] = prev
            else:
                by_names[names] = (g, tuple(sorted(set().union(*(users[n] for n in names)))))
        key_of = {n: g.key for names, (g, _) in by_names.items() for n in names}
        old_key: dict[str, str] = getattr(self, f"{kind}_key")
        moved = {n for n in key_of.keys() | old_key.keys() if key_of.get(n) != old_key.get(n)}
        clusters = {
            g.key: (Cluster(g.key, g.label, g.variants, (), g.localizes), sources) for g, sources in by_names.values()
        }
        old_clusters: dict[str, tuple[Cluster, tuple[str, ...]]] = getattr(self, f"{kind}_clusters")
        changed = {k for k in clusters.keys() | old_clusters.keys() if clusters.get(k) != old_clusters.get(k)}
        setattr(self, f"{kind}_key", key_of)
        setattr(self, f"{kind}_by_names", by_names)
        setattr(self, f"{kind}_clusters", clusters)
        return moved, changed

    def _entry(self, p: _Prepared, identities: _Identities) -> _Entry:
        rec = p.record
        campaigns = _concept_names(rec, "campaign")
        themes = _concept_names(rec, "theme")
        resolved = _resolve_source(
            p,
            identities,
            [self.campaign_key[n] for n in campaigns],
            [self.theme_key[n] for n in themes],
            self.alias,
        )
        return _Entry(
            os.path.abspath(rec.path), frozenset(alias_names(rec)), campaigns, themes, p.bodies, p.dated, resolved
        )

    def _swap_entry(
        self,
        path: str,
        old: _Entry | None,
        new: _Entry | None,
        bodies: set[str],
        docs: set[str],
        persons: set[str],
        launchers: set[str],
        owners: set[str],
        launched: set[str],
    ) -> None:
        """Replace the facts ``path`` states (old entry → new) in every entity's facts, and in the reverse indexes
        of what its settling read."""

        o, n = (old.resolved if old else None), (new.resolved if new else None)
        order = (new or old).order  # type: ignore[union-attr]
        for k, before, after in _changed(_body_facts(old), _body_facts(new)):
            bodies.add(k)
            self._tally_body(k, order, before, after)
        for k, before, after in _changed(
            _grouped((f.doc, f) for f in o.docs) if o else {}, _grouped((f.doc, f) for f in n.docs) if n else {}
        ):
            docs.add(k)
            self._tally_doc(k, order, before, after)
        _swap(
            self.person_facts,
            path,
            {o.person.key: o.person} if o and o.person else {},
            {n.person.key: n.person} if n and n.person else {},
            persons,
        )
        _swap(
            self.launcher_facts,
            path,
            _grouped(o.launchers) if o else {},
            _grouped(n.launchers) if n else {},
            launchers,
            lambda k, before, after: self._tally(self.launcher_tallies, self.launcher_facts, k, order, before, after),
        )
        _swap(
            self.owner_facts,
            path,
            _grouped(o.owners) if o else {},
            _grouped(n.owners) if n else {},
            owners,
            lambda k, before, after: self._tally(self.owner_tallies, self.owner_facts, k, order, before, after),
        )
        _swap(
            self.launched_facts,
            path,
            {o.launched[0]: o.launched[1:]} if o and o.launched else {},
            {n.launched[0]: n.launched[1:]} if n and n.launched else {},
            launched,
        )
        for index, before, after in (
            (self.undated_users, o.undated if o else frozenset(), n.undated if n else frozenset()),
            (self.group_users, o.groups if o else frozenset(), n.groups if n else frozenset()),
        ):
            for k in before - after:
                users = index[k]  # type: ignore[index]
                users.discard(path)
                if not users:
                    del index[k]  # type: ignore[arg-type]
            for k in after - before:
                index.setdefault(k, set()).add(path)  # type: ignore[arg-type]

    def _sorted(self, per_source: Mapping[str, _V]) -> list[_V]:
        """Each source's contribution, in corpus order."""
        return [per_source[p] for p in sorted(per_source, key=lambda p: self.entries[p].order)]

    def _doc_state(self, doc: str) -> _DocState | None:
        tally = self.doc_tallies.get(doc)
        return tally.state() if tally is not None else None

    def _tally_doc(
        self, doc: str, order: str, before: tuple[_DocFact, ...] | None, after: tuple[_DocFact, ...] | None
    ) -> None:
        """One source's facts of a document replaced in its tally (the source's entry already replaced)."""
        tally = self.doc_tallies.get(doc) or self.doc_tallies.setdefault(doc, _DocTally())
        again: set[tuple[str, str] | None] = set()
        for i, fact in enumerate(before or ()):
            tally.remove((order, i), fact, again)
        for i, fact in enumerate(after or ()):
            tally.add((order, i), fact)
        if not tally.sources.counts:
            del self.doc_tallies[doc]
        elif again:
            tally.seek(
                again,
                (
                    ((self.entries[p].order, i), fact)
                    for p in tally.sources.sorted
                    if p in self.entries
                    for i, fact in enumerate(f for f in self.entries[p].resolved.docs if f.doc == doc)
                ),
            )

    def _tally_body(
        self, body: str, order: str, before: BodyContribution | None, after: BodyContribution | None
    ) -> None:
        """One source's facts of a body replaced in its tally (the source's entry already replaced)."""
        tally = self.body_tallies.get(body) or self.body_tallies.setdefault(body, _BodyTally())
        again: set[str | None] = set()
        for at, fact in _BodyTally.positioned(order, before or ((), ())):
            tally.remove(at, fact, again)
        for at, fact in _BodyTally.positioned(order, after or ((), ())):
            tally.add(at, fact)
        self._sought(body, tally, again)

    def _sought(self, body: str, tally: _BodyTally, again: set[str | None]) -> None:
        if not tally.sources.counts:
            del self.body_tallies[body]
        elif again:
            facts = (
                (at, fact)
                for p in tally.sources.sorted
                if p in self.entries
                for at, fact in _BodyTally.positioned(
                    self.entries[p].order, _body_facts(self.entries[p]).get(body, ((), ()))
                )
            )
            defaults = (((4, d, 0), self.default_facts[d]) for d in self.default_users.get(body, ()))
            tally.seek(again, itertools.chain(facts, defaults))

    def _reindex_bodies(self, touched: set[str]) -> bool:
        """The bodies found by initials (those some source names) kept up to date; whether their set changed."""
        changed = False
        for b in touched:
            at = _initials_of(b)
            present = b in self.body_tallies and self.body_tallies[b].stated > 0
            if present != (b in self.by_code.get(at, ())):
                changed = True
                if present:
                    self.by_code.setdefault(at, set()).add(b)
                else:
                    self.by_code[at].discard(b)
                    if not self.by_code[at]:
                        del self.by_code[at]
        return changed

    def _infer(self, touched_bodies: set[str]) -> set[str]:
        """Pass 4's inference again over every document that needs it, in key order; the documents whose inferred
        issuer changed (the bodies whose inferred facts changed are added to ``touched_bodies``)."""
        inference = _Inference(self.by_code)
        inferred = {d: inference.issuer(d, key, first) for d, (key, first) in sorted(self.need.items())}
        changed = {d for d in inferred.keys() | self.inferred.keys() if inferred.get(d) != self.inferred.get(d)}
        moved = [
            (d, self.default_facts.get(d), inference.facts.get(d))
            for d in self.default_facts.keys() | inference.facts.keys()
            if self.default_facts.get(d) != inference.facts.get(d)
        ]
        for d, before, after in moved:
            if before is not None:
                self.default_users[before.key].discard(d)
                if not self.default_users[before.key]:
                    del self.default_users[before.key]
            if after is not None:
                self.default_users.setdefault(after.key, set()).add(d)
        self.inferred = {d: v for d, v in inferred.items() if v is not None}
        self.default_facts = inference.facts
        for d, before, after in moved:  # the central bodies' tallies, their facts (in document order) replaced
            if before is not None:
                touched_bodies.add(before.key)
                tally = self.body_tallies[before.key]
                again: set[str | None] = set()
                tally.remove((4, d, 0), before, again)
                self._sought(before.key, tally, again)
            if after is not None:
                touched_bodies.add(after.key)
                self.body_tallies.setdefault(after.key, _BodyTally()).add((4, d, 0), after)
        return changed

    def _reduce_body(self, key: str) -> None:
        tally = self.body_tallies.get(key)
        if tally is None:
            self.bodies.pop(key, None)
        else:
            self.bodies[key] = tally.node(key)

    def _reduce_person(self, key: str) -> None:
        node = None
        for fact in self._sorted(self.person_facts.get(key, {})):
            node = _person(node, fact)
        if node is None:
            self.persons.pop(key, None)
        else:
            self.persons[key] = node

    def _tally(
        self,
        tallies: dict[str, _Firsts],
        facts: Mapping[str, Mapping[str, tuple[str, ...]]],
        key: str,
        order: str,
        before: tuple[str, ...] | None,
        after: tuple[str, ...] | None,
    ) -> None:
        """One source's launchers (or owners) of a cluster replaced in its tally (the facts already replaced): the
        Counter a replay in corpus order makes, sought again among the sources left when a first one goes."""
        tally = tallies.get(key) or tallies.setdefault(key, _Firsts())
        seek = {b for i, b in enumerate(before or ()) if tally.remove(b, (order, i))}
        for i, b in enumerate(after or ()):
            tally.add(b, (order, i))
        if not tally.counts:
            del tallies[key]
            return
        for b in seek:
            if b in tally.counts:
                tally.first[b] = min(
                    (self.entries[p].order, i) for p, bs in facts[key].items() for i, x in enumerate(bs) if x == b
                )

    def _reduce_concepts(self, campaigns: set[str], themes: set[str], launched: set[str]) -> None:
        """The campaign and theme nodes whose cluster, launchers, owners or launches changed, made again."""
        for store, tallies in ((self.launchers, self.launcher_tallies), (self.owners, self.owner_tallies)):
            for k in campaigns if store is self.launchers else themes:
                tally = tallies.get(k)
                if tally is None:
                    store.pop(k, None)
                else:
                    store[k] = tally.counter()
        for k in launched:
            per_source = self.launched_facts.get(k)
            if not per_source:
                self.launched.pop(k, None)
                continue
            paths = sorted(per_source, key=lambda p: self.entries[p].order)
            label, issuer = per_source[paths[0]]
            self.launched[k] = (label, set(paths), issuer)
        for k in campaigns | launched:
            if k in self.campaign_clusters:
                self.campaigns[k] = _campaign_nodes([self.campaign_clusters[k]], self.launchers, ())[k]
            elif k in self.launched:
                self.campaigns[k] = _campaign_nodes((), {}, [(k, self.launched[k])])[k]
            else:
                self.campaigns.pop(k, None)
        for k in themes:
            if k in self.theme_clusters:
                self.themes[k] = _theme_nodes([self.theme_clusters[k]], self.owners)[k]
            else:
                self.themes.pop(k, None)


def _concept_names(record: SourceRecord, kind: str) -> tuple[str, ...]:
    """The campaign names (or theme texts) a source mentions, in order: what the clusters are made from."""
    if kind == "campaign":
        return tuple(c.name for c in record.doc.campaigns)
    return tuple(t.text for t in record.doc.themes)


@contextmanager
def _no_gc() -> Iterator[None]:
    """The cyclic collector paused while millions of acyclic objects are made (a state loads about 4x faster)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _no_load(path: str) -> SourceRecord:
    raise KeyError(f"{path}: not in the corpus being resolved")
