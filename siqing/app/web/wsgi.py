"""For running gunicorn directly: `gunicorn 'siqing.app.web.wsgi:app'` with $SIQING_CONFIG set."""

from siqing import config
from siqing.app.web.app import create_app

app = create_app(config.load(None))
