import pytest
from django.core.exceptions import PermissionDenied

from referrals.models import Option, Question, QuestionnaireVersion
from referrals.selectors import latest_questionnaire_version
from referrals.services import QuestionnaireNotPublishable, questionnaire_publish

from ..factories import UserFactory, network_admin

pytestmark = pytest.mark.django_db


def test_publishing_an_edit_creates_a_new_immutable_version():
    first = latest_questionnaire_version()
    Option.objects.filter(question__key="problem_area", key="housing").update(
        label_pl="Mieszkanie!"
    )

    result = questionnaire_publish(actor=network_admin())

    assert result.created and result.version.number == first.number + 1
    options = result.version.snapshot["questions"][0]["options"]
    assert options[0]["label"]["pl"] == "Mieszkanie!"
    first.refresh_from_db()
    assert first.snapshot["questions"][0]["options"][0]["label"]["pl"] != "Mieszkanie!"
    assert latest_questionnaire_version() == result.version


def test_publishing_without_changes_creates_nothing():
    before = QuestionnaireVersion.objects.count()
    result = questionnaire_publish()

    assert not result.created and QuestionnaireVersion.objects.count() == before


def test_a_broken_questionnaire_is_not_published():
    before = QuestionnaireVersion.objects.count()
    Question.objects.filter(key="summary").update(
        next_question=Question.objects.get(key="problem_area")
    )

    with pytest.raises(QuestionnaireNotPublishable, match="loop back"):
        questionnaire_publish()
    assert QuestionnaireVersion.objects.count() == before


def test_only_people_allowed_to_publish_can():
    with pytest.raises(PermissionDenied):
        questionnaire_publish(actor=UserFactory())


def test_the_publisher_is_recorded():
    admin = network_admin()
    Question.objects.filter(key="summary").update(text_en="Tell us what happened.")

    assert questionnaire_publish(actor=admin).version.published_by == admin
