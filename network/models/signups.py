"""Sign-ups: someone asking to join a network."""

from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from .. import formatting
from .networks import NetworkPage


class SignUp(models.Model):
    """Someone asking to join a network; kept for SIGNUP_RETENTION_MONTHS."""

    class Status(models.TextChoices):
        NEW = "new", _("Uusi")
        ACCEPTED = "accepted", _("Hyväksytty")
        DECLINED = "declined", _("Hylätty")

    network = models.ForeignKey(
        NetworkPage, verbose_name=_("verkosto"), on_delete=models.CASCADE, related_name="signups"
    )
    name = models.CharField(_("nimi"), max_length=150)
    organisation = models.CharField(_("organisaatio"), max_length=200)
    email = models.EmailField(_("sähköposti"), max_length=254)
    region_or_type = models.CharField(_("alue tai organisaation tyyppi"), max_length=120)
    message = models.TextField(_("viesti"), max_length=2000, blank=True)
    consent_at = models.DateTimeField(_("suostumus annettu"))
    created_at = models.DateTimeField(_("ilmoittautunut"), default=timezone.now, db_index=True)
    status = models.CharField(
        _("tila"), max_length=20, choices=Status.choices, default=Status.NEW, db_index=True
    )

    panels = [
        FieldPanel("status"),
        FieldPanel("network", read_only=True),
        FieldPanel("name"),
        FieldPanel("organisation"),
        FieldPanel("email"),
        FieldPanel("region_or_type"),
        FieldPanel("message"),
        FieldPanel("consent_at", read_only=True),
    ]

    class Meta:
        verbose_name = _("ilmoittautuminen")
        verbose_name_plural = _("ilmoittautumiset")
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                "network", Lower("email"), name="unique_signup_per_network_email"
            )
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.organisation})"

    def region_or_type_display(self) -> str:
        return formatting.region_or_type_label(self.region_or_type)

    region_or_type_display.short_description = _("alue tai tyyppi")
