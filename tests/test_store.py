"""Idempotence, replacement, failed files and crash safety of the embedded store."""

from __future__ import annotations

import itertools
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from helpers import thidua

from graph.iris import PREFIXES
from graph.models import GraphPayload
from graph.pipeline import build
from graph.store import OxigraphStore, StoreError

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))


def _copy_samples(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return [Path(shutil.copy(p, folder / p.name)) for p in SAMPLES]


def test_build_twice_changes_nothing(tmp_path: Path) -> None:
    docs = _copy_samples(tmp_path / "docs")
    store = OxigraphStore(tmp_path / "store")
    first = build(docs, store, province="Lạng Sơn", workers=1)
    count, hashes = store.count(), store.graph_hashes()
    second = build(docs, store, province="Lạng Sơn", workers=1)
    assert first.written_graphs == 7 and second.written_graphs == 0 and second.extracted == 0
    assert store.count() == count and store.graph_hashes() == hashes
    store.close()


def test_a_build_with_nothing_new_stops_once_it_knows(tmp_path: Path, monkeypatch) -> None:
    """Issue 15: files, province, extractor and build code as the last build left them, and the store still
    holding its corpus-wide graphs: nothing is resolved or written again, and the figures are that build's. A
    store another build changed since (its resolution graph's hash differs) is built as usual."""
    from graph.cache import ExtractionCache

    docs = _copy_samples(tmp_path / "docs")
    store = OxigraphStore(tmp_path / "store")
    first = build(docs, store, province="Lạng Sơn", workers=1)
    hashes = store.graph_hashes()

    def not_again(records):  # type: ignore[no-untyped-def]
        raise AssertionError("resolved again")

    with monkeypatch.context() as m:
        m.setattr("graph.pipeline.resolve_corpus", not_again)
        m.setattr("graph.pipeline.ResolutionState.fresh", not_again)
        m.setattr("graph.pipeline.ResolutionState.apply", not_again)
        second = build(docs, store, province="Lạng Sơn", workers=1)
    figures = ("documents", "cited_only", "bodies", "campaigns", "themes", "conflicts", "launches", "triples")
    assert [getattr(second, f) for f in figures] == [getattr(first, f) for f in figures]
    assert (second.unchanged, second.extracted, second.written_graphs, second.kept_graphs) == (5, 0, 0, 7)
    assert (first.resolved, second.resolved) == ("fresh", "none")
    assert store.graph_hashes() == hashes
    cache = ExtractionCache.of(store)
    cache.put_build_state({**(cache.build_state() or {}), "resolution": "another build's"})
    cache.close()
    third = build(docs, store, province="Lạng Sơn", workers=1)  # resolved afresh: the state kept is not trusted
    assert third.resolved == "fresh" and third.triples == first.triples and store.graph_hashes() == hashes
    with monkeypatch.context() as m:  # and the state that build left is known again
        m.setattr("graph.pipeline.resolve_corpus", not_again)
        m.setattr("graph.pipeline.ResolutionState.fresh", not_again)
        m.setattr("graph.pipeline.ResolutionState.apply", not_again)
        build(docs, store, province="Lạng Sơn", workers=1)
    store.close()


def test_the_fingerprints_are_computed_once_a_process() -> None:
    """Regression: the graph maker's fingerprint, asked once per source graph, walked the package's imports each
    time (56 ms each: a build of 1,000 documents took 62 s instead of 3)."""
    from graph import fingerprint

    for f in (fingerprint.extractor_version, fingerprint.graph_maker_version, fingerprint.builder_version):
        f()
        assert f.cache_info().currsize == 1  # type: ignore[attr-defined]


def test_an_edited_file_replaces_only_its_graph(tmp_path: Path) -> None:
    docs = _copy_samples(tmp_path / "docs")
    store = OxigraphStore(tmp_path / "store")
    build(docs, store, province="Lạng Sơn", workers=1)
    before = store.graph_hashes()
    edited = docs[3]
    edited.write_text(
        edited.read_text(encoding="utf-8") + "\nThực hiện Chỉ thị số 19/CT-TTg ngày 16/7/2021 "
        "của Thủ tướng Chính phủ.\n",
        encoding="utf-8",
    )
    report = build(docs, store, province="Lạng Sơn", workers=1)
    after = store.graph_hashes()
    changed = {g for g in after if before.get(g) != after[g]}
    assert report.extracted == 1
    assert changed == {
        _graph_of(store, edited),
        "https://w3id.org/thidua/graph/resolution",
        "https://w3id.org/thidua/graph/closure",
    }
    rows = store.select("""PREFIX td: <https://w3id.org/thidua/ontology#>
        SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?c a td:Citation ; td:symbolAsWritten "19/CT-TTg" } }""")
    assert rows[0]["n"] == 5  # the edited launch now cites it too
    store.close()


def _graph_of(store: OxigraphStore, path: Path) -> str:
    rows = store.select(
        """PREFIX td: <https://w3id.org/thidua/ontology#> PREFIX prov: <http://www.w3.org/ns/prov#>
        SELECT ?g WHERE { GRAPH ?g { ?s a td:SourceFile ; prov:atLocation ?path } }""",
        {"path": str(path)},
    )
    return rows[0]["g"]


def test_a_failed_file_leaves_its_graph_as_it_was(tmp_path: Path) -> None:
    docs = _copy_samples(tmp_path / "docs")
    store = OxigraphStore(tmp_path / "store")
    build(docs, store, province="Lạng Sơn", workers=1)
    before = store.graph_hashes()
    docs[0].write_bytes(b"\x00\x01\x02" * 1000)  # the file is now garbage
    report = build(docs, store, province="Lạng Sơn", workers=1)
    assert [f.path for f in report.failures] == [str(docs[0])]
    assert store.graph_hashes() == before
    store.close()


def _processes_naming(path: Path) -> list[int]:
    found = []
    for proc in Path("/proc").iterdir():
        try:
            if proc.name.isdigit() and str(path).encode() in (proc / "cmdline").read_bytes():
                found.append(int(proc.name))
        except OSError:
            continue
    return found


def test_kill_9_during_a_build_leaves_only_whole_documents(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    texts = [p.read_text(encoding="utf-8") for p in SAMPLES]

    def write(i: int) -> None:
        text = texts[i % len(texts)] + f"\nKế hoạch số {i + 1}/KH-UBND.\n"
        (docs / f"doc{i:04d}.txt").write_text(text, encoding="utf-8")

    for i in range(200):
        write(i)
    store_dir = tmp_path / "store"
    with OxigraphStore(store_dir) as store:  # a complete store first
        build([docs], store, province="Lạng Sơn", workers=2)
        stored = {
            g for g in store.graph_hashes() if "/graph/" in g and not g.endswith(("resolution", "closure", "ontology"))
        }
    assert len(stored) == 200
    for i in range(200, 600):  # then a build that adds 400 documents is killed while it writes them
        write(i)
    env = {**os.environ, "THIDUA_PROGRESS": "jsonl"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "graph.cli", "build", str(docs), "--store", str(store_dir), "--province", "Lạng Sơn"],
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    killed_at = None
    deadline = time.time() + 300
    assert proc.stderr is not None
    for line in proc.stderr:
        if time.time() > deadline:
            break
        try:
            event = json.loads(line)
        except ValueError:
            continue
        if event["stage"] == "store" and event["done"] >= 300:
            proc.send_signal(signal.SIGKILL)
            killed_at = event["done"]
            break
    proc.wait(timeout=60)
    assert killed_at is not None and proc.returncode == -signal.SIGKILL
    # regression: the build's worker processes do not outlive it (they used to wait forever)
    deadline = time.time() + 10
    while _processes_naming(store_dir) and time.time() < deadline:
        time.sleep(0.2)
    assert _processes_naming(store_dir) == []
    store = OxigraphStore(store_dir)  # it opens after a crash
    counts = store.graph_counts()
    hashed = store.graph_hashes()
    assert stored <= set(hashed)  # nothing already stored was lost
    for graph, (stated, actual) in counts.items():
        if graph in hashed:
            assert stated == actual, graph  # every graph that carries its hash is whole
    report = build([docs], store, province="Lạng Sơn", workers=2)  # the next build completes the store
    assert report.incomplete_dropped == len(set(counts) - set(hashed))  # after removing what was half written
    # (what the killed build had extracted comes from the extraction cache: never extracted twice)
    assert not report.failures and report.extracted + report.unchanged + report.from_cache == 600
    assert len(store.stored_sources()) == 600
    assert all(stated == actual for stated, actual in store.graph_counts().values())
    store.close()


def test_a_write_stopped_between_content_and_hashes_is_dropped_and_redone(tmp_path: Path, monkeypatch) -> None:
    """The bulk loader is not atomic: a graph is complete only once its hash is written, after its content."""
    import graph.store

    monkeypatch.setattr(graph.store, "BULK_FROM", 1)  # the five samples go through the bulk loader
    docs = _copy_samples(tmp_path / "docs")
    clean = OxigraphStore(tmp_path / "clean")
    build(docs, clean, province="Lạng Sơn", workers=1)
    store = OxigraphStore(tmp_path / "store")
    ox_store = store._store

    class Crash(Exception):
        pass

    class StopsAfterBulkLoad:  # the process dies once the content is on disk, before the hashes
        def __getattr__(self, name: str) -> object:
            return getattr(ox_store, name)

        def load(self, *args: object, **kwargs: object) -> None:
            raise Crash

    store._store = StopsAfterBulkLoad()
    with pytest.raises(Crash):  # the failure reaches the build
        build(docs, store, province="Lạng Sơn", workers=1)
    store._store = ox_store
    assert store.graph_hashes() == {} and len(store.graph_counts()) == 7  # content without hashes
    store.close()
    ox_store = None  # the database closes with its last reference
    with pytest.raises(StoreError, match="chưa xong"):  # readers are told, and never see half a document
        OxigraphStore(tmp_path / "store", read_only=True)
    for lang, words in (("vi", "chưa xong"), ("en", "has not finished")):  # in one line, in either language
        run = thidua("list", "documents", "--store", tmp_path / "store", code=2, lang=lang)
        assert words in run.stderr and "Traceback" not in run.stderr
    store = OxigraphStore(tmp_path / "store")
    report = build(docs, store, province="Lạng Sơn", workers=1)
    assert report.incomplete_dropped == 7 and report.written_graphs == 7
    assert store.graph_hashes() == clean.graph_hashes() and store.count() == clean.count()
    store.close()
    OxigraphStore(tmp_path / "store", read_only=True).close()  # whole again: it opens for reading
    clean.close()


def test_a_line_break_in_a_file_name_is_escaped(tmp_path: Path) -> None:
    """Regression: a literal with a line break was written in Turtle's long form, which N-Quads refuses,
    and the whole batch of graphs failed to load with a traceback."""
    docs = tmp_path / "docs"
    docs.mkdir()
    odd = docs / "Kế hoạch\nphát động.txt"
    shutil.copy(SAMPLES[0], odd)
    store = OxigraphStore(tmp_path / "store")
    report = build([docs], store, workers=1)
    assert report.written_graphs == 3 and not report.failures
    assert _graph_of(store, odd)
    store.close()


_LINES = [f'<https://example.org/s{i}> <https://example.org/p> "{i}" .' for i in range(1000)]


def _graphs_then_failure(n: int, reason: str):  # type: ignore[no-untyped-def]
    """``n`` graphs of 1,000 triples and a hash ``h0``, ``h1``…, then the producer fails."""
    for k in range(n):
        g = f"https://example.org/g{k}"
        yield GraphPayload(g, _LINES, (f'<{g}> <https://w3id.org/thidua/ontology#contentHash> "h{k}" .',), f"h{k}")
    raise RuntimeError(reason)


def test_a_failure_while_making_the_graphs_is_raised_as_it_was(tmp_path: Path, monkeypatch) -> None:
    """The bulk loader reads the graphs as they are made; an error there ends the stream and is raised
    unchanged, and what was streamed stays without hashes until the next build drops it."""
    import graph.store

    monkeypatch.setattr(graph.store, "BULK_FROM", 1)
    store = OxigraphStore(tmp_path / "store")
    with pytest.raises(RuntimeError, match="thứ tư"):
        store.write_new_graphs(_graphs_then_failure(3, "hỏng ở văn bản thứ tư"))
    assert store.graph_hashes() == {}
    assert set(store.drop_incomplete_graphs()) <= {f"https://example.org/g{n}" for n in range(3)}
    assert store.count() == 0
    monkeypatch.setattr(graph.store, "BULK_STREAM", 700)  # then the same graphs in loads smaller than one
    loads = []
    bulk_load = store._store.bulk_load

    class Counting:
        def __getattr__(self, name: str) -> object:
            return getattr(ox_store, name)

        def bulk_load(self, *args: object, **kwargs: object) -> None:
            loads.append(store.graph_hashes())  # what was complete when each load began
            bulk_load(*args, **kwargs)

    ox_store = store._store
    store._store = Counting()
    store.write_new_graphs(itertools.islice(_graphs_then_failure(3, "không đến đây"), 3))
    store._store = ox_store
    assert len(loads) == 5  # 3,000 quads in loads of 700: a graph's hash is written once all of it is in
    assert [sorted(h.values()) for h in loads] == [[], [], ["h0"], ["h0", "h1"], ["h0", "h1"]]
    assert sorted(store.graph_hashes().values()) == ["h0", "h1", "h2"] and store.count() == 3 * 1001
    store.close()


def test_a_graph_split_across_bulk_loads_is_whole_or_without_hash(tmp_path: Path, monkeypatch) -> None:
    """A failure after some loads: the graphs whose content was all in have their hash and are whole;
    the one cut in the middle has none, and is removed."""
    import graph.store

    monkeypatch.setattr(graph.store, "BULK_FROM", 1)
    monkeypatch.setattr(graph.store, "BULK_STREAM", 700)
    store = OxigraphStore(tmp_path / "store")
    with pytest.raises(RuntimeError):
        store.write_new_graphs(_graphs_then_failure(2, "hỏng"))
    assert store.graph_hashes() == {"https://example.org/g0": "h0"}  # g1 was cut after 400 of its quads
    assert store.drop_incomplete_graphs() == ["https://example.org/g1"]
    assert store.count() == 1001 and store.graph_counts()["https://example.org/g0"][1] == 1001
    store.close()


def test_the_store_is_compacted_after_bulk_loads_only(tmp_path: Path, monkeypatch) -> None:
    import graph.store

    store = OxigraphStore(tmp_path / "store")
    few = [f'<https://example.org/s{i}> <https://example.org/p> "{i}" .' for i in range(10)]
    store.write_new_graphs([GraphPayload("https://example.org/a", few, (), "a")])  # one transaction: nothing to compact
    assert store.optimize() is False
    monkeypatch.setattr(graph.store, "BULK_FROM", 1)
    store.write_new_graphs([GraphPayload("https://example.org/b", few, (), "b")])
    assert store.optimize() is True and store.optimize() is False and store.count() == 20
    store.close()


def test_the_files_handed_to_the_bulk_loader_never_stay_behind(tmp_path: Path, monkeypatch) -> None:
    """New graphs are spooled as N-Quads files in the store's folder and loaded by a writer thread: a
    load that fails (a full disk) reaches the caller, with no graph hashed; the files go in every case,
    and those a killed build left are removed by the next one."""
    import threading

    import graph.store

    monkeypatch.setattr(graph.store, "BULK_FROM", 1)
    monkeypatch.setattr(graph.store, "BULK_STREAM", 700)
    store = OxigraphStore(tmp_path / "store")
    spool = tmp_path / "store" / graph.store.SPOOL
    ox_store = store._store
    seen: list[list[str]] = []

    class DiskFull:
        def __getattr__(self, name: str) -> object:
            return getattr(ox_store, name)

        def bulk_load(self, *args: object, path: str, **kwargs: object) -> None:
            seen.append(sorted(p.name for p in spool.iterdir()))
            if len(seen) == 2:
                raise OSError(28, "No space left on device")
            ox_store.bulk_load(*args, path=path, **kwargs)

    store._store = DiskFull()
    with pytest.raises(OSError, match="No space left"):
        store.write_new_graphs(itertools.islice(_graphs_then_failure(3, "không đến đây"), 3))
    store._store = ox_store
    assert seen[0] and all(len(names) <= 3 for names in seen)  # one loading, at most one waiting, one being made
    assert store.graph_hashes() == {} and not spool.exists()
    assert not [t for t in threading.enumerate() if t.name == "thidua-bulk-load"]
    store.write_new_graphs(itertools.islice(_graphs_then_failure(3, "không đến đây"), 3))
    assert sorted(store.graph_hashes().values()) == ["h0", "h1", "h2"] and not spool.exists()
    spool.mkdir()  # as a build killed while loading leaves it
    (spool / "000003.nq").write_text("<https://example.org/s> <https://example.org/p> ", encoding="utf-8")
    assert store.drop_incomplete_graphs() == [] and not spool.exists()
    assert store.count() == 3 * 1001
    store.close()


def _fingerprint_of(package: Path) -> str:
    code = "from graph.fingerprint import extractor_version; print(extractor_version())"
    env = {**os.environ, "PYTHONPATH": str(package.parent)}
    return subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=package.parent, capture_output=True, text=True, check=True
    ).stdout.strip()


def test_the_extractor_fingerprint_follows_the_extraction_code_only(tmp_path: Path) -> None:
    """Issue 15: the version that decides re-extraction comes from the code, never from a number to bump.
    A pattern changed → another fingerprint; a module extraction does not run (the audit) → the same."""
    package = Path(shutil.copytree(ROOT / "graph", tmp_path / "graph", ignore=shutil.ignore_patterns("__pycache__")))
    before = _fingerprint_of(package)
    assert before == _fingerprint_of(package) and "+" in before
    (package / "audit.py").write_text((package / "audit.py").read_text() + "\n# a comment\n")
    assert _fingerprint_of(package) == before
    regexes = package / "extract" / "regexes.py"
    regexes.write_text(regexes.read_text().replace("Chỉ thị", "Chỉ  thị", 1))
    assert _fingerprint_of(package) != before


def test_a_changed_extractor_extracts_again_and_an_unchanged_one_never(tmp_path: Path, monkeypatch) -> None:
    docs = _copy_samples(tmp_path / "docs")
    store = OxigraphStore(tmp_path / "store")
    build(docs, store, province="Lạng Sơn", workers=1)
    assert build(docs, store, province="Lạng Sơn", workers=1).extracted == 0
    monkeypatch.setattr("graph.pipeline.extractor_version", lambda: "0.1.0+another")
    again = build(docs, store, province="Lạng Sơn", workers=1)
    assert again.extracted == len(docs) and again.unchanged == 0 and not again.failures
    store.close()


def test_extractions_live_in_the_cache_not_in_the_quad_store(tmp_path: Path) -> None:
    """Issue 15: the extraction JSON left the source graphs for a SQLite cache beside the store, keyed by the
    file's bytes and the extractor; the same bytes are never extracted twice by one extractor."""
    from graph.cache import ExtractionCache

    docs = _copy_samples(tmp_path / "docs")
    store = OxigraphStore(tmp_path / "store")
    first = build(docs, store, province="Lạng Sơn", workers=1)
    assert first.cache == str(tmp_path / "store" / "extractions.sqlite") and first.extracted == len(docs)
    assert store.select(PREFIXES + "SELECT ?s WHERE { GRAPH ?g { ?s td:extraction ?x } }") == []
    cache = ExtractionCache(tmp_path / "store" / "extractions.sqlite")
    assert len(cache) == len(docs)
    cache.close()
    copy = tmp_path / "elsewhere" / docs[0].name  # the same bytes at another path: read from the cache
    copy.parent.mkdir()
    shutil.copy(docs[0], copy)
    again = build([*docs, copy], store, province="Lạng Sơn", workers=1)
    assert again.extracted == 0 and again.from_cache == 1 and again.unchanged == len(docs)
    store.close()


def test_a_lost_cache_is_rebuilt_and_an_older_store_is_read(tmp_path: Path) -> None:
    """Losing the cache loses nothing stored: the next build extracts the files again and writes no graph;
    a store built before the cache (its extractions in its source graphs) is read as it is."""
    docs = _copy_samples(tmp_path / "docs")
    store = OxigraphStore(tmp_path / "store")
    build(docs, store, province="Lạng Sơn", workers=1)
    hashes = store.graph_hashes()
    (tmp_path / "store" / "extractions.sqlite").unlink()
    rebuilt = build(docs, store, province="Lạng Sơn", workers=1)
    assert rebuilt.extracted == len(docs) and rebuilt.written_graphs == 0 and store.graph_hashes() == hashes
    # an older store: the extraction kept in the source graph, no cache
    from graph.extract import extract_file

    row = next(r for r in store.stored_sources() if r["path"] == str(docs[0]))
    literal = json.dumps(json.dumps(extract_file(docs[0]).to_json(), ensure_ascii=False))
    store.update(
        PREFIXES + "INSERT { GRAPH ?g { ?s td:extraction " + literal + " } } WHERE "
        '{ GRAPH ?g { ?s a td:SourceFile ; td:sha256 "' + row["sha"] + '" } }'
    )
    (tmp_path / "store" / "extractions.sqlite").unlink()
    old = build(docs, store, province="Lạng Sơn", workers=1)
    assert old.unchanged == 1 and old.extracted == len(docs) - 1
    store.close()


@pytest.mark.parametrize("damage", [b"not a database at all\n" * 100, b"SQLite format 3\x00" + b"\xff" * 4000])
def test_a_damaged_cache_is_set_aside_and_nothing_stored_is_lost(tmp_path: Path, damage: bytes) -> None:
    docs = _copy_samples(tmp_path / "docs")
    store_dir = tmp_path / "store"
    thidua("build", *map(str, docs), "--province", "Lạng Sơn", "--store", str(store_dir))
    before = OxigraphStore(store_dir, read_only=True)
    hashes = before.graph_hashes()
    before.close()
    (store_dir / "extractions.sqlite").write_bytes(damage)
    run = thidua("build", *map(str, docs), "--province", "Lạng Sơn", "--store", str(store_dir), "--json")
    report = json.loads(run.stdout)
    assert report["extracted"] == len(docs) and report["graphs_written"] == 0 and not report["failed"]
    warning = [line for line in run.stderr.splitlines() if "bộ nhớ đệm trích xuất bị hỏng" in line]
    assert len(warning) == 1 and "Traceback" not in run.stderr
    after = OxigraphStore(store_dir, read_only=True)
    assert after.graph_hashes() == hashes
    after.close()
    assert list(store_dir.glob("extractions.sqlite.damaged-*"))


def test_removing_a_file_leaves_the_store_a_fresh_build_of_the_rest_would_make(tmp_path: Path) -> None:
    """Issue 15: `thidua remove` takes a file's graph and what rested only on it out; the store then equals,
    graph by graph, a fresh build of the files that stay; a path the store does not hold is reported."""
    from graph.pipeline import remove

    docs = _copy_samples(tmp_path / "docs")
    store = OxigraphStore(tmp_path / "store")
    build(docs, store, province="Lạng Sơn", workers=1)
    report = remove([docs[0], tmp_path / "docs" / "never-built.txt"], store)
    assert report.removed == [str(docs[0])] and report.not_stored == [str(tmp_path / "docs" / "never-built.txt")]
    fresh = OxigraphStore(tmp_path / "fresh")
    build(docs[1:], fresh, province="Lạng Sơn", workers=1)
    assert store.graph_hashes() == fresh.graph_hashes()
    assert {r["path"] for r in store.stored_sources()} == {str(p) for p in docs[1:]}
    store.close()
    fresh.close()


def test_a_file_gone_from_a_folder_being_built_is_reported_and_kept(tmp_path: Path) -> None:
    docs = _copy_samples(tmp_path / "docs")
    store_dir = tmp_path / "store"
    thidua("build", tmp_path / "docs", "--province", "Lạng Sơn", "--store", store_dir)
    docs[2].unlink()
    run = thidua("build", tmp_path / "docs", "--province", "Lạng Sơn", "--store", store_dir)
    assert "1 tệp đã dựng vào kho không còn trong thư mục" in run.stderr and docs[2].name in run.stderr
    kept = OxigraphStore(store_dir, read_only=True)
    assert str(docs[2]) in {r["path"] for r in kept.stored_sources()}
    kept.close()
    gone = thidua("remove", docs[2], "--store", store_dir, "--json")
    assert json.loads(gone.stdout)["removed"] == [str(docs[2])]
    again = thidua("build", tmp_path / "docs", "--province", "Lạng Sơn", "--store", store_dir)
    assert "không còn trong thư mục" not in again.stderr


def _store_state(store: OxigraphStore, rules) -> dict:  # type: ignore[no-untyped-def]
    """A store as its users see it: each graph's content (the ontology's by hash: its blank nodes' labels
    are the store's own), the cascade of 34-CT/TW, the audit, the documents and campaigns listed."""
    import pyoxigraph as ox

    from graph.analysis import cascade
    from graph.audit import audit
    from graph.build import ONTOLOGY_GRAPH
    from graph.listing import list_entities

    graphs = {
        g.value: frozenset(store._store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=g).decode().splitlines())
        for g in store._store.named_graphs()
        if g.value != ONTOLOGY_GRAPH
    }
    found = cascade(store, "34-CT/TW")
    report = audit(store, rules)
    return {
        "graphs": graphs,
        "hashes": store.graph_hashes(),
        "cascade": sorted(item["id"] for item in found["launches"]),
        "audit": sorted(json.dumps(r, sort_keys=True, default=str) for r in report.results),
        "documents": sorted(json.dumps(r, sort_keys=True, default=str) for r in list_entities(store, "documents")),
        "campaigns": sorted(json.dumps(r, sort_keys=True, default=str) for r in list_entities(store, "campaigns")),
    }


def test_a_store_built_in_steps_equals_a_fresh_build_of_the_final_files(tmp_path: Path, monkeypatch) -> None:
    """Issue 15: add, change, remove, and an extractor change, each applied to a store built before, leave
    it as a fresh build of the files then present leaves a new store — graph by graph (content, not only
    hashes: only what differs is rewritten in a replaced graph) and answer by answer."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from synth_corpus import PROVINCES, generate, write

    from graph.pipeline import remove
    from graph.rules import load_rules

    write(generate(48, seed=15), tmp_path / "corpus")
    files = sorted((tmp_path / "corpus" / "docs").rglob("*.txt"))
    rules_file = tmp_path / "rules.toml"
    rules_file.write_text(
        "\n".join(
            f'[[rule]]\nid = "p{i}"\ntitle = "{p}"\napplies_to = {{ province = "{p}", year = 2023 }}\n'
            'requires = ["34-CT/TW", "19/CT-TTg"]\n'
            for i, p in enumerate(PROVINCES)
        ),
        encoding="utf-8",
    )
    rules = load_rules(rules_file)
    monkeypatch.setattr("graph.store.COPY_FROM", 1)  # the corpus-wide graphs replaced from their copies, as nationally
    store = OxigraphStore(tmp_path / "store")
    fresh_n = itertools.count()

    def same_as_fresh(present: list[Path]) -> None:
        fresh = OxigraphStore(tmp_path / f"fresh{next(fresh_n)}")
        build(present, fresh, workers=1)
        assert _store_state(store, rules) == _store_state(fresh, rules)
        fresh.close()

    build(files[:30], store, workers=1)
    added = build(files[:44], store, workers=1)  # 14 new documents join directives, bodies and campaigns
    assert added.extracted == 14 and added.kept_graphs >= 29 and added.resolved == "fresh"  # (a third of the corpus)
    same_as_fresh(files[:44])
    added = build(files, store, workers=1)  # 4 more: resolved from the state the last build kept
    assert added.extracted == 4 and added.resolved == "incremental"
    same_as_fresh(files)
    files[3].write_text(files[3].read_text(encoding="utf-8").replace("năm 2023", "năm 2024"), encoding="utf-8")
    changed = build(files, store, workers=1)
    assert changed.extracted == 1 and changed.resolved == "incremental"
    same_as_fresh(files)
    assert remove([files[5]], store).resolved == "incremental"
    present = [p for p in files if p != files[5]]
    same_as_fresh(present)
    with monkeypatch.context() as m:  # nothing new since: known without resolving again
        m.setattr("graph.pipeline.resolve_corpus", lambda records: pytest.fail("resolved again"))
        assert build(present, store, workers=1).unchanged == len(present)
    same_as_fresh(present)
    monkeypatch.setattr("graph.pipeline.extractor_version", lambda: "0.1.0+another")
    again = build(present, store, workers=1)
    assert again.extracted == len(present)
    same_as_fresh(present)
    store.close()


def _graph_lines(store: OxigraphStore, name: str) -> set[str]:
    import pyoxigraph

    dump = store._store.dump(format=pyoxigraph.RdfFormat.N_TRIPLES, from_graph=pyoxigraph.NamedNode(name))
    return set(dump.decode("utf-8").splitlines())


def test_a_large_graph_is_replaced_from_its_copy_and_never_from_a_stale_one(tmp_path: Path, monkeypatch) -> None:
    """Issue 15: the corpus-wide graphs are diffed against the copy of their lines kept beside the store (no dump of
    the graph), and only when the store holds that very graph: a graph changed behind thidua's back (its triple count
    differs) or a damaged copy is dumped instead, and the graph ends as given either way."""
    from graph.build import finish

    monkeypatch.setattr("graph.store.COPY_FROM", 1)
    store = OxigraphStore(tmp_path / "store")
    used: list[bool] = []
    known = store._known_lines
    monkeypatch.setattr(store, "_known_lines", lambda g: used.append((lines := known(g)) is not None) or lines)
    name = "https://w3id.org/thidua/graph/resolution"

    def graph(n: int) -> GraphPayload:
        return finish(sorted(f"<urn:x:{i}> <urn:p> <urn:o{n if i % 3 == 0 else 0}> ." for i in range(30)), name)

    store.replace_graph(graph(1))  # new: written whole, its copy kept
    assert _graph_lines(store, name) == set(graph(1).lines()) and used == []
    store.replace_graph(graph(2))
    assert _graph_lines(store, name) == set(graph(2).lines()) and used == [True]
    store.update(f"INSERT DATA {{ GRAPH <{name}> {{ <urn:x:stray> <urn:p> <urn:o> }} }}")  # behind thidua's back
    store.replace_graph(graph(3))
    assert _graph_lines(store, name) == set(graph(3).lines()) and used == [True, False]
    copy = next((tmp_path / "store" / "thidua-graphs").glob("*.nt"))
    copy.write_bytes(b"\xff\xfe damaged")
    store.replace_graph(graph(4))
    assert _graph_lines(store, name) == set(graph(4).lines()) and used == [True, False, False]
    store.replace_graph(graph(5))  # the copy written with graph 4 serves again
    assert _graph_lines(store, name) == set(graph(5).lines()) and used == [True, False, False, True]
    store.close()


@pytest.mark.parametrize("damage", [b"", b"\x80\x05garbage", b"not a pickle at all"])
def test_a_damaged_resolution_state_is_resolved_afresh(tmp_path: Path, damage: bytes) -> None:
    """Issue 15: the resolution state kept beside the store, damaged or cut short, is never trusted: the build
    resolves the whole corpus again, writes what a fresh build writes, and keeps a new state."""
    from graph.pipeline import STATE_FILE

    docs = _copy_samples(tmp_path / "docs")
    store = OxigraphStore(tmp_path / "store")
    build(docs, store, province="Lạng Sơn", workers=1)
    (tmp_path / "store" / STATE_FILE).write_bytes(damage)
    docs[0].write_text(docs[0].read_text(encoding="utf-8") + "\n", encoding="utf-8")
    again = build(docs, store, province="Lạng Sơn", workers=1)  # (one file of five: resolved incrementally if it could)
    assert again.resolved == "fresh" and again.extracted == 1
    fresh = OxigraphStore(tmp_path / "fresh")
    build(docs, fresh, province="Lạng Sơn", workers=1)
    assert store.graph_hashes() == fresh.graph_hashes()
    docs[1].write_text(docs[1].read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert build(docs, store, province="Lạng Sơn", workers=1).resolved == "incremental"  # the new state serves
    store.close()
    fresh.close()
