import pytest
from django.urls import reverse
from wagtail.rich_text import RichText

from advice.tests.factories import AdvicePageFactory
from syndication.sanitise import make_embed_safe

from .conftest import publish

pytestmark = pytest.mark.django_db


def embed_path(page) -> str:
    return reverse("syndication:embed", args=[page.pk])


def test_embed_url_is_stable_and_outside_the_language_prefix(advice_page):
    assert embed_path(advice_page) == f"/embed/{advice_page.pk}/"


def test_embed_shows_the_article_with_minimal_chrome(client, advice_page, settings):
    response = client.get(embed_path(advice_page))
    assert response.status_code == 200
    html = response.content.decode()
    assert '<h1 class="embed__title">Keep your bike safe</h1>' in html
    assert "Two good locks and a marked frame stop most bike thefts." in html
    assert "Lock your door when you go out." in html  # the body
    assert settings.ENGAGE_FORCE_NAME in html
    assert f'datetime="{advice_page.first_published_at.isoformat()}' in html
    assert f'href="http://testserver{advice_page.url}" target="_top"' in html
    assert '<meta name="robots" content="noindex">' in html
    assert response["X-Robots-Tag"] == "noindex"
    # None of the site's chrome: no navigation, no emergency banner, no footer forms.
    assert "site-header" not in html and "primary-nav" not in html


def test_embed_sets_no_cookie_and_has_no_form(client, advice_page, django_user_model):
    # Even for a signed-in editor: the session is read, never written.
    user = django_user_model.objects.create_superuser("editor", "editor@example.org", "a-long-password-123")
    client.force_login(user)
    client.cookies.clear()
    response = client.get(embed_path(advice_page))
    assert response.status_code == 200
    assert not response.cookies
    assert "Set-Cookie" not in response.headers
    html = response.content.decode().lower()
    assert "<form" not in html and "csrfmiddlewaretoken" not in html


def test_embed_turns_videos_into_links_and_loads_nothing_from_other_sites(client, advice_index):
    page = publish(
        AdvicePageFactory(
            parent=advice_index,
            body=[
                ("text", RichText('<p>See <a href="https://example.org/">the guide</a>.</p>')),
                (
                    "video",
                    {"url": "https://www.youtube.com/watch?v=dQw4w9WgXcQ", "title": "Locking a bike", "transcript": ""},
                ),
            ],
        )
    )
    html = client.get(embed_path(page)).content.decode()
    assert "<iframe" not in html
    assert "youtube-nocookie.com/embed/dQw4w9WgXcQ" in html  # as a link, not a frame
    assert "Watch Locking a bike on the provider" in html
    assert '<a href="https://example.org/" target="_top">the guide</a>' in html
    # Only same-origin resources: stylesheet and script are ours.
    assert '<script src="/static/syndication/embed.js"' in html
    assert "https://fonts." not in html and '<script src="http' not in html


def test_sanitiser_removes_what_an_embed_must_not_carry():
    html = make_embed_safe(
        '<form action="/x"><input name="q"></form><script>alert(1)</script>'
        '<img src="https://tracker.example/p.gif" alt=""><img src="/media/ok.png" alt="ok">'
        '<iframe src="https://player.example/v/1" title="Clip"></iframe><p onclick="x()">Text</p>',
        "testserver",
    )
    assert "<form" not in html and "<input" not in html and "<script" not in html
    assert "tracker.example" not in html and '<img alt="ok" src="/media/ok.png">' in html
    assert '<a href="https://player.example/v/1" target="_top">Watch Clip' in html
    assert "onclick" not in html and "<p>Text</p>" in html


@pytest.mark.parametrize(
    "hostile",
    [
        '<a href="javascript:alert(1)">x</a>',
        "<svg><script>alert(1)</script></svg>",
        '<img src="/x.png" onerror="alert(1)" alt="">',
        '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
        '<p style="background:url(https://tracker.example/)">x</p>',
        '<marquee>unknown tag</marquee><object data="/x.swf"></object><base href="https://evil.example/">',
        '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
    ],
)
def test_sanitiser_is_an_allow_list(hostile):
    html = make_embed_safe(hostile, "testserver")
    for forbidden in ("javascript:", "<script", "onerror", "<svg", "<math", "style=", "<marquee", "<object", "<base"):
        assert forbidden not in html, html


@pytest.mark.parametrize("fixture", ["draft_advice", "private_advice", "expired_advice"])
def test_unpublished_private_and_expired_pages_are_not_embeddable(client, request, fixture):
    page = request.getfixturevalue(fixture)
    assert client.get(embed_path(page)).status_code == 404


def test_non_article_pages_and_unknown_ids_are_not_embeddable(client, home_page, borough, advice_index):
    for page in (home_page, borough, advice_index):
        assert client.get(embed_path(page)).status_code == 404
    assert client.get("/embed/999999/").status_code == 404


def test_embed_uses_the_page_language(client, advice_page):
    response = client.get(embed_path(advice_page), HTTP_ACCEPT_LANGUAGE="pl")
    assert '<html lang="en" dir="ltr">' in response.content.decode()


def test_embed_only_answers_safe_methods(client, advice_page):
    assert client.post(embed_path(advice_page)).status_code == 405


@pytest.mark.parametrize("count", [3, 30])
def test_embed_query_budget_is_constant(client, advice_index, count, django_assert_max_num_queries):
    pages = [publish(AdvicePageFactory(parent=advice_index)) for _ in range(count)]
    client.get(embed_path(pages[0]))
    with django_assert_max_num_queries(10):
        assert client.get(embed_path(pages[-1])).status_code == 200


def test_priority_embed_shows_its_status_and_trail(client, priority_page):
    html = client.get(embed_path(priority_page)).content.decode()
    assert "In progress" in html
    assert html.index("Speed checks on three evenings.") < html.index("Speed camera van twice a week.")
    assert "<form" not in html
