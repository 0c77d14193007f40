"""What makes the site the editors' own: organisation name, logo, favicon, header colour and
footer contacts, set per site in the admin (Asetukset → Sivuston tunnus)."""

import os

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField

from .colours import DEFAULT_HEADER_COLOUR, HEADER_COLOUR_CHOICES
from .svg import UnsafeSvg, sanitise_svg

MAX_IMAGE_BYTES = 512 * 1024
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
DEFAULT_ORGANISATION_NAME = "Osallisuus"


def _kind(upload) -> str:
    """ "svg" or "png" by content (the name is only a hint); ValidationError otherwise."""
    if upload.size > MAX_IMAGE_BYTES:
        raise ValidationError(_("Kuva on liian suuri (enintään 512 kt)."))
    upload.seek(0)
    head = upload.read(1024)
    upload.seek(0)
    if head.startswith(PNG_SIGNATURE):
        return "png"
    if b"<svg" in head or (head.lstrip().startswith(b"<?xml") and b"<svg" in upload.read()):
        upload.seek(0)
        return "svg"
    raise ValidationError(_("Kuvan pitää olla SVG- tai PNG-tiedosto."))


def validate_svg_or_png(upload) -> None:
    if _kind(upload) == "svg":
        try:
            sanitise_svg(upload.read())
        except UnsafeSvg as error:
            raise ValidationError(_("SVG-tiedostoa ei voitu lukea.")) from error
        finally:
            upload.seek(0)


@register_setting(icon="site")
class SiteIdentity(BaseSiteSetting):
    organisation_name = models.CharField(
        _("organisaation nimi"),
        max_length=120,
        default=DEFAULT_ORGANISATION_NAME,
        help_text=_("Näkyy sivun yläreunassa, alatunnisteessa ja selaimen välilehdellä."),
    )
    logo = models.FileField(
        _("logo"),
        upload_to="identity/",
        blank=True,
        validators=[validate_svg_or_png],
        help_text=_(
            "SVG tai PNG, enintään 512 kt. SVG:stä poistetaan skriptit ja ulkoiset viittaukset."
        ),
    )
    favicon = models.FileField(
        _("selaimen välilehden kuvake"),
        upload_to="identity/",
        blank=True,
        validators=[validate_svg_or_png],
        help_text=_("Neliön muotoinen SVG tai PNG (esim. 180 × 180 px)."),
    )
    header_colour = models.CharField(
        _("yläreunan väri"),
        max_length=40,
        choices=HEADER_COLOUR_CHOICES,
        default=DEFAULT_HEADER_COLOUR,
        help_text=_("Suomi.fi-värejä, joilla valkoinen teksti on saavutettavan kontrastinen."),
    )
    footer_contacts = RichTextField(
        _("yhteystiedot alatunnisteessa"),
        features=["bold", "link"],
        blank=True,
        help_text=_("Esim. osoite, sähköposti ja puhelinnumero."),
    )

    panels = [
        FieldPanel("organisation_name"),
        FieldPanel("logo"),
        FieldPanel("favicon"),
        FieldPanel("header_colour"),
        FieldPanel("footer_contacts"),
    ]

    class Meta:
        verbose_name = _("sivuston tunnus")
        verbose_name_plural = _("sivuston tunnukset")

    def save(self, *args, **kwargs):
        for field in (self.logo, self.favicon):
            if field and not getattr(field, "_committed", True):
                field.seek(0)
                data = field.read()
                field.seek(0)
                base = os.path.splitext(os.path.basename(field.name))[0] or "kuva"
                if data.startswith(PNG_SIGNATURE):
                    field.save(base + ".png", ContentFile(data), save=False)
                else:
                    field.save(base + ".svg", ContentFile(sanitise_svg(data)), save=False)
        super().save(*args, **kwargs)

    @property
    def favicon_type(self) -> str:
        if self.favicon and self.favicon.name.endswith(".png"):
            return "image/png"
        return "image/svg+xml"
