"""Pagination of cached listings: the listing is cached as plain data per page number, and the
pagination links (templates/components/pagination.html) are drawn from the counts alone."""

from django.core.paginator import Page, Paginator


def requested_page(request, name: str = "page") -> int:
    """The page number the reader asked for (`?page=N`): a whole number from 1; anything else,
    or a number too long to be a real page, is page 1. Numbers past the end are clamped by
    `page_of` (as Django's `Paginator.get_page` does), so cache keys stay few."""
    value = request.GET.get(name, "")
    return int(value) if value.isdigit() and 0 < len(value) <= 4 and int(value) > 0 else 1


def page_of(count: int, per_page: int, number: int) -> Page:
    """A Django page object for the pagination component, built without a query: page `number`
    (clamped to the last page) of `count` items."""
    return Paginator(range(count), per_page).get_page(number)
