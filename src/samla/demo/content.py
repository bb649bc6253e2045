"""Titles of the demo's courses and private reflections, each written in Danish, Swedish,
Norwegian and English (stories, questions and circles have their own content modules)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Titled:
    topics: tuple[str, ...]  # skill slugs
    da: str
    sv: str
    nb: str
    en: str

    def title_in(self, language: str) -> str:
        return {"da": self.da, "sv": self.sv, "nb": self.nb}.get(language) or self.en


def parse_titled(text: str) -> tuple[Titled, ...]:
    """Blocks of a line of topics (skill slugs), then indented "xx: title" lines."""
    out: list[Titled] = []
    topics: tuple[str, ...] = ()
    titles: dict[str, str] = {}
    for line in [*text.splitlines(), "end"]:
        if not line.strip():
            continue
        if line[0].isspace():
            language, _sep, title = line.strip().partition(": ")
            titles[language] = title
            continue
        if titles:
            out.append(Titled(topics, titles["da"], titles["sv"], titles["nb"], titles["en"]))
        topics, titles = tuple(line.split()), {}
    return tuple(out)


COURSES = parse_titled(
    """
gdpr
    da: GDPR-grundkursus
    sv: GDPR grundkurs
    nb: GDPR grunnkurs
    en: GDPR basics
occupational-safety
    da: Sikkerhedsintroduktion til byggepladsen
    sv: Säkerhetsintroduktion för byggarbetsplatsen
    nb: Sikkerhetskurs for byggeplass
    en: Site safety induction
security
    da: E-læring i informationssikkerhed
    sv: E-utbildning i informationssäkerhet
    nb: E-læring i informasjonssikkerhet
    en: Information security e-learning
project-management
    da: Grundlæggende projektledelse
    sv: Grundläggande projektledning
    nb: Grunnleggende prosjektledelse
    en: Project management fundamentals
team-leadership coaching
    da: Ledelse for nye ledere
    sv: Ledarskap för nya chefer
    nb: Ledelse for nye ledere
    en: Leadership for new managers
first-aid
    da: Førstehjælpskursus
    sv: Kurs i första hjälpen
    nb: Førstehjelpskurs
    en: First aid
"""
)

REFLECTIONS: dict[str, tuple[str, ...]] = {
    "da": (
        "Hvad jeg tager med fra ugens kodegennemgang",
        "Min største læring i denne måned",
        "Refleksion over kundemødet i tirsdags",
        "Det vil jeg gøre anderledes næste gang",
        "Noter til mig selv efter workshoppen",
        "Hvad feedbacken fra teamet lærte mig",
        "Tre ting, jeg vil øve mig på",
        "Efter min første præsentation for ledelsen",
    ),
    "sv": (
        "Vad jag tar med mig från veckans kodgranskning",
        "Min största lärdom den här månaden",
        "Reflektion efter kundmötet i tisdags",
        "Det här gör jag annorlunda nästa gång",
        "Anteckningar till mig själv efter workshopen",
        "Vad feedbacken från teamet lärde mig",
        "Tre saker jag vill öva på",
        "Efter min första presentation för ledningen",
    ),
    "nb": (
        "Hva jeg tar med meg fra ukens kodegjennomgang",
        "Min største lærdom denne måneden",
        "Refleksjon etter kundemøtet på tirsdag",
        "Dette gjør jeg annerledes neste gang",
        "Notater til meg selv etter workshopen",
        "Hva tilbakemeldingene fra teamet lærte meg",
        "Tre ting jeg vil øve på",
        "Etter min første presentasjon for ledelsen",
    ),
    "en": (
        "What I take away from this week's code review",
        "My biggest lesson this month",
        "Thoughts after Tuesday's customer meeting",
        "What I will do differently next time",
        "Notes to self after the workshop",
        "What the team's feedback taught me",
        "Three things I want to practise",
        "After my first presentation to the management team",
    ),
}
