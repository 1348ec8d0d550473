"""Demo content for the places: the 12 BCUs, the "Your area" index and all 32 boroughs."""

from wagtail.models import Locale

from cms.core.demo import DemoLog, child_page

from . import demo_content
from .models import Bcu, BoroughIndexPage, BoroughPage, FrontCounter


def load_bcus(locale: Locale, log: DemoLog) -> dict[str, Bcu]:
    bcus, created = {}, 0
    for data in demo_content.BCUS:
        bcu, was_created = Bcu.objects.get_or_create(
            code=data["code"], locale=locale, defaults={"name": data["name"], "description": data["description"]}
        )
        bcus[bcu.code] = bcu
        created += was_created
    log.step("Basic Command Units", created, len(bcus))
    return bcus


def load_boroughs(home, log: DemoLog) -> BoroughIndexPage:
    bcus = load_bcus(home.locale, log)
    index, created = child_page(
        home,
        BoroughIndexPage,
        "your-area",
        title="Your area",
        show_in_menus=True,
        introduction="Choose your borough to meet its neighbourhood police teams, see their local priorities and what they have done, and find meetings near you.",
        listing_summary="All 32 London boroughs and the teams that police them.",
    )
    log.step("Borough index", int(created), 1)
    created = 0
    for data in demo_content.BOROUGHS:
        _page, was_created = child_page(
            index,
            BoroughPage,
            data["slug"],
            title=data["name"],
            bcu=bcus[data["bcu"]],
            code=data["code"],
            introduction=data["introduction"],
            phone=data["phone"],
            email=data["email"],
            listing_summary=data["introduction"].split(". ")[0].rstrip(".") + ".",
            front_counters=[
                FrontCounter(name=c["name"], address=c["address"], opening_hours=c["opening_hours"], sort_order=i)
                for i, c in enumerate(data["front_counters"])
            ],
        )
        created += was_created
        log.write(f"    {data['name']}{' (new)' if was_created else ''}")
    log.step("Boroughs", created, len(demo_content.BOROUGHS))
    return index
