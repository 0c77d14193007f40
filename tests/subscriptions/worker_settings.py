"""Settings of a worker process that a test starts: the test's database, its SMTP server."""

import os

from osallisuus.settings.test import *  # noqa: F403

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "127.0.0.1"
EMAIL_PORT = int(os.environ["TEST_SMTP_PORT"])
DEFAULT_FROM_EMAIL = "Osallisuus <seuranta@testserver>"
