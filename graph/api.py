"""The library's public operations, one function per CLI command."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .errors import LoadError
from .extract import extract_file
from .i18n import t
from .load import iter_paths
from .models import ExtractedDocument
from .workers import worker_pool


@dataclass(frozen=True, slots=True)
class Failure:
    path: str
    reason: str


def extract_one(path: str) -> ExtractedDocument | Failure:
    """Extract one file; every failure becomes a :class:`Failure` with a one-line reason."""
    try:
        return extract_file(path)
    except LoadError as exc:
        return Failure(path, exc.reason)
    except RecursionError:
        return Failure(path, t("extract_failed", detail="RecursionError"))
    except MemoryError:
        return Failure(path, t("extract_failed", detail="MemoryError"))
    except Exception as exc:
        return Failure(path, t("extract_failed", detail=f"{type(exc).__name__}: {exc}"[:160]))


def extract_paths(paths: Iterable[str | Path], workers: int = 1) -> tuple[list[ExtractedDocument], list[Failure]]:
    """Extract every file named (folders are walked); failures do not stop the others."""
    files = [str(p) for p in iter_paths(list(paths))]
    if workers > 1 and len(files) > 1:
        with worker_pool(workers) as pool:
            outcomes = list(pool.map(extract_one, files, chunksize=8))
    else:
        outcomes = [extract_one(f) for f in files]
    docs = [o for o in outcomes if isinstance(o, ExtractedDocument)]
    failures = [o for o in outcomes if isinstance(o, Failure)]
    return docs, failures
