#!/usr/bin/env python3
"""Regenerate ontology/thidua.owl, ontology/thidua.ttl and ontology/vocab.ttl from graph/ontology.py."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from graph.ontology import write  # noqa: E402

if __name__ == "__main__":
    for path in write(ROOT / "ontology"):
        print(path.relative_to(ROOT))
