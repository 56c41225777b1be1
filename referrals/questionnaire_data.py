"""The starter questionnaire shipped with the product, and its translations.

``data/questionnaire/structure.json`` holds the logic (questions, kinds,
roles, branching, what options set) and ``data/questionnaire/<lang>.json``
the texts, one parallel file per language with the same keys::

    {"language": "cy", "questions": {"problem_area": {"text": "...",
      "help_text": "...", "options": {"housing": "..."}}}}

Functions here take model classes as arguments so data migrations can pass
historical models. A later migration adds a language with::

    install_translations("cy", Question=..., Option=...)
    publish_current(..., published_at=timezone.now())
"""

from __future__ import annotations

import json
from pathlib import Path

from .snapshots import build_snapshot, checksum, validate_snapshot

DATA_DIR = Path(__file__).resolve().parent / "data" / "questionnaire"


class QuestionnaireDataError(ValueError):
    pass


def read_structure() -> dict:
    with (DATA_DIR / "structure.json").open(encoding="utf-8") as handle:
        return json.load(handle)


def read_texts(language: str) -> dict:
    path = DATA_DIR / f"{language}.json"
    with path.open(encoding="utf-8") as handle:
        texts = json.load(handle)
    structure = read_structure()
    missing = [
        q["key"]
        for q in structure["questions"]
        if q["key"] not in texts["questions"]
        or set(texts["questions"][q["key"]].get("options", {})) != {o["key"] for o in q["options"]}
    ]
    if missing:
        raise QuestionnaireDataError(
            f"{path.name} does not match structure.json for: {', '.join(missing)}."
        )
    return texts


def _field(name: str, language: str) -> str:
    return f"{name}_{language.replace('-', '_')}"


def install_questionnaire(*, Question, Option, AreaOfLaw, default_language: str = "en") -> None:
    """Create or update the starter questions and options (idempotent by key)."""
    structure = read_structure()
    texts = read_texts(default_language)["questions"]
    areas = dict(AreaOfLaw.objects.values_list("code", "pk"))
    questions = {}
    for index, entry in enumerate(structure["questions"], start=1):
        text = texts[entry["key"]]
        question, _created = Question.objects.update_or_create(
            key=entry["key"],
            defaults={
                "kind": entry["kind"],
                "role": entry["role"],
                "key_date_kind": entry["key_date_kind"],
                "required": entry["required"],
                "sort_order": index * 10,
                "text": text["text"],
                "help_text": text["help_text"],
                _field("text", default_language): text["text"],
                _field("help_text", default_language): text["help_text"],
            },
        )
        questions[entry["key"]] = question
    for entry in structure["questions"]:
        question = questions[entry["key"]]
        question.next_question = questions.get(entry["next"]) if entry["next"] else None
        question.save(update_fields=["next_question"])
        labels = texts[entry["key"]]["options"]
        for index, option in enumerate(entry["options"]):
            if option["area"] and option["area"] not in areas:
                raise QuestionnaireDataError(f"Unknown area of law: {option['area']}.")
            Option.objects.update_or_create(
                question=question,
                key=option["key"],
                defaults={
                    "sort_order": index,
                    "label": labels[option["key"]],
                    _field("label", default_language): labels[option["key"]],
                    "next_question": questions.get(option["next"]) if option["next"] else None,
                    "area_id": areas.get(option["area"]) if option["area"] else None,
                    "sub_category": option["sub_category"],
                    "urgent": option["urgent"],
                    "eligibility": option["eligibility"],
                },
            )


def install_translations(language: str, *, Question, Option) -> int:
    """Set one language's texts from data/questionnaire/<language>.json; returns rows changed."""
    texts = read_texts(language)["questions"]
    changed = 0
    for question in Question.objects.filter(key__in=texts):
        entry = texts[question.key]
        setattr(question, _field("text", language), entry["text"])
        setattr(question, _field("help_text", language), entry.get("help_text", ""))
        question.save()
        changed += 1
        for option in Option.objects.filter(question=question, key__in=entry["options"]):
            setattr(option, _field("label", language), entry["options"][option.key])
            option.save()
    return changed


def current_snapshot(*, Question, Option, AreaOfLaw, languages) -> dict:
    """Freeze the working copy of the questionnaire (see snapshots.py for the shape)."""
    questions = list(Question.objects.order_by("sort_order", "key"))
    options_for: dict[int, list] = {}
    for option in Option.objects.order_by("question_id", "sort_order", "id"):
        options_for.setdefault(option.question_id, []).append(option)
    area_codes = dict(AreaOfLaw.objects.values_list("pk", "code"))
    return build_snapshot(questions, options_for, languages, area_codes)


def publish_current(
    *,
    Question,
    Option,
    AreaOfLaw,
    QuestionnaireVersion,
    languages,
    published_at,
    published_by_id=None,
):
    """Publish the working copy unless it equals the latest version.

    Returns (version, created). Raises QuestionnaireDataError listing every
    problem if the questionnaire could not be completed by a help-seeker.
    """
    snapshot = current_snapshot(
        Question=Question, Option=Option, AreaOfLaw=AreaOfLaw, languages=languages
    )
    problems = validate_snapshot(snapshot)
    if problems:
        raise QuestionnaireDataError(" ".join(problems))
    digest = checksum(snapshot)
    latest = QuestionnaireVersion.objects.order_by("-number").first()
    if latest is not None and latest.checksum == digest:
        return latest, False
    version = QuestionnaireVersion.objects.create(
        number=(latest.number + 1) if latest else 1,
        snapshot=snapshot,
        checksum=digest,
        published_at=published_at,
        published_by_id=published_by_id,
    )
    return version, True
