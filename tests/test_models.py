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
