import pytest

from referrals.models import CaseNote
from referrals.services import EmptyNote, enquiry_add_note

from ..factories import submit

pytestmark = pytest.mark.django_db


def test_a_note_is_kept_and_only_its_id_goes_on_the_timeline(riverside, riverside_caseworker):
    enquiry = submit().enquiry

    note = enquiry_add_note(enquiry=enquiry, actor=riverside_caseworker, body=" Rang twice. ")

    assert CaseNote.objects.get().body == "Rang twice." and note.author == riverside_caseworker
    event = enquiry.events.last()
    assert (event.action, event.data) == ("add_note", {"note": note.pk})


def test_an_empty_note_is_refused(riverside, riverside_caseworker):
    enquiry = submit().enquiry

    with pytest.raises(EmptyNote):
        enquiry_add_note(enquiry=enquiry, actor=riverside_caseworker, body="  ")
