"""What the monitor knows about a model version from this installation's own ``edge_models/``
(the folder the application ships, or $CXRSCREEN_MODELS_DIR): its operating points and the score
distribution of its validation data (``score_distribution`` in metadata.json, written by
``cxrtrain export`` or ``cxrtrain add-score-distribution``).

A model is recognised by the name and version the reports carry AND by its sha256: a folder with
the same version but other weights is not the model the laptops ran, and its figures would be
wrong, so it is not used (and the report says why).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from ..core.screening.litert import default_models_root


@dataclass
class ModelReference:
    name: str
    version: str
    sha256: str
    found: bool = False
    note: str = ""  # why the model's own figures are not used, when they are not
    thresholds: dict[str, float] = field(default_factory=dict)  # operating point -> threshold
    distribution: dict | None = None  # metadata's score_distribution block

    def validation_histogram(self, bins: int) -> list[int] | None:
        """The reference set's overall histogram merged down to ``bins`` bins (None if absent or
        not divisible)."""
        return self._merged(self._set(self.reference_set), bins)

    def set_histogram(self, name: str, bins: int) -> list[int] | None:
        return self._merged(self._set(name), bins)

    @property
    def reference_set(self) -> str:
        return (self.distribution or {}).get("reference", "validation")

    def _set(self, name: str) -> dict | None:
        return ((self.distribution or {}).get("sets") or {}).get(name)

    def _merged(self, s: dict | None, bins: int) -> list[int] | None:
        if not s or len(s["all"]) % bins:
            return None
        step = len(s["all"]) // bins
        return [sum(s["all"][i:i + step]) for i in range(0, len(s["all"]), step)]


def find_reference(name: str, sha256: str, version: str,
                   root: Path | None = None) -> ModelReference:
    """The model version's metadata from ``root`` (default: this installation's edge_models)."""
    root = Path(root) if root else default_models_root()
    ref = ModelReference(name=name, version=version, sha256=sha256)
    path = root / name / version / "metadata.json"
    try:
        meta = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        ref.note = (f"model {name} {version} is not known to this installation ({root}): "
                    "no validation distribution and no operating points from its metadata")
        return ref
    if sha256 and meta.get("sha256") != sha256:
        ref.note = (f"this installation's {name} {version} has other weights (sha256 "
                    f"{str(meta.get('sha256'))[:12]}…) than the reports' ({sha256[:12]}…): "
                    "its metadata is not used")
        return ref
    ref.found = True
    ref.thresholds = {k: float(v["value"]) for k, v in (meta.get("thresholds") or {}).items()
                      if isinstance(v, dict) and "value" in v}
    dist = meta.get("score_distribution")
    if isinstance(dist, dict) and dist.get("sets"):
        ref.distribution = dist
    else:
        ref.note = (f"the metadata of {name} {version} holds no score distribution "
                    "(cxrtrain add-score-distribution writes one)")
    return ref


def model_references(records, root: Path | None = None) -> dict[str, ModelReference]:
    """model version -> its reference, for every version among ``records`` (ScreeningRecord);
    a version sent with several names or hashes is looked up by the commonest."""
    from collections import Counter

    seen: dict[str, Counter] = {}
    for r in records:
        seen.setdefault(r.model_version, Counter())[(r.model_name, r.model_sha256)] += 1
    return {version: find_reference(*ids.most_common(1)[0][0], version, root=root)
            for version, ids in seen.items()}
