"""办公室工作台: the office's web console over the same store, review model and audit trail as the CLI.

`app.create_app(cfg)` builds the Flask application (one blueprint per page); `siqing web` serves it
with gunicorn. Kept free of imports here so that `siqing user` can hash passwords without Flask.
"""
