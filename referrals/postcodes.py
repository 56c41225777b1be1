"""UK postcodes and coverage prefixes.

A postcode such as ``SW9 7AB`` has an outward code (``SW9``, the district),
a sector (``SW9 7``) and an area (``SW``). Centres describe their coverage
with any of the three; routing compares them by kind, never as loose string
prefixes, so the area ``E`` never matches ``EC1A``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

AREA = "area"
DISTRICT = "district"
SECTOR = "sector"

# Outward code: area letters, district digit(s) and an optional letter
# (``E1``, ``SW1A``, ``EC1A``, ``M60``). Inward code: digit, two letters
# (never C, I, K, M, O or V).
_OUTWARD = r"[A-Z]{1,2}[0-9][0-9A-Z]?"
_INWARD = r"[0-9][ABD-HJLNP-UW-Z]{2}"
_FULL_RE = re.compile(rf"^({_OUTWARD})({_INWARD})$")
_OUTWARD_RE = re.compile(rf"^{_OUTWARD}$")
_AREA_RE = re.compile(r"^[A-Z]{1,2}$")
_SECTOR_RE = re.compile(rf"^({_OUTWARD}) ?([0-9])$")


@dataclass(frozen=True)
class Postcode:
    """A normalised postcode, or only its outward code when that is all we were given."""

    outward: str
    inward: str = ""

    @property
    def area(self) -> str:
        return re.match(r"[A-Z]+", self.outward).group(0)

    @property
    def sector(self) -> str:
        return f"{self.outward} {self.inward[0]}" if self.inward else ""

    @property
    def is_full(self) -> bool:
        return bool(self.inward)

    def __str__(self) -> str:
        return f"{self.outward} {self.inward}" if self.inward else self.outward


def parse_postcode(text: str | None) -> Postcode | None:
    """A full postcode (``e1 6an`` -> ``E1 6AN``) or an outward code alone, else None."""
    if not text:
        return None
    compact = re.sub(r"\s+", "", str(text)).upper()
    match = _FULL_RE.match(compact)
    if match:
        return Postcode(outward=match.group(1), inward=match.group(2))
    if _OUTWARD_RE.match(compact):
        return Postcode(outward=compact)
    return None


def normalise_coverage(text: str) -> tuple[str, str] | None:
    """A coverage entry as (normalised prefix, kind), or None if it is not one.

    ``"sw9 7"`` -> ``("SW9 7", "sector")``; ``"e1"`` -> ``("E1", "district")``;
    ``"n"`` -> ``("N", "area")``.
    """
    value = re.sub(r"\s+", " ", str(text).strip().upper())
    if _AREA_RE.match(value):
        return value, AREA
    if _OUTWARD_RE.match(value):
        return value, DISTRICT
    match = _SECTOR_RE.match(value)
    if match:
        return f"{match.group(1)} {match.group(2)}", SECTOR
    return None


def coverage_match(postcode: Postcode | None, coverage: tuple[str, ...]) -> tuple[str, str] | None:
    """The most specific entry of coverage that covers postcode, as (prefix, kind)."""
    if postcode is None:
        return None
    entries = set(coverage)
    if postcode.sector and postcode.sector in entries:
        return postcode.sector, SECTOR
    if postcode.outward in entries:
        return postcode.outward, DISTRICT
    if postcode.area in entries:
        return postcode.area, AREA
    return None
