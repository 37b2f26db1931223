"""Delivering a briefing by SMTP: one message per recipient, the PDF attached under its Chinese name,
the contents as the HTML body; notices (a draft waits, a briefing is held) to reviewers and operators.

Never twice to the same recipient (at most once, by design):

1. Each recipient has one row in deliveries. Before the SMTP transaction the row is *claimed*:
   a conditional UPDATE from pending/failed to `sending` (attempts counted there). Only the sender
   whose UPDATE changed the row may send, so two runs cannot both send.
2. The message carries a deterministic Message-ID (briefing, recipient), the same on every attempt.
3. After the server's final 250 the row becomes `sent`. A refusal or a connection failure before
   the message data was handed over makes it `failed`: the server did not take it, so retrying is
   safe, with exponential backoff (delivery.retry_base_seconds * 2**(k-1), delivery.max_attempts
   attempts per run); `siqing send ID` retries what is still failed.
4. The crash window: a process that dies after the server accepted but before it wrote `sent`
   leaves the row in `sending`; a connection that breaks during DATA leaves it `uncertain`. Both
   mean "may have arrived", so no automatic run sends them again (duplicates to leaders are worse
   than a gap an operator sees in `siqing send` / `siqing draft show`). `siqing send ID --force`
   resends them deliberately, with the same Message-ID, which most mail systems use to fold a
   duplicate.

Headers are built with email.message.EmailMessage and email.headerregistry.Address; every value that
comes from data (a title) has its line breaks and control characters folded to spaces first, and
the envelope recipient is given explicitly, never read from headers, so a title cannot add a header
or a recipient. The HTML body is rendered with autoescaping: crawled text never becomes markup.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import smtplib
import ssl
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime
from types import TracebackType
from typing import Any

import jinja2

from briefings.model import BriefingView
from briefings.publish import attachment_name, build_view, ensure_current
from briefings.render import chinese_date, is_http_url
from briefings.render import number_text as render_number_text
from siqing import clock
from siqing.config import Config, SmtpConfig
from siqing.errors import ConfigError, DeliveryError, UsageError
from siqing.store import Store

log = logging.getLogger(__name__)
NUMERALS = "一二三四五六七八九十"
# CRLF line ends and 7-bit transfer encodings (base64 / quoted-printable): any relay takes it.
MAIL_POLICY = policy.SMTP.clone(cte_type="7bit")
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029\x85]")

MAIL_TEMPLATE = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{{ subject }}</title></head>
<body style="font-family: FangSong, STFangsong, SimSun, serif; font-size: 16px; line-height: 1.7; color: #000;">
{% for line in intro %}<p>{{ line }}</p>
{% endfor %}
<div style="max-width: 720px;">
<p style="margin: 0; color: #c00000; font-size: 13px;">{{ view.marking }}</p>
<h1 style="margin: 8px 0; text-align: center; color: #e60000; font-size: 32px; letter-spacing: 4px;">{{ view.name }}</h1>
<p style="margin: 0; text-align: center;">{{ number_text }}</p>
<table style="width: 100%; border-bottom: 2px solid #e60000; font-size: 15px;"><tr>
<td>{{ view.issuer }}</td><td style="text-align: right;">{{ date_text }}</td></tr></table>
{% for s in sections %}
<h2 style="font-family: SimHei, sans-serif; font-size: 18px; margin: 18px 0 6px;">{{ s.numeral }}、{{ s.heading }}</h2>
{% if not s.entries %}<p>本期无{{ s.heading }}信息。</p>{% endif %}
{% for e in s.entries %}
<h3 style="font-family: KaiTi, STKaiti, serif; font-size: 17px; margin: 10px 0 4px;">{{ loop.index }}. {% if e.important %}【重要】{% endif %}{{ e.title }}</h3>
{% if full %}<p style="margin: 0 0 4px; text-indent: 2em;">{{ e.summary }}</p>{% endif %}
<p style="margin: 0; color: #555; font-size: 14px;">来源：{{ e.source_name }}{% if e.published %}　{{ e.published }}{% endif %}{% if e.reposts %}　另有{{ e.reposts }}家网站转载{% endif %}</p>
{% if e.link %}<p style="margin: 0; font-size: 13px;"><a href="{{ e.link }}">{{ e.link }}</a></p>{% endif %}
{% endfor %}
{% endfor %}
</div>
</body></html>
"""


class AuthFailed(DeliveryError):
    """The SMTP server refused our login: no recipient can be reached, so the send stops at once."""


class Retryable(Exception):
    """The server did not take the message: sending it again is safe."""


class Uncertain(Exception):
    """The connection broke while the message was being handed over: it may have arrived."""


@dataclass
class DeliveryReport:
    briefing_id: int
    sent: list[str] = field(default_factory=list)  # delivered by this run
    already: list[str] = field(default_factory=list)  # delivered before this run
    failed: list[str] = field(default_factory=list)  # still failing after this run's attempts
    uncertain: list[str] = field(default_factory=list)  # may have arrived; resent only with force
    errors: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.failed and not self.uncertain

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def one_line(text: str | None, limit: int = 0) -> str:
    """Text safe for a header: line breaks and control characters folded to single spaces."""
    flat = " ".join(_CONTROL.sub(" ", text or "").split())
    return flat[: limit - 1] + "…" if limit and len(flat) > limit else flat


def deployment_mark(cfg: Config, b: dict[str, Any]) -> str:
    """What tells this deployment's briefing #N from another's: its home and when it was created."""
    return f"{cfg.home.code}\0{b.get('created_at') or ''}"


def message_id(purpose: str, briefing_id: int, recipient: str, sender: str, origin: str = "") -> str:
    """The same Message-ID on every attempt of one message to one recipient; `origin`
    (deployment_mark) keeps two deployments' first briefings from sharing one."""
    digest = hashlib.sha256(f"{purpose}\0{briefing_id}\0{recipient.strip().lower()}\0{origin}".encode()).hexdigest()[:20]
    domain = sender.rsplit("@", 1)[-1] or "localhost"
    return f"<siqing.{purpose}.{briefing_id}.{digest}@{domain}>"


def _http_link(url: str) -> str | None:
    return url if is_http_url(url) else None


def number_text(view: BriefingView) -> str:
    """'2026年第3期' in a subject line, '送审稿' for a draft."""
    return render_number_text(view) if view.number else "送审稿"


def subject_for(view: BriefingView) -> str:
    """每日要情 2026年第3期（2026年5月6日）; a 专报 names its item."""
    if view.type == "alert":
        titles = [e.title for s in view.sections for e in s.entries]
        head = f"专报 {number_text(view)}"
        return one_line(f"{head}：{titles[0]}" if titles else head, 120)
    return one_line(f"{view.name} {number_text(view)}（{chinese_date(view.date)}）", 120)


def _sections(view: BriefingView) -> list[dict[str, Any]]:
    out = []
    for i, s in enumerate(view.sections):
        entries = [{"title": e.title, "summary": e.summary, "source_name": e.source_name, "published": e.published,
                    "reposts": e.reposts, "important": e.important, "link": _http_link(e.url)} for e in s.entries]
        out.append({"numeral": NUMERALS[i], "heading": s.heading, "entries": entries})
    return out


_env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)


def mail_html(view: BriefingView, intro: list[str], *, full: bool = True) -> str:
    """The HTML body: the briefing's contents, every value escaped."""
    return _env.from_string(MAIL_TEMPLATE).render(
        view=view, subject=subject_for(view), intro=intro, number_text=number_text(view),
        date_text=chinese_date(view.date), sections=_sections(view), full=full,
    )


def mail_text(view: BriefingView, intro: list[str], *, full: bool = True) -> str:
    """The plain-text alternative of the same contents."""
    lines = [*intro, "", view.name, number_text(view), f"{view.issuer}　{chinese_date(view.date)}", ""]
    for s in _sections(view):
        lines.append(f"{s['numeral']}、{s['heading']}")
        if not s["entries"]:
            lines.append(f"本期无{s['heading']}信息。")
        for i, e in enumerate(s["entries"], 1):
            lines.append(f"{i}. {'【重要】' if e['important'] else ''}{one_line(e['title'])}")
            if full:
                lines.append(f"   {one_line(e['summary'])}")
            src = f"   来源：{one_line(e['source_name'])}{'　' + e['published'] if e['published'] else ''}"
            lines.append(src + (f"　另有{e['reposts']}家网站转载" if e["reposts"] else ""))
            if e["link"]:
                lines.append(f"   {e['link']}")
        lines.append("")
    return "\n".join(lines)


def build_message(cfg: Config, view: BriefingView, recipient: str, msg_id: str, *, intro: list[str],
                  subject: str | None = None, pdf: bytes | None = None, full: bool = True) -> EmailMessage:
    """One message to one recipient: text and HTML alternatives, the PDF attached when given."""
    smtp = cfg.settings.delivery.smtp
    msg = EmailMessage(policy=MAIL_POLICY)
    try:
        msg["From"] = Address(display_name=one_line(view.issuer), addr_spec=smtp.sender)
        msg["To"] = Address(addr_spec=recipient)
    except (ValueError, IndexError) as exc:
        raise ConfigError(f"not a usable e-mail address ({exc})", path=str(cfg.path), key="delivery") from None
    msg["Subject"] = one_line(subject or subject_for(view), 150)
    msg["Date"] = format_datetime(clock.now())
    msg["Message-ID"] = msg_id
    msg.set_content(mail_text(view, intro, full=full))
    msg.add_alternative(mail_html(view, intro, full=full), subtype="html")
    if pdf is not None:
        # EmailMessage writes a non-ASCII name as RFC 2231 filename*=utf-8''...
        msg.add_attachment(pdf, maintype="application", subtype="pdf", filename=attachment_name(view))
    return msg


def tls_context(smtp: SmtpConfig) -> ssl.SSLContext:
    """A context that verifies the server's certificate and host name: the system's CAs, or only the
    private CA of delivery.smtp.ca_file. There is deliberately no switch that turns verification off."""
    if not smtp.ca_file:
        return ssl.create_default_context()
    try:
        return ssl.create_default_context(cafile=smtp.ca_file)
    except (OSError, ValueError) as exc:  # missing, unreadable or not PEM: the operator must fix the config
        raise ConfigError(f"cannot load CA certificates from {smtp.ca_file} ({exc})",
                          key="delivery.smtp.ca_file") from None


class Mailer:
    """One SMTP connection (STARTTLS, SSL or plain), opened on first use, reopened after a break."""

    def __init__(self, smtp: SmtpConfig) -> None:
        self.cfg = smtp
        self.conn: smtplib.SMTP | None = None

    def __enter__(self) -> Mailer:
        return self

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def _open(self) -> smtplib.SMTP:
        c = self.cfg
        conn: smtplib.SMTP
        if c.security == "ssl":
            conn = smtplib.SMTP_SSL(c.host, c.port, timeout=c.timeout, context=tls_context(c))
        else:
            conn = smtplib.SMTP(c.host, c.port, timeout=c.timeout)
        try:
            conn.ehlo()
            if c.security == "starttls":
                conn.starttls(context=tls_context(c))
                conn.ehlo()
            user = os.environ.get(c.username_env, "") if c.username_env else ""
            if user:
                try:
                    conn.login(user, os.environ.get(c.password_env, "") if c.password_env else "")
                except UnicodeEncodeError:  # smtplib sends AUTH in ASCII only; not a crash, a recorded failure
                    raise AuthFailed(f"${c.username_env} / ${c.password_env} 中的用户名或密码含非 ASCII 字符，"
                                     f"SMTP 登录无法发送（{c.host}:{c.port}）") from None
                except smtplib.SMTPAuthenticationError as exc:
                    # Every recipient would meet the same refusal (and the server may lock the account).
                    err = exc.smtp_error.decode(errors="replace") if isinstance(exc.smtp_error, bytes) else str(exc.smtp_error)
                    raise AuthFailed(f"邮件服务器 {c.host}:{c.port} 拒绝登录（{exc.smtp_code} {one_line(err, 120)}）："
                                     f"请检查 ${c.username_env} 和 ${c.password_env} 中的用户名和密码；"
                                     "本次发送已停止，没有收件人收到") from None
        except BaseException:
            conn.close()
            raise
        return conn

    def send(self, msg: EmailMessage, recipient: str) -> None:
        """Hand one message to the server for one envelope recipient."""
        try:
            if self.conn is None:
                self.conn = self._open()
            conn = self.conn
            code, resp = conn.mail(self.cfg.sender)
            if code != 250:
                conn.rset()
                raise Retryable(f"MAIL FROM refused: {code} {resp.decode(errors='replace')}")
            code, resp = conn.rcpt(recipient)
            if code not in (250, 251):
                conn.rset()
                raise Retryable(f"RCPT TO refused: {code} {resp.decode(errors='replace')}")
        except (Retryable, AuthFailed):
            raise
        except (smtplib.SMTPException, OSError) as exc:
            self.close()
            raise Retryable(f"{type(exc).__name__}: {exc}") from exc
        try:
            conn.data(msg.as_bytes(policy=MAIL_POLICY))
        except smtplib.SMTPDataError as exc:  # the server answered, and not with 250: it kept nothing
            err = exc.smtp_error.decode(errors="replace") if isinstance(exc.smtp_error, bytes) else exc.smtp_error
            raise Retryable(f"DATA refused: {exc.smtp_code} {err}") from exc
        except (smtplib.SMTPException, OSError) as exc:
            self.close()
            raise Uncertain(f"connection lost during DATA: {type(exc).__name__}: {exc}") from exc

    def close(self) -> None:
        if self.conn is not None:
            try:
                self.conn.quit()
            except (smtplib.SMTPException, OSError):
                self.conn.close()
            self.conn = None


Claim = Callable[[str], bool]
Finish = Callable[[str, str, "str | None"], None]


def _rounds(cfg: Config, targets: list[str], build: Callable[[str], EmailMessage], claim: Claim, finish: Finish,
            sleep: Callable[[float], None]) -> tuple[dict[str, str], dict[str, str]]:
    """Send to each target, retrying the failed ones with exponential backoff; (outcome, errors)."""
    d = cfg.settings.delivery
    outcome: dict[str, str] = {}
    errors: dict[str, str] = {}
    pending = list(targets)
    for attempt in range(1, max(1, d.max_attempts) + 1):
        if not pending:
            break
        if attempt > 1:
            delay = d.retry_base_seconds * 2 ** (attempt - 2)
            log.info("retrying %d recipient(s) in %.2f s (attempt %d of %d)", len(pending), delay, attempt, d.max_attempts)
            sleep(delay)
        retry = []
        with Mailer(d.smtp) as mailer:
            for rcpt in pending:
                msg = build(rcpt)  # before the claim: a message that cannot be built is never "sending"
                if not claim(rcpt):
                    outcome[rcpt] = "skipped"
                    continue
                try:
                    mailer.send(msg, rcpt)
                except Retryable as exc:
                    finish(rcpt, "failed", str(exc))
                    outcome[rcpt], errors[rcpt] = "failed", str(exc)
                    retry.append(rcpt)
                    log.warning("%s: not delivered (attempt %d): %s", rcpt, attempt, exc)
                except Uncertain as exc:
                    finish(rcpt, "uncertain", str(exc))
                    outcome[rcpt], errors[rcpt] = "uncertain", str(exc)
                    log.error("%s: delivery uncertain, not retried automatically: %s", rcpt, exc)
                except AuthFailed as exc:
                    # Every recipient would meet the same refusal (and retries may lock the account):
                    # stop at once; nothing was handed over, so all are failed, sent by the next send.
                    log.error("%s", exc)
                    for other in pending[pending.index(rcpt):]:
                        if other == rcpt or claim(other):
                            finish(other, "failed", str(exc))
                            outcome[other], errors[other] = "failed", str(exc)
                    return outcome, errors
                except Exception as exc:
                    finish(rcpt, "failed", f"{type(exc).__name__}: {exc}")
                    raise
                except BaseException as exc:
                    # Interrupted (Ctrl-C, SIGTERM) inside the SMTP transaction: the server may
                    # already hold the message, so it must not be resent automatically.
                    finish(rcpt, "uncertain", f"interrupted: {type(exc).__name__}")
                    raise
                else:
                    finish(rcpt, "sent", None)
                    outcome[rcpt] = "sent"
                    errors.pop(rcpt, None)
        pending = retry
    return outcome, errors


def _pdf_bytes(cfg: Config, b: dict[str, Any]) -> bytes:
    from briefings.publish import briefing_file

    path = briefing_file(cfg.briefings_dir, b.get("pdf_path"))
    if path is None or not path.exists():
        raise DeliveryError(f"briefing {b['id']} has no PDF file ({path or 'not rendered'})")
    return path.read_bytes()


def deliver(cfg: Config, store: Store, briefing_id: int, *, force: bool = False,
            recipients: list[str] | None = None, sleep: Callable[[float], None] = time.sleep) -> DeliveryReport:
    """Send an approved briefing to its recipients; skip those already sent; record every attempt."""
    b = store.get_briefing(briefing_id)
    if b is None:
        raise UsageError(f"没有编号为 {briefing_id} 的简报（siqing draft list 列出全部）")
    if b["status"] != "approved":
        raise UsageError(f"简报 #{briefing_id} 尚未审核（{b['status']}），不能发送")
    d = cfg.settings.delivery
    recipients = recipients if recipients is not None else cfg.recipients(d.send_to)
    if not recipients:
        raise ConfigError("no recipient address in the groups named by delivery.send_to", path=str(cfg.path),
                          key="delivery.send_to")
    attach = cfg.settings.briefing.attach_pdf
    if attach and ensure_current(cfg, store, briefing_id):
        # The PDF on disk was not the whole rendering of the approved issue (a kill during approval).
        b = store.get_briefing(briefing_id) or b
    view = build_view(cfg, store, briefing_id)
    pdf = _pdf_bytes(cfg, b) if attach else None
    origin = deployment_mark(cfg, b)
    intro = ([f"{view.name}{number_text(view)}已印发，全文见附件 PDF。"] if attach
             else [f"{view.name}{number_text(view)}已印发。按规定本邮件不附全文，请登录内网查阅。"])
    report = DeliveryReport(briefing_id)
    targets = []
    for rcpt in recipients:
        row = store.ensure_delivery(briefing_id, rcpt)
        if row["status"] == "sent":
            report.already.append(rcpt)
        elif row["status"] in ("sending", "uncertain") and not force:
            report.uncertain.append(rcpt)
            report.errors[rcpt] = row.get("last_error") or "an earlier attempt did not finish (status sending)"
        else:
            targets.append(rcpt)

    def build(rcpt: str) -> EmailMessage:
        return build_message(cfg, view, rcpt, message_id("briefing", briefing_id, rcpt, d.smtp.sender, origin),
                             intro=intro, pdf=pdf, full=attach)

    outcome, errors = _rounds(
        cfg, targets, build,
        claim=lambda r: store.claim_delivery(briefing_id, r, message_id("briefing", briefing_id, r, d.smtp.sender, origin),
                                             force=force),
        finish=lambda r, status, err: store.finish_delivery(briefing_id, r, status, err),
        sleep=sleep,
    )
    for rcpt in targets:
        state = outcome.get(rcpt, "skipped")
        if state == "sent":
            report.sent.append(rcpt)
        elif state == "failed":
            report.failed.append(rcpt)
        elif state == "uncertain":
            report.uncertain.append(rcpt)
        # skipped: another sender claimed it between our read and our claim; it is theirs.
    report.errors.update(errors)
    return report


def notify(cfg: Config, store: Store, briefing_id: int, purpose: str, groups: list[str], intro: list[str], *,
           subject: str | None = None, attach: bool = True,
           sleep: Callable[[float], None] = time.sleep) -> dict[str, str]:
    """Send a notice about a briefing (purpose: draft, held) once to each address of the groups."""
    b = store.get_briefing(briefing_id)
    if b is None:
        raise UsageError(f"没有编号为 {briefing_id} 的简报（siqing draft list 列出全部）")
    recipients = cfg.recipients(groups)
    if not recipients:
        log.warning("briefing %s: no address in groups %s for the %s notice", briefing_id, groups, purpose)
        return {}
    view = build_view(cfg, store, briefing_id)
    pdf = None
    from briefings.publish import briefing_file

    path = briefing_file(cfg.briefings_dir, b.get("pdf_path"))
    if attach and cfg.settings.briefing.attach_pdf and path is not None and path.exists():
        pdf = path.read_bytes()
    sender = cfg.settings.delivery.smtp.sender
    origin = deployment_mark(cfg, b)

    def build(rcpt: str) -> EmailMessage:
        msg = build_message(cfg, view, rcpt, message_id(purpose, briefing_id, rcpt, sender, origin), intro=intro,
                            subject=subject, pdf=pdf)
        msg["Auto-Submitted"] = "auto-generated"
        return msg

    outcome, _ = _rounds(
        cfg, recipients, build,
        claim=lambda r: store.claim_notice(briefing_id, purpose, r, message_id(purpose, briefing_id, r, sender, origin)),
        finish=lambda r, status, err: store.finish_notice(briefing_id, purpose, r, status, err),
        sleep=sleep,
    )
    return outcome


def send_notice(cfg: Config, groups: list[str], subject: str, text: str) -> list[str]:
    """A short plain-text mail (a job failed, say) to the groups' addresses; returns those that failed.

    No bookkeeping and one attempt: for operators' alerts, where a repeat is harmless.
    """
    smtp = cfg.settings.delivery.smtp
    failed = []
    with Mailer(smtp) as mailer:
        for rcpt in cfg.recipients(groups):
            msg = EmailMessage(policy=MAIL_POLICY)
            msg["From"] = Address(display_name="siqing", addr_spec=smtp.sender)
            try:
                msg["To"] = Address(addr_spec=rcpt)
            except ValueError as exc:  # an alert must reach the others even if one address is bad
                log.warning("%s: notice not sent, bad address: %s", rcpt, exc)
                failed.append(rcpt)
                continue
            msg["Subject"] = one_line(subject, 150)
            msg["Date"] = format_datetime(clock.now())
            msg["Auto-Submitted"] = "auto-generated"
            msg.set_content(text)
            try:
                mailer.send(msg, rcpt)
            except (Retryable, Uncertain) as exc:
                log.warning("%s: notice not delivered: %s", rcpt, exc)
                failed.append(rcpt)
            except AuthFailed as exc:
                log.error("notices not delivered: %s", exc)
                return failed + [r for r in cfg.recipients(groups) if r not in failed]
    return failed
