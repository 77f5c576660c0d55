from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
GOLD = ROOT / "tests" / "gold"


@pytest.fixture(autouse=True, scope="session")
def _own_cache_folder(tmp_path_factory: pytest.TempPathFactory) -> None:
    """An endpoint store keeps its extraction cache in the user's cache folder: the tests' own, not the user's."""
    import os

    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("xdg-cache"))


@pytest.fixture(scope="session")
def samples() -> list[Path]:
    return sorted(SAMPLES.glob("*.txt"))


@pytest.fixture(scope="session")
def seed_store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The graph of samples/ (province Lạng Sơn) in an embedded store, built once for the session."""
    from graph.pipeline import build
    from graph.store import OxigraphStore

    path = tmp_path_factory.mktemp("seed") / "store"
    store = OxigraphStore(path)
    build([SAMPLES], store, province="Lạng Sơn", workers=1)
    store.close()
    return path


def gold(name: str) -> dict:
    return json.loads((GOLD / f"{name}.json").read_text(encoding="utf-8"))
