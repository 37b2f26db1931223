"""Who may do what: the four roles, the signed-in user, and the check every route makes on the server."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar, cast

from flask import abort, current_app
from flask_login import UserMixin, current_user, login_required

from siqing.app import jobs
from siqing.config import Config
from siqing.kinds import KIND_NAMES_ZH
from siqing.store import Store

ROLE_NAMES = {"admin": "管理员", "reviewer": "审核人", "analyst": "分析员", "leader": "领导"}

# What each role may do. Leaders read briefings only; analysts search, export and correct;
# reviewers also edit, approve and send; admins also manage sources and users.
CAPABILITIES: dict[str, set[str]] = {
    "leader": {"read"},
    "analyst": {"read", "search"},
    "reviewer": {"read", "search", "review"},
    "admin": {"read", "search", "review", "admin"},
}

F = TypeVar("F", bound=Callable[..., Any])


class User(UserMixin):
    def __init__(self, row: dict[str, Any]) -> None:
        self.id = row["id"]
        self.name: str = row["name"]
        self.role: str = row["role"]
        self.active = bool(row["active"])

    def get_id(self) -> str:
        return str(self.id)

    @property
    def is_active(self) -> bool:
        return self.active

    @property
    def role_name(self) -> str:
        return ROLE_NAMES.get(self.role, self.role)


def cfg() -> Config:
    return cast(Config, current_app.config["SIQING_CONFIG"])


def store() -> Store:
    return jobs.open_store(cfg())


def load_user(user_id: str) -> User | None:
    """Read on every request, so a disabled account or a changed role takes effect at once."""
    try:
        row = store().get_user_by_id(int(user_id))
    except ValueError:
        return None
    return User(row) if row and row["active"] else None


def can(capability: str) -> bool:
    if not current_user.is_authenticated:
        return False
    return capability in CAPABILITIES.get(current_user.role, set())


def requires(capability: str) -> Callable[[F], F]:
    """A route for signed-in users holding a capability; others get 403."""

    def deco(fn: F) -> F:
        @wraps(fn)
        @login_required
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            if not can(capability):
                store().log_event(current_user.name, "refused", f"{capability}: {fn.__name__}")
                abort(403)
            return fn(*args, **kwargs)

        return cast(F, wrapper)

    return deco


def kind_zh(kind: str | None) -> str:
    return KIND_NAMES_ZH.get(kind or "", kind or "—")


def site_name(source_id: str | None) -> str:
    """A source's configured name (what the office calls the site), else its id."""
    for s in cfg().sources:
        if s.id == source_id:
            return s.name
    return source_id or "—"
