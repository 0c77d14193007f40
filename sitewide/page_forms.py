"""The admin form for our pages: a taken address is explained in Finnish next to the title.

Wagtail fills the slug from the title and reports a clash only on the slug field, on the
Promote ("Nosto") tab the editor is not looking at, and in English. An autosaved or abandoned
draft with the same title is the usual cause.

Every page type gets this form (`use_for_every_page_type`, from the app's ready()) unless it
declares a `base_form_class` of its own, which should then extend `PageForm`.
"""

from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import Page, get_page_models


class PageForm(WagtailAdminPageForm):
    def clean(self):
        cleaned_data = super().clean()
        slug = self.data.get(self.add_prefix("slug"), "")
        if (
            "slug" in self.errors
            and slug
            and self.parent_page is not None
            and not Page._slug_is_available(slug, self.parent_page, self.instance)
        ):
            self.explain_slug_clash(slug)
        return cleaned_data

    def explain_slug_clash(self, slug: str) -> None:
        taken_by = (
            self.parent_page.get_children()
            .filter(slug=slug)
            .exclude(pk=self.instance.pk)
            .only("title", "draft_title", "live")
            .first()
        )
        if taken_by is None:
            return
        self.errors["slug"] = self.error_class(
            [_("Osoite ”%(slug)s” on jo toisen sivun käytössä tässä osiossa.") % {"slug": slug}]
        )
        if taken_by.live:
            reason = _("Samassa osiossa on jo julkaistu sivu ”%(title)s” samalla osoitteella.")
        else:
            reason = _(
                "Samassa osiossa on jo luonnos ”%(title)s” samalla osoitteella "
                "(esimerkiksi aiemmin kesken jäänyt sivu)."
            )
        self.add_error(
            "title",
            reason % {"title": taken_by.draft_title or taken_by.title}
            + " "
            + _(
                "Muuta otsikkoa tai sivun osoitetta (Nosto-välilehti), tai jatka vanhan "
                "luonnoksen muokkaamista tai poista se."
            ),
        )


def use_for_every_page_type() -> None:
    """Give each page model that names no form of its own `PageForm`.

    Set on the page models themselves: wagtail.admin's ready(), which runs after ours, sets the
    default on `Page`.
    """
    for model in get_page_models():
        if model is Page:
            continue
        declared = any("base_form_class" in vars(cls) for cls in model.__mro__ if cls is not Page)
        if not declared:
            model.base_form_class = PageForm
