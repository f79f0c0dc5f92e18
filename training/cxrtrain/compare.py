"""The comparison table of several runs (architecture iteration, as the seed studies did)."""

from __future__ import annotations

import json
import time
from pathlib import Path

import numpy as np

from .report import format_ci


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
    """One row per run, ranked by ROC-AUC on the second collection when the runs have one (a
    split of the training folder is saturated and cannot tell a better model from a worse one)."""
    rows = []
    for run in run_dirs:
        run = Path(run)
        meta_path = _exported_metadata(run)
        if meta_path is None:
            print(f"{run}: no exported model found (run `cxrtrain export` first); left out")
            continue
        meta = json.loads(meta_path.read_text())
        m = meta["metrics"]
        test = m["test"]["screening"]
        ext = (m.get("external") or {}).get("screening")
        epochs = sum(1 for _ in open(run / "history.csv")) - 1 if (run / "history.csv").exists() else "?"
        rows.append((ext["roc_auc"]["value"] if ext else float("-inf"), test["roc_auc"]["value"], (
            f"| {meta['name']} {meta['version']} ({meta['architecture']}) | {_params(run):,} | "
            f"{meta['size_bytes'] / 1024:.0f} | {_ext_cells(ext)} | {format_ci(test['roc_auc'])} | "
            f"{test['sensitivity']['value']:.3f} | {test['specificity']['value']:.3f} | "
            f"{litert_latency_ms(meta_path.parent / 'model.tflite'):.1f} | {epochs} | "
            f"{meta['training']['train_seconds']} |")))
    rows.sort(key=lambda r: (r[0], r[1]), reverse=True)
    table = "\n".join([
        "| model | parameters | int8 size (KB) | second collection AUC (95% CI) | its sensitivity | "
        "its specificity | internal test AUC (95% CI) | internal sensitivity | internal specificity | "
        "LiteRT p50 (ms, 2 threads) | epochs run | train time (s) |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
        *[r[2] for r in rows]]) + "\n"
    header = ("# Model comparison\n\n"
              "Written by `cxrtrain compare`, best first: ranked by ROC-AUC on the second collection "
              "(`external_val`, never trained on) when a run has one, then by the internal test "
              "split. Figures are for the exported int8 model at each model's own screening "
              "threshold; the second collection may have chosen that threshold and the epoch (see "
              "each model card), the internal test split chose nothing. Latency: median of 50 "
              "LiteRT invokes, 2 threads, on the machine that ran the comparison. Train time: wall "
              "time on 2 shared cores.\n\n")
    Path(out).write_text(header + table)
    print(table)
    return table


def _ext_cells(ext: dict | None) -> str:
    if not ext:
        return "not measured | – | –"
    return f"{format_ci(ext['roc_auc'])} | {ext['sensitivity']['value']:.3f} | {ext['specificity']['value']:.3f}"


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
