"""Queryset methods shared by everything that carries keywords (news, events, networks, cards)."""

from .models import Keyword


class KeywordedQuerySetMixin:
    """For a model whose keyword through-model links to it with related_name="keyword_items"."""

    def with_keyword(self, keyword: Keyword):
        return self.filter(keyword_items__tag=keyword)
