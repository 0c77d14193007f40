from django.http import HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache


def bad_request(request, exception=None):
    message = ""
    if exception is not None and getattr(exception, "args", None):
        message = str(exception.args[0])
    return render(request, "400.html", {"message": message}, status=400)


def page_not_found(request, exception=None):
    return render(request, "404.html", {}, status=404)


def server_error(request):
    # Rendered without a request context: the database may be the thing that failed.
    from django.template import loader

    template = loader.get_template("500.html")
    return HttpResponse(template.render({}), status=500)


@never_cache
def healthz(request):
    return HttpResponse(_("ok"), content_type="text/plain")


def csrf_failure(request, reason=""):
    # Usually an old form page or blocked cookies; nothing was saved, so say how to retry.
    return render(request, "403_csrf.html", {}, status=403)
