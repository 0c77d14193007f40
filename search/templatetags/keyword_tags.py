from django import template
from django.utils.translation import ngettext

register = template.Library()


@register.simple_tag
def keyword_counts(keyword) -> str:
    """ "2 uutista, 1 asiantuntija" for a keyword annotated by `keywords_in_use()`."""
    parts = []
    if keyword.news_count:
        parts.append(
            ngettext("%(count)s uutinen", "%(count)s uutista", keyword.news_count)
            % {"count": keyword.news_count}
        )
    if keyword.expert_count:
        parts.append(
            ngettext("%(count)s asiantuntija", "%(count)s asiantuntijaa", keyword.expert_count)
            % {"count": keyword.expert_count}
        )
    if keyword.network_count:
        parts.append(
            ngettext("%(count)s verkosto", "%(count)s verkostoa", keyword.network_count)
            % {"count": keyword.network_count}
        )
    if keyword.event_count:
        parts.append(
            ngettext("%(count)s tapahtuma", "%(count)s tapahtumaa", keyword.event_count)
            % {"count": keyword.event_count}
        )
    return ", ".join(parts)
