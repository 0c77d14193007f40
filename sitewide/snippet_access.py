"""Snippets that hold personal data: every admin view shows only the rows the model's
permission policy lets the user see.

Wagtail checks a snippet's permissions per model: its listing, export and object views show
every row to whoever may view one, and its chooser (`/admin/snippets/choose/<app>/<model>/`)
checks nothing at all. A `PrivateSnippetViewSet` runs the listing, the exports, the object
views and the chooser through the policy's `instances_user_has_any_permission_for`, so a
policy that scopes rows (a network's coordinators see their network's sign-ups) holds in
each of them, and a user who may see none gets a 404 for a row reached by its URL.
"""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from wagtail.permissions import policy_registry
from wagtail.snippets.views import chooser
from wagtail.snippets.views import snippets as views

# The models whose rows are kept to what each user may see (the site history report reads it).
PRIVATE_MODELS: list = []

# Seeing a row at all: reading it (listing, export, inspect) or handling it (edit).
SEE = ("view", "change")


def visible_rows(user, model):
    """The rows of `model` that `user` may see, by the model's registered permission policy."""
    return policy_registry.get_by_type(model).instances_user_has_any_permission_for(user, SEE)


def visible_states(user, states: list[dict]) -> list[dict]:
    """Entries of Wagtail's "awaiting your review" panel ({"obj": ...}) without the rows of a
    private snippet that `user` may not see."""
    hidden: dict = {}
    kept = []
    for state in states:
        obj = state["obj"]
        model = type(obj)
        if model in PRIVATE_MODELS:
            if model not in hidden:
                pks = [entry["obj"].pk for entry in states if type(entry["obj"]) is model]
                visible = set(
                    visible_rows(user, model).filter(pk__in=pks).values_list("pk", flat=True)
                )
                hidden[model] = set(pks) - visible
            if obj.pk in hidden[model]:
                continue
        kept.append(state)
    return kept


class VisibleObjectMixin:
    """An object view that answers 404 for a row the user may not see."""

    def get_object(self, *args, **kwargs):
        obj = super().get_object(*args, **kwargs)
        if not visible_rows(self.request.user, type(obj)).filter(pk=obj.pk).exists():
            raise Http404
        return obj


class VisibleChooseMixin:
    def dispatch(self, request, *args, **kwargs):
        # Refused outright to whoever may see no row, as the listing is.
        policy = policy_registry.get_by_type(self.model_class)
        if not policy.user_has_any_permission(request.user, SEE):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_object_list(self):
        return visible_rows(self.request.user, self.model_class)


class ChooseView(VisibleChooseMixin, chooser.ChooseView):
    pass


class ChooseResultsView(VisibleChooseMixin, chooser.ChooseResultsView):
    pass


class ChosenView(chooser.SnippetChosenView):
    def get_object(self, pk):
        return visible_rows(self.request.user, self.model_class).get(pk=pk)


class ChosenMultipleView(chooser.SnippetChosenMultipleView):
    def get_objects(self, pks):
        return visible_rows(self.request.user, self.model_class).filter(pk__in=pks)


class PrivateChooserViewSet(chooser.SnippetChooserViewSet):
    choose_view_class = ChooseView
    choose_results_view_class = ChooseResultsView
    chosen_view_class = ChosenView
    chosen_multiple_view_class = ChosenMultipleView


class EditView(VisibleObjectMixin, views.EditView):
    pass


class DeleteView(VisibleObjectMixin, views.DeleteView):
    pass


class UsageView(VisibleObjectMixin, views.UsageView):
    pass


class HistoryView(VisibleObjectMixin, views.HistoryView):
    pass


class InspectView(VisibleObjectMixin, views.InspectView):
    pass


class CopyView(VisibleObjectMixin, views.CopyView):
    pass


# A draft-and-workflow snippet's further object views (revisions, compare, preview, lock,
# workflow steps and history): each reads one row, so each answers 404 for a hidden one.
# The revert view is built by Wagtail from the edit view, so it is covered by EditView.
OBJECT_VIEWS = {
    "revisions_view_class": views.PreviewRevisionView,
    "revisions_compare_view_class": views.RevisionsCompareView,
    "revisions_unschedule_view_class": views.RevisionsUnscheduleView,
    "unpublish_view_class": views.UnpublishView,
    "preview_on_edit_view_class": views.PreviewOnEditView,
    "lock_view_class": views.LockView,
    "unlock_view_class": views.UnlockView,
    "workflow_action_view_class": views.WorkflowActionView,
    "collect_workflow_action_data_view_class": views.CollectWorkflowActionDataView,
    "confirm_workflow_cancellation_view_class": views.ConfirmWorkflowCancellationView,
    "workflow_preview_view_class": views.WorkflowPreviewView,
    "workflow_history_view_class": views.WorkflowHistoryView,
    "workflow_history_detail_view_class": views.WorkflowHistoryDetailView,
}


class PrivateSnippetViewSet(views.SnippetViewSet):
    """A snippet viewset whose every view shows only the rows the user may see. Register the
    model's permission policy before the viewset (`register_permission_policy`)."""

    edit_view_class = EditView
    delete_view_class = DeleteView
    usage_view_class = UsageView
    history_view_class = HistoryView
    inspect_view_class = InspectView
    copy_view_class = CopyView
    chooser_viewset_class = PrivateChooserViewSet
    locals().update(
        {
            attribute: type(view.__name__, (VisibleObjectMixin, view), {})
            for attribute, view in OBJECT_VIEWS.items()
        }
    )

    def on_register(self):
        super().on_register()
        if self.model not in PRIVATE_MODELS:
            PRIVATE_MODELS.append(self.model)

    def get_queryset(self, request):
        """The listing and its CSV/XLSX exports."""
        return visible_rows(request.user, self.model)
