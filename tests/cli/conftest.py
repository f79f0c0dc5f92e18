"""Fixtures of the command-line tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/ -> `import helpers`

from helpers.models import model_dir_fixture  # noqa: E402


@pytest.fixture(scope="session")
def model_dir(request, tmp_path_factory) -> Path:
    """The shipped model when there is one, else a tiny cxrtrain model (built once)."""
    return model_dir_fixture(request, tmp_path_factory)


@pytest.fixture(scope="session")
def screener(model_dir):
    from cxrscreen.core.inference import Screener

    return Screener.load(model_dir, threads=2)
