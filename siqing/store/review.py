"""Review and delivery queries: draft edits as one transaction, what was reported before, and the
claim-then-send bookkeeping that keeps a message from going twice to the same recipient.

Delivery rows (deliveries) and notice rows (notices) go through the same states:

    pending/failed --claim--> sending --> sent | failed | uncertain

A claim is a conditional UPDATE (only from pending or failed), so two senders never both own a
row. A row left in `sending` (a crash between the claim and the server's answer) or `uncertain`
(the connection broke after the message data was handed over) is never claimed again by an
ordinary run: the server may have accepted it. Only an explicit `force` takes those again.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select

from siqing import clock
from siqing.errors import StoreError
from siqing.store import schema as t
from siqing.store.core import StoreBase

CLAIMABLE = ("pending", "failed")
IN_DOUBT = ("sending", "uncertain")


class ReviewQueries(StoreBase):
    # drafts ---------------------------------------------------------------------------------

    def save_edited_items(self, briefing_id: int, items: list[dict[str, Any]], who: str, action: str,
                          detail: dict[str, Any]) -> None:
        """Replace a draft's items and record the edit that produced them, in one transaction."""
        self.save_edits(briefing_id, items, who, [(action, detail)])

    def save_edits(self, briefing_id: int, items: list[dict[str, Any]], who: str,
                   edits: list[tuple[str, dict[str, Any]]]) -> None:
        """Replace a draft's items and record every edit that produced them, in one transaction:
        several edits of one command are all kept or none (issue 12)."""
        with self.begin() as conn:
            status = conn.execute(select(t.briefings.c.status).where(t.briefings.c.id == briefing_id)).scalar()
            if status is None:
                raise StoreError(f"no briefing {briefing_id}")
            if status == "approved":
                raise StoreError(f"briefing {briefing_id} is approved and cannot change")
            conn.execute(t.briefing_items.delete().where(t.briefing_items.c.briefing_id == briefing_id))
            for pos, it in enumerate(items):
                conn.execute(
                    t.briefing_items.insert().values(
                        briefing_id=briefing_id, document_id=it["document_id"], kind=it["kind"], position=pos,
                        summary=it["summary"], reposts=it.get("reposts", 0), important=int(bool(it.get("important"))),
                        cluster_id=it.get("cluster_id"),
                    )
                )
            at = clock.stamp()
            for action, detail in edits:
                conn.execute(
                    t.briefing_edits.insert().values(
                        briefing_id=briefing_id, who=who, at=at, action=action,
                        detail=json.dumps(detail, ensure_ascii=False),
                    )
                )

    def reported_in(self, types: Iterable[str], exclude_id: int | None = None,
                    approved_only: bool = False) -> tuple[set[int], set[int]]:
        """Documents and clusters in briefings of these types (approved ones only, when asked)."""
        q = (
            select(t.briefing_items.c.document_id, t.briefing_items.c.cluster_id)
            .join(t.briefings, t.briefings.c.id == t.briefing_items.c.briefing_id)
            .where(t.briefings.c.type.in_(list(types)))
        )
        if exclude_id is not None:
            q = q.where(t.briefings.c.id != exclude_id)
        if approved_only:
            q = q.where(t.briefings.c.status == "approved")
        docs: set[int] = set()
        clusters: set[int] = set()
        with self.connect() as conn:
            for doc_id, cluster_id in conn.execute(q):
                docs.add(int(doc_id))
                if cluster_id is not None:
                    clusters.add(int(cluster_id))
        return docs, clusters

    def latest_analysis(self, doc_id: int, home: str) -> dict[str, Any] | None:
        """The newest analysis of a document for a home (any model version)."""
        q = (
            select(t.analyses)
            .where(t.analyses.c.document_id == doc_id, t.analyses.c.home == home)
            .order_by(t.analyses.c.processed_at.desc(), t.analyses.c.id.desc())
            .limit(1)
        )
        with self.connect() as conn:
            row = conn.execute(q).first()
        return dict(row._mapping) if row else None

    # deliveries -------------------------------------------------------------------------------

    def claim_delivery(self, briefing_id: int, recipient: str, message_id: str, *, force: bool = False) -> bool:
        """Take a recipient's delivery for one attempt (counted now); False when not claimable."""
        self.ensure_delivery(briefing_id, recipient)  # type: ignore[attr-defined]
        states = CLAIMABLE + IN_DOUBT if force else CLAIMABLE
        d = t.deliveries
        with self.begin() as conn:
            res = conn.execute(
                d.update()
                .where(d.c.briefing_id == briefing_id, d.c.recipient == recipient, d.c.status.in_(states))
                .values(status="sending", message_id=message_id, attempts=d.c.attempts + 1,
                        updated_at=clock.stamp(), last_error=None)
            )
            return res.rowcount == 1

    def finish_delivery(self, briefing_id: int, recipient: str, status: str, error: str | None = None) -> None:
        """Record how a claimed attempt ended: sent, failed (retry allowed) or uncertain."""
        now = clock.stamp()
        values: dict[str, Any] = {"status": status, "updated_at": now, "last_error": error}
        if status == "sent":
            values["sent_at"] = now
        d = t.deliveries
        with self.begin() as conn:
            conn.execute(
                d.update()
                .where(d.c.briefing_id == briefing_id, d.c.recipient == recipient, d.c.status == "sending")
                .values(**values)
            )

    # notices ----------------------------------------------------------------------------------

    def claim_notice(self, briefing_id: int, purpose: str, recipient: str, message_id: str) -> bool:
        """Take a notice (a draft waits, a briefing is held) for sending; False when sent or in doubt."""
        n = t.notices
        now = clock.stamp()
        with self.begin() as conn:
            row = conn.execute(
                select(n.c.status).where(n.c.briefing_id == briefing_id, n.c.purpose == purpose,
                                         n.c.recipient == recipient)
            ).first()
            if row is None:
                conn.execute(n.insert().values(briefing_id=briefing_id, purpose=purpose, recipient=recipient,
                                               status="sending", message_id=message_id, updated_at=now))
                return True
            res = conn.execute(
                n.update()
                .where(n.c.briefing_id == briefing_id, n.c.purpose == purpose, n.c.recipient == recipient,
                       n.c.status == "failed")
                .values(status="sending", message_id=message_id, updated_at=now, last_error=None)
            )
            return res.rowcount == 1

    def finish_notice(self, briefing_id: int, purpose: str, recipient: str, status: str,
                      error: str | None = None) -> None:
        n = t.notices
        with self.begin() as conn:
            conn.execute(
                n.update()
                .where(n.c.briefing_id == briefing_id, n.c.purpose == purpose, n.c.recipient == recipient)
                .values(status=status, last_error=error, updated_at=clock.stamp())
            )

    def notices(self, briefing_id: int) -> list[dict[str, Any]]:
        q = select(t.notices).where(t.notices.c.briefing_id == briefing_id).order_by(t.notices.c.id)
        with self.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(q)]
