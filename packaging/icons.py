"""Render the app icon (resources/app-icon/mediadesk.svg) to PNG, ICO and check it.

    uv run python packaging/icons.py           # (re)write the PNGs and the .ico
    uv run python packaging/icons.py --check   # exit 1 when a PNG is missing or stale

PNG sizes 16..512 (hicolor icon theme, Windows, window icon) and 1024 (macOS,
PyInstaller turns it into .icns). Rendered with PySide6's QSvgRenderer on the
offscreen platform, so no display or extra tool is needed; the .ico (16..256)
is written with Pillow. The rendered files are committed: a build does not
need to render anything.
"""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ICON_DIR = ROOT / "resources" / "app-icon"
SVG = ICON_DIR / "mediadesk.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
STAMP = ICON_DIR / "rendered-from.sha256"


def png_path(size: int) -> Path:
    return ICON_DIR / f"mediadesk-{size}.png"


def svg_digest() -> str:
    return hashlib.sha256(SVG.read_bytes()).hexdigest()


def render() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SVG}")
    for size in SIZES:
        img = QImage(size, size, QImage.Format_ARGB32_Premultiplied)
        img.fill(Qt.transparent)
        p = QPainter(img)
        p.setRenderHint(QPainter.Antialiasing)
        p.setRenderHint(QPainter.SmoothPixmapTransform)
        renderer.render(p)
        p.end()
        if not img.save(str(png_path(size)), "PNG"):
            raise SystemExit(f"cannot write {png_path(size)}")
    from PIL import Image

    with Image.open(png_path(256)) as big:
        big.save(ICON_DIR / "mediadesk.ico", sizes=[(s, s) for s in ICO_SIZES])
    STAMP.write_text(svg_digest() + "\n", encoding="ascii")
    print(f"rendered {len(SIZES)} PNGs and mediadesk.ico into {ICON_DIR.relative_to(ROOT)}")


def check() -> list[str]:
    problems = [f"missing {png_path(s).name}" for s in SIZES if not png_path(s).exists()]
    if not (ICON_DIR / "mediadesk.ico").exists():
        problems.append("missing mediadesk.ico")
    if not STAMP.exists() or STAMP.read_text(encoding="ascii").strip() != svg_digest():
        problems.append("PNGs are older than mediadesk.svg (run packaging/icons.py)")
    return problems


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        bad = check()
        for b in bad:
            print("icons:", b, file=sys.stderr)
        sys.exit(1 if bad else 0)
    render()
