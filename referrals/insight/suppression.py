"""Small-number suppression, with complementary suppression.

Primary: any count under THRESHOLD (zero included, so a true zero cannot be
told from a small number) is shown as "fewer than 5".

Complementary: a *line* is a group of figures that add up to a total shown
somewhere (a table's rows and its total, a row of a cross-tab and the
period's total ...). If exactly one figure of a line were hidden, the total
minus the others would give it away, so the smallest figure still shown in
that line is withheld too, and so on until no line has exactly one hidden
figure. Figures already decided by another table (``seeded``) keep their
status, so two tables never disagree.

Shares, medians and percentiles are shown only when every count they are
made of could be shown (see derived_status).
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping

THRESHOLD = 5
SHOWN = "shown"
SMALL = "small"  # under THRESHOLD: "fewer than 5"
WITHHELD = "withheld"  # 5 or more, hidden so that a small figure cannot be worked out
_SEVERITY = (SHOWN, WITHHELD, SMALL)


def primary_status(value: int) -> str:
    return SMALL if value < THRESHOLD else SHOWN


def protect(
    values: Mapping[Hashable, int],
    lines: Iterable[Iterable[Hashable]] = (),
    *,
    seeded: Mapping[Hashable, str] | None = None,
) -> dict[Hashable, str]:
    """Each key's status: SHOWN, SMALL or WITHHELD."""
    status = {key: primary_status(value) for key, value in values.items()}
    fixed = set(seeded or {})
    for key, seed in (seeded or {}).items():
        # A seed can hide a figure, never show one that is small.
        status[key] = max(status.get(key, SHOWN), seed, key=_SEVERITY.index)
    lines = [list(line) for line in lines]
    changed = True
    while changed:
        changed = False
        for line in lines:
            hidden = [key for key in line if status[key] != SHOWN]
            if len(hidden) != 1:
                continue
            shown = [key for key in line if status[key] == SHOWN]
            candidates = [key for key in shown if key not in fixed] or shown
            if not candidates:
                continue
            pick = min(candidates, key=lambda key: (values[key], str(key)))
            status[pick] = WITHHELD
            changed = True
    return status


def derived_status(*parts: int | str) -> str:
    """The status of a figure made from counts (a share, a median): shown only
    if every part is shown. Parts are counts or statuses."""
    for part in parts:
        state = part if isinstance(part, str) else primary_status(part)
        if state != SHOWN:
            return state if state == WITHHELD else SMALL
    return SHOWN
