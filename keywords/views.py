"""Admin views for keyword governance: delete with real usage, and merge."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.snippets.views.snippets import DeleteView

from . import governance
from .forms import DeleteForm, MergeForm
from .models import Keyword

MERGE_PERMISSION = "keywords.merge_keyword"


class KeywordDeleteView(DeleteView):
    """Shows how many news items, cards, networks and events carry the keyword; a keyword in
    use goes only after confirming, and its URL then answers 410 or redirects to a replacement."""

    template_name = "keywords/admin/confirm_delete.html"

    def get_usage_url(self):
        return None  # Wagtail's reference index knows nothing of taggings; we count them below.

    def get_form(self, form_class=None):
        usage = governance.usage_of(self.object)
        return DeleteForm(
            self.request.POST if self.request.method == "POST" else None,
            keyword=self.object,
            usage_count=usage["usage_count"],
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["usage"] = governance.usage_of(self.object)
        return context

    def delete_action(self):
        governance.delete_keyword(self.object, self.replacement, user=self.request.user)

    def form_valid(self, form):
        self.replacement = form.cleaned_data.get("replacement")
        return super().form_valid(form)

    def get_success_message(self):
        if self.replacement is not None:
            return _(
                "Asiasana ”%(name)s” poistettiin; sen sisällöt ja osoite siirtyivät "
                "asiasanalle ”%(target)s”."
            ) % {
                "name": self.object.name,
                "target": self.replacement.name,
            }
        return _("Asiasana ”%(name)s” poistettiin.") % {"name": self.object.name}


def merge_view(request):
    """Pick the keywords to merge and the target (also reached from the listing's bulk action
    and from the name-clash error)."""
    if not request.user.has_perm(MERGE_PERMISSION):
        raise PermissionDenied
    if request.method == "POST":
        form = MergeForm(request.POST)
        if form.is_valid():
            sources = form.cleaned_data["sources"]
            target = form.cleaned_data["target"]
            names = ", ".join(f"”{source.name}”" for source in sources)
            moved = governance.merge_keywords(sources, target, user=request.user)
            messages.success(
                request,
                ngettext(
                    "%(sources)s yhdistettiin asiasanaan ”%(target)s” (%(count)d merkintä).",
                    "%(sources)s yhdistettiin asiasanaan ”%(target)s” (%(count)d merkintää).",
                    moved,
                )
                % {"sources": names, "target": target.name, "count": moved},
            )
            return redirect(reverse("wagtailsnippets_keywords_keyword:list"))
    else:
        form = MergeForm(
            initial={
                "sources": request.GET.getlist("source") or request.GET.getlist("id"),
                "target": request.GET.get("target"),
            }
        )
    sources = Keyword.objects.filter(
        pk__in=[
            pk for pk in request.GET.getlist("source") + request.GET.getlist("id") if pk.isdigit()
        ]
    )
    usage = {keyword.pk: keyword for keyword in governance.with_usage_counts(sources)}
    return TemplateResponse(
        request,
        "keywords/admin/merge.html",
        {
            "form": form,
            "page_title": _("Yhdistä asiasanoja"),
            "header_icon": "tag",
            "preselected": list(usage.values()),
        },
    )
