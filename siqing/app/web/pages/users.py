"""用户管理 (admins): accounts and roles, the same operations as `siqing user`, and the event log."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user

from siqing.app.web import access
from siqing.app.web.passwords import hash_password
from siqing.errors import SiqingError

bp = Blueprint("users", __name__)


@bp.route("/users")
@access.requires("admin")
def index() -> Any:
    store = access.store()
    return render_template("users.html", users=store.list_users(), events=store.events(100))


@bp.route("/users/add", methods=["POST"])
@access.requires("admin")
def add() -> Any:
    name = (request.form.get("name") or "").strip()
    role = request.form.get("role") or ""
    if not name or len(name) > 64 or any(c.isspace() for c in name) or role not in access.ROLE_NAMES:
        flash("用户名须为 1 至 64 个字符且不含空格，并选择角色", "error")
        return redirect(url_for("users.index"))
    try:
        access.store().add_user(name, role, hash_password(request.form.get("password") or ""))
    except SiqingError as exc:
        flash(f"未能添加：{exc}", "error")
        return redirect(url_for("users.index"))
    access.store().log_event(current_user.name, "user_add", f"{name} {role}")
    flash(f"已添加用户 {name}（{access.ROLE_NAMES[role]}）", "info")
    return redirect(url_for("users.index"))


@bp.route("/users/<name>/change", methods=["POST"])
@access.requires("admin")
def change(name: str) -> Any:
    store = access.store()
    if store.get_user(name) is None:
        abort(404)
    what = request.form.get("what")
    try:
        if what == "role" and request.form.get("role") in access.ROLE_NAMES:
            store.update_user(name, role=request.form["role"])
            said = f"角色改为{access.ROLE_NAMES[request.form['role']]}"
        elif what == "password":
            store.update_user(name, password_hash=hash_password(request.form.get("password") or ""))
            said = "密码已重设"
        elif what in ("disable", "enable"):
            if what == "disable" and name == current_user.name:
                flash("不能停用自己的账号", "error")
                return redirect(url_for("users.index"))
            store.update_user(name, active=what == "enable")
            said = "已停用" if what == "disable" else "已启用"
        else:
            abort(400)
    except SiqingError as exc:
        flash(f"未能修改：{exc}", "error")
        return redirect(url_for("users.index"))
    store.log_event(current_user.name, f"user_{what}", f"{name}：{said}")
    flash(f"用户 {name}：{said}", "info")
    return redirect(url_for("users.index"))
