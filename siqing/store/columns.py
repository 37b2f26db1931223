"""Column progress: which columns of a source a crawl has read to their end (resumable paging)."""

from __future__ import annotations

from sqlalchemy import select

from siqing import clock
from siqing.store import schema as t
from siqing.store.core import StoreBase


class ColumnQueries(StoreBase):
    def complete_columns(self, source_id: str) -> set[str]:
        """Canonical first-page URLs of the source's columns last read to their end."""
        c = t.column_progress.c
        with self.connect() as conn:
            rows = conn.execute(select(c.column_url).where(c.source_id == source_id, c.complete == 1))
            return {r[0] for r in rows}

    def set_column_progress(self, source_id: str, column_url: str, complete: bool, style: str | None = None,
                            pages: int | None = None) -> None:
        """Record that a column was read to its end (complete) or that a walk of it began (not)."""
        c = t.column_progress.c
        values = {"complete": int(complete), "updated_at": clock.stamp()}
        if style is not None:
            values["style"] = style
        if pages is not None:
            values["pages"] = pages
        with self.begin() as conn:
            done = conn.execute(t.column_progress.update()
                                .where(c.source_id == source_id, c.column_url == column_url).values(**values))
            if not done.rowcount:
                conn.execute(t.column_progress.insert().values(source_id=source_id, column_url=column_url, **values))
