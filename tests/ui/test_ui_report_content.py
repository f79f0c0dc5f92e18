"""The printed report says who screened the child, where, when in local time, and what the
family does now; the SR has no empty 'Screening site' (issue 22, item 11)."""

from __future__ import annotations

import io

import pydicom

from helpers.accounts import CLINICIAN
from ui_helpers import SAMPLES, import_and_wait

JPEG = SAMPLES / "person1003_bacteria_2934.jpeg"


def test_the_report_names_the_worker_the_site_and_the_next_steps(qtbot, window):
    from cxrscreen.core.identity import DeviceIdentity
    from cxrscreen.ui.report import _local, report_context, report_html

    case = import_and_wait(qtbot, window, [JPEG]).imported[0]
    store = window.session.store
    store.update_patient(case.id, patient_id="MU-5", patient_age="003Y")
    case = store.finalise(case.id)
    context = report_context(store, case, DeviceIdentity("unit-7", "Mobile unit 7"))
    assert context["screened_by"] == CLINICIAN == context["finalised_by"]
    html = report_html(case, context)
    for needed in ("Health worker", CLINICIAN, "Mobile unit 7", "unit-7", "What to do now",
                   _local(case.created_at)):
        assert needed in html, needed
    assert "(UTC)" not in html
    assert ("Take the child to the clinic today" in html if case.screening.label == "PNEUMONIA"
            else "does not mean the child is well" in html)
    assert "font-size: 12pt" in html


def test_the_sr_has_no_empty_site(qtbot, window):
    from cxrscreen.core.identity import DeviceIdentity
    from cxrscreen.core.sync.builders import image_instance, structured_report

    case = import_and_wait(qtbot, window, [JPEG]).imported[0]
    store = window.session.store
    store.update_patient(case.id, patient_id="MU-6", patient_age="003Y")
    case = store.finalise(case.id)
    _, header = image_instance(case, store.original_bytes(case))
    sr = pydicom.dcmread(io.BytesIO(structured_report(
        case, header, pydicom.uid.generate_uid(), None, identity=DeviceIdentity("unit-7", ""))))
    names = [i.ConceptNameCodeSequence[0].CodeMeaning for i in sr.ContentSequence]
    assert "Screening device" in names and "Screening site" not in names
