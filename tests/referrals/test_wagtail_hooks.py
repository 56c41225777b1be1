import pytest
from django.urls import reverse

from referrals.models import Question, QuestionnaireVersion
from tests.support.staff import staff_login

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, admin_user):
    staff_login(client, admin_user)
    return client


@pytest.mark.parametrize(
    "url_name",
    [
        "wagtailsnippets_referrals_centre:list",
        "wagtailsnippets_referrals_centre:add",
        "wagtailsnippets_referrals_question:list",
        "wagtailsnippets_referrals_outcomecode:list",
        "referrals_publish_questionnaire",
    ],
)
def test_network_admins_manage_referrals_in_the_admin(admin_client, url_name):
    assert admin_client.get(reverse(url_name)).status_code == 200


def test_a_question_edits_with_every_language_and_its_options(admin_client):
    question = Question.objects.get(key="problem_area")

    response = admin_client.get(
        reverse("wagtailsnippets_referrals_question:edit", args=[question.pk])
    )

    html = response.content.decode()
    assert response.status_code == 200
    for field in (
        "text_en",
        "text_cy",
        "text_zh_hant",
        "options-0-label_ar",
        "options-0-next_question",
    ):
        assert f'name="{field}"' in html


def test_a_centre_is_created_through_the_admin_form(admin_client):
    from knowledge.models import AreaOfLaw
    from referrals.models import Centre

    housing = AreaOfLaw.objects.get(code="housing")
    response = admin_client.post(
        reverse("wagtailsnippets_referrals_centre:add"),
        {
            "name": "Hillside Advice",
            "slug": "hillside",
            "email": "",
            "phone": "",
            "active": "on",
            "areas": [housing.pk],
            "coverage": "e1, sw9 7",
            "languages": ["en", "bsl"],
            "weekly_capacity": "12",
            "accepts_urgent": "on",
            "opening_hours": "mon 09:00-17:00\ntue 10:00-16:00",
            "memberships-TOTAL_FORMS": "0",
            "memberships-INITIAL_FORMS": "0",
            "memberships-MIN_NUM_FORMS": "0",
            "memberships-MAX_NUM_FORMS": "1000",
        },
    )

    assert response.status_code == 302, response.context["form"].errors
    centre = Centre.objects.get(slug="hillside")
    assert centre.coverage == ["E1", "SW9 7"] and centre.languages == ["bsl", "en"]
    assert centre.opening_hours == {"mon": ["09:00", "17:00"], "tue": ["10:00", "16:00"]}


def test_the_publish_page_lists_versions_and_publishes(admin_client):
    assert (
        b"Published versions"
        in admin_client.get(reverse("referrals_publish_questionnaire")).content
    )
    before = QuestionnaireVersion.objects.count()
    Question.objects.filter(key="summary").update(text_en="What happened?")

    response = admin_client.post(reverse("referrals_publish_questionnaire"), follow=True)

    assert QuestionnaireVersion.objects.count() == before + 1
    assert f"Published version {before + 1}".encode() in response.content


def test_the_question_list_offers_publishing(admin_client):
    response = admin_client.get(reverse("wagtailsnippets_referrals_question:list"))

    assert reverse("referrals_publish_questionnaire").encode() in response.content


def test_caseworkers_cannot_configure_the_network(client, riverside_caseworker):
    staff_login(client, riverside_caseworker)
    before = QuestionnaireVersion.objects.count()

    assert client.get(reverse("referrals_publish_questionnaire")).status_code in (302, 403)
    assert client.post(reverse("referrals_publish_questionnaire")).status_code in (302, 403)
    assert client.get(reverse("wagtailsnippets_referrals_centre:list")).status_code in (302, 403)
    assert QuestionnaireVersion.objects.count() == before
