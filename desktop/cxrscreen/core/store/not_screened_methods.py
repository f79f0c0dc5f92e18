"""Storing a refused film as a *not screened* case, for a clinician's reading (issue 22), kept
apart from the screened cases: CaseStore inherits it. Which refusals allow it, and what is kept
with the case: core/screening/not_screened.py."""

from __future__ import annotations

import logging
from pathlib import Path

from . import integrity
from . import quarantine
from . import schema
from .cases import Case, new_not_screened_case
from .files import sha256_hex
from ..errors import AlreadyStored, ImageRefused, NotSendable
from ..file_names import readable_name
from ..i18n import QT_TRANSLATE_NOOP
from ..screening.not_screened import may_be_chest, read_refused, refusal_record
from ..xray.read import _read_bytes

log = logging.getLogger(__name__)


class NotScreenedMethods:
    """Mixed into CaseStore, whose ``_signed_in``, ``_find_duplicate``, ``_write``, ``_audit``,
    ``_finalise``, ``_errors``, ``_con``, ``identity``, ``get``, ``files``, ``cipher`` and
    ``tags`` these use."""

    def add_not_screened(self, path: Path | str | bytes, refusal: ImageRefused,
                         patient_overrides: dict | None = None, finalise: bool = False) -> Case:
        """Store a refused film as a *not screened* case, for a clinician's reading: the health
        worker's explicit choice, after ``refusal`` (what import_file raised for this file). No
        score is made. Raises NotSendable when the refusal does not allow it (a film not known
        to be a chest: core/screening/not_screened.py), ImageRefused when the file cannot be
        read at all, AlreadyStored."""
        self._signed_in()
        data = _read_bytes(path)
        existing = self._find_duplicate(sha256_hex(data), "")
        if existing is not None:
            raise AlreadyStored(existing)
        xray = read_refused(data)
        if not may_be_chest(refusal.code, xray.info.body_part, xray.source_format):
            raise NotSendable(QT_TRANSLATE_NOOP(
                "StoreError", "This film cannot be sent for a clinician's reading: it is not "
                "known to be a chest X-ray (it was refused as {refusal}). Take or export a chest "
                "X-ray."), refusal=refusal.code)
        name = readable_name(path) if not isinstance(path, bytes) else "upload"
        case = new_not_screened_case(data, name, xray, refusal_record(refusal),
                                     patient_overrides, self.identity())
        self.files.put(data, case.original_sha256)
        with self._write() as con:
            dup = self._find_duplicate(case.original_sha256, case.uids.image_sop_uid, con)
            if dup is not None:
                raise AlreadyStored(dup)
            self.files.put(data, case.original_sha256)  # a concurrent clean-up (add_case)
            # Tagged as every case row (integrity.py), its kind and refusal covered too.
            integrity.insert(con, self.tags, "cases", schema.case_values(case, self.cipher))
            self._audit(con, case.id, "created_not_screened", {
                "source_name": name, "sha256": case.original_sha256,
                "refusal": refusal.code, "patient": case.patient.to_dict()})
            if finalise:
                self._finalise(con, case)
        with self._errors():
            quarantine.record_written(self.files, quarantine.case_count(self._con()))
        log.info("stored case %s (%s, %d bytes) NOT screened, for a clinician's reading: "
                 "refused as %s", case.id, case.source_format, len(data), refusal.code)
        return self.get(case.id)
