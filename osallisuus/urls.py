from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.views.generic import TemplateView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from contacts import urls as contacts_urls
from identity import views as identity_views
from news import urls as news_urls
from search import urls as search_urls
from sitewide import site_history
from sitewide import views as sitewide_views
from sitewide.sitemap import sitemap
from sitewide.sitemap_page import sitemap_page
from subscriptions import urls as subscriptions_urls

handler400 = "sitewide.views.bad_request"
handler404 = "sitewide.views.page_not_found"
handler500 = "sitewide.views.server_error"

urlpatterns = [
    # Ahead of Wagtail's: its site history report without the rows of others' snippets.
    path("admin/reports/", include(site_history.urlpatterns)),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("healthz", sitewide_views.healthz, name="healthz"),
    path("favicon.ico", identity_views.favicon, name="favicon"),
    path("sitemap.xml", sitemap, name="sitemap"),
    path(
        "robots.txt",
        TemplateView.as_view(template_name="robots.txt", content_type="text/plain; charset=utf-8"),
        name="robots_txt",
    ),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Finnish lives at the unprefixed URLs; /sv/ and /en/ keep the visitor's language.
urlpatterns += i18n_patterns(
    path("sivukartta/", sitemap_page, name="sitemap_page"),
    path("seuraa/", include(subscriptions_urls)),
    path("", include(search_urls)),
    path("", include(contacts_urls)),
    path("", include(news_urls)),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
