"""The demo organisation, Nordlys Group: offices, the unit tree, names, titles and the three demo
accounts. Plain data without Django imports: the seeder (seed.py) turns it into rows.

Nordlys Group is an invented Danish–Swedish–Norwegian engineering consultancy with a software
business. Units carry English names (as in many Nordic groups); job titles are in each person's
working language.
"""

from __future__ import annotations

from dataclasses import dataclass

PASSWORD = "samla-demo"  # noqa: S105 - the documented, public demo password
EMAIL_DOMAIN = "nordlys.example"
ROOT_CODE = "NORDLYS"


# --- Offices -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class OfficeDef:
    key: str
    name: str
    city: str
    country: str
    time_zone: str
    language: str  # the working language of people hired there


OFFICES: tuple[OfficeDef, ...] = (
    OfficeDef("cph", "København", "København", "DK", "Europe/Copenhagen", "da"),
    OfficeDef("aar", "Aarhus", "Aarhus", "DK", "Europe/Copenhagen", "da"),
    OfficeDef("sto", "Stockholm", "Stockholm", "SE", "Europe/Stockholm", "sv"),
    OfficeDef("got", "Göteborg", "Göteborg", "SE", "Europe/Stockholm", "sv"),
    OfficeDef("osl", "Oslo", "Oslo", "NO", "Europe/Oslo", "nb"),
    OfficeDef("bgo", "Bergen", "Bergen", "NO", "Europe/Oslo", "nb"),
    OfficeDef("lon", "London", "London", "GB", "Europe/London", "en"),
)
OFFICES_BY_KEY = {o.key: o for o in OFFICES}


# --- Units -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class UnitDef:
    code: str
    name: str
    kind: str  # a people.enums.UnitKind value
    parent: str | None
    offices: tuple[str, ...]  # the first is where the unit's lead sits and most members work
    track: str = ""  # teams only: which titles and skills its members have
    weight: float = 1.0  # teams only: relative size


def _team(
    code: str, name: str, parent: str, offices: tuple[str, ...], track: str, w: float
) -> UnitDef:
    return UnitDef(code, name, "team", parent, offices, track, w)


UNITS: tuple[UnitDef, ...] = (
    UnitDef(ROOT_CODE, "Nordlys Group", "organisation", None, ("cph",)),
    UnitDef("NL-DIGITAL", "Digital", "division", ROOT_CODE, ("sto",)),
    UnitDef("NL-OPERATIONS", "Operations", "division", ROOT_CODE, ("osl",)),
    UnitDef("NL-CORPORATE", "Corporate", "division", ROOT_CODE, ("cph",)),
    UnitDef("NL-SOFTWARE", "Software Engineering", "department", "NL-DIGITAL", ("cph",)),
    UnitDef("NL-DATA", "Data & AI", "department", "NL-DIGITAL", ("sto",)),
    UnitDef("NL-DESIGN", "Design & Product", "department", "NL-DIGITAL", ("osl",)),
    UnitDef("NL-INFRA", "Energy & Infrastructure", "department", "NL-OPERATIONS", ("bgo",)),
    UnitDef("NL-DELIVERY", "Delivery & Service", "department", "NL-OPERATIONS", ("got",)),
    UnitDef("NL-PEOPLE-FINANCE", "People & Finance", "department", "NL-CORPORATE", ("cph",)),
    UnitDef("NL-SALES", "Sales & Bids", "department", "NL-CORPORATE", ("osl",)),
    _team("NL-PLATFORM", "Platform", "NL-SOFTWARE", ("cph",), "dev", 1.1),
    _team("NL-WEB", "Web & Mobile", "NL-SOFTWARE", ("sto",), "dev", 1.1),
    _team("NL-INTEGRATIONS", "Integrations", "NL-SOFTWARE", ("osl",), "dev", 1.0),
    _team("NL-QA", "Quality & Test", "NL-SOFTWARE", ("aar",), "qa", 0.7),
    _team("NL-DATA-ENG", "Data Engineering", "NL-DATA", ("aar", "cph"), "data", 1.0),
    _team("NL-ANALYTICS", "Analytics", "NL-DATA", ("got",), "data", 0.9),
    _team("NL-ML", "Machine Learning", "NL-DATA", ("osl", "sto"), "data", 0.65),
    _team("NL-SERVICE-DESIGN", "Service Design", "NL-DESIGN", ("osl", "bgo"), "design", 0.8),
    _team("NL-PRODUCT", "Digital Product", "NL-DESIGN", ("lon",), "design", 0.75),
    _team("NL-ENERGY", "Energy", "NL-INFRA", ("bgo",), "eng", 1.1),
    _team("NL-WATER", "Water & Environment", "NL-INFRA", ("aar",), "eng", 1.05),
    _team("NL-BUILDINGS", "Buildings", "NL-INFRA", ("got",), "eng", 1.1),
    _team("NL-PMO", "Project Office", "NL-DELIVERY", ("sto",), "pmo", 0.8),
    _team("NL-SERVICE-DESK", "Service Desk", "NL-DELIVERY", ("got",), "service", 1.0),
    _team("NL-HSE", "Health, Safety & Environment", "NL-DELIVERY", ("bgo", "osl"), "hse", 0.65),
    _team("NL-PEOPLE", "People & Learning", "NL-PEOPLE-FINANCE", ("cph", "sto", "osl"), "hr", 0.75),
    _team("NL-FINANCE", "Finance", "NL-PEOPLE-FINANCE", ("sto",), "finance", 0.8),
    _team("NL-LEGAL", "Legal & Compliance", "NL-PEOPLE-FINANCE", ("cph",), "legal", 0.6),
    _team("NL-BIDS", "Public Sector Bids", "NL-SALES", ("osl", "cph", "sto"), "sales", 0.7),
    _team("NL-CLIENTS", "Client Partners", "NL-SALES", ("cph", "sto", "osl", "lon"), "sales", 0.8),
    _team("NL-MARKETING", "Marketing & Communication", "NL-SALES", ("cph",), "marketing", 0.65),
)
UNITS_BY_CODE = {u.code: u for u in UNITS}
TEAMS = tuple(u for u in UNITS if u.kind == "team")
LEADER_COUNT = len(UNITS)  # one lead per unit: CEO, directors, heads of department, team leads


# --- Fixed people --------------------------------------------------------------------------------

SkillSpec = tuple[str, int | None, bool, bool]  # slug, level, can help, wants to learn


def parse_skills(spec: str) -> tuple[SkillSpec, ...]:
    """Parse "kubernetes:4+ python:2 facilitation:?": a level 1–4 (or none), "+" can help with
    it, "?" wants to learn it."""
    out: list[SkillSpec] = []
    for word in spec.split():
        slug, _sep, rest = word.partition(":")
        digits = rest.strip("+?")
        out.append((slug, int(digits) if digits else None, "+" in rest, "?" in rest))
    return tuple(out)


@dataclass(frozen=True)
class PersonDef:
    """Someone the demo always has, by name. `email` None means firstname.lastname@domain."""

    full_name: str
    language: str
    office: str
    title: str
    unit: str
    role: str = "employee"
    email: str | None = None
    is_lead: bool = False  # the lead of `unit` (reports to the lead of the parent unit)
    skill_spec: str = ""  # see parse_skills; empty: chosen at random like everyone else's

    @property
    def skills(self) -> tuple[SkillSpec, ...]:
        return parse_skills(self.skill_spec)


MANAGER = PersonDef(
    "Maja Holm", "da", "cph", "Teamleder", "NL-PLATFORM", email="manager@example.com",
    is_lead=True,
    skill_spec="kubernetes:4+ team-leadership:3+ coaching:3+ agile:3 feedback:3+ python:3 "
    "change-management:1?",
)  # fmt: skip
EMPLOYEE = PersonDef(
    "Emil Berg", "da", "cph", "Softwareudvikler", "NL-PLATFORM", email="employee@example.com",
    skill_spec="python:3+ docker:2 ci-cd:2 sql:2 kubernetes:1? facilitation:?",
)  # fmt: skip
ADMIN = PersonDef(
    "Astrid Nilsson", "sv", "sto", "HR-systemansvarig", "NL-PEOPLE", role="org_admin",
    email="admin@example.com",
    skill_spec="onboarding:4+ gdpr:3+ excel:3 change-management:2 power-bi:1?",
)  # fmt: skip
DEMO_ACCOUNTS: tuple[PersonDef, ...] = (ADMIN, MANAGER, EMPLOYEE)  # printed in this order

CEO = PersonDef("Karen Winther", "da", "cph", "Administrerende direktør", ROOT_CODE, is_lead=True)
LEARNING_LEADS: tuple[PersonDef, ...] = (
    PersonDef(
        "Freja Dam", "da", "cph", "Læringskonsulent", "NL-PEOPLE", role="learning_lead",
        skill_spec="facilitation:4+ coaching:3+ mentoring:3+ presentation:3",
    ),
    PersonDef(
        "Siri Aasen", "nb", "osl", "Kompetanserådgiver", "NL-PEOPLE", role="learning_lead",
        skill_spec="facilitation:3+ onboarding:3+ change-management:3+ data-analysis:1?",
    ),
    PersonDef(
        "Johanna Ek", "sv", "sto", "Kompetensutvecklare", "NL-PEOPLE", role="learning_lead",
        skill_spec="mentoring:4+ feedback:3+ plain-language:3 generative-ai:1?",
    ),
)  # fmt: skip
# Members placed in their team before anyone generated (team leads are placed by is_lead).
FIXED_MEMBERS: tuple[PersonDef, ...] = (EMPLOYEE, ADMIN, *LEARNING_LEADS)
RESERVED_NAMES = frozenset(p.full_name for p in (CEO, *DEMO_ACCOUNTS, *LEARNING_LEADS))


# --- Names -------------------------------------------------------------------------------------


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


FIRST_NAMES: dict[str, tuple[str, ...]] = {
    "da": _words(
        """
        Mette Sofie Anne Camilla Louise Julie Ida Maria Katrine Line Signe Trine Helle Birgitte
        Pernille Nanna Karoline Cecilie Rikke Stine Marianne Emma Laura Josefine Malene Lotte Hanne
        Anne-Mette Rasmus Mads Søren Anders Jens Niels Mikkel Christian Frederik Jakob Martin Thomas
        Henrik Kasper Jesper Morten Peter Mathias Nikolaj Simon Jonas Troels Kristian Esben Ulrik
        Torben Asger
        """
    ),
    "sv": _words(
        """
        Anna Karin Maria Eva Sara Emma Johanna Linnea Elin Frida Ida Matilda Hanna Malin Sofia Lina
        Ebba Klara Moa Jenny Cecilia Helena Ulrika Annika Therese Elsa Agnes Lovisa Erik Oskar Johan
        Anders Per Mikael Karl Fredrik Magnus Henrik Daniel Andreas Niklas Gustav Viktor Axel Jonas
        Mattias Björn Olof Linus Filip Sebastian Joakim Håkan Patrik Albin
        """
    ),
    "nb": _words(
        """
        Ingrid Kari Ingvild Silje Marte Hanne Ragnhild Tone Sigrid Nora Thea Hilde Kristin Solveig
        Guro Astri Randi Marit Synnøve Tuva Mari Vilde Ane Liv Åse Torunn Lars Ola Ole Knut Olav Per
        Håkon Sindre Eirik Magnus Jon Sverre Torbjørn Øyvind Espen Kristoffer Sigurd Even Vegard
        Trond Geir Arne Bjørn Halvor Jørgen Aksel Tor Erlend
        """
    ),
    "en": _words(
        """
        James Sarah Priya Daniel Olivia Tom Aisha Lucas Sofia Mateo Hannah Ahmed Chloe Ravi Emily
        Marco Elena Kwame Yuki Fatima Oliver Grace Samuel Leila Nathan Zara Ben Mei Omar Isla
        """
    ),
}

LAST_NAMES: dict[str, tuple[str, ...]] = {
    "da": _words(
        """
        Sørensen Kjær Lund Østergaard Jensen Nielsen Hansen Pedersen Andersen Christensen Larsen
        Rasmussen Jørgensen Madsen Kristensen Olsen Thomsen Poulsen Møller Mortensen Jakobsen
        Frederiksen Dahl Bech Vestergaard Skov Bak Mikkelsen Dalgaard Lauridsen Brandt Kjeldsen
        Nørgaard Bruun Friis Hedegaard Schmidt Holst Munk Krogh
        """
    ),
    "sv": _words(
        """
        Lindqvist Johansson Björk Nyström Andersson Karlsson Eriksson Larsson Olsson Persson
        Svensson Gustafsson Pettersson Jonsson Lindberg Lindström Holmberg Bergström Sandberg
        Lundgren Engström Forsberg Sjöberg Wallin Ekström Hedlund Åberg Lindgren Söderberg
        Sundqvist Hellström Berglund Dahlberg Blom Strand Lind Falk Nordin Axelsson
        """
    ),
    "nb": _words(
        """
        Solberg Haugen Nordby Bakke Hansen Johansen Olsen Larsen Andersen Pedersen Nilsen
        Kristiansen Karlsen Johnsen Pettersen Eriksen Halvorsen Lie Moen Strand Lunde Hagen Bakken
        Rønning Myhre Sandvik Fjeld Haugland Brekke Tveit Eide Vik Lien Ødegaard Gundersen Sæther
        Aune Fossum Nygård
        """
    ),
    "en": _words(
        """
        Carter Shah Bennett Okafor Mitchell Hassan Fernandes Moreau Novak Patel Walsh Rossi Müller
        Nguyen Murphy Singh Khan Evans Clarke Hughes Costa Tanaka Mensah García O'Brien Schneider
        Kim Chen
        """
    ),
}

# Share of the people in a Nordic office who are international hires working in English.
INTERNATIONAL_SHARE = 0.06


# --- Titles --------------------------------------------------------------------------------------

Titles = tuple[tuple[str, bool], ...]  # (title, senior); seniors know more and help more often


def _parse_titles(text: str) -> dict[str, dict[str, Titles]]:
    """Blocks of "track" followed by indented "xx: Title | *Senior title | …" lines."""
    out: dict[str, dict[str, Titles]] = {}
    track = ""
    for line in text.splitlines():
        if not line.strip():
            continue
        if not line[0].isspace():
            track = line.strip()
            out[track] = {}
            continue
        language, _sep, titles = line.strip().partition(": ")
        parsed = tuple(
            (t.strip().lstrip("*"), t.strip().startswith("*")) for t in titles.split("|")
        )
        out[track][language] = out[track].get(language, ()) + parsed
    return out


TITLES = _parse_titles(
    """
dev
    da: Softwareudvikler | Softwareudvikler | Backend-udvikler | Frontend-udvikler
    da: DevOps-ingeniør | *Senior softwareudvikler | *Softwarearkitekt
    sv: Systemutvecklare | Systemutvecklare | Backendutvecklare | Frontendutvecklare
    sv: DevOps-ingenjör | *Senior systemutvecklare | *Lösningsarkitekt
    nb: Systemutvikler | Systemutvikler | Backendutvikler | Frontendutvikler | DevOps-ingeniør
    nb: *Seniorutvikler | *Løsningsarkitekt
    en: Software Engineer | Software Engineer | Backend Developer | Frontend Developer
    en: DevOps Engineer | *Senior Software Engineer | *Software Architect
qa
    da: Testkonsulent | Testautomatiseringsingeniør | QA-specialist | *Testmanager
    sv: Testare | Testautomatiseringsingenjör | QA-specialist | *Testledare
    nb: Tester | Testautomatiseringsingeniør | QA-spesialist | *Testleder
    en: QA Engineer | Test Automation Engineer | QA Specialist | *Test Manager
data
    da: Dataanalytiker | Data engineer | Data scientist | BI-udvikler | *Senior data engineer
    da: *Dataarkitekt
    sv: Dataanalytiker | Data engineer | Data scientist | BI-utvecklare | *Senior data engineer
    sv: *Dataarkitekt
    nb: Dataanalytiker | Dataingeniør | Data scientist | BI-utvikler | *Senior dataingeniør
    nb: *Dataarkitekt
    en: Data Analyst | Data Engineer | Data Scientist | BI Developer | *Senior Data Engineer
    en: *Data Architect
design
    da: UX-designer | Servicedesigner | UX-researcher | Indholdsdesigner | *Senior UX-designer
    sv: UX-designer | Tjänstedesigner | UX-researcher | Innehållsdesigner | *Senior UX-designer
    nb: UX-designer | Tjenestedesigner | UX-researcher | Innholdsdesigner
    nb: *Senior interaksjonsdesigner
    en: UX Designer | Service Designer | UX Researcher | Content Designer
    en: *Senior Product Designer | *Product Manager
eng
    da: Ingeniør | Projektingeniør | Rådgivende ingeniør | Miljøkonsulent | BIM-koordinator
    da: *Specialist | *Seniorspecialist
    sv: Ingenjör | Konsult | Miljökonsult | BIM-samordnare | Konstruktör | *Uppdragsledare
    sv: *Seniorkonsult
    nb: Rådgiver | Ingeniør | Prosjektingeniør | Miljørådgiver | BIM-koordinator
    nb: *Senior rådgiver | *Fagansvarlig
    en: Engineer | Project Engineer | Environmental Consultant | BIM Coordinator
    en: *Senior Consultant | *Principal Engineer
pmo
    da: Projektleder | Projektkoordinator | Scrum master | *Senior projektleder
    da: *Porteføljeansvarlig
    sv: Projektledare | Projektkoordinator | Scrum master | *Senior projektledare
    sv: *Portföljansvarig
    nb: Prosjektleder | Prosjektkoordinator | Scrum master | *Senior prosjektleder
    nb: *Porteføljeansvarlig
    en: Project Manager | Project Coordinator | Scrum Master | *Senior Project Manager
    en: *Portfolio Manager
service
    da: IT-supporter | Servicedeskmedarbejder | Driftskonsulent | *Senior driftskonsulent
    sv: Supporttekniker | Servicedesktekniker | Drifttekniker | *Senior drifttekniker
    nb: Brukerstøttekonsulent | IT-konsulent | Driftstekniker | *Senior driftskonsulent
    en: Service Desk Analyst | IT Support Specialist | Operations Engineer
    en: *Senior Operations Engineer
hse
    da: Arbejdsmiljøkoordinator | Arbejdsmiljøkonsulent | Sikkerhedskoordinator | *Kvalitetschef
    sv: Arbetsmiljösamordnare | Arbetsmiljöingenjör | KMA-samordnare | *Kvalitetsansvarig
    nb: HMS-rådgiver | HMS-koordinator | SHA-koordinator | *Senior HMS-rådgiver
    en: HSE Advisor | HSE Coordinator | *Senior HSE Advisor | *Quality Manager
hr
    da: HR-partner | HR-konsulent | Rekrutteringskonsulent | Lønkonsulent | *Senior HR-partner
    sv: HR-partner | HR-specialist | Rekryterare | Lönespecialist | *Senior HR-partner
    nb: HR-rådgiver | HR-partner | Rekrutteringsrådgiver | Lønnsrådgiver | *Senior HR-rådgiver
    en: HR Partner | HR Advisor | Recruiter | *Senior HR Partner
finance
    da: Controller | Regnskabsmedarbejder | Bogholder | Business controller | *Senior controller
    sv: Controller | Redovisningsekonom | Ekonomiassistent | Business controller
    sv: *Senior controller
    nb: Controller | Regnskapsmedarbeider | Regnskapsfører | Økonomirådgiver | *Senior controller
    en: Controller | Accountant | Financial Analyst | *Senior Controller
legal
    da: Jurist | Compliance-specialist | Kontraktjurist | *Advokat
    sv: Jurist | Compliance-specialist | Avtalsjurist | *Bolagsjurist
    nb: Jurist | Compliance-rådgiver | Kontraktsrådgiver | *Advokat
    en: Legal Counsel | Compliance Specialist | Contract Manager | *Senior Legal Counsel
sales
    da: Tilbudsansvarlig | Salgskonsulent | Kundeansvarlig | Key account manager
    da: *Senior key account manager
    sv: Anbudsansvarig | Säljare | Kundansvarig | Key account manager
    sv: *Senior key account manager
    nb: Tilbudsansvarlig | Salgsrådgiver | Kundeansvarlig | Key account manager
    nb: *Senior key account manager
    en: Bid Manager | Sales Consultant | Client Partner | Key Account Manager
    en: *Senior Client Partner
marketing
    da: Kommunikationskonsulent | Marketingkoordinator | Indholdsproducent | Grafisk designer
    da: *Senior kommunikationskonsulent
    sv: Kommunikatör | Marknadskoordinator | Innehållsproducent | Grafisk formgivare
    sv: *Senior kommunikatör
    nb: Kommunikasjonsrådgiver | Markedskoordinator | Innholdsprodusent | Grafisk designer
    nb: *Senior kommunikasjonsrådgiver
    en: Communications Advisor | Marketing Coordinator | Content Producer | Graphic Designer
    en: *Senior Communications Advisor
"""
)

# The lead of a unit, by the unit's kind and the lead's language.
LEAD_TITLES: dict[str, dict[str, str]] = {
    "division": {
        "da": "Divisionsdirektør",
        "sv": "Divisionschef",
        "nb": "Divisjonsdirektør",
        "en": "Division Director",
    },
    "department": {
        "da": "Afdelingschef",
        "sv": "Avdelningschef",
        "nb": "Avdelingsleder",
        "en": "Head of Department",
    },
    "team": {"da": "Teamleder", "sv": "Teamchef", "nb": "Teamleder", "en": "Team Lead"},
}
