from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
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
