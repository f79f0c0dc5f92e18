"""The comparison table of several runs (architecture iteration, as the seed studies did)."""

from __future__ import annotations

import json
import time
from pathlib import Path

import numpy as np


def litert_latency_ms(tflite_path: Path, repeats: int = 50) -> float:
    from ai_edge_litert.interpreter import Interpreter

    interp = Interpreter(model_path=str(tflite_path), num_threads=2)
    interp.allocate_tensors()
    inp = interp.get_input_details()[0]
    interp.set_tensor(inp["index"], np.zeros(inp["shape"], dtype=inp["dtype"]))
    for _ in range(5):
        interp.invoke()
    times = []
    for _ in range(repeats):
        t = time.perf_counter()
        interp.invoke()
        times.append((time.perf_counter() - t) * 1000)
    return float(np.median(times))


def compare_runs(run_dirs: list[Path], out: Path) -> str:
    rows = ["| model | parameters | int8 size (KB) | val AUC | test AUC (95% CI) | test sensitivity | test specificity | LiteRT p50 (ms, 2 threads) | epochs run | train time (s) |",
            "|---|---|---|---|---|---|---|---|---|---|"]
    for run in run_dirs:
        run = Path(run)
        meta_path = _exported_metadata(run)
        if meta_path is None:
            print(f"{run}: no exported model found (run `cxrtrain export` first); left out")
            continue
        meta = json.loads(meta_path.read_text())
        params = _params(run)
        test = meta["metrics"]["test"]["screening"]
        val_auc = meta["metrics"]["validation"]["screening"]["roc_auc"]["value"]
        auc = test["roc_auc"]
        epochs = sum(1 for _ in open(run / "history.csv")) - 1 if (run / "history.csv").exists() else "?"
        rows.append(
            f"| {meta['architecture']} | {params:,} | {meta['size_bytes'] / 1024:.0f} | {val_auc:.3f} | "
            f"{auc['value']:.3f} ({auc['ci95'][0]:.3f}–{auc['ci95'][1]:.3f}) | "
            f"{test['sensitivity']['value']:.3f} | {test['specificity']['value']:.3f} | "
            f"{litert_latency_ms(meta_path.parent / 'model.tflite'):.1f} | {epochs} | "
            f"{meta['training']['train_seconds']} |")
    table = "\n".join(rows) + "\n"
    header = ("# Architecture comparison\n\n"
              "Written by `cxrtrain compare`. Every run used the same patient-grouped split, seed and "
              "224 px input. Figures are for the exported int8 model: validation AUC on the "
              "validation split (which chose the checkpoint and the thresholds), the rest on the "
              "internal test split, at each model's own screening threshold (validation "
              "sensitivity >= 0.97). Latency: median of 50 LiteRT invokes, 2 threads, on the "
              "machine that ran the comparison. Train time: wall time on 2 shared cores.\n\n")
    Path(out).write_text(header + table)
    print(table)
    return table


def _exported_metadata(run: Path) -> Path | None:
    """The run's own export, else the one in the repository's edge_models/ (the shipped run)."""
    found = next(run.rglob("metadata.json"), None)
    if found is not None:
        return found
    cfg = json.loads((run / "config.json").read_text())["export"]
    shipped = Path(__file__).resolve().parents[2] / "edge_models" / cfg["name"] / cfg["version"]
    meta = shipped / "metadata.json"
    if meta.is_file() and json.loads(meta.read_text())["training"]["git_commit"].split("-")[0] == \
            (run / "git_commit.txt").read_text().strip().split("-")[0]:
        return meta
    return None


def _params(run: Path) -> int:
    import keras

    return keras.models.load_model(run / "best.keras", compile=False).count_params()
