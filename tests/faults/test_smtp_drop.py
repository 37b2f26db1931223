"""An SMTP server that drops the connection in the middle of DATA (issue 12): the send records that
recipient as uncertain (the message may have arrived), mails the others, and a rerun never mails
anyone twice. The server is a raw asyncio SMTP responder on 127.0.0.1, written for this fault."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path

from briefings import deliver
from siqing.app.cli import main
from siqing.store import Store

from ..briefings.review_helpers import LEADERS, deployment, free_port
from ..briefings.test_deliver import approved_daily


class DroppingSmtp:
    """Speaks enough SMTP for smtplib; for `victim`, closes the socket after part of the DATA."""

    def __init__(self, port: int, victim: str) -> None:
        self.port, self.victim = port, victim
        self.accepted: list[tuple[list[str], bytes]] = []  # whole messages answered 250
        self.cut: list[tuple[list[str], int]] = []  # (recipients, bytes read) of the dropped DATA
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)

    async def _session(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        rcpts: list[str] = []
        writer.write(b"220 127.0.0.1 ESMTP test\r\n")
        await writer.drain()
        while line := await reader.readline():
            cmd = line.decode("ascii", "replace").strip()
            verb = cmd.split(" ", 1)[0].upper().split(":", 1)[0]
            if verb in ("EHLO", "HELO"):
                writer.write(b"250-127.0.0.1\r\n250 8BITMIME\r\n")
            elif verb == "MAIL":
                rcpts = []
                writer.write(b"250 OK\r\n")
            elif verb == "RCPT":
                rcpts.append(cmd.split("<", 1)[1].split(">", 1)[0])
                writer.write(b"250 OK\r\n")
            elif verb == "DATA":
                writer.write(b"354 go ahead\r\n")
                await writer.drain()
                body = b""
                while True:
                    chunk = await reader.readline()
                    if not chunk:
                        return
                    if self.victim in rcpts and len(body) > 200:
                        # Mid-DATA: the headers are in, the end-of-data dot never acknowledged.
                        self.cut.append((list(rcpts), len(body)))
                        writer.transport.abort()
                        return
                    if chunk == b".\r\n":
                        break
                    body += chunk
                self.accepted.append((list(rcpts), body))
                writer.write(b"250 queued\r\n")
            elif verb == "RSET" or verb == "NOOP":
                writer.write(b"250 OK\r\n")
            elif verb == "QUIT":
                writer.write(b"221 bye\r\n")
                await writer.drain()
                writer.close()
                return
            else:
                writer.write(b"502 not implemented\r\n")
            await writer.drain()

    def __enter__(self) -> DroppingSmtp:
        self.thread.start()
        started = asyncio.run_coroutine_threadsafe(asyncio.start_server(self._session, "127.0.0.1", self.port),
                                                   self.loop)
        self.server = started.result(timeout=10)
        return self

    def __exit__(self, *exc: object) -> None:
        async def stop() -> None:
            self.server.close()
            await self.server.wait_closed()

        asyncio.run_coroutine_threadsafe(stop(), self.loop).result(timeout=10)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(timeout=10)
        self.loop.close()


def test_a_connection_dropped_mid_data_is_uncertain_and_never_mailed_twice(tmp_path: Path, monkeypatch) -> None:
    port = free_port()
    cfg = deployment(tmp_path / "d", smtp_port=port)
    store = Store(cfg.database_url)
    bid = approved_daily(cfg, store, monkeypatch, render=True)
    victim, other = LEADERS
    with DroppingSmtp(port, victim) as server:
        report = deliver.deliver(cfg, store, bid)
        assert report.uncertain == [victim] and report.sent == [other] and not report.ok
        assert [r for r, _ in server.cut] == [[victim]]  # one DATA cut off, never retried by itself
        assert [r for r, _ in server.accepted] == [[other]]
        rows = {r["recipient"]: r for r in store.deliveries(bid)}
        assert rows[victim]["status"] == "uncertain" and "DATA" in (rows[victim]["last_error"] or "")
        assert rows[other]["status"] == "sent"
        # The rerun (the scheduler's, or an operator's `siqing send`): nobody gets a second copy.
        assert main(["--config", str(cfg.path), "send", str(bid)]) == 1  # not all delivered: said so
        assert len(server.cut) == 1 and [r for r, _ in server.accepted] == [[other]]
        assert {r["recipient"]: r["status"] for r in store.deliveries(bid)} == {victim: "uncertain", other: "sent"}
