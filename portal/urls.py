from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path, re_path
from django.views.generic import RedirectView
from wagtail import views as wagtail_views
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from knowledge.api import api_v2_router, build_router
from knowledge.sitemaps import PageSitemap
from knowledge.views.serve import serve

from . import health, views
from .api import api

api_v1_pages_router = build_router("wagtailapi_v1")

# A lost database connection answers 503 with a translated page, not 500 or 400.
handler400 = "portal.views.bad_request"
handler500 = "portal.views.server_error"

urlpatterns = [
    path("", views.root_redirect, name="root"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("healthz", health.healthz, name="healthz"),
    path("readyz", health.readyz, name="readyz"),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": PageSitemap}}, name="sitemap"),
    path("admin/two-factor/", include("portal.two_factor.urls")),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_v2_router.urls),
    path("api/v1/", api_v1_pages_router.urls),
    path("api/v1/", api.urls),
    # Wagtail's front-end sign-in for private pages is the staff sign-in.
    path(
        "_util/login/",
        RedirectView.as_view(url="/admin/login/", query_string=True),
        name="wagtailcore_login",
    ),
    # Wagtail's view for pages an editor protected with a password.
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        wagtail_views.authenticate_with_password,
        name="wagtailcore_authenticate_with_password",
    ),
]

urlpatterns += i18n_patterns(
    path("search/", include("search.urls")),
    path("get-help/", include("referrals.urls")),
    re_path(r"^((?:[\w\-]+/)*)$", serve, name="wagtail_serve"),
    prefix_default_language=True,
)

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
