"""Which frameworks to suggest for a person's role and the nation they are registered in.

The role is what the person typed in Preferences ("Team manager", "Principal social worker,
adults"), so it is read loosely: a few telling words decide whether they lead, supervise or
practise, and whether they work with children or adults. Only frameworks in force on the day
are suggested; one that starts later is named as coming, so nobody is surprised by it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from journal_app.core.frameworks import Framework

#: where the person is registered, as stored in Preferences
REGISTERED_WITH = ("swe", "scw", "both")

_LEADER_WORDS = ("leader", "principal", "head of", "director", "service manager", "assistant")
_SUPERVISOR_WORDS = ("supervisor", "team manager", "manager", "consultant", "senior", "educator")
_ADULT_WORDS = ("adult", "all-age", "all age", "older people", "mental health")


@dataclass(frozen=True)
class RoleReading:
    """How a free-text role was read."""

    role: str  # practitioner, supervisor or leader
    services: tuple[str, ...]  # children, adults or both


def read_role(text: str) -> RoleReading:
    """The role and services a job title suggests; a blank title reads as a practice leader
    in children's services, the people the app is made for."""
    lowered = " ".join(text.lower().split())
    if not lowered:
        return RoleReading("leader", ("children",))
    if any(word in lowered for word in _LEADER_WORDS):
        role = "leader"
    elif any(word in lowered for word in _SUPERVISOR_WORDS):
        role = "supervisor"
    else:
        role = "practitioner"
    if "all-age" in lowered or "all age" in lowered:
        services: tuple[str, ...] = ("children", "adults")
    elif any(word in lowered for word in _ADULT_WORDS):
        services = ("adults",)
    else:
        services = ("children",)
    return RoleReading(role, services)


def nations_for(registered_with: str) -> tuple[str, ...]:
    """The nations whose frameworks apply to someone registered with SWE, SCW or both."""
    return {"scw": ("wales",), "both": ("england", "wales")}.get(registered_with, ("england",))


def suggest_frameworks(
    frameworks: Iterable[Framework], role_text: str, registered_with: str, day: date
) -> tuple[Framework, ...]:
    """Frameworks in force on ``day`` that fit the role and nation, most specific first.

    A framework written for the role comes before one written for everyone (the PCF and
    the regulators' standards), which keeps the suggestion useful rather than exhaustive.
    """
    reading = read_role(role_text)
    nations = nations_for(registered_with)
    fitting: list[tuple[int, int, Framework]] = []
    for position, framework in enumerate(frameworks):
        audience = framework.audience
        if not framework.in_force_on(day):
            continue
        if audience.nations and not set(audience.nations) & set(nations):
            continue
        if audience.services and not set(audience.services) & set(reading.services):
            continue
        if audience.roles and reading.role not in audience.roles:
            continue
        broad = len(audience.roles) != 1
        fitting.append((int(broad), position, framework))
    return tuple(framework for _, _, framework in sorted(fitting, key=lambda f: f[:2]))


def coming_soon(frameworks: Iterable[Framework], day: date) -> tuple[Framework, ...]:
    """Frameworks that are published but apply only from a later day."""
    return tuple(f for f in frameworks if f.in_force_from is not None and f.in_force_from > day)
