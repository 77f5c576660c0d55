"""Scanned pages as text: Tesseract with its Vietnamese model, through pytesseract (issue 16).

Used by the load stage for a PDF page without a text layer and for images (PNG, JPEG, TIFF, multi-page
TIFF).  Pages are rendered at :data:`DPI` by pypdfium2 and read by Tesseract (``-l vie``, automatic page
segmentation, which keeps a two-column header's columns apart); several pages are read at once, one
Tesseract thread each.  Bounds: at most :data:`MAX_PAGES` pages and :data:`MAX_PIXELS` pixels a page (a
larger scan or image gets one line, not a machine brought down); a machine without Tesseract or its
Vietnamese model is told what to install.  The result is cached with the rest of the extraction
(``graph/cache.py``), so a rebuild never reads a scan twice.
"""

from __future__ import annotations

import os
import shutil
import threading
import warnings
from bisect import bisect_right
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from functools import cache
from typing import Any

from .errors import LoadError
from .models import OcrWord, ScanSpot

DPI = 300
MAX_PAGES = 200  # a 500-page scan is refused in one line: split it, or OCR it first (ocrmypdf)
MAX_PIXELS = 60_000_000  # a page of A3 at 400 dpi; a 20,000 × 20,000 image is refused
LANG = "vie"
_CONFIG = "--psm 3"


def available(name: str) -> None:
    """Raise the one line that says what to install, unless Tesseract and its Vietnamese model are here."""
    if shutil.which("tesseract") is None:
        raise LoadError(name, "need_tesseract")
    langs = _languages()
    if langs is None:  # (a broken install: as if it were missing)
        raise LoadError(name, "need_tesseract")
    if LANG not in langs:
        raise LoadError(name, "need_tesseract_vie")


@cache
def _languages() -> frozenset[str] | None:
    """Tesseract's models, asked once per process (a subprocess each time otherwise)."""
    import pytesseract

    try:
        return frozenset(pytesseract.get_languages(config=""))
    except Exception:
        return None


Word = tuple[int, int, tuple[int, int, int, int], float]  # start, end (in the page's text), box, confidence
PageReport = Callable[[str, int, int], None]  # (file, pages read, pages of the file)
_page_report: PageReport | None = None


def report_pages(callback: PageReport | None) -> None:
    """Have ``callback`` told each page read, in this process (the build's progress, per page)."""
    global _page_report
    _page_report = callback


def read_pages(name: str, pages: list[Callable[[], object]]) -> list[tuple[str, list[Word]]]:
    """The text of each page and its words (where each stands in that text, its box, its confidence);
    ``pages`` make the page images (PIL) when called, so that only a few are in memory at once."""
    if len(pages) > MAX_PAGES:
        raise LoadError(name, "ocr_too_many_pages", pages=len(pages), limit=MAX_PAGES)
    available(name)
    import pytesseract

    os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # one Tesseract thread per page: pages run side by side
    done = [0]
    lock = threading.Lock()

    def one(make: Callable[[], object]) -> tuple[str, list[Word]]:
        image = make()
        try:
            page = _read(pytesseract, image)
        finally:
            close = getattr(image, "close", None)
            if close:
                close()
        report = _page_report
        if report is not None:
            with lock:
                done[0] += 1
                report(name, done[0], len(pages))
        return page

    workers = max(1, min(len(pages), os.cpu_count() or 1))
    with ThreadPoolExecutor(workers) as pool:
        return list(pool.map(one, pages))


def _read(pytesseract: Any, image: Any) -> tuple[str, list[Word]]:
    """One page: read as it stands; a page Tesseract reads badly (a photo taken sideways, a page scanned upside
    down) is turned as Tesseract's orientation detection says and read again, the better reading kept (a
    well-read page costs nothing more)."""
    data = pytesseract.image_to_data(image, lang=LANG, config=_CONFIG, output_type=pytesseract.Output.DICT)
    page = _page_text(data)
    if _confidence(page[1]) >= _WELL_READ:
        return page
    try:
        turn = int(pytesseract.image_to_osd(image, output_type=pytesseract.Output.DICT).get("rotate", 0))
    except Exception:  # (too little text to tell, or no orientation model: the first reading stands)
        return page
    if turn % 360 == 0:
        return page
    turned = image.rotate(-turn, expand=True)
    try:
        again = _page_text(
            pytesseract.image_to_data(turned, lang=LANG, config=_CONFIG, output_type=pytesseract.Output.DICT)
        )
    finally:
        turned.close()
    return again if _confidence(again[1]) > _confidence(page[1]) else page


_WELL_READ = 60.0  # mean word confidence (0-100) of a page read the right way up; a sideways page scores ~10-30


def _confidence(words: list[Word]) -> float:
    return sum(w[3] for w in words) / len(words) if words else 0.0


def _page_text(data: dict[str, list]) -> tuple[str, list[Word]]:
    """A page's text laid out as Tesseract reads it (words of a line one space apart, lines one a line, blocks
    and paragraphs a blank line apart), with each word's place in it."""
    parts: list[str] = []
    words: list[Word] = []
    at = 0
    last: tuple[int, int, int] | None = None
    for i, word in enumerate(data["text"]):
        word = str(word).strip()
        if not word:
            continue
        line = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
        if last is not None:
            sep = " " if line == last else "\n" if line[:2] == last[:2] else "\n\n"
            parts.append(sep)
            at += len(sep)
        last = line
        box = (int(data["left"][i]), int(data["top"][i]), int(data["width"][i]), int(data["height"][i]))
        words.append((at, at + len(word), box, max(0.0, float(data["conf"][i]))))
        parts.append(word)
        at += len(word)
    return "".join(parts), words


def image_pages(name: str, data: bytes) -> list[Callable[[], object]]:
    """The frames of an image file (a multi-page TIFF has several), each checked against :data:`MAX_PIXELS`
    before it is decoded."""
    import io

    from PIL import Image, UnidentifiedImageError

    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    try:
        with warnings.catch_warnings():  # (no English advice on the officer's screen)
            warnings.simplefilter("ignore")
            with Image.open(io.BytesIO(data)) as im:
                frames = getattr(im, "n_frames", 1)
                if frames > MAX_PAGES:
                    raise LoadError(name, "ocr_too_many_pages", pages=frames, limit=MAX_PAGES)
                sizes = []
                for i in range(frames):
                    im.seek(i)
                    sizes.append(im.size)
    except Image.DecompressionBombError:
        raise LoadError(name, "image_too_large", limit=MAX_PIXELS // 1_000_000) from None
    except (UnidentifiedImageError, OSError, ValueError, EOFError) as exc:
        raise LoadError(name, "bad_image", detail=type(exc).__name__) from None
    if any(w * h > MAX_PIXELS for w, h in sizes):
        raise LoadError(name, "image_too_large", limit=MAX_PIXELS // 1_000_000)

    def frame(i: int) -> Callable[[], object]:
        def make() -> object:
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    im = Image.open(io.BytesIO(data))
                    im.seek(i)
                    return im.convert("L")
            except (OSError, ValueError, EOFError) as exc:
                raise LoadError(name, "bad_image", detail=type(exc).__name__) from None

        return make

    return [frame(i) for i in range(len(sizes))]


def pdf_pages(pdf: object, numbers: Iterable[int]) -> list[Callable[[], object]]:
    """Page images of a pypdfium2 document at :data:`DPI`, for the pages ``numbers``."""
    out = []
    lock = threading.Lock()  # pdfium is not thread-safe: pages are rendered one at a time, read side by side
    for n in numbers:

        def make(n: int = n) -> object:
            with lock:
                return _render(pdf, n)

        out.append(make)
    return out


def _render(pdf: object, n: int) -> object:
    page = pdf[n]  # type: ignore[index]
    try:
        w, h = page.get_size()
        scale = DPI / 72
        if w * h * scale * scale > MAX_PIXELS:
            scale = (MAX_PIXELS / (w * h)) ** 0.5
        return page.render(scale=scale, grayscale=True).to_pil()
    finally:
        page.close()


def locate(words: tuple[OcrWord, ...], spans: Iterable[tuple[int, int]]) -> tuple[ScanSpot, ...]:
    """Where the words of each span of the text stand on the scan: the page of the first word, the box holding
    that page's words of the span, and their lowest confidence (spans no OCR'd word falls in are left out)."""
    starts = [w.start for w in words]
    out = []
    for span in sorted(set(spans)):
        a, b = span
        i = max(0, bisect_right(starts, a) - 1)
        inside = []
        while i < len(words) and words[i].start < b:
            if words[i].end > a:
                inside.append(words[i])
            i += 1
        if not inside:
            continue
        page = inside[0].page
        on_page = [w for w in inside if w.page == page]
        left = min(w.box[0] for w in on_page)
        top = min(w.box[1] for w in on_page)
        right = max(w.box[0] + w.box[2] for w in on_page)
        bottom = max(w.box[1] + w.box[3] for w in on_page)
        out.append(
            ScanSpot(
                span=span,
                page=page,
                box=(left, top, right - left, bottom - top),
                confidence=min(w.confidence for w in inside),
            )
        )
    return tuple(out)


__all__ = [
    "DPI",
    "MAX_PAGES",
    "MAX_PIXELS",
    "PageReport",
    "available",
    "image_pages",
    "locate",
    "pdf_pages",
    "read_pages",
    "report_pages",
]
