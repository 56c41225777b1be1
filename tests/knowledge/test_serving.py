"""What a reader gets from the public pages, in every language."""

import re

import pytest
from django.conf import settings
from wagtail.models import PageViewRestriction

from .factories import home, publish_guide, topic, translate


@pytest.fixture
def guide(db):
    return publish_guide(title="Getting your deposit back", slug="deposits")


def html(response):
    return response.content.decode()


@pytest.mark.parametrize("language", [code for code, _name in settings.LANGUAGES])
def test_every_language_has_a_home_page_under_its_prefix(client, db, language):
    response = client.get(f"/{language}/")
    assert response.status_code == 200
    assert f'<html lang="{language}"' in html(response)


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        ("pl-PL,pl;q=0.9,en;q=0.5", "/pl/"),
        ("ar", "/ar/"),
        ("zh-TW,zh-Hant;q=0.9", "/zh-hant/"),
        ("cy-GB", "/cy/"),
        ("fr-FR,de;q=0.5", "/en/"),
        ("", "/en/"),
    ],
)
def test_the_root_redirects_to_the_best_language(client, db, accept, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept)
    assert response.status_code == 302
    assert response["Location"] == expected
    assert "Accept-Language" in response["Vary"]


def test_arabic_pages_are_right_to_left_and_chinese_pages_carry_their_language(client, guide):
    arabic = html(client.get("/ar/housing/deposits/"))
    chinese = html(client.get("/zh-hant/housing/deposits/"))
    assert '<html lang="ar" dir="rtl">' in arabic
    assert '<html lang="zh-hant" dir="ltr">' in chinese


def test_the_language_switcher_names_each_language_in_itself_and_links_the_same_guide(
    client, guide
):
    page = html(client.get("/pl/housing/deposits/"))
    switcher = re.search(r'<nav class="language-switcher".*?</nav>', page, re.S).group(0)
    for code, name in [
        ("en", "English"),
        ("cy", "Cymraeg"),
        ("pl", "Polski"),
        ("ar", "العربية"),
        ("zh-hant", "繁體中文"),
    ]:
        assert f'href="/{code}/housing/deposits/" hreflang="{code}" lang="{code}"' in switcher
        assert f">{name}</a>" in switcher
    assert 'lang="pl" aria-current="true"' in switcher
    assert "aria-label=" in switcher


def test_hreflang_alternates_list_only_languages_the_guide_really_exists_in(client, guide):
    translate(guide, "pl", title="Zwrot kaucji", summary="Podsumowanie.")
    page = html(client.get("/en/housing/deposits/"))
    alternates = re.findall(r'<link rel="alternate" hreflang="([^"]+)"', page)
    assert sorted(alternates) == ["en", "pl", "x-default"]


def test_an_untranslated_guide_falls_back_to_english_with_a_notice_and_lang(client, guide):
    page = html(client.get("/cy/housing/deposits/"))
    assert 'class="notice notice--language"' in page
    assert '<article class="guide" lang="en" dir="ltr">' in page
    assert "Getting your deposit back" in page


def test_an_arabic_reader_of_an_english_fallback_gets_left_to_right_content(client, guide):
    page = html(client.get("/ar/housing/deposits/"))
    assert '<html lang="ar" dir="rtl">' in page
    assert '<article class="guide" lang="en" dir="ltr">' in page


def test_a_translation_shows_in_its_own_language_without_a_notice(client, guide):
    translate(guide, "pl", title="Zwrot kaucji", summary="Podsumowanie.")
    page = html(client.get("/pl/housing/deposits/"))
    assert "Zwrot kaucji" in page
    assert '<article class="guide" lang="pl" dir="ltr">' in page
    assert "notice--language" not in page


def test_a_translation_is_flagged_out_of_date_when_its_source_is_republished(client, guide):
    translate(guide, "pl", title="Zwrot kaucji", summary="Podsumowanie.")
    assert "notice--language" not in html(client.get("/pl/housing/deposits/"))

    guide.summary = "A corrected summary."
    guide.save_revision().publish()

    page = html(client.get("/pl/housing/deposits/"))
    assert "notice--language" in page
    assert 'href="/en/housing/deposits/"' in page


def test_republishing_the_translation_marks_it_current_again(client, guide):
    polish = translate(guide, "pl", title="Zwrot kaucji", summary="Podsumowanie.")
    guide.save_revision().publish()
    polish.summary = "Zaktualizowane."
    polish.save_revision().publish()
    assert "notice--language" not in html(client.get("/pl/housing/deposits/"))


def test_guides_show_reading_time_jurisdictions_and_in_brief(client, guide):
    page = html(client.get("/en/housing/deposits/"))
    assert "In brief" in page
    assert "England, Wales" in page
    assert "1 minute" in page


def test_sensitive_pages_have_a_quick_exit_link_that_works_without_javascript(client, guide):
    assert "data-quick-exit" not in html(client.get("/en/housing/deposits/"))
    abuse = topic("abuse")
    abuse.sensitive = True
    abuse.save_revision().publish()
    sensitive = publish_guide(
        parent=abuse, slug="protection", title="Protection orders", sensitive=True
    )
    page = html(client.get(sensitive.url))
    assert f'href="{settings.QUICK_EXIT_URL}"' in page
    assert "data-quick-exit" in page


def test_drafts_are_never_served(client, guide):
    guide.unpublish()
    assert client.get("/en/housing/deposits/").status_code == 404
    assert client.get("/pl/housing/deposits/").status_code == 404


def test_private_pages_are_not_served_to_the_public_nor_listed(client, guide):
    hidden = publish_guide(title="Internal notes", slug="internal")
    PageViewRestriction.objects.create(page=hidden, restriction_type=PageViewRestriction.LOGIN)
    assert client.get("/en/housing/internal/").status_code in (302, 403)
    assert "Internal notes" not in html(client.get("/en/housing/"))
    assert "Internal notes" not in html(client.get("/en/housing/deposits/"))


def test_topic_pages_list_their_live_guides(client, guide):
    publish_guide(title="Repairs", slug="repairs")
    page = html(client.get("/en/housing/"))
    assert "Getting your deposit back" in page
    assert "Repairs" in page


def test_the_home_page_lists_topics_and_links_to_get_help_and_search(client, guide):
    page = html(client.get("/en/"))
    assert 'href="/en/housing/"' in page
    assert 'href="/en/get-help/?from=' in page  # counts the page readers came from
    assert 'action="/en/search/"' in page
    assert 'href="#main"' in page  # skip link


def test_unknown_paths_are_404(client, db):
    assert client.get("/en/no/such/page/").status_code == 404
    assert client.get("/xx/", follow=True).status_code == 404


def test_a_path_without_a_language_is_redirected_to_the_readers_language(client, guide):
    response = client.get("/housing/deposits/", HTTP_ACCEPT_LANGUAGE="pl")
    assert response.status_code == 302
    assert response["Location"] == "/pl/housing/deposits/"


def test_home_is_in_the_reader_language_once_translated(client, db):
    translate(home(), "cy", title="Help cyfreithiol am ddim", intro="Canllawiau.")
    assert "Help cyfreithiol am ddim" in html(client.get("/cy/"))


def test_aliases_of_a_private_page_are_neither_served_nor_listed_in_other_languages(client, guide):
    hidden = publish_guide(title="Internal notes", slug="internal")
    PageViewRestriction.objects.create(page=hidden, restriction_type=PageViewRestriction.LOGIN)
    assert client.get("/cy/housing/internal/").status_code in (302, 403)
    assert "Internal notes" not in html(client.get("/cy/housing/"))
