from django.urls import path

from . import views

urlpatterns = [
    path("haku/", views.search, name="search"),
    path("asiasanat/", views.keyword_index, name="keyword_index"),
    path("asiasanat/<str:slug>/", views.keyword, name="keyword"),
]
