import factory
import wagtail_factories
from wagtail.models import Locale

from boroughs.models import Bcu, BoroughIndexPage, BoroughPage, FrontCounter


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
