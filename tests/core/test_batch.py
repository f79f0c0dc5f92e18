"""Screening several files at once (core/batch.py): order, errors, and the same results."""

from __future__ import annotations

import pytest

from cxrscreen.core.screening.batch import screen_many
from cxrscreen.core.errors import ImageRefused
from cxrscreen.core.screening.screener import Screener
from helpers.data import RG1_J2K_CHEST, REAL_DICOM, chest_jpegs, shared


@pytest.fixture(scope="module")
def twins(model_dir):
    first = Screener.load(model_dir, threads=1)
    return [first, first.twin(1)]


def test_in_order_with_slow_and_fast_files_and_the_same_scores(twins, tmp_path):
    """A JPEG 2000 DICOM takes far longer than a 224-px JPEG: results must still come back in
    the order given, each the score that one screener alone gives."""
    slow = shared(REAL_DICOM / RG1_J2K_CHEST)
    bad = tmp_path / "empty.png"
    bad.write_bytes(b"")
    paths = [slow, *chest_jpegs(4), bad, slow]
    got = list(screen_many(twins, paths))
    assert [p for p, _, _ in got] == paths
    assert isinstance(got[5][2], ImageRefused) and got[5][1] is None
    alone = Screener.load(twins[0].meta.path, threads=2)
    for path, xray, result in got:
        if path != bad:
            assert result.score == alone.read_and_screen(path)[1].score
            assert xray.pixels.shape == alone.read_and_screen(path)[0].pixels.shape


def test_a_bug_in_a_worker_is_raised_not_swallowed(twins, monkeypatch):
    """Only the application's named errors (CxrError) become a per-file refusal; anything else is
    a bug and must stop the run as it would one file at a time."""
    paths = chest_jpegs(6)
    real = Screener.read_and_screen

    def broken(self, path, operating_point=None):
        if path == paths[3]:
            raise RuntimeError("bug")
        return real(self, path, operating_point)

    monkeypatch.setattr(Screener, "read_and_screen", broken)
    seen = []
    with pytest.raises(RuntimeError, match="bug"):
        for path, _, _ in screen_many(twins, paths):
            seen.append(path)
    assert seen == paths[:3]


def test_twin_refuses_a_model_file_replaced_after_loading(model_dir, tmp_path):
    import shutil

    from cxrscreen.core.errors import ModelError

    copy = tmp_path / "m"
    shutil.copytree(model_dir, copy)
    screener = Screener.load(copy, threads=1)
    model_file = copy / screener.meta.raw["model_file"]
    model_file.write_bytes(model_file.read_bytes()[:-1] + b"\0")
    with pytest.raises(ModelError, match="replaced"):
        screener.twin(1)
