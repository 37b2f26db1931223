"""Login attempts limited per address and per account name, with the `limits` library (the engine
of Flask-Limiter), in memory: per gunicorn worker, reset on restart. One limiter per application,
so two consoles in one process (tests) never share counts.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from limits import RateLimitItem, parse_many
from limits.storage import MemoryStorage
from limits.strategies import MovingWindowRateLimiter


@dataclass
class LoginLimiter:
    spec: str = "10 per minute;60 per hour"
    storage: MemoryStorage = field(default_factory=MemoryStorage)

    def __post_init__(self) -> None:
        self.items: list[RateLimitItem] = parse_many(self.spec)
        self.limiter = MovingWindowRateLimiter(self.storage)

    def allow(self, address: str, name: str) -> bool:
        """Count one attempt from an address for an account; False once either is over its limit."""
        ok = True
        for item in self.items:
            for key in (f"addr:{address}", f"name:{name.lower()}"):
                ok = self.limiter.hit(item, "login", key) and ok
        return ok
