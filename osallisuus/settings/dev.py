"""Local development: the embedded SQLite default and a fixed, clearly insecure key."""

from .base import *  # noqa: F403
from .base import SECRET_KEY, env_bool

DEBUG = env_bool("DEBUG", True)
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-do-not-use-in-production"
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
