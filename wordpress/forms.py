from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _


class UploadForm(forms.Form):
    export = forms.FileField(
        label=_("WordPressin vientitiedosto (XML)"),
        help_text=_("WordPressissä: Työkalut -> Vie -> Kaikki sisältö."),
    )
    default_user = forms.ModelChoiceField(
        label=_("Kirjoittaja, kun WordPressin kirjoittajaa ei löydy käyttäjistä"),
        queryset=get_user_model().objects.filter(is_active=True).order_by("username"),
        required=False,
    )
    categories_as_keywords = forms.BooleanField(
        label=_("Tuo myös kategoriat asiasanoiksi"), required=False, initial=True
    )

    def clean_export(self):
        upload = self.cleaned_data["export"]
        limit = settings.WORDPRESS_MAX_EXPORT_SIZE
        if upload.size > limit:
            raise forms.ValidationError(
                _(
                    "Tiedosto on liian suuri (enintään %(size)s Mt). Suuremman viennin voi "
                    "tuoda palvelimella komennolla import_wordpress."
                )
                % {"size": limit // (1024 * 1024)}
            )
        return upload
