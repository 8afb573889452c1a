"""Many reproducible, realistic-looking reflections for benchmarks and large demo journals.

Sentences come from phrase banks (``resources/demo/words.md``) with slots filled from word
lists sampled with a Zipf-like skew, plus an occasional coined word, so that full-text search
over a big generated journal sees a realistic spread of terms: a few very common, a long tail
of rare.
Everything is drawn from one ``random.Random(seed)``, so a seed always gives the same drafts.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterator, Sequence
from datetime import date, timedelta
from functools import cache
from itertools import accumulate
from typing import TypeVar

from journal_app.core.catalogue import Catalogue
from journal_app.core.errors import InvalidInputError
from journal_app.core.localised import long_date
from journal_app.core.models import (
    Action,
    ActionKind,
    EntryDraft,
    Section,
    SessionKind,
    Status,
    SupervisionContext,
    Tag,
    Visibility,
)
from journal_app.core.templates import Template
from journal_app.services.demo_data import demo_words

_WORDS = demo_words()
_SLOT = re.compile(r"\{(\w+)\}")
_DURATIONS = (30, 45, 45, 60, 60, 60, 75, 90, 90, 120)
_SESSION_KINDS = tuple(SessionKind)
#: how often a word slot gets a coined word instead of a listed one
_COINING_RATE = 0.02
#: endings of a coined word; the empty ending thrice, so most coined words are bare stems
_COINING_SUFFIXES = ("", "", "", "ness", "wise", "ful", "ish", "ing")
_BATCH = 64
#: extra frameworks an entry may also be tagged with, and how often
_EXTRA_TAGS = (("kss-pl", 0.3), ("kss-ps", 0.35), ("swe", 0.12), ("pcf", 0.08), ("scw", 0.04))

#: a sentence ready to fill: a %-format string, its slots in order, and which slots follow
#: an "a" (the article is moved into the slot so it can become "an" before a vowel)
Pattern = tuple[str, tuple[str, ...], tuple[tuple[int, bool], ...]]


def _compile(lines: Sequence[str]) -> tuple[Pattern, ...]:
    return tuple(_compile_line(line) for line in lines)


def _compile_line(line: str) -> Pattern:
    pieces = _SLOT.split(line.replace("%", "%%"))
    literals, slots = list(pieces[0::2]), tuple(pieces[1::2])
    articled = []
    for index in range(len(slots)):
        literal = literals[index]
        if literal[-3:] in (" a ", " A ") or literal in ("a ", "A "):
            literals[index] = literal[:-2]
            articled.append((index, literal[-2] == "A"))
    return "%s".join(literals), slots, tuple(articled)


_SITUATION = _compile(_WORDS["situation"])
_FEELING = _compile(_WORDS["feeling"])
_ANALYSIS = _compile(_WORDS["analysis"])
_FORWARD = _compile(_WORDS["forward"])
_PEER = _compile(_WORDS["peer"])
_IMPACT = _compile(_WORDS["impact"])
_LIST_ITEMS = _compile(_WORDS["list items"])
_TITLES = _compile(_WORDS["titles"])
_CPD_TYPES = _compile(_WORDS["cpd types"])
_LIST_LEADS = ("Things to try:", "What I want to hold on to:", "Next steps:", "Questions to keep:")
_EVENTS = tuple(s.split(" ", 1)[1] for s in _WORDS["settings"])  # "in group supervision" -> ...
_ALL_TOPICS = tuple(topic for topics in _WORDS.topics_by_domain.values() for topic in topics)
_SOUNDS_LIKE_YOU = ("use", "usu", "uniq", "unif", "univ", "unit", "eu")
_T = TypeVar("_T")

Bank = tuple[Pattern, ...]


def _mix(*banks: Bank) -> Bank:
    """One bank from several; a bank listed twice is drawn from twice as often."""
    return tuple(pattern for bank in banks for pattern in bank)


#: the phrase banks each known section is written from
_BANKS_BY_KEY: dict[str, Bank] = {
    "description": _SITUATION,
    "what": _mix(_SITUATION, _FEELING),
    "experience": _SITUATION,
    "concrete_experience": _SITUATION,
    "reflection_in_action": _mix(_SITUATION, _FEELING, _ANALYSIS),
    "reflection_on_action": _mix(_ANALYSIS, _ANALYSIS, _FORWARD),
    "feelings": _mix(_FEELING, _FEELING, _ANALYSIS),
    "reflection": _mix(_FEELING, _ANALYSIS),
    "reflective_observation": _mix(_FEELING, _ANALYSIS),
    "evaluation": _mix(_ANALYSIS, _FEELING),
    "impact": _mix(_IMPACT, _FORWARD),
    "peer_reflection": _mix(_PEER, _ANALYSIS),
    "action_plan": _FORWARD,
    "active_experimentation": _FORWARD,
    "now_what": _FORWARD,
}
#: for sections of templates added later: a word in the key -> the banks
_BANKS_BY_KEY_WORD: tuple[tuple[str, Bank], ...] = (
    ("feelings", _mix(_FEELING, _ANALYSIS)),
    ("peer", _mix(_PEER, _ANALYSIS)),
    ("impact", _IMPACT),
    ("plan", _FORWARD),
    ("action", _FORWARD),
    ("next", _FORWARD),
    ("description", _SITUATION),
    ("experience", _SITUATION),
)
_DEFAULT_BANKS = _mix(_ANALYSIS, _ANALYSIS, _SITUATION)
_STORY = _mix(_SITUATION, _SITUATION, _FEELING)


@cache
def _zipf(population: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[float, ...]]:
    """The words in a fixed shuffled order and cumulative weights 1/rank for sampling."""
    ranked = list(population)
    random.Random(len(population)).shuffle(ranked)  # fixed: independent of the user's seed
    weights = accumulate(1.0 / (rank + 1.5) for rank in range(len(ranked)))
    return tuple(ranked), tuple(weights)


class _Words:
    """Endless skewed streams of each kind of word, all drawn from one random generator."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._random = rng.random
        stems = (*_WORDS["nouns"], *_WORDS["adjectives"], *_WORDS["verbs"])
        self._stems = tuple(stem.replace("-", "") for stem in stems)
        self.topics: tuple[str, ...] = ()
        streams = {
            "n": self._stream(_WORDS["nouns"], coin=True),
            "a": self._stream(_WORDS["adjectives"], coin=True),
            "v": self._stream(_WORDS["verbs"]),
            "g": self._stream(_WORDS["gerunds"]),
            "d": self._stream(_WORDS["adverbs"]),
            "feel": self._stream(_WORDS["feelings"]),
            "role": self._stream(_WORDS["roles"]),
            "setting": self._stream(_WORDS["settings"]),
        }
        role = streams["role"]
        self._fillers: dict[str, Callable[[], str]] = {
            **{name: stream.__next__ for name, stream in streams.items()},
            "topic": self.topic,
            "Topic_c": lambda: _capitalised(self.topic()),
            "Role_s": lambda: _capitalised(next(role)) + "'s",
            "setting_s": lambda: self.pick(_EVENTS),
        }

    def pick(self, options: Sequence[_T]) -> _T:
        """One of ``options``, uniformly (faster than ``Random.choice``)."""
        return options[int(self._random() * len(options))]

    def _stream(self, population: tuple[str, ...], *, coin: bool = False) -> Iterator[str]:
        ranked, cumulative = _zipf(population)
        choices, chance = self._rng.choices, self._random
        while True:
            batch = choices(ranked, cum_weights=cumulative, k=_BATCH)
            if coin:
                # two chances a batch, each of _BATCH * rate / 2, to swap in a coined word
                for _ in range(2):
                    if chance() < _BATCH * _COINING_RATE / 2:
                        batch[int(chance() * _BATCH)] = self._coined()
            yield from batch

    def _coined(self) -> str:
        pick = self.pick
        return pick(_WORDS["coining prefixes"]) + pick(self._stems) + pick(_COINING_SUFFIXES)

    def topic(self) -> str:
        if self.topics and self._random() < 0.8:
            return self.pick(self.topics)
        return self.pick(_ALL_TOPICS)

    def fill(self, pattern: Pattern) -> str:
        """The pattern with every slot filled, and "a" made "an" before a vowel."""
        text, slots, articled = pattern
        fillers = self._fillers
        values = [fillers[slot]() for slot in slots]
        for index in range(1, len(values)):
            if values[index] == values[index - 1]:  # "then sobered, then sobered"
                values[index] = fillers[slots[index]]()
        for index, capital in articled:
            word = values[index]
            vowel = word[0] in "aeiou" and not word.startswith(_SOUNDS_LIKE_YOU)
            values[index] = ("An " if capital else "an ") if vowel else "A " if capital else "a "
            values[index] += word
        return text % tuple(values)


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


class _Writer:
    """Writes one reflection at a time: title, sections or body, tags, context, actions."""

    def __init__(self, rng: random.Random, catalogue: Catalogue, end: date) -> None:
        self.rng = rng
        self.words = _Words(rng)
        self.end = end
        self.templates = catalogue.templates or (Template("free-form", "Free-form", "", ()),)
        self.template_weights = tuple(
            accumulate(
                3.0 if t.id == "free-form" else 0.6 if t.id == "swe-cpd" else 1.0
                for t in self.templates
            )
        )
        self.tags = _tags_by_framework(catalogue)
        self.used: set[int] = set()

    def draft(self, when: date) -> EntryDraft:
        rng, pick = self.rng, self.words.pick
        primary = pick(self.tags["kss-pl"]) if self.tags.get("kss-pl") else None
        self.words.topics = _WORDS.topics_by_domain.get(primary.domain_code if primary else "", ())
        self.used.clear()
        template = rng.choices(self.templates, cum_weights=self.template_weights)[0]
        target = 300 + int(rng.random() * 360)
        if template.sections:
            sections = self._sections(template, target, when)
            body = ""
        else:
            sections, body = (), self._body(target)
        return EntryDraft(
            title=_capitalised(self.words.fill(pick(_TITLES))),
            body=body,
            event_date=when,
            template_id=template.id,
            sections=sections,
            status=Status.DRAFT if rng.random() < 0.07 else Status.FINAL,
            visibility=Visibility.SHAREABLE if rng.random() < 0.7 else Visibility.PRIVATE,
            tags=self._tags(primary),
            supervision=self._supervision(),
            actions=self._actions(when),
        )

    def _paragraphs(self, bank: Bank, target: int) -> str:
        paragraphs: list[str] = []
        sentences: list[str] = []
        length = 3 + int(self.rng.random() * 4)
        written = 0
        while written < target:
            sentence = self.words.fill(self._pattern(bank))
            sentences.append(sentence)
            written += sentence.count(" ") + 1
            if len(sentences) >= length:
                paragraphs.append(" ".join(sentences))
                sentences = []
                length = 3 + int(self.rng.random() * 4)
        if sentences:
            paragraphs.append(" ".join(sentences))
        return "\n\n".join(paragraphs)

    def _pattern(self, bank: Bank) -> Pattern:
        """A sentence pattern from the bank, avoiding any used in this reflection."""
        pick = self.words.pick
        for _ in range(4):
            pattern = pick(bank)
            if id(pattern) not in self.used:
                break
        self.used.add(id(pattern))
        return pattern

    def _sections(self, template: Template, target: int, when: date) -> tuple[Section, ...]:
        # the type and date of a CPD record are a line each; the other sections share the words
        long = [s for s in template.sections if not _is_short(s.key)]
        share = max(20, target // max(1, len(long)))
        return tuple(
            Section(s.key, s.title, self._section_text(s.key, share, when))
            for s in template.sections
        )

    def _section_text(self, key: str, target: int, when: date) -> str:
        if key == "cpd_type":
            return self.words.fill(self.words.pick(_CPD_TYPES))
        if _is_short(key):
            duration = self.words.pick(_WORDS["cpd durations"])
            return f"{long_date(when, 'en')}, {duration}."  # English, as the example text
        banks = _BANKS_BY_KEY.get(key) or next(
            (b for word, b in _BANKS_BY_KEY_WORD if word in key.split("_")), _DEFAULT_BANKS
        )
        return self._paragraphs(banks, target)

    def _body(self, target: int) -> str:
        rng, pick, fill = self.rng, self.words.pick, self.words.fill
        parts = [self._paragraphs(_STORY, target // 4)]
        if rng.random() < 0.3:
            parts.append(f"**{_capitalised(fill(pick(_LIST_ITEMS)))}.**")
        parts.append(self._paragraphs(_ANALYSIS, target // 2))
        if rng.random() < 0.35:
            items = [fill(pick(_LIST_ITEMS)) for _ in range(3 + int(rng.random() * 2))]
            parts.append(pick(_LIST_LEADS) + "\n\n" + "\n".join(f"- {item}" for item in items))
        parts.append(self._paragraphs(_FORWARD, target // 4))
        return "\n\n".join(parts)

    def _tags(self, primary: Tag | None) -> tuple[Tag, ...]:
        chosen = [primary] if primary else []
        for framework_id, rate in _EXTRA_TAGS:
            options = self.tags.get(framework_id)
            if options and self.rng.random() < rate:
                tag = self.words.pick(options)
                if tag not in chosen:
                    chosen.append(tag)
        return tuple(chosen)

    def _supervision(self) -> SupervisionContext | None:
        pick = self.words.pick
        if self.rng.random() < 0.35:
            return None
        return SupervisionContext(pick(_SESSION_KINDS), pick(_DURATIONS), pick(_WORDS["roles"]))

    def _actions(self, when: date) -> tuple[Action, ...]:
        rng, pick = self.rng, self.words.pick
        actions = []
        for _ in range(pick((0, 0, 1, 1, 2, 3))):
            text = _capitalised(self.words.fill(pick(_LIST_ITEMS)))
            kind = ActionKind.LEARNING_GOAL if rng.random() < 0.2 else ActionKind.ACTION
            due = when + timedelta(days=rng.randint(7, 120)) if rng.random() < 0.8 else None
            done = None
            if due is not None and due < self.end and rng.random() < 0.6:
                done = max(when, due - timedelta(days=rng.randint(0, 5)))
            actions.append(Action(text, kind, due, done))
        return tuple(actions)


def _is_short(key: str) -> bool:
    return key == "cpd_type" or "date" in key.split("_")


def _tags_by_framework(catalogue: Catalogue) -> dict[str, tuple[Tag, ...]]:
    return {
        framework.id: tuple(
            Tag(framework.id, d.code, framework.version) for d in framework.domains
        )
        for framework in catalogue.frameworks
    }


def generate_reflections(
    count: int, seed: int, start: date, end: date, catalogue: Catalogue
) -> Iterator[EntryDraft]:
    """``count`` reflections dated from ``start`` to ``end`` (oldest first), 300-800 words each.

    The same arguments always give the same drafts. Dates are spread evenly over the range
    with a little jitter; templates and tags come from ``catalogue``.
    """
    if count < 0:
        raise InvalidInputError("demo.negative_count")
    if start > end:
        raise InvalidInputError("demo.dates_reversed")
    return _generate(count, random.Random(seed), start, end, catalogue)


def _generate(
    count: int, rng: random.Random, start: date, end: date, catalogue: Catalogue
) -> Iterator[EntryDraft]:
    writer = _Writer(rng, catalogue, end)
    span = (end - start).days + 1
    for index in range(count):
        # evenly spread with jitter, so the drafts come out oldest first
        offset = min(span - 1, int((index + rng.random()) * span / count))
        yield writer.draft(start + timedelta(days=offset))
