"""The suite never writes into the real user's data folder (its log file above all, issue 22)."""

from __future__ import annotations

import os
from pathlib import Path


def test_the_default_data_folder_is_a_temporary_one(tmp_path_factory):
    from cxrscreen.core.settings import resolve_data_dir

    folder = resolve_data_dir(None)
    home = Path(os.path.expanduser("~")).resolve()
    assert not folder.resolve().is_relative_to(home / ".local"), folder
    assert folder.resolve().is_relative_to(tmp_path_factory.getbasetemp().resolve()), folder
