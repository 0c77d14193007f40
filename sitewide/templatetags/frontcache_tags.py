from django import template
from django.middleware.csrf import get_token
from django.utils.html import format_html

from sitewide.csrf import needs_token

register = template.Library()


@register.simple_tag(takes_context=True)
def csrf_token_if_needed(context) -> str:
    """Django's CSRF field only where the token is checked (see sitewide.csrf).

    Anonymous visitors get none, so the page sets no cookie and stays in the front cache; their
    posts are checked by Origin and Fetch Metadata instead.
    """
    request = context.get("request")
    if request is None or not needs_token(request):
        return ""
    return format_html(
        '<input type="hidden" name="csrfmiddlewaretoken" value="{}">', get_token(request)
    )
