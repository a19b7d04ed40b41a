"""Render the app's SVG icon to the PNG sizes desktops look for (hicolor theme), offscreen with QtSvg.

Usage: python tools/make_icons.py            (writes packaging/icons/hicolor/<N>x<N>/apps/<APP_ID>.png)
       python tools/make_icons.py --check    (exit 1 if a committed PNG is missing or differs from a fresh render)
Run it after changing resources/icons/moderator-app.svg and commit the PNGs.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from moderator_app import APP_ID  # noqa: E402

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
SVG = ROOT / "resources" / "icons" / "moderator-app.svg"
HICOLOR = ROOT / "packaging" / "icons" / "hicolor"
# Channel values may differ by a step or two between Qt builds' antialiasing; a changed drawing differs by far more.
TOLERANCE = 4.0


def png_path(size: int, hicolor: Path = HICOLOR) -> Path:
    return hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def render(svg: bytes, size: int) -> QImage:
    """The icon drawn on a transparent square of ``size`` pixels."""
    if QGuiApplication.instance() is None:
        QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(QByteArray(svg))
    if not renderer.isValid():
        raise ValueError("the icon is not a valid SVG file")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def mean_difference(first: QImage, second: QImage) -> float:
    """Mean absolute difference per channel (0-255) of two images of the same size."""
    a = first.convertToFormat(QImage.Format.Format_RGBA8888)
    b = second.convertToFormat(QImage.Format.Format_RGBA8888)
    if a.size() != b.size():
        return 255.0
    raw_a, raw_b = bytes(a.constBits()), bytes(b.constBits())
    return sum(abs(x - y) for x, y in zip(raw_a, raw_b, strict=True)) / len(raw_a)


def stale_sizes(svg: bytes, hicolor: Path = HICOLOR) -> list[int]:
    """The sizes whose committed PNG is missing, of the wrong size, or no longer the SVG's rendering."""
    stale = []
    for size in SIZES:
        committed = QImage(str(png_path(size, hicolor)))
        if committed.isNull() or mean_difference(committed, render(svg, size)) > TOLERANCE:
            stale.append(size)
    return stale


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check that the PNGs are up to date")
    args = parser.parse_args(argv)
    svg = SVG.read_bytes()
    if args.check:
        stale = stale_sizes(svg)
        for size in stale:
            print(f"out of date: {png_path(size).relative_to(ROOT)}", file=sys.stderr)
        return 1 if stale else 0
    for size in SIZES:
        target = png_path(size)
        target.parent.mkdir(parents=True, exist_ok=True)
        if not render(svg, size).save(str(target), "PNG"):
            print(f"could not write {target}", file=sys.stderr)
            return 1
        print(target.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
