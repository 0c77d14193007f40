"""WordPress's query-string addresses (`/?p=123`, `/?page_id=5`, `/?tag=x`, `/?cat=3`).

Wagtail's RedirectMiddleware only looks at 404 responses, and `/` is the home page (200), so
these old addresses never reach it. This looks them up in the same Redirect table first.
"""

from django.http import HttpResponsePermanentRedirect
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Site

WORDPRESS_QUERY_KEYS = ("p", "page_id", "tag", "cat")


class WordPressQueryRedirectMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path == "/" and any(key in request.GET for key in WORDPRESS_QUERY_KEYS):
            path = Redirect.normalise_path(request.get_full_path())
            redirect = (
                Redirect.get_for_site(Site.find_for_request(request))
                .filter(old_path=path)
                .select_related("redirect_page")
                .first()
            )
            if redirect is not None and redirect.link:
                return HttpResponsePermanentRedirect(redirect.link)
        return self.get_response(request)
