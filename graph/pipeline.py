"""The build job: files → extraction (all cores) → corpus-wide resolution → named graphs in a store.

Re-building an unchanged file changes nothing; a changed file replaces its graph in one transaction;
a file that fails leaves what the store held for it untouched.  Sources already in the store take
part in the resolution (their extraction is kept in their graph), so a new document can join an
existing directive, campaign or theme.
"""

from __future__ import annotations

import functools
import hashlib
import json
import multiprocessing
import os
import pickle
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from . import ocr
from .api import Failure, extract_one
from .build import (
    CLOSURE_GRAPH,
    ONTOLOGY_GRAPH,
    RESOLUTION_GRAPH,
    corpus_graphs,
    corpus_index,
    graph_iri,
    ontology_digest,
    ontology_payload,
    source_made_from,
    source_payload,
)
from .cache import ExtractionCache, local_folder
from .fingerprint import builder_version, extractor_version
from .index import index_path, save_index
from .load import scan_paths
from .models import ExtractedDocument, GraphPayload, ResolvedCorpus, SourceRecord, document_from_json
from .resolve import resolve_corpus
from .resolve.incremental import ResolutionState
from .store import Store
from .workers import worker_pool

Progress = Callable[[str, int, int], None]  # (stage, done, total)


@dataclass
class BuildReport:
    files: int = 0
    extracted: int = 0
    unchanged: int = 0
    written_graphs: int = 0
    kept_graphs: int = 0
    failures: list[Failure] = field(default_factory=list)
    documents: int = 0
    cited_only: int = 0
    bodies: int = 0
    campaigns: int = 0
    themes: int = 0
    conflicts: int = 0
    triples: int = 0
    incomplete_dropped: int = 0  # graphs an interrupted build left without their hash, removed first
    launches: int = 0
    no_province: list[str] = field(default_factory=list)  # sources whose province neither text nor batch gave
    skipped: Counter[str] = field(default_factory=Counter)  # files left out of the folders, by kind
    from_cache: int = 0  # files whose bytes this extractor had read before (the extraction cache)
    cache: str | None = None  # where the extraction cache is
    cache_set_aside: str | None = None  # a damaged cache file moved aside (the files were extracted again)
    removed: list[str] = field(default_factory=list)  # files taken out (thidua remove)
    not_stored: list[str] = field(default_factory=list)  # paths given to remove that the store does not hold
    missing: list[str] = field(default_factory=list)  # stored files gone from a folder being built (kept)
    resolved: str = "none"  # "fresh": the whole corpus resolved; "incremental": the change, from the state kept


def _sha256(path: str) -> str | None:
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        return None


def ontology_files() -> list[Path]:
    """The schema and vocabularies shipped in ``ontology/`` (found from a checkout or an installed wheel)."""
    from .resources import ontology_dir

    folder = ontology_dir()
    return [folder / name for name in ("thidua.ttl", "vocab.ttl") if (folder / name).exists()]


def build(
    paths: Iterable[str | Path],
    store: Store,
    *,
    province: str | None = None,
    workers: int | None = None,
    progress: Progress | None = None,
) -> BuildReport:
    with store.building():  # one build at a time; readers know while it is unfinished
        return _build(paths, store, province=province, workers=workers, progress=progress)


def remove(paths: Iterable[str | Path], store: Store, *, progress: Progress | None = None) -> BuildReport:
    """Take files out of the store (one ingested by mistake, a withdrawn document): their graphs go, and the
    corpus is resolved again without them, so that what rested only on them (a directive only they cited, a
    campaign only they named) goes too.  A folder takes every stored file under it.  The report's
    ``removed`` lists what went, ``not_stored`` the paths that matched nothing."""
    with store.building():
        return _build([], store, province=None, workers=1, progress=progress, removing=list(paths))


def _build(
    paths: Iterable[str | Path],
    store: Store,
    *,
    province: str | None,
    workers: int | None,
    progress: Progress | None,
    removing: list[str | Path] | None = None,
) -> BuildReport:
    report = BuildReport()
    report.incomplete_dropped = len(store.drop_incomplete_graphs())
    given = list(paths)
    found, report.skipped = scan_paths(given)
    files = [os.path.abspath(p) for p in found]
    report.files = len(files)
    rows = store.stored_sources()
    rows_before = rows
    if removing is not None:
        rows = _remove_sources(store, rows, [os.path.abspath(p) for p in removing], report)
    else:
        report.missing = _missing(rows, given, files)
    cache = ExtractionCache.of(store)
    report.cache = str(cache.path) if cache.path else None
    report.cache_set_aside = str(cache.set_aside) if cache.set_aside else None
    sha_of = functools.cache(_sha256)  # each file read once a build, whether the store is as left or not
    as_left = removing is None and not report.incomplete_dropped
    if as_left and _as_left(files, rows, province, cache, store, report, sha_of):
        cache.close()
        return report  # nothing new: the store is what this build would make
    try:
        existing = store.graph_hashes()  # the content hash of each graph the store holds
        state = _kept_state(store, cache, rows_before, existing)  # (read before the build state below is forgotten)
        cache.put_build_state(None)  # the store is about to change: what the last build left is no longer known
        records, to_extract, batch = _plan(files, rows, cache, province, report, sha_of, state is None)
        fresh: list[ExtractedDocument] = []

        def keep(path: str, outcome: ExtractedDocument | Failure) -> None:
            """Each extraction as it comes: kept in the cache by batches while the workers go on (a build stopped
            later extracts none of those again), before any graph is written."""
            if isinstance(outcome, ExtractedDocument):
                records[path] = SourceRecord(path, outcome.sha256, batch[path], outcome)
                fresh.append(outcome)
                report.extracted += 1
                if len(fresh) >= _CACHE_BATCH:
                    cache.put(fresh)
                    fresh.clear()
            else:
                report.failures.append(outcome)

        _extract_all(to_extract, workers, progress, keep)
        cache.put(fresh)
        rc, state, touched = _resolve(store, state, records, rows_before, rows, cache, report)
        digests = _write_graphs(rc, store, existing, cache, report, progress, touched)
        _load_ontology(store, existing)
        if progress:
            progress("optimize", 0, 1)
        store.optimize()
        if progress:
            progress("optimize", 1, 1)
        report.documents = sum(1 for d in rc.documents.values() if d.in_corpus)
        report.cited_only = sum(1 for d in rc.documents.values() if not d.in_corpus)
        report.bodies, report.campaigns, report.themes = len(rc.bodies), len(rc.campaigns), len(rc.themes)
        report.conflicts = len(rc.conflicts)
        report.launches = sum(1 for s in rc.sources if s.is_launch)
        report.no_province = sorted(s.record.path for s in rc.sources if s.jurisdiction_source == "unknown")
        corpus = _corpus_state(
            (s.record.path, s.record.sha256, s.record.province, s.record.doc.extractor_version) for s in rc.sources
        )
        kept = _keep_state(store, state, corpus)
        cache.put_build_state(  # what this build left the store as: the next one with nothing new stops there, the
            {  # next one with a change resolves it from the state kept beside the store
                "corpus": corpus,
                "resolution": digests[RESOLUTION_GRAPH],
                "closure": digests[CLOSURE_GRAPH],
                "figures": {name: getattr(report, name) for name in _FIGURES},
                "state": kept,
            }
        )
    finally:
        cache.close()
    return report


# what a build reports of the store it leaves (remembered, so that a build with nothing new reports it too)
_FIGURES = (
    "documents",
    "cited_only",
    "bodies",
    "campaigns",
    "themes",
    "conflicts",
    "launches",
    "no_province",
    "triples",
)


STATE_FILE = "resolution.pickle"  # beside the store (graph.cache.local_folder): the corpus-wide resolution state
_INCREMENTAL_UPTO = 0.2  # share of the corpus changed from which a build resolves it afresh instead


def _state_file(store: Store) -> Path | None:
    folder = local_folder(store)
    return folder / STATE_FILE if folder is not None else None


def _kept_state(store: Store, cache: ExtractionCache, rows: list[dict], held: dict[str, str]) -> ResolutionState | None:
    """The resolution state the last build left beside the store, if it is of the store as it is now: the build state
    says it kept one, the stored sources are those it was made from (by this build code: the digest both hold), and
    the store still holds the corpus-wide graphs that build wrote.  None otherwise (the build resolves the whole
    corpus and keeps a new state)."""
    target = _state_file(store)
    built = cache.build_state()
    if target is None or not built or not rows or not built.get("state"):
        return None
    if built.get("corpus") != _corpus_state((r["path"], r["sha"], r["province"], r["version"]) for r in rows):
        return None
    if held.get(RESOLUTION_GRAPH) != built.get("resolution") or held.get(CLOSURE_GRAPH) != built.get("closure"):
        return None  # (another build changed the store since: its state is not this one)
    try:
        state = ResolutionState.load(target)
    except (OSError, ValueError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, TypeError):
        return None  # (a state of other code or damaged: resolved afresh, and kept again)
    return state if state.stamp == built["corpus"] else None


def _keep_state(store: Store, state: ResolutionState | None, corpus: str) -> bool:
    """Save the state beside the store, with the digest of the stored sources it resolves; whether it was kept."""
    target = _state_file(store)
    if target is None or state is None:
        return False
    target.parent.mkdir(parents=True, exist_ok=True)
    state.stamp = corpus
    state.save(target)
    return True


def _stored_extraction(cache: ExtractionCache, path: str, row: dict) -> ExtractedDocument | None:
    """What a stored source's extraction was: from the cache (made by the extractor the store names, else by any);
    a store built before the cache kept it in its graph."""
    doc = cache.get(row["sha"], row["version"], path) if row["version"] else None
    if doc is None and row.get("extraction"):  # a store built before the cache: the extraction in its graph
        doc = document_from_json(json.loads(row["extraction"]))
    return doc if doc is not None else cache.any_version(row["sha"], path)


class _NotInCache(Exception):
    """A stored source the incremental resolution must read again has no extraction left to read it from."""


def _resolve(
    store: Store,
    state: ResolutionState | None,
    records: dict[str, SourceRecord],
    rows_before: list[dict],
    rows: list[dict],
    cache: ExtractionCache,
    report: BuildReport,
) -> tuple[ResolvedCorpus, ResolutionState | None, set[str] | None]:
    """The corpus resolved, the state to keep, and the sources whose resolution may have changed (None: any).

    With a state of the store as it was (:func:`_kept_state`), ``records`` holds only the new and changed sources:
    they are put in, the removed ones taken out, and only the sources a corpus-wide answer they read changed are read
    again from the cache (graph/resolve/incremental.py: the same result as a fresh resolution).  Else ``records``
    holds every source and the corpus is resolved afresh (keeping a new state when the store has a folder)."""
    if state is not None:
        stored = {r["path"]: r for r in rows}
        removed = sorted({r["path"] for r in rows_before} - stored.keys())
        if len(records) + len(removed) <= max(1, len(rows_before)) * _INCREMENTAL_UPTO:

            def load(path: str) -> SourceRecord:
                row = stored[path]
                doc = _stored_extraction(cache, path, row)
                if doc is None:
                    raise _NotInCache(path)
                return SourceRecord(path, row["sha"], row["province"], doc)

            try:
                rc, delta = state.apply(records.values(), removed, load)
            except _NotInCache:
                pass
            else:
                report.resolved = "incremental"
                return rc, state, {*delta.sources, *delta.removed_sources}
        for path, row in stored.items():  # resolved afresh after all: every stored source's extraction
            if path not in records and (doc := _stored_extraction(cache, path, row)) is not None:
                records[path] = SourceRecord(path, row["sha"], row["province"], doc)
    report.resolved = "fresh"
    if _state_file(store) is None:
        return resolve_corpus(records.values()), None, None
    state = ResolutionState()
    return state.fresh(records.values()), state, None


def _corpus_state(sources: Iterable[tuple[str, str, str | None, str | None]]) -> str:
    """A digest of what a store is built from: each source's path, bytes, batch province and extractor, and the
    code of the build (:func:`graph.fingerprint.builder_version`)."""
    h = hashlib.sha256(builder_version().encode())
    for path, sha, province, version in sorted((p, s, pr or "", v or "") for p, s, pr, v in sources):
        h.update(f"{path}\x1f{sha}\x1f{province}\x1f{version}\x1e".encode())
    return h.hexdigest()


def _as_left(
    files: list[str],
    rows: list[dict],
    province: str | None,
    cache: ExtractionCache,
    store: Store,
    report: BuildReport,
    sha_of: Callable[[str], str | None] = _sha256,
) -> bool:
    """Is the store what a build of ``files`` would make, as the last build left it?  Every file is stored with
    the same bytes, province and extractor, the stored sources are those the last build resolved with the same
    code, and the store still holds the corpus-wide graphs it wrote.  Then the report is that build's figures."""
    state = cache.build_state()
    if not state or not rows:
        return False
    version = extractor_version()
    stored = {row["path"]: row for row in rows}
    for path in files:
        row = stored.get(path)
        if row is None or row["version"] != version or (province and province != (row["province"] or None)):
            return False
    if state.get("corpus") != _corpus_state((r["path"], r["sha"], r["province"], r["version"]) for r in rows):
        return False
    existing = store.graph_hashes()
    shipped = ontology_files()
    if (
        existing.get(RESOLUTION_GRAPH) != state.get("resolution")
        or existing.get(CLOSURE_GRAPH) != state.get("closure")
        or (shipped and existing.get(ONTOLOGY_GRAPH) != ontology_digest(shipped))
    ):
        return False
    if any(sha_of(path) != stored[path]["sha"] for path in files):  # (the bytes last: the slowest check)
        return False
    for name, value in (state.get("figures") or {}).items():
        if name in _FIGURES:
            setattr(report, name, value)
    report.unchanged = len(files)
    report.kept_graphs = len(rows) + 2  # (every source graph, the resolution and the closure, as a build counts)
    return True


def _write_graphs(
    rc: ResolvedCorpus,
    store: Store,
    existing: dict[str, str],
    cache: ExtractionCache,
    report: BuildReport,
    progress: Progress | None,
    touched: set[str] | None = None,
) -> dict[str, str]:
    """Write the graphs of the resolved corpus that the store does not hold as they are (``existing``: the
    content hash of each graph it holds), then the citation index beside it.  A source graph made before
    from what its source resolves to now, and held by the store with that hash, is kept without being made
    again (the cache beside the store remembers what each was made from); the others are made, compared by
    hash and written when changed.  ``touched``: the only sources whose resolution may have changed (an incremental
    resolution's); the graph of any other, held with the hash it was made with, is kept without making its digest
    again."""
    made_before = cache.source_graphs()
    total = len(rc.sources) + 2  # sources, resolution, closure: generated one at a time, never all in memory
    index = corpus_index(rc)
    digests: dict[str, str] = {}
    made: list[tuple[str, str, str, int]] = []  # (graph, made from, digest, triples) of the graphs made now

    def payloads() -> Iterator[GraphPayload]:
        for src in rc.sources:
            name = graph_iri(src.graph_id)
            before = made_before.get(name)
            if touched is not None and src.record.path not in touched and before and existing.get(name) == before[1]:
                digests[name] = before[1]  # (resolved as before, by the same code: the graph made then)
                report.triples += before[2]
                report.kept_graphs += 1
                continue
            made_from = source_made_from(src)
            if before is not None and before[0] == made_from and existing.get(name) == before[1]:
                digests[name] = before[1]
                report.triples += before[2]
                report.kept_graphs += 1
                continue
            payload = source_payload(src)
            made.append((name, made_from, payload.digest, len(payload)))
            yield payload
        yield from corpus_graphs(rc, index)

    graphs = payloads()
    replaced: list[GraphPayload] = []  # graphs the store holds in another version
    finished = False

    def new_graphs() -> Iterator[GraphPayload]:
        """The graphs the store does not hold, for it to write as they come; stops early when enough
        changed graphs wait to be replaced (they are replaced between two streams, never during one)."""
        nonlocal finished
        waiting = 0
        for payload in graphs:
            digests[payload.name] = payload.digest
            report.triples += len(payload)
            if existing.get(payload.name) == payload.digest:
                report.kept_graphs += 1
            elif payload.name in existing:
                replaced.append(payload)
                report.written_graphs += 1
                waiting += len(payload)
            else:
                report.written_graphs += 1
                yield payload
            done = report.kept_graphs + report.written_graphs
            if progress and (done % 64 == 0 or done == total):
                progress("store", done, total)
            if waiting >= store.write_batch:
                return
        finished = True

    # one graph at a time, in this process, as the store reads them (making graphs in worker processes
    # was slower at 100,000 documents: pickling them costs more than it saves)
    while not finished:
        store.write_new_graphs(new_graphs())
        for payload in replaced:
            store.replace_graph(payload)
        replaced.clear()
        cache.put_source_graphs(made)  # once written: a graph remembered is one the store holds
        made.clear()
    if progress:
        progress("store", total, total)
    target = index_path(store)
    if target is not None:  # the citation index beside the store, stamped with what it was built from
        target.parent.mkdir(parents=True, exist_ok=True)
        save_index(replace(index, stamp=(digests[RESOLUTION_GRAPH], digests[CLOSURE_GRAPH])), target)
    return digests


def _under(path: str, target: str) -> bool:
    return path == target or path.startswith(target.rstrip(os.sep) + os.sep)


def _remove_sources(store: Store, rows: list[dict], targets: list[str], report: BuildReport) -> list[dict]:
    """Drop the source graphs of the stored files that ``targets`` name (a file, or a folder above them);
    the stored sources that stay."""
    gone = [r for r in rows if any(_under(r["path"], t) for t in targets)]
    report.not_stored = [t for t in targets if not any(_under(r["path"], t) for r in gone)]
    report.removed = sorted(r["path"] for r in gone)
    for i in range(0, len(gone), 200):
        store.update(" ;\n".join(f"DROP SILENT GRAPH <{r['g']}>" for r in gone[i : i + 200]))
    dropped = {r["g"] for r in gone}
    return [r for r in rows if r["g"] not in dropped]


def _missing(rows: list[dict], given: list[str | Path], files: list[str]) -> list[str]:
    """Stored files under a folder being built that are no longer there (kept in the store, and reported:
    ``thidua remove`` takes them out)."""
    folders = [os.path.abspath(p) for p in given if os.path.isdir(p)]
    if not folders:
        return []
    present = set(files)
    return sorted(
        r["path"]
        for r in rows
        if r["path"] not in present and any(_under(r["path"], f) for f in folders) and not os.path.exists(r["path"])
    )


def _plan(
    files: list[str],
    rows: list[dict],
    cache: ExtractionCache,
    province: str | None,
    report: BuildReport,
    sha_of: Callable[[str], str | None] = _sha256,
    stored_records: bool = True,
) -> tuple[dict[str, SourceRecord], list[str], dict[str, str | None]]:
    """The stored sources with their extractions (from the cache; an older store kept them in its graphs),
    the files to extract, and the province each file is built with.  A file is built again when its
    bytes, its province or the extractor changed, and only then; bytes this extractor already read (the
    same file elsewhere, a build stopped before its graphs were written, another province) come from the
    cache instead of being extracted.  Without ``stored_records`` (a resolution state kept beside the store resolves
    the change), only the new and changed files' records: a stored file made by this extractor is current as stored."""
    version = extractor_version()
    stored = {row["path"]: row for row in rows}
    records: dict[str, SourceRecord] = {}
    current: set[str] = set()  # stored sources whose extraction this extractor made
    if not stored_records:
        current = {path for path, row in stored.items() if row["version"] == version}
    for path, row in stored.items() if stored_records else ():
        doc = _stored_extraction(cache, path, row)
        if doc is None:
            continue  # nothing left to resolve it from: extracted again below if its file is still there
        if doc.extractor_version == version:
            current.add(path)
        records[path] = SourceRecord(path, row["sha"], row["province"], doc)
    to_extract = []
    batch: dict[str, str | None] = {}
    use_cache = len(cache) > 0
    for path in files:  # only a file the store or the cache may know is hashed here (extraction hashes the rest)
        row = stored.get(path)
        # a rebuild without --province keeps the province a file was first built with
        batch[path] = province if province or not row else (row["province"] or None)
        same_province = row is not None and (row["province"] or None) == batch[path]
        sha = sha_of(path) if (row and path in current and same_province) or use_cache else None
        if row and path in current and same_province and sha == row["sha"]:
            report.unchanged += 1
            continue
        cached = cache.get(sha, version, path) if sha and use_cache else None
        if cached is not None:
            records[path] = SourceRecord(path, sha, batch[path], cached)  # type: ignore[arg-type]
            report.from_cache += 1
            continue
        to_extract.append(path)
    return records, to_extract, batch


def _load_ontology(store: Store, existing: dict[str, str]) -> None:
    """Keep the schema and code lists in their own graph, so that queries can use their labels.
    The graph is rewritten only when the shipped files change (their bytes are the content hash)."""
    files = ontology_files()
    if not files:
        return
    digest = ontology_digest(files)
    if existing.get(ONTOLOGY_GRAPH) != digest:
        store.replace_graph(ontology_payload(files, digest))


_CACHE_BATCH = 2000  # extractions kept in the cache in one transaction while the others are being made


def _extract_all(
    paths: list[str],
    workers: int | None,
    progress: Progress | None,
    keep: Callable[[str, ExtractedDocument | Failure], None],
) -> None:
    """Extract ``paths`` (on all cores), handing each outcome to ``keep`` with its path, in order."""
    if not paths:
        return
    workers = workers or os.cpu_count() or 1
    pages = _PageProgress(progress) if progress else None  # scans: a bar of the pages OCR has read
    if workers == 1 or len(paths) < 4:
        ocr.report_pages(pages.page if pages else None)
        try:
            for i, p in enumerate(paths):
                keep(p, extract_one(p))
                if progress:
                    progress("extract", i + 1, len(paths))
        finally:
            ocr.report_pages(None)
        return
    queue = multiprocessing.get_context("fork").SimpleQueue() if pages else None
    listener = threading.Thread(target=pages.listen, args=(queue,), daemon=True) if pages and queue else None
    if listener:
        listener.start()
    try:
        with worker_pool(workers, queue) as pool:
            chunk = max(1, min(64, len(paths) // (workers * 4)))
            for i, (path, outcome) in enumerate(zip(paths, pool.map(extract_one, paths, chunksize=chunk), strict=True)):
                keep(path, outcome)
                if progress:
                    progress("extract", i + 1, len(paths))
    finally:
        if queue is not None and listener is not None:
            queue.put(None)
            listener.join(timeout=5)


class _PageProgress:
    """The pages read by OCR across files (and worker processes), told to the build's progress as one bar."""

    def __init__(self, progress: Progress) -> None:
        self.progress = progress
        self.files: dict[str, tuple[int, int]] = {}

    def page(self, name: str, done: int, total: int) -> None:
        self.files[name] = (done, total)
        self.progress("ocr", sum(d for d, _t in self.files.values()), sum(t for _d, t in self.files.values()))

    def listen(self, queue: Any) -> None:
        while (event := queue.get()) is not None:
            self.page(*event)


__all__ = ["RESOLUTION_GRAPH", "BuildReport", "build", "remove"]
