"""Console accounts and the console's event log: who may sign in, with which role, and what they did;
and the few reads the console's pages need beside the analysts' search (a repost cluster, a
document's labels, the 待核 queue).

Passwords arrive here already hashed (argon2, by the caller): the store never sees one in clear.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from siqing import clock
from siqing.errors import UsageError
from siqing.store import schema as t
from siqing.store.core import StoreBase

ROLES = ("admin", "reviewer", "analyst", "leader")


def check_role(role: str) -> str:
    if role not in ROLES:
        raise UsageError(f"unknown role {role!r} (expected one of {', '.join(ROLES)})")
    return role


class UserQueries(StoreBase):
    def add_user(self, name: str, role: str, password_hash: str) -> int:
        """A new active account; a name already taken is a usage error."""
        now = clock.stamp()
        try:
            with self.begin() as conn:
                res = conn.execute(t.users.insert().values(
                    name=name, role=check_role(role), password_hash=password_hash, active=1,
                    created_at=now, updated_at=now))
                return int(res.inserted_primary_key[0])  # type: ignore[index]
        except IntegrityError:
            raise UsageError(f"user {name!r} already exists (change it with `siqing user passwd`)") from None

    def get_user(self, name: str) -> dict[str, Any] | None:
        with self.connect() as conn:
            row = conn.execute(select(t.users).where(t.users.c.name == name)).first()
        return dict(row._mapping) if row else None

    def get_user_by_id(self, user_id: int) -> dict[str, Any] | None:
        with self.connect() as conn:
            row = conn.execute(select(t.users).where(t.users.c.id == user_id)).first()
        return dict(row._mapping) if row else None

    def list_users(self) -> list[dict[str, Any]]:
        with self.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(select(t.users).order_by(t.users.c.name))]

    def update_user(self, name: str, *, password_hash: str | None = None, role: str | None = None,
                    active: bool | None = None) -> None:
        """Change an account's password hash, role or whether it may sign in."""
        values: dict[str, Any] = {"updated_at": clock.stamp()}
        if password_hash is not None:
            values["password_hash"] = password_hash
        if role is not None:
            values["role"] = check_role(role)
        if active is not None:
            values["active"] = int(active)
        with self.begin() as conn:
            res = conn.execute(t.users.update().where(t.users.c.name == name).values(**values))
            if res.rowcount != 1:
                raise UsageError(f"no user {name!r} (add one with `siqing user add {name} --role ...`)")

    def touch_login(self, user_id: int) -> None:
        with self.begin() as conn:
            conn.execute(t.users.update().where(t.users.c.id == user_id).values(last_login=clock.stamp()))

    def log_event(self, who: str, action: str, detail: str = "") -> None:
        with self.begin() as conn:
            conn.execute(t.web_events.insert().values(at=clock.stamp(), who=who, action=action, detail=detail))

    def events(self, limit: int = 100, who: str | None = None) -> list[dict[str, Any]]:
        q = select(t.web_events).order_by(t.web_events.c.id.desc()).limit(limit)
        if who:
            q = q.where(t.web_events.c.who == who)
        with self.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(q)]

    # what the console reads beside the analysts' search ----------------------------------------

    def cluster_members(self, home: str, model_version: str, cluster_id: int, limit: int = 50) -> list[dict[str, Any]]:
        """Documents of one repost cluster (the same story on several sites), oldest first."""
        a, d = t.analyses, t.documents
        q = (
            select(d.c.id, d.c.title, d.c.url, d.c.published_at, d.c.source_id, d.c.source_name)
            .select_from(a.join(d, d.c.id == a.c.document_id))
            .where(a.c.home == home, a.c.model_version == model_version, a.c.cluster_id == cluster_id)
            .order_by(d.c.id)
            .limit(limit)
        )
        with self.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(q)]

    def labels_of(self, doc_id: int, home: str) -> list[dict[str, Any]]:
        """Analysts' corrections of one document, oldest first."""
        q = (select(t.labels).where(t.labels.c.document_id == doc_id, t.labels.c.home == home)
             .order_by(t.labels.c.id))
        with self.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(q)]

    def unsure_documents(self, home: str, model_version: str, below: float, limit: int = 200) -> list[dict[str, Any]]:
        """The 待核 queue: analyses less sure than `below` that no analyst has labelled, newest first."""
        a, d, lab = t.analyses, t.documents, t.labels
        labelled = select(lab.c.id).where(lab.c.document_id == a.c.document_id, lab.c.home == home).exists()
        q = (
            select(d.c.id, d.c.title, d.c.published_at, d.c.arrived_at, d.c.source_id, d.c.source_name,
                   a.c.kind, a.c.confidence, a.c.reason)
            .select_from(a.join(d, d.c.id == a.c.document_id))
            .where(a.c.home == home, a.c.model_version == model_version, a.c.confidence < below, ~labelled)
            .order_by(d.c.arrived_at.desc(), d.c.id.desc())
            .limit(limit)
        )
        with self.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(q)]

    def newest_confidences(self, home: str, doc_ids: list[int]) -> dict[int, float]:
        """Each document's confidence in its newest analysis for a home (as latest_analysis picks it),
        in one query: the draft page marks 待核 on forty items without forty round trips."""
        if not doc_ids:
            return {}
        a = t.analyses
        q = (select(a.c.document_id, a.c.confidence)
             .where(a.c.home == home, a.c.document_id.in_(doc_ids))
             .order_by(a.c.document_id, a.c.processed_at, a.c.id))
        out: dict[int, float] = {}
        with self.connect() as conn:
            for doc_id, confidence in conn.execute(q):
                if confidence is not None:
                    out[int(doc_id)] = float(confidence)  # the last row of a document is its newest
                else:
                    out.pop(int(doc_id), None)
        return out
