"""Organisations, regions and expert contact cards (the "Lisätietoja" people of each article)."""

import base64
import datetime
import secrets

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Prefetch
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from taggit.models import ItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.images import get_image_model
from wagtail.models import DraftStateMixin, Page, PreviewableMixin, RevisionMixin, WorkflowMixin
from wagtail.search import index

from keywords.collation import in_finnish_order
from keywords.models import Keyword
from keywords.querysets import KeywordedQuerySetMixin
from sitewide.routing import QuickViewRestrictionsMixin

from . import social
from .phone import national_format, normalise_phone

STALE_AFTER = datetime.timedelta(days=365)


class Region(models.Model):
    name = models.CharField(_("nimi"), max_length=100, unique=True)
    slug = models.SlugField(_("lyhenne osoitteessa"), max_length=100, unique=True)
    area = models.CharField(
        _("alue"),
        max_length=100,
        blank=True,
        help_text=_("Hyvinvointialue tai maakunta, johon seutu kuuluu, esim. Lappi."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("area")]

    class Meta:
        verbose_name = _("alue")
        verbose_name_plural = _("alueet")
        ordering = ["area", "name"]

    def __str__(self) -> str:
        return f"{self.name} ({self.area})" if self.area else self.name


class Organisation(index.Indexed, models.Model):
    class Type(models.TextChoices):
        WELLBEING_COUNTY = "county", _("Hyvinvointialue")
        MUNICIPALITY = "municipality", _("Kunta tai seutukunta")
        HOSPITAL_DISTRICT = "hospital", _("Sairaanhoitopiiri")
        REGIONAL_COUNCIL = "council", _("Maakunnan liitto")
        STATE_AGENCY = "avi", _("Aluehallintovirasto")
        SAMI_PARLIAMENT = "sami", _("Saamelaiskäräjät")
        NGO = "ngo", _("Järjestö tai yhdistys")
        PROJECT = "project", _("Hanke")
        OTHER = "other", _("Muu")

    name = models.CharField(_("nimi"), max_length=200, unique=True)
    slug = models.SlugField(_("lyhenne osoitteessa"), max_length=200, unique=True, blank=True)
    type = models.CharField(_("tyyppi"), max_length=20, choices=Type.choices, default=Type.OTHER)
    region = models.ForeignKey(
        Region,
        verbose_name=_("kotialue"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="organisations",
    )
    website = models.URLField(_("verkkosivut"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("type"), FieldPanel("region"), FieldPanel("website")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        verbose_name = _("organisaatio")
        verbose_name_plural = _("organisaatiot")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name)[:200] or "organisaatio"
        super().save(*args, **kwargs)


PHOTO_SPECS = ("fill-160x160",)  # as contacts/includes/contact_card.html asks


def photo_renditions():
    return get_image_model().get_rendition_model().objects.filter(filter_spec__in=PHOTO_SPECS)


CARD_TOKEN_BYTES = 12  # 16 URL-safe characters: card addresses cannot be counted through


def new_card_token() -> str:
    return secrets.token_urlsafe(CARD_TOKEN_BYTES)


class ContactCardQuerySet(KeywordedQuerySetMixin, models.QuerySet):
    def published(self):
        return self.filter(live=True)

    def on_site(self, site):
        """The cards shown on `site` (a card may be on several); none for no site."""
        if site is None:
            return self.none()
        return self.filter(sites=site)

    def for_listing(self):
        """What a card shows, in a fixed number of queries whatever the count."""
        return self.select_related(
            "organisation", "organisation__region", "photo"
        ).prefetch_related("keywords", Prefetch("photo__renditions", queryset=photo_renditions()))

    def stale(self, today: datetime.date | None = None):
        """Cards whose details nobody has checked for over a year."""
        today = today or timezone.localdate()
        return self.filter(last_checked__lt=today - STALE_AFTER)


class ContactCardKeyword(ItemBase):
    tag = models.ForeignKey(Keyword, on_delete=models.CASCADE, related_name="contact_cards")
    content_object = ParentalKey(
        "contacts.ContactCard", on_delete=models.CASCADE, related_name="keyword_items"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["content_object", "tag"], name="unique_card_keyword")
        ]


class ContactCard(
    WorkflowMixin, DraftStateMixin, RevisionMixin, PreviewableMixin, index.Indexed, ClusterableModel
):
    """A person's name, email and phone on the public site: published through the moderation
    workflow like pages (migration contacts 0003 assigns it), so an editor submits and a
    moderator publishes."""

    name = models.CharField(_("nimi"), max_length=150)
    job_title = models.CharField(
        _("tehtävänimike"), max_length=150, help_text=_("Esim. Osallisuuskoordinaattori")
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisaatio"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="contact_cards",
    )
    email = models.EmailField(_("sähköposti"), blank=True)
    phone = models.CharField(
        _("puhelin"),
        max_length=32,
        blank=True,
        help_text=_("Esim. 050 123 4567; tallennetaan kansainvälisessä muodossa."),
    )
    x_handle = models.CharField(_("X (Twitter)"), max_length=100, blank=True)
    mastodon_url = models.CharField(_("Mastodon"), max_length=200, blank=True)
    bluesky_handle = models.CharField(_("Bluesky"), max_length=100, blank=True)
    linkedin_url = models.CharField(_("LinkedIn"), max_length=200, blank=True)
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("kuva"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    photo_alt = models.CharField(_("kuvan vaihtoehtoinen teksti"), max_length=250, blank=True)
    expertise = models.TextField(
        _("osaaminen"), max_length=1000, blank=True, help_text=_("Lyhyesti: mistä voi kysyä.")
    )
    keywords = ClusterTaggableManager(
        through=ContactCardKeyword, blank=True, verbose_name=_("asiasanat")
    )
    # An expert who serves two counties has one card, shown on both sites' pages and directories.
    sites = ParentalManyToManyField(
        "wagtailcore.Site",
        verbose_name=_("sivustot"),
        related_name="contact_cards",
        help_text=_("Alueiden sivustot, joilla kortti näkyy."),
    )
    # The card's address (/asiantuntijat/kortti/<token>/): random, unlike the id, so that
    # nobody can walk every card by counting.
    token = models.CharField(max_length=32, unique=True, default=new_card_token, editable=False)
    last_checked = models.DateField(
        _("tiedot tarkistettu"),
        default=timezone.localdate,
        help_text=_("Päivä, jolloin yhteystiedot on viimeksi varmistettu."),
    )

    objects = ContactCardQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldPanel("job_title"),
        FieldPanel("organisation"),
        MultiFieldPanel([FieldPanel("email"), FieldPanel("phone")], heading=_("Yhteystiedot")),
        MultiFieldPanel(
            [
                FieldPanel("x_handle"),
                FieldPanel("mastodon_url"),
                FieldPanel("bluesky_handle"),
                FieldPanel("linkedin_url"),
            ],
            heading=_("Sosiaalinen media"),
        ),
        MultiFieldPanel([FieldPanel("photo"), FieldPanel("photo_alt")], heading=_("Kuva")),
        FieldPanel("expertise"),
        FieldPanel("keywords"),
        FieldPanel("sites", widget=forms.CheckboxSelectMultiple),
        FieldPanel("last_checked"),
    ]
    # Email and phone stay out of the search index: deleting a card must leave no copy behind.
    search_fields = [
        index.SearchField("name"),
        index.SearchField("job_title"),
        index.SearchField("expertise"),
        index.AutocompleteField("name"),
        index.FilterField("live"),
        # The admin's card chooser searches only the user's sites' cards (contacts.card_access).
        index.FilterField("id"),
    ]

    class Meta:
        verbose_name = _("yhteystietokortti")
        verbose_name_plural = _("yhteystietokortit")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def clean(self):
        super().clean()
        errors = {}
        cleaners = {
            "phone": normalise_phone,
            "x_handle": social.clean_x,
            "mastodon_url": social.clean_mastodon,
            "bluesky_handle": social.clean_bluesky,
            "linkedin_url": social.clean_linkedin,
        }
        for field, cleaner in cleaners.items():
            value = getattr(self, field)
            if value:
                try:
                    setattr(self, field, cleaner(value))
                except ValidationError as error:
                    errors[field] = error
        if self.photo_id and not self.photo_alt.strip():
            errors["photo_alt"] = ValidationError(_("Kirjoita kuvalle vaihtoehtoinen teksti."))
        if errors:
            raise ValidationError(errors)

    # What the public card shows.
    @property
    def phone_display(self) -> str:
        return national_format(self.phone) if self.phone else ""

    @property
    def email_code(self) -> str:
        """The address XOR-ed with the card's token, in base64: no address in the page.

        static/js/email.js decodes it only when the visitor asks to see the address.
        """
        key = self.token.encode()
        data = bytes(b ^ key[i % len(key)] for i, b in enumerate(self.email.encode()))
        return base64.b64encode(data).decode()

    def social_links(self) -> list[tuple[str, str, str]]:
        """(service, URL, label) for each profile the card has."""
        links = []
        if self.x_handle:
            links.append(("X", f"https://x.com/{self.x_handle}", f"@{self.x_handle}"))
        if self.mastodon_url:
            links.append(("Mastodon", self.mastodon_url, self.mastodon_url.split("://", 1)[-1]))
        if self.bluesky_handle:
            links.append(
                (
                    "Bluesky",
                    f"https://bsky.app/profile/{self.bluesky_handle}",
                    f"@{self.bluesky_handle}",
                )
            )
        if self.linkedin_url:
            links.append(("LinkedIn", self.linkedin_url, self.linkedin_url.split("://", 1)[-1]))
        return links

    def sorted_keywords(self):
        return in_finnish_order(self.keywords.all())

    def json_ld(self) -> dict:
        data = {"@context": "https://schema.org", "@type": "Person", "name": self.name}
        if self.job_title:
            data["jobTitle"] = self.job_title
        if self.organisation:
            data["worksFor"] = {"@type": "Organization", "name": self.organisation.name}
            if self.organisation.website:
                data["worksFor"]["url"] = self.organisation.website
        if self.phone:
            data["telephone"] = self.phone
        if links := self.social_links():
            data["sameAs"] = [url for _service, url, _label in links]
        return data

    def get_absolute_url(self) -> str:
        return reverse("contact_card", kwargs={"token": self.token})

    def get_email_url(self) -> str:
        return reverse("contact_card_email", kwargs={"token": self.token})

    def get_vcard_url(self) -> str:
        return reverse("contact_card_vcard", kwargs={"token": self.token})

    def get_preview_template(self, request, mode_name):
        return "contacts/contact_card_preview.html"


class ContactDirectoryPage(QuickViewRestrictionsMixin, Page):
    intro = models.TextField(_("johdanto"), blank=True, max_length=1000)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    max_count = 1
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("asiantuntijahakemisto")
        verbose_name_plural = _("asiantuntijahakemistot")

    def get_context(self, request, *args, **kwargs):
        from .directory import directory_context

        context = super().get_context(request, *args, **kwargs)
        context.update(directory_context(request))
        return context
