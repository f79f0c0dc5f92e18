"""``cxrtrain field-eval``: both shipped models judged the way a new site meets them, through the
application's own command line (``cxrscreen screen --json``), on every labelled collection we
have, one collection at a time, with framing shifts (issue 20's targets).

- A refused film counts as referred (the child goes to a clinician either way), and separately as
  a false refusal, since every film here is a frontal chest.
- A film the check accepts with a doubt about its view (``refer_reason``) counts as referred.
- ROC-AUC with a refusal as the highest score (what the site sees), and on accepted films only.

Collections: ``external_val`` (children, the training hospital's second collection), the held-out
test patients of ``nih_adult`` (adults, another hospital; radiologists' reads only, split as the
models split it), and ``chest_other`` (frontal chests from many hospitals, no usable label: false
refusals only). Shifts are made from the decoded pixels, saved as 8-bit PNG, and read again by
the application like any other file.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
from PIL import Image

from cxrscreen.core.xray.read import read_xray

from . import metrics
from .robustness import crop, pad, rotate

FIELD_SHIFTS = {"none": None, "crop 10% of each edge": crop(0.10), "pad 10% on each edge": pad(0.10),
                "rotate +10°": rotate(10.0), "rotate -10°": rotate(-10.0)}


def collections(data_root: Path) -> dict[str, list[tuple[Path, int | None]]]:
    """{name: [(file, label or None)]} of every collection that can judge a shipped model."""
    from .data import deduplicate, discover, split_by_patient
    from .labels_csv import strong_only
    from .sites import SECOND_SITE_SPLIT

    out: dict[str, list[tuple[Path, int | None]]] = {}
    ext = data_root / "chest_xray" / "external_val"
    if ext.is_dir():
        samples, _ = deduplicate(discover(ext))
        out["external_val"] = [(Path(s.path), s.label) for s in samples]
    nih = data_root / "nih_adult"
    if nih.is_dir():
        (val_f, test_f), seed = SECOND_SITE_SPLIT
        samples, _ = deduplicate(discover(nih))
        _, _, test = split_by_patient(samples, val_f, test_f, seed)
        out["nih_adult (held-out patients)"] = [(Path(s.path), s.label) for s in strong_only(test)]
    other = data_root / "chest_other"
    if other.is_dir():
        out["chest_other"] = [(p, None) for p in sorted(other.iterdir())
                              if p.suffix.lower() in (".png", ".jpg", ".jpeg")]
    return out


def screen(files: list[Path], model: Path | None) -> dict[str, dict]:
    """``cxrscreen screen --json`` on ``files``: {file as given: its JSON line}."""
    cmd = [sys.executable, "-m", "cxrscreen", "screen", "--json"]
    if model is not None:
        cmd += ["--model", str(model)]
    out: dict[str, dict] = {}
    for i in range(0, len(files), 200):  # keep each command line short
        chunk = files[i:i + 200]
        done = subprocess.run(cmd + [str(f) for f in chunk], capture_output=True, text=True)
        if done.returncode not in (0, 1):
            raise RuntimeError(f"cxrscreen screen failed ({done.returncode}): {done.stderr[-2000:]}")
        for line in done.stdout.splitlines():
            row = json.loads(line)
            out[row["file"]] = row
    return out


def judge(rows: list[dict], labels: list[int | None]) -> dict:
    refused = np.array([not r["ok"] for r in rows])
    codes: dict[str, int] = {}
    for r in rows:
        if not r["ok"]:
            codes[r["error"]["code"]] = codes.get(r["error"]["code"], 0) + 1
    out = {"n": len(rows), "false_refusals": round(float(refused.mean()), 4),
           "refused_by_code": codes,
           "view_doubts": int(sum(1 for r in rows if r["ok"] and r.get("refer_reason")))}
    if any(lab is None for lab in labels):
        return out
    y = np.array(labels)
    score = np.array([r["score"] if r["ok"] else 1.0 for r in rows])
    referred = np.array([(not r["ok"]) or r["label"] == "PNEUMONIA" or bool(r.get("refer_reason"))
                         for r in rows])
    out.update({"positives": int(y.sum()),
                "auc": round(metrics.roc_auc(y, score), 4),
                "auc_accepted": round(metrics.roc_auc(y[~refused], score[~refused]), 4)
                if 0 < y[~refused].sum() < (~refused).sum() else None,
                "sensitivity": round(float(referred[y == 1].mean()), 4),
                "specificity": round(float(1 - referred[y == 0].mean()), 4)})
    return out


def field_eval(data_root: Path, out: Path, model: Path | None = None,
               shifts: list[str] | None = None, limit: int | None = None,
               only: list[str] | None = None) -> dict:
    out.mkdir(parents=True, exist_ok=True)
    report: dict = {"model": str(model) if model else "the newest shipped", "collections": {}}
    for name, items in collections(data_root).items():
        if only and not any(name.startswith(o) for o in only):
            continue
        items = items[:limit] if limit else items
        labels = [lab for _, lab in items]
        per_shift = {}
        for shift_name in shifts or list(FIELD_SHIFTS):
            shift = FIELD_SHIFTS[shift_name]
            with tempfile.TemporaryDirectory(prefix="field-eval-") as tmp:
                files = [p for p, _ in items] if shift is None else _shifted(items, shift, Path(tmp))
                rows = screen(files, model)
                per_shift[shift_name] = judge([rows[str(f)] for f in files], labels)
        report["collections"][name] = per_shift
    (out / "field_eval.json").write_text(json.dumps(report, indent=2))
    (out / "FIELD_EVAL.md").write_text(markdown(report))
    return report


def _shifted(items, shift, folder: Path) -> list[Path]:
    files = []
    for i, (path, _) in enumerate(items):
        original = read_xray(path).pixels
        pixels = shift(original)
        if pixels.shape[0] < original.shape[0]:  # a cut: resized back, as another machine's
            pixels = np.asarray(Image.fromarray(pixels).resize(  # export would be
                (original.shape[1], original.shape[0]), Image.Resampling.BILINEAR))
        target = folder / f"{i:05d}.png"
        Image.fromarray(np.clip(np.rint(pixels * 255.0), 0, 255).astype(np.uint8)).save(target)
        files.append(target)
    return files


def markdown(report: dict) -> str:
    lines = [f"# Field evaluation: {report['model']}", "",
             "Through `cxrscreen screen --json`; a refused film counts as referred. "
             "Written by `cxrtrain field-eval`.", "",
             "| collection | shift | images | false refusals | view doubts (referred) | AUC | "
             "AUC (accepted) | sensitivity | specificity |", "|---|---|---|---|---|---|---|---|---|"]
    for name, shifts in report["collections"].items():
        for shift, r in shifts.items():
            def f(k):
                v = r.get(k)
                return "–" if v is None else f"{v:.3f}"
            lines.append(f"| {name} | {shift} | {r['n']} | {100 * r['false_refusals']:.1f}% "
                         f"{_codes(r['refused_by_code'])} | {r['view_doubts']} | {f('auc')} | "
                         f"{f('auc_accepted')} | {f('sensitivity')} | {f('specificity')} |")
    return "\n".join(lines) + "\n"


def _codes(codes: dict) -> str:
    return "(" + ", ".join(f"{k} {v}" for k, v in sorted(codes.items())) + ")" if codes else ""
