"""Welsh, Polish, Arabic and Traditional Chinese texts for the starter
questionnaire and the outcome codes, then a new published version that
carries them (earlier enquiries keep the version they answered)."""

import json
from pathlib import Path

from django.conf import settings
from django.db import migrations
from django.utils import timezone

DATA = Path(__file__).resolve().parent.parent / "data"


def _languages():
    return [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


def install(apps, schema_editor):
    from modeltranslation.utils import build_localized_fieldname

    from referrals.questionnaire_data import install_translations, publish_current

    models = {
        "Question": apps.get_model("referrals", "Question"),
        "Option": apps.get_model("referrals", "Option"),
    }
    OutcomeCode = apps.get_model("referrals", "OutcomeCode")
    for language in _languages():
        if (DATA / "questionnaire" / f"{language}.json").exists():
            install_translations(language, **models)
        outcomes = DATA / "outcome_codes" / f"{language}.json"
        if outcomes.exists():
            texts = json.loads(outcomes.read_text(encoding="utf-8"))
            for outcome in OutcomeCode.objects.filter(code__in=texts):
                setattr(outcome, build_localized_fieldname("label", language), texts[outcome.code]["label"])
                setattr(
                    outcome,
                    build_localized_fieldname("description", language),
                    texts[outcome.code]["description"],
                )
                outcome.save()
    publish_current(
        **models,
        AreaOfLaw=apps.get_model("knowledge", "AreaOfLaw"),
        QuestionnaireVersion=apps.get_model("referrals", "QuestionnaireVersion"),
        languages=[code for code, _name in settings.LANGUAGES],
        published_at=timezone.now(),
    )


class Migration(migrations.Migration):
    dependencies = [("referrals", "0002_reference_data")]

    operations = [migrations.RunPython(install, migrations.RunPython.noop)]
