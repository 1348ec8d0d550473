import datetime

import factory
import wagtail_factories
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from strategy.models import StrategyCommitment, StrategyDocument, StrategyIndexPage, StrategyPage


class StrategyIndexPageFactory(wagtail_factories.PageFactory):
    title = "Strategy"
    slug = "strategy"
    introduction = factory.Faker("sentence")

    class Meta:
        model = StrategyIndexPage


class StrategyPageFactory(wagtail_factories.PageFactory):
    title = factory.Faker("sentence", nb_words=4)
    summary = factory.Faker("paragraph")
    publication_date = factory.LazyFunction(lambda: datetime.date(2025, 12, 1))
    status = StrategyPage.Status.ADOPTED

    class Meta:
        model = StrategyPage


class StrategyCommitmentFactory(factory.django.DjangoModelFactory):
    page = factory.SubFactory(StrategyPageFactory)
    title = factory.Faker("sentence", nb_words=4)
    description = factory.Faker("paragraph")
    sort_order = factory.Sequence(int)

    class Meta:
        model = StrategyCommitment


class DocumentFactory(factory.django.DjangoModelFactory):
    title = factory.Faker("sentence", nb_words=3)
    file = factory.LazyAttribute(lambda o: ContentFile(b"x" * o.size, name=f"file.{o.extension}"))
    file_size = factory.SelfAttribute("size")

    class Meta:
        model = get_document_model()

    class Params:
        size = 1024
        extension = "pdf"


class StrategyDocumentFactory(factory.django.DjangoModelFactory):
    page = factory.SubFactory(StrategyPageFactory)
    document = factory.SubFactory(DocumentFactory)
    sort_order = factory.Sequence(int)

    class Meta:
        model = StrategyDocument
