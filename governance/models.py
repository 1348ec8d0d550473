"""Which Django groups are managed roles, stated in the database rather than in group names.

`BoroughGroup` ties a group to one borough (its editors or its concern handlers); `SiteGroup`
marks the two site-wide roles. `manage.py setup_roles` creates and repairs both; renaming a group
in the admin changes nothing about what it may do.
"""

from django.contrib.auth.models import Group
from django.db import models
from django.utils.translation import gettext_lazy as _


class BoroughRole(models.TextChoices):
    EDITORS = "editors", _("Editors")
    HANDLERS = "handlers", _("Concern handlers")


class SiteRole(models.TextChoices):
    CENTRAL = "central", _("Central communications")
    TRANSLATORS = "translators", _("Translators")


class BoroughGroup(models.Model):
    """A group whose members act for one borough: its editors or its concern handlers."""

    group = models.OneToOneField(Group, verbose_name=_("group"), on_delete=models.CASCADE, related_name="borough_role")
    borough = models.ForeignKey(
        "boroughs.BoroughPage", verbose_name=_("borough"), on_delete=models.CASCADE, related_name="+"
    )
    role = models.CharField(_("role"), max_length=20, choices=BoroughRole.choices)

    class Meta:
        verbose_name = _("borough group")
        verbose_name_plural = _("borough groups")
        constraints = [models.UniqueConstraint(fields=["borough", "role"], name="unique_borough_role")]

    def __str__(self):
        return f"{self.borough_id}: {self.get_role_display()}"


class SiteGroup(models.Model):
    """A group with a site-wide role: Central communications or Translators (one group each)."""

    group = models.OneToOneField(Group, verbose_name=_("group"), on_delete=models.CASCADE, related_name="site_role")
    role = models.CharField(_("role"), max_length=20, choices=SiteRole.choices, unique=True)

    class Meta:
        verbose_name = _("site-wide group")
        verbose_name_plural = _("site-wide groups")

    def __str__(self):
        return self.get_role_display()
