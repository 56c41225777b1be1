"""Importing and exporting centres (`import_centres` / `export_centres`).

The format (docs/referrals.md)::

    {"centres": [{"slug": "riverside", "name": "Riverside Law Centre",
      "email": "advice@riverside.example", "phone": "020 7946 0000",
      "areas": ["housing", "benefits"], "coverage": ["E1", "E2", "N"],
      "national": false, "languages": ["en", "pl", "bsl"],
      "weekly_capacity": 20, "accepts_urgent": true,
      "opening_hours": {"mon": ["09:00", "17:00"]}}]}

Optional: "description" (a string in the default language, or an object by
language code) and "active" (default true). Unknown fields are ignored. The
whole file is checked before anything is written; a problem refuses it all,
naming the entry. Importing the same file twice changes nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from modeltranslation.utils import build_localized_fieldname

from knowledge.models import AreaOfLaw

from ..contact_details import is_valid_email
from ..fields.centre import clean_coverage, clean_languages, clean_opening_hours
from ..models import Centre

SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
REQUIRED = ("slug", "name", "areas", "coverage", "languages", "weekly_capacity")


class CentreImportError(ValueError):
    """The file cannot be imported; nothing was written. The message says why."""


@dataclass
class CentreImportCounts:
    created: int = 0
    updated: int = 0
    unchanged: int = 0


@dataclass
class CentreEntry:
    slug: str
    values: dict
    descriptions: dict[str, str]
    area_ids: set[int] = field(default_factory=set)


def parse_centres(data) -> list[CentreEntry]:
    if not isinstance(data, dict) or not isinstance(data.get("centres"), list):
        raise CentreImportError('The file must be a JSON object with a "centres" list.')
    areas = dict(AreaOfLaw.objects.values_list("code", "pk"))
    entries, seen = [], set()
    for index, raw in enumerate(data["centres"], start=1):
        label = f"Centre {index}"
        if isinstance(raw, dict) and isinstance(raw.get("slug"), str):
            label += f' ("{raw["slug"]}")'
        try:
            entry = _parse_entry(raw, areas)
        except (CentreImportError, ValidationError) as error:
            message = "; ".join(error.messages) if isinstance(error, ValidationError) else error
            raise CentreImportError(f"{label}: {message}") from None
        if entry.slug in seen:
            raise CentreImportError(f'{label}: the slug "{entry.slug}" appears twice in the file.')
        seen.add(entry.slug)
        entries.append(entry)
    return entries


def _parse_entry(raw, areas: dict[str, int]) -> CentreEntry:
    if not isinstance(raw, dict):
        raise CentreImportError("each centre must be a JSON object.")
    missing = [name for name in REQUIRED if name not in raw]
    if missing:
        raise CentreImportError(f"missing {', '.join(missing)}.")
    slug, name = raw["slug"], raw["name"]
    if not isinstance(slug, str) or not SLUG_RE.match(slug) or len(slug) > 80:
        raise CentreImportError("slug must be lower-case letters, digits and hyphens.")
    if not isinstance(name, str) or not name.strip() or len(name) > 150:
        raise CentreImportError("name must be text of at most 150 characters.")
    if not isinstance(raw["areas"], list) or not raw["areas"]:
        raise CentreImportError("areas must list at least one area of law.")
    unknown = [code for code in raw["areas"] if code not in areas]
    if unknown:
        raise CentreImportError(
            f"unknown area of law {', '.join(map(str, unknown))} (known: {', '.join(sorted(areas))})."
        )
    national = _boolean(raw, "national", False)
    coverage = clean_coverage(raw["coverage"])
    if not coverage and not national:
        raise CentreImportError(
            'coverage is empty and "national" is false: it would cover nowhere.'
        )
    languages = clean_languages(raw["languages"])
    if not languages:
        raise CentreImportError("languages must list at least one language.")
    capacity = raw["weekly_capacity"]
    if not isinstance(capacity, int) or isinstance(capacity, bool) or not 0 <= capacity <= 10000:
        raise CentreImportError("weekly_capacity must be a whole number from 0 to 10000.")
    email = raw.get("email") or ""
    if not isinstance(email, str) or (email and not is_valid_email(email)):
        raise CentreImportError(f'"{email}" is not an e-mail address.')
    phone = raw.get("phone") or ""
    if not isinstance(phone, str) or len(phone) > 40:
        raise CentreImportError("phone must be text of at most 40 characters.")
    values = {
        "name": name.strip(),
        "email": email,
        "phone": phone,
        "coverage": coverage,
        "national": national,
        "languages": languages,
        "weekly_capacity": capacity,
        "accepts_urgent": _boolean(raw, "accepts_urgent", True),
        "opening_hours": clean_opening_hours(raw.get("opening_hours") or {}),
        "active": _boolean(raw, "active", True),
    }
    return CentreEntry(
        slug=slug,
        values=values,
        descriptions=_descriptions(raw.get("description")),
        area_ids={areas[code] for code in raw["areas"]},
    )


def _boolean(raw: dict, name: str, default: bool) -> bool:
    value = raw.get(name, default)
    if not isinstance(value, bool):
        raise CentreImportError(f"{name} must be true or false.")
    return value


def _descriptions(value) -> dict[str, str]:
    languages = {code for code, _name in settings.LANGUAGES}
    if value in (None, ""):
        return {}
    if isinstance(value, str):
        return {settings.LANGUAGE_CODE: value}
    if isinstance(value, dict) and all(
        code in languages and isinstance(text, str) for code, text in value.items()
    ):
        return dict(value)
    raise CentreImportError(
        f"description must be text, or an object by language code ({', '.join(sorted(languages))})."
    )


@transaction.atomic
def centres_import(*, data) -> CentreImportCounts:
    """Create or update centres by slug from import data (see the module docstring)."""
    entries = parse_centres(data)
    counts = CentreImportCounts()
    existing = {c.slug: c for c in Centre.objects.prefetch_related("areas")}
    for entry in entries:
        centre = existing.get(entry.slug)
        values = dict(entry.values)
        for language, text in entry.descriptions.items():
            values[build_localized_fieldname("description", language)] = text
        if centre is None:
            centre = Centre.objects.create(slug=entry.slug, **values)
            centre.areas.set(entry.area_ids)
            counts.created += 1
            continue
        changed = [name for name, value in values.items() if getattr(centre, name) != value]
        areas_changed = {area.pk for area in centre.areas.all()} != entry.area_ids
        if not changed and not areas_changed:
            counts.unchanged += 1
            continue
        for name in changed:
            setattr(centre, name, values[name])
        if changed:
            centre.save()
        if areas_changed:
            centre.areas.set(entry.area_ids)
        counts.updated += 1
    return counts


def centres_export() -> dict:
    """Every centre in the import format (importing it back changes nothing)."""
    centres = []
    for centre in Centre.objects.prefetch_related("areas").order_by("slug"):
        descriptions = {
            code: getattr(centre, build_localized_fieldname("description", code))
            for code, _name in settings.LANGUAGES
            if getattr(centre, build_localized_fieldname("description", code))
        }
        centres.append(
            {
                "slug": centre.slug,
                "name": centre.name,
                "email": centre.email,
                "phone": centre.phone,
                "areas": sorted(area.code for area in centre.areas.all()),
                "coverage": list(centre.coverage),
                "national": centre.national,
                "languages": list(centre.languages),
                "weekly_capacity": centre.weekly_capacity,
                "accepts_urgent": centre.accepts_urgent,
                "opening_hours": dict(centre.opening_hours),
                "active": centre.active,
                "description": descriptions,
            }
        )
    return {"centres": centres}
