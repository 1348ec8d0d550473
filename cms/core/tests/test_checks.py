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
