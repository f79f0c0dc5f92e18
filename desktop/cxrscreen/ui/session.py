"""What one running window works with: the case store, the settings, the model and the sync engine.

Plain Python (no widgets). The functions here are the bodies of background tasks: each calls the
core and returns a typed outcome from :mod:`.workers`.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from ..core.errors import CxrError, ImageRefused, ModelError, StoreError

from .workers import (ImageOutcome, ImportOutcome, ReachOutcome, Refusal, Task)

log = logging.getLogger(__name__)


class ModelHolder:
    """The screening model, loaded once in the background. Importers wait for it."""

    def __init__(self, model_dir: Path | None = None) -> None:
        self.model_dir = model_dir
        self._ready = threading.Event()
        self._screener = None
        self._error: ModelError | None = None

    def load(self, _task: Task | None = None):
        from ..core.screening.screener import Screener

        try:
            self._screener = Screener.load(self.model_dir)
        except ModelError as exc:
            self._error = exc
            raise
        finally:
            self._ready.set()
        return self._screener

    @property
    def ready(self) -> bool:
        return self._ready.is_set() and self._screener is not None

    @property
    def error(self) -> ModelError | None:
        return self._error

    def get(self, timeout: float = 120.0):
        if not self._ready.wait(timeout):
            raise ModelError("The screening model is still loading. Try again in a moment.")
        if self._screener is None:
            raise self._error or ModelError("The screening model could not be loaded.")
        return self._screener

    def operating_points(self) -> list[str]:
        return self._screener.meta.operating_points if self._screener is not None else []

    def site_point(self):
        """The site operating point's status (core/site_point.py) for the loaded model."""
        from ..core.screening.site_operating_point import SitePointStatus

        return self._screener.site_point if self._screener is not None else SitePointStatus()

    def operating_point_thresholds(self) -> dict[str, float]:
        """The score from which each operating point says "refer", in the model's order."""
        if self._screener is None:
            return {}
        raw = self._screener.meta.raw["thresholds"]
        return {op: float(raw[op]["value"]) for op in self._screener.meta.operating_points
                if isinstance(raw.get(op), dict) and "value" in raw[op]}

    def operating_point_figures(self) -> dict[str, tuple[float, float, bool]]:
        """(sensitivity, specificity, measured on a second collection?) per operating point, from
        the model's metadata: the second collection's figures when the model has them (images
        gathered apart from the training folder, closer to what a new site sees), else
        validation's."""
        if self._screener is None:
            return {}
        out = {}
        for op in self._screener.meta.operating_points:
            point = self._screener.meta.raw["thresholds"][op]
            for prefix, external in (("external_", True), ("validation_", False)):
                if f"{prefix}sensitivity" in point and f"{prefix}specificity" in point:
                    out[op] = (float(point[f"{prefix}sensitivity"]),
                               float(point[f"{prefix}specificity"]), external)
                    break
        return out


class Session:
    def __init__(self, store, model_dir: Path | None = None,
                 data_dir: Path | None = None) -> None:
        """``store``: a CaseStore already signed in (ui/sign_in.py); or None and ``data_dir``,
        with the store given by :meth:`attach` before the window starts (app.open_window builds
        the window while the person signs in)."""
        from ..core.settings import load_settings

        self.data_dir = Path(store.data_dir if store is not None else data_dir)
        self.store = store
        self.settings_error: str = ""
        try:
            self.settings = load_settings(self.data_dir)
        except CxrError as exc:  # a broken settings file must not stop screening
            from ..core.settings import Settings

            self.settings_error = exc.message
            self.settings = Settings()
        if store is not None:
            self.check_settings()
        self.model = ModelHolder(model_dir)
        self._engine = None
        self._engine_lock = threading.Lock()

    def attach(self, store) -> None:
        if Path(store.data_dir).resolve() != self.data_dir.resolve():
            raise ValueError("the store is for another data folder")
        self.store = store
        self.check_settings()

    def check_settings(self) -> None:
        """Once someone has signed in: the per-user settings file checked under the data key
        (core.settings); an edited one is reported and the site's settings are used."""
        from ..core.settings import load_settings, site_defaults

        try:
            self.settings = load_settings(self.data_dir, self.store.cipher)
        except CxrError as exc:
            self.settings_error = exc.message
            try:
                self.settings = site_defaults()
            except CxrError:
                from ..core.settings import Settings

                self.settings = Settings()

    def close(self) -> None:
        self.store.close()

    # -- settings and sync ----------------------------------------------------------------------

    def apply_settings(self, settings) -> None:
        from ..core.settings import save_settings

        save_settings(settings, self.data_dir, self.store.cipher)
        self.settings = settings
        with self._engine_lock:
            self._engine = None  # rebuilt with the new connection on next use

    def engine(self):
        from ..core.sync import SyncEngine

        with self._engine_lock:
            if self._engine is None:
                self._engine = SyncEngine(self.store, self.settings)
            return self._engine

    def sync_connection(self):
        """The resolved connection (environment over settings over site file), as sent with: the
        same resolution the engine makes (core.settings.sync_connection), without building the
        engine, whose DICOM libraries took 0.8 s to import on the way to the case list."""
        from ..core.settings import sync_connection

        with self._engine_lock:
            if self._engine is not None:
                return self._engine.conn
        return sync_connection(self.settings, self.store.cipher)

    def queued_cases(self) -> int:
        """Cases with something still to send (a finalised case, or a newer review)."""
        from ..core.store.outbox import Outbox

        return len({item.case_id for item in Outbox(self.store).pending()})

    def check_reach(self, _task: Task | None = None) -> ReachOutcome:
        """One TCP connection to the resolved server; no engine is built (the DICOM libraries
        it needs are not imported while the window starts)."""
        from ..core.sync.reachability import tcp_reachable

        conn = self.sync_connection()
        reachable = conn.configured and tcp_reachable(conn.url, 3.0)
        return ReachOutcome(conn.configured, reachable, self.queued_cases())

    def sync(self, task: Task):
        report = self.engine().sync_all(progress=task.report, cancel=task.cancel_event)
        self.store.apply_site_retention()  # cases the server confirmed long enough ago
        report.waiting_cases = self.queued_cases()  # in cases, as the status bar counts
        return report

    def after_auto_sync(self, report):
        """In AutoSync's thread, before its report reaches the window."""
        self.store.apply_site_retention()
        report.waiting_cases = self.queued_cases()
        return report

    # -- cases ----------------------------------------------------------------------------------

    def import_files(self, task: Task, paths: list[Path]) -> ImportOutcome:
        from ..core.errors import AlreadyStored

        files = expand(paths)
        outcome = ImportOutcome(total=len(files))
        screener = self.model.get() if files else None
        op = self.settings.operating_point or None
        if op and op not in screener.meta.operating_points:
            op = None  # the model does not offer it: use the model's default
        for i, path in enumerate(files):
            if task.cancelled:
                outcome.cancelled = True
                break
            task.report(i, len(files), path.name)
            try:
                outcome.imported.append(self.store.import_file(path, screener,
                                                               operating_point=op))
            except ImageRefused as exc:
                from ..core.screening.not_screened import film_may_be_chest

                outcome.refused.append(Refusal(path, exc.code, exc.message,
                                               sendable=film_may_be_chest(path, exc.code),
                                               error=exc))
            except AlreadyStored as exc:
                outcome.duplicates.append(Refusal(path, exc.code, exc.message, exc.case))
            except StoreError as exc:  # disk full, database locked...: nothing was stored
                outcome.failed.append(Refusal(path, exc.code, exc.message))
            except ModelError as exc:
                outcome.failed.append(Refusal(path, exc.code, exc.message))
        task.report(len(files) if not outcome.cancelled else i, len(files), "")
        return outcome

    def load_image(self, case) -> ImageOutcome:
        from ..core.xray.read import read_xray
        from ..core.xray.check_contract import apply_corrections

        data = self.store.original_bytes(case)
        if case.not_screened:  # as it was received: it was never turned, and has no heatmap
            from ..core.screening.not_screened import read_refused

            return ImageOutcome(case.id, read_refused(data), None)
        # As it was screened (turned / inverted back), so the heatmap lies on the right place.
        xray = apply_corrections(read_xray(data), case.screening.corrections)
        return ImageOutcome(case.id, xray, self.store.heatmap(case))

    def save_case(self, case_id: str, patient: dict[str, str], notes: str):
        case = self.store.get(case_id)
        changes = {k: v for k, v in patient.items() if getattr(case.patient, k) != v}
        if changes:
            case = self.store.update_patient(case_id, **changes)
        if notes != case.notes:
            case = self.store.set_notes(case_id, notes)
        return case


def expand(paths: list[Path]) -> list[Path]:
    """Files as given; folders one level at a time, recursively, sorted, hidden files skipped."""
    out: list[Path] = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            out += sorted(p for p in path.rglob("*") if p.is_file() and not any(
                part.startswith(".") for part in p.relative_to(path).parts))
        else:
            out.append(path)
    return out
