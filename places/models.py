"""What the ONS Postcode Directory tells us, kept small: London postcodes in full, the rest of the
UK only as "outward code → police force area" (enough to say who polices a postcode elsewhere)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Postcode(models.Model):
    """A live London postcode (ONSPD, local authority E09…) and where it is."""

    # Compact form, no space, upper case: "E84QS". Shown with its space by `display`.
    postcode = models.CharField(_("postcode"), max_length=7, primary_key=True)
    outward = models.CharField(_("outward code"), max_length=4, db_index=True)
    borough_code = models.CharField(_("local authority GSS code"), max_length=9, db_index=True)
    ward_code = models.CharField(_("ward GSS code"), max_length=9, db_index=True)
    # The postcode's centroid (WGS84); null where ONSPD has no grid reference.
    latitude = models.FloatField(_("latitude"), null=True, blank=True, db_index=True)
    longitude = models.FloatField(_("longitude"), null=True, blank=True)

    class Meta:
        verbose_name = _("postcode")
        verbose_name_plural = _("postcodes")

    def __str__(self):
        return self.display

    @property
    def display(self) -> str:
        return f"{self.postcode[:-3]} {self.postcode[-3:]}"


class OutwardForce(models.Model):
    """A police force area (ONSPD `pfa`) that has live postcodes in an outward code outside London."""

    outward = models.CharField(_("outward code"), max_length=4, db_index=True)
    force_code = models.CharField(_("police force area GSS code"), max_length=9)

    class Meta:
        verbose_name = _("outward code's police force")
        verbose_name_plural = _("outward codes' police forces")
        constraints = [models.UniqueConstraint(fields=["outward", "force_code"], name="unique_outward_force")]

    def __str__(self):
        return f"{self.outward} → {self.force_code}"
