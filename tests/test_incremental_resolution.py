"""Incremental resolution (graph/resolve/incremental.py) equals a fresh resolution of the final records, every step.

Table-driven: seeded random scenarios (add, change, remove, several steps) on the real-world corpus, the seeds and
300 synthetic documents; targeted cases for each corpus-wide lookup (a year given to an undated identity, clusters
merged or relabelled, an alias made to resolve, a term's year, the last source of an entity removed); the state
saved, loaded and applied.
"""

from __future__ import annotations

import hashlib
import random
import subprocess
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from graph.models import (
    Campaign,
    Citation,
    Cluster,
    DocumentInfo,
    ExtractedDocument,
    ResolvedCorpus,
    SourceRecord,
    Theme,
)
from graph.resolve import resolve_corpus
from graph.resolve.incremental import Delta, ResolutionState, _light

ROOT = Path(__file__).resolve().parent.parent
REALWORLD = ROOT / "tests" / "realworld" / "docs"
SEEDS = ROOT.parent / "shared" / "corpus" / "seeds"

FIELDS = ("sources", "documents", "bodies", "campaigns", "themes", "persons", "conflicts")


def _extract(folder: Path, province: str | None = None) -> list[SourceRecord]:
    from graph.api import extract_paths

    docs, failures = extract_paths([folder.resolve()], workers=2)
    assert not failures
    return [SourceRecord(d.source, d.sha256, province, d) for d in docs]


@pytest.fixture(scope="session")
def realworld() -> list[SourceRecord]:
    """Every document of tests/realworld/docs extracted once (no --province, as eval_realworld builds them)."""
    return _extract(REALWORLD)


@pytest.fixture(scope="session")
def seeds() -> list[SourceRecord]:
    if not SEEDS.exists():
        pytest.skip("../shared/corpus/seeds is not beside this checkout")
    return _extract(SEEDS, "Lạng Sơn")


@pytest.fixture(scope="session")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> list[SourceRecord]:
    out = tmp_path_factory.mktemp("synth")
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "synth_corpus.py"), "--n", "300", "--out", str(out)],
        check=True,
        capture_output=True,
    )
    records = _extract(out / "docs")
    return [replace(r, province="Lạng Sơn") if i % 3 else r for i, r in enumerate(records)]  # some with a batch


def assert_same(got: ResolvedCorpus, want: ResolvedCorpus, step: str = "") -> None:
    """Field by field (dicts as dicts, sources in order), naming the first keys that differ."""
    for name in FIELDS:
        a, b = getattr(got, name), getattr(want, name)
        if isinstance(b, dict):
            assert isinstance(a, dict)
            differ = sorted(k for k in a.keys() | b.keys() if a.get(k) != b.get(k))
            assert not differ, f"{step}: {name} differ at {differ[:5]}: {a.get(differ[0])} ≠ {b.get(differ[0])}"
        else:
            assert len(a) == len(b), f"{step}: {name}: {len(a)} ≠ {len(b)}"
            at = next((i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y), None)
            assert at is None, f"{step}: {name}[{at}]: {a[at]} ≠ {b[at]}"


# ---- seeded random scenarios ---------------------------------------------------------------------------------------


def _modified(rec: SourceRecord, donor: SourceRecord, how: str) -> SourceRecord:
    """A changed version of ``rec``: another document's extraction at its path, or a copy with one thing changed."""
    d = rec.doc
    if how == "swap":
        return SourceRecord(rec.path, donor.sha256, donor.province, donor.doc)
    if how == "drop-citation":
        doc = replace(d, citations=d.citations[:-1])
    elif how == "retitle":
        doc = replace(d, document=replace(d.document, title=(d.document.title or "") + " (sửa đổi)"))
    elif how == "donor-campaigns":
        doc = replace(d, campaigns=d.campaigns + donor.doc.campaigns, themes=donor.doc.themes)
    elif how == "donor-citations":
        doc = replace(d, citations=d.citations + donor.doc.citations[:3])
    else:
        raise ValueError(how)
    return SourceRecord(rec.path, rec.sha256[:-4] + "beef", rec.province, doc)


HOWS = ("swap", "drop-citation", "retitle", "donor-campaigns", "donor-citations")


def _scenario(records: list[SourceRecord], seed: int, steps: int, start: float, front: bool = False) -> None:
    """fresh(A) on a part of the corpus, then steps of add B / change C / remove D (and re-adding removed ones),
    each compared with resolve_corpus of the records as they stand.  ``front``: the sources removed and changed
    are the first in corpus order (those whose facts come first: a body's label, a symbol's first statement)."""
    rng = random.Random(seed)
    pool = sorted(records, key=lambda r: r.path)
    rng.shuffle(pool)
    cut = int(len(pool) * start)
    current = {r.path: r for r in pool[:cut]}
    waiting = pool[cut:]
    taken: list[SourceRecord] = []
    state = ResolutionState()
    assert_same(state.fresh(current.values()), resolve_corpus(current.values()), "fresh")
    loads: list[str] = []

    def load(path: str) -> SourceRecord:
        loads.append(path)
        return current[path]

    for step in range(steps):
        paths = sorted(current)
        added = [waiting.pop() for _ in range(min(len(waiting), rng.choice((1, 1, 5, 30))))]
        if taken and rng.random() < 0.3:
            added.append(taken.pop())
        removed = rng.sample(paths[:10] if front else paths, min(len(paths) - 1, rng.choice((0, 1, 3))))
        kept = [p for p in (paths[:20] if front else paths) if p not in removed]
        changed = [
            _modified(current[p], current[rng.choice(paths)], rng.choice(HOWS))
            for p in rng.sample(kept, min(len(kept), rng.choice((0, 1, 3))))
        ]
        taken.extend(current[p] for p in removed)
        for p in removed:
            del current[p]
        for r in (*added, *changed):
            current[r.path] = r
        loads.clear()
        got, delta = state.apply([*added, *changed], removed, load)
        assert_same(got, resolve_corpus(current.values()), f"seed {seed} step {step}")
        assert set(loads) == set(delta.resolved_again)
        assert not set(delta.resolved_again) & {r.path for r in (*added, *changed)}
        assert set(delta.removed_sources) == set(removed)


@pytest.mark.parametrize(
    ("seed", "steps", "start", "front"),
    [(1, 6, 0.9, False), (2, 6, 0.5, False), (3, 8, 0.98, False), (4, 4, 0.1, False), (10, 8, 0.95, True)],
)
def test_the_real_world_corpus_resolved_in_steps_equals_a_fresh_resolution(
    realworld: list[SourceRecord], seed: int, steps: int, start: float, front: bool
) -> None:
    _scenario(realworld, seed, steps, start, front)


@pytest.mark.parametrize("seed", [5, 6])
def test_the_seeds_resolved_in_steps_equal_a_fresh_resolution(seeds: list[SourceRecord], seed: int) -> None:
    _scenario(seeds, seed, 4, 0.4)


@pytest.mark.parametrize(("seed", "start", "front"), [(7, 0.9, False), (8, 0.3, False), (11, 0.9, True)])
def test_synthetic_documents_resolved_in_steps_equal_a_fresh_resolution(
    synthetic: list[SourceRecord], seed: int, start: float, front: bool
) -> None:
    _scenario(synthetic, seed, 5, start, front)


# ---- targeted cases: each corpus-wide lookup ---------------------------------------------------------------------


def _record(
    name: str,
    *,
    province: str | None = "Lạng Sơn",
    issuer: str | None = "Sở Nội vụ",
    symbol: str | None = None,
    year: int | None = 2024,
    cites: tuple[tuple[str, str | None, str | None], ...] = (),
    campaigns: tuple[str, ...] = (),
    themes: tuple[str, ...] = (),
    clusters: tuple[str, ...] = (),
    launch: bool = False,
    signer: str | None = None,
) -> SourceRecord:
    """A source stated directly: its issuer, own symbol and year, what it cites ((symbol, date, issuer)), the
    campaigns, themes and clusters it names."""
    from graph.models import Signer

    path = f"/corpus/{name}.txt"
    doc = ExtractedDocument(
        path,
        hashlib.sha256(name.encode()).hexdigest(),
        DocumentInfo(
            kind="Kế hoạch",
            symbol=symbol,
            year=year,
            issuer=issuer,
            title=f"Kế hoạch {name}",
            launch=launch,
            signer=Signer(signer, "Giám đốc") if signer else Signer(),
        ),
        citations=tuple(
            Citation(kind="Chỉ thị" if "CT" in s else "Nghị quyết", symbol=s, date=d, issuer=i) for s, d, i in cites
        ),
        campaigns=tuple(Campaign(n) for n in campaigns),
        themes=tuple(Theme(t) for t in themes),
        clusters=tuple(Cluster(c) for c in clusters),
    )
    return SourceRecord(path, doc.sha256, province, doc)


UNDATED = ("02/CT-UBND", None, "UBND tỉnh")
DATED_2021 = ("02/CT-UBND", "2021-01-13", "UBND tỉnh")
NQ57 = "57-NQ/TW"
# three spellings of one movement, each within the similarity of the next, the first and last not
CORE = "Phong trào thi đua chung sức xây dựng nông thôn mới kiểu mẫu"
NEAR = "Phong trào thi đua chung sứt xây dựng nông thôm mới kiểu mẫu"
FAR = "Phong tràu thu đua chang sứt xây dụng nông thôm mới kiểu mẩu"
SHORT_CLUSTER = "Cụm TĐTMTH"
FULL_CLUSTER = "Cụm thi đua các cơ quan tham mưu tổng hợp"


def _base() -> dict[str, SourceRecord]:
    rs = [
        _record("a", cites=(UNDATED,), campaigns=(CORE,)),
        _record("b", cites=(("34-CT/TW", "2014-04-07", "Bộ Chính trị"),), campaigns=(FAR,), themes=("Đoàn kết",)),
        _record("c", cites=((NQ57, "2024-12-22", "Bộ Chính trị"),), clusters=(SHORT_CLUSTER,), signer="Nguyễn Văn A"),
        _record("d", cites=((NQ57, "2025-12-22", "Bộ Chính trị"),), issuer="Sở Y tế", signer="Nguyễn Văn A"),
        _record("e", province="Cao Bằng", issuer="Ban Dân tộc", cites=((NQ57, "2025-12-22", "Bộ Chính trị"),)),
        _record("f", symbol="15/KH-SNV", cites=(("34-CT/TW", None, "Bộ Chính trị"),), launch=True),
    ]
    return {r.path: r for r in rs}


def _target_of(rc: ResolvedCorpus, name: str, i: int = 0) -> str:
    return next(s for s in rc.sources if s.record.path == f"/corpus/{name}.txt").citations[i].target


Step = tuple[tuple[SourceRecord, ...], tuple[str, ...]]
Check = Callable[[ResolvedCorpus, ResolvedCorpus, Delta], None]


def _year_given(before: ResolvedCorpus, after: ResolvedCorpus, delta: Delta) -> None:
    assert _target_of(before, "a").split("/")[2] == "nd" and _target_of(after, "a").split("/")[2] == "2021"
    assert "/corpus/a.txt" in delta.resolved_again and delta.because.get("identities")


def _clusters_merged(before: ResolvedCorpus, after: ResolvedCorpus, delta: Delta) -> None:
    promoted = {s.record.path: [m.target for m in s.mentions if m.relation == "promotes"] for s in after.sources}
    assert promoted["/corpus/a.txt"] == promoted["/corpus/b.txt"] and delta.reclustered
    was = {s.record.path: [m.target for m in s.mentions if m.relation == "promotes"] for s in before.sources}
    assert was["/corpus/a.txt"] != was["/corpus/b.txt"]


def _key_moved(before: ResolvedCorpus, after: ResolvedCorpus, delta: Delta) -> None:
    assert set(before.campaigns) != set(after.campaigns) and "/corpus/a.txt" in delta.resolved_again


def _alias_resolved(before: ResolvedCorpus, after: ResolvedCorpus, delta: Delta) -> None:
    member = [m.target for s in after.sources if s.record.path == "/corpus/c.txt" for m in s.mentions]
    assert any("tham-muu-tong-hop" in t for t in member) and delta.because.get("aliases")


def _term_year_changed(before: ResolvedCorpus, after: ResolvedCorpus, delta: Delta) -> None:
    assert _target_of(before, "c").split("/")[2] == "2025" and _target_of(after, "c").split("/")[2] == "2024"
    assert "/corpus/c.txt" in delta.resolved_again


def _last_source_gone(before: ResolvedCorpus, after: ResolvedCorpus, delta: Delta) -> None:
    gone = set(before.bodies) - set(after.bodies)
    assert "cao-bang/ban-dan-toc" in gone and "cao-bang/ban-dan-toc" in delta.bodies.removed
    assert set(before.themes) - set(after.themes) == set(delta.themes.removed) != set()


def _nothing_else(before: ResolvedCorpus, after: ResolvedCorpus, delta: Delta) -> None:
    """The common case: a new launch of an existing province citing existing directives re-resolves no other
    source and recomputes no corpus-wide piece."""
    assert delta.resolved_again == () and not delta.reclustered and not delta.inferred_again
    assert delta.sources == ("/corpus/g.txt",)


def _only_documents_gone(before: ResolvedCorpus, after: ResolvedCorpus, delta: Delta) -> None:
    assert any(k.startswith("lang-son/kh/2024/15/") for k in delta.documents.removed)


TARGETED: list[tuple[str, Step, Check]] = [
    ("a year given to an identity cited undated", ((_record("g", cites=(DATED_2021,)),), ()), _year_given),
    (
        "a spelling between two merges their clusters",
        ((_record("g", campaigns=(NEAR,)),), ()),
        _clusters_merged,
    ),
    (
        "a spelling used more often moves a cluster's key",
        ((_record("g", campaigns=(NEAR,)), _record("h", campaigns=(NEAR,)), _record("i", campaigns=(NEAR,))), ()),
        _key_moved,
    ),
    ("a full cluster name makes a short one resolve", ((_record("g", clusters=(FULL_CLUSTER,)),), ()), _alias_resolved),
    ("a removal changes a term's year", ((), ("/corpus/d.txt",)), _term_year_changed),
    ("the only source of a body and a theme removed", ((), ("/corpus/e.txt", "/corpus/b.txt")), _last_source_gone),
    (
        "a new launch citing existing directives",
        (
            (
                _record(
                    "g",
                    cites=(("34-CT/TW", "2014-04-07", "Bộ Chính trị"), (NQ57, "2025-12-22", "Bộ Chính trị")),
                    launch=True,
                ),
            ),
            (),
        ),
        _nothing_else,
    ),
    ("the only source of a document removed", ((), ("/corpus/f.txt",)), _only_documents_gone),
]


@pytest.mark.parametrize(("step", "check"), [(s, c) for _, s, c in TARGETED], ids=[n for n, _, _ in TARGETED])
def test_a_change_to_a_corpus_wide_lookup_re_resolves_its_dependents(step: Step, check: Check) -> None:
    current = _base()
    state = ResolutionState()
    before = state.fresh(current.values())
    assert_same(before, resolve_corpus(current.values()), "fresh")
    changed, removed = step
    for p in removed:
        del current[p]
    current.update((r.path, r) for r in changed)
    after, delta = state.apply(changed, removed, current.__getitem__)
    assert_same(after, resolve_corpus(current.values()), "after")
    check(before, after, delta)
    # and back: the change undone gives the first corpus again
    undo = [r for r in _base().values() if r.path in removed]
    back, _ = state.apply(undo, [r.path for r in changed], _base().__getitem__)
    assert_same(back, resolve_corpus(_base().values()), "undone")


def test_the_near_spelling_is_between_the_two_others() -> None:
    """The premise of the merge case, pinned against the clustering threshold."""
    from graph.resolve.concepts import cluster_campaigns

    assert len(cluster_campaigns([CORE, FAR], ["a", "b"])) == 2
    assert len(cluster_campaigns([CORE, NEAR, FAR], ["a", "b", "c"])) == 1


# ---- persistence ------------------------------------------------------------------------------------------------


def _without_extractions(rc: ResolvedCorpus) -> ResolvedCorpus:
    return replace(rc, sources=tuple(_light(s) for s in rc.sources))


def test_a_saved_state_loaded_and_applied_equals_a_fresh_resolution(
    realworld: list[SourceRecord], tmp_path: Path
) -> None:
    records = sorted(realworld, key=lambda r: r.path)
    rng = random.Random(9)
    first, rest = records[:-40], records[-40:]
    state = ResolutionState()
    state.fresh(first)
    state.save(tmp_path / "resolution.state")
    loaded = ResolutionState.load(tmp_path / "resolution.state")
    current = {r.path: r for r in first}
    removed = rng.sample(sorted(current), 5)
    for p in removed:
        del current[p]
    current.update((r.path, r) for r in rest)
    got, delta = loaded.apply(rest, removed, current.__getitem__)
    want = resolve_corpus(current.values())
    assert_same(_without_extractions(got), _without_extractions(want), "loaded")
    fresh_ones = {s.record.path: s for s in want.sources}
    for s in got.sources:  # every source the change resolved carries its whole record
        if s.record.path in delta.sources or s.record.path in delta.resolved_again:
            assert s == fresh_ones[s.record.path]
    # saved again after the change, loaded again: the same corpus
    loaded.save(tmp_path / "resolution.state")
    assert_same(
        _without_extractions(ResolutionState.load(tmp_path / "resolution.state").corpus()),
        _without_extractions(want),
        "reloaded",
    )


def test_a_state_of_another_layout_is_not_loaded(tmp_path: Path) -> None:
    import pickle

    (tmp_path / "old.state").write_bytes(pickle.dumps((0, {})))
    with pytest.raises(ValueError, match="layout"):
        ResolutionState.load(tmp_path / "old.state")
