"""Editors' side: translation status while editing, and the legal review workflow."""

import pytest
from django.contrib.auth.models import Group, Permission, User
from wagtail.models import (
    GroupApprovalTask,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from tests.support.staff import staff_login

from .factories import publish_guide, translate


@pytest.fixture
def admin_client(client, db):
    user = User.objects.create_superuser("admin", "admin@signpost.example", "x" * 16)
    staff_login(client, user)
    return client


def test_editing_an_out_of_date_translation_says_so(admin_client):
    guide = publish_guide(slug="deposits")
    polish = translate(guide, "pl", title="Kaucje", summary="s")
    page = admin_client.get(f"/admin/pages/{polish.pk}/edit/").content.decode()
    assert "matches the latest published" in page

    guide.save_revision().publish()
    page = admin_client.get(f"/admin/pages/{polish.pk}/edit/").content.decode()
    assert "was published again after this translation" in page
    assert f"/admin/pages/{guide.pk}/edit/" in page


def test_the_default_language_page_shows_no_translation_status(admin_client):
    guide = publish_guide(slug="deposits")
    page = admin_client.get(f"/admin/pages/{guide.pk}/edit/").content.decode()
    assert "after this translation" not in page and "matches the latest published" not in page


@pytest.fixture
def legal_review(db):
    root = Page.get_first_root_node()
    editors = Group.objects.create(name="Test editors")
    reviewers = Group.objects.create(name="Test reviewers")
    access = Permission.objects.get(codename="access_admin")
    for group, codenames in (
        (editors, ["add_page", "change_page"]),
        (reviewers, ["add_page", "change_page", "publish_page"]),
    ):
        group.permissions.add(access)
        for codename in codenames:
            GroupPagePermission.objects.create(
                group=group, page=root, permission=Permission.objects.get(codename=codename)
            )
    task = GroupApprovalTask.objects.create(name="Legal review")
    task.groups.set([reviewers])
    workflow = Workflow.objects.create(name="Legal review")
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.create(
        page=Page.objects.get(depth=2, locale__language_code="en"), workflow=workflow
    )
    editor = User.objects.create_user("ed", password="x" * 16)
    editor.groups.add(editors)
    reviewer = User.objects.create_user("rev", password="x" * 16)
    reviewer.groups.add(reviewers)
    return workflow, editor, reviewer


def test_a_guide_is_published_only_after_legal_review(legal_review):
    workflow, editor, reviewer = legal_review
    guide = publish_guide(slug="new")
    guide.summary = "A changed summary."
    revision = guide.save_revision(user=editor)

    assert not guide.permissions_for_user(editor).can_publish()
    assert guide.get_workflow() == workflow
    state = workflow.start(guide, editor)
    assert state.status == "in_progress"

    task_state = state.current_task_state
    task_state.task.specific.on_action(task_state, reviewer, "approve")
    guide.refresh_from_db()
    assert guide.live_revision_id == revision.pk
    assert guide.summary == "A changed summary."
