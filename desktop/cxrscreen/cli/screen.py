"""`cxrscreen screen`: score files or folders without storing anything."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from ..core.file_names import readable

EXIT_OK, EXIT_REFUSED, EXIT_USAGE, EXIT_MODEL = 0, 1, 2, 3


def add_commands(sub) -> None:
    p = sub.add_parser("screen", help="screen X-ray files or folders and print the results (stores nothing)",
                       description="Screen X-ray files or folders (recursively, in sorted order). "
                       "Exit status: 0 all scored, 1 some refused, 2 usage error, 3 model error.")
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    p.add_argument("--model", type=Path, default=None, help="model folder (default: the newest shipped)")
    p.add_argument("--heatmap-dir", type=Path, default=None, help="write a heatmap overlay PNG per image here")
    p.add_argument("--operating-point", default=None, help="screening (default) or balanced")
    p.add_argument("--threads", type=_threads, default=2,
                   help="threads (default 2): one file's model uses them all; several files are "
                   "screened that many at a time")
    p.set_defaults(func=run_screen)


def _threads(text: str) -> int:
    import argparse

    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 1 <= value <= 64:
        raise argparse.ArgumentTypeError(f"must be a whole number from 1 to 64, not {text!r}")
    return value


# Inside a folder these are never X-rays: documents beside the images, and the DICOMDIR index an
# X-ray console writes to a USB stick. A file named on the command line is always tried.
NOT_IMAGES = {".md", ".txt", ".json", ".csv", ".pdf", ".html", ".htm", ".xml", ".log", ".ini",
              ".toml", ".yaml", ".yml", ".py", ".sh", ".bat", ".exe", ".zip"}


def _is_candidate(path: Path, root: Path) -> bool:
    if not path.is_file() or any(part.startswith(".") for part in path.relative_to(root).parts):
        return False
    return path.suffix.lower() not in NOT_IMAGES and path.name.upper() != "DICOMDIR"


def expand(paths: list[Path]) -> list[Path]:
    """Files as given; folders recursively, sorted, skipping hidden files, documents and
    DICOMDIR indexes."""
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            out += sorted(p for p in path.rglob("*") if _is_candidate(p, path))
        else:
            out.append(path)
    return out


def run_screen(args) -> int:
    from ..core.screening.batch import screen_many
    from ..core.errors import CxrError, ModelError
    from ..core.screening.screener import Screener
    from ..core.screening.overlay import save_overlay

    missing = [str(p) for p in args.paths if not p.exists()]
    if missing:
        print(f"cxrscreen screen: no such file or folder: {', '.join(missing)}", file=sys.stderr)
        return EXIT_USAGE
    files = expand(args.paths)
    # One file: the model uses every thread. Several: that many files are screened at once, each
    # by a model with one thread (core/batch.py), which keeps the cores busier.
    workers = max(1, min(args.threads, len(files)))
    try:
        screener = Screener.load(args.model, threads=args.threads if workers == 1 else 1)
        screener.meta.threshold(args.operating_point)
        if screener.site_point.message:  # in use (and where from), or why it is not
            print(f"cxrscreen: {screener.site_point.message}", file=sys.stderr)
        screeners = [screener] + [screener.twin(1) for _ in range(workers - 1)]
    except ModelError as exc:
        print(f"cxrscreen: {exc.message}", file=sys.stderr)
        return EXIT_MODEL
    if args.heatmap_dir:
        try:
            args.heatmap_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            print(f"cxrscreen screen: cannot create the heatmap folder {args.heatmap_dir} "
                  f"({exc.strerror or exc}).", file=sys.stderr)
            return EXIT_USAGE
    show_progress = any(p.is_dir() for p in args.paths)
    refused = 0
    used_names: set[str] = set()
    outcomes = screen_many(screeners, files, args.operating_point)
    for i, (path, xray, result) in enumerate(outcomes, 1):
        if show_progress:
            print(f"[{i}/{len(files)}] {readable(path)}", file=sys.stderr)
        if isinstance(result, CxrError):  # a refusal or another named failure: this file only
            refused += 1
            _emit_refusal(args.json, path, result)
            continue
        if args.heatmap_dir:
            target = heatmap_path(args.heatmap_dir, path, used_names)
            try:
                save_overlay(target, xray.pixels, result.heatmap)
            except OSError as exc:  # e.g. a full disk: the score is still valid, say so and go on
                print(f"cxrscreen screen: could not write {target} ({exc.strerror or exc}).",
                      file=sys.stderr)
        if args.json:
            print(json.dumps({"file": str(path), "ok": True, **result.to_dict()}), flush=True)
        else:
            print(f"{readable(path)}: {result.label} score {result.score:.3f} (threshold {result.threshold:.3f}, "
                  f"{result.operating_point}) — {result.summary()}"
                  + "".join(f" NOTE: {note}" for note in result.notes), flush=True)
    if not args.json:
        print(f"{len(files) - refused} screened, {refused} refused. "
              "Screening aid, not a diagnosis: a clinician must confirm every result.",
              file=sys.stderr)
    return EXIT_REFUSED if refused else EXIT_OK


def heatmap_path(folder: Path, image: Path, used: set[str]) -> Path:
    """``<stem>_heatmap.png``, made unique within one run: folders often hold files with the same
    name (a/IM-0001.dcm, b/IM-0001.dcm), and one overlay must not silently replace another."""
    name = f"{image.stem}_heatmap.png"
    n = 1
    while name in used:
        n += 1
        name = f"{image.stem}_{n}_heatmap.png"
    used.add(name)
    return folder / name


def _emit_refusal(as_json: bool, path: Path, exc) -> None:
    if as_json:
        print(json.dumps({"file": str(path), "ok": False, "error": exc.to_dict()}), flush=True)
    else:
        print(f"{readable(path)}: REFUSED ({exc.code}) {exc.message}", flush=True)
