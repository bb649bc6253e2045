"""Demo circles in Swedish: the Web & Mobile team's weekly learning meeting in Stockholm (with a
project showcase open to everyone), the Project Office's, and a network on sustainable building
that spans Göteborg, Bergen and Aarhus.

Plain data, read by demo/circles.py; see the module docstring there for the keys.
"""

from __future__ import annotations

from typing import Any

CIRCLES: list[dict[str, Any]] = [
    {
        "key": "sv-web",
        "kind": "team",
        "name": "Webb & Mobil: lärkvarten",
        "description": (
            "Varje onsdag efter standupen lägger vi en kvart på att lära av varandra. Någon i "
            "teamet visar något de har jobbat med, ett verktyg de gillar eller ett misstag som "
            "blev en lärdom. Turordningen sköts av Samla – byt med en kollega om det inte passar."
        ),
        "units": ["NL-WEB"],
        "join_policy": "on_request",
        "visibility": "listed",
        "meeting": {
            "title": "Lärkvart",
            "weekday": 2,
            "time": "10:00",
            "duration": 15,
            "timezone": "Europe/Stockholm",
            "place": "Rummet Djurgården, plan 4",
            "video_url": "https://meet.nordlys.example/webb-larkvart",
            "agenda": (
                "1. Veckans ämne (8–10 min)\n"
                "2. Frågor och vad vi tar med oss (5 min)\n"
                "3. Öppna åtgärder"
            ),
        },
        "sessions": [
            {
                "title": "Så testar vi tillgänglighet med skärmläsare",
                "topics": ["accessibility"],
                "notes": (
                    "Vi gick igenom inloggningen i kundportalen med VoiceOver. Två knappar "
                    "saknade namn och felmeddelandet lästes aldrig upp.\n\n"
                    "Automatiska verktyg hittar ungefär en tredjedel – resten kräver att man "
                    "faktiskt lyssnar."
                ),
                "tries": [
                    "Jag testar mitt nästa formulär med VoiceOver innan jag skickar PR.",
                    "Ska lägga till `aria-live` på felmeddelandena i bokningsflödet.",
                    "Vill prova NVDA på Windows-datorn i labbet.",
                ],
                "reflection": (
                    "Starkt att visa på riktigt i stället för att prata om det. Flera ville ha "
                    "en uppföljning."
                ),
                "actions": [("Lägg till skärmläsartest i vår definition of done", True)],
            },
            {
                "title": "React Server Components – värt besväret?",
                "topics": ["react", "javascript"],
                "notes": (
                    "Kort genomgång av vad vi vann och förlorade när vi flyttade "
                    "produktsidorna. Mindre JavaScript till klienten, men krångligare "
                    "felsökning.\n\nSlutsats: inte för allt, men för sidor som mest visar data."
                ),
                "tries": [
                    "Jag mäter bundle-storleken på min sida före och efter.",
                    "Läser dokumentationen om cachning innan vi bestämmer oss.",
                ],
            },
            {
                "title": "Vad jag lärde mig av att ta supportärenden i en vecka",
                "topics": ["customer-dialogue"],
                "notes": (
                    "De tre vanligaste ärendena handlade om saker vi trodde var självklara: "
                    "glömt lösenord, PDF:er som inte öppnas i appen och push-notiser som "
                    "aldrig kommer.\n\nAlla i teamet borde göra en supportvecka per år."
                ),
                "tries": [
                    "Ska läsa de tio senaste supportärendena om min funktion.",
                    "Föreslår en bättre text för återställning av lösenord.",
                    "Anmäler mig till en supportdag nästa månad.",
                ],
                "actions": [("Boka en supportdag per person under våren", False)],
                "story": {
                    "kind": "learning",
                    "title": "En vecka i supporten lärde mig mer om appen än ett år av utveckling",
                    "sections": {
                        "learned": (
                            "Det som är självklart för oss i teamet är det som användarna "
                            "oftast fastnar på."
                        ),
                        "situation": (
                            "Jag tog supportärenden för appen under en vecka och berättade om "
                            "det på vår lärkvart."
                        ),
                        "differently": (
                            "Jag läser supportärendena om en funktion innan jag börjar bygga om "
                            "den, och vi bokar en supportdag per person i teamet."
                        ),
                    },
                    "topics": ["customer-dialogue"],
                },
            },
            {
                "title": "Feature toggles i appen utan ny release",
                "topics": ["mobile-development", "ci-cd"],
                "notes": (
                    "Remote config gör att vi kan stänga av en trasig funktion utan att vänta "
                    "på App Store-granskning. Kom ihåg standardvärdet om appen är offline."
                ),
                "tries": ["Lägger nästa funktion bakom en toggle från början."],
            },
            {"cancelled": True, "title": "Inställt – höstlov"},
            {
                "title": "Så blev våra Playwright-tester stabila",
                "topics": ["automated-testing"],
                "notes": (
                    "Ersätt `waitForTimeout` med väntan på något som syns. Använd roller och "
                    "etiketter i selektorerna, inte CSS-klasser.\n\nVi gick från 12 % "
                    "instabila körningar till under 1 %."
                ),
                "tries": [
                    "Tar bort alla `waitForTimeout` i mina tester i dag.",
                    "Byter till `getByRole` i kassaflödets tester.",
                ],
                "reflection": (
                    "Bra exempel från vår egen kod. Nästa gång kan vi bjuda in QA i Aarhus."
                ),
            },
            {
                "title": "Designtokens: från Figma till kod",
                "topics": ["interaction-design", "javascript"],
                "notes": (
                    "Färger och avstånd exporteras nu automatiskt från Figma till CSS-variabler. "
                    "Mörkt läge blev nästan gratis."
                ),
                "tries": [
                    "Ersätter de hårdkodade färgerna i min komponent med tokens.",
                    "Pratar med designerna om namnen på våra avstånd.",
                ],
            },
            {
                "title": "Så skriver vi en bra PR-beskrivning",
                "topics": ["feedback"],
                "notes": (
                    "Vad, varför och hur man testar – plus en skärmdump om något syns. Granskare "
                    "svarar dubbelt så snabbt på PR:er med bra beskrivning."
                ),
                "tries": [
                    "Använder mallen på min nästa PR.",
                    "Ska be om feedback på en specifik del i stället för »kolla gärna«.",
                    "Lägger in en skärmdump när jag ändrar något i gränssnittet.",
                ],
                "actions": [("Lägg in PR-mallen i alla repon", True)],
            },
            {
                "title": "Offline först: lärdomar från fältappen",
                "topics": ["mobile-development"],
                "notes": (
                    "Fältappen för byggplatser måste fungera utan täckning. Vi sparar lokalt och "
                    "synkar med en kö – konflikter löses av den som ändrade senast, utom för "
                    "signaturer."
                ),
                "tries": [
                    "Testar min vy i flygplansläge innan jag säger att den är klar.",
                    "Vill läsa mer om CRDT:er.",
                ],
            },
        ],
        "backlog": [
            ("offer", "Jag kan visa hur vi mäter Core Web Vitals i produktion", "", 3),
            (
                "request",
                "Jag vill höra om hur man ger feedback på design utan att det blir tyckande",
                "",
                5,
            ),
            (
                "offer",
                "Jag kan berätta om vår övergång till TypeScript strict mode",
                "Tre månader, 400 fel och varför det var värt det.",
                4,
            ),
            ("request", "Jag vill höra om säkerhetsgranskning av beroenden", "", 2),
            ("offer", "Jag kan visa genvägar i Android Studio som sparar tid", "", 1),
        ],
        "workshops": [
            {
                "title": "Visning: nya appen för fastighetsförvaltare",
                "days_ahead": 9,
                "time": "14:00",
                "duration": 60,
                "capacity": 24,
                "registrations": 27,
                "place": "Stora konferensrummet, Stockholm, och via länk",
                "video_url": "https://meet.nordlys.example/visning-fastighetsappen",
                "agenda": (
                    "Teamet visar appen som vi har byggt tillsammans med tre "
                    "fastighetsbolag under hösten.\n\n"
                    "1. Varför appen behövdes – förvaltarnas vardag (10 min)\n"
                    "2. Demo: felanmälan, rondering och offline-läge (20 min)\n"
                    "3. Vad vi lärde oss av användartesterna (15 min)\n"
                    "4. Frågor (15 min)\n\n"
                    "Öppen för alla på Nordlys. Anmäl dig – platserna i rummet är begränsade, "
                    "men länken räcker till alla."
                ),
            },
        ],
    },
    {
        "key": "sv-pmo",
        "kind": "team",
        "name": "Projektkontorets lärmöte",
        "description": (
            "En kvart varannan måndag där vi delar erfarenheter från projekten: planering, "
            "risker, kunddialog och allt det andra som inte står i metodboken."
        ),
        "units": ["NL-PMO"],
        "join_policy": "open",
        "visibility": "listed",
        "meeting": {
            "title": "Lärmöte",
            "weekday": 0,
            "time": "13:00",
            "duration": 15,
            "interval": 2,
            "timezone": "Europe/Stockholm",
            "place": "",
            "video_url": "https://meet.nordlys.example/pmo-larmote",
            "agenda": "1. Dagens erfarenhet (10 min)\n2. Vad tar vi med oss? (5 min)",
        },
        "sessions": [
            {
                "title": "Riskregistret som ingen läste",
                "topics": ["risk-management"],
                "notes": (
                    "Ett register med 84 risker hjälper ingen. Vi plockade ut de fem som "
                    "faktiskt kan stoppa projektet och tar upp dem på varje styrgruppsmöte."
                ),
                "tries": [
                    "Jag kortar ner mitt riskregister till topp fem inför nästa styrgrupp.",
                    "Frågar kunden vilken risk som oroar dem mest.",
                ],
            },
            {
                "title": "Att säga nej till en ändring utan att förstöra relationen",
                "topics": ["stakeholder-management", "negotiation"],
                "notes": (
                    "Börja med vad kunden vill uppnå, visa vad ändringen kostar i tid och pengar "
                    "och ge två alternativ. Ett rakt nej utan alternativ blir ett bråk."
                ),
                "tries": [
                    "Tar med två alternativ nästa gång jag behöver säga nej.",
                    "Skriver ner konsekvenserna av ändringen innan mötet.",
                    "Vill öva på det här med min mentor.",
                ],
                "reflection": (
                    "Ett ämne som engagerade alla. Vi borde göra ett rollspel nästa gång."
                ),
            },
            {
                "title": "Retrospektiv på 15 minuter",
                "topics": ["agile", "facilitation"],
                "notes": (
                    "Tre frågor, fem minuter var, en åtgärd. Fungerar även i stressade veckor."
                ),
                "tries": ["Kör en kort retro med mitt team på fredag."],
            },
            {
                "title": "Så fick vi styrgruppen att fatta beslut på mötet",
                "topics": ["project-management"],
                "notes": (
                    "Skicka beslutsunderlaget tre dagar innan, med ett förslag till beslut "
                    "överst. Resten är bilagor."
                ),
                "tries": [
                    "Skriver förslag till beslut överst i nästa underlag.",
                    "Skickar underlaget på torsdag i stället för morgonen samma dag.",
                ],
                "actions": [("Uppdatera mallen för styrgruppsunderlag", False)],
            },
        ],
        "backlog": [
            ("request", "Jag vill höra om hur andra uppskattar tid i anbudsfasen", "", 3),
            ("offer", "Jag kan dela vår mall för projektstart", "", 2),
        ],
    },
    {
        "key": "sv-sustainability",
        "kind": "network",
        "name": "Nätverket för hållbart byggande",
        "description": (
            "Ett tvärfunktionellt nätverk för alla som arbetar med klimat och miljö i bygg- och "
            "infrastrukturprojekt: ingenjörer, miljökonsulter, KMA, anbud och projektledning från "
            "Göteborg, Bergen, Aarhus och Stockholm. Vi ses en gång i månaden och delar det vi "
            "har lärt oss – på svenska, norska eller danska, vi förstår varandra."
        ),
        "units": ["NL-BUILDINGS", "NL-ENERGY", "NL-WATER", "NL-HSE", "NL-BIDS", "NL-PMO"],
        "size": 22,
        "join_policy": "open",
        "visibility": "listed",
        "meeting": {
            "kind": "session",
            "title": "Nätverksträff",
            "weekday": 3,
            "time": "15:00",
            "duration": 45,
            "interval": 4,
            "timezone": "Europe/Stockholm",
            "place": "",
            "video_url": "https://meet.nordlys.example/hallbart-byggande",
            "agenda": (
                "1. Runda: vad händer i era projekt? (10 min)\n"
                "2. Dagens fall (20 min)\n"
                "3. Diskussion och vad vi tar med oss (15 min)"
            ),
        },
        "sessions": [
            {
                "title": "Klimatdeklaration i praktiken: ett år med de nya kraven",
                "topics": ["sustainability", "structural-engineering"],
                "notes": (
                    "Buildings berättade om de första tolv klimatdeklarationerna. Betongen står "
                    "för över hälften av utsläppen i nästan alla projekt.\n\n"
                    "Bergen har samma erfarenhet med de norska kraven – vi jämför verktyg nästa "
                    "gång."
                ),
                "tries": [
                    "Tar fram klimatdata för betongen redan i förstudien.",
                    "Jag jämför våra siffror med Bergens projekt.",
                ],
            },
            {
                "title": "Återbruk av byggmaterial – vem tar risken?",
                "topics": ["sustainability", "contract-management"],
                "notes": (
                    "Juridiken är svårare än tekniken. Vi behöver standardskrivningar om "
                    "garantier för återbrukat material i våra avtal."
                ),
                "tries": [
                    "Frågar Legal om det finns skrivningar från andra projekt.",
                    "Föreslår återbruk av innerdörrar i mitt nästa projekt.",
                    "Läser rapporten från Rådet för byggkompetens.",
                ],
                "actions": [("Samla avtalsskrivningar om återbruk", False)],
            },
            {
                "title": "Så ställer offentliga beställare miljökrav i anbud",
                "topics": ["public-procurement", "sustainability"],
                "notes": (
                    "Anbudsteamet gick igenom tre förfrågningar från Danmark, Sverige och Norge. "
                    "Norge viktar miljö högst, ofta 30 %."
                ),
                "tries": ["Lägger in miljöreferenser från nätverket i vår anbudsbank."],
            },
        ],
        "backlog": [
            ("offer", "Jag kan visa hur vi räknar på solceller på tak i Bergen", "", 4),
            ("request", "Jag vill höra om erfarenheter av träbyggnad i flera våningar", "", 6),
        ],
    },
]
