"""Norwegian (Bokmål) demo stories for Nordlys Group, written by colleagues at the Oslo and Bergen
offices: what they learned, what went well, what did not go as planned, tips, links, experiments and
short videos.

Plain data without Django imports. Each story names the *kind of* author ("leader", "employee"
or "any") and the part of the company they work in; the seeder picks a fitting person. Section
keys follow `samla.stories.kinds.SECTIONS`, topics are skill slugs from `samla.demo.skills`, and
days are relative to the day the demo is seeded.
"""

from __future__ import annotations

from typing import Any

STORIES: list[dict[str, Any]] = [
    {
        "key": "nb-001",
        "kind": "learning",
        "author": "employee",
        "area": "engineering",
        "title": "Varmebehovet stupte i modellen fordi én måler byttet fra kWh til MWh",
        "sections": {
            "learned": (
                "Før jeg kjører en modell på nye data, plotter jeg nå hver tidsserie for seg og "
                "ser etter brå endringer i nivå. Det tar en halvtime og kunne spart oss en uke."
            ),
            "situation": (
                "Vi modellerte varmebehovet i et fjernvarmenett i Bergen for å dimensjonere en ny "
                "varmesentral. Én av målerne hadde byttet fra kWh til MWh midt i perioden, og "
                "modellen viste et kraftig fall i forbruket som ikke fantes."
            ),
            "differently": (
                "Jeg har laget et lite Python-skript som lager én graf per måler og markerer hopp "
                "større enn en faktor ti. Det ligger i teamets repo for alle som vil bruke det."
            ),
        },
        "topics": ["energy-systems", "data-analysis", "python"],
        "days_ago": 8,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": (
                    "Klassiker! Vi hadde nesten det samme med en vannmåler i fjor, bare med liter "
                    "og kubikkmeter."
                ),
                "replies": [
                    {
                        "author": "any",
                        "body": (
                            "Enhetene er alltid verst. Skriptet burde funke på vanndata også, bare "
                            "si fra hvis noe ikke virker."
                        ),
                    },
                ],
            },
        ],
        "reactions": {
            "helped": 9,
            "will_try": 6,
            "thanks": 4,
        },
    },
    {
        "key": "nb-002",
        "kind": "learning",
        "author": "employee",
        "area": "engineering",
        "title": "Første gang jeg fasiliterte en retrospektiv: 40 lapper og ingen avtaler",
        "sections": {
            "learned": (
                "En retrospektiv blir ikke bedre av flere lapper, men av at vi går i dybden på én "
                "eller to ting. Vi endte med 40 lapper og ingen konkrete avtaler."
            ),
            "situation": (
                "Scrum masteren vår hadde ferie, og jeg sa ja til å lede retroen for Integrations. "
                "Jeg brukte et opplegg fra nettet med fem kategorier og tidsbokser på fem "
                "minutter."
            ),
            "differently": (
                "Neste gang lar jeg teamet stemme fram to temaer, og vi bruker resten av tiden på "
                "hva vi skal prøve. Maks tre tiltak, med navn på hvem som følger opp."
            ),
        },
        "topics": ["facilitation", "agile"],
        "days_ago": 16,
        "audience": "unit",
        "comments": [
            {
                "author": "any",
                "body": (
                    "Jeg syntes det var en fin retro, jeg! Men enig i at vi burde landet noe "
                    "konkret."
                ),
            },
            {
                "author": "any",
                "body": (
                    "Prøv «1-2-4-alle» neste gang, det gjør det lettere å få fram det viktigste."
                ),
            },
        ],
        "reactions": {
            "helped": 5,
            "will_try": 4,
            "thanks": 3,
        },
    },
    {
        "key": "nb-003",
        "kind": "learning",
        "author": "employee",
        "area": "engineering",
        "title": "Kafka: hvorfor konsumentene sto stille i to minutter hver gang vi rullet ut",
        "sections": {
            "learned": (
                "Når en konsument forlater eller blir med i en konsumentgruppe, fordeles "
                "partisjonene på nytt, og med standardinnstillingene stopper hele gruppen imens. "
                "Med *cooperative sticky*-tildeling flyttes bare de partisjonene som må flyttes."
            ),
            "situation": (
                "Vi drifter ordreintegrasjonen mellom nettbutikken til en kunde og lagersystemet "
                "deres. Ved hver utrulling økte etterslepet i et par minutter, og kunden lurte på "
                "hvorfor ordrebekreftelsene kom sent."
            ),
            "differently": (
                "Jeg leser dokumentasjonen om rebalansering før vi setter en ny konsument i drift, "
                "og vi har lagt inn en graf over etterslep per partisjon i Grafana."
            ),
        },
        "topics": ["integration", "observability"],
        "days_ago": 29,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": (
                    "Takk! Vi har sett akkurat dette i Data Engineering uten å skjønne hvorfor."
                ),
            },
        ],
        "reactions": {
            "helped": 8,
            "will_try": 5,
            "thanks": 2,
        },
    },
    {
        "key": "nb-004",
        "kind": "learning",
        "author": "employee",
        "area": "operations",
        "title": "Det jeg ikke visste om SHA-planen før jeg ble SHA-koordinator",
        "sections": {
            "learned": (
                "SHA-planen er ikke et dokument man lager én gang i prosjekteringen. Den skal "
                "oppdateres når prosjektet endrer seg, og de som jobber på plassen skal faktisk "
                "kjenne den."
            ),
            "situation": (
                "Jeg fikk rollen som koordinator for prosjekteringsfasen på et nytt omsorgsbygg i "
                "Bergen. Min første erfaring var at planen vi hadde arvet fra forprosjektet, ikke "
                "nevnte arbeid i høyden ved den nye takterrassen i det hele tatt."
            ),
            "differently": (
                "Jeg går gjennom SHA-planen ved hver større endring i tegningene, og jeg har fått "
                "et fast punkt om SHA på alle prosjekteringsmøter."
            ),
        },
        "topics": ["occupational-safety", "risk-management"],
        "days_ago": 63,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": (
                    "Bra skrevet. Mange tror SHA-planen er byggherrens papir og ikke noe "
                    "rådgiveren trenger å tenke på."
                ),
            },
        ],
        "reactions": {
            "helped": 7,
            "will_try": 3,
            "thanks": 5,
        },
    },
    {
        "key": "nb-005",
        "kind": "learning",
        "author": "employee",
        "area": "engineering",
        "title": "Saksbehandlerne brukte et regneark vi ikke visste om",
        "sections": {
            "learned": (
                "Det folk gjør i praksis, er ofte noe annet enn det de forteller om i et intervju. "
                "Vi fant det først ut da vi satt ved siden av dem."
            ),
            "situation": (
                "Vi kartla arbeidsflyten for byggesøknader i en kommune på Vestlandet. I "
                "intervjuene fortalte alle om fagsystemet, men da vi observerte en vanlig "
                "arbeidsdag, hadde fire av fem saksbehandlere et eget regneark med frister og "
                "notater."
            ),
            "differently": (
                "I tjenestedesignprosjekter setter jeg av minst én dag til observasjon, ikke bare "
                "intervjuer. Og jeg spør: «Kan du vise meg hvordan du gjorde det sist?»"
            ),
        },
        "topics": ["service-design", "ux-research"],
        "days_ago": 44,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": (
                    "Skyggeregnearket! Det finnes i alle organisasjoner. Ble det tatt med i den "
                    "nye løsningen?"
                ),
                "replies": [
                    {
                        "author": "any",
                        "body": (
                            "Fristoversikten ble en egen visning i løsningen. Notatene diskuterer "
                            "vi fortsatt."
                        ),
                    },
                ],
            },
        ],
        "reactions": {
            "helped": 10,
            "will_try": 7,
            "thanks": 4,
        },
    },
    {
        "key": "nb-006",
        "kind": "learning",
        "author": "employee",
        "area": "sales",
        "title": "I forhandlingen var det ikke prisen som betydde mest",
        "sections": {
            "learned": (
                "Når jeg spør «hva er viktigst for dere i denne avtalen?» og faktisk venter på "
                "svaret, finner vi ofte noe som koster oss lite og betyr mye for kunden. Denne "
                "gangen var det faste kontaktpersoner."
            ),
            "situation": (
                "Vi reforhandlet en rammeavtale om rådgivning med et energiselskap på Vestlandet. "
                "Jeg hadde forberedt meg på å diskutere timepriser, men innkjøperen var mest "
                "opptatt av at de hadde fått fire nye rådgivere fra oss på ett år."
            ),
            "differently": (
                "Jeg går inn i forhandlinger med en liste over ting vi kan tilby som ikke er pris, "
                "og bruker den første halvtimen på å lytte."
            ),
        },
        "topics": ["negotiation", "customer-dialogue"],
        "days_ago": 99,
        "audience": "organisation",
        "comments": [],
        "reactions": {
            "helped": 6,
            "will_try": 5,
            "thanks": 3,
        },
    },
    {
        "key": "nb-007",
        "kind": "learning",
        "author": "leader",
        "area": "people",
        "title": "Jeg trodde medarbeidersamtalen handlet om hva jeg skulle si",
        "sections": {
            "learned": (
                "Den beste medarbeidersamtalen jeg har hatt, var den der jeg snakket minst. "
                "Skjemaet vårt fikk meg til å gå gjennom punkt for punkt, og da ble det min "
                "samtale, ikke medarbeiderens."
            ),
            "situation": (
                "Jeg har vært teamleder i snart to år. I år sendte jeg tre spørsmål en uke før i "
                "stedet for skjemaet, og lot hver medarbeider velge hvor vi skulle begynne."
            ),
            "differently": (
                "Jeg fortsetter med de tre spørsmålene og fyller ut skjemaet sammen med "
                "medarbeideren til slutt. Jeg skal også be om tilbakemelding på selve samtalen."
            ),
        },
        "topics": ["coaching", "feedback", "team-leadership"],
        "days_ago": 52,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": "Hvilke tre spørsmål brukte du?",
                "replies": [
                    {
                        "author": "any",
                        "body": (
                            "Hva har gitt deg energi i år? Hva har tappet deg? Hva vil du lære mer "
                            "om neste år? Enkle, men de åpner mye."
                        ),
                    },
                ],
            },
            {
                "author": "any",
                "body": "Dette tar jeg med inn i vårens samtaler. Takk for at du deler!",
            },
        ],
        "reactions": {
            "helped": 12,
            "will_try": 14,
            "thanks": 9,
        },
    },
    {
        "key": "nb-008",
        "kind": "learning",
        "author": "employee",
        "area": "engineering",
        "title": "Terraform-tilstanden hører ikke hjemme på laptopen",
        "sections": {
            "learned": (
                "Terraform-state skal ligge i et felles lager med låsing, ikke på maskinen til den "
                "som sist kjørte `apply`. Ellers kan to personer endre den samme infrastrukturen "
                "samtidig uten å vite om hverandre."
            ),
            "situation": (
                "To av oss jobbet med nettverksoppsettet i Azure for en kunde samme dag. Begge "
                "kjørte `terraform apply` fra egen maskin, og den ene endringen overskrev den "
                "andre. Det tok en ettermiddag å finne ut hva som faktisk var i drift."
            ),
            "differently": (
                "Vi har flyttet tilstanden til en storage account med låsing, og all `apply` går "
                "nå gjennom pipelinen. Lokalt kjører jeg bare `plan`."
            ),
        },
        "topics": ["terraform", "azure", "ci-cd"],
        "days_ago": 135,
        "audience": "unit",
        "comments": [
            {
                "author": "any",
                "body": (
                    "Vi lærte det samme på den harde måten i 2021. Godt at det står skrevet her nå."
                ),
            },
        ],
        "reactions": {
            "helped": 5,
            "will_try": 3,
            "thanks": 2,
        },
    },
    {
        "key": "nb-009",
        "kind": "learning",
        "author": "employee",
        "area": "engineering",
        "title": "Kart som bare fungerer i farger, fungerer ikke for alle",
        "sections": {
            "learned": (
                "Rødt og grønt som eneste forskjell i et kart er vanskelig å skille for mange "
                "lesere. Mønstre, etiketter og god kontrast gjør kartet bedre for alle, også når "
                "det skrives ut i svart-hvitt."
            ),
            "situation": (
                "Et kart over flomsoner i en konsekvensutredning fikk en høringsuttalelse om at "
                "kategoriene ikke kunne skilles fra hverandre. Jeg hadde brukt standardpaletten "
                "uten å tenke over det."
            ),
            "differently": (
                "Jeg sjekker kartene med fargesimulering før levering og bruker paletter som er "
                "laget for å kunne skilles. Og jeg legger alltid på etiketter i tillegg til farge."
            ),
        },
        "topics": ["gis", "accessibility"],
        "days_ago": 180,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": "ColorBrewer-palettene er et godt sted å starte, de finnes direkte i QGIS.",
            },
        ],
        "reactions": {
            "helped": 6,
            "will_try": 6,
            "thanks": 3,
        },
    },
    {
        "key": "nb-010",
        "kind": "learning",
        "author": "employee",
        "area": "sales",
        "title": "Velg referanseprosjektene etter kriteriene, ikke etter hva vi er mest stolte av",
        "sections": {
            "learned": (
                "Evaluatorene gir poeng for hvor godt referansene treffer det som etterspørres, "
                "ikke for hvor store eller kjente prosjektene er. Vårt største prosjekt var "
                "faktisk den svakeste referansen i dette tilbudet."
            ),
            "situation": (
                "Vi tapte en konkurranse om rådgivning innen vann og avløp, og begrunnelsen sa at "
                "referansene «i begrenset grad viste erfaring med rehabilitering av ledningsnett». "
                "Vi hadde valgt tre store nyanleggsprosjekter."
            ),
            "differently": (
                "Før vi velger referanser, lager vi en tabell med hvert krav og hvilket prosjekt "
                "som viser det best. Et mindre prosjekt som treffer presist, slår et stort "
                "prosjekt som treffer på siden."
            ),
        },
        "topics": ["bid-writing", "public-procurement"],
        "days_ago": 75,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": (
                    "Dette er så viktig. Vi har en tendens til å bruke de samme tre referansene "
                    "uansett hva det spørres etter."
                ),
            },
        ],
        "reactions": {
            "helped": 8,
            "will_try": 6,
            "thanks": 3,
        },
    },
    {
        "key": "nb-011",
        "kind": "learning",
        "author": "employee",
        "area": "people",
        "title": "Hva jeg lærte av å være fadder for første gang",
        "sections": {
            "learned": (
                "Som fadder var det ikke svarene mine som betydde mest, men at jeg tok kontakt "
                "først. En erfaring fra de første ukene er at nyansatte sjelden spør om det de "
                "lurer mest på."
            ),
            "situation": (
                "Jeg var fadder for en ny rådgiver i HMS-teamet i Oslo i høst. Først i uke fem "
                "fortalte hun at hun ikke hadde skjønt hvordan timeføringen fungerte, og hadde "
                "ført alt på feil prosjekt."
            ),
            "differently": (
                "Neste gang setter jeg av en fast halvtime hver uke de første seks ukene, og spør "
                "konkret: «Hva har du brukt mest tid på å finne ut av denne uken?»"
            ),
        },
        "topics": ["onboarding", "mentoring"],
        "days_ago": 22,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": (
                    "Jeg var den nyansatte, og kan bekrefte at timeføringen var et mysterium 😅 "
                    "Takk for god hjelp!"
                ),
            },
            {
                "author": "any",
                "body": "Godt spørsmål å stille. Det låner jeg til neste gang jeg er fadder.",
            },
        ],
        "reactions": {
            "helped": 7,
            "will_try": 9,
            "thanks": 6,
        },
    },
    {
        "key": "nb-012",
        "kind": "success",
        "author": "employee",
        "area": "customer",
        "title": "Ventetiden hos brukerstøtte gikk fra to timer til 25 minutter",
        "sections": {
            "changed": (
                "Vi laget selvbetjening for de tre vanligste henvendelsene: tilbakestille passord, "
                "få tilgang til delte mapper og bestille ny skjerm. I tillegg svarer vi nå på chat "
                "og ikke bare på telefon."
            ),
            "before": (
                "I januar var gjennomsnittlig ventetid før første svar 2 timer og 5 minutter for "
                "kontorene i Oslo og Bergen, og 38 % av henvendelsene gjaldt passord."
            ),
            "after": (
                "I april var ventetiden 25 minutter. Passordhenvendelsene er nede i 9 %, og "
                "snittet på spørsmålet om tilfredshet har gått fra 3,6 til 4,3 av 5."
            ),
            "learning": (
                "Vi hadde diskutert et nytt verktøy i et år. Så talte vi henvendelsene for hånd i "
                "to uker og så at tre ting utgjorde nesten halvparten. Da var valget enkelt."
            ),
        },
        "topics": ["itil", "customer-dialogue"],
        "days_ago": 12,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": "Merkes godt! Fikk ny skjerm på to dager uten å ringe noen.",
            },
            {
                "author": "any",
                "body": "Fint å se at det å telle for hånd fortsatt slår store verktøyprosjekter.",
            },
        ],
        "reactions": {
            "helped": 6,
            "will_try": 4,
            "thanks": 13,
        },
    },
    {
        "key": "nb-013",
        "kind": "success",
        "author": "leader",
        "area": "operations",
        "title": "Timeføring innen fristen gikk fra 62 til 94 prosent",
        "sections": {
            "changed": (
                "Da vi byttet timeføringssystem, fikk hvert team en superbruker som satt sammen "
                "med kollegene de første fredagene, i stedet for én stor opplæring for alle."
            ),
            "before": (
                "De to første månedene med det nye systemet ble bare 62 % av timene ført innen "
                "fristen mandag kl. 12. Faktureringen ble forsinket med opptil en uke."
            ),
            "after": (
                "Etter fire måneder med superbrukere er vi på 94 %. Henvendelser til økonomi om "
                "timeføring har gått fra rundt 40 til 6 i måneden."
            ),
            "learning": (
                "Folk spør kollegene sine før de spør økonomiavdelingen eller leser "
                "brukerveiledningen. Da må kollegene kunne svaret."
            ),
        },
        "topics": ["change-management", "onboarding"],
        "days_ago": 105,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": (
                    "Som superbruker: det var faktisk ganske hyggelig. Og jeg lærte mye om "
                    "systemet selv."
                ),
            },
        ],
        "reactions": {
            "helped": 7,
            "will_try": 5,
            "thanks": 8,
        },
    },
    {
        "key": "nb-014",
        "kind": "success",
        "author": "employee",
        "area": "engineering",
        "title": "Ustabile tester: fra 14 til 2 prosent feilede kjøringer",
        "sections": {
            "changed": (
                "Vi merket alle ustabile tester automatisk, satte dem i karantene og fikset dem i "
                "en egen rotasjon. De fleste skyldtes faste ventetider (`sleep`) og tester som "
                "delte testdata."
            ),
            "before": (
                "14 % av kjøringene i pipelinen feilet uten at koden var endret, og den vanligste "
                "reaksjonen var å trykke «kjør på nytt». Ingen stolte på et rødt bygg."
            ),
            "after": (
                "Etter seks uker feiler 2 % av kjøringene uten reell grunn. Vi bruker Playwrights "
                "innebygde venting, og hver test lager sine egne data."
            ),
            "learning": (
                "Det viktigste var å gjøre problemet synlig: en enkel oversikt over hvilke tester "
                "som feiler oftest. Da ble det plutselig mulig å prioritere."
            ),
        },
        "topics": ["automated-testing", "ci-cd"],
        "days_ago": 33,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": "Kan dere dele skriptet som merker ustabile tester?",
                "replies": [
                    {
                        "author": "any",
                        "body": (
                            "Ja, det ligger i plattformrepoet under `tools/flaky`. Det er ikke "
                            "pent, men det virker."
                        ),
                    },
                ],
            },
        ],
        "reactions": {
            "helped": 10,
            "will_try": 8,
            "thanks": 5,
        },
    },
    {
        "key": "nb-015",
        "kind": "success",
        "author": "employee",
        "area": "engineering",
        "title": "GIS-analysen til konsekvensutredningen tok fire dager i stedet for tre uker",
        "sections": {
            "changed": (
                "Vi bygde en gjenbrukbar modell i QGIS som henter åpne data om naturtyper, "
                "kulturminner og friluftsområder og legger dem over traséalternativene automatisk."
            ),
            "before": (
                "I forrige konsekvensutredning for en ny kraftledning brukte vi tre uker på å "
                "sammenstille kartgrunnlaget for fem alternativer, mest med manuell nedlasting og "
                "klipping."
            ),
            "after": (
                "I den nye traséutredningen i Vestland tok det fire dager for seks alternativer, "
                "og vi kunne kjøre analysen på nytt samme dag da én trasé ble justert."
            ),
            "learning": (
                "Halvor hadde lært seg den grafiske modellbyggeren i QGIS på et kurs og foreslo "
                "den i en lunsj. Vi ga ham to dager til å prøve, og det holdt."
            ),
        },
        "topics": ["gis", "environmental-assessment"],
        "days_ago": 88,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": "Gøy å se kurset brukt så raskt! Kan vi få en demo på fagdagen?",
            },
        ],
        "reactions": {
            "helped": 5,
            "will_try": 4,
            "thanks": 7,
        },
    },
    {
        "key": "nb-016",
        "kind": "success",
        "author": "leader",
        "area": "engineering",
        "title": "Feil i tegningsleveransene gikk fra 31 til 9 per prosjekt",
        "sections": {
            "changed": (
                "Vi innførte en kort sjekkliste for egenkontroll før hver tegningsleveranse, og en "
                "kollega fra et annet fag tar stikkprøver på fem tegninger. Det tar rundt en time "
                "per leveranse."
            ),
            "before": (
                "I de fire siste prosjektene før endringen fikk vi i snitt 31 kommentarer fra "
                "entreprenøren om feil og mangler i tegningene etter anbudsleveransen: manglende "
                "mål, gamle revisjoner og ulik tekst for det samme."
            ),
            "after": (
                "Etter seks prosjekter med sjekklisten er snittet 9. Byggherren har selv nevnt "
                "forbedringen i et oppfølgingsmøte."
            ),
            "learning": (
                "Vi trodde vi manglet et bedre kvalitetssystem. Det vi egentlig manglet, var en "
                "fast rutine og et friskt blikk fra noen som ikke hadde laget tegningene selv."
            ),
        },
        "topics": ["quality-management", "structural-engineering"],
        "days_ago": 140,
        "audience": "organisation",
        "comments": [],
        "reactions": {
            "helped": 6,
            "will_try": 7,
            "thanks": 4,
        },
    },
    {
        "key": "nb-017",
        "kind": "success",
        "author": "employee",
        "area": "engineering",
        "title": "Azure-kostnadene for testmiljøene ble nesten halvert",
        "sections": {
            "changed": (
                "Testmiljøene slås nå av automatisk kl. 19 og på igjen kl. 7 på hverdager, og alle "
                "ressurser må ha tagger for eier og prosjekt, ellers stopper pipelinen."
            ),
            "before": (
                "Testmiljøene for kundeplattformen kostet rundt 41 000 kroner i måneden, og ingen "
                "visste sikkert hvem som eide en tredjedel av ressursene."
            ),
            "after": (
                "De tre siste månedene har kostnaden ligget på 23 000–24 000 kroner. Vi fant og "
                "slettet 27 ressurser som ingen har savnet."
            ),
            "learning": (
                "Vi gikk gjennom kostnadsanalysen i Azure sammen på en fredagslunsj. Det var "
                "første gang flere av oss så hva miljøene faktisk kostet."
            ),
        },
        "topics": ["azure", "terraform"],
        "days_ago": 57,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": "Hva gjør dere når noen må jobbe sent og trenger miljøet?",
                "replies": [
                    {
                        "author": "any",
                        "body": (
                            "Det er en knapp i pipelinen som starter det igjen for fire timer. "
                            "Brukt tre ganger så langt."
                        ),
                    },
                ],
            },
        ],
        "reactions": {
            "helped": 8,
            "will_try": 9,
            "thanks": 3,
        },
    },
    {
        "key": "nb-018",
        "kind": "success",
        "author": "employee",
        "area": "finance",
        "title": "Reiseregninger behandles på tre dager i stedet for tolv",
        "sections": {
            "changed": (
                "Vi tok i bruk kvitteringsskanning i appen og automatisk godkjenning av regninger "
                "under 1 500 kroner som følger reglene. Økonomi ser bare på avvikene."
            ),
            "before": (
                "I fjor tok det i snitt tolv dager fra innsending til utbetaling, og vi fikk "
                "jevnlig spørsmål om hvor pengene ble av."
            ),
            "after": (
                "Nå er snittet tre dager. Andelen regninger som sendes tilbake for retting har "
                "gått ned fra 18 % til 7 %."
            ),
            "learning": (
                "Kristin gikk gjennom hundre tilbakesendte regninger og fant at de fleste feilene "
                "skyldtes to uklare felt i skjemaet. Vi skrev om ledetekstene før vi endret noe "
                "annet."
            ),
        },
        "topics": ["financial-reporting", "plain-language"],
        "days_ago": 190,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": "Fikk pengene før jeg var hjemme fra turen. Imponerende!",
            },
        ],
        "reactions": {
            "helped": 3,
            "will_try": 2,
            "thanks": 15,
        },
    },
    {
        "key": "nb-019",
        "kind": "lesson",
        "author": "leader",
        "area": "operations",
        "title": "Vi innførte et nytt prosjektverktøy uten å spørre dem som skulle bruke det",
        "sections": {
            "tried": (
                "Vi ønsket ett felles verktøy for prosjektstyring i Energy & Infrastructure, og "
                "valgte det etter en demo for ledergruppen. Innføringen var planlagt over to "
                "måneder."
            ),
            "happened": (
                "Prosjektlederne fant fort ut at verktøyet ikke håndterte endringsmeldinger slik "
                "kontraktene våre krever. Etter tre måneder førte halvparten fortsatt alt i Excel "
                "ved siden av, og vi hadde dobbeltarbeid."
            ),
            "learned": (
                "Vi valgte ut fra det som så bra ut i en demo, ikke ut fra arbeidet slik det "
                "faktisk gjøres. De som kjente kravene, var ikke med."
            ),
            "next_time": (
                "To prosjektledere er med fra start, og vi prøver verktøyet på et ekte prosjekt i "
                "en måned før vi bestemmer oss."
            ),
        },
        "topics": ["change-management", "project-management"],
        "days_ago": 18,
        "audience": "organisation",
        "asks_leader_response": True,
        "acknowledgement": (
            "Takk for at du deler dette så åpent. Jeg var med på beslutningen selv, og tar med meg "
            "at vi skal involvere brukerne før vi velger, ikke etter."
        ),
        "comments": [
            {
                "author": "any",
                "body": (
                    "Som en av prosjektlederne: takk for at dette blir sagt høyt. Vi stiller "
                    "gjerne opp neste gang."
                ),
            },
            {
                "author": "any",
                "body": (
                    "Vi gjorde nesten det samme med et CRM-system i salg for noen år siden. "
                    "Kjenner meg godt igjen."
                ),
            },
        ],
        "reactions": {
            "helped": 9,
            "will_try": 4,
            "thanks": 19,
        },
    },
    {
        "key": "nb-020",
        "kind": "lesson",
        "author": "employee",
        "area": "sales",
        "title": "Tilbudet som ble levert fire minutter for sent",
        "sections": {
            "tried": (
                "Vi skulle levere tilbud på en rammeavtale for miljørådgivning i en stor kommune. "
                "Planen var å laste opp i konkurransegjennomføringsverktøyet en time før fristen "
                "kl. 12."
            ),
            "happened": (
                "Vedleggene var større enn verktøyet tillot per fil, og vi måtte dele dem opp og "
                "laste opp på nytt. Tilbudet ble registrert kl. 12.04 og ble avvist. Det var "
                "riktig av oppdragsgiveren – fristen er absolutt."
            ),
            "learned": (
                "Vi hadde aldri brukt akkurat det verktøyet før, og hadde ingen rutine for å teste "
                "opplastingen. En time er ikke margin når noe uventet skjer."
            ),
            "next_time": (
                "Vi laster opp et testdokument samme dag som vi bestemmer oss for å gi tilbud, og "
                "leverer senest dagen før fristen. Sjekklisten vår er oppdatert."
            ),
        },
        "topics": ["public-procurement", "bid-writing"],
        "days_ago": 46,
        "audience": "organisation",
        "asks_leader_response": True,
        "acknowledgement": (
            "Takk for en ærlig og saklig gjennomgang. Dette kunne skjedd i alle team, og jeg er "
            "glad for at sjekklisten allerede er endret."
        ),
        "comments": [
            {
                "author": "any",
                "body": (
                    "Au. Men takk for at dere deler, dette er en skikkelig nyttig påminnelse for "
                    "alle som leverer tilbud."
                ),
            },
            {
                "author": "any",
                "body": (
                    "Vi har hatt nesten-uhell med filstørrelse også. Kan testdokumentet ligge fast "
                    "i sjekklisten?"
                ),
                "replies": [
                    {
                        "author": "any",
                        "body": "Ja, det er punkt 3 nå.",
                    },
                ],
            },
        ],
        "reactions": {
            "helped": 14,
            "will_try": 10,
            "thanks": 11,
        },
    },
    {
        "key": "nb-021",
        "kind": "lesson",
        "author": "leader",
        "area": "operations",
        "title": "Jeg tok på meg for mange roller i det samme prosjektet",
        "sections": {
            "tried": (
                "I et mindre prosjekt for et vannverk var jeg både prosjektleder, fagansvarlig for "
                "hydraulikk og kontaktperson mot kunden. Det virket effektivt, og budsjettet var "
                "stramt."
            ),
            "happened": (
                "Da det oppsto uenighet om omfanget, hadde jeg ingen å lene meg på, og det faglige "
                "arbeidet stoppet opp mens jeg håndterte kunden. Vi leverte tre uker for sent."
            ),
            "learned": (
                "Min erfaring er at det å kombinere roller sparer timer på papiret, men gjør "
                "prosjektet sårbart. Når én person holder i alle trådene, er det ingen andre som "
                "kan si fra tidlig."
            ),
            "next_time": (
                "Selv i små prosjekter skal minst to personer ha innsikt i både fag og kunde. Jeg "
                "foreslår også at vi skiller prosjektleder og fagansvarlig når et prosjekt er på "
                "over 500 timer."
            ),
        },
        "topics": ["project-management", "water-engineering"],
        "days_ago": 84,
        "audience": "organisation",
        "asks_leader_response": False,
        "acknowledgement": None,
        "comments": [
            {
                "author": "any",
                "body": "Kjenner meg igjen. Det føles effektivt helt til det ikke er det.",
            },
        ],
        "reactions": {
            "helped": 8,
            "will_try": 3,
            "thanks": 10,
        },
    },
    {
        "key": "nb-022",
        "kind": "lesson",
        "author": "employee",
        "area": "engineering",
        "title": "Æ, ø og å forsvant i migreringen",
        "sections": {
            "tried": (
                "Vi flyttet kunderegisteret fra et gammelt system til en ny plattform, og testet "
                "migreringen på et utvalg av 500 kunder."
            ),
            "happened": (
                "Utvalget inneholdt tilfeldigvis nesten bare firmanavn uten æ, ø og å. I "
                "produksjon ble rundt 11 000 navn og adresser lagret feil, og fakturaene gikk ut "
                "til «HÃ¸yland» i stedet for «Høyland»."
            ),
            "learned": (
                "Testdataene må inneholde de vanskelige tilfellene med vilje, ikke ved en "
                "tilfeldighet. Det gamle systemet brukte en annen tegnkoding enn vi trodde."
            ),
            "next_time": (
                "Vi lager et testsett med kjente vanskelige navn og adresser – norske bokstaver, "
                "bindestreker og lange navn – og sammenligner tegn for tegn før og etter. Og vi "
                "sjekker tegnkodingen i kilden først."
            ),
        },
        "topics": ["integration", "sql"],
        "days_ago": 67,
        "audience": "organisation",
        "asks_leader_response": False,
        "acknowledgement": None,
        "comments": [
            {
                "author": "any",
                "body": (
                    "«HÃ¸yland» er et syn jeg har sett altfor mange ganger. Testsettet deres vil "
                    "vi gjerne ha!"
                ),
                "replies": [
                    {
                        "author": "any",
                        "body": (
                            "Det ligger i testdatarepoet. Legg gjerne til flere vanskelige navn, "
                            "særlig samiske."
                        ),
                    },
                ],
            },
        ],
        "reactions": {
            "helped": 11,
            "will_try": 7,
            "thanks": 4,
        },
    },
    {
        "key": "nb-023",
        "kind": "lesson",
        "author": "leader",
        "area": "operations",
        "title": "Befaringen til dammen som måtte avbrytes",
        "sections": {
            "tried": (
                "Vi skulle befare en dam i fjellet i slutten av oktober, fire rådgivere og to fra "
                "kraftselskapet. Befaringen sto i prosjektplanen uten egen risikovurdering, fordi "
                "vi hadde vært der om sommeren."
            ),
            "happened": (
                "Det hadde kommet snø i høyden, og den siste kilometeren av anleggsveien var ikke "
                "farbar. Vi hadde ikke utstyr til å gå, og mobildekningen var dårlig. Vi snudde, "
                "og befaringen måtte gjøres på nytt tre uker senere."
            ),
            "learned": (
                "En befaring i fjellet om høsten er en annen oppgave enn den samme befaringen om "
                "sommeren. Fordi vi hadde vært der før, stilte vi ikke de vanlige spørsmålene."
            ),
            "next_time": (
                "Befaringer utenfor vei eller i fjellet får en enkel risikovurdering: vær, føre, "
                "samband, utstyr og en avtale om når vi snur. Vi sjekker også forholdene med "
                "kraftselskapet dagen før."
            ),
        },
        "topics": ["occupational-safety", "risk-management", "energy-systems"],
        "days_ago": 39,
        "audience": "organisation",
        "asks_leader_response": True,
        "acknowledgement": (
            "God og ærlig gjennomgang. Dere tok riktig beslutning da dere snudde, og sjekklisten "
            "bør gjelde for hele avdelingen. Jeg tar den opp i ledermøtet."
        ),
        "comments": [
            {
                "author": "any",
                "body": "Bra at dere snudde. Det er alltid lettere å si i etterkant enn der og da.",
            },
        ],
        "reactions": {
            "helped": 9,
            "will_try": 6,
            "thanks": 12,
        },
    },
    {
        "key": "nb-024",
        "kind": "lesson",
        "author": "employee",
        "area": "engineering",
        "title": "Modellen som lærte seg e-postsignaturer i stedet for innhold",
        "sections": {
            "tried": (
                "Vi trente en modell til å sortere innkommende kundehenvendelser i seks "
                "kategorier, basert på 20 000 gamle henvendelser. I testene traff den riktig "
                "kategori i 91 % av tilfellene."
            ),
            "happened": (
                "I drift var treffsikkerheten rundt 65 %. Det viste seg at modellen hadde lært at "
                "henvendelser fra bestemte kunder – gjenkjent på signaturen – ofte hørte til samme "
                "kategori. Nye kunder og nye signaturer forvirret den."
            ),
            "learned": (
                "Høy treffsikkerhet i test sier lite hvis testdataene ligner for mye på "
                "treningsdataene. Vi hadde delt dataene tilfeldig i stedet for etter kunde og tid."
            ),
            "next_time": (
                "Vi fjerner signaturer og sitert tekst før trening, og tester på henvendelser fra "
                "en senere periode og fra kunder modellen ikke har sett. Og vi ser på eksempler på "
                "feil før vi ser på tallene."
            ),
        },
        "topics": ["machine-learning", "data-analysis"],
        "days_ago": 110,
        "audience": "organisation",
        "asks_leader_response": False,
        "acknowledgement": None,
        "comments": [
            {
                "author": "any",
                "body": "Veldig lærerikt. «Se på feilene før tallene» burde stå på veggen hos oss.",
            },
            {
                "author": "any",
                "body": (
                    "Vi så noe lignende med filnavn i et bildeprosjekt. Lekkasje dukker opp "
                    "overalt."
                ),
            },
        ],
        "reactions": {
            "helped": 12,
            "will_try": 5,
            "thanks": 6,
        },
    },
    {
        "key": "nb-025",
        "kind": "lesson",
        "author": "leader",
        "area": "finance",
        "title": "Kompetansebudsjettet var brukt opp i mars",
        "sections": {
            "tried": (
                "Vi fordelte hele årets budsjett for kurs og konferanser i teamet etter førstemann "
                "til mølla, for å gjøre det enkelt og gi folk frihet."
            ),
            "happened": (
                "Tre konferanser i utlandet og en sertifisering tok det meste før påske. Resten av "
                "året måtte vi si nei til kortere kurs som flere ville hatt mer nytte av, og noen "
                "opplevde fordelingen som urettferdig."
            ),
            "learned": (
                "Frihet uten rammer ble i praksis en fordel for dem som planla tidligst, ikke for "
                "dem med størst behov. Det var ikke noens feil, men et resultat av opplegget vi "
                "valgte."
            ),
            "next_time": (
                "Hver person får en veiledende ramme, og vi bruker utviklingssamtalene i januar "
                "til å planlegge sammen. Større kostnader tas opp i teamet."
            ),
        },
        "topics": ["budgeting", "team-leadership"],
        "days_ago": 210,
        "audience": "unit",
        "asks_leader_response": False,
        "acknowledgement": None,
        "comments": [
            {
                "author": "any",
                "body": "Fin løsning med veiledende rammer. Da vet vi hva vi har å gå på.",
            },
        ],
        "reactions": {
            "helped": 4,
            "will_try": 3,
            "thanks": 6,
        },
    },
    {
        "key": "nb-026",
        "kind": "lesson",
        "author": "employee",
        "area": "customer",
        "title": "Workshopen der vi hadde fasiten klar",
        "sections": {
            "tried": (
                "Vi hadde en workshop med en fylkeskommune om en ny søknadsløsning for tilskudd, "
                "og hadde forberedt tre ferdige skisser for å komme raskt i gang."
            ),
            "happened": (
                "Deltakerne brukte hele dagen på å kommentere skissene våre og snakket lite om hva "
                "søkerne faktisk strever med. Da vi senere intervjuet søkere, var det viktigste "
                "problemet noe ingen av skissene løste."
            ),
            "learned": (
                "Ferdige skisser styrer samtalen mot løsninger før vi har forstått problemet. Folk "
                "er høflige og kommenterer det de får."
            ),
            "next_time": (
                "Den første workshopen handler bare om behov og eksempler fra hverdagen. Skissene "
                "tar vi med i neste runde."
            ),
        },
        "topics": ["service-design", "facilitation"],
        "days_ago": 125,
        "audience": "organisation",
        "asks_leader_response": False,
        "acknowledgement": None,
        "comments": [
            {
                "author": "any",
                "body": (
                    "Så lett å gå i den fella når man vil vise at man er forberedt. Takk for "
                    "påminnelsen."
                ),
            },
        ],
        "reactions": {
            "helped": 7,
            "will_try": 5,
            "thanks": 4,
        },
    },
    {
        "key": "nb-027",
        "kind": "lesson",
        "author": "any",
        "area": "engineering",
        "title": "Sertifikatet som gikk ut selv om fornyelsen var automatisk",
        "sections": {
            "tried": (
                "Vi hadde satt opp automatisk fornyelse av TLS-sertifikatene for et kunde-API med "
                "Let's Encrypt, og regnet saken som løst."
            ),
            "happened": (
                "Da vi flyttet DNS til en ny leverandør, sluttet valideringen å virke, og "
                "fornyelsen feilet hver natt i tre uker uten at noen la merke til det. "
                "Sertifikatet gikk ut en fredag kveld, og partnerne fikk ikke koblet seg til før "
                "lørdag formiddag. Rundt 1 200 forespørsler feilet."
            ),
            "learned": (
                "Automatisering fjerner ikke behovet for overvåking, den flytter det. Vi overvåket "
                "at jobben kjørte, men ikke at den lyktes."
            ),
            "next_time": (
                "Vi overvåker utløpsdatoen på selve sertifikatet og varsler vakten 21 dager før. "
                "Flytting av DNS har fått et eget punkt i sjekklisten om alt som er avhengig av "
                "DNS."
            ),
        },
        "topics": ["security", "observability"],
        "days_ago": 10,
        "audience": "organisation",
        "asks_leader_response": True,
        "acknowledgement": None,
        "comments": [
            {
                "author": "any",
                "body": (
                    "«Vi overvåket at jobben kjørte, men ikke at den lyktes» – den setningen skal "
                    "jeg sitere."
                ),
            },
            {
                "author": "any",
                "body": (
                    "Takk for at dere skrev dette så raskt. Vi sjekket våre egne sertifikater i "
                    "dag og fant ett som hadde samme problem."
                ),
            },
        ],
        "reactions": {
            "helped": 17,
            "will_try": 12,
            "thanks": 8,
        },
    },
    {
        "key": "nb-028",
        "kind": "lesson",
        "author": "leader",
        "area": "people",
        "title": "Vi ansatte for fort for å rekke et prosjekt",
        "sections": {
            "tried": (
                "Vi vant et stort oppdrag og trengte tre nye rådgivere på kort varsel. Vi kortet "
                "ned prosessen til ett intervju og droppet casen."
            ),
            "happened": (
                "To av tre ansettelser fungerte godt. Den tredje personen hadde helt andre "
                "forventninger til arbeidsoppgavene enn det jobben faktisk var, og valgte å slutte "
                "etter fire måneder. Det var krevende både for vedkommende og for teamet."
            ),
            "learned": (
                "Det vi sparte i tid, betalte vi igjen senere. Casen var ikke en formalitet – det "
                "var der kandidatene fikk se hva jobben faktisk går ut på."
            ),
            "next_time": (
                "Vi kan gjerne gå raskt, men uten å hoppe over steg: ett intervju og en kort case "
                "samme dag, og en samtale med en fremtidig kollega."
            ),
        },
        "topics": ["recruitment", "onboarding"],
        "days_ago": 150,
        "audience": "organisation",
        "asks_leader_response": True,
        "acknowledgement": (
            "Takk for at du løfter dette. Vi tok beslutningen sammen under tidspress, og jeg "
            "støtter den nye praksisen fullt ut."
        ),
        "comments": [
            {
                "author": "any",
                "body": (
                    "HR hjelper gjerne med å lage en kortversjon av casen til neste gang det "
                    "haster."
                ),
            },
        ],
        "reactions": {
            "helped": 6,
            "will_try": 4,
            "thanks": 9,
        },
    },
    {
        "key": "nb-029",
        "kind": "tip",
        "author": "employee",
        "area": "any",
        "title": "Skriv konklusjonen først i e-post til kunder",
        "sections": {
            "tip": (
                "Begynn e-posten med det mottakeren skal vite eller gjøre: «Vi anbefaler "
                "alternativ B og trenger svar innen fredag.» Bakgrunnen kan komme etterpå for dem "
                "som vil lese den. Kundene våre leser ofte på mobilen mellom to møter og får bare "
                "med seg første avsnitt."
            ),
        },
        "topics": ["plain-language", "customer-dialogue"],
        "days_ago": 0,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": (
                    "Og emnefeltet! «Svar innen fredag: valg av trasé» i stedet for «Oppdatering»."
                ),
            },
        ],
        "reactions": {
            "helped": 8,
            "will_try": 11,
            "thanks": 3,
        },
    },
    {
        "key": "nb-030",
        "kind": "tip",
        "author": "employee",
        "area": "engineering",
        "title": "Lagre stilen i QGIS og bruk den igjen",
        "sections": {
            "tip": (
                "Har du brukt tid på å få et kartlag til å se riktig ut? Høyreklikk på laget, velg "
                "*Stiler → Lagre stil* og lagre som QML-fil i prosjektmappen. Neste gang laster du "
                "den inn på sekunder, og alle kartene i rapporten blir like. Vi har en felles "
                "mappe med stiler for flomsoner, naturtyper og eiendomsgrenser."
            ),
        },
        "topics": ["gis"],
        "days_ago": 26,
        "audience": "unit",
        "comments": [],
        "reactions": {
            "helped": 5,
            "will_try": 6,
            "thanks": 2,
        },
    },
    {
        "key": "nb-031",
        "kind": "tip",
        "author": "employee",
        "area": "engineering",
        "title": "`pytest --lf -x` når du retter feilende tester",
        "sections": {
            "tip": (
                "`pytest --lf` kjører bare testene som feilet sist, og `-x` stopper ved første "
                "feil. Sammen gjør de at du slipper å vente på hele testsuiten mens du retter én "
                "ting om gangen. Når alt er grønt, kjører du hele suiten før du pusher."
            ),
        },
        "topics": ["python", "automated-testing"],
        "days_ago": 49,
        "audience": "unit",
        "comments": [
            {
                "author": "any",
                "body": "`--sw` (stepwise) er også fin: den fortsetter fra testen som feilet sist.",
            },
        ],
        "reactions": {
            "helped": 6,
            "will_try": 7,
            "thanks": 1,
        },
    },
    {
        "key": "nb-032",
        "kind": "tip",
        "author": "employee",
        "area": "any",
        "title": "Referatet skrives i møtet, ikke etterpå",
        "sections": {
            "tip": (
                "Del skjermen og skriv beslutninger og oppgaver rett inn i referatet mens alle ser "
                "på. Da retter folk misforståelser med en gang, og referatet er ferdig når møtet "
                "slutter. Tre overskrifter holder: *Besluttet*, *Hvem gjør hva innen når* og "
                "*Utsatt*."
            ),
        },
        "topics": ["facilitation", "project-management"],
        "days_ago": 14,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": (
                    "Vi har gjort dette i byggemøtene i et halvt år. Ingen savner de gamle "
                    "referatene som kom en uke etterpå."
                ),
            },
        ],
        "reactions": {
            "helped": 9,
            "will_try": 12,
            "thanks": 4,
        },
    },
    {
        "key": "nb-033",
        "kind": "tip",
        "author": "employee",
        "area": "finance",
        "title": "Hurtigutfylling i Excel (Ctrl+E) sparer deg for formler",
        "sections": {
            "tip": (
                "Skal du dele opp «Etternavn, Fornavn» eller hente ut prosjektnummeret fra en lang "
                "tekst? Skriv ønsket resultat i den første cellen ved siden av, trykk **Ctrl+E**, "
                "og Excel fyller ut resten etter mønsteret. Sjekk et par rader etterpå – Excel "
                "gjetter, det regner ikke. Resultatet oppdateres heller ikke automatisk hvis "
                "kildedataene endres."
            ),
        },
        "topics": ["excel"],
        "days_ago": 70,
        "audience": "unit",
        "comments": [],
        "reactions": {
            "helped": 7,
            "will_try": 9,
            "thanks": 2,
        },
    },
    {
        "key": "nb-034",
        "kind": "tip",
        "author": "employee",
        "area": "engineering",
        "title": "Skriv BEGIN før du retter data for hånd i produksjon",
        "sections": {
            "tip": (
                "Må du kjøre en `UPDATE` eller `DELETE` manuelt? Start med `BEGIN;`, kjør "
                "setningen og sjekk antall rader og et par `SELECT`-er. Ser det riktig ut, skriver "
                "du `COMMIT;`, og hvis ikke `ROLLBACK;`. Det har reddet meg fra en glemt `WHERE` "
                "én gang. Hold transaksjonen kort, for den låser radene."
            ),
        },
        "topics": ["sql"],
        "days_ago": 95,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": (
                    "Og aller helst: skriv `SELECT` med samme `WHERE` først, så du ser hvilke "
                    "rader du treffer."
                ),
            },
        ],
        "reactions": {
            "helped": 8,
            "will_try": 6,
            "thanks": 3,
        },
    },
    {
        "key": "nb-035",
        "kind": "tip",
        "author": "leader",
        "area": "people",
        "title": "Spør om det er greit før du gir tilbakemelding",
        "sections": {
            "tip": (
                "«Kan jeg gi deg en tilbakemelding på presentasjonen i stad?» Et lite spørsmål, "
                "men det gir den andre mulighet til å si «ja, men i morgen». Tilbakemeldingen blir "
                "tatt mye bedre imot når folk har sagt ja til den. Og vær konkret: én ting som "
                "fungerte, og én ting du ville gjort annerledes."
            ),
        },
        "topics": ["feedback", "coaching"],
        "days_ago": 31,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": (
                    "Enkelt og godt. Jeg har merket at jeg blir mer lyttende selv når jeg har fått "
                    "spørsmålet først."
                ),
            },
        ],
        "reactions": {
            "helped": 10,
            "will_try": 13,
            "thanks": 5,
        },
    },
    {
        "key": "nb-036",
        "kind": "article",
        "author": "leader",
        "area": "people",
        "title": "Arbeidstilsynet om psykososialt arbeidsmiljø",
        "link_url": "https://www.arbeidstilsynet.no/tema/psykososialt-arbeidsmiljo/",
        "sections": {
            "why": (
                "Siden forklarer hva psykososialt arbeidsmiljø er og hva arbeidsgiveren faktisk "
                "skal gjøre, og den omtaler de tydeligere reglene som gjelder fra 1. januar 2026. "
                "Jeg brukte den som utgangspunkt for en samtale i ledergruppen om arbeidsmengde og "
                "uklare forventninger. Nyttig for alle ledere og verneombud."
            ),
        },
        "topics": ["occupational-safety", "team-leadership"],
        "days_ago": 20,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": "Takk! Vi skal bruke den på neste møte i arbeidsmiljøutvalget.",
            },
        ],
        "reactions": {
            "helped": 5,
            "will_try": 2,
            "thanks": 6,
        },
    },
    {
        "key": "nb-037",
        "kind": "article",
        "author": "employee",
        "area": "engineering",
        "title": "Datatilsynets veileder: programvareutvikling med innebygd personvern",
        "link_url": (
            "https://www.datatilsynet.no/rettigheter-og-plikter/virksomhetenes-plikter/innebygd-personvern/programvareutvikling-med-innebygd-personvern/innledning/"
        ),
        "sections": {
            "why": (
                "Veilederen følger hele utviklingsløpet, fra opplæring og krav til design, testing "
                "og drift, med sjekklister for hver aktivitet. Vi brukte kravdelen som mal i det "
                "siste kundeprosjektet. Anbefales for utviklere, testere og prosjektledere som "
                "lager løsninger med personopplysninger."
            ),
        },
        "topics": ["gdpr", "security"],
        "days_ago": 60,
        "audience": "organisation",
        "comments": [],
        "reactions": {
            "helped": 6,
            "will_try": 3,
            "thanks": 2,
        },
    },
    {
        "key": "nb-038",
        "kind": "article",
        "author": "employee",
        "area": "any",
        "title": "Språkrådet: kort om klarspråk",
        "link_url": "https://sprakradet.no/klarsprak/kunnskap-om-klarsprak/kort-om-klarsprak/",
        "sections": {
            "why": (
                "En kort side med definisjonen av klarspråk og lenker til gode skriveråd. Jeg "
                "liker at den sier at en tekst er klar når leseren finner, forstår og kan bruke "
                "informasjonen – det er en grei sjekk for rapporter også. Les den før neste tilbud "
                "eller kundebrev."
            ),
        },
        "topics": ["plain-language"],
        "days_ago": 115,
        "audience": "organisation",
        "comments": [],
        "reactions": {
            "helped": 3,
            "will_try": 2,
            "thanks": 4,
        },
    },
    {
        "key": "nb-039",
        "kind": "article",
        "author": "employee",
        "area": "engineering",
        "title": "Wikipedia om smidig programvareutvikling – en nyttig repetisjon",
        "link_url": "https://no.wikipedia.org/wiki/Smidig_programvareutvikling",
        "sections": {
            "why": (
                "Jeg leste artikkelen igjen etter at vi hadde diskutert om vi «er smidige» bare "
                "fordi vi har sprinter. Den minner om at manifestet handler om verdier, ikke "
                "seremonier. Grei å dele med kunder som er nye i smidige prosjekter."
            ),
        },
        "topics": ["agile"],
        "days_ago": 240,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": (
                    "Vi burde lese manifestet høyt på hver oppstart. Fire linjer, og vi glemmer "
                    "dem likevel."
                ),
            },
        ],
        "reactions": {
            "helped": 2,
            "will_try": 1,
            "thanks": 3,
        },
    },
    {
        "key": "nb-040",
        "kind": "article",
        "author": "employee",
        "area": "engineering",
        "title": "Uu-tilsynet: ofte stilte spørsmål om tilgjengelighetserklæringen",
        "link_url": (
            "https://www.uutilsynet.no/tilgjengelighetserklaering/ofte-stilte-sporsmal-om-tilgjengelighetserklaeringen/894"
        ),
        "sections": {
            "why": (
                "Mange av kundene våre i offentlig sektor spør hva de egentlig må gjøre med "
                "tilgjengelighetserklæringen. Denne siden svarer på det meste – hvem som må ha "
                "den, og hvordan den fylles ut. Greit å ha lest før du sier noe bastant i et "
                "kundemøte."
            ),
        },
        "topics": ["accessibility"],
        "days_ago": 170,
        "audience": "organisation",
        "comments": [],
        "reactions": {
            "helped": 4,
            "will_try": 1,
            "thanks": 2,
        },
    },
    {
        "key": "nb-041",
        "kind": "experiment",
        "author": "leader",
        "area": "engineering",
        "title": "Alle fag med på første befaring",
        "sections": {
            "hypothesis": (
                "Vi tror at hvis elektro, bygg og miljø er med på første befaring sammen med "
                "prosjektlederen, får vi færre endringer sent i prosjekteringen. Vi vet det ved å "
                "telle endringer etter forprosjektet i prosjekter med og uten felles befaring."
            ),
            "plan": (
                "Fem nye prosjekter på transformatorstasjoner i løpet av et halvt år, sammenlignet "
                "med fem tilsvarende prosjekter fra året før."
            ),
            "result": (
                "Endringene etter forprosjekt gikk ned fra 14 til 6 i snitt per prosjekt. "
                "Befaringene kostet rundt 25 ekstra timer per prosjekt, mens endringene tidligere "
                "kostet oss anslagsvis 80–120 timer."
            ),
            "lesson": (
                "Å se anlegget sammen gir et felles bilde som ingen tegning eller bildeserie kan "
                "erstatte. Felles første befaring er nå standard for stasjonsprosjekter, og vi "
                "vurderer det samme for vannkraft."
            ),
        },
        "topics": ["energy-systems", "project-management"],
        "days_ago": 195,
        "audience": "organisation",
        "experiment": {
            "status": "ended",
            "starts_in_days": -190,
            "ends_in_days": -40,
        },
        "comments": [
            {
                "author": "any",
                "body": (
                    "Som miljørådgiver: det er så mye lettere å gjøre en god jobb når jeg har sett "
                    "området selv."
                ),
            },
            {
                "author": "any",
                "body": "Hvordan løste dere reisekostnadene? Det er ofte der det stopper hos oss.",
                "replies": [
                    {
                        "author": "any",
                        "body": (
                            "Vi tok dem inn i tilbudet som en egen post og forklarte hvorfor. "
                            "Ingen kunder har protestert så langt."
                        ),
                    },
                ],
            },
        ],
        "reactions": {
            "helped": 9,
            "will_try": 7,
            "thanks": 5,
        },
    },
    {
        "key": "nb-042",
        "kind": "experiment",
        "author": "employee",
        "area": "engineering",
        "title": "Kodegjennomgang i par i stedet for kommentarer i pull requests",
        "sections": {
            "hypothesis": (
                "Vi tror at 20 minutters gjennomgang sammen på skjerm gir færre runder fram og "
                "tilbake og raskere fletting enn skriftlige kommentarer. Vi vet det hvis tiden fra "
                "en pull request åpnes til den flettes, går ned med minst en tredjedel."
            ),
            "plan": (
                "Machine Learning-teamet i seks uker, for alle pull requests over 50 linjer. "
                "Mindre endringer går som før."
            ),
        },
        "topics": ["agile", "python"],
        "days_ago": 18,
        "audience": "unit",
        "experiment": {
            "status": "running",
            "starts_in_days": -18,
            "ends_in_days": 24,
        },
        "comments": [
            {
                "author": "any",
                "body": (
                    "Så langt har jeg lært mer om kodebasen på to uker enn på et halvt år med "
                    "kommentarer."
                ),
            },
        ],
        "reactions": {
            "helped": 2,
            "will_try": 5,
            "thanks": 3,
        },
    },
    {
        "key": "nb-043",
        "kind": "experiment",
        "author": "employee",
        "area": "people",
        "title": "Lunsj og lær hver torsdag i Bergen",
        "sections": {
            "hypothesis": (
                "Vi tror at et fast, kort faglig innslag på 20 minutter i lunsjen gjør at flere "
                "deler det de har lært, også de som ellers ikke ville holdt et foredrag. Vi vet "
                "det hvis minst tolv forskjellige personer har holdt innlegg etter tre måneder."
            ),
            "plan": (
                "Kontoret i Bergen fra neste måned. Ingen krav om lysbilder, påmelding på en liste "
                "ved kaffemaskinen, og opptak for dem som sitter andre steder hvis innlederen vil."
            ),
        },
        "topics": ["presentation", "mentoring"],
        "days_ago": 2,
        "audience": "organisation",
        "experiment": {
            "status": "planned",
            "starts_in_days": 10,
            "ends_in_days": 100,
        },
        "comments": [
            {
                "author": "any",
                "body": "Jeg melder meg på med 20 minutter om fjernvarmemodellen!",
            },
            {
                "author": "any",
                "body": "Kan vi i Oslo bli med på Teams?",
                "replies": [
                    {
                        "author": "any",
                        "body": "Ja, vi sender lenke hver onsdag.",
                    },
                ],
            },
        ],
        "reactions": {
            "helped": 1,
            "will_try": 9,
            "thanks": 6,
        },
    },
    {
        "key": "nb-044",
        "kind": "experiment",
        "author": "leader",
        "area": "sales",
        "title": "KI-assistent til første utkast av standardkapitlene i tilbud",
        "sections": {
            "hypothesis": (
                "Vi tror at en KI-assistent som lager første utkast av standardkapitlene "
                "(kvalitetssikring, HMS og miljø) med utgangspunkt i våre egne tidligere tekster, "
                "sparer minst 30 % av skrivetiden uten at evalueringen blir dårligere."
            ),
            "plan": (
                "Fire tilbud i Public Sector Bids, med det godkjente verktøyet vårt og uten "
                "kundedata i instruksjonene. Alle utkast ble lest og skrevet om av en fagperson."
            ),
            "result": (
                "Skrivetiden for standardkapitlene gikk ned med rundt 40 %. Men to utkast "
                "inneholdt påstander om sertifiseringer vi ikke har, og én evaluering kommenterte "
                "at teksten var «generell». Vi vant ett av fire, omtrent som før."
            ),
            "lesson": (
                "Min erfaring er at KI er god på struktur og første utkast, men at det som skiller "
                "oss fra andre, må vi skrive selv. Faktasjekk av alle påstander er ikke valgfritt. "
                "Vi fortsetter med assistenten for standardtekster, med en fast sjekkliste."
            ),
        },
        "topics": ["generative-ai", "bid-writing"],
        "days_ago": 142,
        "audience": "organisation",
        "experiment": {
            "status": "ended",
            "starts_in_days": -140,
            "ends_in_days": -70,
        },
        "comments": [
            {
                "author": "any",
                "body": (
                    "Bra at dere skriver om sertifiseringene. Det er akkurat den typen feil som er "
                    "lett å overse når teksten ellers er velskrevet."
                ),
            },
        ],
        "reactions": {
            "helped": 11,
            "will_try": 6,
            "thanks": 7,
        },
    },
    {
        "key": "nb-045",
        "kind": "experiment",
        "author": "employee",
        "area": "engineering",
        "title": "Nivåsensorer i overvannsnettet som tidlig varsel om oversvømmelse",
        "sections": {
            "hypothesis": (
                "Vi tror at tolv rimelige nivåsensorer i kummer i et utsatt område i Bergen kan "
                "varsle om fare for oversvømmelse minst 30 minutter før det blir problemer på "
                "overflaten. Vi vet det når vi har sammenlignet varslene med faktiske hendelser "
                "gjennom en høstsesong."
            ),
            "plan": (
                "Pilot sammen med kommunen fra september til desember. Dataene går til et enkelt "
                "dashbord, og driftsoperatørene vurderer varslene, men handler som før."
            ),
        },
        "topics": ["water-engineering", "observability"],
        "days_ago": 45,
        "audience": "organisation",
        "experiment": {
            "status": "running",
            "starts_in_days": -45,
            "ends_in_days": 50,
        },
        "comments": [
            {
                "author": "any",
                "body": "Spennende! Har dere fått noen varsler ennå?",
                "replies": [
                    {
                        "author": "any",
                        "body": (
                            "To så langt. Det ene stemte godt, det andre var løv som hadde lagt "
                            "seg over en sensor 🍂"
                        ),
                    },
                ],
            },
        ],
        "reactions": {
            "helped": 3,
            "will_try": 4,
            "thanks": 5,
        },
    },
    {
        "key": "nb-046",
        "kind": "experiment",
        "author": "employee",
        "area": "finance",
        "title": "Fakturering hver fjortende dag på de største prosjektene",
        "sections": {
            "hypothesis": (
                "Vi tror at fakturering annenhver uke i stedet for månedlig på de ti største "
                "prosjektene reduserer utestående fordringer og gjør at feil oppdages tidligere. "
                "Vi vet det hvis kundefordringene på disse prosjektene går ned med minst 20 %."
            ),
            "plan": (
                "Ti prosjekter med norske kunder i fire måneder. Økonomi lager fakturaene, og "
                "prosjektlederne godkjenner timene hver fjortende dag."
            ),
            "result": (
                "Utestående fordringer gikk ned med 27 %. Men to kunder ba om å gå tilbake til "
                "månedlig faktura fordi deres egen godkjenning tok like lang tid per faktura, og "
                "prosjektlederne brukte mer tid på godkjenning."
            ),
            "lesson": (
                "Hyppigere fakturering hjelper mest der kunden har en enkel godkjenningsprosess. "
                "Nå spør vi kunden ved oppstart hva som passer dem, i stedet for å velge én "
                "løsning for alle."
            ),
        },
        "topics": ["financial-reporting", "customer-dialogue"],
        "days_ago": 175,
        "audience": "organisation",
        "experiment": {
            "status": "ended",
            "starts_in_days": -170,
            "ends_in_days": -50,
        },
        "comments": [],
        "reactions": {
            "helped": 4,
            "will_try": 2,
            "thanks": 3,
        },
    },
    {
        "key": "nb-047",
        "kind": "experiment",
        "author": "employee",
        "area": "customer",
        "title": "Ring kunden samme dag når en leveranse blir forsinket",
        "sections": {
            "hypothesis": (
                "Vi tror at det å ringe kunden samme dag som vi ser at en leveranse blir "
                "forsinket, i stedet for å sende e-post, gir færre eskaleringer og mer fornøyde "
                "kunder. Vi vet det ved å telle eskaleringer og spørre kundene ved prosjektslutt."
            ),
            "plan": (
                "Alle prosjekter i Energy-teamet i tre måneder. Prosjektlederen ringer, og sender "
                "en kort e-post etterpå med det vi ble enige om."
            ),
        },
        "topics": ["customer-dialogue", "stakeholder-management"],
        "days_ago": 6,
        "audience": "organisation",
        "experiment": {
            "status": "planned",
            "starts_in_days": 7,
            "ends_in_days": 97,
        },
        "comments": [
            {
                "author": "any",
                "body": (
                    "God idé. Det er ubehagelig å ringe med dårlige nyheter, men det er nesten "
                    "alltid bedre."
                ),
            },
        ],
        "reactions": {
            "helped": 2,
            "will_try": 8,
            "thanks": 3,
        },
    },
    {
        "key": "nb-048",
        "kind": "media",
        "author": "employee",
        "area": "operations",
        "title": "Video: slik tar du på fallsikringsselen riktig (5 min)",
        "sections": {
            "summary": (
                "En fem minutter lang video fra lageret vårt i Bergen der to HMS-rådgivere viser "
                "hvordan man kontrollerer en fallsikringssele før bruk, tar den på og strammer den "
                "riktig. De viser også de vanligste feilene: løse lårstropper og en brystspenne "
                "som sitter for lavt. Til slutt viser de hvor forankringspunktet skal være, og "
                "hvorfor man ikke skal feste seg i rekkverk. Videoen har norsk teksting."
            ),
        },
        "topics": ["occupational-safety"],
        "days_ago": 28,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": (
                    "Veldig bra! Jeg har brukt sele i mange år og visste ikke det med brystspennen."
                ),
            },
            {
                "author": "any",
                "body": "Kan denne legges inn i introduksjonen for nye på byggeplass?",
                "replies": [
                    {
                        "author": "any",
                        "body": "Ja, den er lagt inn fra neste uke.",
                    },
                ],
            },
        ],
        "reactions": {
            "helped": 14,
            "will_try": 3,
            "thanks": 11,
        },
    },
    {
        "key": "nb-049",
        "kind": "media",
        "author": "employee",
        "area": "engineering",
        "title": "Bilder fra befaringen på transformatorstasjonen vi skal bygge om",
        "sections": {
            "summary": (
                "Femten bilder fra befaringen før ombyggingen av en transformatorstasjon utenfor "
                "Bergen. De viser dagens bryteranlegg fra 1970-tallet, kabelkanalene som må "
                "flyttes, og det trange området der den nye transformatoren skal stå. To bilder "
                "viser adkomstveien, som er for smal for transporten av transformatoren – det er "
                "den største risikoen vi ser nå. Alle som er med på bildene, har sagt ja til "
                "publisering."
            ),
        },
        "topics": ["energy-systems", "risk-management"],
        "days_ago": 55,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": (
                    "Den svingen på bilde 11 ser ikke lett ut. Har dere snakket med transportøren?"
                ),
                "replies": [
                    {
                        "author": "any",
                        "body": (
                            "Ja, de kommer på egen befaring neste uke med målebånd og godt humør."
                        ),
                    },
                ],
            },
        ],
        "reactions": {
            "helped": 4,
            "will_try": 0,
            "thanks": 6,
        },
    },
    {
        "key": "nb-050",
        "kind": "media",
        "author": "employee",
        "area": "engineering",
        "title": "Opptak: lynforedrag om tilgjengelige skjemaer (7 min)",
        "sections": {
            "summary": (
                "Opptak av lynforedraget mitt fra fagdagen i Oslo. Jeg viser et skjema fra et "
                "kundeprosjekt før og etter at vi rettet det: ledetekster som ikke var koblet til "
                "feltene, feilmeldinger som bare ble vist med rød farge, og en «Send»-knapp som "
                "ikke kunne nås med tastaturet. Hver feil vises først med skjermleser og så med "
                "rettingen i koden. Foredraget er tekstet."
            ),
        },
        "topics": ["accessibility", "presentation"],
        "days_ago": 92,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": (
                    "Fint at du viste hvordan det høres ut med skjermleser. Det gjorde inntrykk."
                ),
            },
        ],
        "reactions": {
            "helped": 8,
            "will_try": 6,
            "thanks": 9,
        },
    },
]
