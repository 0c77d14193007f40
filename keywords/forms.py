"""Admin forms for keywords: edit (with clash and rename rules), merge, delete."""

from django import forms
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.forms.tags import TagField
from wagtail.log_actions import log

from .models import Keyword, KeywordSynonym


def _clash_message(other: Keyword, keyword: Keyword | None):
    if keyword is not None and keyword.pk:
        merge_url = reverse("keywords_merge") + f"?source={keyword.pk}&target={other.pk}"
        return format_html(
            _(
                "Asiasana ”{name}” on jo olemassa. Voit "
                '<a href="{url}">yhdistää tämän asiasanan siihen</a>.'
            ),
            name=other.name,
            url=merge_url,
        )
    return format_html(
        _("Asiasana ”{name}” on jo olemassa. Käytä sitä, tai nimeä uusi asiasana toisin."),
        name=other.name,
    )


class KeywordAdminForm(WagtailAdminModelForm):
    """A name another keyword has (in any case) or a synonym's name is a friendly error that
    offers a merge; renaming renews the slug unless the editor set one."""

    def clean_name(self):
        name = " ".join(self.cleaned_data["name"].split())
        others = Keyword.objects.exclude(pk=self.instance.pk)
        other = others.filter(name__iexact=name).first()
        if other is not None:
            raise forms.ValidationError(_clash_message(other, self.instance))
        synonym = KeywordSynonym.objects.filter(name__iexact=name).select_related("keyword")
        synonym = synonym.first()
        if synonym is not None and synonym.keyword_id != self.instance.pk:
            raise forms.ValidationError(
                _("”%(name)s” on asiasanan ”%(keyword)s” synonyymi.")
                % {"name": name, "keyword": synonym.keyword.name}
            )
        return name

    def clean(self):
        cleaned = super().clean()
        name = cleaned.get("name")
        if "slug" in self.fields:
            slug = cleaned.get("slug")
            renamed = self.instance.pk and name and name != self.instance.name
            if not slug or (renamed and slug == self.instance.slug):
                slug = self.instance._free_slug(Keyword().slugify(name or ""))
                cleaned["slug"] = slug
            if slug and Keyword.objects.exclude(pk=self.instance.pk).filter(slug=slug).exists():
                self.add_error(
                    "slug" if not renamed else "name",
                    _("Osoitteen tunniste ”%(slug)s” on jo toisen asiasanan käytössä.")
                    % {"slug": slug},
                )
        return cleaned

    def save(self, commit=True):
        old_name = None
        if self.instance.pk:
            old_name = Keyword.objects.filter(pk=self.instance.pk).values_list("name", flat=True)
            old_name = old_name.first()
        keyword = super().save(commit=commit)
        if commit and old_name and old_name != keyword.name:
            log(
                instance=keyword,
                action="keywords.rename",
                user=getattr(self, "for_user", None),
                data={"old_name": old_name, "new_name": keyword.name},
            )
        return keyword


class SynonymAdminForm(WagtailAdminModelForm):
    def clean_name(self):
        name = " ".join(self.cleaned_data["name"].split())
        keyword = Keyword.objects.filter(name__iexact=name).first()
        if keyword is not None:
            raise forms.ValidationError(
                _("”%(name)s” on jo asiasana. Yhdistä asiasanat, jos ne tarkoittavat samaa.")
                % {"name": keyword.name}
            )
        others = KeywordSynonym.objects.exclude(pk=self.instance.pk)
        if others.filter(name__iexact=name).exists():
            raise forms.ValidationError(_("Tämä synonyymi on jo olemassa."))
        return name


class KeywordChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.name


class MergeForm(forms.Form):
    sources = forms.ModelMultipleChoiceField(
        label=gettext_lazy("Yhdistettävät asiasanat"),
        queryset=Keyword.objects.in_finnish_order(),
        widget=forms.SelectMultiple(attrs={"size": 10}),
        help_text=gettext_lazy("Nämä asiasanat poistuvat; niiden osoitteet ohjautuvat kohteeseen."),
    )
    target = KeywordChoiceField(
        label=gettext_lazy("Kohde"),
        queryset=Keyword.objects.in_finnish_order(),
        help_text=gettext_lazy("Asiasana, joka jää käyttöön."),
    )

    def clean(self):
        cleaned = super().clean()
        sources, target = cleaned.get("sources"), cleaned.get("target")
        if sources is not None and target is not None:
            remaining = [source for source in sources if source.pk != target.pk]
            if not remaining:
                raise forms.ValidationError(_("Valitse ainakin yksi muu asiasana kuin kohde."))
            cleaned["sources"] = remaining
        return cleaned


class DeleteForm(forms.Form):
    replacement = KeywordChoiceField(
        label=gettext_lazy("Korvaava asiasana"),
        queryset=Keyword.objects.in_finnish_order(),
        required=False,
        empty_label=gettext_lazy("Ei korvaavaa: osoite vastaa ”poistettu” (410)"),
        help_text=gettext_lazy(
            "Jos valitset korvaavan asiasanan, sisällöt saavat sen ja vanha osoite ohjautuu siihen."
        ),
    )
    confirm = forms.BooleanField(
        label=gettext_lazy("Ymmärrän, että asiasana poistuu myös julkaistuilta sivuilta."),
        required=False,
    )

    def __init__(self, *args, keyword: Keyword, usage_count: int, **kwargs):
        super().__init__(*args, **kwargs)
        self.usage_count = usage_count
        self.fields["replacement"].queryset = Keyword.objects.in_finnish_order().exclude(
            pk=keyword.pk
        )
        if not usage_count:
            del self.fields["confirm"]

    def clean(self):
        cleaned = super().clean()
        if self.usage_count and not cleaned.get("replacement") and not cleaned.get("confirm"):
            self.add_error(
                "confirm",
                _("Asiasana on käytössä. Vahvista poisto tai valitse korvaava asiasana."),
            )
        return cleaned


class KeywordTagField(TagField):
    """The keyword field on pages and cards: a synonym becomes its keyword ("sote" ->
    "sosiaali- ja terveyspalvelut"), and a name in other case the existing keyword's name."""

    def clean(self, value):
        names = super().clean(value)
        result: list[str] = []
        for name in names:
            keyword = Keyword.objects.by_name_or_synonym(name)
            resolved = keyword.name if keyword else name
            if resolved.lower() not in {existing.lower() for existing in result}:
                result.append(resolved)
        return result
