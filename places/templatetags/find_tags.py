from django import template

from ..lookup import reader_url

register = template.Library()


@register.simple_tag(takes_context=True)
def reader_pageurl(context, page):
    """{% reader_pageurl page %}: the page's URL under the reader's language prefix (places.lookup.reader_url)."""
    return reader_url(page, context.get("request"))
