"""Create the contact settings row, so the numbers exist before anyone opens the admin."""

from django.db import migrations


def create_row(apps, schema_editor):
    ContactSettings = apps.get_model("core", "ContactSettings")
    if not ContactSettings.objects.exists():
        ContactSettings.objects.create()


class Migration(migrations.Migration):
    dependencies = [("core", "0001_initial")]
    operations = [migrations.RunPython(create_row, migrations.RunPython.noop)]
