"""Plain text pages and the accessibility statement with its feedback messages."""

import datetime

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index


class StandardPage(Page):
    """A plain text page: the privacy notice, "about the site" and the like."""

    body = RichTextField(
        _("sisältö"), features=["h2", "h3", "bold", "italic", "link", "document-link", "ol", "ul"]
    )

    content_panels = Page.content_panels + [FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("body")]

    class Meta:
        verbose_name = _("tekstisivu")
        verbose_name_plural = _("tekstisivut")


class AccessibilityStatementPage(RoutablePageMixin, Page):
    """The accessibility statement that the Act on the Provision of Digital Services (306/2019)
    requires, with a feedback channel whose messages editors answer within 14 days."""

    class Conformance(models.TextChoices):
        FULL = "full", _("täyttää kriittiset saavutettavuusvaatimukset")
        PARTIAL = "partial", _("täyttää osittain kriittiset saavutettavuusvaatimukset")
        NONE = "none", _("ei täytä kriittisiä saavutettavuusvaatimuksia")

    conformance = models.CharField(
        _("vaatimustenmukaisuus"), max_length=10, choices=Conformance.choices
    )
    intro = RichTextField(_("johdanto"), features=["bold", "italic", "link"], blank=True)
    known_gaps = RichTextField(
        _("saavutettavuuden puutteet ja vaihtoehdot"),
        features=["h3", "bold", "italic", "link", "ul", "ol"],
        blank=True,
        help_text=_("Mitkä sisällöt eivät ole saavutettavia, miksi, ja miten tiedon saa muuten."),
    )
    statement_date = models.DateField(_("seloste laadittu"))
    reviewed_date = models.DateField(_("seloste päivitetty"))
    assessment = models.TextField(
        _("arvioinnin tapa"),
        blank=True,
        help_text=_("Esim. itsearviointi ja automaattiset testit."),
    )
    feedback_contact = RichTextField(_("palautekanava"), features=["bold", "link"])
    supervisory_authority = RichTextField(
        _("valvontaviranomainen"), features=["bold", "link"], help_text=_("Yhteystiedot.")
    )
    enforcement_procedure = RichTextField(
        _("täytäntöönpanomenettely"), features=["bold", "italic", "link", "ul"]
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("conformance"),
        FieldPanel("known_gaps"),
        FieldPanel("assessment"),
        FieldPanel("statement_date"),
        FieldPanel("reviewed_date"),
        FieldPanel("feedback_contact"),
        FieldPanel("supervisory_authority"),
        FieldPanel("enforcement_procedure"),
    ]
    max_count = 1
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("saavutettavuusseloste")
        verbose_name_plural = _("saavutettavuusselosteet")

    @path("")
    def statement(self, request):
        from .feedback import handle_feedback

        return handle_feedback(request, self)

    @path("kiitos/")
    def thanks(self, request):
        return self.render(request, template="pages/feedback_thanks.html")


class FeedbackMessage(models.Model):
    """Accessibility feedback; saved before anyone is emailed, answered within 14 days."""

    ANSWER_WITHIN = datetime.timedelta(days=14)

    class Status(models.TextChoices):
        NEW = "new", _("uusi")
        ANSWERED = "answered", _("vastattu")

    message = models.TextField(_("palaute"), max_length=5000)
    page_address = models.CharField(_("sivu, jota palaute koskee"), max_length=500, blank=True)
    name = models.CharField(_("nimi"), max_length=150, blank=True)
    email = models.EmailField(_("sähköposti"), blank=True)
    created_at = models.DateTimeField(_("saapunut"), auto_now_add=True)
    due_date = models.DateField(_("vastattava viimeistään"), editable=False)
    status = models.CharField(_("tila"), max_length=10, choices=Status.choices, default=Status.NEW)
    answered_note = models.TextField(_("muistiinpano vastauksesta"), blank=True)
    # The site whose accessibility statement took it: that site's moderators handle it.
    site = models.ForeignKey(
        "wagtailcore.Site",
        verbose_name=_("sivusto"),
        on_delete=models.SET_NULL,
        null=True,
        editable=False,
        related_name="feedback_messages",
    )

    panels = [
        FieldPanel("status"),
        FieldPanel("answered_note"),
        FieldPanel("message", read_only=True),
        FieldPanel("page_address", read_only=True),
        FieldPanel("name", read_only=True),
        FieldPanel("email", read_only=True),
    ]

    class Meta:
        verbose_name = _("saavutettavuuspalaute")
        verbose_name_plural = _("saavutettavuuspalautteet")
        ordering = ["status", "due_date", "pk"]
        # Given to Moderaattorit by migration 0003; read by pages.feedback_permissions.
        permissions = [("handle_feedback", "Saa käsitellä saavutettavuuspalautetta")]

    def __str__(self) -> str:
        return self.message[:60]

    def save(self, *args, **kwargs):
        if not self.due_date:
            self.due_date = timezone.localdate() + self.ANSWER_WITHIN
        super().save(*args, **kwargs)
