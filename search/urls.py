from django.urls import path

from . import feeds, views

urlpatterns = [
    path("haku/", views.search, name="search"),
    path("haku/ehdotukset/", views.suggestions, name="search_suggestions"),
    path("asiasanat/", views.keyword_index, name="keyword_index"),
    path("asiasanat/<str:slug>/", views.keyword, name="keyword"),
    path("syotteet/asiasanat/<str:slug>.rss", feeds.KeywordNewsFeed(), name="keyword_feed_rss"),
    path(
        "syotteet/asiasanat/<str:slug>.atom", feeds.KeywordNewsAtomFeed(), name="keyword_feed_atom"
    ),
]
