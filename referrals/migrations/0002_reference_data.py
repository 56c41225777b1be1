"""Reference data every install needs, demo or not: the outcome codes and the
starter questionnaire (published as version 1). Editors change them later."""

from django.conf import settings
from django.db import migrations
from django.utils import timezone

OUTCOMES = [
    ("advice_given", "Advice given", "The person was given advice and needs nothing more from us."),
    ("casework_completed", "Casework completed", "We acted for the person and the matter is finished."),
    ("legal_aid_case_opened", "Legal aid case opened", "The centre opened a legal aid case."),
    ("referred_to_solicitor", "Referred to a solicitor", "Passed to a solicitor outside the network."),
    ("signposted", "Signposted elsewhere", "Told where else to get help, for example Shelter or Citizens Advice."),
    ("resolved_before_contact", "Resolved before contact", "The problem was resolved before we spoke to them."),
    ("no_further_action", "No further action", "Nothing more could be done."),
    ("not_eligible", "Not eligible", "Outside what the centre can help with, or not eligible for free advice."),
    ("client_withdrew", "Client withdrew", "The person no longer wants help."),
    ("unable_to_contact", "Unable to contact", "We tried to reach the person safely several times without success."),
    ("duplicate", "Duplicate enquiry", "The same problem is already being handled in another enquiry."),
]


def create_outcome_codes(apps, schema_editor):
    OutcomeCode = apps.get_model("referrals", "OutcomeCode")
    for index, (code, label, description) in enumerate(OUTCOMES, start=1):
        OutcomeCode.objects.update_or_create(
            code=code,
            defaults={
                "sort_order": index * 10,
                "label": label,
                "label_en": label,
                "description": description,
                "description_en": description,
            },
        )


def create_questionnaire(apps, schema_editor):
    from referrals.questionnaire_data import install_questionnaire, publish_current

    models = {
        "Question": apps.get_model("referrals", "Question"),
        "Option": apps.get_model("referrals", "Option"),
        "AreaOfLaw": apps.get_model("knowledge", "AreaOfLaw"),
    }
    install_questionnaire(**models)
    publish_current(
        **models,
        QuestionnaireVersion=apps.get_model("referrals", "QuestionnaireVersion"),
        languages=[code for code, _name in settings.LANGUAGES],
        published_at=timezone.now(),
    )


class Migration(migrations.Migration):
    dependencies = [
        ("referrals", "0001_initial"),
        ("knowledge", "0002_reference_data"),
    ]

    operations = [
        migrations.RunPython(create_outcome_codes, migrations.RunPython.noop),
        migrations.RunPython(create_questionnaire, migrations.RunPython.noop),
    ]
