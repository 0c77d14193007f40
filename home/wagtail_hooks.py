from wagtail import hooks

from .dashboard import EditorDashboardPanel


@hooks.register("construct_homepage_panels")
def add_editor_dashboard_panel(request, panels):
    panels.append(EditorDashboardPanel())
