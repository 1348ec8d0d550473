"""Security headers on every public page type, scored by the MDN HTTP Observatory's published rules.

Requests are made over HTTPS with the production cookie and HSTS settings. Each public response
must carry a complete Content-Security-Policy (no 'unsafe-inline' or 'unsafe-eval', object-src
'none', base-uri 'none', form-action 'self', frame-ancestors), Permissions-Policy, HSTS, nosniff
and a private Referrer-Policy, and score A+ (100 or more) by `observatory_score` below, which
implements the Observatory's scoring table (https://developer.mozilla.org/en-US/observatory/docs/
tests_and_scoring) for every test a single response can show. The one test it cannot see, the
HTTP-to-HTTPS redirect, is production's SECURE_SSL_REDIRECT (checked in test_production_redirects).
"""

import re

import pytest

from .conftest import public_path

PRIVATE_REFERRERS = {"no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin"}
UNSAFE_REFERRERS = {"origin", "origin-when-cross-origin", "unsafe-url", "no-referrer-when-downgrade"}
SESSION_COOKIES = {"sessionid", "csrftoken"}


def parse_csp(header: str) -> dict[str, list[str]]:
    policy = {}
    for part in header.split(";"):
        tokens = part.strip().split()
        if tokens:
            policy.setdefault(tokens[0].lower(), tokens[1:])
    return policy


def _csp_modifier(headers) -> tuple[int, str]:
    header = headers.get("Content-Security-Policy")
    if not header:
        return -25, "csp-not-implemented"
    policy = parse_csp(header)
    default = policy.get("default-src")
    script = policy.get("script-src", default)
    style = policy.get("style-src", default) or []
    objects = policy.get("object-src", default)
    if script is None or objects is None:  # scripts or plugins unrestricted: as bad as unsafe-inline
        return -20, "csp-implemented-with-unsafe-inline"
    active = [*script, *objects]
    if "'unsafe-inline'" in script or "data:" in script or any(s in ("*", "http:", "https:") for s in active):
        return -20, "csp-implemented-with-unsafe-inline"
    if "'unsafe-eval'" in script:
        return -10, "csp-implemented-with-unsafe-eval"
    if any(source.startswith("http:") for values in policy.values() for source in values):
        return -10, "csp-implemented-with-insecure-scheme-in-passive-content-only"
    if "'unsafe-inline'" in style:
        return 0, "csp-implemented-with-unsafe-inline-in-style-src-only"
    if default == ["'none'"]:
        return 10, "csp-implemented-with-no-unsafe-default-src-none"
    return 0, "csp-implemented-with-no-unsafe"


def _cookie_modifier(cookies) -> tuple[int, str]:
    if not cookies:
        return 0, "cookies-not-found"
    for name, morsel in cookies.items():
        if not morsel["secure"]:
            return (
                (-40, "cookies-session-without-secure-flag")
                if name in SESSION_COOKIES
                else (
                    -20,
                    "cookies-without-secure-flag",
                )
            )
        if name == "sessionid" and not morsel["httponly"]:
            return -30, "cookies-session-without-httponly-flag"
        if (morsel["samesite"] or "").lower() not in ("strict", "lax", "none", ""):
            return -20, "cookies-samesite-flag-invalid"
    if all((morsel["samesite"] or "").lower() in ("strict", "lax") for morsel in cookies.values()):
        return 5, "cookies-secure-with-httponly-sessionid-with-samesite"
    return 0, "cookies-secure-with-httponly-sessionid"


def _hsts_modifier(headers) -> tuple[int, str]:
    match = re.search(r"max-age=(\d+)", headers.get("Strict-Transport-Security", ""))
    if not match:
        return -20, "hsts-not-implemented"
    if int(match.group(1)) < 15_768_000:
        return -10, "hsts-implemented-max-age-less-than-six-months"
    return 0, "hsts-implemented-max-age-at-least-six-months"  # +5 only once on the preload list


def _referrer_modifier(headers) -> tuple[int, str]:
    values = {v.strip().lower() for v in headers.get("Referrer-Policy", "").split(",") if v.strip()}
    if not values:
        return 0, "referrer-policy-not-implemented"
    if values & UNSAFE_REFERRERS:
        return -5, "referrer-policy-unsafe"
    return (5, "referrer-policy-private") if values <= PRIVATE_REFERRERS else (-5, "referrer-policy-header-invalid")


def _sri_modifier(html: str) -> tuple[int, str]:
    external = [
        tag for tag in re.findall(r"<script\b[^>]*\bsrc=\"([^\"]+)\"[^>]*>", html) if tag.startswith(("http", "//"))
    ]
    if not external:
        return 0, "sri-not-implemented-but-all-scripts-loaded-from-secure-origin"
    return -5, "sri-not-implemented-but-external-scripts-loaded-securely"


def _xfo_modifier(headers) -> tuple[int, str]:
    if "frame-ancestors" in parse_csp(headers.get("Content-Security-Policy", "")):
        return 5, "xfo-implemented-via-csp"
    if headers.get("X-Frame-Options", "").upper() in ("DENY", "SAMEORIGIN"):
        return 0, "x-frame-options-sameorigin-or-deny"
    return -20, "x-frame-options-not-implemented"


def observatory_score(response) -> tuple[int, str, list[str]]:
    """(score, grade, the tests' outcomes) by the Observatory's scoring: penalties first, bonuses
    only when the penalised score is at least 90."""
    headers = response.headers
    html = response.content.decode(errors="replace") if "html" in headers.get("Content-Type", "") else ""
    results = [
        _csp_modifier(headers),
        _cookie_modifier(response.cookies),
        _hsts_modifier(headers),
        _referrer_modifier(headers),
        _sri_modifier(html),
        (0, "x-content-type-options-nosniff")
        if headers.get("X-Content-Type-Options", "").lower() == "nosniff"
        else (-5, "x-content-type-options-not-implemented"),
        _xfo_modifier(headers),
    ]
    if headers.get("Access-Control-Allow-Origin") not in (None, "*") and headers.get(
        "Access-Control-Allow-Credentials"
    ):
        results.append((-50, "cross-origin-resource-sharing-implemented-with-universal-access"))
    score = 100 + sum(value for value, _ in results if value < 0)
    if score >= 90:
        score += sum(value for value, _ in results if value > 0)
    grades = [(100, "A+"), (90, "A"), (85, "A-"), (80, "B+"), (70, "B"), (65, "B-"), (60, "C+"), (50, "C")]
    grade = next((g for floor, g in grades if score >= floor), "F")
    return score, grade, [name for _, name in results]


@pytest.fixture
def production_like(settings):
    settings.SECURE_HSTS_SECONDS = 31_536_000
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    settings.SECURE_HSTS_PRELOAD = True
    settings.SESSION_COOKIE_SECURE = True
    settings.CSRF_COOKIE_SECURE = True
    settings.LANGUAGE_COOKIE_SECURE = True


def _public_urls(site_pages) -> dict[str, str]:
    urls = {}
    for key, page in site_pages.items():
        if key in ("document", "image"):
            continue
        urls[f"{key} (en)"] = f"/en/{public_path(page)}"
        urls[f"{key} (ar)"] = f"/ar/{public_path(page)}"
    advice = site_pages["advice"]
    urls.update(
        {
            "embed": f"/embed/{advice.pk}/",
            "not found": "/en/no-such-page/",
            "site feed": "/feeds/en/site.rss",
            "api": "/api/v2/pages/",
            "oembed": f"/oembed?url=https://testserver/en/{public_path(advice)}",
            "calendar": "/calendars/all.ics",
            "sitemap": "/sitemap.xml",
            "robots": "/robots.txt",
        }
    )
    return urls


REQUIRED = {
    "default-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    "form-action": ["'self'"],
}


@pytest.mark.django_db
def test_every_public_page_type_has_every_header_and_scores_a_plus(client, site_pages, production_like):
    problems = []
    for name, url in _public_urls(site_pages).items():
        response = client.get(url, secure=True)
        if response.status_code >= 500:
            problems.append(f"{name}: HTTP {response.status_code}")
            continue
        headers = response.headers
        for header in ("Content-Security-Policy", "Permissions-Policy", "Strict-Transport-Security"):
            if header not in headers:
                problems.append(f"{name}: no {header}")
        policy = parse_csp(headers.get("Content-Security-Policy", ""))
        for directive, values in REQUIRED.items():
            if policy.get(directive) != values:
                problems.append(f"{name}: {directive} is {policy.get(directive)}")
        if "frame-ancestors" not in policy:
            problems.append(f"{name}: no frame-ancestors")
        if "unsafe" in headers.get("Content-Security-Policy", ""):
            problems.append(f"{name}: an unsafe source in the policy")
        score, grade, outcomes = observatory_score(response)
        if grade != "A+":
            problems.append(f"{name}: scores {score} ({grade}): {outcomes}")
    assert problems == []


@pytest.mark.django_db
def test_only_a_page_with_a_video_may_frame_the_video_players(client, site_pages):
    advice = client.get(f"/en/{public_path(site_pages['advice'])}")
    assert "youtube-nocookie.com/embed/dQw4w9WgXcQ" in advice.content.decode()
    frames = parse_csp(advice["Content-Security-Policy"])["frame-src"]
    assert frames == ["https://www.youtube-nocookie.com", "https://player.vimeo.com"]
    for key in ("home", "borough", "strategy", "concern_form"):
        policy = parse_csp(client.get(f"/en/{public_path(site_pages[key])}")["Content-Security-Policy"])
        assert policy["frame-src"] == ["'none'"], key


@pytest.mark.django_db
def test_framing_rules_are_kept(client, site_pages):
    page = client.get(f"/en/{public_path(site_pages['advice'])}")
    assert parse_csp(page["Content-Security-Policy"])["frame-ancestors"] == ["'none'"]
    assert page["X-Frame-Options"] == "DENY"
    embed = client.get(f"/embed/{site_pages['advice'].pk}/")
    assert parse_csp(embed["Content-Security-Policy"])["frame-ancestors"] == ["*"]
    assert "X-Frame-Options" not in embed


@pytest.mark.django_db
def test_the_language_cookie_is_secure_and_same_site(client, home_page, production_like):
    response = client.post("/i18n/setlang/", {"language": "ar", "next": "/ar/"}, secure=True)
    cookie = response.cookies["engage_language"]
    assert cookie.value == "ar"
    assert cookie["secure"] is True
    assert cookie["samesite"] == "Lax"


@pytest.mark.django_db
def test_forms_set_secure_same_site_cookies_and_still_score_a_plus(client, site_pages, production_like):
    response = client.get(f"/en/{public_path(site_pages['concern_form'])}", secure=True)
    assert "csrftoken" in response.cookies
    score, grade, outcomes = observatory_score(response)
    assert grade == "A+", (score, outcomes)
    assert "cookies-secure-with-httponly-sessionid-with-samesite" in outcomes


@pytest.mark.django_db
def test_the_admin_has_its_own_policy(admin_client):
    response = admin_client.get("/admin/")
    policy = parse_csp(response["Content-Security-Policy"])
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert "'self'" in policy["script-src"]


def test_the_scoring_itself_catches_weak_headers():
    """The scorer must be able to fail: the headers this site had before (frame-ancestors only)."""

    class Weak:
        headers = {
            "Content-Security-Policy": "frame-ancestors 'none'",
            "X-Content-Type-Options": "nosniff",
            "Referrer-Policy": "strict-origin-when-cross-origin",
            "Strict-Transport-Security": "max-age=31536000",
            "Content-Type": "text/plain",
        }
        cookies = {}
        content = b""

    score, grade, _ = observatory_score(Weak)
    assert (score, grade) == (80, "B+")  # what the hostile tester measured
    Weak.headers = {**Weak.headers, "Content-Security-Policy": "default-src 'self'; script-src 'unsafe-inline'"}
    assert observatory_score(Weak)[0] < 90
