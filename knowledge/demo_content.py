"""Demo content for the knowledge side: home pages, glossary, guides in every
language, the legal-review workflow and the editor and reviewer accounts.

Everything here is idempotent: a second run finds what the first created and
changes nothing. Guides go through the same import service as
`import_guides`, from the files under knowledge/demo/.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from modeltranslation.utils import build_localized_fieldname
from wagtail.actions.convert_alias import ConvertAliasPageAction
from wagtail.models import (
    GroupApprovalTask,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from portal.two_factor.demo import ensure_demo_second_factor

from .models import GlossaryTerm, GuidePage, HomePage
from .services.importing import ImportCounts, import_guides
from .services.site_structure import ensure_language_trees

DEMO_DIR = Path(__file__).resolve().parent / "demo"
# This guide's translations are made from an earlier version of the English
# text, so the demo shows the "out of date" flag.
STALE_GUIDE_KEY = "tenancy-deposits"
DEMO_PASSWORD_SUFFIX = "-demo-2026"  # noqa: S105 - demo only, refused in production


@dataclass
class DemoAccount:
    username: str
    password: str
    role: str
    extra: list[str] = field(default_factory=list)


@dataclass
class KnowledgeDemoReport:
    counts: ImportCounts
    glossary_terms: int
    accounts: list[DemoAccount]

    def lines(self) -> list[str]:
        c = self.counts
        return [
            f"Guides: {c.guides_created} created, {c.guides_updated} updated, "
            f"{c.guides_unchanged} unchanged.",
            f"Translations: {c.translations_created} created, {c.translations_updated} updated, "
            f"{c.translations_unchanged} unchanged.",
            f"Glossary terms: {self.glossary_terms}.",
        ]


def load(*, with_accounts: bool = True) -> KnowledgeDemoReport:
    """Home pages, glossary and guides always; the review workflow and the
    editor/reviewer accounts only with_accounts, which production refuses."""
    ensure_language_trees()
    with transaction.atomic():
        _load_home_pages()
        terms = _load_glossary()
    counts = _load_guides()
    accounts = _load_workflow_and_accounts() if with_accounts else []
    return KnowledgeDemoReport(counts=counts, glossary_terms=terms, accounts=accounts)


def _read(path: Path):
    with path.open(encoding="utf-8") as handle:
        return json.load(handle)


def _load_home_pages() -> None:
    texts = _read(DEMO_DIR / "home.json")
    source = HomePage.objects.get(locale__language_code=settings.LANGUAGE_CODE, depth=2)
    _update_home(source, texts[settings.LANGUAGE_CODE])
    for version in Page.objects.filter(translation_key=source.translation_key).exclude(
        pk=source.pk
    ):
        language = version.locale.language_code
        if language not in texts:
            continue
        if version.alias_of_id is not None:
            ConvertAliasPageAction(version.specific).execute(skip_permission_checks=True)
        _update_home(HomePage.objects.get(pk=version.pk), texts[language])


def _update_home(home: HomePage, text: dict) -> None:
    wanted = {
        "title": text["title"],
        "intro": text["intro"],
        "urgent_heading": text["urgent_heading"],
        "urgent_help": text["urgent_help"],
    }
    current = {name: getattr(home, name) for name in wanted}
    if current == wanted and home.live and not home.has_unpublished_changes:
        return
    for name, value in wanted.items():
        setattr(home, name, value)
    home.draft_title = home.title
    home.save_revision().publish()


def _load_glossary() -> int:
    languages = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
    count = 0
    for path in sorted((DEMO_DIR / "glossary").glob("*.json")):
        data = _read(path)
        values = {
            "term": data["term"],
            "definition": data["definition"],
            build_localized_fieldname("term", settings.LANGUAGE_CODE): data["term"],
            build_localized_fieldname("definition", settings.LANGUAGE_CODE): data["definition"],
        }
        for language in languages:
            translated = DEMO_DIR / "translations" / language / "glossary" / path.name
            if translated.exists():
                text = _read(translated)
                values[build_localized_fieldname("term", language)] = text["term"]
                values[build_localized_fieldname("definition", language)] = text["definition"]
        term = GlossaryTerm.objects.filter(slug=data["slug"]).first()
        if term is None:
            GlossaryTerm.objects.create(slug=data["slug"], **values)
        elif any(getattr(term, name) != value for name, value in values.items()):
            for name, value in values.items():
                setattr(term, name, value)
            term.save()
        count += 1
    return count


def guide_import_data() -> dict:
    """The demo guides in import_guides format, with every translation on disk."""
    guides = []
    for path in sorted((DEMO_DIR / "guides").glob("*.json")):
        entry = _read(path)
        for language, _name in settings.LANGUAGES:
            translated = DEMO_DIR / "translations" / language / path.name
            if language != settings.LANGUAGE_CODE and translated.exists():
                entry["translations"][language] = _read(translated)
        guides.append(entry)
    return {"guides": guides}


def _load_guides() -> ImportCounts:
    data = guide_import_data()
    earlier_counts = ImportCounts()
    stale = next((g for g in data["guides"] if g["key"] == STALE_GUIDE_KEY), None)
    if (
        stale is not None
        and len(stale["translations"]) > 1
        and not GuidePage.objects.filter(key=STALE_GUIDE_KEY).exists()
    ):
        earlier = copy.deepcopy(data)
        for entry in earlier["guides"]:
            if entry["key"] == STALE_GUIDE_KEY:
                entry["translations"][settings.LANGUAGE_CODE]["body"] = _earlier_version(
                    entry["translations"][settings.LANGUAGE_CODE]["body"]
                )
        earlier_counts = import_guides(earlier)
    counts = earlier_counts + import_guides(data)
    # The second pass re-publishes the stale guide's newer English text: report
    # it once, as created, not also as updated.
    moved = min(counts.guides_updated, earlier_counts.guides_created)
    counts.guides_updated -= moved
    counts.guides_unchanged -= earlier_counts.guides_created - moved
    counts.translations_unchanged -= earlier_counts.translations_created
    return counts


def _earlier_version(body: str) -> str:
    """The body as it was before its last section was added."""
    cut = body.rfind("\n## ")
    return body[:cut] if cut > 0 else body + "\n\nThis guide is being updated."


# --- Workflow and accounts -------------------------------------------------

PAGE_PERMISSIONS = {
    "Editors": ["add_page", "change_page"],
    "Legal reviewers": ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
}


@transaction.atomic
def _load_workflow_and_accounts() -> list[DemoAccount]:
    root = Page.get_first_root_node()
    access_admin = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    translate = Permission.objects.get(codename="submit_translation")
    glossary_permissions = Permission.objects.filter(
        content_type__app_label="knowledge",
        codename__in=["add_glossaryterm", "change_glossaryterm"],
    )
    groups = {}
    for name, codenames in PAGE_PERMISSIONS.items():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(access_admin, translate, *glossary_permissions)
        for codename in codenames:
            permission = Permission.objects.get(
                content_type__app_label="wagtailcore", codename=codename
            )
            GroupPagePermission.objects.get_or_create(group=group, page=root, permission=permission)
        groups[name] = group

    task = GroupApprovalTask.objects.filter(name="Legal review").first()
    if task is None:
        task = GroupApprovalTask.objects.create(name="Legal review")
    task.groups.set([groups["Legal reviewers"]])
    workflow, _created = Workflow.objects.get_or_create(name="Legal review")
    WorkflowTask.objects.get_or_create(
        workflow=workflow, task=task.task_ptr, defaults={"sort_order": 0}
    )
    for home in HomePage.objects.filter(depth=2):
        WorkflowPage.objects.update_or_create(page=home, defaults={"workflow": workflow})

    return [
        _account(
            "editor",
            "Editors",
            groups,
            "Writes and translates guides, then submits them for legal review.",
        ),
        _account(
            "reviewer",
            "Legal reviewers",
            groups,
            "A bilingual legal reviewer: approves and publishes guides in the legal review workflow.",
        ),
    ]


def _account(username: str, group_name: str, groups: dict, role: str) -> DemoAccount:
    User = get_user_model()
    password = username + DEMO_PASSWORD_SUFFIX
    user, created = User.objects.get_or_create(
        username=username,
        defaults={
            "email": f"{username}@signpost.example",
            "first_name": username.capitalize(),
            "last_name": "(demo)",
        },
    )
    if created or not user.check_password(password):
        user.set_password(password)
        user.save()
    user.groups.add(groups[group_name])
    return DemoAccount(
        username=username, password=password, role=role, extra=ensure_demo_second_factor(user)
    )
