import html
import re

import pytest

pytestmark = pytest.mark.django_db


def embed_this(page_html: str) -> str:
    match = re.search(r'<details class="embed-this">.*?</details>', page_html, re.S)
    return match.group(0) if match else ""


def test_article_pages_offer_the_iframe_code_and_their_feeds(client, advice_page, update_page):
    block = embed_this(client.get(advice_page.url).content.decode())
    assert block, "no Embed this disclosure"
    assert '<summary class="embed-this__summary">Embed this on your website</summary>' in block
    label = re.search(r'<label class="embed-this__label" for="([^"]+)">', block)
    assert label and f'<textarea class="embed-this__code" id="{label.group(1)}" readonly' in block
    code = html.unescape(re.search(r"<textarea[^>]*>(.*?)</textarea>", block, re.S).group(1))
    assert code.startswith(f'<iframe src="http://testserver/embed/{advice_page.pk}/"')
    assert 'href="http://testserver/feeds/en/advice.rss"' in block
    assert 'href="http://testserver/feeds/en/site.atom"' in block
    update_block = embed_this(client.get(update_page.url).content.decode())
    assert 'href="http://testserver/feeds/en/boroughs/hackney.rss"' in update_block


def test_the_iframe_code_renders_the_embed_view(client, advice_page):
    block = embed_this(client.get(advice_page.url).content.decode())
    code = html.unescape(re.search(r"<textarea[^>]*>(.*?)</textarea>", block, re.S).group(1))
    src = re.search(r'src="([^"]+)"', code).group(1)
    assert client.get(src).status_code == 200


def test_non_article_and_private_pages_offer_nothing_to_embed(client, admin_client, home_page, borough, private_advice):
    for response in (client.get("/en/"), client.get(borough.url), admin_client.get(private_advice.url)):
        assert response.status_code == 200
        assert "embed-this" not in response.content.decode()


@pytest.mark.parametrize("count", [3, 30])
def test_warm_borough_page_stays_within_its_query_budget(
    client, advice_page, borough, count, django_assert_max_num_queries
):
    from boroughs.tests.factories import BoroughPageFactory

    for _ in range(count):
        BoroughPageFactory(parent=borough.get_parent())
    client.get(borough.url)
    with django_assert_max_num_queries(12):
        client.get(borough.url)
