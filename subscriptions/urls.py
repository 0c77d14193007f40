from django.urls import path

from . import views, webhooks

app_name = "subscriptions"

urlpatterns = [
    path("", views.follow_view, name="follow"),
    path("lahetetty/", views.sent_view, name="sent"),
    path("vahvista/<str:token>/", views.confirm_view, name="confirm"),
    path("peru/<str:token>/", views.unsubscribe_view, name="unsubscribe"),
    path("asetukset/<str:token>/", views.manage_view, name="manage"),
    path("palautteet/", webhooks.tracking_webhook, name="tracking_webhook"),
]
