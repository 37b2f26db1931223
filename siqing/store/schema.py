"""The store's tables, as SQLAlchemy Core metadata: the one description of the schema.

Migrations (migrations.py) create and change these tables in named steps; nothing else issues
DDL. Timestamps are ISO-8601 strings with the +08:00 offset (what the office reads), dates are
YYYY-MM-DD strings: both sort correctly as text in SQLite and PostgreSQL alike.
"""

from __future__ import annotations

from sqlalchemy import (
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

sources = Table(
    "sources",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("name", Text, nullable=False),
    Column("level", String(16), nullable=False),
    Column("region", String(12), nullable=False),
    Column("config", Text, nullable=False),  # the source's entry as JSON, as last crawled
    Column("first_seen", String(32), nullable=False),
    Column("last_crawled", String(32)),
    Column("health", Text),  # JSON: last run's counts and flags (no items, no dates)
)

documents = Table(
    "documents",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("source_id", String(64), ForeignKey("sources.id"), nullable=False),
    Column("url", Text, nullable=False),
    Column("canonical_url", Text, nullable=False, unique=True),
    Column("title", Text, nullable=False),
    Column("published_at", String(32)),  # YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS+08:00
    Column("source_name", Text),  # 来源 as the page states it
    Column("author", Text),
    Column("body", Text, nullable=False),
    Column("attachments", Text, nullable=False, default="[]"),  # JSON list of {url,name,type,text}
    Column("content_hash", String(64), nullable=False),
    Column("snapshot", LargeBinary),  # zlib-compressed bytes of the page as fetched
    Column("content_type", Text),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("revision", Integer, nullable=False, default=1),
    Column("origin", String(16), nullable=False, default="crawl"),  # crawl | import
    Column("origin_path", Text),  # where an imported file came from
    Column("arrived_at", String(32), nullable=False),
    Column("updated_at", String(32), nullable=False),
)
Index("ix_documents_arrived", documents.c.arrived_at)
Index("ix_documents_source", documents.c.source_id, documents.c.published_at)
Index("ix_documents_hash", documents.c.content_hash)

revisions = Table(
    "revisions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("document_id", Integer, ForeignKey("documents.id"), nullable=False),
    Column("revision", Integer, nullable=False),
    Column("title", Text, nullable=False),
    Column("body", Text, nullable=False),
    Column("content_hash", String(64), nullable=False),
    Column("snapshot", LargeBinary),
    Column("replaced_at", String(32), nullable=False),
    UniqueConstraint("document_id", "revision"),
)

analyses = Table(
    "analyses",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("document_id", Integer, ForeignKey("documents.id"), nullable=False),
    Column("home", String(12), nullable=False),  # division code of the home
    Column("model_version", String(64), nullable=False),
    Column("content_hash", String(64), nullable=False),  # the revision analysed
    Column("kind", String(16), nullable=False),
    Column("confidence", Float, nullable=False),
    Column("reason", Text, nullable=False),
    Column("actor", Text),
    Column("regions", Text, nullable=False, default="[]"),  # JSON list of division codes
    Column("topics", Text, nullable=False, default="[]"),
    Column("keywords", Text, nullable=False, default="[]"),
    Column("summary", Text, nullable=False, default=""),
    Column("importance", Float, nullable=False, default=0.0),
    Column("cluster_id", Integer),  # the document id heading the repost cluster
    Column("processed_at", String(32), nullable=False),
    UniqueConstraint("document_id", "home", "model_version"),
)
Index("ix_analyses_home_kind", analyses.c.home, analyses.c.kind)

labels = Table(
    "labels",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("document_id", Integer, ForeignKey("documents.id"), nullable=False),
    Column("home", String(12), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("note", Text),
    Column("author", Text, nullable=False),
    Column("created_at", String(32), nullable=False),
)

briefings = Table(
    "briefings",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("type", String(16), nullable=False),  # daily | weekly | alert
    Column("period_start", String(32), nullable=False),  # arrivals from (timestamp)
    Column("period_end", String(32), nullable=False),  # arrivals up to, exclusive
    Column("key", String(64), nullable=False),  # what makes it unique within its type (date, doc)
    Column("home", String(12), nullable=False),
    Column("status", String(16), nullable=False),  # draft | approved | held
    Column("year", Integer, nullable=False),
    Column("number", Integer),  # assigned at approval, per type and year
    Column("created_at", String(32), nullable=False),
    Column("composed_at", String(32), nullable=False),
    Column("approved_at", String(32)),
    Column("approved_by", Text),
    Column("html_path", Text),
    Column("pdf_path", Text),
    Column("docx_path", Text),
    # What the files on disk are (migration 0009): the PDF's sha256 and the state rendered, e.g.
    # "approved:3"; send re-renders when either does not match the briefing now.
    Column("pdf_digest", String(64)),
    Column("rendered_state", String(32)),
    UniqueConstraint("type", "key"),
    UniqueConstraint("type", "year", "number"),
)

briefing_items = Table(
    "briefing_items",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("briefing_id", Integer, ForeignKey("briefings.id"), nullable=False),
    Column("document_id", Integer, ForeignKey("documents.id"), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("position", Integer, nullable=False),
    Column("summary", Text, nullable=False),
    Column("reposts", Integer, nullable=False, default=0),
    Column("important", Integer, nullable=False, default=0),
    Column("cluster_id", Integer),
    UniqueConstraint("briefing_id", "document_id"),
)

briefing_edits = Table(
    "briefing_edits",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("briefing_id", Integer, ForeignKey("briefings.id"), nullable=False),
    Column("who", Text, nullable=False),
    Column("at", String(32), nullable=False),
    Column("action", String(32), nullable=False),
    Column("detail", Text, nullable=False),
)

deliveries = Table(
    "deliveries",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("briefing_id", Integer, ForeignKey("briefings.id"), nullable=False),
    Column("recipient", Text, nullable=False),
    Column("status", String(16), nullable=False),  # pending | sent | failed
    Column("attempts", Integer, nullable=False, default=0),
    Column("last_error", Text),
    Column("message_id", Text),
    Column("updated_at", String(32), nullable=False),
    Column("sent_at", String(32)),
    UniqueConstraint("briefing_id", "recipient"),
)

# Mails about a briefing that are not the briefing itself: "a draft waits" to reviewers, "held at
# send time" to reviewers and operators. One row per (briefing, purpose, recipient): each is sent
# once. (deliveries keeps one row per recipient of the briefing proper.)
notices = Table(
    "notices",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("briefing_id", Integer, ForeignKey("briefings.id"), nullable=False),
    Column("purpose", String(16), nullable=False),  # draft | held
    Column("recipient", Text, nullable=False),
    Column("status", String(16), nullable=False),  # sending | sent | failed
    Column("message_id", Text),
    Column("last_error", Text),
    Column("updated_at", String(32), nullable=False),
    UniqueConstraint("briefing_id", "purpose", "recipient"),
)

runs = Table(
    "runs",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("job", String(32), nullable=False),  # crawl | process | brief | send | import | ...
    Column("started_at", String(32), nullable=False),
    Column("finished_at", String(32)),
    Column("status", String(16), nullable=False),  # running | ok | failed | interrupted
    Column("counts", Text, nullable=False, default="{}"),  # JSON, per source where it applies
    Column("error", Text),
    # Who runs it (migration 0009): a run whose process is gone is marked interrupted.
    Column("pid", Integer),
    Column("host", Text),
)

locks = Table(
    "locks",
    metadata,
    Column("name", String(64), primary_key=True),
    Column("owner", Text, nullable=False),
    Column("acquired_at", String(32), nullable=False),
    Column("expires_at", String(32), nullable=False),
)

# Scheduled job executions (siqing serve): one row per fire of a job. (job, fire_key) is unique,
# so of two serve processes firing the same scheduled time only the first claims it; manual runs
# get a unique key. Stamps carry microseconds so that intervals can be compared.
schedule_fires = Table(
    "schedule_fires",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("job", String(32), nullable=False),  # crawl | process | draft | send | weekly
    Column("fire_key", String(64), nullable=False),  # the scheduled time, or once:<unique>
    Column("owner", Text, nullable=False),  # host:pid:token of the serve process
    Column("status", String(16), nullable=False),  # running | ok | failed | skipped | missed
    Column("started_at", String(40), nullable=False),
    Column("finished_at", String(40)),
    Column("detail", Text),  # the error, or why it was skipped
    UniqueConstraint("job", "fire_key"),
)

# How far a crawl has read each column of a source (crawlers/spiders/listing.py): a column read to
# its end is `complete`, and only then may a later crawl stop at the first list page with nothing
# new; a killed backfill leaves it incomplete, so the next crawl reads every page again.
column_progress = Table(
    "column_progress",
    metadata,
    Column("source_id", String(64), nullable=False),
    Column("column_url", Text, nullable=False),  # the canonical URL of the column's first page
    Column("complete", Integer, nullable=False, default=0),
    Column("style", String(16)),  # how it pages (crawlers/paging.py)
    Column("pages", Integer),  # list pages read in the last full walk
    Column("updated_at", String(32), nullable=False),
    UniqueConstraint("source_id", "column_url"),
)

# Console accounts (siqing/app/web, `siqing user`): the password only as an argon2 hash.
users = Table(
    "users",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(64), nullable=False, unique=True),
    Column("role", String(16), nullable=False),  # admin | reviewer | analyst | leader
    Column("password_hash", Text, nullable=False),
    Column("active", Integer, nullable=False, default=1),
    Column("created_at", String(32), nullable=False),
    Column("updated_at", String(32), nullable=False),
    Column("last_login", String(32)),
)

# What people did through the console or `siqing user` (logins, refusals, account changes,
# sends); briefing edits themselves are in briefing_edits, labels in labels.
web_events = Table(
    "web_events",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", String(32), nullable=False),
    Column("who", Text, nullable=False),
    Column("action", String(32), nullable=False),
    Column("detail", Text, nullable=False, default=""),
)

schema_migrations = Table(
    "schema_migrations",
    metadata,
    Column("name", String(128), primary_key=True),
    Column("applied_at", String(32), nullable=False),
)
