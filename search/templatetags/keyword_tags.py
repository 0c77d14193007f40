from django import template
from django.utils.translation import ngettext_lazy

register = template.Library()

# What a keyword carries, in the order the keyword index names it; the number picks the form.
COUNT_LABELS = [
    ("news_count", ngettext_lazy("%(count)s uutinen", "%(count)s uutista", "count")),
    ("expert_count", ngettext_lazy("%(count)s asiantuntija", "%(count)s asiantuntijaa", "count")),
    ("network_count", ngettext_lazy("%(count)s verkosto", "%(count)s verkostoa", "count")),
    ("event_count", ngettext_lazy("%(count)s tapahtuma", "%(count)s tapahtumaa", "count")),
]


@register.simple_tag
def keyword_counts(keyword) -> str:
    """ "2 uutista, 1 asiantuntija" for a keyword annotated by `keywords_in_use()`."""
    return ", ".join(
        str(label % {"count": count})
        for attribute, label in COUNT_LABELS
        if (count := getattr(keyword, attribute))
    )
