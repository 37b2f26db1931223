"""The deployment's configuration: typed, validated once on load, passed explicitly.

`config/siqing.yaml` describes the deployment (home, storage, crawl, briefings, schedule,
delivery); `config/sources.yaml` lists the sources. Every field has a default documented here, so a
deployment file only says what differs. Validation walks the YAML against these dataclasses and
reports the first fault as one `ConfigError` naming the file and the dotted key.

Relative paths in the file resolve against the file's own folder, so a deployment can be moved or
copied (the demo writes its own under data/demo/).
"""

from __future__ import annotations

import dataclasses
import os
import re
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlsplit

import yaml

from siqing.divisions import Division, default_gazetteer
from siqing.errors import ConfigError, SiqingError
from siqing.kinds import KINDS  # noqa: F401  (the one definition; kept importable from here)

DEFAULT_CONFIG = Path("config/siqing.yaml")
LEVELS = ("national", "province", "city", "county", "township")
LISTINGS = ("listing", "rss", "sitemap", "json-api")
BRIEFING_TYPES = ("daily", "weekly", "alert")


@dataclass
class LeaderConfig:
    """A leader whose name may lead a headline: the item is then decided by the leader's office."""

    name: str
    post: str = ""  # e.g. 省委书记, 市长, 人大常委会主任, 副主任
    region: str = ""  # the division of the office (code or name); the home's for home.leaders
    start: str = ""  # term start YYYY-MM-DD (empty: unknown)
    end: str = ""  # term end YYYY-MM-DD (empty: in office); `siqing status` warns once it has passed


@dataclass
class HomeConfig:
    region: str = "山东省济南市"  # a division: full name, unambiguous short name, or code
    committee: str = ""  # the standing committee's name; derived from the region when empty
    office: str = ""  # 编印单位 of the briefings; derived when empty
    leaders: list[LeaderConfig] = field(default_factory=list)  # the home committee's leaders


@dataclass
class StorageConfig:
    url: str = "sqlite:///../data/siqing.db"  # SQLite path relative to this file, or a database URL
    briefings_dir: str = "../data/briefings"
    log_dir: str = "../data/logs"


@dataclass
class CrawlConfig:
    window_days: int = 14  # how far back a first crawl reaches
    revisit_days: int = 3  # articles this recent get a conditional re-request on later crawls
    concurrency: int = 8
    concurrency_per_domain: int = 4
    download_delay: float = 0.5
    autothrottle: bool = True
    obey_robots: bool = True
    timeout: int = 30
    retries: int = 3
    max_page_bytes: int = 10 * 1024 * 1024
    max_pages_per_source: int = 2000
    user_agent: str = "siqing/0.1 (+people's congress office information service)"
    max_list_pages: int = 50  # list pages followed per column: an endless pager is cut here
    max_depth: int = 3  # links away from a homepage at which columns are looked for
    retry_base_delay: float = 1.0  # seconds before the first retry; doubles with each attempt
    attachments: int = 5  # attachments per article whose text is fetched (PDF, DOCX, XLSX)
    max_attachment_bytes: int = 20 * 1024 * 1024


@dataclass
class ProcessingConfig:
    focus_topics: list[str] = field(default_factory=lambda: ["立法", "监督", "代表工作"])
    review_below: float = 0.6  # items classified with less confidence are marked 待核 for people to decide
    batch_size: int = 200
    workers: int = 2


@dataclass
class FootConfig:
    bao: list[str] = field(default_factory=list)
    song: list[str] = field(default_factory=list)
    fa: list[str] = field(default_factory=list)
    copies: int = 0


@dataclass
class AlertRules:
    terms: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    min_importance: float = 0.95  # importance alone that makes a 专报
    # A term or source match makes a 专报 only at this importance or above (issue 19: no false alarms).
    match_min_importance: float = 0.4


@dataclass
class BriefingConfig:
    marking: str = "内部资料"
    max_per_section: int = 8
    summary_chars: int = 120
    window_days: int = 7  # a daily holds items published within this many days of its date
    empty: str = "skip"  # a day with nothing to report: skip (no draft) | note (本期无要情 to reviewers)
    auto_approve: bool = False
    attach_pdf: bool = True
    foot: FootConfig = field(default_factory=FootConfig)
    alert: AlertRules = field(default_factory=AlertRules)


@dataclass
class ScheduleConfig:
    timezone: str = "Asia/Shanghai"
    crawl: str = "0 6,11,16 * * *"  # cron: minute hour day month day-of-week
    process: str = "20 6,11,16 * * *"
    draft: str = "45 6 * * *"  # compose the daily draft (working days only)
    send: str = "30 7 * * *"  # send the approved daily briefing (working days only)
    weekly: str = "0 8 * * *"  # the first working day of each week
    misfire_grace_minutes: int = 180
    holidays: list[str] = field(default_factory=list)  # YYYY-MM-DD beyond the calendar's data
    workdays: list[str] = field(default_factory=list)  # make-up working days beyond the data


@dataclass
class SmtpConfig:
    host: str = "127.0.0.1"
    port: int = 25
    security: str = "starttls"  # starttls | ssl | none
    sender: str = "siqing@localhost"
    username_env: str = "SIQING_SMTP_USER"  # names of environment variables, never the secrets
    password_env: str = "SIQING_SMTP_PASSWORD"
    timeout: int = 30
    # PEM file of a private CA that signed the server's certificate (relative to siqing.yaml's folder);
    # when set it replaces the system's CAs for this server. Certificates are always verified.
    ca_file: str = ""


@dataclass
class DeliveryConfig:
    smtp: SmtpConfig = field(default_factory=SmtpConfig)
    groups: dict[str, list[str]] = field(default_factory=dict)  # name -> addresses
    send_to: list[str] = field(default_factory=lambda: ["leaders"])  # groups that get briefings
    reviewers: list[str] = field(default_factory=lambda: ["reviewers"])
    operators: list[str] = field(default_factory=lambda: ["operators"])
    max_attempts: int = 5
    retry_base_seconds: float = 10.0  # backoff before attempt k+1: base * 2**(k-1) seconds


@dataclass
class DistributedConfig:
    # The Redis of `siqing worker` and `siqing crawl --distributed` (docs/SCALING.md): redis://host:port/db,
    # rediss:// or unix://; no password here (secrets only from the environment: SIQING_REDIS_URL,
    # which overrides this key, may carry one). Empty: the environment or --redis must name it.
    redis_url: str = ""


@dataclass
class SiqingFile:
    """The shape of siqing.yaml."""

    home: HomeConfig = field(default_factory=HomeConfig)
    leaders: list[LeaderConfig] = field(default_factory=list)  # leaders above and beside the home
    storage: StorageConfig = field(default_factory=StorageConfig)
    crawl: CrawlConfig = field(default_factory=CrawlConfig)
    processing: ProcessingConfig = field(default_factory=ProcessingConfig)
    briefing: BriefingConfig = field(default_factory=BriefingConfig)
    schedule: ScheduleConfig = field(default_factory=ScheduleConfig)
    delivery: DeliveryConfig = field(default_factory=DeliveryConfig)
    distributed: DistributedConfig = field(default_factory=DistributedConfig)
    sources_file: str = "sources.yaml"
    taxonomy_file: str = "taxonomy.yaml"
    userdict_file: str = "userdict.txt"


@dataclass
class SourceConfig:
    """One entry of sources.yaml: a site (or a column set of one) that siqing crawls."""

    id: str
    name: str
    start_urls: list[str]
    level: str = "national"  # national | province | city | county | township
    region: str = "000000"  # division of the site's owner (code or name); 000000 = the nation
    listing: str = "listing"  # listing | rss | sitemap | json-api
    allowed_domains: list[str] = field(default_factory=list)  # default: the start URLs' hosts
    allowed_paths: list[str] = field(default_factory=list)  # URL path prefixes; default: any
    selectors: dict[str, str] = field(default_factory=dict)  # title, body, date, source, author
    encoding: str = ""  # force a page encoding when a site lies about it
    authority: float = 0.5  # 0..1, used in importance
    enabled: bool = True
    proxy: str = ""
    allow_private: bool = False  # allow redirects to private addresses (the sample sites)
    max_pages: int = 0  # 0: the crawl default
    why: str = ""  # why the deployment watches it (siqing init writes it)
    evidence: list[dict[str, Any]] = field(default_factory=list)  # where the address was seen


@dataclass
class Config:
    """The loaded deployment: the file's settings plus where they came from."""

    path: Path
    settings: SiqingFile
    sources: list[SourceConfig]

    @property
    def home(self) -> Division:
        """The division the home committee serves (validated when the file was loaded)."""
        return default_gazetteer.resolve(self.settings.home.region)

    @property
    def base_dir(self) -> Path:
        return self.path.parent

    def resolve_path(self, value: str) -> Path:
        p = Path(os.path.expanduser(value))
        return p if p.is_absolute() else (self.base_dir / p).resolve()

    @property
    def database_url(self) -> str:
        url = self.settings.storage.url
        if url.startswith("sqlite:///") and not url.startswith("sqlite:////"):
            rel = url[len("sqlite:///") :]
            return "sqlite:///" + str(self.resolve_path(rel))
        return url

    @property
    def briefings_dir(self) -> Path:
        return self.resolve_path(self.settings.storage.briefings_dir)

    @property
    def log_dir(self) -> Path:
        return self.resolve_path(self.settings.storage.log_dir)

    @property
    def taxonomy_path(self) -> Path:
        return self.resolve_path(self.settings.taxonomy_file)

    @property
    def userdict_path(self) -> Path:
        return self.resolve_path(self.settings.userdict_file)

    def source(self, source_id: str) -> SourceConfig:
        for s in self.sources:
            if s.id == source_id:
                return s
        known = ", ".join(s.id for s in self.sources)
        raise ConfigError(f"unknown source {source_id!r} (known: {known})", path=str(self.sources_path))

    @property
    def sources_path(self) -> Path:
        return self.resolve_path(self.settings.sources_file)

    def recipients(self, groups: list[str]) -> list[str]:
        """Addresses of the named groups (or literal addresses), in order, without repeats."""
        out: list[str] = []
        for g in groups:
            for addr in self.settings.delivery.groups.get(g, [g] if "@" in g else []):
                if addr not in out:
                    out.append(addr)
        return out


T = TypeVar("T")
_EMAIL = re.compile(r"^[^@\s<>,;\"']+@[^@\s<>,;\"']+$")


def _type_name(tp: Any) -> str:
    origin = typing.get_origin(tp)
    if origin is list:
        return "a list"
    if origin is dict:
        return "a mapping"
    return {str: "a string", int: "an integer", float: "a number", bool: "true or false"}.get(tp, str(tp))


def _convert(value: Any, tp: Any, path: str, key: str) -> Any:
    """Check one value against its declared type; return it converted."""
    origin = typing.get_origin(tp)
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        return _build(tp, value, path, key)
    if origin is list:
        if not isinstance(value, list):
            raise ConfigError(f"expected {_type_name(tp)}, got {type(value).__name__}", path=path, key=key)
        (item_tp,) = typing.get_args(tp)
        return [_convert(v, item_tp, path, f"{key}[{i}]") for i, v in enumerate(value)]
    if origin is dict:
        if not isinstance(value, dict):
            raise ConfigError(f"expected {_type_name(tp)}, got {type(value).__name__}", path=path, key=key)
        _, val_tp = typing.get_args(tp)
        return {str(k): _convert(v, val_tp, path, f"{key}.{k}") for k, v in value.items()}
    if origin in (typing.Union, types.UnionType):
        return value
    if tp is bool:
        if not isinstance(value, bool):
            raise ConfigError(f"expected true or false, got {value!r}", path=path, key=key)
        return value
    if tp is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ConfigError(f"expected an integer, got {value!r}", path=path, key=key)
        return value
    if tp is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ConfigError(f"expected a number, got {value!r}", path=path, key=key)
        return float(value)
    if tp is str:
        if isinstance(value, int | float) and not isinstance(value, bool):
            return str(value)  # a division code written as a bare number
        if not isinstance(value, str):
            raise ConfigError(f"expected a string, got {type(value).__name__}", path=path, key=key)
        return value
    return value


def _build(cls: type[T], data: Any, path: str, prefix: str = "") -> T:
    """Build dataclass `cls` from a YAML mapping, rejecting unknown keys and wrong types."""
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError(f"expected a mapping, got {type(data).__name__}", path=path, key=prefix or None)
    hints = typing.get_type_hints(cls)
    fields = {f.name: f for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    kwargs: dict[str, Any] = {}
    for k, v in data.items():
        key = f"{prefix}.{k}" if prefix else str(k)
        if k not in fields:
            raise ConfigError(f"unknown key (known: {', '.join(fields)})", path=path, key=key)
        kwargs[str(k)] = _convert(v, hints[str(k)], path, key)
    for name, f in fields.items():
        required = f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
        if required and name not in kwargs:
            raise ConfigError("missing required key", path=path, key=f"{prefix}.{name}" if prefix else name)
    return cls(**kwargs)


def _read_yaml(path: Path) -> Any:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ConfigError("file not found", path=str(path)) from None
    except OSError as exc:
        raise ConfigError(f"cannot read: {exc}", path=str(path)) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:  # GBK saved by an editor: say where, and what to do
        line = raw[: exc.start].count(b"\n") + 1
        raise ConfigError(f"not UTF-8 text (byte 0x{raw[exc.start]:02x}); save the file as UTF-8",
                          path=str(path), key=f"line {line}") from None
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark is not None else None
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise ConfigError(f"bad YAML: {problem}", path=str(path), key=where) from None


def _check_url(url: str, path: str, key: str) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigError(f"not an http(s) URL: {url!r}", path=path, key=key)


def redis_url_problem(url: str, *, secrets_allowed: bool = False) -> str | None:
    """Why `url` is not a usable Redis address (None when it is)."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018  # a port that is not a number raises here
    except ValueError as exc:
        return f"not a Redis URL: {url!r} ({exc})"
    if parts.scheme not in ("redis", "rediss", "unix"):
        return f"expected redis://host:port/db, rediss://... or unix://..., got {url!r}"
    if parts.scheme != "unix" and not parts.hostname:
        return f"no host in {url!r}"
    if parts.scheme != "unix" and parts.path.strip("/") and not parts.path.strip("/").isdigit():
        return f"the database after the host must be a number (redis://host:6379/0), got {url!r}"
    if parts.scheme == "unix" and not parts.path:
        return f"no socket path in {url!r}"
    if parts.password and not secrets_allowed:
        return "no password in the configuration file: put the URL with its password in SIQING_REDIS_URL"
    return None


def _validate_settings(s: SiqingFile, path: str) -> None:
    if s.distributed.redis_url and (problem := redis_url_problem(s.distributed.redis_url)):
        raise ConfigError(problem, path=path, key="distributed.redis_url")
    if s.storage.url.split(":", 1)[0] not in ("sqlite", "postgresql", "postgresql+psycopg", "postgresql+psycopg2"):
        raise ConfigError(f"unsupported database URL {s.storage.url!r}", path=path, key="storage.url")
    if s.delivery.smtp.security not in ("starttls", "ssl", "none"):
        raise ConfigError("expected starttls, ssl or none", path=path, key="delivery.smtp.security")
    for name, addrs in s.delivery.groups.items():
        for i, a in enumerate(addrs):
            if not _EMAIL.match(a):
                raise ConfigError(f"not an e-mail address: {a!r}", path=path, key=f"delivery.groups.{name}[{i}]")
    for key in ("crawl", "process", "draft", "send", "weekly"):
        expr = getattr(s.schedule, key)
        if expr and len(expr.split()) != 5:
            raise ConfigError(f"expected a 5-field cron expression, got {expr!r}", path=path, key=f"schedule.{key}")
    for key in ("holidays", "workdays"):
        for i, d in enumerate(getattr(s.schedule, key)):
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", d):
                raise ConfigError(f"expected YYYY-MM-DD, got {d!r}", path=path, key=f"schedule.{key}[{i}]")
    if s.briefing.empty not in ("skip", "note"):
        raise ConfigError("expected skip or note", path=path, key="briefing.empty")
    if s.briefing.window_days < 1:
        raise ConfigError("expected a whole number of days, at least 1", path=path, key="briefing.window_days")
    if not 0 <= s.briefing.alert.min_importance <= 1:
        raise ConfigError("expected a number from 0 to 1", path=path, key="briefing.alert.min_importance")
    if not 0 <= s.processing.review_below <= 1:
        raise ConfigError("expected a number from 0 to 1", path=path, key="processing.review_below")
    for where, leaders in (("home.leaders", s.home.leaders), ("leaders", s.leaders)):
        for i, leader in enumerate(leaders):
            if not leader.name.strip():
                raise ConfigError("a leader needs a name", path=path, key=f"{where}[{i}].name")
            if leader.region:
                _check_region(leader.region, path, f"{where}[{i}].region")
            elif where == "leaders":
                raise ConfigError("a leader above or beside the home needs a region", path=path,
                                  key=f"{where}[{i}].region")
            for k in ("start", "end"):
                d = getattr(leader, k)
                if d and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", d):
                    raise ConfigError(f"expected YYYY-MM-DD, got {d!r}", path=path, key=f"{where}[{i}].{k}")


def _check_region(value: str, path: str, key: str) -> None:
    """A region must name exactly one division (an ambiguous name lists its candidates)."""
    try:
        default_gazetteer.resolve(value)
    except SiqingError as exc:
        raise ConfigError(str(exc), path=path, key=key) from None


def load_sources(path: Path) -> list[SourceConfig]:
    """Read and validate sources.yaml (a mapping with a `sources` list)."""
    data = _read_yaml(path)
    p = str(path)
    if data is None:
        return []
    if not isinstance(data, dict) or set(data) - {"sources"}:
        extra = sorted(set(data) - {"sources"}) if isinstance(data, dict) else []
        raise ConfigError("expected a mapping with one key, sources", path=p, key=extra[0] if extra else None)
    raw = data.get("sources") or []
    if not isinstance(raw, list):
        raise ConfigError("expected a list", path=p, key="sources")
    out: list[SourceConfig] = []
    seen: set[str] = set()
    for i, entry in enumerate(raw):
        key = f"sources[{i}]"
        src = _build(SourceConfig, entry, p, key)
        if not re.fullmatch(r"[a-z0-9][a-z0-9_-]*", src.id):
            raise ConfigError("expected lower-case letters, digits, - or _", path=p, key=f"{key}.id")
        if src.id in seen:
            raise ConfigError(f"duplicate source id {src.id!r}", path=p, key=f"{key}.id")
        seen.add(src.id)
        if src.level not in LEVELS:
            raise ConfigError(f"expected one of {', '.join(LEVELS)}", path=p, key=f"{key}.level")
        if src.listing not in LISTINGS:
            raise ConfigError(f"expected one of {', '.join(LISTINGS)}", path=p, key=f"{key}.listing")
        _check_region(src.region, p, f"{key}.region")
        if not src.start_urls and src.enabled:
            raise ConfigError("at least one start URL is needed", path=p, key=f"{key}.start_urls")
        for j, url in enumerate(src.start_urls):
            _check_url(url, p, f"{key}.start_urls[{j}]")
        if src.proxy:
            _check_url(src.proxy, p, f"{key}.proxy")
        if not src.allowed_domains:
            src.allowed_domains = sorted({urlsplit(u).hostname or "" for u in src.start_urls})
        out.append(src)
    return out


def load(path: str | Path | None = None) -> Config:
    """Load and validate a deployment: siqing.yaml and the sources file it names."""
    if path is None:
        path = os.environ.get("SIQING_CONFIG") or DEFAULT_CONFIG
    path = Path(path).expanduser().resolve()
    data = _read_yaml(path)
    settings = _build(SiqingFile, data, str(path))
    _validate_settings(settings, str(path))
    _check_region(settings.home.region, str(path), "home.region")
    cfg = Config(path=path, settings=settings, sources=[])
    if settings.delivery.smtp.ca_file:  # the mailer knows no config folder: make the path absolute here
        settings.delivery.smtp.ca_file = str(cfg.resolve_path(settings.delivery.smtp.ca_file))
    cfg.sources = load_sources(cfg.sources_path)
    return cfg


def dump_settings(settings: SiqingFile) -> dict[str, Any]:
    """The settings as a plain mapping (for writing a deployment file)."""
    return dataclasses.asdict(settings)
