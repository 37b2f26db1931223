"""Briefings: drafts, their items and edits, approval numbering, and deliveries."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import and_, func, select

from siqing import clock
from siqing.errors import StoreError
from siqing.store import schema as t
from siqing.store.core import StoreBase


class BriefingQueries(StoreBase):
    def find_briefing(self, btype: str, key: str) -> dict[str, Any] | None:
        with self.connect() as conn:
            row = conn.execute(
                select(t.briefings).where(t.briefings.c.type == btype, t.briefings.c.key == key)
            ).first()
        return dict(row._mapping) if row else None

    def get_briefing(self, briefing_id: int) -> dict[str, Any] | None:
        with self.connect() as conn:
            row = conn.execute(select(t.briefings).where(t.briefings.c.id == briefing_id)).first()
        return dict(row._mapping) if row else None

    def list_briefings(self, status: str | None = None, limit: int = 50) -> list[dict[str, Any]]:
        q = select(t.briefings).order_by(t.briefings.c.id.desc()).limit(limit)
        if status:
            q = q.where(t.briefings.c.status == status)
        with self.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(q)]

    def previous_briefing(self, btype: str, key: str) -> dict[str, Any] | None:
        """The briefing of this type with the greatest key before `key`."""
        q = (
            select(t.briefings)
            .where(t.briefings.c.type == btype, t.briefings.c.key < key)
            .order_by(t.briefings.c.key.desc())
            .limit(1)
        )
        with self.connect() as conn:
            row = conn.execute(q).first()
        return dict(row._mapping) if row else None

    def set_briefing_period(self, briefing_id: int, start: str, end: str) -> None:
        with self.begin() as conn:
            conn.execute(
                t.briefings.update()
                .where(t.briefings.c.id == briefing_id, t.briefings.c.status != "approved")
                .values(period_start=start, period_end=end)
            )

    def cluster_sources(self, home: str, model_version: str, cluster_ids: list[int]) -> dict[int, int]:
        """How many distinct sources carry each cluster's story."""
        if not cluster_ids:
            return {}
        a, d = t.analyses, t.documents
        q = (
            select(a.c.cluster_id, func.count(func.distinct(d.c.source_id)))
            .select_from(a.join(d, d.c.id == a.c.document_id))
            .where(a.c.home == home, a.c.model_version == model_version, a.c.cluster_id.in_(cluster_ids))
            .group_by(a.c.cluster_id)
        )
        with self.connect() as conn:
            return {int(cl): int(n) for cl, n in conn.execute(q)}

    def create_briefing(self, btype: str, key: str, home: str, period_start: str, period_end: str, year: int) -> int:
        now = clock.stamp()
        with self.begin() as conn:
            res = conn.execute(
                t.briefings.insert().values(
                    type=btype, key=key, home=home, period_start=period_start, period_end=period_end,
                    status="draft", year=year, created_at=now, composed_at=now,
                )
            )
            return int(res.inserted_primary_key[0])  # type: ignore[index]

    def replace_items(self, briefing_id: int, items: list[dict[str, Any]]) -> None:
        """Set a draft's items (recomposing a draft); an approved briefing never changes."""
        with self.begin() as conn:
            status = conn.execute(select(t.briefings.c.status).where(t.briefings.c.id == briefing_id)).scalar()
            if status == "approved":
                raise StoreError(f"briefing {briefing_id} is approved and cannot change")
            conn.execute(t.briefing_items.delete().where(t.briefing_items.c.briefing_id == briefing_id))
            for pos, it in enumerate(items):
                conn.execute(
                    t.briefing_items.insert().values(
                        briefing_id=briefing_id, document_id=it["document_id"], kind=it["kind"], position=pos,
                        summary=it["summary"], reposts=it.get("reposts", 0), important=int(it.get("important", 0)),
                        cluster_id=it.get("cluster_id"),
                    )
                )
            conn.execute(
                t.briefings.update().where(t.briefings.c.id == briefing_id).values(composed_at=clock.stamp())
            )

    def briefing_items(self, briefing_id: int) -> list[dict[str, Any]]:
        q = (
            select(t.briefing_items)
            .where(t.briefing_items.c.briefing_id == briefing_id)
            .order_by(t.briefing_items.c.position)
        )
        with self.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(q)]

    def candidates(self, home: str, model_version: str, arrived_from: str, arrived_to: str) -> list[dict[str, Any]]:
        """Analysed documents that arrived in [from, to), with their analysis."""
        d, a = t.documents, t.analyses
        q = (
            select(
                d.c.id, d.c.title, d.c.url, d.c.published_at, d.c.source_name, d.c.source_id, d.c.arrived_at, d.c.origin,
                a.c.kind, a.c.summary, a.c.importance, a.c.cluster_id, a.c.topics, a.c.confidence,
                t.sources.c.name.label("site_name"),
            )
            .select_from(
                d.join(a, and_(a.c.document_id == d.c.id, a.c.home == home, a.c.model_version == model_version))
                .join(t.sources, t.sources.c.id == d.c.source_id)
            )
            .where(d.c.arrived_at >= arrived_from, d.c.arrived_at < arrived_to)
        )
        with self.connect() as conn:
            rows = [dict(r._mapping) for r in conn.execute(q)]
        for r in rows:
            r["topics"] = json.loads(r["topics"] or "[]")
        return rows

    def latest_analysis(self, document_id: int, home: str) -> dict[str, Any] | None:
        """The most recent analysis of a document for a home, whatever the model version."""
        a = t.analyses
        q = (select(a).where(a.c.document_id == document_id, a.c.home == home)
             .order_by(a.c.processed_at.desc(), a.c.id.desc()).limit(1))
        with self.connect() as conn:
            row = conn.execute(q).first()
        return dict(row._mapping) if row else None

    def set_briefing_files(self, briefing_id: int, **paths: str) -> None:
        with self.begin() as conn:
            conn.execute(t.briefings.update().where(t.briefings.c.id == briefing_id).values(**paths))

    def set_briefing_status(self, briefing_id: int, status: str) -> None:
        with self.begin() as conn:
            conn.execute(t.briefings.update().where(t.briefings.c.id == briefing_id).values(status=status))

    def approve_briefing(self, briefing_id: int, who: str) -> int:
        """Approve a draft and give it the next number of its type and year; return the number."""
        with self.begin() as conn:
            row = conn.execute(select(t.briefings).where(t.briefings.c.id == briefing_id).with_for_update()).first()
            if row is None:
                raise StoreError(f"no briefing {briefing_id}")
            if row.status == "approved":
                return int(row.number)
            last = conn.execute(
                select(func.max(t.briefings.c.number)).where(
                    t.briefings.c.type == row.type, t.briefings.c.year == row.year
                )
            ).scalar()
            number = int(last or 0) + 1
            now = clock.stamp()
            conn.execute(
                t.briefings.update()
                .where(t.briefings.c.id == briefing_id)
                .values(status="approved", number=number, approved_at=now, approved_by=who)
            )
            conn.execute(
                t.briefing_edits.insert().values(
                    briefing_id=briefing_id, who=who, at=now, action="approve", detail=f"第{number}期"
                )
            )
            return number

    def record_edit(self, briefing_id: int, who: str, action: str, detail: dict[str, Any] | str) -> None:
        if not isinstance(detail, str):
            detail = json.dumps(detail, ensure_ascii=False)
        with self.begin() as conn:
            conn.execute(
                t.briefing_edits.insert().values(
                    briefing_id=briefing_id, who=who, at=clock.stamp(), action=action, detail=detail
                )
            )

    def briefing_edits(self, briefing_id: int) -> list[dict[str, Any]]:
        q = select(t.briefing_edits).where(t.briefing_edits.c.briefing_id == briefing_id).order_by(t.briefing_edits.c.id)
        with self.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(q)]

    # deliveries ---------------------------------------------------------------------------

    def deliveries(self, briefing_id: int) -> list[dict[str, Any]]:
        q = select(t.deliveries).where(t.deliveries.c.briefing_id == briefing_id).order_by(t.deliveries.c.id)
        with self.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(q)]

    def ensure_delivery(self, briefing_id: int, recipient: str) -> dict[str, Any]:
        """The delivery row of a recipient, created pending when missing."""
        with self.begin() as conn:
            row = conn.execute(
                select(t.deliveries).where(
                    t.deliveries.c.briefing_id == briefing_id, t.deliveries.c.recipient == recipient
                )
            ).first()
            if row is None:
                conn.execute(
                    t.deliveries.insert().values(
                        briefing_id=briefing_id, recipient=recipient, status="pending", attempts=0,
                        updated_at=clock.stamp(),
                    )
                )
                row = conn.execute(
                    select(t.deliveries).where(
                        t.deliveries.c.briefing_id == briefing_id, t.deliveries.c.recipient == recipient
                    )
                ).first()
        assert row is not None
        return dict(row._mapping)

    def mark_delivery(self, briefing_id: int, recipient: str, status: str, *, error: str | None = None,
                      message_id: str | None = None) -> None:
        now = clock.stamp()
        values: dict[str, Any] = {"status": status, "updated_at": now, "last_error": error,
                                  "attempts": t.deliveries.c.attempts + 1}
        if status == "sent":
            values.update(sent_at=now, message_id=message_id)
        with self.begin() as conn:
            conn.execute(
                t.deliveries.update()
                .where(t.deliveries.c.briefing_id == briefing_id, t.deliveries.c.recipient == recipient)
                .values(**values)
            )
