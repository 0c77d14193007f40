"""Admin: upload an export, see what would happen (a dry run), then import it."""

import tempfile
import uuid
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _

from .forms import UploadForm
from .importer import Importer
from .wxr import WXRError, read_export

IMPORT_PERMISSION = "wordpress.import_wordpress"
SESSION_KEY = "wordpress_import"


def _upload_dir() -> Path:
    path = Path(getattr(settings, "WORDPRESS_IMPORT_TMP", tempfile.gettempdir())) / "wxr"
    path.mkdir(parents=True, exist_ok=True)
    return path


def _uploads_root() -> Path | None:
    """Where a copy of wp-content/uploads lies on the server (WORDPRESS_UPLOADS_DIR)."""
    value = getattr(settings, "WORDPRESS_UPLOADS_DIR", "")
    return Path(value) if value and Path(value).is_dir() else None


def _run(request, path: Path, options: dict, dry_run: bool):
    user = get_user_model().objects.filter(pk=options.get("default_user")).first()
    with path.open("rb") as handle:
        export = read_export(handle)
    return Importer(
        export,
        uploads=_uploads_root(),
        default_user=user or request.user,
        categories_as_keywords=options.get("categories_as_keywords", True),
        dry_run=dry_run,
        user=request.user,
    ).run()


def import_view(request):
    if not request.user.has_perm(IMPORT_PERMISSION):
        raise PermissionDenied
    context = {"page_title": _("Tuo WordPressistä"), "uploads_dir": _uploads_root()}
    stored = request.session.get(SESSION_KEY)
    if request.method == "POST" and "confirm" in request.POST and stored:
        path = _upload_dir() / stored["file"]
        if stored.get("token") != request.POST.get("token") or not path.is_file():
            return redirect(reverse("wordpress_import"))
        try:
            summary = _run(request, path, stored, dry_run=False)
        except WXRError as error:
            context["error"] = str(error)
        else:
            context["summary"] = summary
            path.unlink(missing_ok=True)
            del request.session[SESSION_KEY]
        return TemplateResponse(request, "wordpress/import.html", context)

    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        name = f"{uuid.uuid4().hex}.xml"
        path = _upload_dir() / name
        with path.open("wb") as target:
            for chunk in form.cleaned_data["export"].chunks():
                target.write(chunk)
        options = {
            "file": name,
            "token": uuid.uuid4().hex,
            "default_user": getattr(form.cleaned_data["default_user"], "pk", None),
            "categories_as_keywords": form.cleaned_data["categories_as_keywords"],
        }
        try:
            context["preview"] = _run(request, path, options, dry_run=True)
        except WXRError as error:
            path.unlink(missing_ok=True)
            form.add_error("export", str(error))
        else:
            request.session[SESSION_KEY] = options
            context["token"] = options["token"]
    context["form"] = form
    return TemplateResponse(request, "wordpress/import.html", context)
