"""``cxrtrain input-check shifts CHECK``: how many frontal chests of chest_xray/external_val the
whole input check refuses under each of the robustness shifts (cxrtrain.robustness.SHIFTS: gamma,
blur, noise, JPEG, crops, borders, tilts, half resolution), through the application's own path
(read_xray, then InputChecker.check). A check that refuses many tilted or re-framed chests would
turn children away in the field, where exposures and framings vary.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from cxrscreen.core.errors import ImageRefused
from cxrscreen.core.xray.read import read_xray
from cxrscreen.core.screening.input_check import InputChecker

from ..robustness import SHIFTS


def refusals_under_shifts(check_dir: Path, files: list[Path]) -> dict[str, dict]:
    """{shift name: {"n", "refused" (fraction), "codes"}} for every shift (``none``: as read)."""
    check = InputChecker.load(check_dir)
    xrays = [read_xray(f) for f in files]
    out = {}
    for name, shift in SHIFTS.items():
        codes: dict[str, int] = {}
        for xray in xrays:
            try:
                check.check(replace(xray, pixels=shift(xray.pixels)))
            except ImageRefused as exc:
                codes[exc.code] = codes.get(exc.code, 0) + 1
        out[name] = {"n": len(xrays), "refused": sum(codes.values()) / max(1, len(xrays)),
                     "codes": codes}
    return out


def main(check_dir: Path, data_root: Path, limit: int | None = None) -> dict[str, dict]:
    files = sorted((data_root / "chest_xray" / "external_val").glob("*/*"))[:limit]
    if not files:
        raise SystemExit(f"no images in {data_root / 'chest_xray' / 'external_val'}")
    result = refusals_under_shifts(check_dir, files)
    print(f"{check_dir}: chest_xray/external_val ({len(files)} frontal chests) wrongly refused")
    for name, row in result.items():
        print(f"  {name:28s} {row['refused']:6.1%}  {row['codes']}")
    return result
