"""Headless Chromium (Debian ``chromium``) for tests: the DOM after scripts ran, and a screenshot."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--virtual-time-budget=8000",
]


def chromium() -> str:
    exe = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if not exe:
        pytest.fail("headless Chromium is needed: apt-get install chromium (scripts/setup.sh does)")
    return exe


def dom(page: Path) -> str:
    with tempfile.TemporaryDirectory() as profile:
        run = subprocess.run(
            [chromium(), *FLAGS, f"--user-data-dir={profile}", "--dump-dom", page.resolve().as_uri()],
            capture_output=True,
            text=True,
            timeout=120,
        )
    assert run.returncode == 0, run.stderr[-1000:]
    return run.stdout


def screenshot(page: Path, png: Path, size: str = "1400,1000") -> Path:
    with tempfile.TemporaryDirectory() as profile:
        run = subprocess.run(
            [
                chromium(),
                *FLAGS,
                f"--user-data-dir={profile}",
                f"--screenshot={png}",
                f"--window-size={size}",
                page.resolve().as_uri(),
            ],
            capture_output=True,
            text=True,
            timeout=120,
        )
    assert run.returncode == 0 and png.exists() and png.stat().st_size > 10_000, run.stderr[-1000:]
    return png
