"""Data discovery, de-duplication and the patient-grouped split."""

from pathlib import Path

import pytest

from cxrtrain.data import (LABELS, deduplicate, describe, discover, limit_stratified,
                           patient_of, split_by_patient, subgroup_of)

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "chest_xray"
needs_data = pytest.mark.skipif(not DATA.is_dir(), reason="../shared/data/chest_xray is absent")


@pytest.mark.parametrize("name,patient", [
    ("person123_bacteria_456.jpeg", "person123"),
    ("person1003_virus_1685.jpeg", "person1003"),
    ("IM-0115-0001.jpeg", "IM-0115"),
    ("NORMAL2-IM-0552-0001.jpeg", "NORMAL2-IM-0552"),
    ("other.png", "other"),
])
def test_patient_from_file_name(name, patient):
    assert patient_of(name) == patient


def test_subgroups():
    assert subgroup_of("person1_bacteria_2.jpeg", 1) == "bacterial"
    assert subgroup_of("person1_virus_2.jpeg", 1) == "viral"
    assert subgroup_of("IM-0001-0001.jpeg", 0) == "normal"


def _fake_dataset(root: Path) -> None:
    (root / "train" / "NORMAL").mkdir(parents=True)
    (root / "train" / "PNEUMONIA").mkdir(parents=True)
    for i in range(20):
        (root / "train" / "NORMAL" / f"IM-{i:04d}-0001.jpeg").write_bytes(b"n%d" % i)
    for i in range(40):
        kind = "bacteria" if i % 2 else "virus"
        for k in range(2):  # two images per patient
            (root / "train" / "PNEUMONIA" / f"person{i}_{kind}_{k}.jpeg").write_bytes(b"p%d-%d" % (i, k))
    # a byte-identical duplicate
    (root / "train" / "NORMAL" / "IM-9999-0001.jpeg").write_bytes(b"n0")


def test_discover_dedupe_and_split_keep_patients_apart(tmp_path):
    _fake_dataset(tmp_path)
    samples = discover(tmp_path)
    assert len(samples) == 101
    kept, dropped = deduplicate(samples)
    assert dropped == 1 and len(kept) == 100
    train, val, test = split_by_patient(kept, 0.2, 0.2, seed=3)
    patients = [{s.patient for s in part} for part in (train, val, test)]
    assert not (patients[0] & patients[1]) and not (patients[0] & patients[2]) and not (patients[1] & patients[2])
    assert len(train) + len(val) + len(test) == 100
    for part in (val, test):  # stratified: both classes present in roughly the right share
        d = describe(part)
        assert d["by_class"]["NORMAL"] >= 3 and d["by_class"]["PNEUMONIA"] >= 12
    again = split_by_patient(kept, 0.2, 0.2, seed=3)
    assert [s.path for s in again[1]] == [s.path for s in val]  # the seed fixes the split


def test_csv_manifest(tmp_path):
    (tmp_path / "a.png").write_bytes(b"x")
    (tmp_path / "b.png").write_bytes(b"y")
    (tmp_path / "m.csv").write_text("path,label,patient\na.png,PNEUMONIA,p1\nb.png,0,p2\n")
    samples = discover(tmp_path / "m.csv")
    assert [(Path(s.path).name, s.label, s.patient) for s in samples] == [("a.png", 1, "p1"), ("b.png", 0, "p2")]


def test_limit_is_stratified(tmp_path):
    _fake_dataset(tmp_path)
    kept, _ = deduplicate(discover(tmp_path))
    small = limit_stratified(kept, 30, seed=1)
    d = describe(small)
    assert 25 <= d["images"] <= 32 and d["by_class"]["NORMAL"] >= 5


@needs_data
def test_real_data_split_counts():
    kept, dropped = deduplicate(discover(DATA))
    assert 20 <= dropped <= 40  # the data README: about 30 byte-identical pairs
    train, val, test = split_by_patient(kept, 0.15, 0.15, seed=1234)
    assert {s.patient for s in train}.isdisjoint({s.patient for s in val} | {s.patient for s in test})
    share = len(val) / len(kept)
    assert 0.13 < share < 0.17
    assert set(LABELS) == set(describe(val)["by_class"])
