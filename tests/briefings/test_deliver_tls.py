"""Delivery over STARTTLS and implicit TLS (SSL) with authentication, against a real aiosmtpd server
on 127.0.0.1 holding a certificate of a private CA made at test time: the certificate is verified
(by default against the system's CAs, or the CA named by delivery.smtp.ca_file), credentials come
from the environment variables the config names, and every refusal is a recorded, retryable failure."""

from __future__ import annotations

import ipaddress
import ssl
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from briefings import compose, deliver, review
from siqing.config import Config
from siqing.store import Store

from .review_helpers import HOME, LEADERS, VERSION, Inbox, add_doc, deployment, free_port

USER_ENV, PASSWORD_ENV = "SIQING_TEST_SMTP_USER", "SIQING_TEST_SMTP_PASSWORD"
USER, PASSWORD = "rdxx", "s3cret-Pass"


@dataclass
class Pki:
    ca_file: Path  # the private CA's certificate: what a deployment names in delivery.smtp.ca_file
    cert_file: Path  # the server's certificate for 127.0.0.1, signed by that CA
    key_file: Path

    def server_context(self) -> ssl.SSLContext:
        ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ctx.load_cert_chain(self.cert_file, self.key_file)
        return ctx


def _name(cn: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    """A private CA and a server certificate for the IP address 127.0.0.1, written as PEM files."""
    folder = tmp_path_factory.mktemp("pki")
    now = datetime.now(UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_cert = (
        x509.CertificateBuilder().subject_name(_name("siqing test CA")).issuer_name(_name("siqing test CA"))
        .public_key(ca_key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(x509.KeyUsage(digital_signature=False, content_commitment=False, key_encipherment=False,
                                     data_encipherment=False, key_agreement=False, key_cert_sign=True,
                                     crl_sign=True, encipher_only=False, decipher_only=False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder().subject_name(_name("127.0.0.1")).issuer_name(ca_cert.subject)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=30))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                       critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    pki = Pki(folder / "ca.pem", folder / "server.pem", folder / "server.key")
    pki.ca_file.write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))
    pki.cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    pki.key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                               serialization.NoEncryption()))
    return pki


class TlsInbox(Inbox):
    """Keeps what it accepts, and whether each message came over TLS and from whom."""

    def __init__(self) -> None:
        super().__init__()
        self.sessions: list[tuple[bool, bytes | None]] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        # Over STARTTLS the session holds the TLS details; over implicit TLS the transport is TLS itself.
        tls = session.ssl is not None or server.transport.get_extra_info("ssl_object") is not None
        self.sessions.append((tls, session.auth_data.login if session.auth_data else None))
        return await super().handle_DATA(server, session, envelope)


def authenticator(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:
    """The mailbox's one account."""
    ok = isinstance(data, LoginPassword) and data.login == USER.encode() and data.password == PASSWORD.encode()
    return AuthResult(success=ok, handled=False, auth_data=data if ok else None)


class Server:
    """aiosmtpd on 127.0.0.1 with the test PKI: STARTTLS (required) or implicit TLS, AUTH when asked."""

    def __init__(self, pki: Pki, mode: str, *, auth: bool = False) -> None:
        self.port = free_port()
        self.inbox = TlsInbox()
        kw: dict[str, Any] = {"ssl_context": pki.server_context()} if mode == "ssl" else {
            "tls_context": pki.server_context(), "require_starttls": True}
        if auth and mode == "ssl":
            # aiosmtpd's auth_require_tls only sees TLS begun by STARTTLS; over implicit TLS it would
            # never offer AUTH, so there AUTH is offered (optional) on the connection, which is TLS anyway.
            kw.update(authenticator=authenticator, auth_required=False, auth_require_tls=False)
        elif auth:
            kw.update(authenticator=authenticator, auth_required=True, auth_require_tls=True)
        self.controller = Controller(self.inbox, hostname="127.0.0.1", port=self.port, **kw)

    def __enter__(self) -> Server:
        self.controller.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.controller.stop()


def setup(folder: Path, port: int, security: str, monkeypatch: pytest.MonkeyPatch,
          **smtp: Any) -> tuple[Config, Store, int]:
    """A deployment mailing to 127.0.0.1:port with the given security, and an approved daily briefing."""
    cfg = deployment(folder, briefing={"attach_pdf": False}, delivery={"smtp": {
        "host": "127.0.0.1", "port": port, "security": security, "sender": "siqing@example.org", "timeout": 5,
        "username_env": USER_ENV, "password_env": PASSWORD_ENV, **smtp}})
    monkeypatch.delenv(USER_ENV, raising=False)
    monkeypatch.delenv(PASSWORD_ENV, raising=False)
    store = Store(cfg.database_url)
    monkeypatch.setenv("SIQING_NOW", "2026-05-06T06:00:00+08:00")
    add_doc(store, "国务院关于加强监督工作的意见", "upper", importance=0.9)
    monkeypatch.setenv("SIQING_NOW", "2026-05-06T07:00:00+08:00")
    bid = compose.compose(cfg, store, HOME, VERSION, "daily", date(2026, 5, 6)).briefing_id
    review.approve(cfg, store, bid, "王五", render=False)
    return cfg, store, bid


def statuses(store: Store, bid: int) -> dict[str, str]:
    return {r["recipient"]: r["status"] for r in store.deliveries(bid)}


@pytest.mark.parametrize("security", ["starttls", "ssl"])
def test_delivers_over_tls_verified_against_the_configured_ca(tmp_path: Path, pki: Pki, security: str,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    with Server(pki, security) as server:
        # A relative ca_file is read from siqing.yaml's folder, as every other path of the config.
        (tmp_path / "d").mkdir()
        (tmp_path / "d" / "relay-ca.pem").write_bytes(pki.ca_file.read_bytes())
        cfg, store, bid = setup(tmp_path / "d", server.port, security, monkeypatch, ca_file="relay-ca.pem")
        assert cfg.settings.delivery.smtp.ca_file == str(tmp_path / "d" / "relay-ca.pem")
        report = deliver.deliver(cfg, store, bid, sleep=lambda s: None)
    assert sorted(report.sent) == sorted(LEADERS) and report.ok, report.errors
    assert sorted(r for _, rcpts, _ in server.inbox.received for r in rcpts) == sorted(LEADERS)
    assert [tls for tls, _ in server.inbox.sessions] == [True, True]
    assert statuses(store, bid) == {a: "sent" for a in LEADERS}


@pytest.mark.parametrize("security", ["starttls", "ssl"])
def test_an_unverifiable_certificate_is_refused_and_recorded(tmp_path: Path, pki: Pki, security: str,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    with Server(pki, security) as server:
        # By default only the system's CAs are trusted, and the private CA is not one of them.
        cfg, store, bid = setup(tmp_path / "a", server.port, security, monkeypatch)
        report = deliver.deliver(cfg, store, bid, sleep=lambda s: None)
        assert sorted(report.failed) == sorted(LEADERS) and report.sent == []
        assert all("CERTIFICATE_VERIFY_FAILED" in report.errors[a] for a in LEADERS), report.errors
        # The right CA but another name than the certificate's (it is for 127.0.0.1 only).
        cfg, store, bid = setup(tmp_path / "b", server.port, security, monkeypatch, host="localhost",
                                ca_file=str(pki.ca_file))
        report = deliver.deliver(cfg, store, bid, sleep=lambda s: None)
        assert sorted(report.failed) == sorted(LEADERS) and report.sent == []
        assert all("CERTIFICATE_VERIFY_FAILED" in report.errors[a] for a in LEADERS), report.errors
        assert all("localhost" in report.errors[a] for a in LEADERS), report.errors  # the hostname check
    assert server.inbox.received == []
    assert statuses(store, bid) == {a: "failed" for a in LEADERS}  # retryable: `siqing send` will try again


def test_plain_smtp_to_a_server_requiring_starttls_fails_and_loses_nothing(tmp_path: Path, pki: Pki,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    with Server(pki, "starttls") as server:
        cfg, store, bid = setup(tmp_path / "d", server.port, "none", monkeypatch, ca_file=str(pki.ca_file))
        report = deliver.deliver(cfg, store, bid, sleep=lambda s: None)
        assert sorted(report.failed) == sorted(LEADERS) and report.sent == []
        rows = {r["recipient"]: r for r in store.deliveries(bid)}
        assert {a: (r["status"], r["attempts"]) for a, r in rows.items()} == {a: ("failed", 3) for a in LEADERS}
        assert all("530" in (r["last_error"] or "") and "STARTTLS" in (r["last_error"] or "") for r in rows.values())
        assert server.inbox.received == []
        # The operator fixes the config; the next run delivers what failed, once each.
        cfg.settings.delivery.smtp.security = "starttls"
        again = deliver.deliver(cfg, store, bid, sleep=lambda s: None)
        assert sorted(again.sent) == sorted(LEADERS) and again.ok
        assert deliver.deliver(cfg, store, bid).already == again.sent
    assert sorted(r for _, rcpts, _ in server.inbox.received for r in rcpts) == sorted(LEADERS)
    assert statuses(store, bid) == {a: "sent" for a in LEADERS}


@pytest.mark.parametrize("security", ["starttls", "ssl"])
def test_credentials_come_from_the_named_environment_variables(tmp_path: Path, pki: Pki, security: str,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    with Server(pki, security, auth=True) as server:
        cfg, store, bid = setup(tmp_path / "d", server.port, security, monkeypatch, ca_file=str(pki.ca_file))
        assert USER not in cfg.path.read_text(encoding="utf-8")  # only the variables' names are configured

        monkeypatch.setenv(USER_ENV, USER)
        monkeypatch.setenv(PASSWORD_ENV, "wrong-pass")
        report = deliver.deliver(cfg, store, bid, sleep=lambda s: None)
        assert sorted(report.failed) == sorted(LEADERS) and report.sent == []
        for a in LEADERS:
            assert "拒绝登录" in report.errors[a] and "535" in report.errors[a], report.errors
            assert "wrong-pass" not in report.errors[a]  # the secret itself is never written down
        assert statuses(store, bid) == {a: "failed" for a in LEADERS}

        # smtplib cannot send a non-ASCII secret: a recorded failure that says why, not a crash.
        monkeypatch.setenv(PASSWORD_ENV, "错误的密码")
        report = deliver.deliver(cfg, store, bid, sleep=lambda s: None)
        assert sorted(report.failed) == sorted(LEADERS), report.errors
        assert all(f"${PASSWORD_ENV}" in report.errors[a] and "非 ASCII" in report.errors[a] for a in LEADERS)
        assert all("错误的密码" not in report.errors[a] for a in LEADERS)
        assert statuses(store, bid) == {a: "failed" for a in LEADERS}
        assert server.inbox.received == []

        monkeypatch.setenv(PASSWORD_ENV, PASSWORD)
        report = deliver.deliver(cfg, store, bid, sleep=lambda s: None)
        assert sorted(report.sent) == sorted(LEADERS) and report.ok, report.errors
    assert server.inbox.sessions == [(True, USER.encode()), (True, USER.encode())]
    assert statuses(store, bid) == {a: "sent" for a in LEADERS}


def test_a_missing_ca_file_is_a_config_error_naming_the_key(tmp_path: Path, pki: Pki,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from siqing.app.cli import main

    with Server(pki, "starttls") as server:
        cfg, store, bid = setup(tmp_path / "d", server.port, "starttls", monkeypatch, ca_file="no-such-ca.pem")
        assert main(["--config", str(cfg.path), "send", str(bid)]) == 2
    assert server.inbox.received == []
    # The first claim was released as retryable and the run stopped there: nothing is left "sending".
    assert statuses(store, bid) == {LEADERS[0]: "failed", LEADERS[1]: "pending"}
    run = store.last_runs(job="send")[0]
    assert run["status"] == "failed" and "delivery.smtp.ca_file" in run["error"] and "no-such-ca.pem" in run["error"]
