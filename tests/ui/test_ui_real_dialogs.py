"""Dialogs in the real window system (Xvfb) at the netbook's 1024x600, reached with real keys:
nothing in them cut off (issue 22: the recovery key's first paragraph was)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from xvfb import RealApp, Xvfb, missing_reason  # noqa: E402

pytestmark = pytest.mark.skipif(bool(missing_reason()), reason=missing_reason() or "-")


@pytest.mark.parametrize("size", [(1024, 600), (1366, 768)])
def test_the_recovery_key_is_shown_whole_at_first_start(request, tmp_path, size):
    x = Xvfb(*size)
    request.addfinalizer(x.stop)
    app = RealApp(x, tmp_path / "data", None,
                  {"CXRSCREEN_SITE_CONFIG": str(tmp_path / "no-site.json")})
    request.addfinalizer(app.close)
    app.wait(lambda s: s["modal"] == "SignInDialog" and s["modal_active"]
             and s["focus"] == "QLineEdit", "the first-start dialog", 60)
    x.type("it.admin")
    x.key("Tab")
    x.type("correct horse 42")
    x.key("Tab")
    x.type("correct horse 42")
    x.key("Return")
    app.wait(lambda s: s["modal"] == "RecoveryKeyDialog" and s["modal_active"],
             "the recovery key", 120)
    shown = app.ask("layout_modal")
    assert not shown["problems"], "\n".join(shown["problems"])
    gx, gy, gw, gh = shown["geometry"]
    assert gx >= 0 and gy >= 0 and gx + gw <= size[0] and gy + gh <= size[1], shown
