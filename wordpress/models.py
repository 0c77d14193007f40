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

    class Meta:
        verbose_name = _("tuotu WordPress-sisältö")
        verbose_name_plural = _("tuodut WordPress-sisällöt")
        permissions = [("import_wordpress", _("Voi tuoda sisältöä WordPressistä"))]

    def __str__(self) -> str:
        return f"{self.post_type} {self.post_id}"
