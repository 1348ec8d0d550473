"""No 500 for any input: hostile values to every public endpoint and parameter.

Each test builds one small site (every public page type, a document, an image, a meeting, a
concern form and a survey) and sends every hostile value to one endpoint's parameters: NUL bytes,
integers beyond any database column, unknown operators, overlong strings, every script (Arabic,
Urdu, Chinese, Bengali, emoji), bidi controls and path tricks. Any 5xx, or any exception a view
lets escape, fails the test with the list of requests that caused it. Run on PostgreSQL too: it
refuses NUL in strings and integers beyond bigint where SQLite shrugs.
"""

import re
from urllib.parse import quote

import pytest
from django.test import Client

HOSTILE = [
    "\x00",
    "police\x00",
    "%00",
    "9223372036854775808",
    "-9223372036854775809",
    "1" * 400,
    "-1",
    "0",
    "1e309",
    "NaN",
    "xor",
    "' OR 1=1 --",
    '"><script>alert(1)</script>',
    "x" * 5000,
    "\u202egnp.exe\u202c",
    "\u200b\ufeff\u2066",
    "شرطة لندن",  # Arabic
    "پولیس اردو",  # Urdu
    "伦敦警察",  # Chinese
    "পুলিশ",  # Bengali
    "🚓🙂",
    "../../../../etc/passwd",
    "..%2f..%2fetc%2fpasswd",
    "//evil.example/",
    "http://127.0.0.1/en/\x00/",
    "  ",
    "[]",
    "\r\nSet-Cookie: x=1",
]

# One value of each kind, for the costlier sweeps (form posts re-render a whole page).
CORE = [HOSTILE[i] for i in (0, 3, 5, 11, 12, 13, 14, 16, 17, 18, 21, 27)]

PATH_TRICKS = [
    "%00/",
    "..%2f..%2fetc%2fpasswd/",
    "%2e%2e/%2e%2e/",
    quote("x" * 3000) + "/",
    quote("شرطة") + "/",
    quote("اردو") + "/",
    quote("伦敦") + "/",
    quote("\u202eevil") + "/",
    "%ff%fe/",
    "a/b/c/d/e/f/g/h/i/j/k/l/m/n/o/p/",
    "thank-you/",
]

LOCALES = ["en", "ar", "ur", "pl", "zh-hans"]


def _fetch(client, method, url, data=None):
    """None when the response is below 500, else a line describing the request and the failure.
    The one 5xx allowed: oEmbed's 501 for a format other than json, which its specification demands."""
    try:
        response = client.post(url, data or {}) if method == "POST" else client.get(url, data or {})
    except Exception as error:  # anything a view lets escape is a finding
        return f"{method} {url[:120]!r} {str(data)[:120]}: {type(error).__name__}: {str(error)[:200]}"
    if response.status_code == 501 and url == "/oembed" and (data or {}).get("format", "json") != "json":
        return None
    if response.status_code >= 500:
        return f"{method} {url[:120]!r} {str(data)[:120]}: HTTP {response.status_code}"
    return None


def _sweep(client, url, parameters, method="GET", base=None, values=HOSTILE):
    """Each parameter with each hostile value (others absent or at `base`), and all at once."""
    failures = []
    for name in parameters:
        for value in values:
            data = dict(base or {})
            data[name] = value
            failures.append(_fetch(client, method, url, data))
    for value in HOSTILE[:6]:
        failures.append(_fetch(client, method, url, dict.fromkeys(parameters, value)))
    return [failure for failure in failures if failure]


@pytest.fixture
def client():
    return Client()


# Pages that read a query parameter (pagination, the signed reference of a thank-you page).
QUERY_PAGES = {"update_index": "page", "meeting_index": "page", "concern_form": "ref", "survey": "ref"}


@pytest.mark.long
@pytest.mark.django_db
def test_pages_in_every_script_and_locale(client, site_pages):
    failures = []
    for key, page in site_pages.items():
        if key in ("document", "image"):
            continue
        path = page.url_path.split("/", 2)[-1]  # without the root's segment
        for language in LOCALES:
            failures.append(_fetch(client, "GET", f"/{language}/{path}", {"unknown": HOSTILE[0]}))
        for trick in PATH_TRICKS[:4]:
            failures.append(_fetch(client, "GET", f"/en/{path}{trick}"))
    for key, parameter in QUERY_PAGES.items():
        path = site_pages[key].url_path.split("/", 2)[-1]
        if parameter == "ref":
            path += "thank-you/"
        for language in ("en", "ar"):
            failures += _sweep(client, f"/{language}/{path}", [parameter])
    borough = site_pages["borough"].url_path.split("/", 2)[-1]
    for trick in PATH_TRICKS:
        failures.append(_fetch(client, "GET", f"/ar/{borough}{trick}"))
    for trick in ["%00", "..%2f..", "%ff", quote("伦敦"), "x" * 300, "en/../admin/"]:
        failures.append(_fetch(client, "GET", f"/{trick}/"))
    assert [f for f in failures if f] == []


def _form_fields(client, url) -> list[str]:
    html = client.get(url).content.decode()
    return sorted(set(re.findall(r'name="([^"]+)"', html)) - {"csrfmiddlewaretoken"})


@pytest.mark.django_db
@pytest.mark.parametrize("form", ["concern_form", "survey"])
def test_form_posts(client, site_pages, form, settings):
    settings.ENGAGE_CONCERN_RATE_LIMIT = (0, 60)  # every hostile post must reach the form's own checks
    for language in ("en", "ar"):
        url = f"/{language}/" + site_pages[form].url_path.split("/", 2)[-1]
        fields = _form_fields(client, url)
        assert len(fields) > 3, fields
        if language == "en":
            failures = _sweep(client, url, fields, method="POST", values=CORE)
        else:  # the same form in a right-to-left locale: every field at once
            failures = [_fetch(client, "POST", url, dict.fromkeys(fields, value)) for value in CORE]
        assert [f for f in failures if f] == []
    # Multi-valued fields, a thousand fields, a wrong method.
    data = {name: ["a", "\x00", "9" * 50] for name in fields}
    assert _fetch(client, "POST", url, data) is None
    assert _fetch(client, "POST", url, {f"field{i}": "x" for i in range(1000)}) is None
    assert client.put(url).status_code == 405


@pytest.mark.django_db
@pytest.mark.parametrize("endpoint", ["pages", "images", "documents"])
def test_api(client, site_pages, endpoint):
    parameters = ["offset", "limit", "search", "search_operator", "order", "fields", "id", "unknown"]
    if endpoint == "pages":
        parameters += ["type", "locale", "borough", "child_of", "descendant_of", "translation_of", "slug"]
    base = f"/api/v2/{endpoint}/"
    failures = _sweep(client, base, parameters)
    failures += _sweep(
        client, base, ["search", "search_operator", "locale", "borough"], base={"type": "advice.AdvicePage"}
    )
    failures += _sweep(client, base, ["search_operator", "order"], base={"search": "police"})
    failures += _sweep(client, f"{base}find/", ["id", "html_path"])
    for value in ["9223372036854775808", "0", "%00", quote("شرطة")]:
        failures.append(_fetch(client, "GET", f"{base}{value}/"))
    assert [f for f in failures if f] == []


@pytest.mark.django_db
def test_feeds_calendars_embeds_documents_and_files(client, site_pages):
    document = site_pages["document"]
    advice = site_pages["advice"]
    meeting = site_pages["meeting"]
    failures = []
    for lang in ["en", "ar", "ur", "zh-hans", "%00", "xx", quote("伦敦"), "x" * 300]:
        for feed in ["site", "advice", "strategy", "boroughs/hackney", "boroughs/%00", f"boroughs/{'y' * 300}"]:
            failures.append(_fetch(client, "GET", f"/feeds/{lang}/{feed}.rss"))
            failures.append(_fetch(client, "GET", f"/feeds/{lang}/{feed}.atom"))
    for slug in ["all", "hackney", "%00", quote("伦敦"), "x" * 300, "..%2f"]:
        failures.append(_fetch(client, "GET", f"/calendars/{slug}.ics"))
    for page_id in [meeting.pk, 0, 9223372036854775808, 10**30]:
        failures.append(_fetch(client, "GET", f"/calendars/meetings/{page_id}.ics"))
        failures.append(_fetch(client, "GET", f"/embed/{page_id}/"))
        failures.append(_fetch(client, "GET", f"/documents/{page_id}/x.pdf"))
    failures += _sweep(client, f"/embed/{advice.pk}/", ["maxwidth", "lang", "unknown"])
    failures += _sweep(client, "/oembed", ["url", "maxwidth", "maxheight", "format"])
    advice_url = f"http://testserver/en/{advice.url_path.split('/', 2)[-1]}"
    failures += _sweep(client, "/oembed", ["maxwidth", "maxheight", "format"], base={"url": advice_url})
    for suffix in ["\x00/", "%00/", "x" * 3000 + "/", "شرطة/"]:
        failures.append(_fetch(client, "GET", "/oembed", {"url": advice_url + suffix}))
    failures.append(_fetch(client, "GET", f"/documents/{document.pk}/{quote('../../etc/passwd')}"))
    failures.append(_fetch(client, "GET", f"/documents/{document.pk}/%00"))
    failures += _sweep(client, "/sitemap.xml", ["p", "page", "section"])
    failures += _sweep(client, "/robots.txt", ["x"])
    failures += _sweep(client, "/i18n/setlang/", ["language", "next"], method="POST")
    assert [f for f in failures if f] == []
