import datetime

import factory
import wagtail_factories
from django.utils import timezone
from wagtail.models import Locale
from wagtail.rich_text import RichText

from advice.models import AdviceIndexPage, AdvicePage, AdviceTopic, AsbCategory, AsbPage, CrimeType


def in_days(days: int) -> datetime.date:
    return timezone.localdate() + datetime.timedelta(days=days)


class AdviceTopicFactory(factory.django.DjangoModelFactory):
    name = factory.Faker("sentence", nb_words=3)
    slug = factory.Sequence(lambda n: f"topic-{n}")
    summary = factory.Faker("sentence")
    sort_order = factory.Sequence(int)
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = AdviceTopic


class CrimeTypeFactory(factory.django.DjangoModelFactory):
    name = factory.Faker("word")
    slug = factory.Sequence(lambda n: f"crime-{n}")
    description = factory.Faker("sentence")
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = CrimeType


class AsbCategoryFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"ASB category {n}")
    slug = factory.Sequence(lambda n: f"asb-category-{n}")
    qualifier = AsbCategory.Qualifier.PERSONAL
    description = factory.Faker("paragraph")
    examples = factory.LazyFunction(lambda: "First example\nSecond example")
    who_deals = AsbCategory.WhoDeals.BOTH
    how_to_report = factory.Faker("paragraph")
    when_urgent = factory.Faker("sentence")
    sort_order = factory.Sequence(int)
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = AsbCategory


class AdviceIndexPageFactory(wagtail_factories.PageFactory):
    title = "Advice"
    slug = "advice"
    introduction = factory.Faker("sentence")

    class Meta:
        model = AdviceIndexPage


class AdvicePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Advice {n}")
    summary = factory.Faker("sentence")
    topic = factory.SubFactory(AdviceTopicFactory)
    review_date = factory.LazyFunction(lambda: in_days(180))
    body = factory.LazyFunction(lambda: [("text", RichText("<p>Lock your door when you go out.</p>"))])

    class Meta:
        model = AdvicePage
        skip_postgeneration_save = True  # the hooks save when they change something

    @factory.post_generation
    def asb_categories(self, create, extracted, **kwargs):
        if extracted:
            self.asb_categories.set(extracted)
            if create:
                self.save()

    @factory.post_generation
    def crime_types(self, create, extracted, **kwargs):
        if extracted:
            self.crime_types.set(extracted)
            if create:
                self.save()


class AsbPageFactory(wagtail_factories.PageFactory):
    title = "Anti-social behaviour"
    slug = "anti-social-behaviour"
    introduction = factory.Faker("sentence")

    class Meta:
        model = AsbPage
