"""The extraction cache: what each file's extraction was, beside the store, out of the quad store.

A build reads every stored source's extraction to resolve the corpus again (a new document can join an
existing directive, campaign or theme).  Kept as a JSON literal in each source graph, the extraction was
the largest part of the store and was read back through SPARQL on every build; here it is one SQLite row
per (file content, extractor): keyed by the file's SHA-256 and :func:`graph.fingerprint.extractor_version`,
so that the same bytes are never extracted twice by the same extractor (wherever the file lies, whatever
it is called), and a changed extractor extracts again.

Where it lives: inside the embedded store's folder (``<store>/extractions.sqlite``, beside the citation
index), or, for a remote SPARQL endpoint, in the user's cache folder under a name derived from the
endpoint's address (``$XDG_CACHE_HOME/thidua/<digest>/extractions.sqlite``); a build says where.  Losing
the cache loses nothing stored: the next build extracts the files again.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import sqlite3
import time
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from .models import ExtractedDocument, document_from_json
from .store import EndpointStore, OxigraphStore, Store

CACHE_FILE = "extractions.sqlite"
_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS extraction ("
    " sha256 TEXT NOT NULL, version TEXT NOT NULL, data TEXT NOT NULL, PRIMARY KEY (sha256, version))"
)
_GRAPHS_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS source_graph ("
    " graph TEXT PRIMARY KEY, made_from TEXT NOT NULL, digest TEXT NOT NULL, triples INTEGER NOT NULL)"
)

_STATE_SCHEMA = "CREATE TABLE IF NOT EXISTS build_state (name TEXT PRIMARY KEY, value TEXT NOT NULL)"


def local_folder(store: Store) -> Path | None:
    """The folder on this machine where ``store`` keeps what it derives and never sends to a server (the
    extraction cache, the citation index): the embedded store's own folder; for a SPARQL endpoint, a folder
    of the user's cache named after the endpoint's addresses; None for a store in memory."""
    if isinstance(store, OxigraphStore):
        return store.path
    if isinstance(store, EndpointStore):
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "thidua"
        digest = hashlib.sha256(f"{store.query_url}\n{store.update_url}".encode()).hexdigest()[:16]
        return base / digest
    return None


def cache_path(store: Store) -> Path | None:
    """Where ``store`` keeps its extraction cache; None for a store in memory (its cache is too)."""
    folder = local_folder(store)
    return folder / CACHE_FILE if folder is not None else None


class ExtractionCache:
    """Extractions by (file SHA-256, extractor version), in one SQLite file (or in memory)."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.set_aside: Path | None = None  # a damaged cache file, moved out of the way
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._db = self._open()
        except sqlite3.DatabaseError:  # not a cache (damaged, overwritten): it only saves work, so start anew
            assert path is not None
            self.set_aside = path.with_name(f"{path.name}.damaged-{int(time.time())}")
            os.replace(path, self.set_aside)
            for extra in ("-wal", "-shm"):
                with contextlib.suppress(OSError):
                    os.unlink(f"{path}{extra}")
            self._db = self._open()

    def _open(self) -> sqlite3.Connection:
        db = sqlite3.connect(str(self.path) if self.path is not None else ":memory:")
        try:
            db.execute("PRAGMA journal_mode=WAL")  # a build that dies mid-write leaves the old rows whole
            db.execute(_SCHEMA)
            db.execute(_GRAPHS_SCHEMA)
            db.execute(_STATE_SCHEMA)
            db.execute("SELECT sha256, version, data FROM extraction LIMIT 1").fetchall()
            db.execute("SELECT graph, made_from, digest, triples FROM source_graph LIMIT 1").fetchall()
            db.execute("SELECT name, value FROM build_state LIMIT 1").fetchall()
            db.commit()
        except sqlite3.DatabaseError:
            db.close()
            raise
        return db

    @classmethod
    def of(cls, store: Store) -> ExtractionCache:
        return cls(cache_path(store))

    def __len__(self) -> int:
        return int(self._db.execute("SELECT COUNT(*) FROM extraction").fetchone()[0])

    def get(self, sha256: str, version: str, source: str) -> ExtractedDocument | None:
        """The extraction of the bytes ``sha256`` by extractor ``version``, as the file ``source``."""
        row = self._db.execute(
            "SELECT data FROM extraction WHERE sha256 = ? AND version = ?", (sha256, version)
        ).fetchone()
        return self._as(row[0], source) if row else None

    def any_version(self, sha256: str, source: str) -> ExtractedDocument | None:
        """The latest extraction of these bytes by any extractor (for a file no longer on disk)."""
        row = self._db.execute(
            "SELECT data FROM extraction WHERE sha256 = ? ORDER BY rowid DESC LIMIT 1", (sha256,)
        ).fetchone()
        return self._as(row[0], source) if row else None

    def put(self, docs: Iterable[ExtractedDocument]) -> None:
        """Keep these extractions (one transaction: all of them or none)."""
        rows = (  # (made one at a time as sqlite takes them: 100,000 extractions are never all text at once)
            (d.sha256, d.extractor_version, json.dumps(d.to_json(), ensure_ascii=False, sort_keys=True))
            for d in docs
            if d.sha256 and d.extractor_version
        )
        with self._writing():
            self._db.executemany("INSERT OR REPLACE INTO extraction (sha256, version, data) VALUES (?, ?, ?)", rows)

    def source_graphs(self) -> dict[str, tuple[str, str, int]]:
        """What each source graph was last made from: graph name → (what it was made from, its content
        hash, its triple count).  A build whose source resolves to the same ``made_from`` and whose store
        still holds that hash keeps the graph without making it again."""
        rows = self._db.execute("SELECT graph, made_from, digest, triples FROM source_graph")
        return {g: (m, d, int(n)) for g, m, d, n in rows}

    def put_source_graphs(self, rows: Iterable[tuple[str, str, str, int]]) -> None:
        """Remember (graph name, made from, content hash, triple count) of the source graphs just made."""
        with self._writing():
            self._db.executemany("INSERT OR REPLACE INTO source_graph VALUES (?, ?, ?, ?)", rows)

    def build_state(self) -> dict | None:
        """What the last build left the store as (:func:`graph.pipeline._corpus_state` and its figures), or None."""
        row = self._db.execute("SELECT value FROM build_state WHERE name = 'last'").fetchone()
        try:
            state = json.loads(row[0]) if row else None
        except ValueError:
            return None
        return state if isinstance(state, dict) else None

    def put_build_state(self, state: dict | None) -> None:
        """Remember what a build left the store as (None: forget it, the store is changing)."""
        with self._writing():
            if state is None:
                self._db.execute("DELETE FROM build_state WHERE name = 'last'")
            else:
                self._db.execute(
                    "INSERT OR REPLACE INTO build_state VALUES ('last', ?)", (json.dumps(state, sort_keys=True),)
                )

    @contextlib.contextmanager
    def _writing(self) -> Iterator[None]:
        """One transaction (all of it or none); a disk that fills or a file that cannot be written is an OSError,
        as it is for the store beside it, so that the command says so in one line."""
        try:
            with self._db:
                yield
        except sqlite3.OperationalError as exc:
            full = "full" in str(exc)
            raise OSError(errno.ENOSPC if full else errno.EIO, f"{self.path}: {exc}") from None

    def close(self) -> None:
        self._db.close()

    @staticmethod
    def _as(data: str, source: str) -> ExtractedDocument | None:
        try:
            doc = document_from_json(json.loads(data))
        except (ValueError, KeyError, TypeError):  # a row that is not an extraction: as if it were not there
            return None
        return doc if doc.source == source else replace(doc, source=source)


__all__ = ["CACHE_FILE", "ExtractionCache", "cache_path"]
