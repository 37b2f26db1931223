"""The store: the only place that reads and writes the database.

`Store(url)` opens (and migrates) a database; its methods are grouped by table family in the
modules of this package.
"""

from __future__ import annotations

from siqing.store.analyses import AnalysisQueries
from siqing.store.briefings import BriefingQueries
from siqing.store.documents import NEW, REVISED, UNCHANGED, DocumentQueries, content_hash
from siqing.store.runs import RunQueries


class Store(DocumentQueries, AnalysisQueries, BriefingQueries, RunQueries):
    """One deployment's database."""


__all__ = ["NEW", "REVISED", "UNCHANGED", "Store", "content_hash"]
