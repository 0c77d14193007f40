"""Local development: the embedded SQLite default and a fixed, clearly insecure key."""

import os

from .base import *  # noqa: F403
from .base import SECRET_KEY, env_bool

DEBUG = env_bool("DEBUG", True)
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-do-not-use-in-production"
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
# `make run` sets it: the demo's mails are written as files there instead of the console.
if os.environ.get("EMAIL_FILE_PATH"):
    EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    EMAIL_FILE_PATH = os.environ["EMAIL_FILE_PATH"]
