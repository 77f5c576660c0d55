"""Worker processes that never outlive the process that started them.

A pool's workers wait on a queue whose ends they inherited when forked, so a parent killed with
SIGKILL (a crash, the OOM killer, a user's ``kill -9``) would leave them waiting forever.  Each worker
watches its parent and exits as soon as it is gone.
"""

from __future__ import annotations

import os
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from typing import Any


def _exit_with(parent: int, pages: Any = None) -> None:
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="thidua-parent-watch", daemon=True).start()
    if pages is not None:  # each page a worker reads by OCR is told to the parent (its progress bar)
        from . import ocr

        ocr.report_pages(lambda name, done, total: pages.put((name, done, total)))


def worker_pool(workers: int, pages: Any = None) -> ProcessPoolExecutor:
    """A process pool whose workers exit when this process dies; ``pages``, a multiprocessing queue, hears of
    every page they read by OCR ((file, pages read, pages of the file))."""
    return ProcessPoolExecutor(max_workers=workers, initializer=_exit_with, initargs=(os.getpid(), pages))
