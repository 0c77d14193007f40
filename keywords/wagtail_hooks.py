from django.contrib import messages
from django.shortcuts import redirect
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from taggit.managers import TaggableManager
from wagtail import hooks
from wagtail.admin.forms.models import register_form_field_override
from wagtail.admin.forms.tags import TagField
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import NumberColumn
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet, SnippetViewSetGroup

from . import governance
from .forms import KeywordAdminForm, KeywordTagField, SynonymAdminForm
from .models import Keyword, KeywordSynonym
from .views import MERGE_PERMISSION, KeywordDeleteView, merge_view


class KeywordIndexView(IndexView):
    def order_queryset(self, queryset):
        # The name column sorts the Finnish way (a..z, å, ä, ö), not by code point.
        if self.ordering in ("name", "-name"):
            return queryset.order_by(self.ordering.replace("name", "sort_key"), "pk")
        return super().order_queryset(queryset)


class KeywordViewSet(SnippetViewSet):
    model = Keyword
    icon = "tag"
    menu_label = gettext_lazy("Asiasanat")
    list_display = [
        "name",
        "slug",
        NumberColumn("news_count", label=gettext_lazy("Uutiset"), sort_key="news_count"),
        NumberColumn("card_count", label=gettext_lazy("Kortit"), sort_key="card_count"),
        NumberColumn("network_count", label=gettext_lazy("Verkostot"), sort_key="network_count"),
        NumberColumn("event_count", label=gettext_lazy("Tapahtumat"), sort_key="event_count"),
    ]
    # Django's ORM, not the search backend: the annotated listing is no index query
    # (on SQLite the backend answered "no such column: name").
    search_fields = ["name", "slug", "synonyms__name"]
    search_backend_name = None
    ordering = ["sort_key", "pk"]
    index_view_class = KeywordIndexView
    delete_view_class = KeywordDeleteView
    delete_template_name = "keywords/admin/confirm_delete.html"
    edit_handler = ObjectList(
        [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")],
        base_form_class=KeywordAdminForm,
    )

    def get_queryset(self, request):
        return governance.with_usage_counts(Keyword.objects.all()).distinct()


class SynonymViewSet(SnippetViewSet):
    model = KeywordSynonym
    icon = "tag"
    menu_label = gettext_lazy("Synonyymit")
    list_display = ["name", "keyword"]
    search_fields = ["name", "keyword__name"]
    search_backend_name = None
    edit_handler = ObjectList(
        [FieldPanel("name"), FieldPanel("keyword")], base_form_class=SynonymAdminForm
    )

    def get_queryset(self, request):
        return KeywordSynonym.objects.select_related("keyword")


class KeywordGroup(SnippetViewSetGroup):
    menu_label = gettext_lazy("Asiasanat")
    menu_icon = "tag"
    menu_order = 300
    items = (KeywordViewSet, SynonymViewSet)


register_snippet(KeywordGroup)


# The keyword field on pages and cards turns synonyms into their keywords.
register_form_field_override(
    TaggableManager,
    override=lambda db_field: {
        "form_class": KeywordTagField if db_field.related_model is Keyword else TagField,
        "tag_model": db_field.related_model,
    },
)


@hooks.register("insert_global_admin_js")
def keyword_field_js():
    return format_html('<script src="{}"></script>', static("keywords/tag-field.js"))


@hooks.register("register_admin_urls")
def keyword_admin_urls():
    return [path("keywords/merge/", merge_view, name="keywords_merge")]


@hooks.register("register_bulk_action")
class MergeBulkAction(SnippetBulkAction):
    display_name = gettext_lazy("Yhdistä")
    aria_label = gettext_lazy("Yhdistä valitut asiasanat")
    action_type = "merge"
    template_name = "keywords/admin/merge.html"
    models = [Keyword]
    action_priority = 20

    def check_perm(self, obj):
        return self.request.user.has_perm(MERGE_PERMISSION)

    def get(self, request, *args, **kwargs):
        ids = "&".join(f"source={pk}" for pk in request.GET.getlist("id") if pk.isdigit())
        return redirect(reverse("keywords_merge") + "?" + ids)

    @classmethod
    def execute_action(cls, objects, **kwargs):
        return 0, 0


@hooks.register("before_delete_snippet")
def delete_keywords_one_at_a_time(request, instances):
    """Several keywords at once would skip the usage review and the 410/redirect choice."""
    if instances and isinstance(instances[0], Keyword) and len(instances) > 1:
        messages.warning(
            request,
            _(
                "Poista asiasanat yksi kerrallaan, niin näet niiden käytön. Useita asiasanoja "
                "voi yhdistää toiseen."
            ),
        )
        return redirect(reverse("wagtailsnippets_keywords_keyword:list"))
    if (
        instances
        and isinstance(instances[0], Keyword)
        and request.resolver_match.url_name != "delete"
    ):
        return redirect(reverse("wagtailsnippets_keywords_keyword:delete", args=[instances[0].pk]))
    return None


@hooks.register("register_log_actions")
def keyword_log_actions(actions):
    actions.register_action(
        "keywords.merge", gettext_lazy("Yhdistä asiasanat"), gettext_lazy("Asiasana yhdistetty")
    )
    actions.register_action(
        "keywords.rename",
        gettext_lazy("Nimeä asiasana"),
        gettext_lazy("Asiasana nimetty uudelleen"),
    )
