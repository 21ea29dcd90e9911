from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Site


class PortalSitemap(Sitemap):
    """The pages of the requested site only.

    A quartier that is the root of its own site is listed in its own site's sitemap,
    with its own hostname, and left out of the main portal's.
    """

    def items(self):
        site = self.get_wagtail_site()
        root = site.root_page
        nested_roots = (
            Site.objects.exclude(pk=site.pk)
            .filter(root_page__path__startswith=root.path, root_page__depth__gt=root.depth)
            .values_list("root_page__path", flat=True)
        )
        excluded = Q()
        for path in nested_roots:
            excluded |= Q(path__startswith=path)
        pages = super().items()
        return pages.exclude(excluded) if excluded else pages
