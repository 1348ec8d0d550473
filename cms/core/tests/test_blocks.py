"""Every shared block renders with its template; bad input is refused or stripped.

The hostile rich-text tests save a page through the admin edit view and read back what was
stored, so they cover the whole path an editor's paste takes, not just the block."""

import pytest
from wagtail.blocks import StructBlockValidationError
from wagtail.models import Page
from wagtail.rich_text import RichText
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield
from wagtail_factories import ImageFactory

from cms.core.blocks import (
    AccessibleImageBlock,
    CallToActionBlock,
    DetailsBlock,
    DoDontBlock,
    HappeningNowBlock,
    HeadingBlock,
    SafeRichTextBlock,
    StatisticBlock,
    StatisticsBlock,
    StepsBlock,
    VideoEmbedBlock,
    WarningCalloutBlock,
)
from cms.core.models import ContactSettings

pytestmark = pytest.mark.django_db

HOSTILE_HTML = (
    "<p>Lock your door.<script>alert('x')</script></p>"
    '<p onclick="steal()" style="color:red">Click <a href="javascript:alert(1)">here</a></p>'
    '<p><a href="https://www.met.police.uk" onmouseover="steal()">Report online</a></p>'
    "<iframe src='https://evil.example'></iframe><style>body{display:none}</style>"
)


def render(block, raw):
    return block.render(block.to_python(raw))


# --- Render tests ---------------------------------------------------------------------------


def test_rich_text_renders_inside_a_wrapper():
    html = SafeRichTextBlock().render(RichText("<p>Keep your <b>phone</b> out of sight.</p>"))
    assert '<div class="rich-text">' in html
    assert "<p>Keep your <b>phone</b> out of sight.</p>" in html


@pytest.mark.parametrize(("level", "tag"), [("h2", "h2"), ("h3", "h3")])
def test_heading_renders_at_its_level_with_an_anchor(level, tag):
    html = render(HeadingBlock(), {"text": "Before you go out", "level": level})
    assert f'<{tag} id="before-you-go-out">Before you go out</{tag}>' in html


def test_steps_render_as_an_ordered_list():
    html = render(
        StepsBlock(),
        {
            "heading": "If your phone is stolen",
            "steps": [{"title": "Get somewhere safe", "text": "Do not follow."}, {"title": "Call 101", "text": ""}],
        },
    )
    assert "<h2>If your phone is stolen</h2>" in html
    assert '<ol class="steps__list">' in html
    assert html.index("Get somewhere safe") < html.index("Call 101")
    assert "<p>Do not follow.</p>" in html


def test_do_dont_renders_two_labelled_lists():
    html = render(DoDontBlock(), {"heading": "Keep it safe", "dos": ["Use a lock"], "donts": ["Leave it outside"]})
    assert "<h2>Keep it safe</h2>" in html
    # The meaning is in the words, not only in the colour or the tick.
    assert "Do</h3>" in html
    assert "Don&#x27;t</h3>" in html or "Don't</h3>" in html
    assert "<li>Use a lock</li>" in html
    assert "<li>Leave it outside</li>" in html


def test_warning_callout_renders_as_a_note():
    html = render(WarningCalloutBlock(), {"heading": "Never chase a thief", "text": "Your safety comes first."})
    assert 'role="note"' in html
    assert "Never chase a thief" in html
    assert "<p>Your safety comes first.</p>" in html


def test_happening_now_reads_numbers_from_the_contact_settings():
    settings = ContactSettings.load()
    settings.non_emergency_number = "101 (option 2)"
    settings.crimestoppers_number = "0800 555 111"
    settings.save()
    html = render(HappeningNowBlock(), {"heading": "If it's happening now"})
    assert 'href="tel:999"' in html
    assert "101 (option 2)" in html
    assert 'href="tel:1012"' in html
    assert 'href="tel:0800555111"' in html
    assert settings.online_reporting_url in html


def test_details_renders_as_a_disclosure():
    html = render(DetailsBlock(), {"summary": "Why do thieves want phones?", "text": "<p>To sell them.</p>"})
    assert "<details" in html
    assert "<summary>Why do thieves want phones?</summary>" in html
    assert "<p>To sell them.</p>" in html


def test_image_renders_with_its_alt_text():
    image = ImageFactory()
    html = render(AccessibleImageBlock(), {"image": image.pk, "alt_text": "A D-lock on a bike", "caption": "Lock it"})
    assert 'alt="A D-lock on a bike"' in html
    assert "<figcaption>Lock it</figcaption>" in html


def test_decorative_image_has_empty_alt():
    image = ImageFactory()
    html = render(AccessibleImageBlock(), {"image": image.pk, "alt_text": "ignored", "decorative": True})
    assert 'alt=""' in html
    assert "ignored" not in html


def test_video_renders_a_privacy_respecting_player_with_transcript():
    html = render(
        VideoEmbedBlock(),
        {"url": "https://www.youtube.com/watch?v=dQw4w9WgXcQ", "title": "Lock your bike", "transcript": "Hello."},
    )
    assert 'src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"' in html
    assert 'title="Lock your bike"' in html
    assert "Read the transcript" in html


def test_call_to_action_renders_a_link():
    html = render(CallToActionBlock(), {"text": "Report online", "external_url": "https://www.met.police.uk"})
    assert '<a class="button" href="https://www.met.police.uk">Report online</a>' in html


def test_statistics_render_with_period_and_source():
    stat = {"figure": "-19%", "measure": "fewer burglaries", "period": "2025", "source": "Met data"}
    html = render(StatisticsBlock(), {"heading": "Progress", "statistics": [stat]})
    assert "<h2>Progress</h2>" in html
    assert "-19%" in html
    assert "Period: 2025" in html
    assert "Source: Met data" in html
    assert StatisticBlock().to_python(stat).accessible_sentence() == "-19% fewer burglaries, 2025. Source: Met data."


# --- Validation -----------------------------------------------------------------------------


def test_image_without_alt_text_is_refused():
    block = AccessibleImageBlock()
    image = ImageFactory()
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(block.to_python({"image": image.pk, "alt_text": "  ", "decorative": False}))
    assert "alt_text" in error.value.block_errors
    assert "alternative text" in str(error.value.block_errors["alt_text"])


def test_decorative_image_needs_no_alt_text():
    block = AccessibleImageBlock()
    image = ImageFactory()
    value = block.clean(block.to_python({"image": image.pk, "alt_text": "", "decorative": True}))
    assert value["decorative"] is True


@pytest.mark.parametrize(
    "url",
    [
        "https://www.dailymotion.com/video/x7tgad0",
        "https://evil.example/watch?v=dQw4w9WgXcQ",
        "http://www.youtube.com/watch?v=dQw4w9WgXcQ",  # not https
        "https://www.youtube.com/watch?v=not-an-id",
    ],
)
def test_video_from_a_provider_not_on_the_allow_list_is_refused(url):
    block = VideoEmbedBlock()
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(block.to_python({"url": url, "title": "A video"}))
    assert "Only https YouTube and Vimeo" in str(error.value.block_errors["url"])


def test_vimeo_is_allowed():
    block = VideoEmbedBlock()
    value = block.clean(block.to_python({"url": "https://vimeo.com/76979871", "title": "A video"}))
    assert value.player_url() == "https://player.vimeo.com/video/76979871?dnt=1"


def test_call_to_action_needs_exactly_one_destination():
    block = CallToActionBlock()
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({"text": "Go", "page": None, "external_url": ""}))


def test_safe_rich_text_clean_strips_scripts_handlers_styles_and_javascript_links():
    cleaned = SafeRichTextBlock().clean(RichText(HOSTILE_HTML)).source
    assert_is_safe(cleaned)
    assert "Lock your door." in cleaned
    assert '<a href="https://www.met.police.uk">Report online</a>' in cleaned


def assert_is_safe(html: str) -> None:
    """No executable or styling markup survives. (The sanitiser drops the tags but keeps the text
    inside <script>/<style> as inert, escaped text.)"""
    lowered = html.lower()
    for needle in ("<script", "onclick", "onmouseover", "style=", "javascript:", "<iframe", "<style", "evil.example"):
        assert needle not in lowered, f"{needle!r} survived: {html}"


# --- Through the admin edit view ------------------------------------------------------------


@pytest.fixture
def advice_page(home_page):
    from advice.tests.factories import AdviceIndexPageFactory, AdvicePageFactory

    index = AdviceIndexPageFactory(parent=home_page)
    return AdvicePageFactory(parent=index, title="Lock your bike", slug="lock-your-bike")


def edit_form_data(page, body_html_value) -> dict:
    return nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "summary": page.summary,
            "topic": page.topic_id,
            "review_date": page.review_date.isoformat(),
            "body": streamfield([("text", body_html_value)]),
            "comments": {"TOTAL_FORMS": 0, "INITIAL_FORMS": 0, "MIN_NUM_FORMS": 0, "MAX_NUM_FORMS": 1000},
        }
    )


def stored_body_html(page) -> str:
    page = Page.objects.get(pk=page.pk).specific.get_latest_revision_as_object()
    return page.body[0].value.source


def test_hostile_rich_text_is_stripped_when_saved_through_the_admin(admin_client, advice_page, monkeypatch):
    # Simulate content that reaches the block without the editor's own conversion (a paste
    # through another editor, an import): the widget hands the raw HTML straight to the block.
    from wagtail.admin.rich_text import DraftailRichTextArea

    monkeypatch.setattr(DraftailRichTextArea, "value_from_datadict", lambda self, data, files, name: data.get(name))
    response = admin_client.post(f"/admin/pages/{advice_page.pk}/edit/", edit_form_data(advice_page, HOSTILE_HTML))
    assert response.status_code == 302, response.content.decode()[:2000]
    stored = stored_body_html(advice_page)
    assert_is_safe(stored)
    assert "Lock your door." in stored
    assert '<a href="https://www.met.police.uk">Report online</a>' in stored


def test_javascript_link_from_the_editor_is_not_stored(admin_client, advice_page):
    value = rich_text(
        '<p>Click <a href="javascript:alert(1)">here</a> or <a href="https://www.met.police.uk">report</a></p>'
    )
    response = admin_client.post(f"/admin/pages/{advice_page.pk}/edit/", edit_form_data(advice_page, value))
    assert response.status_code == 302
    stored = stored_body_html(advice_page)
    assert_is_safe(stored)
    assert '<a href="https://www.met.police.uk">report</a>' in stored


def test_image_without_alt_text_is_refused_in_the_admin(admin_client, advice_page):
    image = ImageFactory()
    data = edit_form_data(advice_page, rich_text("<p>Hello</p>"))
    data.update(
        nested_form_data(
            {"body": streamfield([("image", {"image": image.pk, "alt_text": "", "caption": "", "decorative": ""})])}
        )
    )
    response = admin_client.post(f"/admin/pages/{advice_page.pk}/edit/", data)
    assert response.status_code == 200
    assert "Add alternative text, or tick" in response.content.decode()
    latest = Page.objects.get(pk=advice_page.pk).specific.get_latest_revision_as_object()
    assert [block.block_type for block in latest.body] == ["text"]  # nothing half-saved
