"""One home for each pattern: no regular expression is written twice in the extractor's modules."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import graph.extract

EXTRACT = Path(graph.extract.__file__).parent


def _patterns() -> dict[str, list[str]]:
    """The source text of every ``re.compile(...)`` pattern argument → where it is written."""
    found: dict[str, list[str]] = defaultdict(list)
    for path in sorted(EXTRACT.glob("*.py")):
        source = path.read_text(encoding="utf-8")
        for node in ast.walk(ast.parse(source)):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "compile"
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "re"
                and node.args
            ):
                text = ast.get_source_segment(source, node.args[0]) or ""
                found[" ".join(text.split())].append(f"{path.name}:{node.lineno}")
    return found


def test_no_pattern_is_written_twice() -> None:
    twice = {p: where for p, where in _patterns().items() if len(where) > 1}
    assert not twice, twice


def test_the_scan_sees_the_patterns() -> None:
    assert len(_patterns()) > 60  # the check reads the real modules, not nothing
