"""The installation self-test (``cxrscreen self-test``): does this copy of the application work?

IT runs it after installing a laptop. It is headless (no Qt) and leaves nothing behind. It checks:

- ``model``: the shipped model is found, its sha256 matches its metadata, and LiteRT loads it;
- ``samples``: the bundled sample X-rays screen (and the hip X-ray is refused as ``not_chest``);
- ``input_check``: the input check (its own model) is loaded and verified, refuses noise and a
  colour picture made in memory, and never scores a turned or negative sample chest as if upright;
- ``dicom_decoders``: each DICOM encoding we promise (JPEG baseline, JPEG 2000, JPEG-LS, RLE)
  decodes with the plugin that should be there, by transcoding the bundled chest DICOM in memory
  (a frozen build loses plugins that are discovered at run time unless they were collected);
- ``case_store``: a temporary case store opens, stores one sample case, reads it back and closes;
- ``site_config``: the site configuration file, if present, is valid and holds no credentials;
- ``data_folder``: the data folder can be written (a warning only: IT may run this as another user).

The report is typed data; the CLI prints it, tests inspect it.
"""

from __future__ import annotations

import io
import os
import platform
import secrets
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from .. import __version__
from .errors import CheckFailed, CxrError, ImageRefused
from .selftest_report import CheckResult, SelfTestReport, Status

# Every sample the application ships, and what the self-test expects of it: None means "must be
# screened"; a refusal code means "must be refused with that code".
SAMPLE_EXPECTATIONS: dict[str, str | None] = {
    "IM-0140-0001.jpeg": None,
    "IM-0160-0001.jpeg": None,
    "person1003_bacteria_2934.jpeg": None,
    "person1003_virus_1685.jpeg": None,
    "adult_chest_CR_jpeg_baseline.dcm": None,
    "hip_CR_rle_refused.dcm": "not_chest",
}
# The reference grade of the children's samples (samples/ATTRIBUTION.md). The shipped model gets
# them right; a different label is a warning (a test model, or pixels decoded differently), not a
# failure, since no model is right on every image.
SAMPLE_GRADES = {
    "IM-0140-0001.jpeg": "NORMAL",
    "IM-0160-0001.jpeg": "NORMAL",
    "person1003_bacteria_2934.jpeg": "PNEUMONIA",
    "person1003_virus_1685.jpeg": "PNEUMONIA",
}
CHEST_DICOM_SAMPLE = "adult_chest_CR_jpeg_baseline.dcm"
STORE_SAMPLE = "IM-0140-0001.jpeg"

# Transfer syntax name -> the pydicom decoding plugins that must be available for it. The
# pixel-data plugins are found through entry points and dynamic imports, so these are exactly what
# a frozen build silently loses when the packaging forgets them.
REQUIRED_DECODERS: dict[str, tuple[str, ...]] = {
    "JPEGBaseline8Bit": ("pylibjpeg", "pillow"),
    "JPEG2000Lossless": ("pylibjpeg",),
    "JPEGLSLossless": ("pyjpegls",),
    "RLELossless": ("pydicom",),
}


def default_samples_dir() -> Path:
    """The samples shipped inside the cxrscreen package (also inside a frozen bundle, where
    PyInstaller places the package's data under sys._MEIPASS/cxrscreen)."""
    return Path(__file__).resolve().parent.parent / "samples"


def run_self_test(model_dir: Path | None = None, samples_dir: Path | None = None,
                  data_dir: Path | None = None,
                  progress: Callable[[CheckResult], None] | None = None) -> SelfTestReport:
    """Run every check (a failing check never stops the others) and return the report."""
    started = time.perf_counter()
    samples = Path(samples_dir) if samples_dir else default_samples_dir()
    state: dict = {}
    steps: list[tuple[str, Callable[[], tuple[str, dict] | tuple[str, dict, Status]]]] = [
        ("model", lambda: _check_model(model_dir, state)),
        ("samples", lambda: _check_samples(samples, state)),
        ("input_check", lambda: _check_input_check(samples, state)),
        ("dicom_decoders", lambda: _check_decoders(samples)),
        ("case_store", lambda: _check_store(samples, state)),
        ("site_config", _check_site_config),
        ("data_folder", lambda: _check_data_folder(data_dir)),
    ]
    results = []
    for name, step in steps:
        result = _run_check(name, step)
        results.append(result)
        if progress is not None:
            progress(result)
    return SelfTestReport(app_version=__version__, frozen=bool(getattr(sys, "frozen", False)),
                          platform=f"{platform.system()} {platform.machine()} "
                                   f"Python {platform.python_version()}",
                          checks=tuple(results), seconds=time.perf_counter() - started)


def _run_check(name: str, step: Callable) -> CheckResult:
    t0 = time.perf_counter()
    try:
        out = step()
        summary, details = out[0], out[1]
        status = out[2] if len(out) > 2 else Status.PASS
    except CheckFailed as exc:
        summary, details, status = exc.summary, exc.details, Status.FAIL
    except CxrError as exc:
        summary, details, status = exc.message, {"code": exc.code}, Status.FAIL
    except Exception as exc:  # a self-test reports every failure instead of crashing on it
        summary, details, status = f"{type(exc).__name__}: {exc}", {}, Status.FAIL
    return CheckResult(name, status, summary, details, time.perf_counter() - t0)


# -- the checks ------------------------------------------------------------------------------------

def _check_model(model_dir: Path | None, state: dict) -> tuple[str, dict]:
    from .screening.screener import Screener
    from .screening.litert import find_default_model, read_metadata, sha256_file

    folder = Path(model_dir) if model_dir else find_default_model()
    meta = read_metadata(folder)
    model_file = folder / meta.raw["model_file"]
    if not model_file.is_file():
        raise CheckFailed(f"The model file {model_file} is missing. Reinstall the application.")
    actual = sha256_file(model_file)
    details = {"folder": str(folder), "name": meta.raw["name"], "version": meta.raw["version"],
               "sha256": actual, "sha256_expected": meta.raw["sha256"]}
    if actual != meta.raw["sha256"]:
        raise CheckFailed("The model file's sha256 does not match its metadata: the file is "
                          "damaged or was replaced. Reinstall the application.", details)
    screener = Screener.load(folder)  # checks the sha256 again, then the tensors against metadata
    state["screener"] = screener
    return (f"{meta.raw['name']} {meta.raw['version']}, sha256 {actual[:12]}… matches, "
            "LiteRT loads it", details)


def _check_samples(samples: Path, state: dict) -> tuple[str, dict] | tuple[str, dict, Status]:
    screener = state.get("screener")
    if screener is None:
        raise CheckFailed("Not run: the model did not load (see the model check).")
    problems, outcomes = [], {}
    for name, expected in SAMPLE_EXPECTATIONS.items():
        path = samples / name
        if not path.is_file():
            problems.append(f"{name}: missing from {samples}")
            continue
        try:
            result = screener.screen_file(path)
        except ImageRefused as exc:
            outcomes[name] = {"refused": exc.code}
            if expected != exc.code:
                problems.append(f"{name}: refused ({exc.code}: {exc.message})"
                                + (f", expected {expected}" if expected else ""))
            continue
        outcomes[name] = {"label": result.label, "score": round(result.score, 4),
                          "ms": round(result.timings_ms.get("total_ms", 0.0), 1)}
        if expected is not None:
            problems.append(f"{name}: screened, but it must be refused as {expected}")
        elif not (0.0 <= result.score <= 1.0) or result.heatmap.size == 0:
            problems.append(f"{name}: invalid result (score {result.score})")
    details = {"folder": str(samples), "results": outcomes}
    if problems:
        raise CheckFailed("; ".join(problems), details)
    screened = sum(1 for o in outcomes.values() if "label" in o)
    summary = f"{screened} sample X-rays screened, {len(outcomes) - screened} refused as expected"
    differ = [f"{name} ({outcomes[name]['label']}, graded {grade})"
              for name, grade in SAMPLE_GRADES.items() if outcomes[name]["label"] != grade]
    if differ:
        return (f"{summary}; labels differ from the reference grade: {', '.join(differ)}. "
                "Expected only with a test model; with the shipped model, reinstall.",
                details, Status.WARN)
    return f"{summary}; the children's samples match their reference grades", details


def _check_input_check(samples: Path, state: dict) -> tuple[str, dict]:
    """The check is loaded with the model (a missing or damaged one fails the model check); here
    it must do its job on inputs made in memory from a sample chest."""
    from dataclasses import replace

    import numpy as np

    from .xray.read import read_xray

    screener = state.get("screener")
    if screener is None or screener.input_check is None:
        raise CheckFailed("Not run: the model or the input check did not load (see the model check).")
    checker = screener.input_check
    chest = read_xray(samples / STORE_SAMPLE)
    rng = np.random.default_rng(0)
    cases = {
        "noise": (replace(chest, pixels=rng.random(chest.shape, dtype=np.float32)), "refused"),
        "colour picture": (replace(chest, colour_fraction=0.5), "refused"),
        "chest turned 90 degrees": (replace(chest, pixels=np.ascontiguousarray(np.rot90(chest.pixels))),
                                    ("rotated_90",)),
        "negative chest": (replace(chest, pixels=1.0 - chest.pixels), ("inverted",)),
        "upright chest": (chest, ()),
    }
    problems, details = [], {"model": checker.info}
    for name, (xray, expected) in cases.items():
        try:
            _, result = checker.check(xray)
        except ImageRefused as exc:
            details[name] = exc.code
            if expected != "refused" and expected != () and exc.code in ("rotated", "inverted"):
                continue  # refusing a turned or negative chest is safe
            if expected != "refused":
                problems.append(f"{name}: refused ({exc.code})")
            continue
        details[name] = {"accepted": True, "corrections": list(result.corrections),
                         "score": round(result.score, 3)}
        if expected == "refused":
            problems.append(f"{name}: accepted as a chest X-ray")
        elif tuple(result.corrections) != expected:
            problems.append(f"{name}: corrected {list(result.corrections)}, expected {list(expected)}")
    if problems:
        raise CheckFailed("The input check does not work: " + "; ".join(problems)
                          + ". Reinstall the application.", details)
    return (f"{checker.info['name']} {checker.info['version']} refuses noise and colour, turns "
            "back a turned chest and inverts back a negative one", details)


def _check_decoders(samples: Path) -> tuple[str, dict]:
    import numpy as np
    import pydicom
    from pydicom import uid as uids
    from pydicom.pixels import pixel_array
    from pydicom.pixels.decoders.base import get_decoder

    from .xray.read import read_xray

    source = samples / CHEST_DICOM_SAMPLE
    ds = pydicom.dcmread(source)
    reference = ds.pixel_array  # every lossless copy must decode to exactly these pixels
    problems, details = [], {}
    for syntax_name, plugins in REQUIRED_DECODERS.items():
        syntax = getattr(uids, syntax_name)
        available = tuple(get_decoder(syntax).available_plugins)
        entry: dict = {"available_plugins": list(available)}
        details[syntax_name] = entry
        missing = [p for p in plugins if p not in available]
        if missing:
            problems.append(f"{syntax.name}: decoder plugin {', '.join(missing)} missing")
            continue
        if syntax == ds.file_meta.TransferSyntaxUID:
            encoded = source.read_bytes()
        else:
            encoded = _transcode(ds, reference, syntax)
        for plugin in plugins:
            arr = pixel_array(io.BytesIO(encoded), decoding_plugin=plugin)
            same = arr.shape == reference.shape and (
                syntax == uids.JPEGBaseline8Bit or np.array_equal(arr, reference))
            if not same:
                problems.append(f"{syntax.name}: {plugin} decoded different pixels")
        xray = read_xray(encoded)  # the application's own read path, refusals included
        entry["decoded"] = list(xray.shape)
    if problems:
        raise CheckFailed("; ".join(problems), details)
    return (f"{', '.join(REQUIRED_DECODERS)} decode with "
            f"{', '.join(sorted({p for ps in REQUIRED_DECODERS.values() for p in ps}))}", details)


def _transcode(ds, pixels, syntax) -> bytes:
    """``pixels`` re-encoded losslessly in ``syntax``, with ``ds``'s header, as DICOM file bytes."""
    import copy

    out = copy.deepcopy(ds)
    out.compress(syntax, pixels, generate_instance_uid=False)
    buffer = io.BytesIO()
    out.save_as(buffer, enforce_file_format=True)
    return buffer.getvalue()


def _check_store(samples: Path, state: dict) -> tuple[str, dict]:
    from .store.case_store import CaseStore

    screener = state.get("screener")
    with tempfile.TemporaryDirectory(prefix="cxrscreen-selftest-") as tmp:
        # Also proves the cryptography (Argon2id, AES-GCM) works in this build.
        store, _ = CaseStore.create(Path(tmp) / "data", "self-test", secrets.token_hex(8))
        try:
            detail = {"folder": "a temporary folder, removed afterwards"}
            if screener is not None:
                case = store.import_file(samples / STORE_SAMPLE, screener, finalise=True)
                back = store.get(case.id)
                if store.original_bytes(back) != (samples / STORE_SAMPLE).read_bytes():
                    raise CheckFailed("The stored X-ray differs from the original.")
                if len(store.list_cases()) != 1:
                    raise CheckFailed("The stored case cannot be listed.")
                detail["case_state"] = back.state.value
                summary = ("a temporary encrypted case store opened, stored and read back a case, "
                           "closed")
            else:
                summary = "a temporary case store opened and closed (no model to store a case)"
        finally:
            store.close()
    return summary, detail


def _check_site_config() -> tuple[str, dict] | tuple[str, dict, Status]:
    from dataclasses import asdict as as_dict

    from .settings import Settings, site_config_path, site_defaults

    path = site_config_path()
    if not path.exists():
        return f"no site configuration file at {path} (defaults apply)", {"path": str(path)}
    values = site_defaults()  # raises SettingsError for bad JSON, bad values or credentials
    preset = {k: v for k, v in as_dict(values).items()
              if v != getattr(Settings(), k) and k != "schema_version"}
    details = {"path": str(path), "preset": preset}
    if values.ca_file and not Path(values.ca_file).is_file():
        raise CheckFailed(f"The site configuration names a CA file {values.ca_file} that does "
                          "not exist. Copy the CA file to the laptop or fix the path.", details)
    if values.watched_folder and not Path(values.watched_folder).is_dir():
        return (f"{path}: the watched folder {values.watched_folder} does not exist yet",
                details, Status.WARN)
    site = _site_point_status()  # raises SettingsError for a malformed site point
    if site is not None:
        details["site_operating_point"] = site.message
        preset["site_operating_point"] = site.point.threshold
        if not site.active:
            return f"{path}: {site.message}", details, Status.WARN
    return f"{path} is valid ({', '.join(sorted(preset)) or 'nothing preset'})", details


def _site_point_status():
    """The site operating point's status against the shipped model (None: there is none)."""
    from .screening.litert import find_default_model, read_metadata
    from .screening.site_operating_point import read_site_point, site_point_status

    if read_site_point() is None:
        return None
    meta = read_metadata(find_default_model())
    return site_point_status(meta.raw["sha256"], meta.raw["version"])


def _check_data_folder(data_dir: Path | None) -> tuple[str, dict, Status]:
    from .settings import resolve_data_dir

    folder = resolve_data_dir(data_dir)
    probe = folder
    while not probe.exists() and probe.parent != probe:
        probe = probe.parent
    writable = os.access(probe, os.W_OK | os.X_OK)
    details = {"path": str(folder), "exists": folder.exists(), "writable": writable}
    if not writable:
        return (f"the data folder {folder} cannot be written by this user; cases cannot be "
                "saved until it can", details, Status.WARN)
    state = "exists" if folder.exists() else "will be created at first use"
    from .errors import StoreError
    from .store.folder_state import folder_state

    try:
        details["accounts"] = folder_state(folder)
    except StoreError as exc:
        return f"the data folder {folder}: {exc.message}", details, Status.WARN
    if details["accounts"] == "plain":
        return (f"the data folder {folder} holds cases from an older version that are not "
                "protected yet: start the application or run `cxrscreen init --admin NAME`",
                details, Status.WARN)
    setup = ("set up with accounts" if details["accounts"] == "ready" else
             "not set up yet (`cxrscreen init --admin NAME`, or the first start)")
    return f"the data folder {folder} {state}, can be written, {setup}", details, Status.PASS
