import datetime

import factory
import wagtail_factories
from faker import Faker
from wagtail.models import Locale

from boroughs.models import (
    Bcu,
    BoroughIndexPage,
    BoroughPage,
    BoroughTeamMember,
    FrontCounter,
    PriorityAction,
    PriorityIndexPage,
    PriorityPage,
    TeamMember,
    UpdateIndexPage,
    UpdatePage,
    WardPage,
)


class BcuFactory(factory.django.DjangoModelFactory):
    code = factory.Sequence(lambda n: f"B{n:02d}")
    name = factory.Sequence(lambda n: f"Command Unit {n}")
    description = factory.Faker("sentence")
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = Bcu


class BoroughIndexPageFactory(wagtail_factories.PageFactory):
    title = "Your area"
    slug = "your-area"
    introduction = factory.Faker("sentence")

    class Meta:
        model = BoroughIndexPage


class BoroughPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Borough {n}")
    bcu = factory.SubFactory(BcuFactory)
    code = factory.Sequence(lambda n: "".join(chr(65 + (n // 26**i) % 26) for i in range(3)))
    introduction = factory.Faker("paragraph")
    phone = "020 7946 0000"
    email = factory.Faker("safe_email")

    class Meta:
        model = BoroughPage


class FrontCounterFactory(factory.django.DjangoModelFactory):
    page = factory.SubFactory(BoroughPageFactory)
    name = factory.Faker("street_name")
    address = factory.Faker("address")
    opening_hours = "Monday to Friday, 9am to 5pm"

    class Meta:
        model = FrontCounter


FAKE = Faker()


class WardPageFactory(wagtail_factories.PageFactory):
    # A made-up place name, numbered: two wards of one borough never share a slug (Faker's cities
    # repeat, and a repeat made a test fail now and then).
    title = factory.Sequence(lambda n: f"{FAKE.city()} {n}")
    introduction = factory.Faker("paragraph")
    contact_email = factory.Faker("safe_email")
    contact_phone = "020 7946 0200"
    surgeries = factory.LazyFunction(
        lambda: "Library, first Saturday, 11am to 12 noon\nCommunity centre, Tuesdays, 6pm"
    )

    class Meta:
        model = WardPage


class TeamMemberFactory(factory.django.DjangoModelFactory):
    page = factory.SubFactory(WardPageFactory)
    rank = factory.Iterator(["sergeant", "pc", "pcso"])
    name = factory.Faker("name")
    role = "Dedicated Ward Officer"

    class Meta:
        model = TeamMember


class BoroughTeamMemberFactory(factory.django.DjangoModelFactory):
    page = factory.SubFactory(BoroughPageFactory)
    rank = factory.Iterator(["inspector", "sergeant"])
    name = factory.Faker("name")
    role = "Neighbourhood team"

    class Meta:
        model = BoroughTeamMember


class PriorityIndexPageFactory(wagtail_factories.PageFactory):
    title = "You said, we did"
    slug = "you-said-we-did"
    introduction = factory.Faker("sentence")

    class Meta:
        model = PriorityIndexPage


class PriorityPageFactory(wagtail_factories.PageFactory):
    title = factory.Faker("sentence", nb_words=5)
    summary = factory.Faker("paragraph")
    date_set = factory.LazyFunction(lambda: datetime.date(2025, 11, 19))
    source = "public_meeting"
    status = "open"

    class Meta:
        model = PriorityPage


class PriorityActionFactory(factory.django.DjangoModelFactory):
    page = factory.SubFactory(PriorityPageFactory)
    date = factory.LazyAttribute(lambda o: o.page.date_set + datetime.timedelta(days=7))
    text = factory.Faker("sentence")

    class Meta:
        model = PriorityAction


class UpdateIndexPageFactory(wagtail_factories.PageFactory):
    title = "News and updates"
    slug = "news-and-updates"

    class Meta:
        model = UpdateIndexPage


class UpdatePageFactory(wagtail_factories.PageFactory):
    title = factory.Faker("sentence", nb_words=6)
    date = factory.Faker("date_between", start_date=datetime.date(2025, 1, 1), end_date=datetime.date(2025, 12, 31))
    summary = factory.Faker("sentence")
    body = factory.LazyFunction(lambda: [{"type": "text", "value": "<p>An update for residents.</p>"}])

    class Meta:
        model = UpdatePage
