from django.contrib.sessions.exceptions import SessionInterrupted
from django.http import HttpResponse
from django.shortcuts import render
from django.template import loader
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from .errors import VisitorBadRequest


def bad_request(request, exception=None):
    """The friendly 400. The exception's text never shows: for a bad Host header it names
    the setting to change (ALLOWED_HOSTS), which is for the operator's log, not the visitor.

    The page is rendered without the request: the Host that caused the error would fail
    again in any lookup of the site (menus, language links) while rendering.
    """
    template = "400_session.html" if isinstance(exception, SessionInterrupted) else "400.html"
    message = str(exception) if isinstance(exception, VisitorBadRequest) else ""
    return HttpResponse(loader.get_template(template).render({"message": message}), status=400)


def page_not_found(request, exception=None):
    return render(request, "404.html", {}, status=404)


def server_error(request):
    # Rendered without a request context: the database may be the thing that failed.
    template = loader.get_template("500.html")
    return HttpResponse(template.render({}), status=500)


@never_cache
def healthz(request):
    return HttpResponse(_("ok"), content_type="text/plain")


def csrf_failure(request, reason=""):
    # Usually an old form page or blocked cookies; nothing was saved, so say how to retry.
    return render(request, "403_csrf.html", {}, status=403)
