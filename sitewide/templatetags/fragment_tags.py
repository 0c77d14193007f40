"""`{% cachedfragment kind vary... %}…{% endcachedfragment %}`: a template fragment cached in
Redis until a purge names one of the front-cache keys its kind registered
(sitewide/fragments.py). Previews (unsaved content) and pages that carry a CSRF token are
always rendered."""

from django import template

from sitewide import fragments
from sitewide.csrf import needs_token

register = template.Library()


class CachedFragmentNode(template.Node):
    def __init__(self, nodelist, kind, vary):
        self.nodelist = nodelist
        self.kind = kind
        self.vary = vary

    def render(self, context):
        kind = self.kind.resolve(context)
        keys = fragments.fragment_keys(kind)
        request = context.get("request")
        # A page that carries Django's CSRF token (logged-in users) must never store it in a
        # fragment that other visitors are served.
        if request is None or getattr(request, "is_preview", False) or needs_token(request):
            return self.nodelist.render(context)
        vary = [value.resolve(context) for value in self.vary]
        return fragments.cached(
            request, kind, keys, lambda: self.nodelist.render(context), vary=vary
        )


@register.tag("cachedfragment")
def cachedfragment(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError(
            "cachedfragment needs a kind and what the fragment varies on"
        )
    nodelist = parser.parse(("endcachedfragment",))
    parser.delete_first_token()
    return CachedFragmentNode(
        nodelist,
        parser.compile_filter(bits[1]),
        [parser.compile_filter(bit) for bit in bits[2:]],
    )
