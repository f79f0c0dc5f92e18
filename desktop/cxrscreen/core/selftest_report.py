"""What the self-test reports: one result per check, and the whole report (``--json`` prints it)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import Enum


class Status(str, Enum):
    PASS = "pass"
    WARN = "warn"  # worth knowing, but the installation works
    FAIL = "fail"


@dataclass(frozen=True)
class CheckResult:
    name: str
    status: Status
    summary: str  # one line a person can act on
    details: dict = field(default_factory=dict)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.status is not Status.FAIL

    def to_dict(self) -> dict:
        return {**asdict(self), "status": self.status.value, "seconds": round(self.seconds, 3)}


@dataclass(frozen=True)
class SelfTestReport:
    app_version: str
    frozen: bool
    platform: str
    checks: tuple[CheckResult, ...]
    seconds: float

    @property
    def ok(self) -> bool:
        return all(c.ok for c in self.checks)

    def failed(self) -> list[CheckResult]:
        return [c for c in self.checks if not c.ok]

    def to_dict(self) -> dict:
        return {"ok": self.ok, "app_version": self.app_version, "frozen": self.frozen,
                "platform": self.platform, "seconds": round(self.seconds, 3),
                "checks": [c.to_dict() for c in self.checks]}
