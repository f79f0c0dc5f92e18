"""Exponential backoff with full jitter (AWS architecture blog, "Exponential Backoff and Jitter"):
the n-th wait is uniform in [0, min(cap, base * 2**n)], so many laptops coming back online at the
same time do not hit the server in step."""

from __future__ import annotations

import random
import threading
from dataclasses import dataclass, field


@dataclass
class Backoff:
    base: float = 1.0
    cap: float = 60.0
    max_attempts: int = 5
    rng: random.Random = field(default_factory=random.Random)

    def delay(self, attempt: int) -> float:
        """Seconds to wait before retry number ``attempt`` (0-based)."""
        return self.rng.uniform(0.0, min(self.cap, self.base * (2.0 ** attempt)))

    def wait(self, attempt: int, cancel: threading.Event | None = None) -> bool:
        """Sleep before the next try; returns False if ``cancel`` was set meanwhile."""
        seconds = self.delay(attempt)
        if cancel is None:
            threading.Event().wait(seconds)
            return True
        return not cancel.wait(seconds)
