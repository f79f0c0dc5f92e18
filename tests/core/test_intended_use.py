"""Adults are outside the intended use (children): the age from the DICOM age string, else the
birth date against the study date; the SR says so beside the score (issue 22)."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pydicom
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sync"))
from store_fakes import fake_result  # noqa: E402

from cxrscreen.core.store.cases import Patient  # noqa: E402
from cxrscreen.core.xray.read import read_xray  # noqa: E402
from cxrscreen.core.screening.intended_use import (adult_warning, age_in_years,  # noqa: E402
                                                   outside_intended_use)
from cxrscreen.core.sync.builders import image_instance, structured_report  # noqa: E402
from helpers.accounts import store_for  # noqa: E402

SAMPLES = Path(__file__).resolve().parents[2] / "desktop" / "cxrscreen" / "samples"


@pytest.mark.parametrize("age, birth, study, years", [
    ("062Y", "", "", 62), ("016Y", "", "", 16), ("015Y", "", "", 15), ("018M", "", "", 1.5),
    ("4", "", "", 4), ("", "20000101", "20200101", 20), ("", "20150601", "20200101", 4.58),
    ("", "", "", None), ("abc", "", "", None), ("", "2020", "", None)])
def test_age_in_years(age, birth, study, years):
    got = age_in_years(age, birth, study)
    assert (got is None) if years is None else got == pytest.approx(years, abs=0.01)


def test_sixteen_and_over_is_outside_the_intended_use():
    assert outside_intended_use(Patient(patient_age="016Y"))
    assert outside_intended_use(Patient(birth_date="19010101", study_date="19630101"))
    assert not outside_intended_use(Patient(patient_age="015Y"))
    assert not outside_intended_use(Patient(patient_age="190M"))  # 15.8 years
    assert not outside_intended_use(Patient())  # unknown: the form asks for the age
    assert "62 years old" in adult_warning(Patient(patient_age="062Y"))
    assert adult_warning(Patient(patient_age="004Y")) == ""


def test_the_sr_of_an_adult_says_outside_the_intended_use(tmp_path):
    jpeg = SAMPLES / "IM-0140-0001.jpeg"
    with store_for(tmp_path / "data") as store:
        adult = store.add_case(jpeg.read_bytes(), jpeg.name, read_xray(jpeg), fake_result(0.81),
                               {"patient_id": "AD-1", "patient_age": "062Y"}, finalise=True)
        child = store.add_case(SAMPLES.joinpath("IM-0160-0001.jpeg").read_bytes(), "c.jpeg",
                               read_xray(SAMPLES / "IM-0160-0001.jpeg"), fake_result(0.81),
                               {"patient_id": "CH-1", "patient_age": "004Y"}, finalise=True)
        texts = {}
        for case in (adult, child):
            _, header = image_instance(case, store.original_bytes(case))
            uid = pydicom.uid.generate_uid()
            sr = pydicom.dcmread(io.BytesIO(structured_report(case, header, uid, None)))
            texts[case.id] = " ".join(str(i.TextValue) for i in sr.ContentSequence
                                      if "TextValue" in i)
    assert "Outside the intended use: this patient is 62 years old" in texts[adult.id]
    assert "Outside the intended use" not in texts[child.id]
