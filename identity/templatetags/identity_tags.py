from django import template

from identity.cache import site_identity as _site_identity

register = template.Library()


@register.simple_tag(takes_context=True)
def site_identity(context):
    """The site's name, logo, favicon, header colour and footer contacts (cached)."""
    return _site_identity(context.get("request"))
