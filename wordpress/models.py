"""What an import brought in, by WordPress GUID, so that running it again updates."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ImportedItem(models.Model):
    guid = models.CharField(_("WordPress GUID"), max_length=500, unique=True)
    post_id = models.PositiveBigIntegerField(_("WordPressin tunniste"))
    post_type = models.CharField(_("tyyppi"), max_length=40)
    page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    image = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    imported_at = models.DateTimeField(auto_now=True)
    # What the import itself did to the page, so that a re-import manages only that: the view
    # restriction it created (for a `private` post) and whether it left the page live. A
    # restriction or unpublishing done in Wagtail is the editors' and stays.
    restriction = models.ForeignKey(
        "wagtailcore.PageViewRestriction",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    published = models.BooleanField(null=True, editable=False)

    class Meta:
        verbose_name = _("tuotu WordPress-sisältö")
        verbose_name_plural = _("tuodut WordPress-sisällöt")
        permissions = [("import_wordpress", _("Voi tuoda sisältöä WordPressistä"))]

    def __str__(self) -> str:
        return f"{self.post_type} {self.post_id}"


class ImportLock(models.Model):
    """One row per site, locked for the length of an import's transaction: one import (or
    preview) at a time per site. PostgreSQL: SELECT ... FOR UPDATE NOWAIT on the row; SQLite,
    which has no row locks, takes its database write lock with the same row's UPDATE."""

    site = models.OneToOneField("wagtailcore.Site", on_delete=models.CASCADE, related_name="+")
    started_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("WordPress-tuonnin lukko")
        verbose_name_plural = _("WordPress-tuonnin lukot")

    def __str__(self) -> str:
        return str(self.site_id)
