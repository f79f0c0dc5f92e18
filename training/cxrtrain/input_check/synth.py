"""Images made here, for the input check: what is NOT a chest X-ray, and chests made wrong.

Everything returns contract pixels (float32 (H, W) in [0, 1], see cxrscreen.core.imaging), so that
the check is trained on exactly what the application would hand it. Colour images are turned grey
with the application's own raster reader, because colour is refused before the model runs and the
model must learn to refuse the grey versions too.
"""

from __future__ import annotations

import io

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from cxrscreen.core.xray.read import read_xray

WORDS = ("patient", "name", "date", "consent", "signature", "hospital", "district", "form", "dose",
         "result", "clinic", "address", "telephone", "mother", "weight", "height", "age", "village",
         "the", "and", "of", "to", "in", "is", "for", "with", "on", "by", "report", "total", "page")


def _font(rng: np.random.Generator, size: int):
    try:
        return ImageFont.load_default(size=size)
    except TypeError:  # Pillow < 10.1
        return ImageFont.load_default()


def to_contract(img: Image.Image) -> np.ndarray:
    """Through the application's reader (PNG bytes), as a real file would go."""
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return read_xray(buf.getvalue()).pixels


def _size(rng) -> tuple[int, int]:
    w = int(rng.integers(224, 400))
    h = int(w * rng.uniform(0.6, 1.6))
    return max(w, 220), max(h, 220)


def noise(rng) -> Image.Image:
    w, h = _size(rng)
    kind = rng.integers(4)
    if kind == 0:
        a = rng.random((h, w)) * 255
    elif kind == 1:
        a = np.clip(rng.normal(128, rng.uniform(10, 80), (h, w)), 0, 255)
    elif kind == 2:  # smooth (blobby) noise at a random scale
        s = int(rng.integers(4, 40))
        small = rng.random((max(2, h // s), max(2, w // s))) * 255
        a = np.asarray(Image.fromarray(small.astype(np.float32)).resize((w, h), Image.BICUBIC))
    else:  # salt and pepper over grey
        a = np.full((h, w), rng.uniform(40, 200))
        m = rng.random((h, w))
        a[m < 0.1] = 0
        a[m > 0.9] = 255
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def gradient(rng) -> Image.Image:
    w, h = _size(rng)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    if rng.random() < 0.5:
        t = rng.uniform(0, 2 * np.pi)
        g = np.cos(t) * xx / w + np.sin(t) * yy / h
    else:
        cx, cy = rng.uniform(0, w), rng.uniform(0, h)
        g = np.hypot(xx - cx, yy - cy) / np.hypot(w, h)
    g = (g - g.min()) / max(1e-6, np.ptp(g))
    if rng.random() < 0.3:
        g = np.sin(g * rng.uniform(3, 20)) * 0.5 + 0.5  # bands
    a = g * 255 + rng.normal(0, rng.uniform(0, 8), g.shape)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def document(rng) -> Image.Image:
    w = int(rng.integers(300, 600))
    h = int(w * rng.uniform(1.2, 1.5)) if rng.random() < 0.7 else max(220, int(w * rng.uniform(0.6, 1.0)))
    paper = int(rng.integers(200, 256))
    ink = int(rng.integers(0, 90))
    img = Image.new("L", (w, h), paper)
    d = ImageDraw.Draw(img)
    y = int(rng.integers(10, 60))
    fs = int(rng.integers(9, 24))
    font = _font(rng, fs)
    while y < h - fs:
        r = rng.random()
        if r < 0.1:  # a ruled line or a box of a form
            x0 = int(rng.integers(5, w // 3))
            d.rectangle([x0, y, int(rng.integers(x0 + 40, w)), y + int(rng.integers(fs, 4 * fs))],
                        outline=ink, width=int(rng.integers(1, 3)))
            y += 4 * fs
            continue
        if r < 0.15:
            d.line([10, y, w - 10, y], fill=ink, width=int(rng.integers(1, 3)))
        line = " ".join(rng.choice(WORDS, int(rng.integers(3, 14))))
        d.text((int(rng.integers(5, 60)), y), line.capitalize(), fill=ink, font=font)
        y += int(fs * rng.uniform(1.2, 2.2))
    if rng.random() < 0.5:  # scanned: blur, tilt, grey noise, dark edges
        img = img.rotate(rng.uniform(-4, 4), fillcolor=int(rng.integers(0, 120)), expand=True)
        img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0, 1.2)))
        a = np.asarray(img, np.float32) + rng.normal(0, rng.uniform(0, 12), (img.height, img.width))
        img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    if rng.random() < 0.15:  # dark-mode or a negative scan
        img = Image.fromarray(255 - np.asarray(img))
    return img


def screenshot(rng) -> Image.Image:
    w, h = int(rng.integers(400, 800)), int(rng.integers(260, 560))
    bg = tuple(int(v) for v in rng.integers(0, 256, 3))
    img = Image.new("RGB", (w, h), bg)
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, w, int(rng.integers(20, 50))], fill=tuple(int(v) for v in rng.integers(0, 256, 3)))
    for _ in range(int(rng.integers(3, 15))):
        x0, y0 = int(rng.integers(0, w - 40)), int(rng.integers(0, h - 20))
        x1, y1 = int(rng.integers(x0 + 20, w)), int(rng.integers(y0 + 10, h))
        d.rectangle([x0, y0, x1, y1], fill=tuple(int(v) for v in rng.integers(0, 256, 3)),
                    outline=(0, 0, 0) if rng.random() < 0.5 else None)
    font = _font(rng, int(rng.integers(10, 20)))
    for _ in range(int(rng.integers(5, 30))):
        d.text((int(rng.integers(0, w - 50)), int(rng.integers(0, h - 15))),
               " ".join(rng.choice(WORDS, int(rng.integers(1, 5)))), fill=(0, 0, 0), font=font)
    return img


def shapes(rng) -> Image.Image:
    """Photograph-like textures: overlapping shapes, smooth shading, blur and grain."""
    w, h = _size(rng)
    base = np.asarray(gradient(rng).resize((w, h)), np.float32) * rng.uniform(0.2, 1.0)
    img = Image.fromarray(base.astype(np.uint8)).convert("RGB")
    d = ImageDraw.Draw(img)
    for _ in range(int(rng.integers(3, 40))):
        x0, y0 = int(rng.integers(-50, w)), int(rng.integers(-50, h))
        x1, y1 = x0 + int(rng.integers(10, w)), y0 + int(rng.integers(10, h))
        colour = tuple(int(v) for v in rng.integers(0, 256, 3))
        kind = rng.integers(3)
        if kind == 0:
            d.ellipse([x0, y0, x1, y1], fill=colour)
        elif kind == 1:
            d.rectangle([x0, y0, x1, y1], fill=colour)
        else:
            pts = [(int(rng.integers(0, w)), int(rng.integers(0, h))) for _ in range(int(rng.integers(3, 7)))]
            d.polygon(pts, fill=colour)
    img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0, 4)))
    a = np.asarray(img, np.float32) + rng.normal(0, rng.uniform(0, 10), (h, w, 1))
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def ultrasound(rng) -> Image.Image:
    w, h = int(rng.integers(300, 520)), int(rng.integers(240, 420))
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    apex_x, apex_y = w / 2 + rng.uniform(-30, 30), rng.uniform(-40, 20)
    r = np.hypot(xx - apex_x, yy - apex_y)
    ang = np.arctan2(xx - apex_x, yy - apex_y)
    half = rng.uniform(0.4, 0.8)
    inside = (np.abs(ang) < half) & (r < h * rng.uniform(0.8, 1.0)) & (r > rng.uniform(0, 40))
    speckle = rng.rayleigh(rng.uniform(20, 50), (h, w))
    small = rng.random((max(2, h // 30), max(2, w // 30)))
    tissue = np.asarray(Image.fromarray(small.astype(np.float32)).resize((w, h), Image.BICUBIC))
    a = np.where(inside, speckle * (0.4 + tissue), 0) * np.exp(-r / (h * rng.uniform(0.8, 2.0)))
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.8))
    d = ImageDraw.Draw(img)
    font = _font(rng, 12)
    for _ in range(int(rng.integers(0, 6))):
        d.text((int(rng.integers(0, w - 60)), int(rng.integers(0, h - 15))), "MI 1.2 TIS 0.4",
               fill=255, font=font)
    return img


def cross_section(rng) -> Image.Image:
    """CT/MR-like: a bright or mid-grey ellipse of body on black, with inner structures."""
    s = int(rng.integers(240, 400))
    img = Image.new("L", (s, s), 0)
    d = ImageDraw.Draw(img)
    m = int(rng.integers(10, 60))
    d.ellipse([m, m + int(rng.integers(0, 60)), s - m, s - m], fill=int(rng.integers(80, 180)))
    for _ in range(int(rng.integers(3, 20))):
        x0, y0 = int(rng.integers(m, s - m)), int(rng.integers(m, s - m))
        rr = int(rng.integers(5, s // 6))
        d.ellipse([x0 - rr, y0 - rr, x0 + rr, y0 + rr], fill=int(rng.integers(0, 256)))
    if rng.random() < 0.5:
        d.ellipse([m, m, s - m, s - m], outline=255, width=int(rng.integers(3, 15)))
    img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.5, 3)))
    a = np.asarray(img, np.float32) + rng.normal(0, rng.uniform(0, 15), (s, s))
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def limb(rng) -> Image.Image:
    """Another body part on an X-ray: bright bones in soft tissue on a dark field."""
    w, h = _size(rng)
    img = Image.new("L", (w, h), int(rng.integers(0, 40)))
    d = ImageDraw.Draw(img)
    cx = w / 2 + rng.uniform(-w / 6, w / 6)
    tw = rng.uniform(0.2, 0.6) * w
    d.rounded_rectangle([cx - tw / 2, -20, cx + tw / 2, h + 20], radius=int(tw / 3),
                        fill=int(rng.integers(60, 120)))
    for _ in range(int(rng.integers(1, 6))):
        bx = cx + rng.uniform(-tw / 3, tw / 3)
        bw = rng.uniform(0.04, 0.15) * w
        y0, y1 = sorted(rng.uniform(-0.1, 1.1, 2) * h)
        d.rounded_rectangle([bx - bw / 2, y0, bx + bw / 2, max(y1, y0 + bw)], radius=int(bw / 2),
                            fill=int(rng.integers(170, 255)))
    img = img.rotate(rng.uniform(0, 360), fillcolor=int(rng.integers(0, 30)))
    img = img.filter(ImageFilter.GaussianBlur(rng.uniform(1, 4)))
    a = np.asarray(img, np.float32) + rng.normal(0, rng.uniform(1, 8), (h, w))
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


# kind -> (generator, class)
NOT_XRAY_KINDS = {"noise": noise, "gradients": gradient, "documents": document,
                  "screenshots": screenshot, "textures": shapes, "ultrasound": ultrasound,
                  "cross_sections": cross_section}
OTHER_XRAY_KINDS = {"limbs": limb}


def make_png(kind: str, rng: np.random.Generator) -> bytes:
    """A file as a user could pick it: colour kept (the application's colour check sees it)."""
    gen = NOT_XRAY_KINDS.get(kind) or OTHER_XRAY_KINDS[kind]
    buf = io.BytesIO()
    gen(rng).save(buf, format="PNG")
    return buf.getvalue()


def make(kind: str, rng: np.random.Generator) -> np.ndarray:
    gen = NOT_XRAY_KINDS.get(kind) or OTHER_XRAY_KINDS[kind]
    img = gen(rng)
    if img.mode != "L":  # colour is refused earlier; the model must see the grey version
        img = img.convert("L")
    return to_contract(img)
