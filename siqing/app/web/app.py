"""The console's Flask application: sessions, CSRF, login limits, security headers, blueprints.

Flask with Flask-Login (sessions), Flask-WTF (CSRF on every POST), `limits` (the engine of
Flask-Limiter: login attempts) and argon2-cffi (password hashes): each a long-kept library, none
re-implemented here.
Every page is a server-rendered Jinja2 template (autoescaped), every asset is in static/.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import Any

from flask import Flask, render_template, request
from flask_login import LoginManager
from flask_wtf.csrf import CSRFError, CSRFProtect

from siqing.app.web import access
from siqing.config import Config

ERROR_TEXT = {
    400: "请求无效",
    403: "您的账号没有执行此操作的权限",
    404: "页面或记录不存在",
    405: "不支持此操作方式",
    409: "内容已被他人修改",
    429: "登录尝试过于频繁，请稍后再试",
    500: "系统内部错误，请联系管理员",
}


def secret_key(cfg: Config) -> str:
    """$SIQING_WEB_SECRET, else a key kept beside the store (made once, readable by its owner only)."""
    if os.environ.get("SIQING_WEB_SECRET"):
        return os.environ["SIQING_WEB_SECRET"]
    path = cfg.briefings_dir.parent / "web-secret.key"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as f:
            f.write(secrets.token_hex(32))
    return path.read_text().strip()


def create_app(cfg: Config, *, secure_cookies: bool | None = None, behind_proxy: bool | None = None,
               login_limit: str = "10 per minute;60 per hour") -> Flask:
    """The console for one deployment.

    secure_cookies: send cookies only over HTTPS (default $SIQING_WEB_SECURE=1, set behind TLS).
    behind_proxy: trust one reverse proxy's X-Forwarded-* headers (default $SIQING_WEB_PROXY=1).
    """
    from siqing.app.web.limits import LoginLimiter
    from siqing.app.web.pages import archive, auth, drafts, items, search, sources, status, users

    app = Flask(__name__, template_folder="templates", static_folder="static")
    if secure_cookies is None:
        secure_cookies = os.environ.get("SIQING_WEB_SECURE") == "1"
    if behind_proxy is None:
        behind_proxy = os.environ.get("SIQING_WEB_PROXY") == "1"
    app.config.update(
        SECRET_KEY=secret_key(cfg),
        SESSION_COOKIE_NAME="siqing_session",
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=secure_cookies,
        REMEMBER_COOKIE_HTTPONLY=True,
        REMEMBER_COOKIE_SAMESITE="Lax",
        REMEMBER_COOKIE_SECURE=secure_cookies,
        PERMANENT_SESSION_LIFETIME=8 * 3600,  # one working day
        WTF_CSRF_TIME_LIMIT=None,  # the token lives as long as the session
        MAX_CONTENT_LENGTH=1 << 20,
        SIQING_CONFIG=cfg,
    )
    if behind_proxy:
        from werkzeug.middleware.proxy_fix import ProxyFix

        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=1, x_proto=1, x_host=1)  # type: ignore[method-assign]

    CSRFProtect(app)
    login = LoginManager(app)
    login.login_view = "auth.login"
    login.login_message = "请先登录"
    login.session_protection = "strong"
    login.user_loader(access.load_user)
    app.extensions["siqing_login_limiter"] = LoginLimiter(login_limit)

    for bp in (auth.bp, drafts.bp, archive.bp, search.bp, items.bp, sources.bp, status.bp, users.bp):
        app.register_blueprint(bp)

    app.jinja_env.globals.update(can=access.can, ROLE_NAMES=access.ROLE_NAMES, office=_office_name(cfg),
                                  site_name=access.site_name)
    app.jinja_env.filters["kind_zh"] = access.kind_zh

    @app.context_processor
    def csrf_field() -> dict[str, Any]:
        # The hidden CSRF input of every form, made once a page (a draft page has hundreds of forms).
        from flask_wtf.csrf import generate_csrf
        from markupsafe import Markup, escape

        return {"csrf_input": Markup(f'<input type="hidden" name="csrf_token" value="{escape(generate_csrf())}">')}

    @app.after_request
    def headers(resp: Any) -> Any:
        # Only our own assets; no framing by other sites; no guessing of content types.
        resp.headers.setdefault("Content-Security-Policy",
                                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                                "frame-src 'self'; frame-ancestors 'self'; form-action 'self'; base-uri 'none'")
        resp.headers.setdefault("X-Content-Type-Options", "nosniff")
        resp.headers.setdefault("Referrer-Policy", "same-origin")
        resp.headers.setdefault("X-Frame-Options", "SAMEORIGIN")
        if request.endpoint and request.endpoint != "static":
            resp.headers.setdefault("Cache-Control", "no-store")
        return resp

    @app.errorhandler(CSRFError)
    def csrf_error(exc: CSRFError) -> Any:
        return render_template("error.html", code=400, message="表单已失效或来源不明（缺少安全令牌），请刷新页面后重试"), 400

    for code in ERROR_TEXT:
        app.register_error_handler(code, _error_page(code))
    return app


def _error_page(code: int) -> Any:
    def handler(exc: Any) -> Any:
        message = getattr(exc, "description", None) if code == 409 else None
        return render_template("error.html", code=code, message=message or ERROR_TEXT[code]), code

    return handler


def _office_name(cfg: Config) -> str:
    from briefings.publish import office_name

    try:
        return office_name(cfg)
    except Exception:  # a deployment without a home name still gets its console
        return "人大常委会办公室"


def static_dir() -> Path:
    return Path(__file__).parent / "static"
