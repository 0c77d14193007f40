"""The admin's page explorer, paged before it is annotated (a deferred join).

Wagtail annotates the explorer's queryset for every row it lists: whether each page lacks a
translation (an `EXISTS` over the locales), whether it roots a site, its approved schedule. On a
page deep in a long listing (`?p=1000` of 100,000 news) PostgreSQL evaluates those for every row
the `OFFSET` skips as well: 800 ms at 100k (docs/performance.md). Here the page of ids is chosen
first, with the same filters and order but none of the annotations, and only those ids are then
read with them. A search is left to Wagtail (its results are not a queryset to page by id).
"""

from django.db.models import QuerySet
from wagtail.admin.views.pages.listing import ExplorableIndexView


class DeferredJoinIndexView(ExplorableIndexView):
    def paginate_queryset(self, queryset, page_size):
        if self.is_searching or not isinstance(queryset, QuerySet):
            return super().paginate_queryset(queryset, page_size)
        paginator, page, ids, is_paginated = super().paginate_queryset(
            queryset.values_list("pk", flat=True), page_size
        )
        ids = list(ids)
        rows = {row.pk: row for row in queryset.filter(pk__in=ids).order_by()}
        # A page deleted between the two reads is simply not listed.
        page.object_list = [rows[pk] for pk in ids if pk in rows]
        return paginator, page, page.object_list, is_paginated
