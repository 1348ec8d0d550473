import factory
import wagtail_factories

from concerns.models import ConcernFormField, ConcernFormPage, ConcernSubmission, SurveyPage, SurveyResponse


class ConcernFormPageFactory(wagtail_factories.PageFactory):
    title = "Tell us what worries you"
    slug = "tell-us"
    introduction = factory.Faker("sentence")

    class Meta:
        model = ConcernFormPage


class ConcernFormFieldFactory(factory.django.DjangoModelFactory):
    page = factory.SubFactory(ConcernFormPageFactory)
    label = factory.Sequence(lambda n: f"Extra question {n}")
    field_type = "singleline"
    required = False

    class Meta:
        model = ConcernFormField


class SurveyPageFactory(wagtail_factories.PageFactory):
    title = "Priority survey"
    slug = "priority-survey"
    introduction = factory.Faker("sentence")

    class Meta:
        model = SurveyPage


class ConcernSubmissionFactory(factory.django.DjangoModelFactory):
    """A stored concern (made directly, not through the form)."""

    page = None
    form_translation_key = factory.LazyAttribute(lambda o: o.page.translation_key)
    description = factory.Faker("paragraph")
    location = factory.Faker("street_name")
    happens_when = "Evenings"
    name = factory.Faker("name")
    email = factory.Sequence(lambda n: f"resident{n}@example.org")
    phone = "020 7946 0123"
    consent = True
    token = factory.Sequence(lambda n: f"test-token-{n}")
    reference = factory.Sequence(lambda n: f"TST-2026-{n:06d}")
    form_data = factory.LazyFunction(dict)

    class Meta:
        model = ConcernSubmission

    @classmethod
    def _create(cls, model_class, *args, submit_time=None, **kwargs):
        obj = super()._create(model_class, *args, **kwargs)
        if submit_time is not None:
            model_class.objects.filter(pk=obj.pk).update(submit_time=submit_time)
            obj.submit_time = submit_time
        return obj


class SurveyResponseFactory(factory.django.DjangoModelFactory):
    page = None
    form_translation_key = factory.LazyAttribute(lambda o: o.page.translation_key)
    token = factory.Sequence(lambda n: f"survey-token-{n}")
    comment = factory.Faker("sentence")

    class Meta:
        model = SurveyResponse

    @classmethod
    def _create(cls, model_class, *args, submit_time=None, **kwargs):
        obj = super()._create(model_class, *args, **kwargs)
        if submit_time is not None:
            model_class.objects.filter(pk=obj.pk).update(submit_time=submit_time)
            obj.submit_time = submit_time
        return obj
