"""The MIME bytes of one alert in one language, built once and reused for every recipient.

Django's `EmailMessage.message().as_bytes()` costs more than everything else in sending an alert
(the e-mail package builds and serialises the MIME tree per message). An alert differs between
two readers of one language only in the To header, Date, Message-ID and the four signed links, so
the bytes are built once with random markers in those places (`Prepared.build`) and each
recipient's message is those bytes with the markers replaced (`Prepared.for_recipient`).

Used for the SMTP backend only (`delivery._Senders`); other backends get the ordinary message.
It is used only when it gives exactly what Django would: `build` returns None when a marker did
not come out verbatim (a part encoded as quoted-printable or base64, a folded header) or a line is
long enough that a link could push it past the 998-octet limit; `for_recipient` returns None for
an address or a link that would need encoding. The caller then builds the message the usual way.
"""

import secrets
from email.utils import formatdate, make_msgid

from django.conf import settings
from django.core.mail import EmailMessage
from django.core.mail.message import DNS_NAME
from django.utils.html import escape

_LINE_ROOM = 600  # the longest skeleton line that still fits four long links under 998 octets


class _Bytes:
    """What the SMTP backend needs of `EmailMessage.message()`: `as_bytes(linesep="\\r\\n")`."""

    def __init__(self, data: bytes):
        self.data = data

    def as_bytes(self, unixfrom=False, policy=None, linesep="\r\n") -> bytes:
        return self.data if linesep == "\r\n" else self.data.replace(b"\r\n", linesep.encode())


class PreparedMessage(EmailMessage):
    """One recipient's alert whose MIME bytes are already made."""

    def __init__(self, data: bytes, to: str):
        super().__init__(to=[to])
        self.data = data

    def message(self):
        return _Bytes(self.data)


class Prepared:
    def __init__(self, data: bytes, markers: dict[str, bytes]):
        self.data = data
        self.markers = markers

    @classmethod
    def build(cls, skeleton_message, link_markers: dict[str, str]) -> "Prepared | None":
        """`skeleton_message`: the language's EmailMultiAlternatives with `link_markers` in place
        of the links; its To, Date and Message-ID are replaced here by markers."""
        token = secrets.token_hex(8)
        markers = {
            "to": f"engage-to-{token}@example.invalid",
            "date": f"engage-date-{token}",
            "message_id": f"<engage-id-{token}@example.invalid>",
        }
        skeleton_message.to = [markers["to"]]
        skeleton_message.extra_headers["Date"] = markers["date"]
        skeleton_message.extra_headers["Message-ID"] = markers["message_id"]
        data = skeleton_message.message().as_bytes(linesep="\r\n")
        markers.update(link_markers)
        encoded = {name: marker.encode() for name, marker in markers.items()}
        if not all(marker in data for marker in encoded.values()):
            return None
        if max(len(line) for line in data.split(b"\r\n")) > _LINE_ROOM:
            return None
        return cls(data, encoded)

    def for_recipient(self, email: str, urls: dict[str, str]) -> PreparedMessage | None:
        if not email.isascii() or any(escape(url) != url or not url.isascii() for url in urls.values()):
            return None
        values = {
            "to": email,
            "date": formatdate(localtime=settings.EMAIL_USE_LOCALTIME),
            "message_id": make_msgid(domain=DNS_NAME),
            **urls,
        }
        data = self.data
        for name, marker in self.markers.items():
            data = data.replace(marker, values[name].encode())
        return PreparedMessage(data, email)
