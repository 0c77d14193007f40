from django.urls import path

from . import feeds

urlpatterns = [
    path("syotteet/uutiset.rss", feeds.LatestNewsFeed(), name="news_feed_rss"),
    path("syotteet/uutiset.atom", feeds.LatestNewsAtomFeed(), name="news_feed_atom"),
]
