"""JPEG and PNG decoding into the pixel contract (see imaging.py)."""

from __future__ import annotations

import io
import warnings

import numpy as np
from PIL import Image, ImageChops, ImageOps, UnidentifiedImageError

from ..errors import ImageRefused
from ..i18n import QT_TRANSLATE_NOOP
from .contract import XRay, check_declared_size, percentile_window
from .check_contract import COLOUR_CHROMA, colour_fraction


# 8-bit value -> contract pixel, exactly value / 255 in float32 (a lookup is cheaper than the division).
UNIT = np.arange(256, dtype=np.float32) / np.float32(255.0)


def read_raster(data: bytes, kind: str) -> XRay:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            img = Image.open(io.BytesIO(data))
            # The header alone gives the size: refuse bombs before decoding a pixel.
            check_declared_size(img.height, img.width)
            # Before exif_transpose, whose copy no longer knows how many frames the file has.
            frames = getattr(img, "n_frames", 1)
            img.load()
            img = ImageOps.exif_transpose(img)
    except ImageRefused:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ImageRefused("too_large", QT_TRANSLATE_NOOP(
            "Refusal", "The image declares far more pixels than any X-ray; it cannot be opened.")
        ) from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError) as exc:
        raise ImageRefused(
            "unreadable",
            QT_TRANSLATE_NOOP("Refusal", "The {kind} file is damaged or incomplete ({error}). "
                              "Copy or export the X-ray again."),
            kind=kind.upper(), error=_short(exc),
        ) from None
    if frames > 1:
        raise ImageRefused("unsupported", QT_TRANSLATE_NOOP(
            "Refusal", "Animated or multi-page images cannot be screened."))
    pixels, colour = _to_grey(img)
    return XRay(pixels=pixels, source_format=kind, colour_fraction=colour)


def _to_grey(img: Image.Image) -> tuple[np.ndarray, float]:
    """Contract pixels, and the share of coloured pixels (measured before the colour is lost)."""
    mode = img.mode
    colour = 0.0
    if mode in ("I;16", "I;16B", "I;16L", "I", "I;16N"):
        arr = np.asarray(img, dtype=np.float32)
        return percentile_window(arr), colour
    if mode == "F":
        return percentile_window(np.asarray(img, dtype=np.float32)), colour
    if mode == "1":
        img = img.convert("L")
    elif mode in ("LA", "La"):
        img = img.getchannel("L")
    elif mode != "L":
        # Palette, RGB(A), CMYK, YCbCr...: drop alpha, take luminance.
        rgb = img if mode == "RGB" else img.convert("RGB")
        grey = _grey_channel(rgb)
        if grey is not None:  # grey content stored as RGB, as most exported X-rays are
            return UNIT[np.asarray(grey)], colour
        colour = _colour_fraction(rgb)
        img = rgb.convert("L")
    return UNIT[np.asarray(img)], colour


def _grey_channel(rgb: Image.Image) -> Image.Image | None:
    """The one channel of an RGB image whose three channels are equal, else None. Pillow's
    luminance of such a pixel is exactly that value (its weights sum to 1 in 16-bit fixed
    point) and none of its pixels is coloured, so this skips the conversion and the colour
    measure: most X-rays exported as JPEG or PNG are grey content in three channels."""
    r, g, b = rgb.split()
    if ImageChops.difference(r, g).getbbox() is None and ImageChops.difference(r, b).getbbox() is None:
        return r
    return None


def _colour_fraction(rgb: Image.Image) -> float:
    """``check_contract.colour_fraction`` computed by Pillow in C for images up to a few
    megapixels (the numpy version on a 224-px image cost more than the pneumonia model's
    inference); larger images go through the numpy version on a subsample."""
    if rgb.width * rgb.height > 4_000_000:
        return colour_fraction(np.asarray(rgb))
    r, g, b = rgb.split()
    chroma = ImageChops.subtract(ImageChops.lighter(ImageChops.lighter(r, g), b),
                                 ImageChops.darker(ImageChops.darker(r, g), b))
    counts = chroma.histogram()
    return float(sum(counts[COLOUR_CHROMA // 2 + 1:])) / float(rgb.width * rgb.height)


def _short(exc: BaseException) -> str:
    if isinstance(exc, UnidentifiedImageError):
        # Pillow's own text names the in-memory buffer and its address ("cannot identify image
        # file <_io.BytesIO object at 0x7f...>"), which means nothing to the person reading it.
        return "its contents cannot be read as an image"
    text = str(exc).strip() or type(exc).__name__
    return text if len(text) < 120 else text[:117] + "..."
