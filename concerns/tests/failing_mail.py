"""E-mail backends for tests: one that fails like a dead SMTP server, one that can recover."""

import smtplib

from django.core.mail.backends.locmem import EmailBackend as LocmemBackend

OUTAGE = {"down": True}


class FailingBackend(LocmemBackend):
    """Raises as an unreachable SMTP server would, while OUTAGE["down"] is True."""

    def send_messages(self, messages):
        if OUTAGE["down"]:
            raise smtplib.SMTPConnectError(421, "Service not available")
        return super().send_messages(messages)
