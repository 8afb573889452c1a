"""Putting the detectors together: one list per field, no overlaps, consistent letters."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from journal_app.core.messages import Message, render

from ._bare_names import find_bare_names
from ._cases import find_case_references
from ._dates import find_dates_of_birth
from ._lettering import Lettering
from ._lower_names import find_lower_names
from ._names import find_names, find_repeats, is_name_word, role_words
from ._numbers import find_numbers
from ._places import find_places
from ._protected import ProtectedMatcher
from ._pseudonyms import PseudonymWords, pseudonym_words
from ._scan import Scan
from ._schools import find_schools
from ._things import made_up_spans, media_spans
from ._types import PLACEHOLDERS, Finding, FindingKind, Hit, NameHit, Role

# Lower wins when two findings overlap: a checked NHS number beats the phone-like digits
# inside it, and anything with a fixed shape beats a name guessed from context.
_PRIORITY: dict[FindingKind, int] = {
    FindingKind.EMAIL: 0,
    FindingKind.NHS_NUMBER: 1,
    FindingKind.NI_NUMBER: 2,
    FindingKind.POSTCODE: 3,
    FindingKind.PHONE: 4,
    FindingKind.DATE_OF_BIRTH: 5,
    FindingKind.CASE_REFERENCE: 6,
    FindingKind.ADDRESS: 7,
    FindingKind.SCHOOL: 8,
    FindingKind.PERSON_NAME: 9,
}
_REPEAT_REASON = Message("identifiers.reason.repeat")


@dataclass
class _Person:
    role: Role
    strength: int
    replacement: str = ""


def _overlaps(hit: Hit, spans: list[Hit]) -> bool:
    return any(hit.start < p.end and p.start < hit.end for p in spans)


def _widened(protected: list[Hit], others: list[Hit]) -> list[Hit]:
    """A protected name inside a longer detector finding of the same kind takes the whole
    of it ("Jayden Smith", "12 Acacia Road"), so no surname or house number is left."""
    result = []
    for p in protected:
        start, end = p.start, p.end
        for o in others:
            if o.kind is p.kind and o.start <= p.start and p.end <= o.end:
                start, end = min(start, o.start), max(end, o.end)
        result.append(Hit(p.kind, start, end, p.reason, p.pseudonym))
    # two widened spans may now meet: keep the first of any that overlap
    kept: list[Hit] = []
    for hit in sorted(result, key=lambda h: (h.start, -h.end)):
        if not kept or kept[-1].end <= hit.start:
            kept.append(hit)
    return kept


def _inside_other_kind(protected: Hit, others: list[Hit]) -> bool:
    """Whether a protected name lies inside a longer finding of another kind: the child
    protected as "Bride" in "St Bride's Primary", "Kayleigh" in an email address. The
    longer finding then covers it, so nothing of the school or address is left behind
    ("St Child A's Primary", "Child A.smith@example.org")."""
    return any(
        o.kind is not protected.kind
        and o.start <= protected.start
        and protected.end <= o.end
        and o.end - o.start > protected.end - protected.start
        for o in others
    )


def _people(hits_by_field: list[list[NameHit]]) -> tuple[dict[str, _Person], dict[str, str]]:
    """Group name hits into people; returns people by key and every spelling's key.

    "Sarah Jones" after "mum Sarah" is the same person; when the hits disagree about who
    someone is, the strongest evidence wins ("his sister Ellie" over "Ellie's nan").
    """
    people: dict[str, _Person] = {}
    spellings: dict[str, str] = {}
    ordered = sorted(
        ((i, hit) for i, hits in enumerate(hits_by_field) for hit in hits),
        key=lambda pair: (pair[0], pair[1].start),
    )
    for _, hit in ordered:
        first = hit.key.split()[0]
        known = spellings.get(hit.key)
        key = known if known is not None else (first if first in people else hit.key)
        person = people.setdefault(key, _Person(hit.role, hit.strength))
        if hit.strength > person.strength:
            person.role, person.strength = hit.role, hit.strength
        spellings.setdefault(hit.key, key)
        if is_name_word(first):  # never "Mrs" from "Mrs Patel"
            spellings.setdefault(first, key)
    return people, spellings


def _choose(candidates: list[tuple[Hit, str | None]]) -> list[tuple[Hit, str | None]]:
    """Drop overlaps: the more specific kind wins, then the longer span, then the earlier."""
    ranked = sorted(
        candidates,
        key=lambda c: (
            _PRIORITY[c[0].kind],
            c[0].start - c[0].end,
            c[0].reason is _REPEAT_REASON,
            c[0].start,
        ),
    )
    kept: list[tuple[Hit, str | None]] = []
    starts: list[int] = []  # kept spans, sorted and disjoint, so a bisect finds neighbours
    ends: list[int] = []
    for cand in ranked:
        i = bisect_right(starts, cand[0].start)
        clear_left = i == 0 or ends[i - 1] <= cand[0].start
        clear_right = i == len(starts) or cand[0].end <= starts[i]
        if clear_left and clear_right:
            starts.insert(i, cand[0].start)
            ends.insert(i, cand[0].end)
            kept.append(cand)
    return sorted(kept, key=lambda c: c[0].start)


def check_fields(
    fields: Mapping[str, str],
    *,
    today: date | None = None,
    protected: ProtectedMatcher | None = None,
    lettering: Lettering | None = None,
) -> dict[str, tuple[Finding, ...]]:
    """Check several fields of one entry together (title, body, sections).

    The same person gets the same replacement in every field ("Child A" in the title and the
    body alike), lettered in order of first mention. ``today`` anchors what counts as a
    recent date of birth; it defaults to the current date.

    ``protected`` names are always found, with their own pseudonym, and win over anything
    else found at the same place. Pass one ``lettering`` to several calls (one per
    reflection) and a name gets the same letter in all of them; a protected name's
    pseudonym is never given to anyone else.

    New pseudonyms and placeholders are in the lettering's language (by default the
    current one: "Plentyn A", "[cod post]"); pseudonyms already in the text, in any
    language, are not found again.
    """
    today = today or date.today()
    lettering = lettering if lettering is not None else Lettering()
    words = pseudonym_words()
    if protected:
        lettering.reserve(protected.pseudonyms)
    names = list(fields)
    scans = [Scan.of(fields[name]) for name in names]
    name_hits = []
    for scan in scans:
        roles = role_words(scan)
        hits = [*find_names(scan, roles), *find_lower_names(scan, roles)]
        hits += find_bare_names(scan)
        # a pseudonym given before is nobody's name, nor the start of a person to look for
        media = media_spans(scan)  # "Mr Men", "Mr Tumble": a programme, nobody
        media += tuple(made_up_spans(scan))  # "'Jane' (not her real name)"
        name_hits.append(
            [
                h
                for h in hits
                if not words.covers(scan.text, h.start, h.end)
                and not any(m[0] <= h.start < m[1] for m in media)
            ]
        )
    people, spellings = _people(name_hits)
    chosen: list[list[tuple[Hit, str | None]]] = []
    for scan, hits in zip(scans, name_hits, strict=True):
        text = scan.text
        candidates: list[tuple[Hit, str | None]] = [(hit, None) for hit in find_numbers(scan)]
        candidates += [(hit, None) for hit in find_case_references(scan)]
        name_ends = [n.end for n in hits]
        candidates += [(hit, None) for hit in find_dates_of_birth(scan, today, name_ends)]
        candidates += [(hit, None) for hit in find_places(scan)]
        candidates += [(hit, None) for hit in find_schools(scan)]
        for start, end, person_key in find_repeats(text, spellings):
            repeat = Hit(FindingKind.PERSON_NAME, start, end, _REPEAT_REASON)
            candidates.append((repeat, person_key))
        candidates = _without_pseudonyms(candidates, text, words)
        for n in hits:  # already without pseudonyms
            hit = Hit(FindingKind.PERSON_NAME, n.start, n.end, n.reason)
            candidates.append((hit, spellings[n.key]))
        mine = protected.find(text) if protected else []
        if mine:
            found = [hit for hit, _ in candidates]
            mine = _widened([p for p in mine if not _inside_other_kind(p, found)], found)
            candidates = [c for c in candidates if not _overlaps(c[0], mine)]
            candidates += [(hit, None) for hit in mine]
        chosen.append(_choose(candidates))
    for field_hits in chosen:
        for _, key in field_hits:
            if key is not None and not people[key].replacement:
                also = [spelling for spelling, k in spellings.items() if k == key]
                people[key].replacement = lettering.give(people[key].role, key, also)
    placeholders: dict[FindingKind, str] = {}

    def replacement(hit: Hit, key: str | None) -> str:
        if key is not None:
            return people[key].replacement
        if hit.pseudonym:
            return hit.pseudonym
        if hit.kind not in placeholders:
            placeholders[hit.kind] = render(PLACEHOLDERS[hit.kind], lettering.language)
        return placeholders[hit.kind]

    result: dict[str, tuple[Finding, ...]] = {}
    for name, field_hits in zip(names, chosen, strict=True):
        text = fields[name]
        result[name] = tuple(
            Finding(
                kind=hit.kind,
                start=hit.start,
                end=hit.end,
                text=text[hit.start : hit.end],
                replacement=replacement(hit, key),
                reason=hit.reason,
            )
            for hit, key in field_hits
        )
    return result


def _without_pseudonyms(
    candidates: list[tuple[Hit, str | None]], text: str, words: PseudonymWords
) -> list[tuple[Hit, str | None]]:
    """The candidates that are not a pseudonym given before, in any language: "Ysgol A"
    reads as a Welsh school's name, "Plentyn B" could read as a name."""
    return [c for c in candidates if not words.covers(text, c[0].start, c[0].end)]


def find_identifiers(
    text: str, *, today: date | None = None, protected: ProtectedMatcher | None = None
) -> tuple[Finding, ...]:
    """Everything in ``text`` that could identify a child, family or person.

    Findings are sorted by start and never overlap; each carries a suggested replacement
    ("Child A", "[postcode]") and a plain-words reason.
    """
    return check_fields({"text": text}, today=today, protected=protected)["text"]


def _still_there(text: str, finding: Finding) -> bool:
    in_range = 0 <= finding.start <= finding.end <= len(text)
    return in_range and text[finding.start : finding.end] == finding.text


def apply_replacements(text: str, findings: Iterable[Finding]) -> str:
    """``text`` with the chosen findings replaced by their ``replacement``.

    Findings whose span no longer holds their text (the text was edited since the check)
    are skipped, as are findings overlapping one already taken (earliest, then longest,
    wins), so the result is always well formed. Spans index the original text, so the
    result is built in one pass rather than by editing it finding by finding.
    """
    valid = sorted(
        (f for f in findings if _still_there(text, f)),
        key=lambda f: (f.start, f.start - f.end),
    )
    pieces: list[str] = []
    done = 0  # everything before ``done`` is already in ``pieces``
    for finding in valid:
        if finding.start >= done:
            pieces += [text[done : finding.start], finding.replacement]
            done = finding.end
    return "".join([*pieces, text[done:]])
