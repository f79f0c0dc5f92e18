"""Each laptop identifies itself in what it sends: device name and site (environment over the
settings and the site file, default the host name), the application and model versions."""

from __future__ import annotations

import json
import socket

import pytest
from orthanc_server import connection
from sync_helpers import fill
from test_sync_orthanc import engine, wado
from helpers.accounts import write_as_the_application

from cxrscreen import __version__
from cxrscreen.core.identity import device_identity
from cxrscreen.core.settings import Settings
from cxrscreen.core.sync import SyncEngine

pytestmark = pytest.mark.orthanc


def sr_items(ds) -> dict[str, str]:
    out = {}
    for item in ds.ContentSequence:
        key = item.ConceptNameCodeSequence[0].CodeValue
        if "TextValue" in item:
            out[key] = item.TextValue
    return out


def test_identity_precedence(monkeypatch, tmp_path):
    site = tmp_path / "site.json"
    site.write_text(json.dumps({"device_name": "site-laptop", "site": "North district"}))
    monkeypatch.setenv("CXRSCREEN_SITE_CONFIG", str(site))
    assert device_identity() == device_identity(Settings(device_name="site-laptop",
                                                         site="North district"))
    assert device_identity().device_name == "site-laptop"
    assert device_identity(Settings(device_name="mine")).device_name == "mine"
    assert device_identity(Settings()).device_name == socket.gethostname()
    monkeypatch.setenv("CXRSCREEN_DEVICE_NAME", "van-7")
    monkeypatch.setenv("CXRSCREEN_SITE", "Mobile unit 3")
    ident = device_identity(Settings(device_name="mine", site="other"))
    assert (ident.device_name, ident.site, ident.app_version) == ("van-7", "Mobile unit 3",
                                                                  __version__)


def test_sent_report_and_image_carry_the_identity(store, screener, orthanc, monkeypatch):
    monkeypatch.setenv("CXRSCREEN_DEVICE_NAME", "mobile-unit-laptop-0042")  # > 16 characters
    monkeypatch.setenv("CXRSCREEN_SITE", "Mobile unit 3")
    fill(store, 1, dicom=True)
    assert engine(store, orthanc.url).sync_all().ok
    for case in store.list_cases():
        sr_uid = store._con().execute("SELECT sop_uid FROM outbox WHERE case_id = ? AND kind != "
                                      "'image'", (case.id,)).fetchone()[0]
        sr = wado(orthanc, case.uids.study_uid, case.uids.sr_series_uid, sr_uid)
        items = sr_items(sr)
        assert items["DEVICE-NAME"] == "mobile-unit-laptop-0042"
        assert items["SITE"] == "Mobile unit 3"
        assert items["APP-VERSION"] == f"cxrscreen {__version__}"
        assert items["111003"] == case.screening.model_version
        assert items["SCREENED-AT"] == case.created_at
        assert sr.StationName == "mobile-unit-lapt"  # Station Name holds 16 characters
        assert list(sr.SoftwareVersions) == [f"cxrscreen {__version__}",
                                             f"{case.screening.model_name} "
                                             f"{case.screening.model_version}"]
        image = wado(orthanc, case.uids.study_uid, case.uids.image_series_uid,
                     case.uids.image_sop_uid)
        if case.source_format == "dicom":  # the X-ray machine's own station name is kept
            assert image.get("StationName", "") != "mobile-unit-lapt"
        else:
            assert image.StationName == "mobile-unit-lapt"
            assert image.InstitutionName == "Mobile unit 3"


def test_engine_takes_the_identity_from_its_settings(store, orthanc):
    eng = SyncEngine(store, Settings(device_name="from-settings", site="S"))
    assert (eng.identity.device_name, eng.identity.site) == ("from-settings", "S")
    assert SyncEngine(store, connection(orthanc.url)).identity.device_name == \
        socket.gethostname()


def test_a_case_is_sent_with_the_identity_it_was_screened_with(store, screener, orthanc,
                                                               monkeypatch):
    """A laptop may be renamed or moved to another site between screening a case and sending it
    (it can be offline for days): the report must name the laptop and site that screened it.
    A case stored before the identity was recorded is sent with the sending laptop's."""
    monkeypatch.setenv("CXRSCREEN_DEVICE_NAME", "van-3")
    monkeypatch.setenv("CXRSCREEN_SITE", "North district")
    ids = fill(store, 2, dicom=False)
    assert {(store.get(i).screening.device_name, store.get(i).screening.site) for i in ids} == \
        {("van-3", "North district")}
    con = store._con()  # the second case as an older version stored it: no identity recorded
    row = json.loads(con.execute("SELECT screening_json FROM cases WHERE id = ?",
                                 (ids[1],)).fetchone()[0])
    for key in ("device_name", "site", "app_version"):
        del row[key]
    write_as_the_application(store, "cases", "id = ?", (ids[1],), screening_json=json.dumps(row))
    monkeypatch.setenv("CXRSCREEN_DEVICE_NAME", "van-9")  # renamed and moved before sending
    monkeypatch.setenv("CXRSCREEN_SITE", "South")
    assert engine(store, orthanc.url).sync_all().ok
    sent = {}
    for case_id in ids:
        case = store.get(case_id)
        sr_uid = con.execute("SELECT sop_uid FROM outbox WHERE case_id = ? AND kind != 'image'",
                             (case_id,)).fetchone()[0]
        sr = wado(orthanc, case.uids.study_uid, case.uids.sr_series_uid, sr_uid)
        image = wado(orthanc, case.uids.study_uid, case.uids.image_series_uid,
                     case.uids.image_sop_uid)
        items = sr_items(sr)
        sent[case_id] = (items["DEVICE-NAME"], items["SITE"], sr.StationName, image.StationName,
                         image.InstitutionName)
    assert sent[ids[0]] == ("van-3", "North district", "van-3", "van-3", "North district")
    assert sent[ids[1]] == ("van-9", "South", "van-9", "van-9", "South")
