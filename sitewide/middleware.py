from django.http import QueryDict

from .views import bad_request


class RejectNulMiddleware:
    """NUL never belongs in a URL; PostgreSQL refuses it in text, which would end as a 500.

    A NUL in the path is answered with the friendly 400 page; NULs in query values are dropped
    so that searches and filters still answer.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "\x00" in request.path_info:
            return bad_request(request)
        if any(
            "\x00" in key or any("\x00" in value for value in values)
            for key, values in request.GET.lists()
        ):
            cleaned = QueryDict(mutable=True)
            for key, values in request.GET.lists():
                cleaned.setlist(key.replace("\x00", ""), [v.replace("\x00", "") for v in values])
            cleaned._mutable = False
            request.GET = cleaned
        return self.get_response(request)
