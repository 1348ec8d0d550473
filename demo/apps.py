from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo site: `manage.py load_demo` and the content it loads (demo/data/*.json, demo/po/*.po).

    It stands apart because demo content is data, not behaviour: no domain app should carry
    thousands of lines of sample content, nor import its neighbours to place it. This app sits at
    the top of the layers and imports every app; nothing imports it. It has no models.
    """

    name = "demo"
    verbose_name = "Demo content"
