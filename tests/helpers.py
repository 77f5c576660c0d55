"""Running the real console command in a subprocess, as a user would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def thidua(
    *args: str | Path, code: int | None = 0, timeout: float = 600, lang: str = "vi"
) -> subprocess.CompletedProcess[str]:
    """``python -m graph.cli ARGS`` with messages in ``lang``; checks the exit status unless ``code`` is None."""
    run = subprocess.run(
        [sys.executable, "-m", "graph.cli", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "THIDUA_LANG": lang},
    )
    if code is not None:
        assert run.returncode == code, run.stderr[-2000:]
    return run
