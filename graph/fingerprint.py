"""The extractor's fingerprint: what an extraction was made by, derived from the code, never bumped by hand.

A stored extraction is reused only when it was made by the same extractor.  "The same" is the bytes of
every module of this package that extraction runs (found by following the imports of
:mod:`graph.extract`, its patterns and vocabularies included, since they live in that code) and the
versions of the third-party packages those modules import (an HTML or PDF reader that changes can change
the text).  Changing a pattern, a word list or a reader therefore makes the next build extract again;
a build with the same extractor never does.
"""

from __future__ import annotations

import ast
import hashlib
import sys
from collections.abc import Iterator
from functools import cache
from importlib import metadata
from pathlib import Path

PACKAGE = __name__.rpartition(".")[0] or "graph"
_ROOT = Path(__file__).resolve().parent
ENTRY = f"{PACKAGE}.extract"  # the extraction stage (DESIGN.md §2: load → clean → extract)
GRAPHS = f"{PACKAGE}.build"  # the stage that makes the named graphs
BUILDER = f"{PACKAGE}.pipeline"  # the whole build: resolution, graphs, store


def _file(module: str) -> Path | None:
    parts = module.split(".")[1:]
    base = _ROOT.joinpath(*parts) if parts else _ROOT
    for candidate in (base / "__init__.py", base.with_suffix(".py")):
        if candidate.is_file():
            return candidate
    return None


@cache
def _imports(module: str, path: Path) -> tuple[frozenset[str], frozenset[str]]:
    """The package modules and the top-level third-party names ``module`` imports (each module read once a
    process, whichever stage's fingerprint asks)."""
    tree = ast.parse(path.read_bytes(), filename=str(path))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    own: set[str] = set()
    other: set[str] = set()
    for node in _statements(tree):
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                stem = ".".join(base + ([node.module] if node.module else []))
                names = ([stem] if node.module else []) + [f"{stem}.{a.name}" for a in node.names]
            else:
                names = [node.module or ""] + [f"{node.module}.{a.name}" for a in node.names]
        else:
            continue
        for name in names:
            top = name.split(".")[0]
            if top == PACKAGE:
                if _file(name) is not None:
                    own.add(name)
            elif top and top not in sys.stdlib_module_names and top != "__future__":
                other.add(top)
    return frozenset(own), frozenset(other)


def _statements(tree: ast.AST) -> Iterator[ast.stmt]:
    """Every statement of a module, nested ones included (imports are statements: expressions need no visit)."""
    todo = list(getattr(tree, "body", []))
    while todo:
        node = todo.pop()
        yield node
        for field in ("body", "orelse", "finalbody", "handlers", "cases"):
            todo.extend(getattr(node, field, ()) or ())


def extraction_modules(entry: str = ENTRY) -> tuple[list[tuple[str, Path]], set[str]]:
    """The package modules extraction (or the stage ``entry``) runs, sorted by name, and the third-party
    names they import."""
    seen: dict[str, Path] = {}
    third: set[str] = set()
    todo = [entry]
    while todo:
        module = todo.pop()
        if module in seen:
            continue
        path = _file(module)
        if path is None:
            continue
        seen[module] = path
        own, other = _imports(module, path)
        third |= other
        todo.extend(own - seen.keys())
    return sorted(seen.items()), third


@cache
def extractor_version() -> str:
    """``<package version>+<16 hex digits>``: the same for the same extraction code and readers, else not."""
    return _version(ENTRY)


@cache
def builder_version() -> str:
    """The same for the code of the whole build (``graph.pipeline`` and what it imports: resolution, graphs, the
    store), else not: a store left by a build of this code from the same files needs no build again."""
    return _version(BUILDER)


@cache
def graph_maker_version() -> str:
    """The same for the code that makes a source's named graph from its resolution (``graph.build`` and what
    it imports), else not: a build keeps a source graph made by the same code from the same resolution."""
    return _version(GRAPHS)


@cache
def _distributions(top: str) -> tuple[tuple[str, str], ...]:
    """The installed distributions that provide the top-level package ``top``, with their versions."""
    found = []
    for dist in sorted(set(_packages().get(top, [top]))):
        try:
            found.append((dist, metadata.version(dist)))
        except metadata.PackageNotFoundError:
            found.append((dist, "?"))
    return tuple(found)


@cache
def _packages() -> dict[str, list[str]]:
    return dict(metadata.packages_distributions())  # (reads every installed distribution: once per process)


def _version(entry: str) -> str:
    modules, third = extraction_modules(entry)
    h = hashlib.sha256()
    for name, path in modules:
        h.update(name.encode() + b"\0" + path.read_bytes() + b"\0")
    for top in sorted(third):
        for dist, version in _distributions(top):
            h.update(f"{top}={dist}=={version}\0".encode())
    from . import __version__  # shown to people; the digest, not this number, decides what is extracted again

    return f"{__version__}+{h.hexdigest()[:16]}"


__all__ = ["extraction_modules", "extractor_version", "graph_maker_version"]
