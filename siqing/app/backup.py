"""`siqing backup PATH`: a consistent copy of the store and the briefings archive, while serve runs.

SQLite: the online backup API (sqlite3.Connection.backup) copies the database page by page under
its own read transaction, so the copy is one consistent state even while jobs write (WAL mode lets
them carry on). The database is copied first, the briefings folder second: every briefing the copy
knows has its files in the copy. PostgreSQL: the pg_dump command to run is printed instead.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from siqing import clock
from siqing.config import Config
from siqing.errors import StoreError, UsageError
from siqing.store.core import shown_url

DB_NAME = "siqing.db"


@dataclass
class BackupResult:
    path: Path
    database: Path | None
    briefing_files: int
    pg_dump: list[str] = field(default_factory=list)  # the command, for PostgreSQL


def sqlite_path(url: str) -> Path | None:
    """The file of a sqlite:/// URL (None for other databases)."""
    if url.startswith("sqlite:///"):
        return Path(url[len("sqlite:///") :])
    return None


def backup_sqlite(src: Path, dest: Path, pages: int = 256) -> None:
    """Copy a live SQLite database to dest with the online backup API, in steps of `pages` pages."""
    if not src.exists():
        raise UsageError(f"{src}: the store does not exist")
    source = sqlite3.connect(src, timeout=30)  # read-write: a WAL file needs its -shm
    target = sqlite3.connect(dest)
    try:
        source.execute("PRAGMA busy_timeout=30000")
        source.backup(target, pages=pages)
        # A self-contained file: a restored store must not need a -wal file beside it.
        target.execute("PRAGMA journal_mode=DELETE")
        ok = target.execute("PRAGMA integrity_check").fetchone()[0]
        if ok != "ok":  # a runtime failure (exit 1), not something the user gave us wrong
            raise StoreError(f"{dest}: the copy fails its integrity check: {ok}")
    finally:
        target.close()
        source.close()


def pg_dump_command(url: str, dest: Path) -> list[str]:
    """The pg_dump command for a PostgreSQL URL (the password stays in ~/.pgpass or PGPASSWORD)."""
    parts = urlsplit(url.replace("+psycopg2", "").replace("+psycopg", ""))
    cmd = ["pg_dump", "--format=custom", f"--file={dest / 'siqing.dump'}"]
    if parts.hostname:
        cmd.append(f"--host={parts.hostname}")
    if parts.port:
        cmd.append(f"--port={parts.port}")
    if parts.username:
        cmd.append(f"--username={parts.username}")
    cmd.append(parts.path.lstrip("/") or "siqing")
    return cmd


def backup(cfg: Config, path: str | Path) -> BackupResult:
    """Write the backup into the folder `path` (created; it must be new or empty)."""
    dest = Path(path).expanduser().resolve()
    if dest.exists() and (not dest.is_dir() or any(dest.iterdir())):
        raise UsageError(f"{dest}: already exists and is not an empty folder; choose a new backup folder")
    dest.mkdir(parents=True, exist_ok=True)
    db = sqlite_path(cfg.database_url)
    result = BackupResult(dest, None, 0)
    if db is not None:
        result.database = dest / DB_NAME
        backup_sqlite(db, result.database)
    else:
        result.pg_dump = pg_dump_command(cfg.database_url, dest)
    if cfg.briefings_dir.exists():
        shutil.copytree(cfg.briefings_dir, dest / "briefings")
        result.briefing_files = sum(1 for p in (dest / "briefings").rglob("*") if p.is_file())
    files: dict[str, str] = {}
    for part, f in (("config", cfg.path), ("sources", cfg.sources_path), ("taxonomy", cfg.taxonomy_path),
                    ("userdict", cfg.userdict_path)):
        if f.exists() and f.name not in files.values():
            shutil.copy2(f, dest / f.name)
            files[part] = f.name
    manifest = {"files": files, "taken_at": clock.stamp(), "config": str(cfg.path), "database_url": shown_url(cfg.database_url),
                "database": str(result.database) if result.database else None,
                "briefings_dir": str(cfg.briefings_dir), "briefing_files": result.briefing_files,
                "pg_dump": result.pg_dump}
    (dest / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")
    return result


@dataclass
class RestoreResult:
    config: Path
    database: Path | None
    briefing_files: int
    repointed: int  # briefings whose file paths were moved to the restored folder


def restore(backup_dir: str | Path, target: str | Path) -> RestoreResult:
    """Make a working deployment in `target` (new or empty) from a backup folder: the config files,
    the store and the briefings, with the briefings' file paths pointing into `target`."""
    from siqing import config as config_mod
    from siqing.store import Store

    src = Path(backup_dir).expanduser().resolve()
    manifest_path = src / "manifest.json"
    if not manifest_path.exists():
        raise UsageError(f"{manifest_path}: not found; is {src} a folder written by `siqing backup`?")
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    files: dict[str, str] = manifest.get("files") or {"config": Path(manifest["config"]).name}
    dest = Path(target).expanduser().resolve()
    if dest.exists() and (not dest.is_dir() or any(dest.iterdir())):
        raise UsageError(f"{dest}: already exists and is not an empty folder; choose a new folder to restore into")
    settings_text = (src / files["config"]).read_text(encoding="utf-8")
    # A config that reaches its data with ../ (config/siqing.yaml beside data/) keeps that layout.
    conf_dir = dest / "config" if "../" in settings_text else dest
    conf_dir.mkdir(parents=True, exist_ok=True)
    for name in files.values():
        shutil.copy2(src / name, conf_dir / name)
    cfg = config_mod.load(conf_dir / files["config"])
    for path in (cfg.briefings_dir, cfg.sources_path, cfg.taxonomy_path, cfg.userdict_path):
        if not path.is_relative_to(dest):
            raise UsageError(f"{conf_dir / files['config']}: {path} lies outside {dest}; give storage paths "
                             "relative to the deployment to restore it")
    db = sqlite_path(cfg.database_url)
    result = RestoreResult(conf_dir / files["config"], None, 0, 0)
    if db is not None and (src / DB_NAME).exists():
        db.parent.mkdir(parents=True, exist_ok=True)
        backup_sqlite(src / DB_NAME, db)
        result.database = db
    if (src / "briefings").exists():
        shutil.copytree(src / "briefings", cfg.briefings_dir)
        result.briefing_files = sum(1 for p in cfg.briefings_dir.rglob("*") if p.is_file())
    if db is not None and result.database is not None:
        old = str(manifest.get("briefings_dir") or "")
        store = Store(cfg.database_url)
        try:
            for b in store.list_briefings(limit=10**9):
                moved = {}
                for key in ("html_path", "pdf_path", "docx_path"):
                    # Stored relative to the briefings folder (publish.briefing_file resolves it), so
                    # the restored deployment still finds its files after it is moved elsewhere.
                    p = b.get(key)
                    if p and old and Path(p).is_relative_to(old):
                        moved[key] = Path(p).relative_to(old).as_posix()
                if moved:
                    store.set_briefing_files(b["id"], **moved)
                    result.repointed += 1
        finally:
            store.close()
    return result
