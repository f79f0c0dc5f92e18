"""Side (lateral) chest views drawn from anatomy, for the input check to learn what is NOT a frontal
chest. No lateral chest X-ray may fit a shipped model's weights (ood/lateral_cxr is for evaluation
only), so the check is shown drawings instead.

What a lateral projection shows, and a frontal one does not:
- one lung field (both lungs lie on top of each other), not two mirrored ones;
- the spine, a column of vertebral bodies, near the back edge of the chest, not in the middle;
- the sternum along the front edge, the heart in the front lower part of the lung field;
- the diaphragm falling from front to back, often the arms raised out of the way.

The drawing gives the layout; the texture inside the lung field (ribs, vessels) is the band-passed
texture of ONE lung of a real frontal chest of the training patients (``texture``), so that the
check cannot tell a drawing by its smoothness alone.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

SIZE = 256


def _poly_ellipse(cx, cy, rx, ry, n=48):
    t = np.linspace(0, 2 * np.pi, n, endpoint=False)
    return [(float(cx + rx * np.cos(a)), float(cy + ry * np.sin(a))) for a in t]


def lung_texture(base: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """The band-passed texture of one lung of a frontal chest (224-px base, [0, 1]), resized to
    SIZE x SIZE, zero mean."""
    h, w = base.shape
    left = rng.random() < 0.5
    x0, x1 = (int(0.08 * w), int(0.48 * w)) if left else (int(0.52 * w), int(0.92 * w))
    crop = base[int(0.12 * h):int(0.78 * h), x0:x1]
    img = Image.fromarray((np.clip(crop, 0, 1) * 255).astype(np.uint8)).resize((SIZE, SIZE),
                                                                              Image.BILINEAR)
    a = np.asarray(img, np.float32)
    smooth = np.asarray(img.filter(ImageFilter.GaussianBlur(10)), np.float32)
    return a - smooth


@dataclass
class _Lung:
    """The one lung field of a side view: its top, the diaphragm (front, back and the dome's
    points), its front and back edges, its density and its mask."""

    top: float
    dia_front: float
    dia_back: float
    front: float
    back: float
    xs: np.ndarray
    dome: list[float]
    value: float
    mask: Image.Image


def _torso(d: ImageDraw.ImageDraw, rng, soft: float) -> tuple[float, float]:
    """The torso from the side: the front edge bulging forward in the middle, the back edge
    nearly straight. Returns (front, back) in pixels."""
    s = SIZE
    front = rng.uniform(0.06, 0.22) * s
    back = rng.uniform(0.80, 0.97) * s
    ys = np.linspace(-0.05 * s, 1.05 * s, 24)
    bulge = rng.uniform(0.0, 0.08) * s
    fx = [front - bulge * np.sin(np.pi * min(max(y / s, 0), 1)) for y in ys]
    bx = [back + rng.uniform(-0.01, 0.01) * s for _ in ys]
    d.polygon([*zip(fx, ys), *zip(bx[::-1], ys[::-1])], fill=soft)
    return front, back


def _arms(d: ImageDraw.ImageDraw, rng, soft: float) -> None:
    """Raised arms (none, one or two): bright bands leaving the top of the picture."""
    s = SIZE
    for _ in range(int(rng.integers(0, 3))):
        x = rng.uniform(0.25, 0.75) * s
        wdt = rng.uniform(0.08, 0.16) * s
        ang = rng.uniform(-0.5, 0.5)
        y1 = rng.uniform(0.15, 0.35) * s
        d.polygon([(x - wdt / 2, -5), (x + wdt / 2, -5), (x + wdt / 2 + ang * y1, y1),
                   (x - wdt / 2 + ang * y1, y1)], fill=soft + rng.uniform(15, 45))


def _lung_field(d: ImageDraw.ImageDraw, rng, soft: float, front: float, back: float) -> _Lung:
    """One lung field: the apex near the top, the diaphragm falling from front to back."""
    s = SIZE
    top = rng.uniform(0.06, 0.20) * s
    dia_front = rng.uniform(0.58, 0.76) * s
    dia_back = min(dia_front + rng.uniform(0.05, 0.16) * s, 0.92 * s)
    lf = front + rng.uniform(0.05, 0.10) * s
    lb = back - rng.uniform(0.04, 0.10) * s
    xs = np.linspace(lf, lb, 20)
    dome = [dia_front + (dia_back - dia_front) * (x - lf) / (lb - lf)
            - rng.uniform(0.02, 0.05) * s * np.sin(np.pi * (x - lf) / (lb - lf)) for x in xs]
    apex = [(lf + 0.25 * (lb - lf), top + 0.08 * s), (0.5 * (lf + lb), top),
            (lb - 0.15 * (lb - lf), top + 0.04 * s)]
    value = soft - rng.uniform(45, 85)
    mask = Image.new("L", (s, s), 0)
    outline = [(lf, dome[0]), *apex, (lb, dome[-1]), *zip(xs[::-1], dome[::-1])]
    ImageDraw.Draw(mask).polygon(outline, fill=255)
    d.polygon(outline, fill=value)
    return _Lung(top, dia_front, dia_back, lf, lb, xs, dome, value, mask)


def _heart_and_sternum(d: ImageDraw.ImageDraw, rng, soft: float, front: float,
                       lung: _Lung) -> None:
    """The heart in the front lower part of the lung field (about as dense as soft tissue), and
    the sternum along the front wall down to it."""
    s = SIZE
    hx = lung.front + rng.uniform(0.15, 0.30) * (lung.back - lung.front)
    hy = lung.dia_front - rng.uniform(0.08, 0.14) * s
    heart = _poly_ellipse(hx, hy, rng.uniform(0.13, 0.22) * s, rng.uniform(0.12, 0.18) * s)
    d.polygon(heart, fill=soft - rng.uniform(0, 20))
    d.line([(front + 0.03 * s, lung.top + 0.05 * s), (front + 0.05 * s, hy)], fill=soft + 40,
           width=int(rng.integers(3, 7)))


def _spine(d: ImageDraw.ImageDraw, rng, soft: float, back: float) -> float:
    """Vertebral bodies near the back, on a gentle curve, top to bottom, each with its pedicle
    and posterior elements behind it. Returns the spine's column."""
    s = SIZE
    sx = back - rng.uniform(0.12, 0.22) * s
    vh = rng.uniform(0.045, 0.065) * s
    vw = rng.uniform(0.07, 0.11) * s
    curve = rng.uniform(-0.05, 0.05) * s
    y = -vh * rng.uniform(0, 1)
    bone = soft + rng.uniform(25, 70)
    while y < s:
        x = sx + curve * np.sin(np.pi * y / s)
        d.rectangle([x - vw / 2, y, x + vw / 2, y + vh * 0.8], fill=bone)
        d.line([(x + vw / 2, y + vh * 0.4), (x + vw / 2 + 0.05 * s, y + vh * 0.5)], fill=bone - 20,
               width=3)
        y += vh
    return sx


def _abdomen(d: ImageDraw.ImageDraw, rng, soft: float, lung: _Lung) -> None:
    """Below the diaphragm: the abdomen, sometimes a gas bubble."""
    s = SIZE
    d.polygon([*zip(lung.xs, lung.dome), (lung.back, s + 5), (lung.front, s + 5)],
              fill=soft + rng.uniform(0, 25))
    if rng.random() < 0.5:
        gx = lung.front + rng.uniform(0.2, 0.6) * (lung.back - lung.front)
        gy = max(lung.dome) + rng.uniform(0.04, 0.10) * s
        d.polygon(_poly_ellipse(gx, gy, 0.06 * s, 0.03 * s), fill=lung.value)


def _finish(img: Image.Image, rng, texture: np.ndarray | None, lung: _Lung,
            spine: float) -> np.ndarray:
    """An exposure gradient, the lung's texture (or faint ribs falling from the spine towards
    the front), blur, noise, a gamma, and the front on either side."""
    s = SIZE
    a = np.asarray(img, np.float32)
    yy, xx = np.mgrid[0:s, 0:s] / s  # soft tissue is never flat
    a = a + rng.uniform(-25, 25) * (xx - 0.5) + rng.uniform(-25, 25) * (yy - 0.5)
    inside = np.asarray(lung.mask.filter(ImageFilter.GaussianBlur(3)), np.float32) / 255.0
    if texture is not None:
        a = a + inside * texture * rng.uniform(0.8, 1.6)
    else:
        ribs = Image.new("F", (s, s), 0.0)
        rd = ImageDraw.Draw(ribs)
        for k in range(int(rng.integers(6, 11))):
            y0 = lung.top + k * (lung.dia_back - lung.top) / 10
            rd.arc([spine - 0.9 * s, y0 - 0.1 * s, spine, y0 + 0.5 * s], 270, 360, fill=25, width=3)
        a = a + inside * np.asarray(ribs, np.float32)
    a = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    a = np.asarray(a.filter(ImageFilter.GaussianBlur(rng.uniform(1.0, 2.5))), np.float32)
    a = a + rng.normal(0, rng.uniform(1, 6), a.shape)
    a = np.clip(a / 255.0, 0, 1) ** rng.uniform(0.8, 1.25)
    if rng.random() < 0.5:
        a = a[:, ::-1]
    return np.ascontiguousarray(a, dtype=np.float32)


def draw(rng: np.random.Generator, texture: np.ndarray | None = None) -> np.ndarray:
    """One lateral chest, SIZE x SIZE float32 in [0, 1] (bright = dense), the front on the left
    or on the right at random. ``texture`` (``lung_texture``) fills the lung field; without it,
    faint ribs are drawn. The parts are drawn in this order, each over the one before."""
    air = float(rng.uniform(0, 35))
    soft = float(rng.uniform(95, 150))
    img = Image.new("F", (SIZE, SIZE), air)
    d = ImageDraw.Draw(img)
    front, back = _torso(d, rng, soft)
    _arms(d, rng, soft)
    lung = _lung_field(d, rng, soft, front, back)
    _heart_and_sternum(d, rng, soft, front, lung)
    spine = _spine(d, rng, soft, back)
    _abdomen(d, rng, soft, lung)
    return _finish(img, rng, texture, lung, spine)
