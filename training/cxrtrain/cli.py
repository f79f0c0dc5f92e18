"""cxrtrain train | framing-net | evaluate | export | add-score-distribution | robustness |
datashift | field-eval | checkpoint-shifts | choose | ensemble | soup | restore-run | compare."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    if (sys.argv[1:] if argv is None else argv)[:1] == ["input-check"]: return __import__("cxrtrain.input_check.cli", fromlist=["main"]).main((sys.argv[1:] if argv is None else argv)[1:])  # noqa: E501,E701 (its own subcommands)
    parser = argparse.ArgumentParser(prog="cxrtrain", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("train", help="train one configuration into a run directory")
    p.add_argument("--config", required=True, type=Path)
    p.add_argument("--data", required=True, type=Path, help="Kaggle-layout folder or CSV manifest")
    p.add_argument("--out", required=True, type=Path, help="run directory to create")
    p.add_argument("--cache", type=Path, default=None, help="decoded-image cache folder")
    p.add_argument("--external", type=Path, default=None,
                   help="second collection measured each epoch (default: <data>/external_val if present)")
    p.add_argument("--also", type=Path, action="append", default=[],
                   help="a further training collection (another hospital, e.g. nih_adult), split by "
                        "its own patients; repeatable")
    p = sub.add_parser("framing-net", help="train the framing net (no labels) on a config's split")
    p.add_argument("--config", required=True, type=Path)
    p.add_argument("--data", required=True, type=Path)
    p.add_argument("--also", type=Path, action="append", default=[])
    p.add_argument("--out", required=True, type=Path)
    p.add_argument("--cache", type=Path, default=None)
    p.add_argument("--epochs", type=int, default=12)
    p = sub.add_parser("evaluate", help="evaluate a run (its validation and internal test split, or --data)")
    p.add_argument("run_dir", type=Path)
    p.add_argument("--data", type=Path, default=None, help="another labelled folder or CSV to evaluate on")
    p.add_argument("--cache", type=Path, default=None)
    p = sub.add_parser("export", help="quantise to int8 TFLite and write edge_models/<name>/<version>/")
    p.add_argument("run_dir", type=Path)
    p.add_argument("--to", type=Path, required=True)
    p.add_argument("--cache", type=Path, default=None)
    p.add_argument("--epoch", type=int, default=None,
                   help="export this epoch's weights (epochs/epoch_NN.keras) instead of the kept one")
    p.add_argument("--why", default="", help="with --epoch: who chose it, on which data, and why")
    p = sub.add_parser("add-score-distribution",
                       help="write the int8 model's validation score histograms into an exported "
                            "model's metadata.json (model.tflite unchanged)")
    p.add_argument("model_dir", type=Path, help="edge_models/<name>/<version>")
    p.add_argument("--run", type=Path, required=True, help="the run it was exported from")
    p.add_argument("--cache", type=Path, default=None)
    p = sub.add_parser("robustness", help="figures of an exported model under synthetic acquisition shifts")
    p.add_argument("model_dir", type=Path, help="edge_models/<name>/<version>")
    p.add_argument("--data", type=Path, required=True, help="labelled folder (e.g. external_val)")
    p.add_argument("--out", type=Path, required=True, help="folder for ROBUSTNESS.md, .json, .png")
    p = sub.add_parser("datashift", help="measure what differs between labelled collections")
    p.add_argument("--data", type=Path, action="append", required=True,
                   help="a labelled folder (NORMAL/ and PNEUMONIA/); give two or more")
    p.add_argument("--out", type=Path, required=True, help="folder for DATASHIFT.md and pictures")
    p = sub.add_parser("field-eval", help="both models through `cxrscreen screen --json` on every "
                                          "labelled collection, with framing shifts")
    p.add_argument("--data", type=Path, required=True, help="the shared data folder")
    p.add_argument("--model", type=Path, default=None,
                   help="pneumonia model folder (the input check is the newest beside it)")
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--shift", action="append", default=None, help="only these shifts (repeatable)")
    p.add_argument("--collection", action="append", default=None,
                   help="only these collections (external_val, nih_adult, chest_other; repeatable)")
    p = sub.add_parser("checkpoint-shifts", help="float checkpoints (a run's epochs) under the "
                                                 "field evaluation's framing shifts")
    p.add_argument("checkpoints", type=Path, nargs="+", help=".keras files")
    p.add_argument("--data", type=Path, required=True, help="the shared data folder")
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--also-shift", action="append", default=[], metavar="SHIFT",
                   help="a further shift of cxrtrain robustness, e.g. 'blur (1.5 px at 224)' "
                        "(reported; not part of choose's framing step); repeatable")
    p = sub.add_parser("choose", help="the written epoch rule on checkpoint-shifts' report: "
                                      "framing within 0.05, then the best worst-collection AUC")
    p.add_argument("run_dir", type=Path, help="the run whose split measures the AUCs")
    p.add_argument("--shifts", type=Path, required=True, help="checkpoint_shifts.json")
    p.add_argument("--cache", type=Path, default=None)
    p.add_argument("--out", type=Path, default=None, help="write the result here as JSON")
    for name, what in (("ensemble", "the mean of several trained models' logits"),
                       ("soup", "the plain mean of several trained models' weights (one architecture)")):
        p = sub.add_parser(name, help=f"a run folder whose model is {what}, for cxrtrain export")
        p.add_argument("members", type=Path, nargs="+", help=".keras files that share one split")
        p.add_argument("--run", type=Path, required=True,
                       help=f"the training run whose configuration and split the {name} takes")
        p.add_argument("--out", type=Path, required=True, help="the new run folder")
        p.add_argument("--version", required=True, help="the version the export will write")
        p.add_argument("--card-notes", default="", help="Markdown for the card (repository path)")
    p = sub.add_parser("restore-run", help="a run folder (configuration, split, second collection) "
                                           "made again from an exported model's metadata")
    p.add_argument("model_dir", type=Path, help="edge_models/<name>/<version>")
    p.add_argument("--data", type=Path, required=True, help="the training folder it was trained on")
    p.add_argument("--also", type=Path, action="append", default=[],
                   help="each further training collection it was trained on, in the same order")
    p.add_argument("--out", type=Path, required=True, help="the run folder to create")
    p = sub.add_parser("compare", help="write the comparison table of several runs")
    p.add_argument("run_dirs", type=Path, nargs="+")
    p.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s",
                        stream=sys.stderr)
    if args.command == "train":
        from .config import load_config
        from .train import train

        train(load_config(args.config), args.data, args.out, args.cache, args.external, args.also)
    elif args.command == "framing-net":
        from .config import load_config
        from .framing_net import train_net

        print(train_net(load_config(args.config), args.data, args.out, args.also, args.cache,
                        args.epochs))
    elif args.command == "evaluate":
        from .evaluate import evaluate_run

        evaluate_run(args.run_dir, data=args.data, cache_dir=args.cache)
    elif args.command == "export":
        from .export import export_run

        out = export_run(args.run_dir, args.to, cache_dir=args.cache, epoch=args.epoch, why=args.why)
        print(out)
    elif args.command == "add-score-distribution":
        from .add_distribution import add_score_distribution

        block = add_score_distribution(args.model_dir, args.run, cache_dir=args.cache)
        print(", ".join(f"{k}: {v['n']} images" for k, v in block["sets"].items()))
    elif args.command == "robustness":
        from .robustness import robustness, robustness_markdown

        print(robustness_markdown(robustness(args.model_dir, args.data, args.out)))
    elif args.command == "datashift":
        from .datashift import compare_collections

        print(compare_collections(args.data, args.out))
    elif args.command == "field-eval":
        from .field_eval import field_eval, markdown

        print(markdown(field_eval(args.data, args.out, args.model, args.shift,
                                    only=args.collection)))
    elif args.command == "checkpoint-shifts":
        from .checkpoint_shifts import checkpoint_shifts, markdown as shifts_markdown

        print(shifts_markdown(checkpoint_shifts(args.checkpoints, args.data, args.out,
                                                tuple(args.also_shift))))
    elif args.command == "choose":
        import json

        from .epoch_rule import choose_for_run, markdown as choice_markdown

        result = choose_for_run(args.run_dir, args.shifts, args.cache)
        if args.out:
            args.out.write_text(json.dumps(result, indent=2))
        print(choice_markdown(result))
    elif args.command == "ensemble":
        from .ensemble import make_ensemble_run

        print(make_ensemble_run(args.run, args.members, args.out, args.version, args.card_notes))
    elif args.command == "soup":
        from .soup import make_soup_run

        print(make_soup_run(args.run, args.members, args.out, args.version, args.card_notes))
    elif args.command == "restore-run":
        from .restore_run import restore_run

        print(restore_run(args.model_dir, args.data, args.out, args.also))
    elif args.command == "compare":
        from .compare import compare_runs

        compare_runs(args.run_dirs, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
