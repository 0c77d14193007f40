"""A real SMTP server on loopback (aiosmtpd) that keeps what arrived, for the tests to read."""

import email
import email.policy
import socket
import threading
from dataclasses import dataclass, field

from aiosmtpd.controller import Controller


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Arrived:
    mail_from: str
    rcpt_tos: list[str]
    raw: bytes

    @property
    def message(self) -> email.message.EmailMessage:
        return email.message_from_bytes(self.raw, policy=email.policy.default)

    def part(self, content_type: str) -> str:
        return self.message.get_body(preferencelist=(content_type.split("/")[1],)).get_content()


@dataclass
class Inbox:
    messages: list[Arrived] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    # Called with the count so far before a message is accepted; may refuse or kill.
    before_accept: object = None

    async def handle_DATA(self, server, session, envelope):
        if self.before_accept is not None:
            refusal = self.before_accept(len(self.messages))
            if refusal:
                return refusal
        with self.lock:
            self.messages.append(
                Arrived(envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content)
            )
        return "250 Message accepted for delivery"

    def to(self, address: str) -> list[Arrived]:
        return [m for m in self.messages if address in m.rcpt_tos]


class SMTPServer:
    def __init__(self):
        self.inbox = Inbox()
        self.port = free_port()
        self.controller = Controller(self.inbox, hostname="127.0.0.1", port=self.port)

    def __enter__(self):
        self.controller.start()
        return self

    def __exit__(self, *exc):
        self.controller.stop()
