import datetime

import factory
import wagtail_factories
from django.utils import timezone

from meetings.models import (
    MeetingAction,
    MeetingConcern,
    MeetingHost,
    MeetingIndexPage,
    MeetingPage,
    MeetingQuestion,
)


def _in_days(days: int, hour: int = 18, minute: int = 30) -> datetime.datetime:
    day = timezone.localdate() + datetime.timedelta(days=days)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, minute)))


class MeetingIndexPageFactory(wagtail_factories.PageFactory):
    title = "Meetings"
    slug = "meetings"
    introduction = factory.Faker("sentence")

    class Meta:
        model = MeetingIndexPage


class MeetingPageFactory(wagtail_factories.PageFactory):
    """An upcoming public meeting, a week from today."""

    title = factory.Faker("sentence", nb_words=4)
    introduction = factory.Faker("paragraph")
    start = factory.LazyFunction(lambda: _in_days(7))
    end = factory.LazyAttribute(lambda o: o.start + datetime.timedelta(hours=2))
    meeting_format = MeetingPage.Format.PUBLIC_MEETING
    venue_name = factory.Faker("company")
    venue_address = factory.LazyFunction(lambda: "1 Example Street\nLondon\nSE11 5XX")
    status = MeetingPage.Status.SCHEDULED

    class Meta:
        model = MeetingPage

    class Params:
        past = factory.Trait(
            start=factory.LazyFunction(lambda: _in_days(-30)),
            status=MeetingPage.Status.TOOK_PLACE,
            writeup_summary=factory.Faker("paragraph"),
        )


class MeetingHostFactory(factory.django.DjangoModelFactory):
    page = factory.SubFactory(MeetingPageFactory)
    name = factory.Faker("name")
    role = "Ward sergeant"

    class Meta:
        model = MeetingHost


class MeetingConcernFactory(factory.django.DjangoModelFactory):
    page = factory.SubFactory(MeetingPageFactory)
    text = factory.Faker("sentence")
    response = factory.Faker("paragraph")
    sort_order = factory.Sequence(int)

    class Meta:
        model = MeetingConcern
        skip_postgeneration_save = True

    @factory.post_generation
    def asb_categories(self, create, extracted, **kwargs):
        if extracted:
            self.asb_categories.set(extracted)
            self.save()

    @factory.post_generation
    def crime_types(self, create, extracted, **kwargs):
        if extracted:
            self.crime_types.set(extracted)
            self.save()


class MeetingQuestionFactory(factory.django.DjangoModelFactory):
    page = factory.SubFactory(MeetingPageFactory)
    question = factory.Faker("sentence")
    answer = factory.Faker("paragraph")
    sort_order = factory.Sequence(int)

    class Meta:
        model = MeetingQuestion


class MeetingActionFactory(factory.django.DjangoModelFactory):
    page = factory.SubFactory(MeetingPageFactory)
    text = factory.Faker("sentence")
    sort_order = factory.Sequence(int)

    class Meta:
        model = MeetingAction
