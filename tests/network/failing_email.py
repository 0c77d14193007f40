"""An email backend that always fails, for pinning what happens when the mail server is down."""

import smtplib

from django.core.mail.backends.base import BaseEmailBackend


class FailingEmailBackend(BaseEmailBackend):
    def send_messages(self, email_messages):
        raise smtplib.SMTPServerDisconnected("Mail server is down (test backend)")
