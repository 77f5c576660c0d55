"""The records passed between stages cross process boundaries (extraction workers) whole."""

from __future__ import annotations

import pickle
from dataclasses import FrozenInstanceError, replace
from pathlib import Path

import pytest

from graph import extract_file
from graph.models import Signer

SAMPLES = sorted((Path(__file__).resolve().parent.parent / "samples").glob("*.txt"))


@pytest.mark.parametrize("path", SAMPLES[:2], ids=[p.stem for p in SAMPLES[:2]])
def test_an_extraction_survives_pickling(path: Path) -> None:
    doc = extract_file(path)
    back = pickle.loads(pickle.dumps(doc, protocol=pickle.HIGHEST_PROTOCOL))
    assert back == doc and back.to_json() == doc.to_json()
    assert type(back.document.signer) is Signer and back.citations[0].span == doc.citations[0].span


def test_records_stay_frozen_and_replaceable() -> None:
    s = Signer(name="Nguyễn Văn A", position="Giám đốc")
    with pytest.raises(FrozenInstanceError):
        s.name = "B"  # type: ignore[misc]
    assert replace(s, position="Phó Giám đốc") == Signer(name="Nguyễn Văn A", position="Phó Giám đốc")
    assert pickle.loads(pickle.dumps(Signer())) == Signer()


def test_texts_repeated_across_documents_are_kept_once_after_unpickling() -> None:
    """Each worker result is pickled on its own; the main process keeps one copy of each repeated
    kind, symbol, issuer, date... (a national corpus repeats them hundreds of thousands of times)."""
    first, second = (pickle.loads(pickle.dumps(extract_file(p))) for p in SAMPLES[:2])
    assert first == extract_file(SAMPLES[0])
    kinds = [c.kind for d in (first, second) for c in d.citations if c.kind == "Chỉ thị"]
    assert len(kinds) >= 2 and all(k is kinds[0] for k in kinds)
    roles = [c.role for d in (first, second) for c in d.citations]
    assert all(r is next(x for x in roles if x == r) for r in roles)
    # a sentence is the document's own words: not shared (it would only fill the table)
    copies = pickle.loads(pickle.dumps(first)), pickle.loads(pickle.dumps(first))
    assert copies[0].citations[0].sentence == copies[1].citations[0].sentence
    assert copies[0].citations[0].sentence is not copies[1].citations[0].sentence
    assert copies[0].citations[0].symbol is copies[1].citations[0].symbol
    assert copies[0].document.recipients[0] is copies[1].document.recipients[0]


def test_modules_are_not_shadowed_by_functions() -> None:
    """Issue 14: ``graph.clean``, ``graph.load`` and ``graph.extract`` are modules, not re-exported functions."""
    import importlib
    import types

    import graph

    for name in ("clean", "load", "extract", "extract.citations", "extract.opening"):
        module = importlib.import_module(f"graph.{name}")
        assert isinstance(module, types.ModuleType)
    for name in ("clean", "load", "extract"):
        assert isinstance(getattr(graph, name), types.ModuleType), name


def test_a_question_the_store_cannot_answer_is_a_user_error_not_a_store_error() -> None:
    """Regression (issue 14): StoreError doubled as the general user error."""
    from graph.analysis import AmbiguousDirective
    from graph.errors import ThiduaError, UserError
    from graph.queries import resolve
    from graph.store import StoreError

    assert issubclass(AmbiguousDirective, UserError) and issubclass(UserError, ThiduaError)
    assert not issubclass(UserError, StoreError)
    try:
        resolve("no_such_query_anywhere")
    except UserError as exc:
        assert not isinstance(exc, StoreError)
    else:  # pragma: no cover
        raise AssertionError("an unknown query must be refused")
