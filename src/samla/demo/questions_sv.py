"""Demo questions in Swedish, asked and answered the way colleagues at Nordlys Group would.

The keys are described in `samla.demo.questions`; the seeder picks the actual people.
"""

from __future__ import annotations

from typing import Any

QUESTIONS: list[dict[str, Any]] = [
    {
        "key": "sv-q01",
        "area": "software",
        "title": "Hur typar man props för en komponent som kan vara både länk och knapp?",
        "body": (
            "Vi har en `Action`-komponent i designsystemet som ska rendera `<a>` om den får "
            "`href` och annars `<button>`. Just nu är alla props valfria och TypeScript "
            'klagar inte ens när man skickar `href` och `type="submit"` samtidigt. Hur gör '
            "ni?"
        ),
        "topics": ["typescript", "react"],
        "audience": "organisation",
        "days_ago": 33,
        "same": 1,
        "answers": [
            {
                "by": "expert",
                "accepted": True,
                "votes": 6,
                "body": (
                    "Använd en diskriminerad union, så att de två varianterna utesluter "
                    "varandra:\n\n"
                    "```ts\ntype LinkProps = { href: string } & "
                    "React.AnchorHTMLAttributes<HTMLAnchorElement>;\n"
                    "type ButtonProps = { href?: never } & "
                    "React.ButtonHTMLAttributes<HTMLButtonElement>;\n"
                    "type ActionProps = LinkProps | ButtonProps;\n```\n\n"
                    'I komponenten räcker det med `if ("href" in props && props.href)` för att '
                    "TypeScript ska smalna av typen. `href?: never` är tricket som gör att "
                    "knappvarianten inte tar emot `href`."
                ),
                "comments": [
                    {"by": "asker", "body": "`never` var biten jag saknade. Tack!"},
                ],
            },
        ],
    },
    {
        "key": "sv-q02",
        "anonymous": True,
        "area": "software",
        "title": (
            "Jag förstår inte vad vi menar med ”definition of done” och har nickat i månader"
        ),
        "body": (
            "Vår scrum master pratar om att något ”inte uppfyller DoD” och alla nickar. Jag "
            "har också nickat, men jag vet faktiskt inte var den står eller vad den innehåller. "
            "Nu känns det för sent att fråga på planeringen. Hur brukar det se ut hos er?"
        ),
        "topics": ["agile"],
        "audience": "organisation",
        "days_ago": 18,
        "same": 5,
        "answers": [
            {
                "by": "expert",
                "accepted": True,
                "votes": 8,
                "body": (
                    "Det är aldrig för sent att fråga – och jag lovar att du inte är ensam.\n\n"
                    "Definition of done är teamets gemensamma checklista för när något är "
                    "*klart på riktigt*, inte bara ”kodat”. Hos oss står den i teamets wiki "
                    "och ser ut ungefär så här:\n\n"
                    "- koden är granskad av någon annan\n"
                    "- automatiska tester finns och går igenom\n"
                    "- det är driftsatt i testmiljön\n"
                    "- dokumentation och release notes är uppdaterade\n\n"
                    "Hittar du den inte hos er är det ett tecken på att den behöver lyftas på "
                    "nästa retro. Det kan du göra utan att säga att du inte förstått – fråga "
                    "bara ”kan vi gå igenom vår DoD igen, den verkar tolkas olika?”. Det "
                    "stämmer nästan alltid."
                ),
                "comments": [
                    {
                        "by": "asker",
                        "body": (
                            "Jag frågade så på retron. Det visade sig att två andra inte heller "
                            "visste var den låg."
                        ),
                    },
                ],
            },
            {
                "by": "any",
                "votes": 3,
                "body": (
                    "Som scrum master blir jag bara glad när någon frågar. Vi glömmer lätt att "
                    "sådant vi säger varje dag inte är självklart för den som är ny."
                ),
            },
        ],
    },
    {
        "key": "sv-q03",
        "area": "projects",
        "title": "Hur lägger ni upp startmötet med en ny beställare?",
        "body": (
            "Jag ska leda mitt första eget uppdrag och har startmöte med kommunens "
            "projektledare nästa vecka. Vad brukar ni ha med på agendan, och vad önskar ni att "
            "ni hade frågat om från början?"
        ),
        "topics": ["project-management", "stakeholder-management"],
        "audience": "organisation",
        "days_ago": 52,
        "same": 2,
        "answers": [
            {
                "by": "expert",
                "accepted": True,
                "votes": 7,
                "body": (
                    "Min standardagenda (90 minuter):\n\n"
                    "1. Syfte och effektmål – *varför* gör de det här, och hur vet vi att det "
                    "lyckats?\n"
                    "2. Avgränsningar: vad ingår inte?\n"
                    "3. Vem beslutar vad, och vem ska vi prata med i förvaltningen?\n"
                    "4. Tidplan och kända beroenden (politiska beslut, semestrar).\n"
                    "5. Hur vi hanterar ändringar och ÄTA.\n"
                    "6. Hur de vill bli uppdaterade – veckomejl, möte, något annat?\n\n"
                    "Punkt 5 är den jag önskar att jag tagit upp tidigare i mina första "
                    "uppdrag. Det är mycket lättare att prata om ändringar innan det finns några."
                ),
            },
            {
                "by": "expert",
                "votes": 2,
                "body": (
                    "Skicka en kort minnesanteckning samma dag med det ni kom överens om. Det "
                    "blir ert första gemensamma dokument och sparar många diskussioner senare."
                ),
            },
        ],
    },
    {
        "key": "sv-q04",
        "area": "finance",
        "title": "Hur periodiserar jag en licensfaktura som gäller hela året?",
        "body": (
            "Vi fick en faktura i november på 240 000 kr för programvarulicenser som gäller "
            "december–november. Ska hela beloppet bokas som kostnad nu, eller hur gör vi?"
        ),
        "topics": ["financial-reporting", "budgeting"],
        "audience": "organisation",
        "days_ago": 26,
        "answers": [
            {
                "by": "expert",
                "accepted": True,
                "votes": 4,
                "body": (
                    "Den ska periodiseras. Boka hela fakturan mot *förutbetalda kostnader* "
                    "(1710) och lös upp 20 000 kr i månaden mot kostnadskontot från december. "
                    "Lägg upp det som en periodiseringsmall i ekonomisystemet, så sköter det sig "
                    "självt.\n\n"
                    "Beloppsgränsen för att periodisera hos oss är 25 000 kr, så mindre "
                    "fakturor kan du kostnadsföra direkt."
                ),
            },
        ],
    },
    {
        "key": "sv-q05",
        "area": "data",
        "asker": "leader",
        "title": "Hur får man en ny kollega på distans att känna sig välkommen?",
        "body": (
            "Vi får en ny data engineer som ska jobba från Göteborg medan resten av teamet "
            "sitter i Stockholm. Vad har ni gjort som faktiskt fungerat för introduktionen?"
        ),
        "topics": ["onboarding", "team-leadership"],
        "audience": "organisation",
        "days_ago": 44,
        "same": 2,
        "answers": [
            {
                "by": "expert",
                "accepted": True,
                "votes": 6,
                "body": (
                    "Det som gjort störst skillnad hos oss:\n\n"
                    "- **Första veckan på plats** i Stockholm, med en fadder som har avsatt "
                    "tid – inte ”fråga mig om något”.\n"
                    "- En daglig avstämning på 15 minuter de första två veckorna, även om det "
                    "inte finns något att säga.\n"
                    "- Mötesregel: är en person på distans är alla på distans (var och en vid "
                    "sin dator). Annars hamnar den som sitter hemma utanför samtalet.\n"
                    "- En första riktig uppgift redan vecka ett, liten men på riktigt."
                ),
            },
            {
                "by": "any",
                "votes": 3,
                "body": (
                    "Jag började på distans själv. Det som betydde mest var att någon ringde "
                    "en spontan kaffe på fredagen den första veckan. Låter litet, men jag "
                    "minns det fortfarande."
                ),
            },
        ],
    },
    {
        "key": "sv-q06",
        "anonymous": True,
        "area": "any",
        "title": "Hur vet man när det är dags att säga till att man har för mycket?",
        "body": (
            "Jag sover dåligt och tänker på jobbet på kvällarna, men jag klarar fortfarande "
            "mina leveranser. Alla andra verkar ha lika mycket. Är det här normalt, eller "
            "borde jag säga något? Och i så fall till vem?"
        ),
        "topics": ["team-leadership", "coaching"],
        "audience": "organisation",
        "days_ago": 10,
        "same": 7,
        "answers": [
            {
                "by": "lead",
                "accepted": True,
                "votes": 12,
                "body": (
                    "Att du sover dåligt och inte kan släppa jobbet är precis den signal som "
                    "gör att det är dags att säga till – innan leveranserna påverkas, inte "
                    "efter.\n\n"
                    "- Prata i första hand med din chef. Säg hur det *är*, inte att du ”inte "
                    "klarar det”: ”Jag har haft svårt att varva ner i några veckor.”\n"
                    "- Vill du inte börja där kan du prata med HR eller skyddsombudet, eller "
                    "ringa företagshälsovården direkt. Det är konfidentiellt.\n"
                    "- Att alla andra verkar ha lika mycket betyder inte att det är rimligt. "
                    "Det kan betyda att fler behöver säga till.\n\n"
                    "Ta hand om dig."
                ),
                "comments": [
                    {
                        "by": "asker",
                        "body": (
                            "Tack. Jag har bokat en tid med min chef och skrivit ner vad jag "
                            "vill säga."
                        ),
                    },
                ],
            },
            {
                "by": "any",
                "votes": 6,
                "body": (
                    "Jag väntade för länge förra året och blev sjukskriven i två månader. Säg "
                    "till nu. Det var ingen som tyckte illa om mig för att jag gjorde det – "
                    "de önskade bara att jag gjort det tidigare."
                ),
            },
        ],
    },
    {
        "key": "sv-q07",
        "area": "service",
        "title": "Vad är skillnaden mellan en incident och ett problem i ärendesystemet?",
        "body": (
            "Jag är ny på servicedesken. När ska jag skapa ett problemärende i stället för att "
            "bara lösa incidenten? Samma skrivare har krånglat fyra gånger den här veckan."
        ),
        "topics": ["itil"],
        "audience": "organisation",
        "days_ago": 36,
        "answers": [
            {
                "by": "expert",
                "accepted": True,
                "votes": 5,
                "body": (
                    "En **incident** är att något är trasigt för någon just nu – målet är att "
                    "få igång dem igen så fort som möjligt. Ett **problem** är den okända "
                    "orsaken bakom en eller flera incidenter – målet är att det inte ska hända "
                    "igen.\n\n"
                    "Din skrivare är ett skolboksexempel: fyra incidenter med samma symptom. "
                    "Skapa ett problemärende, koppla de fyra incidenterna till det och tilldela "
                    "det gruppen *Klient & print*. Vår tumregel är tre liknande incidenter på "
                    "en månad."
                ),
                "comments": [
                    {"by": "asker", "body": "Klart, och nu ser jag att det fanns två till."},
                ],
            },
        ],
    },
    {
        "key": "sv-q08",
        "area": "infrastructure",
        "title": "Hur hanterar ni krockar i samordningsmodellen när konstruktören inte svarar?",
        "body": (
            "Vi har 300 krockar mellan ventilation och bärande konstruktion i senaste "
            "samordningen. Konstruktören svarar inte på BCF-ärendena. Hur får ni fart på det?"
        ),
        "topics": ["bim", "stakeholder-management"],
        "audience": "organisation",
        "days_ago": 29,
        "answers": [
            {
                "by": "expert",
                "accepted": True,
                "votes": 4,
                "body": (
                    "300 ärenden är för många för att någon ska orka börja. Gruppera dem:\n\n"
                    "1. Filtrera bort toleranser under 50 mm och dubbletter – brukar halvera "
                    "listan.\n"
                    "2. Gruppera per våningsplan och system, och tilldela grupper, inte enskilda "
                    "krockar.\n"
                    "3. Ta de tio värsta på samordningsmötet med modellen på skärmen och "
                    "besluta där och då.\n\n"
                    "Får du fortfarande inget svar är det en fråga för uppdragsledaren och "
                    "tidplanen, inte för dig."
                ),
            },
            {
                "by": "any",
                "votes": 1,
                "body": (
                    "Ring. Seriöst – ett samtal på fem minuter har löst fler krockar åt mig än "
                    "alla BCF-ärenden tillsammans."
                ),
            },
        ],
    },
    {
        "key": "sv-q09",
        "area": "data",
        "title": "Varför blir min SQL-fråga så långsam när jag lägger till ORDER BY?",
        "body": (
            "Frågan tar 40 ms utan `ORDER BY created_at DESC LIMIT 50` och 6 sekunder med. "
            "Tabellen har 8 miljoner rader och det finns ett index på `customer_id`. Vad "
            "händer?"
        ),
        "topics": ["sql"],
        "audience": "organisation",
        "days_ago": 22,
        "same": 1,
        "answers": [
            {
                "by": "expert",
                "accepted": True,
                "votes": 7,
                "body": (
                    "Databasen hittar raderna för kunden snabbt, men måste sedan sortera alla "
                    "för att veta vilka 50 som är nyast. Skapa ett sammansatt index som matchar "
                    "både filtret och sorteringen:\n\n"
                    "```sql\nCREATE INDEX orders_customer_created\n"
                    "    ON orders (customer_id, created_at DESC);\n```\n\n"
                    "Kör `EXPLAIN ANALYZE` före och efter. Ser du `Sort` och `Seq Scan` i "
                    "planen före och `Index Scan` efter, är du hemma."
                ),
                "comments": [
                    {"by": "asker", "body": "Ned till 3 ms. Jag hade aldrig tänkt på ordningen."},
                ],
            },
        ],
    },
    {
        "key": "sv-q10",
        "area": "service",
        "title": "Kunden ringer arg för tredje gången om samma ärende – hur tar jag samtalet?",
        "body": (
            "Det är en användare hos en kommun som inte kan logga in i verksamhetssystemet. "
            "Ärendet ligger hos leverantören och vi kan inte göra så mycket. Han blir argare "
            "för varje samtal och jag vet inte vad jag ska säga längre."
        ),
        "topics": ["customer-dialogue"],
        "audience": "organisation",
        "days_ago": 7,
        "same": 2,
        "answers": [
            {
                "by": "expert",
                "accepted": True,
                "votes": 5,
                "body": (
                    "Han är nog inte arg på dig, utan på att ingenting händer. Det som brukar "
                    "hjälpa:\n\n"
                    "- Bekräfta först: ”Jag förstår att det är frustrerande att fortfarande "
                    "inte komma in, det är tredje gången du ringer.”\n"
                    "- Säg vad du *kan* göra: ”Jag eskalerar ärendet till leverantörens "
                    "ärendeansvariga i dag och ringer dig senast i morgon klockan tio.”\n"
                    "- Ring sedan faktiskt – även om du inte har något nytt.\n\n"
                    "Finns det en tillfällig lösning (annan dator, en kollegas behörighet)? "
                    "Fråga hans chef, det brukar vara det som tar udden av det."
                ),
            },
        ],
    },
    {
        "key": "sv-q11",
        "area": "infrastructure",
        "title": "Tips på en incheckning till ett lärmöte som inte känns fånig?",
        "body": (
            "Jag har fått höra att ”väderleksrapporter” känns krystat i vårt team av "
            "ingenjörer. Samtidigt vill jag att alla säger något i början. Vad använder ni?"
        ),
        "topics": ["facilitation"],
        "audience": "organisation",
        "days_ago": 59,
        "answers": [
            {
                "by": "lead",
                "accepted": True,
                "votes": 6,
                "body": (
                    "Koppla incheckningen till ämnet, så känns den som en del av mötet. "
                    "Några jag använder:\n\n"
                    "- ”En sak du tror att vi kommer att vara oeniga om i dag?”\n"
                    "- ”Vad var det första tecknet på att något gick snett – för dig?”\n"
                    "- ”En mening: vad hoppas du att vi har bestämt när vi går härifrån?”\n\n"
                    "Håll den kort (en mening var) och gå först själv, så sätter du nivån."
                ),
            },
            {
                "by": "any",
                "votes": 2,
                "body": (
                    "Vi kör ”en siffra 1–5 för hur mycket tid du har i huvudet just nu”. "
                    "Ingen behöver förklara sig, och det säger ändå mycket."
                ),
            },
        ],
    },
    {
        "key": "sv-q12",
        "area": "design",
        "title": "Hur många användare behöver vi intervjua innan vi kan dra slutsatser?",
        "body": (
            "Beställaren vill ha ”statistiskt säkerställda” resultat från våra "
            "användarintervjuer. Vi har budget för åtta. Hur förklarar jag vad kvalitativa "
            "intervjuer kan och inte kan ge?"
        ),
        "topics": ["ux-research", "statistics"],
        "audience": "organisation",
        "days_ago": 47,
        "answers": [
            {
                "by": "expert",
                "votes": 5,
                "body": (
                    "Intervjuer svarar på *varför* och *hur*, inte på *hur många*. Åtta "
                    "intervjuer räcker ofta för att se de mönster som återkommer – vi brukar "
                    "märka att det slutar komma nytt efter sex–åtta personer i samma "
                    "målgrupp.\n\n"
                    "Vill beställaren ha siffror: föreslå en kort enkät *efter* intervjuerna, "
                    "där ni testar hur vanliga mönstren är. Då får de båda delarna, i rätt "
                    "ordning."
                ),
            },
            {
                "by": "expert",
                "votes": 2,
                "body": (
                    "Se till att de åtta är spridda: olika roller, vana och gärna någon som "
                    "har slutat använda tjänsten. Det ger mer än åtta av samma sort."
                ),
            },
        ],
    },
    {
        "key": "sv-q13",
        "anonymous": True,
        "area": "any",
        "title": "Jag förstår fortfarande inte hur vi tjänar pengar på förvaltningsavtalen",
        "body": (
            "Jag har inte jobbat här så länge, och alla pratar om att förvaltningen är "
            "”grunden i affären”. Men vi gör ju mest små ändringar? Hur ser ekonomin ut i "
            "ett sådant avtal? Jag vill inte fråga min chef, det känns som något man borde veta."
        ),
        "topics": ["contract-management", "budgeting"],
        "audience": "organisation",
        "days_ago": 41,
        "same": 4,
        "answers": [
            {
                "by": "expert",
                "accepted": True,
                "votes": 9,
                "body": (
                    "Bra fråga, och det är inget man ”borde veta” – det förklaras sällan.\n\n"
                    "Ett typiskt förvaltningsavtal har två delar:\n\n"
                    "1. **En fast månadsavgift** för drift, övervakning, säkerhetsuppdateringar "
                    "och en viss mängd support. Den är förutsägbar för både kunden och oss, och "
                    "det är den som betalar en stor del av teamets löner.\n"
                    "2. **Löpande räkning** för ändringar och vidareutveckling utöver det som "
                    "ingår.\n\n"
                    "Avtalen löper ofta i tre–fyra år. Det gör att vi kan planera bemanning, och "
                    "de små ändringarna är där vi lär känna kundens verksamhet – och därifrån "
                    "kommer nästa stora uppdrag. Det är därför det kallas grunden."
                ),
                "comments": [
                    {"by": "asker", "body": "Nu förstår jag varför vi mäter tid så noga. Tack!"},
                ],
            },
        ],
    },
    {
        "key": "sv-q14",
        "area": "software",
        "title": "Hur länge får vi spara loggar med IP-adresser?",
        "body": (
            "Vi sparar webbserverns åtkomstloggar i ett år ”för säkerhets skull”. En kund "
            "frågar nu vilken rättslig grund vi har och varför det är ett år. Vad svarar vi?"
        ),
        "topics": ["gdpr", "security"],
        "audience": "organisation",
        "days_ago": 64,
        "answers": [
            {
                "by": "expert",
                "accepted": True,
                "votes": 5,
                "body": (
                    "IP-adresser är personuppgifter, så vi behöver både en grund och en "
                    "motiverad lagringstid. Grunden är berättigat intresse (att upptäcka och "
                    "utreda intrång). Lagringstiden ska motsvara hur länge vi faktiskt behöver "
                    "dem för det.\n\n"
                    "Vår riktlinje är **90 dagar** för åtkomstloggar och längre bara för "
                    "loggar kopplade till en pågående incident. ”Ett år för säkerhets skull” "
                    "håller inte. Se IMY:s vägledning om "
                    "[personuppgifter](https://www.imy.se/) och uppdatera gärna vår "
                    "behandlingsförteckning när ni ändrar."
                ),
            },
        ],
    },
    {
        "key": "sv-q15",
        "area": "software",
        "audience": "unit",
        "title": "Vem äger larmen i Grafana för betalflödet?",
        "body": (
            "Larmet *payment-latency-high* har gått tre nätter i rad och ingen verkar reagera. "
            "Det står inget team i larmets etiketter. Är det vi eller integrationsteamet?"
        ),
        "topics": ["observability"],
        "days_ago": 5,
        "answers": [
            {
                "by": "expert",
                "accepted": True,
                "votes": 2,
                "body": (
                    "Det är vårt sedan omorganisationen i augusti, men etiketten uppdaterades "
                    "aldrig. Jag lägger till `team=web` och kopplar det till vår "
                    "jourrotation i dag. Larmet går för att tröskeln är satt på medelvärdet – "
                    "vi borde larma på p95 i stället. Jag tar upp det på torsdagens "
                    "driftmöte."
                ),
            },
        ],
    },
    {
        "key": "sv-q16",
        "area": "any",
        "title": "Kan jag låta en AI-assistent sammanfatta kundmöten?",
        "body": (
            "Det skulle spara mycket tid att låta Copilot i Teams sammanfatta våra "
            "kundmöten. Får vi det, och vad behöver vi tänka på?"
        ),
        "topics": ["generative-ai", "gdpr"],
        "audience": "organisation",
        "days_ago": 15,
        "same": 3,
        "answers": [
            {
                "by": "expert",
                "accepted": True,
                "votes": 6,
                "body": (
                    "Ja, med Copilot i vår egen Microsoft 365-miljö – inte med gratistjänster "
                    "där texten lämnar vår tenant.\n\n"
                    "- **Berätta i början av mötet** att ni använder transkribering och "
                    "sammanfattning, och stäng av om någon inte vill.\n"
                    "- Läs igenom sammanfattningen innan du skickar den. Den missar ofta vem "
                    "som lovade vad.\n"
                    "- Transkriberingen sparas i mötets chatt. Radera den när sammanfattningen "
                    "är godkänd om det är känsligt."
                ),
            },
            {
                "by": "any",
                "votes": 2,
                "body": (
                    "Vissa kunder har egna regler. En av mina kommuner tillåter inte "
                    "inspelning alls, så fråga innan första mötet."
                ),
            },
        ],
    },
    {
        "key": "sv-q17",
        "area": "projects",
        "title": "Hur bedömer ni sannolikhet i riskregistret utan att det blir rena gissningar?",
        "body": (
            "Vi sätter 1–5 på sannolikhet och konsekvens, men i praktiken blir allt en trea. "
            "Finns det något sätt att göra bedömningen mer träffsäker?"
        ),
        "topics": ["risk-management", "project-management"],
        "audience": "organisation",
        "days_ago": 76,
        "answers": [
            {
                "by": "expert",
                "accepted": True,
                "votes": 4,
                "body": (
                    "Beskriv vad varje siffra betyder med något konkret. Hos oss:\n\n"
                    "| Sannolikhet | Det betyder |\n|---|---|\n"
                    "| 1 | har aldrig hänt hos oss |\n"
                    "| 3 | har hänt i något av de senaste fem uppdragen |\n"
                    "| 5 | händer i nästan alla uppdrag |\n\n"
                    "Ta bort trean helt om ni vill tvinga fram ett ställningstagande. Och låt "
                    "två personer bedöma var för sig innan ni jämför – skillnaderna är där "
                    "samtalet blir intressant."
                ),
            },
        ],
    },
    {
        "key": "sv-q18",
        "anonymous": True,
        "area": "any",
        "title": "Hur slutar man läsa innantill från sina bilder?",
        "body": (
            "Jag ska presentera vårt förslag för en styrgrupp om två veckor. När jag är nervös "
            "läser jag högt från bilderna, och jag märker att folk tappar intresset. Hur tränar "
            "man bort det?"
        ),
        "topics": ["presentation"],
        "audience": "organisation",
        "days_ago": 50,
        "same": 3,
        "answers": [
            {
                "by": "expert",
                "accepted": True,
                "votes": 7,
                "body": (
                    "Ta bort texten du läser från – då finns den inte att läsa. Konkret:\n\n"
                    "1. Skriv budskapet för varje bild som en rubrik i hel mening, och max tre "
                    "ord eller en bild under.\n"
                    "2. Lägg det du vill säga i talaranteckningarna, men som stödord.\n"
                    "3. Öva högt tre gånger, varav en inför en kollega. Spela gärna in dig "
                    "själv med mobilen – jobbigt men effektivt.\n\n"
                    "Nervositeten går inte bort, men den syns mycket mindre när du tittar på "
                    "publiken."
                ),
            },
            {
                "by": "lead",
                "votes": 3,
                "body": (
                    "Vi har ett presentationsträningspass varannan månad där man får öva inför "
                    "fem kollegor och få återkoppling. Säg till om du vill vara med på nästa."
                ),
            },
        ],
    },
    {
        "key": "sv-q19",
        "area": "finance",
        "title": "Går det att schemalägga export av en Power BI-rapport som pdf varje måndag?",
        "body": (
            "Ledningsgruppen vill ha månadsrapporten som pdf i inkorgen på måndagsmorgonen. "
            "Jag hittar prenumerationer men inte hur man får en bilaga. Någon som löst det?"
        ),
        "topics": ["power-bi"],
        "audience": "organisation",
        "days_ago": 3,
        "answers": [],
    },
    {
        "key": "sv-q20",
        "anonymous": True,
        "area": "any",
        "title": "Hur ber jag om återkoppling när chefen bara säger att allt är bra?",
        "body": (
            "Varje gång jag frågar hur jag ligger till säger min chef ”du gör ett bra jobb”. "
            "Det är skönt att höra, men jag vet inte vad jag ska utveckla för att ta nästa "
            "steg. Hur frågar man så att man får något konkret?"
        ),
        "topics": ["feedback"],
        "audience": "organisation",
        "days_ago": 2,
        "answers": [],
    },
]
