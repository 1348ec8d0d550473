"""The house-rule system checks pass on our models and catch a model that breaks them."""

from django.core.management import call_command
from wagtail import blocks
from wagtail.models import Page

from cms.core import checks


def test_system_checks_pass():
    call_command("check", fail_level="WARNING")


def test_page_rule_check_flags_a_page_that_breaks_the_rules(monkeypatch):
    class RogueModel:
        __module__ = "home.models"

        class _meta:
            label = "home.RoguePage"

    monkeypatch.setattr(checks, "get_page_models", lambda: [Page, RogueModel])
    monkeypatch.setattr(checks, "_is_ours", lambda model: model is RogueModel)
    ids = {error.id for error in checks.check_page_models(None)}
    assert ids == {"engage.E001", "engage.E002"}


def test_raw_html_blocks_are_found_however_deep():
    stream = blocks.StreamBlock([("inner", blocks.StructBlock([("html", blocks.RawHTMLBlock())]))])
    found = [b for b in checks._walk_blocks(stream) if isinstance(b, blocks.RawHTMLBlock)]
    assert len(found) == 1


def test_content_version_moves_on_content_changes_but_not_on_renditions(db):
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file

    from cms.core.cache import content_version

    before = content_version()
    image = Image.objects.create(title="Patrol", file=get_test_image_file())
    after_image = content_version()
    assert after_image > before  # an editor's new image is content
    image.get_rendition("width-100")  # created lazily while a page renders
    assert content_version() == after_image
