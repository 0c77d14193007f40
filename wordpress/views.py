"""Admin: upload an export, see what would happen (a dry run), then import it.

Both runs go in the background (wordpress.jobs): the page shows their progress by asking
`import_status` once a second, then the preview or the summary.
"""

import hmac
import uuid
from pathlib import Path

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.http import Http404, JsonResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from sitewide.permissions import sees_every_site, sites_of

from . import jobs
from .forms import UploadForm
from .importer import STAGE_CONVERT, STAGE_INDEX, STAGE_WRITE
from .wxr import WXRError, read_export

IMPORT_PERMISSION = "wordpress.import_wordpress"


def may_import(user) -> bool:
    """The import writes into the default site's news (wordpress.importer): its moderators (and
    superusers) may run it, not another site's, whose group holds the same permission."""
    if not user.has_perm(IMPORT_PERMISSION):
        return False
    return sees_every_site(user) or any(site.is_default_site for site in sites_of(user))


SESSION_KEY = "wordpress_import"


def _uploads_root() -> Path | None:
    """Where a copy of wp-content/uploads lies on the server (WORDPRESS_UPLOADS_DIR)."""
    value = getattr(settings, "WORDPRESS_UPLOADS_DIR", "")
    return Path(value) if value and Path(value).is_dir() else None


def _prepare(request, stored: dict, dry_run: bool, export=None):
    user = get_user_model().objects.filter(pk=stored.get("default_user")).first()
    return jobs.prepare(
        export=export,
        export_path=jobs.upload_dir() / stored["file"],
        user=request.user,
        dry_run=dry_run,
        importer_options={
            "uploads": _uploads_root(),
            "default_user": user or request.user,
            "categories_as_keywords": stored.get("categories_as_keywords", True),
        },
    )


def _stage_text(status: dict) -> str:
    stage = status.get("stage")
    if stage == STAGE_WRITE:
        return _("Tallennetaan sivuja, asiasanoja ja ohjauksia…")
    if stage == STAGE_INDEX:
        return _("Päivitetään hakua…")
    if stage == STAGE_CONVERT and status.get("total"):
        return _("Muunnetaan sisältöä: %(done)d / %(total)d") % status
    return _("Luetaan tiedostoa…")


def _own_status(request, job: str) -> dict:
    status = jobs.read_status(job)
    if status is None or status.get("user") != request.user.pk:
        raise Http404
    return status


def import_view(request):
    if not may_import(request.user):
        raise PermissionDenied
    jobs.remove_stale()  # whoever next opens the import clears abandoned uploads
    context = {"page_title": _("Tuo WordPressistä"), "uploads_dir": _uploads_root()}
    stored = request.session.get(SESSION_KEY)
    if request.method == "POST" and "confirm" in request.POST:
        # One import per preview: the token is taken out of the session before anything
        # else, so a replayed or doubled confirm (with this token, another or none) finds none.
        token = stored.pop("token", "") if stored else ""
        if stored:
            request.session[SESSION_KEY] = stored
        given = request.POST.get("token", "")
        if not (token and given and hmac.compare_digest(token.encode(), given.encode())):
            messages.error(
                request,
                _(
                    "Tämä esikatselu on jo tuotu tai vanhentunut, joten mitään ei tuotu. "
                    "Lataa tiedosto uudelleen, niin näet uuden esikatselun."
                ),
            )
            return redirect(reverse("wordpress_import"))
        path = jobs.upload_dir() / stored["file"]
        if not path.is_file():
            messages.error(
                request,
                _(
                    "Esikatseltu tiedosto on jo poistettu palvelimelta (esikatselu vanhenee "
                    "tunnissa). Lataa tiedosto uudelleen."
                ),
            )
            return redirect(reverse("wordpress_import"))
        stored["job"], thread = _prepare(request, stored, dry_run=False)
        request.session[SESSION_KEY] = stored
        url = reverse("wordpress_import") + f"?job={stored['job']}"
        return jobs.AfterResponse(url, then=thread.start)

    job = request.GET.get("job", "")
    if request.method == "GET" and job:
        status = _own_status(request, job)
        context.update(job=job, status=status, stage_text=_stage_text(status))
        if status["state"] == jobs.DONE:
            if status["dry_run"] and stored and stored.get("preview_job") == job:
                context["preview"] = status["summary"]
                context["token"] = stored.get("token", "")
            elif not status["dry_run"]:
                context["summary"] = status["summary"]
                if stored and stored.get("job") == job:
                    (jobs.upload_dir() / stored["file"]).unlink(missing_ok=True)
                    del request.session[SESSION_KEY]
        elif status["state"] == jobs.FAILED:
            context["error"] = status.get("error") or (
                _(
                    "Tuonti keskeytyi, eikä mitään tallennettu. "
                    "Yritä uudelleen tai ota yhteys ylläpitoon."
                )
            )
        if status["state"] != jobs.RUNNING:
            context["form"] = UploadForm()
        return TemplateResponse(request, "wordpress/import.html", context)

    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        name = jobs.save_upload(form.cleaned_data["export"].chunks())
        path = jobs.upload_dir() / name
        try:
            # Reading is quick: a hostile, broken or wrong file is answered here, on the form.
            with path.open("rb") as handle:
                export = read_export(handle)
        except WXRError as error:
            path.unlink(missing_ok=True)
            form.add_error("export", str(error))
            context["form"] = form
            return TemplateResponse(request, "wordpress/import.html", context)
        stored = {
            "file": name,
            "token": uuid.uuid4().hex,
            "default_user": getattr(form.cleaned_data["default_user"], "pk", None),
            "categories_as_keywords": form.cleaned_data["categories_as_keywords"],
        }
        stored["preview_job"], thread = _prepare(request, stored, dry_run=True, export=export)
        request.session[SESSION_KEY] = stored
        url = reverse("wordpress_import") + f"?job={stored['preview_job']}"
        return jobs.AfterResponse(url, then=thread.start)
    context["form"] = form
    return TemplateResponse(request, "wordpress/import.html", context)


@never_cache
def import_status(request, job: str):
    """Progress of a run, for the import page's script: state, counts and a sentence."""
    # The model permission only: the run is the user's own (`_own_status`), started by
    # `import_view`, which checked `may_import`; asked once a second while the run writes, this
    # view reads as little as it can (SQLite's test database locks under a concurrent read).
    if not request.user.has_perm(IMPORT_PERMISSION):
        raise PermissionDenied
    status = _own_status(request, job)
    return JsonResponse(
        {
            "state": status["state"],
            "done": status.get("done", 0),
            "total": status.get("total", 0),
            "text": _stage_text(status),
        }
    )
