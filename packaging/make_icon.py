"""Draw the CXR Screen icon: two lungs on a dark-blue tile with an amber magnifier (screening).

Writes packaging/icons/cxrscreen.png (512 px), png/cxrscreen-<size>.png (16-256 px, for the
Linux icon theme), cxrscreen.ico (Windows), cxrscreen.icns (macOS) and cxrscreen.svg (the same
drawing, scalable). Run it again after
changing the drawing and commit the outputs:

    .venv/bin/python packaging/make_icon.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

OUT = Path(__file__).resolve().parent / "icons"
SIZE = 512
BACKGROUND = (23, 63, 110, 255)
LUNG = (235, 242, 250, 255)
AMBER = (245, 166, 35, 255)

# The drawing in a 512 x 512 coordinate system, shared by the PNG and the SVG.
TILE = (16, 16, 496, 496, 96)  # x0, y0, x1, y1, corner radius
TRACHEA = (242, 70, 270, 230)
LEFT_LUNG = [(232, 150), (190, 130), (140, 160), (108, 240), (96, 340), (110, 410), (160, 420),
             (215, 385), (236, 300)]
RIGHT_LUNG = [(512 - x, y) for x, y in LEFT_LUNG]
LENS = (300, 280, 420, 400)  # the magnifier's ring (bounding box)
HANDLE = ((405, 385), (465, 445))
THEME_SIZES = (16, 24, 32, 48, 64, 128, 256)


def draw(size: int = SIZE) -> Image.Image:
    scale = 4  # draw large, then downsample: smooth edges without an SVG renderer
    big = SIZE * scale

    def s(values):
        return [v * scale for v in values]

    img = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    x0, y0, x1, y1, r = TILE
    d.rounded_rectangle(s((x0, y0, x1, y1)), radius=r * scale, fill=BACKGROUND)
    d.rounded_rectangle(s(TRACHEA), radius=14 * scale, fill=LUNG)
    for lung in (LEFT_LUNG, RIGHT_LUNG):
        d.polygon([(x * scale, y * scale) for x, y in lung], fill=LUNG)
    lx0, ly0, lx1, ly1 = LENS
    d.ellipse(s(LENS), fill=(23, 63, 110, 140), outline=AMBER, width=22 * scale)
    d.line(s((*HANDLE[0], *HANDLE[1])), fill=AMBER, width=34 * scale)
    img = img.filter(ImageFilter.GaussianBlur(scale / 2))
    return img.resize((size, size), Image.Resampling.LANCZOS)


def svg() -> str:
    def points(lung):
        return " ".join(f"{x},{y}" for x, y in lung)

    x0, y0, x1, y1, r = TILE
    tx0, ty0, tx1, ty1 = TRACHEA
    lx0, ly0, lx1, ly1 = LENS
    rgb = lambda c: f"rgb({c[0]},{c[1]},{c[2]})"  # noqa: E731
    return f"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" width="512" height="512">
  <title>CXR Screen</title>
  <rect x="{x0}" y="{y0}" width="{x1 - x0}" height="{y1 - y0}" rx="{r}" fill="{rgb(BACKGROUND)}"/>
  <rect x="{tx0}" y="{ty0}" width="{tx1 - tx0}" height="{ty1 - ty0}" rx="14" fill="{rgb(LUNG)}"/>
  <polygon points="{points(LEFT_LUNG)}" fill="{rgb(LUNG)}"/>
  <polygon points="{points(RIGHT_LUNG)}" fill="{rgb(LUNG)}"/>
  <ellipse cx="{(lx0 + lx1) / 2}" cy="{(ly0 + ly1) / 2}" rx="{(lx1 - lx0) / 2 - 11}" ry="{(ly1 - ly0) / 2 - 11}"
           fill="{rgb(BACKGROUND)}" fill-opacity="0.55" stroke="{rgb(AMBER)}" stroke-width="22"/>
  <line x1="{HANDLE[0][0]}" y1="{HANDLE[0][1]}" x2="{HANDLE[1][0]}" y2="{HANDLE[1][1]}"
        stroke="{rgb(AMBER)}" stroke-width="34" stroke-linecap="butt"/>
</svg>
"""


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    icon = draw()
    icon.save(OUT / "cxrscreen.png", optimize=True)
    (OUT / "png").mkdir(exist_ok=True)
    for size in THEME_SIZES:
        draw(size).save(OUT / "png" / f"cxrscreen-{size}.png", optimize=True)
    icon.save(OUT / "cxrscreen.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64),
                                            (128, 128), (256, 256)])
    icon.save(OUT / "cxrscreen.icns")
    (OUT / "cxrscreen.svg").write_text(svg(), encoding="utf-8")
    print(f"wrote {', '.join(p.name for p in sorted(OUT.rglob('*')) if p.is_file())} to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
