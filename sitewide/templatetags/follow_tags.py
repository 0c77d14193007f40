from django import template
from django.template.loader import render_to_string

from sitewide.follow import follow_url

register = template.Library()


@register.simple_tag
def follow_link(keywords=None, keyword=None, network=None, all_news=False) -> str:
    """A "Seuraa sähköpostilla" link for what the page is about, or nothing."""
    keywords = list(keywords or ([keyword] if keyword else []))
    url = follow_url(keywords=keywords, network=network, all_news=all_news)
    if not url:
        return ""
    return render_to_string("sitewide/includes/follow_link.html", {"url": url})
