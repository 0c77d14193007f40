"""Settings of the subscriptions benchmark (bench/subscriptions.py): production-like database
and SMTP to the benchmark's local server, test-speed password hashing."""

import os

from osallisuus.settings.test import *  # noqa: F403

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "127.0.0.1"
EMAIL_PORT = int(os.environ.get("BENCH_SMTP_PORT", "25"))
DEFAULT_FROM_EMAIL = "Osallisuus <seuranta@localhost>"
WAGTAILADMIN_BASE_URL = "http://localhost"
