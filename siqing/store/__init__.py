"""The store: the only place that reads and writes the database.

`Store(url)` opens (and migrates) a database; its methods are grouped by table family in the
modules of this package.
"""

from __future__ import annotations

from siqing.store.analyses import AnalysisQueries
from siqing.store.briefings import BriefingQueries
from siqing.store.columns import ColumnQueries
from siqing.store.documents import NEW, REVISED, UNCHANGED, DocumentQueries, content_hash
from siqing.store.review import ReviewQueries
from siqing.store.runs import RunQueries
from siqing.store.schedule import ScheduleQueries
from siqing.store.search import SearchQueries
from siqing.store.users import UserQueries


class Store(DocumentQueries, AnalysisQueries, BriefingQueries, RunQueries, SearchQueries, ReviewQueries,
            ScheduleQueries, ColumnQueries, UserQueries):
    """One deployment's database."""


__all__ = ["NEW", "REVISED", "UNCHANGED", "Store", "content_hash"]
