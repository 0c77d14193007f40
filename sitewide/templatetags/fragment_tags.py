"""`{% cachedfragment kind vary... %}…{% endcachedfragment %}`: a template fragment cached in
Redis until a purge names one of the front-cache keys its kind registered
(sitewide/fragments.py). Previews (unsaved content) and pages that carry a CSRF token are
always rendered.

`{% cachedfragment kind for page vary... %}`: a fragment of one page's own content, which also
varies on the page and is forgotten with its page key (a publish, or a save without one)."""

from django import template

from sitewide import fragments
from sitewide.csrf import needs_token
from sitewide.frontcache import page_key

register = template.Library()


class CachedFragmentNode(template.Node):
    def __init__(self, nodelist, kind, vary, page=None):
        self.nodelist = nodelist
        self.kind = kind
        self.vary = vary
        self.page = page

    def render(self, context):
        kind = self.kind.resolve(context)
        keys = list(fragments.fragment_keys(kind))
        request = context.get("request")
        # A page that carries Django's CSRF token (logged-in users) must never store it in a
        # fragment that other visitors are served.
        if request is None or getattr(request, "is_preview", False) or needs_token(request):
            return self.nodelist.render(context)
        vary = [value.resolve(context) for value in self.vary]
        if self.page is not None:
            page = self.page.resolve(context)
            keys.append(page_key(page.pk))
            vary.insert(0, page.pk)
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
    kind, rest, page = bits[1], bits[2:], None
    if rest[:1] == ["for"]:
        if len(rest) < 2:
            raise template.TemplateSyntaxError("cachedfragment ... for needs a page")
        page, rest = parser.compile_filter(rest[1]), rest[2:]
    return CachedFragmentNode(
        nodelist,
        parser.compile_filter(kind),
        [parser.compile_filter(bit) for bit in rest],
        page,
    )
