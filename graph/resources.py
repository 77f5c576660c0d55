"""Where the files that live outside the package are: ``ontology/`` and ``queries/``.

In a checkout (or an editable install) they sit beside the package; an installed wheel carries them
under ``<prefix>/share/thidua/``; ``THIDUA_HOME`` overrides both.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def _candidates(name: str) -> list[Path]:
    out = []
    if os.environ.get("THIDUA_HOME"):
        out.append(Path(os.environ["THIDUA_HOME"]) / name)
    out.append(Path(__file__).resolve().parent.parent / name)
    out.append(Path(sys.prefix) / "share" / "thidua" / name)
    return out


def _find(name: str) -> Path:
    for c in _candidates(name):
        if c.is_dir():
            return c
    return _candidates(name)[0]


def ontology_dir() -> Path:
    return _find("ontology")


def queries_dir() -> Path:
    return _find("queries")
