"""Words that suggest health or other special-category personal details (GDPR art. 9 and 10).

Pure Python, no Django: `find_sensitive(text)` returns what it found, in the order it appears.
The composer shows a warning in the preview and asks for an explicit "I have checked" before
publishing when anything is found. It is a nudge, not a filter: false positives cost one tick,
so the lists lean towards catching inflected and compound forms (Danish, Swedish and Norwegian
build long compounds: "langtidssygemeldt", "sjukskrivningen").

Each term is matched against lower-cased words in one of three ways:

- PREFIX: the word starts with the stem ("diagnos" → diagnosis, diagnosen, diagnoserne);
- INFIX:  the stem occurs anywhere in the word, for long unambiguous stems inside compounds
  ("sygemeld" → langtidssygemeldt);
- EXACT:  the whole word, for short words that would otherwise match too much ("gay").

A term of several words ("sick leave", "trade union") matches consecutive words: all but the
last exactly, the last as a prefix.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum, StrEnum


class Category(StrEnum):
    HEALTH = "health"
    RELIGION = "religion"
    UNION = "union"
    ETHNICITY = "ethnicity"
    SEXUALITY = "sexuality"
    POLITICS = "politics"
    GENETIC = "genetic"
    CRIMINAL = "criminal"


class Mode(Enum):
    PREFIX = "prefix"
    INFIX = "infix"
    EXACT = "exact"


@dataclass(frozen=True)
class Finding:
    word: str  # as written in the text (the whole word, or the words of a phrase)
    category: Category


P, IN, E = Mode.PREFIX, Mode.INFIX, Mode.EXACT

# (stem, mode, category). Languages are mixed on purpose: people write in more than one.
_TERMS: list[tuple[str, Mode, Category]] = [
    # --- Health, sick leave, diagnoses, pregnancy (en) ---
    ("health", P, Category.HEALTH),
    ("sick leave", P, Category.HEALTH),
    ("sick day", P, Category.HEALTH),
    ("sick", P, Category.HEALTH),
    ("illness", P, Category.HEALTH),
    ("diagnos", P, Category.HEALTH),
    ("disease", P, Category.HEALTH),
    ("medical", P, Category.HEALTH),
    ("medication", P, Category.HEALTH),
    ("therap", P, Category.HEALTH),
    ("depress", P, Category.HEALTH),
    ("anxiety", P, Category.HEALTH),
    ("burnout", P, Category.HEALTH),
    ("burn out", P, Category.HEALTH),
    ("cancer", P, Category.HEALTH),
    ("disabilit", P, Category.HEALTH),
    ("hospital", P, Category.HEALTH),
    ("psychiatr", IN, Category.HEALTH),
    ("surgery", P, Category.HEALTH),
    ("adhd", E, Category.HEALTH),
    ("autis", P, Category.HEALTH),
    ("pregnan", P, Category.HEALTH),
    ("miscarr", P, Category.HEALTH),
    ("maternity leave", P, Category.HEALTH),
    # --- Health (da) ---
    ("helbred", P, Category.HEALTH),
    ("sundhed", P, Category.HEALTH),
    ("syg", P, Category.HEALTH),  # syg, sygdom, sygemeldt, sygefravær, sygehus
    ("sygemeld", IN, Category.HEALTH),
    ("sygefravær", IN, Category.HEALTH),
    ("sygdom", IN, Category.HEALTH),
    ("kræft", P, Category.HEALTH),
    ("handicap", P, Category.HEALTH),
    ("psykisk", P, Category.HEALTH),
    ("depression", P, Category.HEALTH),
    ("deprimer", P, Category.HEALTH),
    ("angst", P, Category.HEALTH),
    ("medicin", P, Category.HEALTH),
    ("gravid", P, Category.HEALTH),
    ("barsel", P, Category.HEALTH),
    # --- Health (sv) ---
    ("hälsoprobl", P, Category.HEALTH),
    ("hälsotillstånd", P, Category.HEALTH),
    ("hälsoskäl", P, Category.HEALTH),
    ("ohälsa", IN, Category.HEALTH),
    ("sjuk", P, Category.HEALTH),  # sjuk, sjukdom, sjukskriven, sjukskrivning, sjukhus
    ("sjukskriv", IN, Category.HEALTH),
    ("sjukdom", IN, Category.HEALTH),
    ("utbränd", P, Category.HEALTH),
    ("utmattningssyndrom", IN, Category.HEALTH),
    ("ångest", P, Category.HEALTH),
    ("läkarintyg", P, Category.HEALTH),
    ("funktionsneds", P, Category.HEALTH),
    ("funktionshind", P, Category.HEALTH),
    # --- Health (nb) ---
    ("helse", P, Category.HEALTH),  # helse, helseproblem, helsemessig
    ("syk", E, Category.HEALTH),
    ("syke", P, Category.HEALTH),  # syke, sykemeldt, sykefravær, sykehus (not "sykkel")
    ("sykmeld", IN, Category.HEALTH),
    ("sykemeld", IN, Category.HEALTH),
    ("sykefravær", IN, Category.HEALTH),
    ("sykdom", IN, Category.HEALTH),
    ("kreft", P, Category.HEALTH),
    ("depresjon", P, Category.HEALTH),
    ("utbrent", P, Category.HEALTH),
    ("legeerklæring", P, Category.HEALTH),
    ("funksjonsnedsett", P, Category.HEALTH),
    # --- Religion and belief ---
    ("religi", P, Category.RELIGION),  # religion, religious, religiøs, religiös
    ("muslim", P, Category.RELIGION),
    ("islam", P, Category.RELIGION),
    ("jewish", P, Category.RELIGION),
    ("jøde", P, Category.RELIGION),
    ("jødisk", P, Category.RELIGION),
    ("judisk", P, Category.RELIGION),
    ("hindu", P, Category.RELIGION),
    ("buddhis", P, Category.RELIGION),
    ("atheis", P, Category.RELIGION),
    ("ateis", P, Category.RELIGION),
    ("ramadan", P, Category.RELIGION),
    ("trosretning", P, Category.RELIGION),
    ("trossamfund", P, Category.RELIGION),
    ("trosamfund", P, Category.RELIGION),
    ("livssyn", P, Category.RELIGION),
    # --- Trade union membership ---
    ("trade union", P, Category.UNION),
    ("union member", P, Category.UNION),
    ("union rep", P, Category.UNION),
    ("labour union", P, Category.UNION),
    ("labor union", P, Category.UNION),
    ("fagforening", IN, Category.UNION),
    ("fagforbund", IN, Category.UNION),
    ("tillidsrepræsentant", P, Category.UNION),
    ("tillitsvalgt", P, Category.UNION),
    ("fackförbund", IN, Category.UNION),
    ("fackförening", IN, Category.UNION),
    ("fackligt", P, Category.UNION),
    ("facklig", E, Category.UNION),
    ("fackmedlem", P, Category.UNION),
    ("facket", E, Category.UNION),
    # --- Racial or ethnic origin ---
    ("ethnic", P, Category.ETHNICITY),
    ("etni", P, Category.ETHNICITY),  # etnisk, etnicitet, etnisitet
    ("racial", P, Category.ETHNICITY),
    ("racis", P, Category.ETHNICITY),
    ("rasis", P, Category.ETHNICITY),
    ("skin colour", P, Category.ETHNICITY),
    ("skin color", P, Category.ETHNICITY),
    ("hudfarv", P, Category.ETHNICITY),
    ("hudfärg", P, Category.ETHNICITY),
    ("hudfarge", P, Category.ETHNICITY),
    # --- Sex life and sexual orientation ---
    ("sexu", IN, Category.SEXUALITY),  # sexual, sexuality, sexuell, homosexual, bisexuell
    ("seksu", IN, Category.SEXUALITY),  # seksuel, seksualitet, homoseksuell
    ("gay", E, Category.SEXUALITY),
    ("lesb", P, Category.SEXUALITY),
    ("homofil", P, Category.SEXUALITY),
    ("transgender", P, Category.SEXUALITY),
    ("transperson", P, Category.SEXUALITY),
    ("lgbt", P, Category.SEXUALITY),
    ("hbtq", P, Category.SEXUALITY),
    ("queer", P, Category.SEXUALITY),
    # --- Political opinions ---
    ("political view", P, Category.POLITICS),
    ("political opinion", P, Category.POLITICS),
    ("party member", P, Category.POLITICS),
    ("partimedlem", P, Category.POLITICS),
    ("politisk holdning", P, Category.POLITICS),
    ("politiska åsikt", P, Category.POLITICS),
    ("politisk ståndpunkt", P, Category.POLITICS),
    ("politisk syn", P, Category.POLITICS),
    # --- Genetic and biometric data ---
    ("geneti", P, Category.GENETIC),  # genetic, genetisk
    ("biometri", P, Category.GENETIC),
    # --- Criminal convictions (art. 10) ---
    ("criminal record", P, Category.CRIMINAL),
    ("convicted", P, Category.CRIMINAL),
    ("straffeattest", P, Category.CRIMINAL),
    ("straffedom", P, Category.CRIMINAL),
    ("belastningsregist", P, Category.CRIMINAL),
    ("straffregist", P, Category.CRIMINAL),
    ("domfæld", P, Category.CRIMINAL),
    ("domfelt", P, Category.CRIMINAL),
    ("dömd", P, Category.CRIMINAL),
]

# Words that start like a term but mean something harmless in a workplace story.
_HARMLESS_PREFIXES = ("healthcheck", "healthz", "healthy", "sickle")
_HARMLESS_PHRASES = [("health", "check"), ("health", "endpoint"), ("health", "probe")]

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def _norm(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def _word_matches(word: str, stem: str, mode: Mode) -> bool:
    if mode is Mode.EXACT:
        return word == stem
    if mode is Mode.INFIX:
        return stem in word
    return word.startswith(stem)


def _harmless(word: str) -> bool:
    return word.startswith(_HARMLESS_PREFIXES)


_SINGLE = [(stem, mode, cat) for stem, mode, cat in _TERMS if " " not in stem]
_PHRASES = [(stem.split(" "), mode, cat) for stem, mode, cat in _TERMS if " " in stem]


def find_sensitive(text: str) -> list[Finding]:
    """Sensitive-looking words in `text`, each once (case-insensitively), in order of
    appearance."""
    if not text:
        return []
    text = unicodedata.normalize("NFC", text)
    tokens = [(m.group(0), _norm(m.group(0)), m.start(), m.end()) for m in _WORD.finditer(text)]
    found: list[tuple[int, Finding]] = []
    seen: set[str] = set()

    def add(start: int, end: int, category: Category) -> None:
        word = text[start:end]
        key = _norm(word)
        if key not in seen:
            seen.add(key)
            found.append((start, Finding(word=word, category=category)))

    def phrase_at(i: int, parts: Sequence[str]) -> bool:
        last = len(parts) - 1
        if i + last >= len(tokens):
            return False
        return all(tokens[i + k][1] == parts[k] for k in range(last)) and tokens[i + last][
            1
        ].startswith(parts[last])

    for i, (_raw, word, start, end) in enumerate(tokens):
        if any(phrase_at(i, parts) for parts in _HARMLESS_PHRASES):
            continue
        for parts, _mode, category in _PHRASES:
            if phrase_at(i, parts):
                add(start, tokens[i + len(parts) - 1][3], category)
                break
        else:
            if _harmless(word):
                continue
            for stem, mode, category in _SINGLE:
                if _word_matches(word, stem, mode):
                    add(start, end, category)
                    break
    return [finding for _pos, finding in sorted(found, key=lambda pair: pair[0])]


def has_sensitive(text: str) -> bool:
    return bool(find_sensitive(text))
