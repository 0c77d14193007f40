from django.urls import path

from . import views

urlpatterns = [
    path("asiantuntijat/kortti/<int:pk>/", views.contact_card, name="contact_card"),
    path(
        "asiantuntijat/kortti/<int:pk>/vcard/", views.contact_card_vcard, name="contact_card_vcard"
    ),
]
