"""`cxrscreen screen` and `cxrscreen --version`: output formats, exit codes, heatmaps."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from cxrscreen import __version__
from cxrscreen.cli import main
from cxrscreen.core.errors import REFUSAL_CODES
from helpers.data import RG2_HIP, chest_jpegs, shared
from helpers.dicom import make_dicom

OK_KEYS = {"file", "ok", "score", "label", "threshold", "model", "timings_ms"}


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(["screen", *map(str, argv)])
    out = capsys.readouterr()
    return code, out.out, out.err


def lines(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    """Two scoreable JPEGs in nested folders, one hidden file, one refusal (a knee-like DICOM)."""
    root = tmp_path_factory.mktemp("batch")
    jpegs = chest_jpegs(2)
    (root / "b").mkdir()
    (root / "a").mkdir()
    shutil.copy(jpegs[0], root / "b" / "x.jpeg")
    shutil.copy(jpegs[1], root / "a" / "x.jpeg")  # same stem as the other: heatmaps must not clash
    (root / "a" / "knee.dcm").write_bytes(make_dicom(BodyPartExamined="KNEE"))
    (root / ".hidden.jpeg").write_bytes(b"not scanned")
    return root


def test_json_one_object_per_scored_file(capsys, model_dir):
    path = chest_jpegs(1)[0]
    code, out, _ = run(capsys, "--json", "--model", model_dir, path)
    assert code == 0
    (obj,) = lines(out)
    assert OK_KEYS <= set(obj)
    assert obj["ok"] is True and obj["file"] == str(path)
    assert 0.0 <= obj["score"] <= 1.0
    assert obj["label"] == ("PNEUMONIA" if obj["score"] >= obj["threshold"] else "NORMAL")
    assert set(obj["model"]) == {"name", "version", "sha256"}
    meta = json.loads((model_dir / "metadata.json").read_text())
    assert obj["model"]["sha256"] == meta["sha256"]
    assert {"read_ms", "preprocess_ms", "inference_ms", "total_ms"} <= set(obj["timings_ms"])


def test_folder_recursive_sorted_with_refusal(capsys, model_dir, folder):
    code, out, err = run(capsys, "--json", "--model", model_dir, folder)
    objs = lines(out)
    assert [Path(o["file"]).relative_to(folder).as_posix() for o in objs] == \
        ["a/knee.dcm", "a/x.jpeg", "b/x.jpeg"]
    assert code == 1  # one refused
    refused = objs[0]
    assert refused["ok"] is False
    assert refused["error"]["code"] == "not_chest" and refused["error"]["message"]
    assert set(refused) == {"file", "ok", "error"}
    assert "[1/3]" in err and "[3/3]" in err  # progress on stderr for folders


def test_several_files_at_once_give_the_one_by_one_results(capsys, model_dir, tmp_path):
    """With several files and --threads N, N files are screened at once, each by a model of its
    own with one thread (core/batch.py). The output must be what one-by-one screening prints:
    the same lines (scores, input check, refusals) in the same order."""
    for i, path in enumerate(chest_jpegs(7)):
        shutil.copy(path, tmp_path / f"{i:02d}.jpeg")
    (tmp_path / "03b.jpeg").write_bytes(b"\xff\xd8\xff damaged")
    (tmp_path / "05b.dcm").write_bytes(make_dicom(BodyPartExamined="KNEE"))
    outputs = []
    for threads in ("1", "3"):
        code, out, err = run(capsys, "--json", "--threads", threads, "--model", model_dir, tmp_path)
        assert code == 1 and "[9/9]" in err
        outputs.append([{k: v for k, v in o.items() if k != "timings_ms"} for o in lines(out)])
    for o in outputs[0] + outputs[1]:  # the check's own timing differs from run to run
        (o.get("input_check") or o.get("error", {}).get("input_check") or {}).pop("ms", None)
    assert [Path(o["file"]).name for o in outputs[1]] == sorted(p.name for p in tmp_path.iterdir())
    assert [o["ok"] for o in outputs[1]].count(False) == 2
    assert outputs[1] == outputs[0]


def test_human_readable_output(capsys, model_dir, folder):
    code, out, err = run(capsys, "--model", model_dir, folder)
    assert code == 1
    assert "REFUSED (not_chest)" in out
    assert "score" in out and "threshold" in out
    assert "not a diagnosis" in err
    with pytest.raises(json.JSONDecodeError):
        json.loads(out.splitlines()[0])


def test_single_file_has_no_progress(capsys, model_dir):
    _, _, err = run(capsys, "--model", model_dir, chest_jpegs(1)[0])
    assert "[1/1]" not in err


def test_heatmap_dir_writes_one_overlay_per_scored_image(capsys, model_dir, folder, tmp_path):
    """Regression: two files with the same stem in different folders overwrote one heatmap."""
    out_dir = tmp_path / "heat"
    code, _, _ = run(capsys, "--json", "--model", model_dir, "--heatmap-dir", out_dir, folder)
    assert code == 1
    pngs = sorted(out_dir.glob("*.png"))
    assert len(pngs) == 2
    for png in pngs:
        img = Image.open(png)
        assert img.mode == "RGB" and img.size == (224, 224)  # aligned to the original image


def test_all_refusal_codes_are_reported_as_json(capsys, model_dir, tmp_path):
    cases = {
        "empty.dcm": b"",
        "ct.dcm": make_dicom(Modality="CT"),
        "lateral.dcm": make_dicom(ViewPosition="LL"),
        "huge.dcm": make_dicom(Rows=60000, Columns=60000),
        "small.dcm": make_dicom(np.zeros((100, 100), np.uint16)),
        "multi.dcm": make_dicom(NumberOfFrames=2,
                                PixelData=np.zeros((2, 256, 256), np.uint16).tobytes()),
        "knee.dcm": make_dicom(BodyPartExamined="KNEE"),
    }
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data)
    code, out, _ = run(capsys, "--json", "--model", model_dir, tmp_path)
    assert code == 1
    got = {Path(o["file"]).name: o["error"]["code"] for o in lines(out)}
    assert got == {"empty.dcm": "unreadable", "ct.dcm": "not_xray", "lateral.dcm": "lateral_view",
                   "huge.dcm": "too_large", "small.dcm": "too_small", "multi.dcm": "unsupported",
                   "knee.dcm": "not_chest"}
    # `rotated` and `inverted` come only from the input check's pixels, when turning or inverting
    # back does not give a chest that passes (tests/core/test_input_check.py covers them).
    assert set(got.values()) == set(REFUSAL_CODES) - {"rotated", "inverted"}


def test_real_hip_is_refused(capsys, model_dir):
    code, out, _ = run(capsys, "--json", "--model", model_dir, shared("real_dicom", RG2_HIP))
    assert code == 1 and lines(out)[0]["error"]["code"] == "not_chest"


def test_missing_path_is_a_usage_error(capsys, model_dir, tmp_path):
    code, out, err = run(capsys, "--json", "--model", model_dir, tmp_path / "nope.png")
    assert code == 2 and out == "" and "nope.png" in err


def test_no_arguments_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["screen"])
    assert exc.value.code == 2


def test_bad_model_dir_is_reported_not_a_traceback(capsys, tmp_path):
    code, out, err = run(capsys, "--json", "--model", tmp_path, chest_jpegs(1)[0])
    assert code not in (0, 1) and out == ""
    assert "metadata.json" in err


def test_png_named_dcm_is_scored(capsys, model_dir, tmp_path):
    src = chest_jpegs(1)[0]
    dest = tmp_path / "really_a_png.dcm"
    buf = io.BytesIO()
    Image.open(src).save(buf, format="PNG")
    dest.write_bytes(buf.getvalue())
    code, out, _ = run(capsys, "--json", "--model", model_dir, dest)
    assert code == 0 and lines(out)[0]["ok"] is True


def test_version_prints_app_and_default_model(capsys, model_dir, monkeypatch, tmp_path):
    root = tmp_path / "edge_models"
    meta = json.loads((model_dir / "metadata.json").read_text())
    shutil.copytree(model_dir, root / meta["name"] / meta["version"])
    monkeypatch.setenv("CXRSCREEN_MODELS_DIR", str(root))
    assert main(["--version"]) == 0
    out = capsys.readouterr().out
    assert __version__ in out
    assert meta["name"] in out and meta["version"] in out


def test_real_entry_point_subprocess(model_dir):
    """The installed console script, as a user runs it: one JSON line, exit 0, no noise."""
    exe = Path(sys.executable).with_name("cxrscreen")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "cxrscreen"]
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    proc = subprocess.run(cmd + ["screen", "--json", "--model", str(model_dir),
                                 str(chest_jpegs(1)[0])], capture_output=True, text=True,
                          timeout=120, env=env)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["ok"] is True
    assert "Traceback" not in proc.stderr


@pytest.mark.parametrize("value", ["0", "-3", "two"])
def test_bad_thread_count_is_a_usage_error(capsys, model_dir, value):
    """Regression: --threads 0 or -3 reached LiteRT and came back as a misleading model error."""
    with pytest.raises(SystemExit) as exc:
        main(["screen", "--threads", value, "--model", str(model_dir), str(chest_jpegs(1)[0])])
    assert exc.value.code == 2
    assert "--threads" in capsys.readouterr().err


def test_heatmap_dir_that_cannot_be_created_is_a_usage_error(capsys, model_dir, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("a file where the folder should be")
    code, out, err = run(capsys, "--json", "--model", model_dir, "--heatmap-dir", blocker / "heat",
                         chest_jpegs(1)[0])
    assert code == 2 and out == "" and "heatmap folder" in err


def test_folder_walk_skips_documents_and_dicomdir_but_not_named_files(tmp_path):
    """Regression: screening the shipped samples folder reported its ATTRIBUTION.md as a refused
    X-ray (exit 1), and a USB export's DICOMDIR index would be refused the same way."""
    from cxrscreen.cli.screen import expand

    (tmp_path / "ATTRIBUTION.md").write_text("# credits")
    (tmp_path / "DICOMDIR").write_bytes(b"\0" * 200)
    (tmp_path / "IMG0001").write_bytes(b"\0" * 200)  # consoles often write no extension
    (tmp_path / "a.jpeg").write_bytes(b"\xff\xd8\xff")
    assert [p.name for p in expand([tmp_path])] == ["IMG0001", "a.jpeg"]
    assert expand([tmp_path / "ATTRIBUTION.md"]) == [tmp_path / "ATTRIBUTION.md"]
