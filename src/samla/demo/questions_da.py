"""Demo questions in Danish, asked and answered the way colleagues at Nordlys Group would.

Each question is plain data (see `samla.demo.questions` for the keys): its title and body
(Markdown), topics (skill slugs from `samla.demo.skills`), the area the asker works in, its
audience, whether it was asked anonymously, when, and the answers, comments and "I have this
question too" it got. Keys are stable. The seeder picks the actual people.
"""

from __future__ import annotations

from typing import Any

QUESTIONS: list[dict[str, Any]] = [
    {
        "key": "da-q01",
        "account": "employee",
        "area": "software",
        "title": "Hvordan ser jeg loggen fra en pod, der allerede er blevet genstartet?",
        "body": (
            "Vores import-job i staging bliver genstartet et par gange i timen. Når jeg kører "
            "`kubectl logs`, får jeg kun loggen fra den nye container, og den ser helt normal "
            "ud. Hvordan får jeg fat i det, der skete lige *før* den døde?"
        ),
        "topics": ["kubernetes", "observability"],
        "audience": "organisation",
        "days_ago": 9,
        "same": 2,
        "answers": [
            {
                "by": "manager",
                "accepted": True,
                "votes": 5,
                "body": (
                    "Brug `--previous`:\n\n"
                    "```\nkubectl logs <pod> -c <container> --previous\n```\n\n"
                    "Det giver dig loggen fra den forrige container i samme pod. Tjek også "
                    "`kubectl describe pod <pod>` og kig under *Last State*: står der "
                    "`OOMKilled`, er det memory-limit, der er for lav, og så står der sjældent "
                    "noget brugbart i loggen. Er den væk helt, ligger loggen stadig i Loki i "
                    '14 dage – søg på `{namespace="staging", pod=~"import-.*"}`.'
                ),
                "comments": [
                    {
                        "by": "asker",
                        "body": "Det var OOMKilled. Limit var 256Mi, og jobbet bruger 400. Tak!",
                    },
                ],
            },
            {
                "by": "expert",
                "votes": 2,
                "body": (
                    "Et lille tillæg: `kubectl get events --sort-by=.lastTimestamp -n staging` "
                    "viser også, *hvorfor* den blev genstartet (liveness probe, OOM, eviction). "
                    "Det er min første kommando, når noget genstarter."
                ),
            },
        ],
    },
    {
        "key": "da-q02",
        "area": "projects",
        "title": "Hvordan får jeg de stille kolleger med til et læringsmøde?",
        "body": (
            "Jeg skal facilitere vores første læringsmøde efter projektafleveringen. Sidst vi "
            "holdt et evalueringsmøde, var det de samme tre, der talte hele tiden. Hvordan "
            "giver jeg plads til dem, der ikke byder ind af sig selv, uden at udstille dem?"
        ),
        "topics": ["facilitation"],
        "audience": "organisation",
        "days_ago": 34,
        "same": 3,
        "answers": [
            {
                "by": "lead",
                "accepted": True,
                "votes": 7,
                "body": (
                    "Tre ting, der virker for mig:\n\n"
                    "1. **Skriv først, tal bagefter.** Stil spørgsmålet, og giv alle to minutter "
                    "til at skrive på en seddel hver for sig. Så har alle noget at sige.\n"
                    "2. **Runder i stedet for frit ordet** til de første spørgsmål. Man må gerne "
                    "sige »pas«, men det gør de færreste.\n"
                    "3. **Tal to og to** i fem minutter, før I samler op i plenum. Mange tør "
                    "godt sige noget til én kollega.\n\n"
                    "Og så: tål stilheden. Tæl langsomt til ti, før du selv siger noget."
                ),
            },
            {
                "by": "expert",
                "votes": 3,
                "body": (
                    "Jeg sender spørgsmålene ud dagen før. Dem, der gerne vil tænke sig om, "
                    "kommer så forberedt, og det er ofte dem, der har de skarpeste pointer."
                ),
                "comments": [
                    {"by": "asker", "body": "God idé, det gør jeg."},
                ],
            },
        ],
    },
    {
        "key": "da-q03",
        "anonymous": True,
        "area": "any",
        "title": "Jeg fik kritik foran hele teamet og ved ikke, hvordan jeg skal tage det op",
        "body": (
            "Til et teammøde sagde en kollega, at min del af leverancen »ikke var god nok til at "
            "sende til kunden«, mens alle hørte på det. Han har måske ret i noget af det, men jeg "
            "blev så flov, at jeg ikke fik sagt noget. Nu går jeg og undgår ham. Hvordan tager "
            "jeg det op uden at gøre det værre?"
        ),
        "topics": ["feedback"],
        "audience": "organisation",
        "days_ago": 21,
        "same": 4,
        "answers": [
            {
                "by": "lead",
                "accepted": True,
                "votes": 9,
                "body": (
                    "Det er helt forståeligt, at du blev flov – og godt, at du vil tage det op i "
                    "stedet for at lade det ligge. Mit forslag:\n\n"
                    "- Tag det på tomandshånd, ikke på Teams i en tråd.\n"
                    "- Skil indhold og form ad: »Jeg vil gerne høre, hvad du mener, der mangler. "
                    "Men jeg vil hellere have det fra dig direkte end på teammødet.«\n"
                    "- Spørg konkret: Hvad skulle der til, for at det var godt nok?\n\n"
                    "De fleste, der giver kritik i plenum, har ikke tænkt over, hvordan det "
                    "lander. Det hjælper dem også at få det at vide."
                ),
                "comments": [
                    {
                        "by": "asker",
                        "body": (
                            "Tak. Jeg tog en kop kaffe med ham i går. Han havde slet ikke "
                            "tænkt over det og sagde undskyld."
                        ),
                    },
                ],
            },
            {
                "by": "any",
                "votes": 3,
                "body": (
                    "Jeg har stået samme sted. Det, der hjalp mig, var at skrive ned, hvad han "
                    "faktisk sagde, og hvad jeg *hørte*. Der var stor forskel."
                ),
            },
        ],
    },
    {
        "key": "da-q04",
        "area": "customer",
        "title": "Må jeg sende en kundes medarbejderliste over Teams-chatten?",
        "body": (
            "Kunden har sendt mig en Excel-fil med navne, e-mails og afdelinger på 120 "
            "medarbejdere, som vi skal oprette i systemet. En kollega beder mig sende den til "
            "ham på Teams. Er det i orden, eller skal den ligge et bestemt sted?"
        ),
        "topics": ["gdpr"],
        "audience": "organisation",
        "days_ago": 48,
        "same": 1,
        "answers": [
            {
                "by": "expert",
                "accepted": True,
                "votes": 6,
                "body": (
                    "Del den ikke som vedhæftet fil i chatten – så ligger der kopier i "
                    "OneDrive hos begge, og dem glemmer man at slette.\n\n"
                    "Læg filen i kundens projektkanal under *Filer*, hvor kun projektgruppen har "
                    "adgang, og send et link. Slet den, når brugerne er oprettet, og skriv i "
                    "projektloggen, at det er gjort. Det står i vores databehandleraftale med "
                    "kunden, at vi kun må opbevare oplysningerne, så længe opgaven varer.\n\n"
                    "Datatilsynet har en god side om det: "
                    "[Sikkerhed ved behandling](https://www.datatilsynet.dk/)."
                ),
            },
        ],
    },
    {
        "key": "da-q05",
        "area": "finance",
        "title": "Pivottabel, der selv tager nye rækker med?",
        "body": (
            "Jeg har en pivottabel over timeforbrug, som bygger på et udtræk, hvor der kommer "
            "nye rækker hver uge. Hver gang skal jeg ændre datakilden manuelt. Kan man få den "
            "til at tage de nye rækker med af sig selv?"
        ),
        "topics": ["excel"],
        "audience": "organisation",
        "days_ago": 63,
        "answers": [
            {
                "by": "expert",
                "accepted": True,
                "votes": 8,
                "body": (
                    "Ja – lav dine data om til en tabel først:\n\n"
                    "1. Klik et sted i dataene, og tryk **Ctrl+T**.\n"
                    "2. Giv tabellen et navn under *Tabeldesign*, fx `Timer`.\n"
                    "3. Ret pivottabellens datakilde til `Timer` (én gang).\n\n"
                    "Nu vokser tabellen, når du indsætter nye rækker under den, og du skal kun "
                    "trykke *Opdater alle*. Henter du udtrækket fra en fil hver uge, så kig på "
                    "Power Query – så er det én knap."
                ),
                "comments": [
                    {"by": "asker", "body": "Det sparer mig et kvarter hver mandag. Tak!"},
                ],
            },
        ],
    },
    {
        "key": "da-q06",
        "area": "any",
        "title": "Hvad skal jeg nå i min første uge – ud over at få adgang til systemerne?",
        "body": (
            "Jeg startede i mandags. IT er på plads, og jeg har fået min introplan, men den er "
            "mest møder. Hvad ville I selv ønske, at I havde gjort den første uge?"
        ),
        "topics": ["onboarding"],
        "audience": "organisation",
        "days_ago": 27,
        "comments": [
            {"by": "any", "body": "Velkommen til! Spørg endelig løs herinde."},
        ],
        "answers": [
            {
                "by": "expert",
                "accepted": True,
                "votes": 5,
                "body": (
                    "- Book 20 minutters kaffe med én fra hvert team, du skal arbejde sammen "
                    "med. Spørg: *Hvad skal jeg vide om jer, som ikke står nogen steder?*\n"
                    "- Find ud af, hvem der er din sidemakker, og hvornår I ses fast.\n"
                    "- Skriv de spørgsmål ned, du ikke får svar på. Efter to uger er de svære "
                    "at huske, og det er dem, der gør introforløbet bedre for den næste."
                ),
            },
            {
                "by": "any",
                "votes": 2,
                "body": (
                    "Kig i historierne herinde under dit fagområde. Jeg lærte mere om, hvordan "
                    "vi arbejder, af at læse to-tre læringshistorier end af alle slides i "
                    "introduktionen."
                ),
            },
        ],
    },
    {
        "key": "da-q07",
        "anonymous": True,
        "area": "software",
        "title": "Jeg forstår ikke virtuelle miljøer i Python og tør ikke spørge igen",
        "body": (
            "Jeg er ret ny som udvikler. Alle i teamet taler om venv, uv og »bare aktivér "
            "miljøet«, og jeg har nikket, men jeg forstår ikke, hvad der sker. Nogle gange "
            "virker `import` i terminalen og ikke i VS Code. Jeg har spurgt én gang og fået et "
            "hurtigt svar, jeg ikke forstod. Kan nogen forklare det, som om jeg var fem?"
        ),
        "topics": ["python"],
        "audience": "organisation",
        "days_ago": 16,
        "same": 5,
        "answers": [
            {
                "by": "expert",
                "accepted": True,
                "votes": 11,
                "body": (
                    "Godt spørgsmål – det er der mange, der ikke får forklaret ordentligt.\n\n"
                    "Et virtuelt miljø er bare **en mappe med sin egen Python og sine egne "
                    "pakker** (typisk `.venv` i projektet). Når du »aktiverer« det, sætter du "
                    "din terminal til at bruge den Python i stedet for den på maskinen.\n\n"
                    "Det, du oplever, er næsten altid, at terminalen og VS Code bruger hver "
                    "sin Python. Sådan løser du det:\n\n"
                    "1. I projektmappen: `uv sync` (eller `python -m venv .venv` og "
                    "`pip install -e .`).\n"
                    "2. I VS Code: **Ctrl+Shift+P → Python: Select Interpreter** og vælg den, "
                    "der ligger i `.venv`.\n"
                    '3. Tjek med `python -c "import sys; print(sys.executable)"` i begge – '
                    "stien skal være den samme.\n\n"
                    "Skriv gerne, hvis det stadig driller, så tager vi en skærmdeling."
                ),
                "comments": [
                    {
                        "by": "asker",
                        "body": "Punkt 2 var hele problemet. Nu giver det mening. Tusind tak.",
                    },
                ],
            },
            {
                "by": "any",
                "votes": 4,
                "body": (
                    "Jeg har været udvikler i otte år og skulle selv slå det op sidste måned. "
                    "Du er ikke den eneste."
                ),
            },
        ],
    },
    {
        "key": "da-q08",
        "area": "sales",
        "title": "Hvordan skriver man en god kvalitetsbeskrivelse til et offentligt udbud?",
        "body": (
            "Jeg skal for første gang skrive løsningsbeskrivelsen til et udbud på "
            "rådgivning for en kommune. Tildelingskriteriet er 60 % kvalitet. Hvad lægger "
            "evaluatorerne vægt på, og hvad skal jeg undgå?"
        ),
        "topics": ["public-procurement", "bid-writing"],
        "audience": "organisation",
        "days_ago": 71,
        "same": 2,
        "answers": [
            {
                "by": "expert",
                "accepted": True,
                "votes": 6,
                "body": (
                    "Det vigtigste: **svar på underkriterierne i den rækkefølge, de står i "
                    "udbudsmaterialet**, og brug deres overskrifter. Evaluatorerne sidder med et "
                    "skema og skal kunne finde dit svar på hvert punkt.\n\n"
                    "- Skriv konkret: hvem gør hvad, hvornår, og hvordan kunden mærker det.\n"
                    "- Undgå salgssprog (»markedsførende«, »helhedsorienteret«). Det giver ikke "
                    "point.\n"
                    "- Brug én reference pr. påstand, hvor det kan lade sig gøre.\n"
                    "- Bed om en aktindsigt i vinderens besvarelse, når vi taber. Det er den "
                    "bedste læring, vi får."
                ),
            },
            {
                "by": "expert",
                "votes": 3,
                "body": (
                    "Læs også evalueringsnotatet fra sidste gang, kommunen udbød noget "
                    "lignende, hvis det findes. Det siger præcis, hvad de trak ned for."
                ),
            },
        ],
    },
    {
        "key": "da-q09",
        "area": "software",
        "title": "Hvad gør I med tests, der fejler tilfældigt i pipelinen?",
        "body": (
            "To af vores integrationstests fejler cirka hver tiende gang i CI, men aldrig "
            "lokalt. Folk trykker bare *Re-run*. Hvordan griber I det an?"
        ),
        "topics": ["ci-cd", "automated-testing"],
        "audience": "organisation",
        "days_ago": 40,
        "answers": [
            {
                "by": "expert",
                "votes": 5,
                "body": (
                    "Vi har en fast regel: en flaky test bliver markeret med "
                    "`@pytest.mark.flaky` og får en opgave på tavlen samme dag. Den må højst "
                    "være markeret i to uger, så skal den rettes eller slettes.\n\n"
                    "Typiske årsager hos os: tid (`datetime.now()` uden fast ur), rækkefølge "
                    "(tests, der deler data) og ventetider (`sleep(1)` i stedet for at vente på "
                    "en tilstand). Kør testen 50 gange i træk med `pytest --count=50` "
                    "(pytest-repeat) – så finder du den som regel lokalt."
                ),
            },
            {
                "by": "any",
                "votes": 1,
                "body": (
                    "Tjek også, om CI-maskinerne kører med færre kerner end din laptop. Vi "
                    "havde en timeout, der kun ramte, når runneren var presset."
                ),
            },
        ],
    },
    {
        "key": "da-q10",
        "anonymous": True,
        "area": "any",
        "title": "Hvordan siger jeg nej til flere opgaver uden at virke uengageret?",
        "body": (
            "Jeg er med på tre projekter og bliver spurgt, om jeg kan tage et fjerde. Jeg "
            "arbejder allerede om aftenen for at nå det hele. Jeg vil gerne være en, man kan "
            "regne med, men jeg kan mærke, at det ikke holder. Hvordan siger man nej på en "
            "ordentlig måde?"
        ),
        "topics": ["feedback", "coaching"],
        "audience": "organisation",
        "days_ago": 12,
        "same": 6,
        "answers": [
            {
                "by": "lead",
                "accepted": True,
                "votes": 10,
                "body": (
                    "Du behøver ikke sige nej – du kan sige **»ja, hvis«**: »Jeg vil gerne, men "
                    "så skal vi finde ud af, hvad jeg skal lægge fra mig. Hvad er vigtigst?« "
                    "Så bliver prioriteringen din leders opgave, hvor den hører hjemme.\n\n"
                    "Tag en oversigt med over, hvad du bruger tiden på nu. Det er svært at "
                    "diskutere med en liste.\n\n"
                    "Og at du arbejder om aftenen for at nå det: det skal din leder vide. Det er "
                    "ikke at klage, det er information, de har brug for."
                ),
                "comments": [
                    {
                        "by": "asker",
                        "body": (
                            "»Ja, hvis« kan jeg godt sige. Jeg tager listen med til min 1:1 på "
                            "torsdag."
                        ),
                    },
                ],
            },
            {
                "by": "any",
                "votes": 5,
                "body": (
                    "Som leder vil jeg meget hellere høre det nu end om et halvt år, når du er "
                    "kørt ned. Det er ikke uengageret at sige fra – det er professionelt."
                ),
            },
            {
                "by": "any",
                "votes": 2,
                "body": (
                    "Prøv at skrive din uge ind i kalenderen, også de ting der ikke er møder. "
                    "Det gjorde det tydeligt for både mig og min leder, at der ikke var plads."
                ),
            },
        ],
    },
    {
        "key": "da-q11",
        "area": "infrastructure",
        "title": "Hvilken gentagelsesperiode dimensionerer I LAR-anlæg efter?",
        "body": (
            "Vi er ved at projektere regnbede og et forsinkelsesbassin i et nyt boligområde. "
            "Kommunen skriver »efter gældende praksis«. Bruger I 5-års- eller 10-årshændelsen, "
            "og hvilket klimatillæg lægger I på?"
        ),
        "topics": ["water-engineering", "sustainability"],
        "audience": "organisation",
        "days_ago": 19,
        "answers": [
            {
                "by": "expert",
                "votes": 2,
                "body": (
                    "Hos de fleste kommuner, vi arbejder for, er det Skrift 30 og 5-årshændelsen "
                    "for afløbssystemet med klimafaktor 1,3 og sikkerhedsfaktor 1,2. Til selve "
                    "regnbedene regner vi ofte på en 10-årshændelse, fordi de også skal klare "
                    "skybrud uden at oversvømme kældre. Men spørg kommunens spildevandsplan – "
                    "nogle har skærpet kravene efter 2011."
                ),
                "comments": [
                    {
                        "by": "asker",
                        "body": "Tak, jeg ringer til forsyningen og får det bekræftet.",
                    },
                ],
            },
        ],
    },
    {
        "key": "da-q12",
        "area": "projects",
        "title": "Kunden vil have ekstraarbejde uden tillægsaftale – hvordan siger jeg det pænt?",
        "body": (
            "Vores kontaktperson hos kunden beder løbende om »små ændringer«, som tilsammen er "
            "blevet til flere dages arbejde. Hun er sød, og jeg vil ikke ødelægge relationen, "
            "men det ligger uden for aftalen. Hvordan tager I den snak?"
        ),
        "topics": ["customer-dialogue", "contract-management"],
        "audience": "organisation",
        "days_ago": 55,
        "same": 3,
        "answers": [
            {
                "by": "expert",
                "accepted": True,
                "votes": 7,
                "body": (
                    "Tag den tidligt og sagligt – det er sværere efter ti dage end efter to.\n\n"
                    "Jeg siger typisk: »Det her kan vi sagtens hjælpe med. Det ligger uden for "
                    "den nuværende aftale, så jeg sender dig et kort overslag, før vi går i "
                    "gang.« Så er det en service, ikke en regning bagefter.\n\n"
                    "Hav en ændringslog, som I kigger på sammen hver anden uge. Så bliver det "
                    "aldrig en overraskelse for nogen af jer."
                ),
            },
            {
                "by": "expert",
                "votes": 2,
                "body": (
                    "Inddrag din projektleder, inden du tager snakken. Det kan være, der "
                    "allerede er et budget til den slags, som du ikke kender til."
                ),
            },
        ],
    },
    {
        "key": "da-q13",
        "area": "finance",
        "title": "Hvorfor viser Power BI andre tal end mit Excel-udtræk?",
        "body": (
            "Omsætningen for oktober er 3,2 mio. i Power BI-rapporten og 3,4 mio. i udtrækket "
            "fra økonomisystemet. Det er samme periode. Hvor skal jeg begynde at lede?"
        ),
        "topics": ["power-bi", "financial-reporting"],
        "audience": "organisation",
        "days_ago": 30,
        "answers": [
            {
                "by": "expert",
                "accepted": True,
                "votes": 4,
                "body": (
                    "Tre klassikere, i den rækkefølge jeg ville tjekke dem:\n\n"
                    "1. **Datoen:** filtrerer rapporten på bilagsdato og udtrækket på "
                    "posteringsdato (eller omvendt)?\n"
                    "2. **Opdatering:** se *Sidst opdateret* på datasættet. Vores opdateres kl. "
                    "6, så posteringer fra i dag er ikke med.\n"
                    "3. **Filtre på siden:** tjek filterruden – der gemmer sig tit et filter på "
                    "selskab eller afdeling.\n\n"
                    "200.000 i forskel lyder som et helt selskab eller sene posteringer."
                ),
                "comments": [
                    {"by": "asker", "body": "Det var selskabsfilteret. Pinligt, men tak!"},
                    {"by": "any", "body": "Den har vi alle prøvet."},
                ],
            },
        ],
    },
    {
        "key": "da-q14",
        "area": "platform",
        "audience": "unit",
        "title": "Hvilke base images bruger vi i teamet nu?",
        "body": (
            "Jeg skal lave en ny tjeneste og kan se, at vores repos bruger både "
            "`python:3.12-slim`, `alpine` og et distroless-image. Er der en aftale om, hvad "
            "vi bruger?"
        ),
        "topics": ["docker", "security"],
        "days_ago": 24,
        "answers": [
            {
                "by": "expert",
                "accepted": True,
                "votes": 3,
                "body": (
                    "Vi besluttede på arkitekturmødet i september, at nye tjenester bruger "
                    "`python:3.12-slim` som build-image og distroless som runtime (multi-stage "
                    "build). Alpine undgår vi, fordi musl har givet os problemer med "
                    "wheels. Skabelonen ligger i `platform-templates`, og Renovate holder "
                    "tags opdateret. Jeg skriver det ind i README'en, så det ikke kun står i "
                    "et referat."
                ),
            },
        ],
    },
    {
        "key": "da-q15",
        "area": "software",
        "title": "Hvordan tester man en formular med skærmlæser, når man aldrig har prøvet det?",
        "body": (
            "Vi skal leve op til WCAG 2.1 AA på en selvbetjeningsløsning, og jeg har fået "
            "opgaven at teste formularerne. Jeg har aldrig brugt en skærmlæser. Hvor starter jeg?"
        ),
        "topics": ["accessibility", "automated-testing"],
        "audience": "organisation",
        "days_ago": 45,
        "same": 2,
        "answers": [
            {
                "by": "expert",
                "accepted": True,
                "votes": 6,
                "body": (
                    "Start med NVDA på Windows (gratis) eller VoiceOver på Mac (Cmd+F5). Brug "
                    "en halv time på bare at navigere en side, du kender, med **Tab**, "
                    "**Shift+Tab** og **H** (overskrifter) – hold øjnene væk fra skærmen.\n\n"
                    "Så tjekker du for hvert felt: Bliver ledeteksten læst op? Bliver "
                    "fejlbeskeden læst op, når du sender? Kan du komme tilbage til fejlen?\n\n"
                    "Kør axe DevTools først – den finder de mekaniske fejl, så du kan bruge "
                    "skærmlæseren på det, en maskine ikke kan se. Digitaliseringsstyrelsens "
                    "side om [webtilgængelighed](https://digst.dk/) har en god tjekliste."
                ),
            },
            {
                "by": "expert",
                "votes": 2,
                "body": (
                    "Og spørg, om I kan få en rigtig skærmlæserbruger til at teste en time. "
                    "Vi gjorde det sidste år, og hun fandt ting på fem minutter, som vi aldrig "
                    "havde opdaget."
                ),
            },
        ],
    },
    {
        "key": "da-q16",
        "anonymous": True,
        "area": "any",
        "title": "Hvordan fungerer afspadsering, når man har arbejdet i weekenden for en kunde?",
        "body": (
            "Jeg var på en kundeopgave hele lørdagen, fordi en idriftsættelse blev flyttet. Min "
            "leder sagde »det finder vi ud af«, men der er ikke sket noget. Har jeg ret til "
            "afspadsering, og hvordan registrerer jeg det? Jeg vil nødigt virke smålig."
        ),
        "topics": ["employment-law"],
        "audience": "organisation",
        "days_ago": 38,
        "same": 2,
        "answers": [
            {
                "by": "expert",
                "accepted": True,
                "votes": 5,
                "body": (
                    "Det er ikke småligt at spørge. Som udgangspunkt gælder det, der står i "
                    "personalehåndbogen under *Arbejdstid og overarbejde*: pålagt arbejde i "
                    "weekenden afspadseres 1:1,5, og det skal aftales med lederen senest i den "
                    "følgende måned.\n\n"
                    "Registrér timerne i tidsregistreringen med aktiviteten *Overarbejde, "
                    "pålagt* og skriv en linje i kommentaren. Så ligger det der, og din leder "
                    "får det til godkendelse. Er du funktionær med en aftale om, at "
                    "overarbejde er indregnet i lønnen, så skriv til HR – så ser vi på det."
                ),
                "report": {
                    "reason": "other",
                    "details": (
                        "Reglerne for afspadsering blev ændret 1. oktober. Svaret henviser til "
                        "den gamle personalehåndbog – kan det blive opdateret?"
                    ),
                },
            },
        ],
    },
    {
        "key": "da-q17",
        "area": "software",
        "title": "Må vi bruge Copilot, når vi arbejder i kundens kode?",
        "body": (
            "Vi har Copilot-licenser, men flere af vores kunder ejer selv koden, vi arbejder i. "
            "Er der en fælles linje for, hvornår det er i orden?"
        ),
        "topics": ["generative-ai", "security"],
        "audience": "organisation",
        "days_ago": 14,
        "same": 4,
        "answers": [
            {
                "by": "expert",
                "accepted": True,
                "votes": 6,
                "body": (
                    "Kort version af vores retningslinje:\n\n"
                    "- Vores Business-licens bruger ikke koden til træning, og forslag med "
                    "offentlig kode er slået fra.\n"
                    "- **Kontrakten vinder.** Står der noget om AI-værktøjer eller "
                    "underleverandører i aftalen med kunden, gælder det.\n"
                    "- Er der ikke noget, så spørg kunden og skriv svaret i projektets "
                    "beslutningslog. De fleste siger ja, når de hører om indstillingerne.\n\n"
                    "Hemmeligheder, persondata og kundens data hører aldrig hjemme i en prompt."
                ),
            },
            {
                "by": "any",
                "votes": 1,
                "body": (
                    "Hos en af mine kunder skulle det godkendes af deres CISO. Det tog tre "
                    "uger, så spørg i god tid."
                ),
            },
        ],
    },
    {
        "key": "da-q18",
        "area": "infrastructure",
        "title": "Skal jeg have sikkerhedssko med til byggemøder som rådgiver?",
        "body": (
            "Jeg skal for første gang med på byggepladsen til et byggemøde. Skal jeg selv have "
            "sikkerhedssko og hjelm med, eller får man det udleveret?"
        ),
        "topics": ["occupational-safety"],
        "audience": "organisation",
        "days_ago": 86,
        "answers": [
            {
                "by": "expert",
                "accepted": True,
                "votes": 4,
                "body": (
                    "Tag dine egne med – regn ikke med, at der ligger noget til dig. Du skal "
                    "have sikkerhedssko (S3), hjelm og en synlighedsvest på, så snart du går "
                    "ind på pladsen, også selvom mødet er i skurvognen. Briller og handsker, "
                    "hvis I skal rundt.\n\n"
                    "Bestil udstyret via indkøb under *Personlige værnemidler*, så står det "
                    "på afdelingens konto. Og husk at melde dig hos byggelederen, når du "
                    "kommer."
                ),
            },
        ],
    },
    {
        "key": "da-q19",
        "area": "infrastructure",
        "title": "Erfaringer med DGNB-certificering af en renovering?",
        "body": (
            "En kunde overvejer DGNB Renovering til en kontorejendom fra 1970'erne. Har nogen "
            "her været med på sådan et forløb? Jeg vil gerne høre, hvad der tog mest tid, og "
            "hvad I ville gøre anderledes."
        ),
        "topics": ["sustainability", "structural-engineering"],
        "audience": "organisation",
        "days_ago": 2,
        "same": 1,
        "answers": [],
    },
    {
        "key": "da-q20",
        "anonymous": True,
        "area": "any",
        "title": "Hvordan afslutter man et mentorforløb, der ikke rigtig fungerer?",
        "body": (
            "Jeg har været mentor for en kollega i tre måneder, men vi har svært ved at finde "
            "noget at tale om, og møderne bliver aflyst. Hvordan afslutter jeg det ordentligt "
            "uden at hun føler, hun har gjort noget forkert?"
        ),
        "topics": ["mentoring"],
        "audience": "organisation",
        "days_ago": 1,
        "answers": [],
    },
    {
        "key": "da-q21",
        "area": "finance",
        "title": "Kan en pivottabel opdatere sig selv, når der kommer flere data?",
        "body": (
            "Jeg indsætter nye rækker i mit ark hver måned, men pivottabellen tager dem ikke "
            "med, før jeg ændrer området. Findes der en smartere måde?"
        ),
        "topics": ["excel"],
        "audience": "organisation",
        "days_ago": 13,
        "duplicate_of": "da-q05",
        "comments": [
            {
                "by": "lead",
                "body": (
                    "Godt spørgsmål – det er heldigvis besvaret her før, så jeg har markeret det "
                    "som en dublet. Tricket med Ctrl+T i det andet spørgsmål virker."
                ),
            },
        ],
        "answers": [],
    },
]
