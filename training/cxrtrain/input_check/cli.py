"""``cxrtrain input-check train | export | add-view | add-view-evidence | refit-density | evaluate |
shifts`` (see
cxrtrain/input_check.py)."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

DEFAULT_DATA = Path(__file__).resolve().parents[3].parent / "shared" / "data"  # beside the checkout


def _derived(sub, name: str, what: str, example: str):
    """A command that writes a new version of an existing check."""
    p = sub.add_parser(name, help=f"a new version of a check {what}")
    p.add_argument("model_dir", type=Path, help="edge_models/cxr-input-check/<version>")
    p.add_argument("--data", type=Path, default=DEFAULT_DATA)
    p.add_argument("--to", type=Path, required=True, help="edge_models folder")
    p.add_argument("--version", required=True, help=f"the new version, e.g. {example}")
    return p


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="cxrtrain input-check", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("train", help="build the examples and train the check into a run folder")
    p.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the shared data folder")
    p.add_argument("--out", type=Path, required=True, help="run folder")
    p.add_argument("--epochs", type=int, default=6)
    p.add_argument("--quick", action="store_true", help="a few images only (tests)")
    p.add_argument("--init", type=Path, default=None, help="continue from this run's weights")
    p.add_argument("--learning-rate", type=float, default=2e-3)
    p.add_argument("--side-views", action="store_true",
                   help="add side-view-like examples made from frontal chests (an experiment)")
    p.add_argument("--drawn-laterals", action="store_true",
                   help="add side views drawn from anatomy (cxrtrain.lateral_render), as 1.3.0")
    p = sub.add_parser("export", help="int8 TFLite, feature density, thresholds, model card")
    p.add_argument("run_dir", type=Path)
    p.add_argument("--data", type=Path, default=DEFAULT_DATA)
    p.add_argument("--to", type=Path, required=True, help="edge_models folder")
    p.add_argument("--version", default="1.0.0", help="the version to write, e.g. 1.3.0")
    p = _derived(sub, "add-view", "with the two-sided view threshold (same weights)", "1.1.0")
    p.add_argument("--run", type=Path, default=None,
                   help="the source check's training run (for the card's training figures)")
    _derived(sub, "add-view-evidence", "with the side-view evidence (view score and layout; "
             "same weights)", "1.2.0")
    _derived(sub, "refit-density", "with its feature density fitted on framed chests too (same "
             "weights)", "2.1.0")
    p = sub.add_parser("evaluate", help="refusal rates per kind of input, false refusals per chest set")
    p.add_argument("model_dir", type=Path, help="edge_models/cxr-input-check/<version>")
    p.add_argument("--data", type=Path, default=DEFAULT_DATA)
    p.add_argument("--out", type=Path, default=None, help="write the report (JSON and Markdown) here")
    p.add_argument("--per-kind", type=int, default=100, help="synthetic images per kind")
    p = sub.add_parser("shifts", help="external_val chests wrongly refused under each robustness "
                                       "shift (tilts, borders, exposure...)")
    p.add_argument("model_dir", type=Path, help="edge_models/cxr-input-check/<version>")
    p.add_argument("--data", type=Path, default=DEFAULT_DATA)
    p.add_argument("--limit", type=int, default=None, help="the first N images only (tests)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s",
                        stream=sys.stderr)
    if args.command == "train":
        from .train import train

        print(train(args.data, args.out, epochs=args.epochs, quick=args.quick, init=args.init,
                    learning_rate=args.learning_rate, side_views=args.side_views,
                    drawn_laterals=args.drawn_laterals))
    elif args.command == "export":
        from .export import export

        print(export(args.run_dir, args.to, args.data, args.version))
    elif args.command == "add-view":
        from .view import add_view

        print(add_view(args.model_dir, args.to, args.version, args.data, args.run))
    elif args.command == "add-view-evidence":
        from .evidence import add_view_evidence

        print(add_view_evidence(args.model_dir, args.to, args.version, args.data))
    elif args.command == "refit-density":
        from .density import refit_density

        print(refit_density(args.model_dir, args.to, args.version, args.data))
    elif args.command == "shifts":
        from .shifts import main as shifts

        shifts(args.model_dir, args.data, args.limit)
    else:
        from .report import evaluate

        print(evaluate(args.model_dir, args.data, args.out, per_kind=args.per_kind))
    return 0
