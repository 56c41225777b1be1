from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from search import indexing
from search.backends import BackendUnavailable


class Command(BaseCommand):
    help = (
        "Rebuild the search index from every live, public guide in every language, "
        "in each configured backend, and report how many guides were indexed."
    )

    def handle(self, *args, **options):
        try:
            reports = indexing.rebuild()
        except BackendUnavailable as error:
            raise CommandError(f"A search backend is unavailable: {error}") from None
        names = dict(settings.LANGUAGES)
        for report in reports:
            self.stdout.write(f"{report.backend}: {report.total} guides indexed")
            for code, _name in settings.LANGUAGES:
                count = report.counts.get(code, 0)
                self.stdout.write(f"  {code} ({names[code]}): {count}")
        self.stdout.write(self.style.SUCCESS("Search index rebuilt."))
