from django.http import HttpResponseRedirect

from .cache import site_identity


def favicon(request):
    """Browsers ask for /favicon.ico whatever the page says: send them to the site's icon."""
    response = HttpResponseRedirect(site_identity(request).icon_url)
    response["Cache-Control"] = "public, max-age=86400"
    return response
