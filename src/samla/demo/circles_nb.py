"""Demo circles in Norwegian Bokmål: the Integrations team's weekly learning meeting in Oslo, the
Energy team's in Bergen, and a plain-language learning circle across departments and countries.

Plain data, read by demo/circles.py; see the module docstring there for the keys.
"""

from __future__ import annotations

from typing import Any

CIRCLES: list[dict[str, Any]] = [
    {
        "key": "nb-integrations",
        "kind": "team",
        "name": "Integrasjon: læringsmøte på torsdag",
        "description": (
            "Hver torsdag tar vi et kvarter til å lære av hverandre. Én fra teamet deler noe – "
            "et verktøy, en feil vi gjorde, noe fra et kundeprosjekt – og vi snakker om hva vi "
            "tar med oss. Rotasjonen i Samla bestemmer hvem som har ordet. Passer det ikke, bytt "
            "med en kollega."
        ),
        "units": ["NL-INTEGRATIONS"],
        "join_policy": "on_request",
        "visibility": "listed",
        "meeting": {
            "title": "Læringsmøte",
            "weekday": 3,
            "time": "08:45",
            "duration": 15,
            "timezone": "Europe/Oslo",
            "place": "Møterom Bygdøy, 2. etasje",
            "video_url": "https://meet.nordlys.example/integrasjon-laering",
            "agenda": (
                "1. Dagens tema (8 min)\n"
                "2. Spørsmål og hva vi tar med oss (5 min)\n"
                "3. Åpne oppgaver fra forrige gang (2 min)"
            ),
        },
        "sessions": [
            {
                "title": "Idempotente meldinger: derfor fikk kunden to fakturaer",
                "topics": ["integration", "api-design"],
                "notes": (
                    "En melding ble levert to ganger etter en nettverksfeil, og begge ble "
                    "behandlet. Nå har alle meldinger en idempotensnøkkel som lagres i 7 "
                    "dager.\n\nMeldingskøer leverer *minst én gang*, ikke *nøyaktig én gang*."
                ),
                "tries": [
                    "Jeg sjekker om ordreintegrasjonen tåler å få samme melding to ganger.",
                    "Skal skrive en test som sender samme melding to ganger.",
                    "Vil lese mer om outbox-mønsteret.",
                ],
                "reflection": (
                    "Et konkret feilsøk som alle kjente seg igjen i. Vi trenger flere slike "
                    "fortellinger fra drift."
                ),
                "actions": [("Innfør idempotensnøkkel i fakturaintegrasjonen", True)],
            },
            {
                "title": "OpenAPI først: slik designer vi et nytt API",
                "topics": ["api-design"],
                "notes": (
                    "Vi skriver spesifikasjonen før koden og lar kunden kommentere den. Det "
                    "sparte oss for to runder med endringer i prosjektet for Bergen kommune."
                ),
                "tries": [
                    "Starter neste integrasjon med en OpenAPI-fil i stedet for kode.",
                    "Prøver Spectral for å sjekke navnekonvensjoner.",
                ],
            },
            {
                "title": "Det jeg lærte av å migrere fra BizTalk",
                "topics": ["integration", "azure"],
                "notes": (
                    "Den vanskeligste delen var ikke koden, men å finne ut hva de gamle "
                    "mappingene faktisk gjorde. Dokumentasjonen var ti år gammel.\n\n"
                    "Tips: logg inn- og utdata i gammelt system i to uker før dere begynner."
                ),
                "tries": [
                    "Jeg begynner å logge inn- og utdata fra den gamle integrasjonen i dag.",
                    "Ber kunden om eksempelfiler fra alle avdelinger, ikke bare én.",
                ],
                "story": {
                    "kind": "tip",
                    "title": "Før du migrerer en gammel integrasjon: logg i to uker først",
                    "sections": {
                        "tip": (
                            "Før du skriver om en gammel integrasjon, logg alle inn- og "
                            "utdata i to uker. Da ser du hva mappingene faktisk gjør – "
                            "ikke hva dokumentasjonen sier. Vi fant sju spesialtilfeller "
                            "som ingen visste om da vi gikk bort fra BizTalk."
                        ),
                    },
                    "topics": ["integration"],
                },
            },
            {
                "title": "Sertifikater som går ut – igjen",
                "topics": ["security", "observability"],
                "notes": (
                    "Tredje gang i år at et klientsertifikat gikk ut uten at noen merket det. "
                    "Nå varsler vi 30 og 7 dager før, og eieren står i varselet."
                ),
                "tries": [
                    "Legger inn utløpsdato for sertifikatene i mine integrasjoner.",
                    "Sjekker hvem som eier sertifikatene hos kunden.",
                ],
                "actions": [("Oversikt over alle klientsertifikater med eier", False)],
            },
            {"cancelled": True, "title": "Avlyst – høstferie"},
            {
                "title": "Kontraktstester med Pact",
                "topics": ["automated-testing", "integration"],
                "notes": (
                    "Vi viste hvordan Web & Mobile-teamet og vi tester kontrakten mellom appen og "
                    "ordre-API-et uten å starte begge systemene. Brudd oppdages i PR-en, ikke i "
                    "test."
                ),
                "tries": [
                    "Skriver den første kontraktstesten for kunde-API-et.",
                    "Vil snakke med Stockholm om å dele Pact-brokeren.",
                ],
                "reflection": "Fint at to team var med. Vi bør invitere Stockholm-teamet oftere.",
            },
            {
                "title": "Slik leser vi en stack trace fra Azure Functions",
                "topics": ["azure", "observability"],
                "notes": (
                    "Application Insights skjuler ofte den egentlige feilen i "
                    "`innerException`. Bruk transaksjonsvisningen og filtrer på operation id."
                ),
                "tries": [
                    "Lagrer KQL-spørringen som favoritt.",
                    "Legger operation id i loggmeldingene våre.",
                    "Vil lære meg KQL skikkelig.",
                ],
            },
            {
                "title": "Hvordan vi forklarer integrasjoner for ikke-teknikere",
                "topics": ["plain-language", "customer-dialogue"],
                "notes": (
                    "Tegn dataflyten som et kart med «hvem sender hva til hvem», uten "
                    "protokoller. Kunden forsto endelig hvorfor fakturaene kom dagen etter."
                ),
                "tries": [
                    "Tegner dataflyten på én side før neste kundemøte.",
                    "Ber en fra salg se på tegningen min.",
                ],
            },
        ],
        "backlog": [
            ("offer", "Jeg kan vise hvordan vi bruker Service Bus sessions for rekkefølge", "", 3),
            (
                "request",
                "Jeg vil gjerne høre om hvordan andre team håndterer personopplysninger i logger",
                "Spesielt med tanke på GDPR og lagringstid.",
                5,
            ),
            ("offer", "Jeg kan dele erfaringer fra mitt første år som konsulent hos kunde", "", 2),
            ("request", "Jeg vil gjerne høre om Bicep kontra Terraform", "", 4),
        ],
        "reflection_meetings": [
            {
                "title": "Refleksjonsmøte: leveransen til Vestland fylkeskommune",
                "days_ago": 33,
                "time": "14:00",
                "duration": 45,
                "agenda": (
                    "Vi ser tilbake på leveransen sammen med prosjektlederen.\n\n"
                    "1. Hva gikk bra?\n2. Hva lærte vi?\n3. Hva endrer vi til neste gang?"
                ),
                "went_well": [
                    "Tett dialog med fylkeskommunens IT-avdeling hver uke.",
                    "Kontraktstestene fanget to brudd før produksjon.",
                ],
                "learned": [
                    "Testdata fra kunden kom tre uker for sent og forsinket alt.",
                    "Vi hadde ikke avklart hvem som eide feilhåndteringen hos kunden.",
                ],
                "change": [
                    "Testdata er et krav i oppstartsmøtet, med dato.",
                    "Vi avtaler eierskap til feilkøen skriftlig før oppstart.",
                ],
                "actions": [("Legg testdata og feilkø-eierskap inn i oppstartssjekklisten", True)],
                "story": {
                    "kind": "lesson",
                    "title": "Vestland-leveransen: testdata må være et krav, ikke et ønske",
                    "sections": {
                        "tried": (
                            "Vi leverte en integrasjon mellom fylkeskommunens sak- og "
                            "arkivsystem og økonomisystemet, med ukentlige møter og "
                            "kontraktstester fra start."
                        ),
                        "happened": (
                            "Leveransen ble tre uker forsinket fordi testdata fra kunden kom "
                            "sent, og feilkøen hadde ingen eier hos kunden da vi gikk i "
                            "produksjon."
                        ),
                        "learned": (
                            "Det vi trenger fra kunden må avtales like tydelig som det vi "
                            "skal levere selv."
                        ),
                        "next_time": (
                            "Testdata og eierskap til feilhåndtering står nå i "
                            "oppstartssjekklisten, med dato og navn."
                        ),
                    },
                    "topics": ["integration", "project-management"],
                },
            },
        ],
    },
    {
        "key": "nb-energy",
        "kind": "team",
        "name": "Energi: onsdagskvarteret",
        "description": (
            "Et kvarter hver onsdag morgen for faglig påfyll i Energi-teamet i Bergen. Vi deler "
            "erfaringer fra prosjekter, beregninger og befaringer."
        ),
        "units": ["NL-ENERGY"],
        "join_policy": "open",
        "visibility": "listed",
        "meeting": {
            "title": "Onsdagskvarter",
            "weekday": 2,
            "time": "08:30",
            "duration": 15,
            "timezone": "Europe/Oslo",
            "place": "Kaffekroken, 5. etasje, Bryggen",
            "video_url": "https://meet.nordlys.example/energi-onsdag",
            "agenda": "1. Dagens tema (10 min)\n2. Hva tar vi med oss? (5 min)",
        },
        "sessions": [
            {
                "title": "Effekttariffer og hva de betyr for kundene våre",
                "topics": ["energy-systems"],
                "notes": (
                    "Med effekttariff lønner det seg å flytte topper. For en skole sparte styrt "
                    "lading av elbiler 18 % av nettleien."
                ),
                "tries": [
                    "Tar med effektprofil i neste mulighetsstudie.",
                    "Spør kunden om timesdata fra nettselskapet.",
                ],
            },
            {
                "title": "Befaring i tunnel: HMS-rutiner vi ikke kan hoppe over",
                "topics": ["occupational-safety"],
                "notes": (
                    "SHA-plan, gassmåler, og alltid avtale med tunnelvakten. En befaring ble "
                    "avbrutt fordi vi manglet adgangskort – planlegg det en uke før."
                ),
                "tries": ["Bestiller adgangskort en uke før neste befaring."],
                "reflection": "Viktig påminnelse. HMS kunne hatt et fast punkt hver måned.",
            },
            {
                "title": "Solceller på tak: tre feil vi gjorde i den første beregningen",
                "topics": ["energy-systems", "sustainability"],
                "notes": (
                    "Vi glemte snølast om vinteren, skygge fra nabobygget og at kunden bruker "
                    "lite strøm om sommeren. Egenforbruket ble halvparten av det vi trodde."
                ),
                "tries": [
                    "Bruker sjekklisten for solceller i neste tilbud.",
                    "Sammenligner med faktiske produksjonstall fra et bygg vi har levert.",
                    "Ber om forbruksdata for hele året, ikke bare vinteren.",
                ],
                "actions": [("Lag sjekkliste for solcelleberegninger", True)],
            },
            {
                "title": "Python for energiberegninger: fra Excel til notebook",
                "topics": ["python", "excel"],
                "notes": (
                    "Én notebook erstattet sju regneark. Fordelen er ikke fart, men at vi kan se "
                    "hvem som endret hva."
                ),
                "tries": [
                    "Flytter én beregning fra Excel til notebook denne uken.",
                    "Vil ta Python-kurset i Samla.",
                ],
            },
        ],
        "backlog": [
            ("request", "Jeg vil gjerne høre om hvordan Aarhus regner på klimatilpasning", "", 3),
            ("offer", "Jeg kan vise hvordan vi bruker GIS til å finne tak for solceller", "", 2),
        ],
    },
    {
        "key": "nb-plain-language",
        "kind": "learning_circle",
        "name": "Klarspråksirkelen",
        "description": (
            "En læringssirkel for alle som skriver til kunder, innbyggere eller kolleger: "
            "tilbud, rapporter, kontrakter, brukerstøtte og nettsider. Vi kommer fra "
            "kommunikasjon, juridisk, anbud, tjenestedesign og brukerstøtte, fra Oslo, Bergen, "
            "København og Göteborg. Annenhver uke tar vi med en tekst vi sliter med og hjelper "
            "hverandre å gjøre den klarere. Skriv på ditt eget språk – vi forstår hverandre."
        ),
        "units": ["NL-MARKETING", "NL-LEGAL", "NL-BIDS", "NL-SERVICE-DESIGN", "NL-SERVICE-DESK"],
        "size": 14,
        "join_policy": "open",
        "visibility": "listed",
        "meeting": {
            "kind": "session",
            "title": "Sirkelmøte",
            "weekday": 1,
            "time": "14:00",
            "duration": 30,
            "interval": 2,
            "timezone": "Europe/Oslo",
            "place": "",
            "video_url": "https://meet.nordlys.example/klarsprak",
            "agenda": (
                "1. Dagens tekst: hva er problemet? (5 min)\n"
                "2. Vi skriver om hver for oss (10 min)\n"
                "3. Sammenligner og blir enige om en versjon (15 min)"
            ),
        },
        "sessions": [
            {
                "title": "Personvernerklæringen som ingen forsto",
                "topics": ["plain-language", "gdpr"],
                "notes": (
                    "Juridisk tok med vår egen personvernerklæring. Vi kortet den fra 2 400 til "
                    "900 ord uten å fjerne noe juridisk nødvendig. Tabeller over «hva, hvorfor, "
                    "hvor lenge» gjorde mest."
                ),
                "tries": [
                    "Bruker tabellen «hva, hvorfor, hvor lenge» i neste databehandleravtale.",
                    "Leser teksten høyt før jeg sender den.",
                ],
            },
            {
                "title": "Feilmeldinger i kundeportalen",
                "topics": ["plain-language", "interaction-design"],
                "notes": (
                    "En god feilmelding sier hva som skjedde, hva brukeren kan gjøre og ikke "
                    "hvem sin feil det er. Brukerstøtte hadde tallene: tre meldinger står for "
                    "40 % av henvendelsene."
                ),
                "tries": [
                    "Skriver om de tre feilmeldingene med flest henvendelser.",
                    "Vil teste de nye tekstene med fem brukere.",
                ],
                "actions": [("Nye tekster for de tre verste feilmeldingene", False)],
            },
            {
                "title": "Sammendraget i et anbud: det første evaluator leser",
                "topics": ["bid-writing", "plain-language"],
                "notes": (
                    "Anbudsteamet viste to sammendrag – ett vi tapte med og ett vi vant med. "
                    "Vinneren svarte direkte på kundens behov i første avsnitt."
                ),
                "tries": [
                    "Skriver sammendraget først, ikke sist, i neste anbud.",
                    "Ber en utenfor anbudsteamet lese det på to minutter.",
                    "Bruker kundens egne ord fra konkurransegrunnlaget.",
                ],
                "reflection": (
                    "Beste møtet hittil: konkrete tekster, og folk fra fire avdelinger som lærte "
                    "av hverandre."
                ),
            },
        ],
        "backlog": [
            ("offer", "Jeg kan ta med en kontraktsklausul vi bruker i alle rammeavtaler", "", 3),
            ("request", "Jeg vil gjerne høre om hvordan man skriver for skjermlesere", "", 4),
            (
                "request",
                "Jeg vil gjerne høre om klarspråk på tvers av dansk, svensk og norsk",
                "Når lar vi teksten være på originalspråket?",
                2,
            ),
        ],
    },
]
