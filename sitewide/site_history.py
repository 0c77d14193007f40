"""The admin's site history report, without the rows of snippets the user may not see.

Wagtail's report (Reports → Site history) shows every log entry of a model to whoever holds a
permission on that model: a site's editors would read the names of another site's contact cards
in it. Here the entries of each private snippet (sitewide.snippet_access) are kept to the rows
its permission policy lets the user see; page entries are already kept to the user's pages by
Wagtail. osallisuus/urls.py puts this view on the report's own addresses, ahead of Wagtail's.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Q
from django.db.models.functions import Cast
from django.urls import path
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.reports.audit_logging import LogEntriesView
from wagtail.models import ModelLogEntry

from .snippet_access import PRIVATE_MODELS, visible_rows


class SiteHistoryView(LogEntriesView):
    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        if queryset.model is not ModelLogEntry:
            return queryset
        for model in PRIVATE_MODELS:
            visible = (
                visible_rows(self.request.user, model)
                .annotate(key=Cast("pk", CharField()))
                .values("key")
            )
            queryset = queryset.exclude(
                Q(content_type=ContentType.objects.get_for_model(model)) & ~Q(object_id__in=visible)
            )
        return queryset


urlpatterns = [
    path("site-history/", require_admin_access(SiteHistoryView.as_view())),
    path("site-history/results/", require_admin_access(SiteHistoryView.as_view(results_only=True))),
]
