"""The demo's skill taxonomy: real names in English, Danish, Swedish and Norwegian, with the other
words people use for them, and which skills each kind of team tends to have."""

from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True)
class SkillDef:
    slug: str
    en: str
    da: str
    sv: str
    nb: str
    category: str
    synonyms: str = ""

    def name_in(self, language: str) -> str:
        return {"da": self.da, "sv": self.sv, "nb": self.nb}.get(language) or self.en


def parse_skills(text: str) -> tuple[SkillDef, ...]:
    """Blocks of a slug, then an indented "English | Danish | Swedish | Norwegian" line (one
    ending in "|" continues on the next), then optionally an indented line of synonyms. A line
    "# …" starts a category."""
    out: list[SkillDef] = []
    category = slug = names = ""
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        if line.startswith("# "):
            category = stripped[2:]
        elif not line[0].isspace():
            slug, names = stripped, ""
        elif slug:
            names += f"{stripped} "
            if not stripped.endswith("|"):
                en, da, sv, nb = (n.strip() for n in names.split("|"))
                out.append(SkillDef(slug, en, da, sv, nb, category))
                slug = ""
        else:
            out[-1] = replace(out[-1], synonyms=stripped)
    return tuple(out)


SKILLS = parse_skills(
    """
# Software development
python
    Python | Python | Python | Python
    django, pandas, fastapi
javascript
    JavaScript | JavaScript | JavaScript | JavaScript
    js, node, node.js
typescript
    TypeScript | TypeScript | TypeScript | TypeScript
    ts
java
    Java | Java | Java | Java
    spring, jvm, kotlin
csharp
    C# and .NET | C# og .NET | C# och .NET | C# og .NET
    c#, dotnet, .net, asp.net
react
    React | React | React | React
    frontend, next.js
kubernetes
    Kubernetes | Kubernetes | Kubernetes | Kubernetes
    k8s, helm, aks, openshift
docker
    Docker | Docker | Docker | Docker
    containers, containere, containrar, podman
azure
    Microsoft Azure | Microsoft Azure | Microsoft Azure | Microsoft Azure
    azure, cloud, sky, moln
aws
    Amazon Web Services | Amazon Web Services | Amazon Web Services | Amazon Web Services
    aws, ec2, s3, lambda, cloud
terraform
    Terraform | Terraform | Terraform | Terraform
    infrastructure as code, iac, bicep
ci-cd
    Continuous delivery | Continuous delivery | Kontinuerlig leverans | Kontinuerlig leveranse
    ci/cd, ci, cd, github actions, gitlab ci, pipelines
automated-testing
    Test automation | Testautomatisering | Testautomatisering | Testautomatisering
    playwright, selenium, pytest, unit tests, enhedstest, enhetstester
api-design
    API design | API-design | API-design | API-design
    rest, openapi, graphql
security
    Application security | Applikationssikkerhed | Applikationssäkerhet | Applikasjonssikkerhet
    appsec, owasp, it-sikkerhed, it-säkerhet, informasjonssikkerhet
mobile-development
    Mobile development | Mobiludvikling | Mobilutveckling | Mobilutvikling
    ios, android, swift, kotlin, flutter, apps
observability
    Monitoring and observability | Overvågning | Övervakning | Overvåking
    monitoring, grafana, prometheus, logging, alerting
integration
    System integration | Systemintegration | Systemintegration | Systemintegrasjon
    integrations, kafka, messaging, esb, biztalk
# Data and AI
sql
    SQL | SQL | SQL | SQL
    postgresql, sql server, databases, databaser
data-analysis
    Data analysis | Dataanalyse | Dataanalys | Dataanalyse
    analytics, analyse, analys
power-bi
    Power BI | Power BI | Power BI | Power BI
    dashboards, dax, reporting, rapportering
machine-learning
    Machine learning | Maskinlæring | Maskininlärning | Maskinlæring
    ml, ai, scikit-learn, prediction
data-engineering
    Data engineering | Data engineering | Data engineering | Data engineering
    etl, elt, dbt, airflow, data pipelines
statistics
    Statistics | Statistik | Statistik | Statistikk
    regression, sampling
generative-ai
    Generative AI | Generativ AI | Generativ AI | Generativ KI
    llm, chatgpt, copilot, prompting, ki
# Design
ux-research
    UX research | Brugerundersøgelser | Användarundersökningar | Brukerundersøkelser
    user research, user interviews, usability testing, brugertest, användartester, brukertesting
service-design
    Service design | Servicedesign | Tjänstedesign | Tjenestedesign
    customer journeys, kunderejser, kundresor, kundereiser
interaction-design
    Interaction design | Interaktionsdesign | Interaktionsdesign | Interaksjonsdesign
    ui, figma, prototyping, prototyper
accessibility
    Accessibility | Tilgængelighed | Tillgänglighet | Universell utforming
    a11y, wcag, digital tilgængelighed, uu
# Engineering
bim
    BIM | BIM | BIM | BIM
    building information modelling, revit, ifc, solibri
energy-systems
    Energy systems | Energisystemer | Energisystem | Energisystemer
    district heating, fjernvarme, fjärrvärme, renewables, grid, elnett
water-engineering
    Water and wastewater | Vand og spildevand | Vatten och avlopp | Vann og avløp
    hydraulics, stormwater, klimatilpasning, va, skybrud
structural-engineering
    Structural engineering | Bærende konstruktioner | Konstruktionsteknik | Konstruksjonsteknikk
    statics, statik, eurocode, concrete, beton, betong
environmental-assessment
    Environmental impact assessment | Miljøvurdering |
    Miljökonsekvensbeskrivning | Konsekvensutredning
    eia, vvm, mkb, environment, miljø
sustainability
    Sustainability reporting | Bæredygtighedsrapportering |
    Hållbarhetsrapportering | Bærekraftsrapportering
    esg, csrd, carbon accounting, klimaregnskab, klimatredovisning, klimaregnskap
gis
    GIS | GIS | GIS | GIS
    arcgis, qgis, maps, kort, kartor, kart
# Projects and delivery
project-management
    Project management | Projektledelse | Projektledning | Prosjektledelse
    pm, prince2, pmp, projektstyring
agile
    Agile | Agil udvikling | Agilt arbetssätt | Smidig utvikling
    scrum, kanban, agil, smidig, safe
lean
    Lean | Lean | Lean | Lean
    continuous improvement, kaizen, forbedring, ständiga förbättringar
risk-management
    Risk management | Risikostyring | Riskhantering | Risikostyring
    risk, risici, risker, risiko
stakeholder-management
    Stakeholder management | Interessenthåndtering | Intressenthantering | Interessenthåndtering
    stakeholders, interessenter, intressenter
contract-management
    Contract management | Kontraktstyring | Avtalshantering | Kontraktsoppfølging
    contracts, kontrakter, avtal, ab18, abk, ns 8401
itil
    IT service management | IT-servicestyring | IT-tjänstehantering | IT-tjenestestyring
    itil, service desk, incident management, servicenow, topdesk
# Health, safety and quality
occupational-safety
    Occupational safety | Arbejdsmiljø | Arbetsmiljö | Arbeidsmiljø
    hse, hms, sha, kma, safety, sikkerhed, säkerhet, sikkerhet
first-aid
    First aid | Førstehjælp | Första hjälpen | Førstehjelp
    hlr, cpr, hjertestarter, hjärtstartare
quality-management
    Quality management | Kvalitetsledelse | Kvalitetsledning | Kvalitetsledelse
    iso 9001, qms, kvalitetssikring, kvalitetssäkring
# People and leadership
team-leadership
    Team leadership | Teamledelse | Teamledarskap | Teamledelse
    leadership, ledelse, ledarskap, management
coaching
    Coaching | Coaching | Coaching | Coaching
    coach, coachende samtaler
mentoring
    Mentoring | Mentoring | Mentorskap | Mentorskap
    mentor, mentorordning, mentorprogram
facilitation
    Facilitation | Facilitering | Facilitering | Fasilitering
    workshops, facilitator, fasilitator, workshop
feedback
    Feedback | Feedback | Feedback | Tilbakemelding
    giving feedback, tilbagemelding, återkoppling
change-management
    Change management | Forandringsledelse | Förändringsledning | Endringsledelse
    change, forandring, förändring, endring, adkar
onboarding
    Onboarding | Onboarding | Introduktion av nyanställda | Onboarding
    introduction, introduktion, opplæring av nyansatte
recruitment
    Recruitment | Rekruttering | Rekrytering | Rekruttering
    hiring, interviews, ansættelse, anställning, ansettelse
employment-law
    Employment law | Ansættelsesret | Arbetsrätt | Arbeidsrett
    labour law, funktionærloven, las, arbeidsmiljøloven
# Communication
presentation
    Presentation | Præsentationsteknik | Presentationsteknik | Presentasjonsteknikk
    public speaking, talks, foredrag, föredrag, tale
plain-language
    Plain language | Klarsprog | Klarspråk | Klarspråk
    writing, skrivning, skrivande, skriving, copywriting
customer-dialogue
    Customer dialogue | Kundedialog | Kunddialog | Kundedialog
    client relations, customer service, kundeservice, kundtjänst
negotiation
    Negotiation | Forhandling | Förhandling | Forhandling
    negotiating, forhandlinger, förhandlingsteknik
content-marketing
    Content marketing | Content marketing | Innehållsmarknadsföring | Innholdsmarkedsføring
    content, seo, linkedin
social-media
    Social media | Sociale medier | Sociala medier | Sosiale medier
    some, linkedin, instagram
# Business and law
public-procurement
    Public procurement | Offentligt udbud | Offentlig upphandling | Offentlige anskaffelser
    tender, tenders, udbud, upphandling, anbud, anskaffelse, lou, loa
bid-writing
    Bid writing | Tilbudsskrivning | Anbudsskrivning | Tilbudsskriving
    proposals, tenders, tilbud, anbud
gdpr
    GDPR | GDPR | GDPR | GDPR
    data protection, privacy, persondata, databeskyttelse, dataskydd, personvern
contract-law
    Contract law | Aftaleret | Avtalsrätt | Avtalerett
    contracts, aftaler, avtal, avtaler
budgeting
    Budgeting | Budgettering | Budgetering | Budsjettering
    budget, forecast, prognose, prognos
financial-reporting
    Financial reporting | Økonomirapportering | Finansiell rapportering | Økonomirapportering
    accounting, regnskab, redovisning, regnskap, ifrs, month-end close
# Tools
excel
    Excel | Excel | Excel | Excel
    spreadsheets, regneark, kalkylark, pivot
"""
)
SKILLS_BY_SLUG = {s.slug: s for s in SKILLS}

# Skills people in each kind of team tend to have, most typical first.
TRACK_SKILLS: dict[str, tuple[str, ...]] = {
    "dev": (
        "python",
        "kubernetes",
        "docker",
        "ci-cd",
        "azure",
        "typescript",
        "react",
        "java",
        "csharp",
        "api-design",
        "terraform",
        "observability",
        "integration",
        "automated-testing",
        "security",
        "sql",
        "aws",
        "mobile-development",
        "agile",
    ),
    "qa": (
        "automated-testing",
        "python",
        "typescript",
        "java",
        "ci-cd",
        "agile",
        "accessibility",
        "sql",
        "security",
        "docker",
    ),
    "data": (
        "sql",
        "python",
        "data-analysis",
        "power-bi",
        "data-engineering",
        "machine-learning",
        "statistics",
        "generative-ai",
        "azure",
        "excel",
        "gdpr",
    ),
    "design": (
        "ux-research",
        "service-design",
        "interaction-design",
        "accessibility",
        "facilitation",
        "plain-language",
        "agile",
        "react",
        "presentation",
    ),
    "eng": (
        "project-management",
        "bim",
        "energy-systems",
        "water-engineering",
        "structural-engineering",
        "environmental-assessment",
        "sustainability",
        "gis",
        "risk-management",
        "excel",
        "occupational-safety",
        "public-procurement",
    ),
    "pmo": (
        "project-management",
        "agile",
        "risk-management",
        "stakeholder-management",
        "lean",
        "contract-management",
        "excel",
        "power-bi",
        "facilitation",
        "change-management",
    ),
    "service": (
        "itil",
        "customer-dialogue",
        "observability",
        "azure",
        "excel",
        "lean",
        "sql",
        "plain-language",
    ),
    "hse": (
        "occupational-safety",
        "first-aid",
        "quality-management",
        "risk-management",
        "lean",
        "environmental-assessment",
        "facilitation",
    ),
    "hr": (
        "recruitment",
        "onboarding",
        "employment-law",
        "coaching",
        "mentoring",
        "facilitation",
        "change-management",
        "feedback",
        "gdpr",
        "plain-language",
    ),
    "finance": (
        "budgeting",
        "financial-reporting",
        "excel",
        "power-bi",
        "data-analysis",
        "sql",
    ),
    "legal": (
        "gdpr",
        "contract-law",
        "employment-law",
        "public-procurement",
        "risk-management",
        "plain-language",
    ),
    "sales": (
        "negotiation",
        "customer-dialogue",
        "public-procurement",
        "bid-writing",
        "presentation",
        "stakeholder-management",
        "contract-management",
    ),
    "marketing": (
        "content-marketing",
        "social-media",
        "plain-language",
        "presentation",
        "data-analysis",
        "generative-ai",
        "ux-research",
    ),
}
GENERAL_SKILLS: tuple[str, ...] = (
    "presentation",
    "feedback",
    "facilitation",
    "excel",
    "generative-ai",
    "plain-language",
    "customer-dialogue",
    "mentoring",
    "coaching",
    "project-management",
    "agile",
)
LEAD_SKILLS: tuple[str, ...] = (
    "team-leadership",
    "coaching",
    "feedback",
    "change-management",
    "budgeting",
    "stakeholder-management",
    "mentoring",
)
