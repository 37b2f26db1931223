"""`siqing backup`: a consistent copy of a store that jobs keep writing to, and restoring it."""

from __future__ import annotations

import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from siqing.app.backup import backup, pg_dump_command
from siqing.config import Config
from siqing.errors import UsageError
from siqing.store import Store

from .helpers import REPO, deployment, serve_env


@pytest.fixture
def cfg(tmp_path: Path) -> Config:
    return deployment(tmp_path / "live", 1, 1)


class Writer(threading.Thread):
    """Writes briefings with two deliveries each, one transaction after another, through its own store."""

    def __init__(self, cfg: Config) -> None:
        super().__init__(daemon=True)
        self.store = Store(cfg.database_url)
        self.briefings_dir = cfg.briefings_dir
        self.committed: list[tuple[int, str]] = []  # (briefing id, the recipient whose delivery is sent)
        self.stop = threading.Event()
        self.error: BaseException | None = None

    def run(self) -> None:
        n = 0
        try:
            while not self.stop.is_set() or n < 50:
                n += 1
                bid = self.store.create_briefing("alert", f"doc-{n}", "370100", "2026-02-14T00:00:00+08:00",
                                                 "2026-02-15T00:00:00+08:00", 2026)
                self.briefings_dir.mkdir(parents=True, exist_ok=True)
                (self.briefings_dir / f"alert-{bid}.pdf").write_bytes(b"%PDF-1.4 test " + str(bid).encode())
                for rcpt in ("a@example.org", "b@example.org"):
                    self.store.ensure_delivery(bid, rcpt)
                self.store.mark_delivery(bid, "a@example.org", "sent", message_id=f"<{bid}@t>")
                self.committed.append((bid, "a@example.org"))
        except BaseException as exc:  # reported by the test
            self.error = exc


def test_backup_while_writing_restores_everything_recorded_before(cfg: Config, tmp_path: Path) -> None:
    writer = Writer(cfg)
    writer.start()
    while len(writer.committed) < 20:  # jobs have been writing for a while
        assert writer.is_alive(), writer.error
    before = list(writer.committed)  # everything committed before the backup starts
    res = backup(cfg, tmp_path / "bk")
    writer.stop.set()
    writer.join(60)
    assert writer.error is None and len(writer.committed) > len(before)

    # Restore into a fresh deployment: the store file and the briefings folder go back in place.
    restored_cfg = deployment(tmp_path / "restored", 1, 1)
    db = Path(restored_cfg.database_url.removeprefix("sqlite:///"))
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    assert res.database is not None
    shutil.copyfile(res.database, db)
    shutil.copytree(res.path / "briefings", restored_cfg.briefings_dir, dirs_exist_ok=True)

    store = Store(restored_cfg.database_url)  # opens (and would migrate) like any store
    for bid, rcpt in before:
        b = store.get_briefing(bid)
        assert b is not None and b["key"].startswith("doc-")
        sent = {d["recipient"]: d["status"] for d in store.deliveries(bid)}
        assert sent == {rcpt: "sent", "b@example.org": "pending"}
        assert (restored_cfg.briefings_dir / f"alert-{bid}.pdf").exists()
    assert store.count_documents() == 0
    assert (res.path / "manifest.json").exists() and (res.path / "siqing.yaml").exists()


def test_backup_cli_and_refuses_a_used_folder(cfg: Config, tmp_path: Path) -> None:
    Store(cfg.database_url).create_briefing("daily", "2026-02-14", "370100", "a", "b", 2026)

    def run(dest: Path) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "siqing.app.cli", "--config", str(cfg.path), "backup", str(dest)],
                              capture_output=True, text=True, cwd=REPO, env=serve_env("2026-02-14T09:00:00"))

    proc = run(tmp_path / "b1")
    assert proc.returncode == 0, proc.stderr
    assert Store(f"sqlite:///{tmp_path / 'b1' / 'siqing.db'}").find_briefing("daily", "2026-02-14") is not None
    proc = run(tmp_path / "b1")
    assert proc.returncode == 2
    assert proc.stderr.startswith("error: ") and "b1" in proc.stderr


def test_postgresql_gets_the_pg_dump_command(tmp_path: Path) -> None:
    cmd = pg_dump_command("postgresql+psycopg://siqing@db.example.org:5433/siqing", tmp_path)
    assert cmd == ["pg_dump", "--format=custom", f"--file={tmp_path / 'siqing.dump'}", "--host=db.example.org",
                   "--port=5433", "--username=siqing", "siqing"]


def test_backup_of_a_missing_store_is_a_usage_error(cfg: Config, tmp_path: Path) -> None:
    cfg.settings.storage.url = f"sqlite:///{tmp_path / 'nothing.db'}"
    with pytest.raises(UsageError):
        backup(cfg, tmp_path / "bk")


def test_restore_makes_a_working_deployment_elsewhere(cfg: Config, tmp_path: Path) -> None:
    """Issue 19 point 10: config files included, and the briefings' files found in the new place."""
    from briefings.publish import briefing_file
    from siqing import config as config_mod
    from siqing.app.backup import restore
    from siqing.app.cli import main

    store = Store(cfg.database_url)
    bid = store.create_briefing("daily", "2026-02-14", "370100", "a", "b", 2026)
    cfg.briefings_dir.mkdir(parents=True, exist_ok=True)
    pdf = cfg.briefings_dir / "2026" / "daily-2026-02-14.pdf"
    pdf.parent.mkdir(parents=True, exist_ok=True)
    pdf.write_bytes(b"%PDF-1.4 test")
    store.set_briefing_files(bid, pdf_path=str(pdf))
    cfg.taxonomy_path.write_text("topics:\n  本地主题: [本地]\n", encoding="utf-8")
    cfg.userdict_path.write_text("本地词 10 n\n", encoding="utf-8")
    backup(cfg, tmp_path / "b")
    assert {"taxonomy.yaml", "userdict.txt", "siqing.yaml", "sources.yaml"} <= {p.name for p in (tmp_path / "b").iterdir()}
    shutil.rmtree(cfg.base_dir)  # the machine is gone
    res = restore(tmp_path / "b", tmp_path / "new")
    restored = config_mod.load(res.config)
    assert restored.taxonomy_path.read_text(encoding="utf-8").endswith("本地主题: [本地]\n")
    assert "本地词" in restored.userdict_path.read_text(encoding="utf-8")
    b = Store(restored.database_url).get_briefing(bid)
    # Stored relative to the deployment's briefings folder (README: relative paths are relative to it).
    assert b is not None and b["pdf_path"] == "2026/daily-2026-02-14.pdf"
    pdf_file = briefing_file(restored.briefings_dir, b["pdf_path"])
    assert pdf_file is not None and pdf_file.is_relative_to(tmp_path / "new")
    assert pdf_file.read_bytes() == b"%PDF-1.4 test"
    with pytest.raises(UsageError):
        restore(tmp_path / "b", tmp_path / "new")  # not into a used folder
    assert main(["restore", str(tmp_path / "b"), str(tmp_path / "new2")]) == 0


def test_a_restored_deployment_moved_to_another_folder_still_works(cfg: Config, tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """Issue 19 point 10: nothing restored points into the folder it was restored to, so moving that
    folder (another disk, another machine) keeps the briefings' files, status and mail attachments."""
    from briefings import deliver
    from briefings.publish import briefing_file, is_current
    from siqing import config as config_mod
    from siqing.app.backup import restore
    from siqing.app.cli import main
    from siqing.app.status import collect

    store = Store(cfg.database_url)
    bid = store.create_briefing("daily", "2026-02-14", "370100", "2026-02-14T00:00:00+08:00",
                                "2026-02-15T00:00:00+08:00", 2026)
    files = {}
    for kind in ("html", "pdf", "docx"):
        f = cfg.briefings_dir / "2026" / f"daily-2026-02-14.{kind}"
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_bytes(f"{kind} of #{bid}".encode())
        files[f"{kind}_path"] = str(f)
    store.set_briefing_files(bid, **files)
    backup(cfg, tmp_path / "b")
    restore(tmp_path / "b", tmp_path / "first")
    shutil.move(tmp_path / "first", tmp_path / "moved")  # the restored folder, moved as a whole
    assert not (tmp_path / "first").exists()
    moved = config_mod.load(next((tmp_path / "moved").rglob("siqing.yaml")))
    b = Store(moved.database_url).get_briefing(bid)
    assert b is not None
    for kind in ("html", "pdf", "docx"):
        assert not Path(b[f"{kind}_path"]).is_absolute()
        f = briefing_file(moved.briefings_dir, b[f"{kind}_path"])
        assert f is not None and f.is_relative_to(tmp_path / "moved") and f.read_bytes() == f"{kind} of #{bid}".encode()
    assert not is_current(b, moved.briefings_dir)  # a fake PDF is no whole rendering: a send would re-render
    assert deliver._pdf_bytes(moved, b) == f"pdf of #{bid}".encode()
    assert collect(moved)["briefings"][0]["pdf_path"] == str(moved.briefings_dir / "2026" / "daily-2026-02-14.pdf")
    assert main(["--config", str(moved.path), "draft", "show", str(bid)]) == 0
    assert f"PDF：{moved.briefings_dir / '2026' / 'daily-2026-02-14.pdf'}" in capsys.readouterr().out
