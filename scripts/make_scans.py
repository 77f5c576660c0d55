#!/usr/bin/env python3
"""Scanned pages made from a text, as a photocopier and a scanner leave them (for the OCR tests and bench).

A4 pages at 200–300 dpi in a Vietnamese font (DejaVu Serif), the two-column header of an administrative
document side by side, a slight rotation, speckle noise and a round stamp-like blot near the signature;
saved as an image-only PDF (no text layer), PNG or multi-page TIFF.

    python scripts/make_scans.py samples/001_52ef097bb2bcc2d4.txt /tmp/scan.pdf
"""

from __future__ import annotations

import random
import sys
import textwrap
from pathlib import Path

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
_HEAD_LINES = 8  # the header block: its lines go into two columns


def render(text: str, *, dpi: int = 300, rotate: float = 0.5, noise: float = 0.002, seed: int = 7) -> list:
    """The pages (PIL images, grey) of ``text``."""
    from PIL import Image, ImageDraw, ImageFont

    rng = random.Random(seed)
    scale = dpi / 300
    width, height = int(2480 * scale), int(3508 * scale)
    font = ImageFont.truetype(FONT, int(34 * scale))
    step, margin, wrap = int(48 * scale), int(180 * scale), 100
    lines = text.replace("\r\n", "\n").split("\n")
    head, body = _header_columns(lines)
    pages, page, draw, y = [], None, None, 0

    def new_page() -> None:
        nonlocal page, draw, y
        page = Image.new("L", (width, height), 255)
        draw = ImageDraw.Draw(page)
        y = int(200 * scale)
        pages.append(page)

    new_page()
    for left, right in head:  # two columns, as the header is printed
        draw.text((margin, y), left, font=font, fill=0)
        draw.text((width // 2 + margin // 2, y), right, font=font, fill=0)
        y += step
    for para in body:
        for line in textwrap.wrap(para, wrap) or [""]:
            if y > height - int(250 * scale):
                new_page()
            draw.text((margin, y), line, font=font, fill=0)
            y += step
    out = []
    for i, p in enumerate(pages):
        px = p.load()
        for _ in range(int(width * height * noise)):
            px[rng.randrange(width), rng.randrange(height)] = rng.choice((0, 90, 160))
        if i == len(pages) - 1:  # the stamp over the signature
            d = ImageDraw.Draw(p)
            cx, cy, r = width * 2 // 3, min(height - int(400 * scale), y + int(120 * scale)), int(150 * scale)
            d.ellipse((cx - r, cy - r, cx + r, cy + r), outline=110, width=int(10 * scale))
        out.append(p.rotate(rotate * (1 if i % 2 == 0 else -1), fillcolor=255, resample=Image.BICUBIC))
    return out


def _header_columns(lines: list[str]) -> tuple[list[tuple[str, str]], list[str]]:
    """The first lines of a formal text (body on the left, the national motto on the right) as two columns."""
    head = [ln.strip() for ln in lines[:_HEAD_LINES]]
    motto = next((i for i, ln in enumerate(head) if ln.upper().startswith("CỘNG HÒA")), None)
    if motto is None or motto == 0:
        return [], lines
    left, right = head[:motto], head[motto:]
    rows = [
        (left[i] if i < len(left) else "", right[i] if i < len(right) else "")
        for i in range(max(map(len, (left, right))))
    ]
    return rows, lines[_HEAD_LINES:]


def save(pages: list, path: Path, dpi: int = 300) -> None:
    path = Path(path)
    pages = [p.copy() for p in pages]  # (a PDF save leaves its settings on the images it wrote)
    if path.suffix.lower() in (".tif", ".tiff"):
        pages[0].save(path, save_all=True, append_images=pages[1:], compression="tiff_lzw")
    elif path.suffix.lower() == ".pdf":
        pages[0].save(path, save_all=True, append_images=pages[1:], resolution=dpi)
    else:
        pages[0].save(path, dpi=(dpi, dpi))


if __name__ == "__main__":
    source, target = Path(sys.argv[1]), Path(sys.argv[2])
    save(render(source.read_text(encoding="utf-8")), target)
    print(target)
