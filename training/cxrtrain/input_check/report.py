"""``cxrtrain input-check evaluate``: refusal rates per kind of input and false refusals per chest
set, measured through the application's own code (read_xray, then InputChecker.check: the colour
check, the model, the corrections), exactly as a user's file would go."""

from __future__ import annotations

import json
import time
from collections import Counter
from pathlib import Path

import numpy as np

from cxrscreen.core.errors import ImageRefused
from cxrscreen.core.xray.contract import XRay
from cxrscreen.core.xray.read import read_xray
from cxrscreen.core.screening.input_check import InputChecker

from . import synth
from .dataset import chest_split
from .dataset import image_files
from .thresholds import net_turns

EVAL_SEED = 20261123  # not the training seed: fresh synthetic images
OOD_FOLDERS = ("knee", "dental", "hand", "lateral_cxr", "natural")
REAL_DICOM_CHESTS = ("WG04_RG1_J2KI_chest_CR.dcm", "SIIM_chest_CR_jpeg_baseline.dcm",
                     "SIIM_chest_CR_tagged_MONOCHROME1.dcm")
SAMPLES = Path(__file__).resolve().parents[3] / "desktop" / "cxrscreen" / "samples"


def outcome(checker: InputChecker, source) -> tuple[str, tuple[str, ...], float]:
    """("accepted" | refusal code, corrections, check ms) for one file (path/bytes) or XRay."""
    try:
        xray = source if isinstance(source, XRay) else read_xray(source)
    except ImageRefused as exc:
        return exc.code, (), 0.0
    try:
        _, result = checker.check(xray)
    except ImageRefused as exc:
        return exc.code, tuple((exc.input_check or {}).get("corrections", ())), \
            float((exc.input_check or {}).get("ms", 0.0))
    return "accepted", result.corrections, result.ms


def evaluate(model_dir: Path, data_root: Path, out: Path | None = None, per_kind: int = 100) -> str:
    checker = InputChecker.load(model_dir, threads=2)
    t0 = time.time()
    refuse: dict[str, list] = {}
    for name in OOD_FOLDERS:
        refuse[f"ood/{name}" + (" (fitted)" if name == "knee" else "")] = \
            [outcome(checker, p) for p in image_files(data_root / "ood" / name)]
    rng = np.random.default_rng(EVAL_SEED)
    for kind in [*synth.NOT_XRAY_KINDS, *synth.OTHER_XRAY_KINDS]:
        refuse[f"synthetic {kind}"] = [outcome(checker, synth.make_png(kind, rng))
                                       for _ in range(per_kind)]
    _, _, test = chest_split(data_root)
    test_xrays = [read_xray(s.path) for s in test]
    chests = {
        "chest_xray/external_val": [outcome(checker, p) for p in
                                    sorted((data_root / "chest_xray" / "external_val").glob("*/*"))],
        "chest_xray/train internal test split": [outcome(checker, x) for x in test_xrays],
        "chest_other": [outcome(checker, p) for p in image_files(data_root / "chest_other")],
        "real_dicom chests": [outcome(checker, data_root / "real_dicom" / n) for n in REAL_DICOM_CHESTS],
        "real_images": [outcome(checker, p) for p in image_files(data_root / "real_images")],
        "app samples (chests)": [outcome(checker, p) for p in image_files(SAMPLES)
                                 if "refused" not in p.name],
    }
    # Turned and negative chests: the internal test split, transformed.
    from dataclasses import replace

    transformed = {}
    for label, k, inv in (("rotated 90", 1, False), ("rotated 180", 2, False),
                          ("rotated 270", 3, False), ("inverted", 0, True),
                          ("inverted + rotated 90", 1, True)):
        results = []
        for x in test_xrays:
            px = 1.0 - x.pixels if inv else x.pixels
            px = np.ascontiguousarray(np.rot90(px, k), dtype=np.float32)
            code, fixes, ms = outcome(checker, replace(x, pixels=px))
            if code == "accepted":
                # the corrections must undo exactly what was done
                code = "corrected" if net_turns(fixes) == (inv, (-k) % 4) else "WRONGLY accepted"
            results.append((code, fixes, ms))
        transformed[f"chest {label}"] = results
    report = _report(checker, refuse, chests, transformed, time.time() - t0)
    text = _markdown(report)
    if out:
        out.mkdir(parents=True, exist_ok=True)
        (out / "input_check_report.json").write_text(json.dumps(report, indent=2))
        (out / "input_check_report.md").write_text(text)
    return text


def _report(checker, refuse, chests, transformed, seconds) -> dict:
    def codes(rs):
        return dict(Counter(r[0] for r in rs))

    kinds = {k: {"n": len(rs), "refused": sum(r[0] != "accepted" for r in rs) / max(1, len(rs)),
                 "codes": codes(rs)} for k, rs in refuse.items()}
    allr = [r for rs in refuse.values() for r in rs]
    chest = {k: {"n": len(rs), "wrongly_refused": sum(r[0] != "accepted" for r in rs) / max(1, len(rs)),
                 "corrected": sum(bool(r[1]) and r[0] == "accepted" for r in rs),
                 "codes": codes(rs)} for k, rs in chests.items()}
    trans = {k: {"n": len(rs), "codes": codes(rs),
                 "scored_as_if_upright": sum(r[0] == "WRONGLY accepted" for r in rs) / max(1, len(rs))}
             for k, rs in transformed.items()}
    ms = [r[2] for rs in chests.values() for r in rs if r[2] > 0]
    return {"model": checker.info, "thresholds": {"frontal_chest": checker.threshold,
                                                  "distance": checker.distance_threshold,
                                                  "correction": checker.correction_threshold,
                                                  "view": checker.view_threshold},
            "non_chest": kinds, "non_chest_all": {"n": len(allr), "refused": sum(
                r[0] != "accepted" for r in allr) / max(1, len(allr))},
            "chest_sets": chest, "turned_or_negative": trans,
            "check_ms_p50": float(np.median(ms)) if ms else None, "seconds": round(seconds, 1)}


def _markdown(r: dict) -> str:
    lines = [f"# Input check {r['model']['name']} {r['model']['version']}: evaluation", "",
             f"Thresholds: P(frontal chest) >= {r['thresholds']['frontal_chest']:.4g}, distance <= "
             f"{r['thresholds']['distance']:.4g}, correction >= {r['thresholds']['correction']:.4g}"
             + (f", two-sided view score >= {r['thresholds']['view']:.4g}"
                if r['thresholds'].get('view') is not None else "") + ". "
             f"Check cost p50 {r['check_ms_p50']:.2f} ms per image (after reading).", "",
             "## Refused (target >= 90% of each kind, >= 97% of all)", "",
             "| input | n | refused | codes |", "| --- | ---: | ---: | --- |"]
    for k, v in r["non_chest"].items():
        lines.append(f"| {k} | {v['n']} | {v['refused']:.1%} | {_c(v['codes'])} |")
    a = r["non_chest_all"]
    lines += [f"| **all non-chest** | {a['n']} | **{a['refused']:.1%}** | |", "",
              "## Wrongly refused chests (targets: <= 1% external_val and internal test, <= 5% "
              "chest_other, none of the real files)", "",
              "| set | n | wrongly refused | accepted after a correction | outcomes |",
              "| --- | ---: | ---: | ---: | --- |"]
    for k, v in r["chest_sets"].items():
        lines.append(f"| {k} | {v['n']} | {v['wrongly_refused']:.1%} | {v['corrected']} | {_c(v['codes'])} |")
    lines += ["", "## Turned and negative chests (internal test split): never scored as if upright", "",
              "| input | n | scored as if upright | outcomes |", "| --- | ---: | ---: | --- |"]
    for k, v in r["turned_or_negative"].items():
        lines.append(f"| {k} | {v['n']} | {v['scored_as_if_upright']:.1%} | {_c(v['codes'])} |")
    return "\n".join(lines) + "\n"


def _c(codes: dict) -> str:
    return ", ".join(f"{k} {v}" for k, v in sorted(codes.items(), key=lambda kv: -kv[1]))
