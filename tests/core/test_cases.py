"""Case records: one-way states, patient field validation, UIDs."""

from __future__ import annotations

import pytest

from cxrscreen.core.store.cases import TRANSITIONS, CaseState, Patient, uid_from_uuid
from cxrscreen.core.errors import CaseStateError, StoreError


def test_states_only_move_forward():
    order = [CaseState.SCREENED, CaseState.FINALISED, CaseState.SENT]
    for i, state in enumerate(order):
        allowed = TRANSITIONS[state]
        assert all(order.index(t) == i + 1 for t in allowed)
    assert TRANSITIONS[CaseState.SENT] == set()


def test_patient_changes_are_cleaned_and_checked():
    p = Patient(patient_id="A1").with_changes({"patient_sex": " f ", "patient_name": " Amina "})
    assert (p.patient_id, p.patient_sex, p.patient_name) == ("A1", "F", "Amina")
    with pytest.raises(StoreError) as err:
        Patient().with_changes({"patient_sex": "x"})
    assert "M, F or O" in err.value.message
    with pytest.raises(ValueError):
        Patient().with_changes({"study_uid": "1.2"})


def test_uids_are_valid_dicom_uids_and_unique():
    uids = {uid_from_uuid() for _ in range(200)}
    assert len(uids) == 200
    for uid in uids:
        assert uid.startswith("2.25.") and len(uid) <= 64 and uid.replace(".", "").isdigit()


def test_state_error_is_a_store_error_with_plain_words():
    assert issubclass(CaseStateError, StoreError)
