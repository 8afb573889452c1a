"""Build resources/names/ (the identifier check's gazetteer of given and family names).

Run once by hand when the sources change; the output is committed, so the app never needs
Faker or a word list at run time:

    pip install --target /tmp/names faker mimesis names   # all MIT; no dependency needed
    apt-get install wbritish wbritish-small         # /usr/share/dict/british-english*
    PYTHONPATH=/tmp/names python -m tests.tools.build_name_gazetteer

Sources:
- Faker's person providers for the locales in ``FAKER_LOCALES`` and Mimesis's person
  data sets for those in ``MIMESIS_LOCALES`` (the UK's own and the languages of its larger
  communities), Latin script only: first names become ``given.txt``, last names
  ``family.txt``. Mimesis brings the names given to children now (Jayden, Maisie, Alfie),
  which Faker's older lists lack.
- The given names of the ``names`` package (MIT; the data are the 1990 US census, public
  domain): 5,500 first names, older ones included (Nellie, Sadie, Patsy).
- resources/names/supplement_given.txt and supplement_family.txt, kept by hand: Welsh names
  (neither package has a Welsh locale), and given and family names of the UK's communities
  (Scottish, Irish, Cornish, Romany, South Asian, African, Middle Eastern, East European,
  Caribbean, East Asian) that both packages miss.
- The lower-case words of the small SCOWL British English word list (wbritish-small), written
  whole to ``english_words.txt`` as well (``write_english_words``): a given
  name that is also an ordinary word ("Will", "Hope", "Mark") goes to ``given_words.txt``
  instead, and the check asks for more context before it believes it. Given names that are
  rarer words of the full list (wbritish: "max", "karma") are listed in
  ``given_rare_words.txt``, so that a name typed in lower case is never one of them.

Each file holds one name a line, case-folded, with an accent-free copy of any accented
name too ("siobhán" and "siobhan"), sorted so that diffs stay readable.
"""

from __future__ import annotations

import importlib
import json
import re
import sys
import unicodedata
from collections.abc import Iterable
from pathlib import Path

OUT = Path(__file__).resolve().parents[2] / "resources" / "names"
WORDS = Path("/usr/share/dict/british-english-small")
ALL_WORDS = Path("/usr/share/dict/british-english")
FAKER_LOCALES = [
    "en_GB",
    "en_IE",
    "ga_IE",
    "en_US",
    "en_IN",
    "en_PK",
    "en_NG",
    "ha_NG",
    "yo_NG",
    "ig_NG",
    "en_KE",
    "sw",
    "tw_GH",
    "zu_ZA",
    "pl_PL",
    "lt_LT",
    "lv_LV",
    "ro_RO",
    "sk_SK",
    "cs_CZ",
    "hu_HU",
    "hr_HR",
    "pt_PT",
    "pt_BR",
    "es_ES",
    "it_IT",
    "fr_FR",
    "de_DE",
    "tr_TR",
    "az_AZ",
    "vi_VN",
]
MIMESIS_LOCALES = [
    "en",
    "en-gb",
    "en-au",
    "pl",
    "pt",
    "pt-br",
    "es",
    "it",
    "fr",
    "de",
    "tr",
    "cs",
    "sk",
    "hu",
    "hr",
    "ar-dz",
    "ar-ma",
]
_LATIN = re.compile(r"^[A-Za-z\u00c0-\u024f]+(?:['’\- ][A-Za-z\u00c0-\u024f]+)*$")
# Not names in any text a social worker writes, though a locale lists them ("Doe" is the
# placeholder surname of pl_PL; single letters and initials are not names).
_DROP = frozenset({"doe"})


def _variants(name: str) -> set[str]:
    folded = name.replace("’", "'").casefold()
    plain = "".join(
        ch for ch in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(ch)
    )
    return {folded, plain}


def _latin(names: Iterable[str]) -> set[str]:
    found: set[str] = set()
    for name in names:
        if _LATIN.match(name) and len(name) >= 2:
            found |= _variants(name)
    return found - _DROP


def _names(provider: type, attributes: tuple[str, ...]) -> set[str]:
    return _latin(name for a in attributes for name in getattr(provider, a, None) or ())


def _supplement(name: str) -> set[str]:
    """The names of a hand-kept supplement file, one a line, with their accent-free copies."""
    found: set[str] = set()
    for line in (OUT / name).read_text(encoding="utf-8").split("\n"):
        if line.strip() and not line.startswith("#"):
            found |= _variants(line.strip())
    return found


def _write(name: str, items: set[str], header: str) -> None:
    (OUT / name).write_text(f"# {header}\n" + "\n".join(sorted(items)) + "\n", encoding="utf-8")


def write_english_words() -> int:
    """Write english_words.txt: the lower-case words of the small British list, so the check
    can tell a capitalised word it does not know as a name ("Tahmina") from an ordinary
    word opening a sentence ("Progress", "Dinner"). Needs only the word list:

        python -c "from tests.tools.build_name_gazetteer import write_english_words as w; w()"
    """
    words = {w for w in WORDS.read_text(encoding="utf-8").split() if w.islower() and w.isalpha()}
    _write("english_words.txt", words, "ordinary English words (SCOWL wbritish-small); SOURCES.md")
    return len(words)


def main() -> int:
    """Gather the names, split off the ordinary words, write the files."""
    import faker
    import mimesis
    import names as names_package

    given: set[str] = set()
    family: set[str] = set()
    for locale in FAKER_LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        given |= _names(provider, ("first_names", "first_names_male", "first_names_female"))
        family |= _names(provider, ("last_names",))
    datasets = Path(mimesis.__file__).parent / "datasets"
    for locale in MIMESIS_LOCALES:
        data = json.loads((datasets / locale / "person.json").read_text(encoding="utf-8"))
        given |= _latin(name for names in data["names"].values() for name in names)
        surnames = data["surnames"]
        if isinstance(surnames, dict):
            surnames = [name for names in surnames.values() for name in names]
        family |= _latin(surnames)
    census = Path(names_package.__file__).parent
    for sex in ("female", "male"):
        lines = (census / f"dist.{sex}.first").read_text(encoding="utf-8").split("\n")
        given |= _latin(line.split()[0].capitalize() for line in lines if line.strip())
    given |= _supplement("supplement_given.txt")
    family |= _supplement("supplement_family.txt")
    words = {w for w in WORDS.read_text(encoding="utf-8").split() if w.islower() and w.isalpha()}
    # multi-word entries ("de la cruz") cannot be looked up word by word
    given = {g for g in given if " " not in g}
    family = {f for f in family if " " not in f}
    common = {g for g in given if g in words}
    versions = (
        f"Faker {getattr(faker, 'VERSION', '?')}, Mimesis {mimesis.__version__}, "
        f"names {names_package.__version__}"
    )
    source = f"{versions} (all MIT); see SOURCES.md"
    _write("given.txt", given - common, f"given names, not ordinary words. {source}")
    _write("given_words.txt", common, f"given names that are also ordinary words. {source}")
    _write("family.txt", family, f"family names. {source}")
    # rarer words ("max", "karma", "imam"): fine as capitalised names, but a name typed in
    # lower case must not be one of them
    rare = {w for w in ALL_WORDS.read_text(encoding="utf-8").split() if w.islower()}
    _write(
        "given_rare_words.txt",
        (given - common) & rare,
        f"given names that are rare words. {source}",
    )
    print(f"given {len(given - common)}, given that are words {len(common)}, family {len(family)}")
    print(f"english words {write_english_words()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
