"""登录 / 退出: argon2 hashes, attempts limited per address and per name, every try logged."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_user, logout_user
from flask_wtf import FlaskForm
from wtforms import PasswordField, StringField
from wtforms.validators import DataRequired, Length

from siqing.app.web import access
from siqing.app.web.passwords import DUMMY_HASH, hash_password, needs_rehash, verify_password

bp = Blueprint("auth", __name__)


class LoginForm(FlaskForm):
    name = StringField("用户名", validators=[DataRequired(message="请输入用户名"), Length(max=64)])
    password = PasswordField("密码", validators=[DataRequired(message="请输入密码"), Length(max=256)])


def home_for(role: str) -> str:
    """Where each role starts: leaders at the briefings, reviewers at today's draft, analysts at search."""
    return url_for({"leader": "archive.index", "analyst": "search.index"}.get(role, "drafts.index"))


def _safe_next(target: str | None) -> str | None:
    # Only a path on this site: never an absolute URL or //host (an open redirect).
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return None


@bp.route("/login", methods=["GET", "POST"])
def login() -> Any:
    if current_user.is_authenticated:
        return redirect(home_for(current_user.role))
    form = LoginForm()
    if form.validate_on_submit():
        name = (form.name.data or "").strip()
        store = access.store()
        limiter = current_app.extensions["siqing_login_limiter"]
        if not limiter.allow(request.remote_addr or "-", name):
            store.log_event(name or "-", "login_limited", request.remote_addr or "")
            abort(429)
        row = store.get_user(name)
        ok = verify_password(row["password_hash"] if row else DUMMY_HASH, form.password.data or "")
        if row and ok and row["active"]:
            if needs_rehash(row["password_hash"]):
                store.update_user(name, password_hash=hash_password(form.password.data or ""))
            login_user(access.User(row))
            store.touch_login(row["id"])
            store.log_event(name, "login", request.remote_addr or "")
            return redirect(_safe_next(request.args.get("next")) or home_for(row["role"]))
        store.log_event(name or "-", "login_failed", request.remote_addr or "")
        flash("用户名或密码错误，或账号已停用", "error")
    return render_template("login.html", form=form)


@bp.route("/logout", methods=["POST"])
def logout() -> Any:
    if current_user.is_authenticated:
        access.store().log_event(current_user.name, "logout")
    logout_user()
    flash("已退出登录", "info")
    return redirect(url_for("auth.login"))


@bp.route("/")
def root() -> Any:
    if not current_user.is_authenticated:
        return redirect(url_for("auth.login"))
    return redirect(home_for(current_user.role))
