"""A run folder made again from an exported model's metadata (``cxrtrain restore-run``).

Export, ``choose``, ``ensemble`` and ``soup`` read a run folder: its configuration, its split and
its second collection. Run folders are not kept in git, so when one is gone, this writes it again:
the configuration and the commit from the model's metadata, and the split computed again from the
same folders with the same seed. The split is refused unless its file list hashes to the sha256
the model was exported with and its parts count as they did then, so that a restored run
measures on exactly the patients the model was built with. The folder has no weights: it is a run to derive models beside, not to export.
"""

from __future__ import annotations

import json
from pathlib import Path


def restore_run(model_dir: Path, data_dir: Path, out: Path, also: list[Path] = ()) -> Path:
    from .config import Config
    from .data import deduplicate, describe, discover
    from .manifest import save_external, save_split
    from .train import find_external, prepare_split

    model_dir, out = Path(model_dir), Path(out)
    meta = json.loads((model_dir / "metadata.json").read_text())
    if out.exists():
        raise FileExistsError(f"{out} exists; choose a new folder")
    cfg = Config.from_dict(meta["training"]["config"])
    split = prepare_split(cfg, data_dir, also)
    want = meta["data"]["file_list_sha256"]
    if split.file_list_sha256 != want:
        raise ValueError(f"the files under {data_dir} (and {', '.join(map(str, also)) or 'no --also'}) "
                         f"hash to {split.file_list_sha256[:16]}…, but {model_dir} was trained on "
                         f"{want[:16]}… ({meta['data']['source']}): not the same data")
    counts = {k: describe(getattr(split, k)) for k in ("train", "val", "test")}
    if counts != meta["data"]["counts"]:
        raise ValueError(f"the same files, but split otherwise than {model_dir}'s run (its counts "
                         f"{meta['data']['counts']}, now {counts}): not the same split")
    out.mkdir(parents=True)
    # As the model recorded it: a field added to the configuration since would otherwise appear.
    (out / "config.json").write_text(json.dumps(meta["training"]["config"], indent=2))
    (out / "git_commit.txt").write_text(meta["training"]["git_commit"] + "\n")
    save_split(split, out / "manifest.json")
    external = find_external(data_dir)
    if external is not None:
        samples, _ = deduplicate(discover(external))
        save_external(external, samples, out / "external.json")
    (out / "restored_from.json").write_text(json.dumps(
        {"model": str(model_dir), "version": meta["version"], "sha256": meta["sha256"]}, indent=2))
    return out
