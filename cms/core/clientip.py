"""The client's address, the same way everywhere (the concern form's rate limit, the admin's
login lockout): from the request.META key ENGAGE_CLIENT_IP_HEADER names (REMOTE_ADDR unless a
proxy is in front). For X-Forwarded-For the LAST entry is used: our own proxy appended it, while
earlier entries are the client's own word and can be forged."""

from django.conf import settings


def client_address(request) -> str:
    header = getattr(settings, "ENGAGE_CLIENT_IP_HEADER", "REMOTE_ADDR")
    address = request.META.get(header, "") or request.META.get("REMOTE_ADDR", "")
    return address.split(",")[-1].strip()


def axes_client_ip(request) -> str:
    """AXES_CLIENT_IP_CALLABLE: django-axes counts failed sign-ins per this address."""
    return client_address(request) or "unknown"
