"""The admin's "add page" view, with one race closed: two posts of the same new page.

Wagtail's autosave creates a new page with its first background save and then switches the form
to the edit address. An editor who clicks "save" while that first autosave is still running posts
the add form a second time. Both requests pass the form's slug check before either has written,
and the later `add_child` then raises the slug clash as a `ValidationError`, which Django answers
with a server error. Here the clash becomes the form error that a slower second click would get
(`PageForm` explains it on the title), and nothing is written by the losing request.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from wagtail.admin.views.pages.create import CreateView
from wagtail.admin.viewsets.pages import PageViewSet
from wagtail.models import Page

from .page_explorer import DeferredJoinIndexView


class PageCreateView(CreateView):
    def form_valid(self, form):
        try:
            with transaction.atomic():
                return super().form_valid(form)
        except ValidationError as error:
            fields = getattr(error, "error_dict", {}).keys()
            if not fields or not fields <= form.fields.keys():
                raise
            slug = form.cleaned_data.get("slug", "")
            form.add_error(None, error)
            explain = getattr(form, "explain_slug_clash", None)
            if "slug" in error.error_dict and explain is not None:
                explain(slug)
            # add_child gave the unsaved instance a tree position; the form re-renders as new.
            self.page.path = self.page.depth = None
            return self.form_invalid(form)


class DefaultPageViewSet(PageViewSet):
    """Every page type's admin views, as Wagtail's own, with the create view above and the
    explorer listing of sitewide.page_explorer."""

    model = Page
    add_view_class = PageCreateView
    index_view_class = DeferredJoinIndexView
