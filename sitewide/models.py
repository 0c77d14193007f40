from django import forms
from django.conf import settings
from django.db import models
from django.db.models import Q
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Locale, Page, Site


@register_setting(icon="lock")
class PrivacySettings(BaseSiteSetting):
    """Which page is the privacy notice that forms asking for personal data link to."""

    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("tietosuojaseloste"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Sivu, johon henkilötietoja kysyvät lomakkeet linkittävät."),
    )

    panels = [FieldPanel("privacy_page")]

    class Meta:
        verbose_name = _("tietosuoja")

    @classmethod
    def page_for_request(cls, request) -> Page | None:
        """The request's site's privacy notice while it is live; None when there is none."""
        site = Site.find_for_request(request)
        if site is None:
            return None
        setting = cls.objects.filter(site=site).select_related("privacy_page").first()
        page = setting.privacy_page if setting is not None else None
        return page if page is not None and page.live else None


def _default_site_languages() -> list[str]:
    from .languages import DEFAULT_SITE_LANGUAGES

    return list(DEFAULT_SITE_LANGUAGES)


class SiteLanguagesForm(WagtailAdminModelForm):
    languages = forms.MultipleChoiceField(
        label=_("sisällön kielet"),
        choices=settings.LANGUAGES,
        widget=forms.CheckboxSelectMultiple,
        help_text=_(
            "Kielet, joilla sivusto julkaisee sisältöä. Suomi on aina mukana: jokainen sivu on "
            "olemassa suomeksi. Kieli, jota sivusto ei tarjoa, ei näy kielivalikossa ja sen "
            "osoitteet vastaavat 404."
        ),
    )

    def clean_languages(self) -> list[str]:
        from .languages import normalise

        return normalise(self.cleaned_data["languages"])


@register_setting(icon="globe")
class SiteLanguages(BaseSiteSetting):
    """Which content languages one site offers (`sitewide.languages.site_languages`)."""

    languages = models.JSONField(_("sisällön kielet"), default=_default_site_languages)

    base_form_class = SiteLanguagesForm
    panels = [FieldPanel("languages")]

    class Meta:
        verbose_name = _("sivuston kielet")


def is_privacy_notice(page: Page) -> bool:
    """Whether `page` is a site's privacy notice, a translation of it, or one of its ancestors
    (whose move or rename changes the notice's address). Checked when a page changes; at a
    delete, Wagtail's unpublish signal comes before the setting loses the page."""
    return PrivacySettings.objects.filter(
        Q(privacy_page__path__startswith=page.path)
        | Q(privacy_page__translation_key=page.translation_key)
    ).exists()


class LocaleFallbackMixin:
    """Routes to the default language's page when a translated tree lacks the requested page.

    So `/sv/uutiset/<slug>/` shows the Finnish article (with a note from the base template)
    until an editor publishes its Swedish translation.
    """

    def route(self, request, path_components):
        try:
            return super().route(request, path_components)
        except Http404:
            default = Locale.get_default()
            if self.locale_id == default.pk:
                raise
            original = self.get_translation_or_none(default)
            if original is None or not original.live:
                raise
            return original.specific.route(request, path_components)


class SiteEditors(models.Model):
    """Who edits and moderates one site: its pair of groups, its image and document
    collection and its page moderation workflow (made by `sitewide.permissions.
    ensure_site_groups`). The link, not the group's name, says which site a group is for."""

    site = models.OneToOneField(
        Site, on_delete=models.CASCADE, related_name="editing", verbose_name=_("sivusto")
    )
    editors = models.ForeignKey(
        "auth.Group",
        on_delete=models.SET_NULL,
        null=True,
        related_name="sites_edited",
        verbose_name=_("toimittajat"),
    )
    moderators = models.ForeignKey(
        "auth.Group",
        on_delete=models.SET_NULL,
        null=True,
        related_name="sites_moderated",
        verbose_name=_("moderaattorit"),
    )
    collection = models.ForeignKey(
        "wagtailcore.Collection",
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("kuvien ja tiedostojen kokoelma"),
    )
    workflow = models.ForeignKey(
        "wagtailcore.Workflow",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("moderointi"),
    )

    class Meta:
        verbose_name = _("sivuston toimittajat")
        verbose_name_plural = _("sivustojen toimittajat")

    def __str__(self) -> str:
        return str(self.site)
