"""Demo circles in Danish: the Platform team's weekly learning meeting (the demo accounts' team),
the Water & Environment team in Aarhus, and the reflection meeting after the cluster migration.

Plain data, read by demo/circles.py; see the module docstring there for the keys. Sessions are
oldest first: the last one is last week's meeting. The seeder picks the presenters by the rota.
"""

from __future__ import annotations

from typing import Any

CIRCLES: list[dict[str, Any]] = [
    {
        "key": "da-platform",
        "kind": "team",
        "name": "Platform-teamets læringsmøde",
        "description": (
            "Et kvarter hver tirsdag, hvor en fra teamet deler noget, vi andre kan bruge: et "
            "værktøj, en fejl vi lærte af, et trick fra vagten. Du behøver ingen slides – vis "
            "hellere din skærm.\n\nTurene går på omgang. Kan du ikke, så byt med en kollega "
            "eller meld fravær, så springer rotationen dig over."
        ),
        "units": ["NL-PLATFORM"],
        "accounts": {"manager": "facilitator", "employee": "member"},
        "join_policy": "on_request",
        "visibility": "listed",
        "meeting": {
            "title": "Læringsmøde",
            "weekday": 1,
            "time": "09:15",
            "duration": 15,
            "timezone": "Europe/Copenhagen",
            "place": "Mødelokale Kattegat, 3. sal",
            "video_url": "https://meet.nordlys.example/platform-laering",
            "agenda": (
                "1. Dagens emne (8 min)\n"
                "2. Spørgsmål og »hvad tager vi med?« (5 min)\n"
                "3. Åbne aktionspunkter og næste uges emne (2 min)"
            ),
        },
        "sessions": [
            {
                "title": "Sådan læser du en flamegraph",
                "topics": ["observability", "python"],
                "notes": (
                    "Vi kiggede på en flamegraph fra måledatatjenesten under belastning.\n\n"
                    "- Bredden er tid, ikke rækkefølge – det forvirrede de fleste af os.\n"
                    "- Halvdelen af tiden gik med JSON-serialisering, ikke databasen.\n"
                    "- `py-spy record` kan køre mod en kørende pod uden genstart."
                ),
                "tries": [
                    "Jeg kører py-spy mod importjobbet, før jeg begynder at optimere noget.",
                    "Prøver at lægge en flamegraph med i næste performance-PR.",
                    "Vil se, om vores Go-tjeneste har samme mønster med serialisering.",
                ],
                "reflection": (
                    "Godt at vise et rigtigt eksempel frem for teori. Vi nåede ikke spørgsmålene "
                    "– næste gang holder jeg skarpere øje med uret."
                ),
            },
            {
                "title": "Renovate uden at drukne i pull requests",
                "topics": ["ci-cd"],
                "notes": (
                    "Renovate lavede 60 PR'er den første uge. Nu grupperer vi minor- og "
                    "patch-opdateringer og automerger dem, når testene er grønne.\n\n"
                    "Major-opdateringer kommer stadig én ad gangen og kræver review."
                ),
                "tries": [
                    "Jeg slår gruppering til i integrationsrepoet i dag.",
                    "Vil tjekke, om vores tests overhovedet fanger en ødelagt opdatering.",
                ],
                "actions": [("Lav fælles Renovate-preset til alle repos", True)],
            },
            {
                "title": "Det lærte jeg af min første vagtuge",
                "topics": ["observability", "kubernetes"],
                "notes": (
                    "Ærlig gennemgang af en uge med tre nattekald. To af dem var alarmer, ingen "
                    "kunne handle på.\n\n"
                    "Det, der hjalp mest: runbooken for certifikatfornyelse og at kunne ringe til "
                    "en makker uden dårlig samvittighed."
                ),
                "tries": [
                    "Jeg skriver mig op som makker for den næste, der har sin første vagt.",
                    "Vil gennemgå de alarmer, jeg selv har lavet, og slette dem, ingen handler på.",
                    "Jeg læser runbooken før min egen vagt – ikke under den.",
                ],
                "reflection": (
                    "Et modigt oplæg, som åbnede for en god snak om, hvordan vagten føles. Vi bør "
                    "tale mere om det end om værktøjerne."
                ),
                "actions": [
                    ("Saml alarmer uden handling i en liste til næste møde", True),
                    ("Makkerordning for nye på vagt", True),
                ],
                "story": {
                    "kind": "learning",
                    "title": "Min første vagtuge: de fleste alarmer kunne ingen handle på",
                    "sections": {
                        "learned": (
                            "En alarm, der vækker nogen, skal kræve en handling. To ud af tre "
                            "nattekald i min første vagtuge gjorde ikke."
                        ),
                        "situation": (
                            "Jeg havde min første vagtuge på platformen og fortalte om den på "
                            "vores tirsdags-læringsmøde."
                        ),
                        "differently": (
                            "Vi har lavet en liste over alarmer uden handling og rydder op i "
                            "dem, og nye på vagt får en makker, de kan ringe til."
                        ),
                    },
                    "topics": ["observability"],
                },
            },
            {
                "title": "Terraform-moduler: hvornår giver det mening at dele?",
                "topics": ["terraform"],
                "notes": (
                    "Delte moduler sparer tid, men låser os også fast. Tommelfingerregel fra "
                    "mødet: del først, når tre teams har skrevet det samme.\n\n"
                    "Versionér modulerne, og lad aldrig `main` være kilden."
                ),
                "tries": [
                    "Pinner versionen af netværksmodulet i vores staging-miljø.",
                    "Jeg spørger Data Engineering, om de har et modul til lagerkonti.",
                ],
            },
            {
                "title": "Feature flags i praksis",
                "topics": ["ci-cd", "automated-testing"],
                "notes": (
                    "Vi gennemgik, hvordan kundeportalen slår nye funktioner til for én kunde ad "
                    "gangen.\n\n"
                    "- Flag skal have en udløbsdato – ellers bliver de aldrig fjernet.\n"
                    "- Test begge grene, ikke kun den nye."
                ),
                "tries": [
                    "Lægger en udløbsdato på de to flag, jeg selv har oprettet.",
                    "Vil prøve at udrulle den nye eksport bag et flag.",
                    "Tilføjer en test af den gamle gren i min næste PR.",
                ],
                "actions": [("Find og fjern flag, der er ældre end tre måneder", False)],
            },
            {"cancelled": True, "title": "Aflyst – efterårsferie"},
            {
                "title": "Gode commit-beskeder sparer tid i code review",
                "topics": ["ci-cd"],
                "notes": (
                    "Før/efter-eksempler fra vores eget repo. En god besked svarer på *hvorfor*, "
                    "diffen viser allerede *hvad*.\n\n"
                    "Vi blev enige om at prøve Conventional Commits i en måned."
                ),
                "tries": [
                    "Skriver hvorfor i første linje af mine commits resten af ugen.",
                    "Vil prøve `git commit --fixup` i stedet for »ret stavefejl«-commits.",
                ],
                "reflection": (
                    "Kort og konkret. Næste gang beder jeg om et eksempel, vi selv kan øve på i "
                    "mødet."
                ),
            },
            {
                "title": "Fra 40 alarmer om ugen til 6",
                "topics": ["observability"],
                "notes": (
                    "Opfølgning på vagtsnakken. Vi slettede 19 alarmer, slog 11 sammen og gjorde "
                    "4 til dagsrapporter i stedet.\n\n"
                    "Nu har hver alarm et link til sin runbook. Det er målet for resten."
                ),
                "tries": [
                    "Lægger runbook-link på de sidste tre alarmer i min tjeneste.",
                    "Foreslår det samme oprydningsforløb for Integrations.",
                    "Vil måle, hvor mange nattekald vi har i næste kvartal.",
                ],
                "actions": [("Runbook-link på alle alarmer", False, "employee")],
                "story": {
                    "kind": "success",
                    "title": "Fra 40 alarmer om ugen til 6 på platformen",
                    "sections": {
                        "changed": (
                            "Vi ryddede op i platformens alarmer: nu vækker de kun nogen, når "
                            "der er noget at gøre, og hver alarm peger på sin runbook."
                        ),
                        "before": "Omkring 40 alarmer om ugen, heraf 3–4 om natten.",
                        "after": "6 alarmer om ugen i den første måned, ingen om natten.",
                        "learning": (
                            "Det startede med, at en kollega fortalte ærligt om sin første "
                            "vagtuge på vores læringsmøde."
                        ),
                    },
                    "topics": ["observability"],
                },
            },
            {
                "title": "Indekser i Postgres, vi havde glemt",
                "topics": ["sql"],
                "notes": (
                    "`pg_stat_user_indexes` viste fire indekser, der aldrig var blevet brugt, og "
                    "én langsom forespørgsel, der manglede et sammensat indeks.\n\n"
                    "Husk: rækkefølgen af kolonner i et sammensat indeks betyder noget."
                ),
                "tries": [
                    "Kører forespørgslen på vores egen database i morgen.",
                    "Vil lære at læse `EXPLAIN ANALYZE` ordentligt.",
                ],
            },
            {
                "title": "Parprogrammering, når vi sidder hver for sig",
                "topics": ["agile"],
                "notes": (
                    "Tre af os har parprogrammeret over video i en måned. Det virker bedst med "
                    "korte skift (25 minutter), én der skriver og én der tænker højt.\n\n"
                    "Træthed efter to timer er reel – hold pauser."
                ),
                "tries": [
                    "Jeg tilbyder at parprogrammere med en fra Aarhus på næste opgave.",
                    "Prøver at skifte hver 25. minut med en timer.",
                    "Vil bruge VS Code Live Share i stedet for at dele skærm.",
                ],
                "reflection": (
                    "Flere spurgte, om de måtte være med næste gang – godt tegn. Vi kunne "
                    "invitere QA med."
                ),
            },
            {
                "title": "SLO'er for måledatatjenesten",
                "topics": ["observability", "api-design"],
                "notes": (
                    "Vi har sat to SLO'er: 99,5 % af kaldene under 300 ms og 99,9 % "
                    "tilgængelighed over 28 dage.\n\n"
                    "Fejlbudgettet bliver brugt til at beslutte, hvornår vi stopper nye "
                    "funktioner og retter stabilitet i stedet."
                ),
                "tries": [
                    "Vil finde én SLO til eksportjobbet sammen med produktejeren.",
                    "Tilføjer fejlbudgettet til vores dashboard.",
                ],
                "actions": [("Vis fejlbudget på teamets skærm", False)],
            },
            {
                "title": "Cache i GitHub Actions: fire minutter kortere byggetid",
                "topics": ["ci-cd", "docker"],
                "notes": (
                    "Cache af pip og Docker-lag tog byggetiden fra 11 til 7 minutter.\n\n"
                    "Faldgrube: en forkert cachenøgle gav os et gammelt lag i en uge. Brug "
                    "hashen af lockfilen i nøglen."
                ),
                "tries": [
                    "Sætter hash af `uv.lock` ind i cachenøglen i vores pipeline.",
                    "Vil måle byggetiden før og efter på mit eget repo.",
                    "Deler tricket med QA – de bygger de samme images.",
                ],
                "reflection": (
                    "Et emne fra backloggen, som tre havde stemt på. Det kan mærkes, når folk "
                    "selv har bedt om emnet."
                ),
            },
        ],
        "backlog": [
            (
                "offer",
                "Jeg kan vise, hvordan vi bruger k9s i hverdagen",
                "Fem genveje, jeg bruger hver dag, og én, der har reddet en vagt.",
                4,
            ),
            (
                "request",
                "Jeg vil gerne høre om, hvordan man skriver en god postmortem",
                "Gerne med et eksempel fra et andet team.",
                5,
            ),
            ("offer", "Jeg kan dele, hvad vi lærte af at opgradere til Python 3.13", "", 2),
            (
                "request",
                "Jeg vil gerne høre om secrets-håndtering med External Secrets",
                "Vi har tre måder at gøre det på i dag. Hvilken skal vi vælge?",
                3,
            ),
            (
                "offer",
                "Jeg kan fortælle om min uge med Service Desk",
                "Jeg fulgte dem i en uge og så vores tjenester fra brugernes side.",
                6,
            ),
            (
                "request",
                "Jeg vil gerne høre om, hvordan andre planlægger tid til teknisk gæld",
                "",
                1,
            ),
        ],
        "reflection_meetings": [
            {
                "title": "Efterevaluering: flytningen til den nye Kubernetes-klynge",
                "days_ago": 19,
                "time": "13:00",
                "duration": 60,
                "agenda": (
                    "Vi kigger tilbage på migreringen – ikke for at finde skyldige, men for at "
                    "lære til næste gang.\n\n"
                    "1. Tidslinje (10 min)\n"
                    "2. Hvad gik godt? (15 min)\n"
                    "3. Hvad lærte vi? (15 min)\n"
                    "4. Hvad ændrer vi? (15 min)\n"
                    "5. Hvem skriver det ned til resten af huset? (5 min)"
                ),
                "went_well": [
                    "Vi flyttede 38 tjenester på to weekender uden datatab.",
                    "Tjeklisten pr. tjeneste gjorde det let at se, hvor vi var.",
                    "Service Desk var med fra start og kunne svare kunderne.",
                ],
                "learned": [
                    "Vi undervurderede DNS-cachen hos to kunder med en faktor ti.",
                    "Rollback-planen var aldrig testet, og det opdagede vi først undervejs.",
                    "Vores overvågning dækkede klyngen, ikke kundernes oplevelse.",
                ],
                "change": [
                    "Vi tester rollback i staging, før vi går i gang.",
                    "Vi sænker DNS-TTL en uge før, ikke dagen før.",
                    "Syntetiske tjek fra kundens side kommer på tjeklisten.",
                ],
                "actions": [
                    ("Tilføj rollback-test til migreringstjeklisten", True),
                    ("Syntetiske tjek for de fem største kunder", False),
                ],
                "story": {
                    "kind": "lesson",
                    "title": "Klyngemigreringen: vi havde en rollback-plan, men havde aldrig "
                    "prøvet den",
                    "sections": {
                        "tried": (
                            "Vi flyttede 38 tjenester fra den gamle Kubernetes-klynge til den "
                            "nye over to weekender med en tjekliste pr. tjeneste og en "
                            "rollback-plan for hver."
                        ),
                        "happened": (
                            "Flytningen lykkedes uden datatab, men to kunder ramte den gamle "
                            "klynge i op til seks timer, fordi deres DNS-cache holdt længere "
                            "end forventet. Da vi ville rulle én tjeneste tilbage, viste "
                            "planen sig at mangle et trin, og det kostede os en time."
                        ),
                        "learned": (
                            "En plan, vi ikke har afprøvet, er et håb, ikke en plan. Og vores "
                            "overvågning fortalte os, at klyngen havde det godt – ikke om "
                            "kunderne kunne nå os."
                        ),
                        "next_time": (
                            "Rollback testes i staging, før vi går i gang. DNS-TTL sænkes en "
                            "uge før. Syntetiske tjek fra kundens side er en del af "
                            "tjeklisten. Det hele står nu i vores migreringsskabelon."
                        ),
                    },
                    "topics": ["kubernetes", "risk-management"],
                },
            },
        ],
    },
    {
        "key": "da-water",
        "kind": "team",
        "name": "Vand & Miljø: fredagskvarteret",
        "description": (
            "Et kvarter fredag morgen, hvor vi deler erfaringer fra projekterne: beregninger, "
            "myndighedsdialog, feltarbejde og værktøjer. Alle i Vand & Miljø er med, og "
            "kolleger fra andre teams er velkomne."
        ),
        "units": ["NL-WATER"],
        "join_policy": "open",
        "visibility": "listed",
        "meeting": {
            "title": "Fredagskvarter",
            "weekday": 4,
            "time": "08:45",
            "duration": 15,
            "timezone": "Europe/Copenhagen",
            "place": "Kantinen i Aarhus, det lange bord ved vinduet",
            "video_url": "https://meet.nordlys.example/vand-fredag",
            "agenda": ("1. Ugens erfaring (10 min)\n2. Hvad tager vi med? (5 min)"),
        },
        "sessions": [
            {
                "title": "Skybrudssikring i Risskov: hvad modellen ikke viste",
                "topics": ["water-engineering", "gis"],
                "notes": (
                    "Modellen ramte vandmængderne fint, men ikke hvor vandet løb hen, fordi en "
                    "nyanlagt sti ikke var med i terrænmodellen.\n\n"
                    "Tag en gåtur i området, før du stoler på modellen."
                ),
                "tries": [
                    "Jeg besigtiger området, før jeg afleverer næste skybrudsberegning.",
                    "Vil tjekke, hvor gammel terrænmodellen er i mit projekt.",
                ],
            },
            {
                "title": "Miljøvurdering: de tre spørgsmål, kommunen altid stiller",
                "topics": ["environmental-assessment"],
                "notes": (
                    "Kumulative effekter, alternativer og overvågning. Svarer vi på dem i "
                    "første udkast, sparer vi typisk en høringsrunde."
                ),
                "tries": [
                    "Lægger de tre spørgsmål ind i vores skabelon i dag.",
                    "Bruger dem som tjekliste i mit review af næste rapport.",
                    "Spørger kunden om overvågning allerede på opstartsmødet.",
                ],
                "actions": [("Opdatér skabelonen til miljørapporter", True)],
            },
            {
                "title": "QGIS-plugins, der sparer mig en time om ugen",
                "topics": ["gis"],
                "notes": "QuickMapServices, Profile Tool og en lille model til batch-eksport.",
                "tries": ["Installerer Profile Tool og prøver det på ledningsdata."],
            },
            {
                "title": "Feltarbejde i november: sikkerhed ved vandløb",
                "topics": ["occupational-safety", "water-engineering"],
                "notes": (
                    "Altid to, redningsvest ved brinker over en meter, og besked til kontoret "
                    "om, hvornår I forventer at være tilbage."
                ),
                "tries": [
                    "Aftaler tjek-ind-tidspunkt med kontoret før næste feltdag.",
                    "Tjekker, om bilen har redningsvest og kastline.",
                ],
                "reflection": "Vigtigt emne. Vi bør tage det op hvert efterår.",
            },
            {
                "title": "Sådan fik vi kunden til at læse sammenfatningen",
                "topics": ["plain-language", "customer-dialogue"],
                "notes": (
                    "Én side, konklusionen først, ingen forkortelser. Kunden ringede dagen efter "
                    "og havde læst den – det plejer de ikke."
                ),
                "tries": [
                    "Skriver konklusionen først i næste notat.",
                    "Beder en kollega uden for projektet læse min sammenfatning.",
                ],
            },
        ],
        "backlog": [
            (
                "offer",
                "Jeg kan vise vores nye skabelon til tidsplaner for myndighedsbehandling",
                "",
                2,
            ),
            (
                "request",
                "Jeg vil gerne høre om, hvordan Bergen regner på klimatilpasning",
                "De har andre nedbørsdata end os. Kan vi lære noget?",
                4,
            ),
            ("offer", "Jeg kan fortælle om droneopmåling af vandløb", "", 3),
        ],
    },
]
