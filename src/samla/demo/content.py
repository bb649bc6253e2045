"""What people in the demo learned from each other: titles of stories, questions, sessions,
courses and private reflections, each written in Danish, Swedish, Norwegian and English. A story
is recorded in its author's language; everyone else sees that same title."""

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


STORIES = parse_titled(
    """
kubernetes docker
    da: Læring fra migreringen til Kubernetes
    sv: Det här lärde vi oss när vi flyttade 40 tjänster till Kubernetes
    nb: Dette lærte vi av å flytte 40 tjenester til Kubernetes
    en: What we learned moving 40 services to Kubernetes
ci-cd
    da: Sådan halverede vi byggetiden
    sv: Så halverade vi byggtiden
    nb: Slik halverte vi byggetiden
    en: How we cut build time in half
customer-dialogue facilitation
    da: Hvad vi lærte af kundeworkshoppen
    sv: Vad vi lärde oss av kundworkshopen
    nb: Hva vi lærte av kundeworkshopen
    en: What the customer workshop taught us
public-procurement bid-writing
    da: Erfaringer fra udbudsrunden
    sv: Erfarenheter från anbudsrundan
    nb: Erfaringer fra anbudsrunden
    en: Lessons from the tender round
automated-testing
    da: Vores første måned med end-to-end-test i Playwright
    sv: Vår första månad med end-to-end-tester i Playwright
    nb: Vår første måned med ende-til-ende-tester i Playwright
    en: Our first month of end-to-end tests in Playwright
accessibility
    da: Fem tilgængelighedsfejl vi fandt i vores egne formularer
    sv: Fem tillgänglighetsbrister vi hittade i våra egna formulär
    nb: Fem feil i universell utforming vi fant i våre egne skjemaer
    en: Five accessibility mistakes we found in our own forms
power-bi data-analysis
    da: Fra 14 regneark til én Power BI-rapport
    sv: Från 14 kalkylark till en Power BI-rapport
    nb: Fra 14 regneark til én Power BI-rapport
    en: From 14 spreadsheets to one Power BI report
occupational-safety
    da: Nærved-hændelser på byggepladsen: hvad rapporterne fortæller
    sv: Tillbud på byggarbetsplatsen: vad rapporterna berättar
    nb: Nestenulykker på byggeplassen: hva rapportene forteller oss
    en: Near misses on site: what the reports tell us
change-management
    da: Ny tidsregistrering uden at tabe nogen på gulvet
    sv: Nytt tidrapporteringssystem utan att tappa någon på vägen
    nb: Nytt timeføringssystem uten å miste noen underveis
    en: A new time-tracking system without losing anyone on the way
coaching feedback
    da: Hvad jeg har lært af et år med coaching af nye teamledere
    sv: Vad jag har lärt mig av ett år som coach för nya chefer
    nb: Hva jeg lærte av et år med coaching av nye teamledere
    en: What a year of coaching new team leads taught me
gdpr
    da: GDPR i praksis: sletning af data, vi ikke længere har brug for
    sv: GDPR i praktiken: radera data vi inte längre behöver
    nb: GDPR i praksis: slette data vi ikke lenger trenger
    en: GDPR in practice: deleting data we no longer need
bim structural-engineering
    da: Kollisionskontrol i BIM sparede os tre uger
    sv: Kollisionskontroll i BIM sparade oss tre veckor
    nb: Kollisjonskontroll i BIM sparte oss tre uker
    en: Clash detection in BIM saved us three weeks
energy-systems sustainability
    da: Fjernvarme i Bergen: hvad data viste
    sv: Fjärrvärme i Bergen: vad datan visade
    nb: Fjernvarme i Bergen: hva dataene viste
    en: District heating in Bergen: what the data showed
ux-research
    da: Ti brugerinterviews på to dage: sådan gjorde vi
    sv: Tio användarintervjuer på två dagar: så gjorde vi
    nb: Ti brukerintervjuer på to dager: slik gjorde vi det
    en: Ten user interviews in two days: how we did it
observability
    da: Natten hvor alarmerne ikke gik
    sv: Natten då larmen inte gick
    nb: Natten alarmene ikke gikk
    en: The night the alarms stayed quiet
lean itil
    da: Lean-tavle i servicedesken: tre måneder efter
    sv: Lean-tavla i servicedesken: tre månader senare
    nb: Lean-tavle i servicedesken: tre måneder etter
    en: A Lean board for the service desk: three months in
negotiation contract-management
    da: Genforhandling af en rammeaftale: det virkede
    sv: Omförhandling av ett ramavtal: det här fungerade
    nb: Reforhandling av en rammeavtale: dette fungerte
    en: Renegotiating a framework agreement: what worked
generative-ai
    da: Generativ AI til første udkast – og hvor det gik galt
    sv: Generativ AI för första utkast – och var det gick fel
    nb: Generativ KI til første utkast – og hvor det gikk galt
    en: Generative AI for first drafts – and where it failed
project-management risk-management
    da: Derfor bliver vores risikolog endelig læst
    sv: Därför blir vår risklogg äntligen läst
    nb: Derfor blir risikologgen vår endelig lest
    en: Why our risk log finally gets read
onboarding mentoring
    da: En makker til alle nyansatte: resultater efter seks måneder
    sv: En fadder till varje nyanställd: resultat efter sex månader
    nb: En fadder til alle nyansatte: resultater etter seks måneder
    en: A buddy for every new hire: results after six months
water-engineering gis
    da: Kortlægning af skybrudsrisiko med åbne data
    sv: Kartläggning av skyfallsrisker med öppna data
    nb: Kartlegging av overvannsrisiko med åpne data
    en: Mapping cloudburst risk with open data
api-design integration
    da: Versionering af vores API'er uden at knække partnerne
    sv: Versionshantering av våra API:er utan att störa partnerna
    nb: Versjonering av API-ene våre uten å ødelegge for partnerne
    en: Versioning our APIs without breaking our partners
machine-learning
    da: Forudsigelse af vedligehold: vores første model i drift
    sv: Förutsäga underhållsbehov: vår första modell i produktion
    nb: Forutsi vedlikeholdsbehov: vår første modell i produksjon
    en: Predicting maintenance: our first model in production
presentation
    da: Sådan holdt jeg op med at frygte præsentationer
    sv: Så slutade jag vara rädd för att presentera
    nb: Slik sluttet jeg å grue meg til presentasjoner
    en: How I stopped dreading presentations
facilitation agile
    da: Retrospektiver som folk faktisk glæder sig til
    sv: Retrospektiv som folk faktiskt ser fram emot
    nb: Retrospektiver folk faktisk gleder seg til
    en: Retrospectives people actually look forward to
budgeting excel
    da: Rullende prognoser i stedet for årsbudgettet
    sv: Rullande prognoser i stället för årsbudgeten
    nb: Rullerende prognoser i stedet for årsbudsjettet
    en: Rolling forecasts instead of the annual budget
plain-language
    da: Vi skrev vores kundebreve om på klarsprog
    sv: Vi skrev om våra kundbrev på klarspråk
    nb: Vi skrev om kundebrevene våre på klarspråk
    en: Rewriting our customer letters in plain language
security
    da: Det fandt penetrationstesten
    sv: Det här hittade penetrationstestet
    nb: Dette fant penetrasjonstesten
    en: What the penetration test found
environmental-assessment
    da: En miljøvurdering på den halve tid
    sv: En miljökonsekvensbeskrivning på halva tiden
    nb: En konsekvensutredning på halve tiden
    en: An environmental impact assessment in half the time
recruitment
    da: Strukturerede interviews: mere retfærdig og hurtigere rekruttering
    sv: Strukturerade intervjuer: rättvisare och snabbare rekrytering
    nb: Strukturerte intervjuer: mer rettferdig og raskere rekruttering
    en: Structured interviews: fairer and faster hiring
agile project-management
    da: Scrum i en rådgivningsvirksomhed: det beholdt vi, og det droppede vi
    sv: Scrum på ett konsultbolag: det här behöll vi och det här slopade vi
    nb: Scrum i et rådgivningsselskap: dette beholdt vi, og dette droppet vi
    en: Scrum in a consultancy: what we kept and what we dropped
terraform azure
    da: Infrastruktur som kode til vores Azure-landingszone
    sv: Infrastruktur som kod för vår Azure-landningszon
    nb: Infrastruktur som kode for Azure-landingssonen vår
    en: Infrastructure as code for our Azure landing zone
"""
)

QUESTIONS = parse_titled(
    """
kubernetes
    da: Hvordan debugger man en pod, der bliver ved med at genstarte?
    sv: Hur felsöker man en pod som startar om hela tiden?
    nb: Hvordan feilsøker man en pod som stadig starter på nytt?
    en: How do you debug a pod that keeps restarting?
public-procurement
    da: Hvilke tildelingskriterier virker bedst i udbud af rådgivning?
    sv: Vilka tilldelningskriterier fungerar bäst i konsultupphandlingar?
    nb: Hvilke tildelingskriterier fungerer best i anbud på rådgivning?
    en: Which award criteria work best for consultancy tenders?
facilitation
    da: Gode råd til at facilitere en online-workshop med 40 deltagere?
    sv: Tips på hur man faciliterar en digital workshop med 40 deltagare?
    nb: Tips til å fasilitere en digital workshop med 40 deltakere?
    en: Any tips for facilitating an online workshop with 40 people?
power-bi
    da: Hvordan deler jeg en Power BI-rapport med en kunde uden for vores tenant?
    sv: Hur delar jag en Power BI-rapport med en kund utanför vår tenant?
    nb: Hvordan deler jeg en Power BI-rapport med en kunde utenfor vår tenant?
    en: How do I share a Power BI report with a customer outside our tenant?
gdpr recruitment
    da: Må vi gemme ansøgeres CV'er til fremtidige stillinger?
    sv: Får vi spara sökandes cv:n för framtida tjänster?
    nb: Kan vi lagre CV-er fra søkere til fremtidige stillinger?
    en: May we keep applicants' CVs for future roles?
python
    da: Hvordan strukturerer man bedst en lille Python-tjeneste?
    sv: Hur strukturerar man bäst en liten Python-tjänst?
    nb: Hvordan strukturerer man best en liten Python-tjeneste?
    en: What is the best way to structure a small Python service?
occupational-safety
    da: Hvem godkender sikkerhedsplanen, når vi er underrådgiver?
    sv: Vem godkänner arbetsmiljöplanen när vi är underkonsult?
    nb: Hvem godkjenner SHA-planen når vi er underrådgiver?
    en: Who signs off the safety plan when we are a sub-consultant?
coaching
    da: Hvordan coacher man en, der siger, at de ikke har brug for det?
    sv: Hur coachar man någon som säger att de inte behöver det?
    nb: Hvordan coacher man noen som sier at de ikke trenger det?
    en: How do you coach someone who says they don't need it?
sql
    da: Hvorfor er denne forespørgsel hurtig i test og langsom i produktion?
    sv: Varför är den här frågan snabb i test men långsam i produktion?
    nb: Hvorfor er denne spørringen rask i test og treg i produksjon?
    en: Why is this query fast in test and slow in production?
bim
    da: Hvilken IFC-version skal vi bede arkitekten om?
    sv: Vilken IFC-version ska vi be arkitekten om?
    nb: Hvilken IFC-versjon bør vi be arkitekten om?
    en: Which IFC version should we ask the architect for?
negotiation
    da: Hvordan håndterer man en kunde, der vil have rabat i sidste øjeblik?
    sv: Hur hanterar man en kund som vill ha rabatt i sista minuten?
    nb: Hvordan håndterer man en kunde som vil ha rabatt i siste liten?
    en: How do you handle a customer who wants a discount at the last minute?
accessibility
    da: Hvilken skærmlæser bør vi teste med?
    sv: Vilken skärmläsare bör vi testa med?
    nb: Hvilken skjermleser bør vi teste med?
    en: Which screen reader should we test with?
project-management
    da: Hvordan rapporterer man status på et projekt, der mest venter?
    sv: Hur rapporterar man läget i ett projekt som mest väntar?
    nb: Hvordan rapporterer man fremdrift i et prosjekt som stort sett venter?
    en: How do you report progress on a project that is mostly waiting?
generative-ai gdpr
    da: Må vi indsætte kundedokumenter i en AI-assistent?
    sv: Får vi klistra in kunddokument i en AI-assistent?
    nb: Har vi lov til å lime inn kundedokumenter i en KI-assistent?
    en: Are we allowed to paste customer documents into an AI assistant?
excel
    da: XOPSLAG eller INDEKS/SAMMENLIGN?
    sv: XLETAUPP eller INDEX/PASSA?
    nb: XOPPSLAG eller INDEKS/SAMMENLIGNE?
    en: XLOOKUP or INDEX/MATCH?
change-management
    da: Hvordan får vi folk ude på projekterne til at bruge den nye app?
    sv: Hur får vi fältpersonalen att använda den nya appen?
    nb: Hvordan får vi feltarbeiderne til å bruke den nye appen?
    en: How do we get people out on site to use the new app?
ci-cd docker
    da: Hvordan cacher vi Docker-lag i vores pipeline?
    sv: Hur cachar vi Docker-lager i vår pipeline?
    nb: Hvordan cacher vi Docker-lag i pipelinen vår?
    en: How do we cache Docker layers in our pipeline?
energy-systems
    da: Gode kilder til timepriser på el i Norden?
    sv: Bra källor för timpriser på el i Norden?
    nb: Gode kilder til timespriser på strøm i Norden?
    en: Good sources for hourly electricity prices in the Nordics?
feedback
    da: Hvordan giver man feedback til en, der er mere erfaren end en selv?
    sv: Hur ger man feedback till någon som är mer erfaren än en själv?
    nb: Hvordan gir man tilbakemelding til noen som er mer erfaren enn en selv?
    en: How do you give feedback to someone more senior than you?
recruitment
    da: Hvor lang bør en prøveopgave i en rekruttering være?
    sv: Hur långt bör ett arbetsprov i en rekrytering vara?
    nb: Hvor lang bør en arbeidsprøve i en rekruttering være?
    en: How long should a take-home task in a hiring process be?
itil
    da: Hvornår er en hændelse et problem?
    sv: När är en incident ett problem?
    nb: Når er en hendelse et problem?
    en: When is an incident a problem?
data-engineering sql
    da: dbt eller almindelige SQL-views til vores rapporteringslag?
    sv: dbt eller vanliga SQL-vyer för vårt rapportlager?
    nb: dbt eller vanlige SQL-visninger for rapporteringslaget vårt?
    en: dbt or plain SQL views for our reporting layer?
"""
)

SESSIONS = parse_titled(
    """
kubernetes observability
    da: Frokostforedrag: Kubernetes for begyndere
    sv: Lunchföredrag: Kubernetes för nybörjare
    nb: Lunsjforedrag: Kubernetes for nybegynnere
    en: Lunch talk: Kubernetes for beginners
public-procurement bid-writing
    da: Tilbudsklinik: sådan skriver man en vindende løsningsbeskrivelse
    sv: Anbudsklinik: så skriver man en vinnande lösningsbeskrivning
    nb: Tilbudsklinikk: slik skriver man en vinnende løsningsbeskrivelse
    en: Bid clinic: writing a winning solution description
facilitation
    da: Workshop: faciliteringsteknikker, der virker
    sv: Workshop: faciliteringstekniker som fungerar
    nb: Workshop: fasiliteringsteknikker som virker
    en: Workshop: facilitation techniques that work
ux-research service-design
    da: Show and tell: den nye kundeportal
    sv: Visning: den nya kundportalen
    nb: Visning: den nye kundeportalen
    en: Show and tell: the new customer portal
occupational-safety first-aid
    da: Sikkerhedsdag: genopfriskning af førstehjælp
    sv: Säkerhetsdag: repetition av första hjälpen
    nb: Sikkerhetsdag: oppfriskning i førstehjelp
    en: Safety day: first aid refresher
gdpr
    da: GDPR på 30 minutter
    sv: GDPR på 30 minuter
    nb: GDPR på 30 minutter
    en: GDPR in 30 minutes
generative-ai
    da: Hands-on: generativ AI i hverdagen
    sv: Praktisk genomgång: generativ AI i vardagen
    nb: Praktisk økt: generativ KI i hverdagen
    en: Hands-on: generative AI in everyday work
data-analysis power-bi
    da: Datacafé: dashboards, der bliver brugt
    sv: Datakafé: dashboards som faktiskt används
    nb: Datakafé: dashboards som faktisk blir brukt
    en: Data café: dashboards that get used
coaching feedback team-leadership
    da: Lederforum: den coachende samtale
    sv: Chefsforum: det coachande samtalet
    nb: Lederforum: den coachende samtalen
    en: Leadership forum: the coaching conversation
sustainability energy-systems
    da: Klimaregnskab for vores egne projekter
    sv: Klimatredovisning för våra egna projekt
    nb: Klimaregnskap for våre egne prosjekter
    en: Carbon accounting for our own projects
agile lean
    da: Kvartalets retro: det lærte vi på tværs af teams
    sv: Kvartalets retro: det här lärde vi oss över teamgränserna
    nb: Kvartalets retro: dette lærte vi på tvers av team
    en: Retro of the quarter: what we learned across teams
security
    da: Sikkerhed: sådan ser phishing ud i dag
    sv: Säkerhet: så ser nätfiske ut i dag
    nb: Sikkerhet: slik ser phishing ut i dag
    en: Security: what phishing looks like today
presentation
    da: Præsentationstræning: fortæl det på fem minutter
    sv: Presentationsträning: berätta det på fem minuter
    nb: Presentasjonstrening: fortell det på fem minutter
    en: Presentation training: tell it in five minutes
bim structural-engineering
    da: BIM-netværk: modelkoordinering
    sv: BIM-nätverk: modellsamordning
    nb: BIM-nettverk: modellkoordinering
    en: BIM user group: model coordination
change-management team-leadership
    da: Program for nye ledere: at lede forandring
    sv: Program för nya chefer: att leda förändring
    nb: Program for nye ledere: å lede endring
    en: New managers' programme: leading change
python automated-testing
    da: Kodedojo: test af legacy-kode
    sv: Koddojo: att testa äldre kod
    nb: Kodedojo: testing av gammel kode
    en: Code dojo: testing legacy code
negotiation customer-dialogue
    da: Masterclass i kundedialog
    sv: Masterclass i kunddialog
    nb: Masterclass i kundedialog
    en: Masterclass: customer dialogue
water-engineering environmental-assessment
    da: Opsamling fra ekskursionen: skybrudsprojektet
    sv: Återkoppling från studiebesöket: skyfallsprojektet
    nb: Oppsummering fra befaringen: overvannsprosjektet
    en: Site visit debrief: the cloudburst project
"""
)

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
