"""Demo stories in Danish, written the way colleagues at Nordlys Group would write them.

Each story is plain data: its kind, who wrote it (a leader, an employee or anyone), the area it
comes from, its sections (the keys of `samla.stories.kinds.SECTIONS` for its kind), topics (skill
slugs from `samla.demo.skills`), when it was shared, its audience, and the comments and reactions
it got. Keys are stable. The seeder picks the actual people.
"""

from __future__ import annotations

from typing import Any

STORIES: list[dict[str, Any]] = [
    {
        "key": "da-001",
        "kind": "learning",
        "author": "employee",
        "area": "engineering",
        "title": "OOMKilled betød ikke, at vores kode lækkede hukommelse",
        "sections": {
            "learned": (
                "Når en pod bliver genstartet med `OOMKilled`, er det ikke nødvendigvis koden, "
                "der lækker. Hos os var memory-limit i Helm-chartet sat lavere end det, JVM'en "
                "selv tog ved opstart, så containeren blev dræbt, før tjenesten overhovedet var "
                "kommet i gang."
            ),
            "situation": (
                "Jeg havde vagten, og integrationstjenesten, der henter måledata fra et "
                "forsyningsselskab, genstartede 30–40 gange i døgnet. Jeg brugte en hel dag på at "
                "lede efter en læk i koden, før en kollega spurgte, hvad vi egentlig havde sat "
                "som limit."
            ),
            "differently": (
                "Næste gang starter jeg med `kubectl describe pod` og sammenligner limits med "
                "det, processen faktisk bruger i Grafana, før jeg åbner koden. Jeg har skrevet "
                "det ind i vores runbook, så den næste på vagt ikke skal bruge en dag på det "
                "samme."
            ),
        },
        "topics": ["kubernetes", "observability"],
        "days_ago": 2,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": (
                    "Den har vi også prøvet! Vi satte `-XX:MaxRAMPercentage=75`, og så forsvandt "
                    "det meste af støjen."
                ),
                "replies": [
                    {
                        "author": "any",
                        "body": (
                            "God pointe – det burde stå i vores standard-chart. Jeg laver en PR."
                        ),
                    },
                ],
            },
        ],
        "reactions": {"helped": 9, "will_try": 3, "thanks": 6},
    },
    {
        "key": "da-002",
        "kind": "learning",
        "author": "employee",
        "area": "people",
        "title": "Mit første læringsmøde som facilitator: stilheden er en del af det",
        "sections": {
            "learned": (
                "Et læringsmøde bliver bedre, når jeg tør lade et spørgsmål hænge lidt i luften. "
                "De bedste pointer kom efter 10–15 sekunders stilhed, ikke i de første svar."
            ),
            "situation": (
                "Jeg faciliterede læringsmødet efter afleveringen af et stort vandprojekt. Vi var "
                "ni fra tre teams, og jeg havde forberedt fire spørgsmål og en tidsplan ned til "
                "minuttet. Første gang det blev stille, skyndte jeg mig videre til næste "
                "spørgsmål. Efter pausen sagde en af deltagerne, at hun havde brug for lidt tid "
                "til at tænke – så jeg prøvede at vente. Det var dér, de gode historier kom."
            ),
            "differently": (
                "Jeg planlægger med tre spørgsmål i stedet for fire, skriver »vent« på min "
                "huskeseddel og beder folk skrive i to minutter hver for sig, før vi taler. Så "
                "får de stille også plads."
            ),
        },
        "topics": ["facilitation"],
        "days_ago": 5,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": (
                    "Skriv-først-tricket virker også til retrospektiver. Vi bruger gule sedler på "
                    "en fælles digital tavle."
                ),
                "replies": [],
            },
            {
                "author": "any",
                "body": (
                    "Tak for at dele. Må jeg låne dine tre spørgsmål til vores næste "
                    "projektafslutning?"
                ),
                "replies": [
                    {
                        "author": "any",
                        "body": (
                            "Jeg har også en skabelon liggende til den slags møder, hvis nogen "
                            "vil have den – skriv bare."
                        ),
                    },
                ],
            },
        ],
        "reactions": {"helped": 12, "will_try": 8, "thanks": 10},
    },
    {
        "key": "da-003",
        "kind": "learning",
        "author": "leader",
        "area": "people",
        "title": "Jeg svarer for hurtigt i mine 1:1-samtaler",
        "sections": {
            "learned": (
                "Når en medarbejder kommer med et problem, er mit første svar næsten altid en "
                "løsning. Det føles hjælpsomt, men det betyder, at jeg løser mit eget billede af "
                "problemet – ikke deres."
            ),
            "situation": (
                "Jeg har været teamleder i knap et år og har i foråret været på et coachingforløb "
                "med fem andre nye ledere. Vi optog en øvelsessamtale (med samtykke), og da jeg "
                "så den igen, havde jeg foreslået en løsning efter 40 sekunder. Den anden havde "
                "ikke engang nået at fortælle, hvad det egentlig drejede sig om."
            ),
            "differently": (
                "Jeg stiller mindst to spørgsmål, før jeg siger noget om, hvad jeg selv ville "
                "gøre. Mit yndlingsspørgsmål er blevet: »Hvad har du allerede overvejet?« Jeg "
                "spørger teamet om et par måneder, om de kan mærke forskel."
            ),
        },
        "topics": ["coaching", "team-leadership"],
        "days_ago": 9,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": (
                    "Genkendeligt. Jeg har en seddel på skærmen, hvor der står »og hvad mere?«. "
                    "Det hjælper overraskende meget."
                ),
                "replies": [],
            },
            {
                "author": "any",
                "body": (
                    "Rart at læse, at det også er svært for ledere. Jeg tror, mange af os "
                    "medarbejdere gør præcis det samme, når en ny kollega spørger om noget."
                ),
                "replies": [],
            },
        ],
        "reactions": {"helped": 14, "will_try": 9, "thanks": 11},
    },
    {
        "key": "da-004",
        "kind": "learning",
        "author": "employee",
        "area": "engineering",
        "title": (
            "Skybrudsmodellen blev først troværdig, da vi holdt den op mod kommunens registreringer"
        ),
        "sections": {
            "learned": (
                "En hydraulisk model kan se flot ud og stadig ramme forkert de steder, der "
                "betyder mest. Vi fik mere ud af kommunens registreringer af oversvømmede kældre "
                "og borgernes billeder fra sidste store skybrud end af endnu en "
                "følsomhedsanalyse."
            ),
            "situation": (
                "Vi lavede en skybrudskortlægning for en østjysk kommune med terrændata fra "
                "Dataforsyningen og forsyningens ledningsdata. Modellen viste vand på den "
                "forkerte side af en jernbanedæmning, fordi en rørunderføring ikke var med i "
                "ledningsdataene. Det opdagede vi først, da vi lagde registreringerne ved siden "
                "af."
            ),
            "differently": (
                "Jeg beder om kommunens hændelsesdata allerede ved opstartsmødet og lægger dem "
                "ind i QGIS som et lag ved siden af modelresultatet. Det tager en halv dag og kan "
                "spare os for en hel runde rettelser."
            ),
        },
        "topics": ["water-engineering", "gis"],
        "days_ago": 14,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": (
                    "Rigtig god erfaring. Vi havde præcis det samme med en underføring under "
                    "motorvejen sidste år."
                ),
                "replies": [],
            },
            {
                "author": "any",
                "body": (
                    "Findes der en skabelon til at bede kommunen om de data? Så kan vi andre "
                    "bruge den med det samme."
                ),
                "replies": [
                    {
                        "author": "any",
                        "body": (
                            "Der ligger en tjekliste i projektmappen under 00_Opstart. Den er "
                            "ikke perfekt, men det er en start."
                        ),
                    },
                ],
            },
        ],
        "reactions": {"helped": 7, "will_try": 5, "thanks": 4},
    },
    {
        "key": "da-005",
        "kind": "learning",
        "author": "employee",
        "area": "sales",
        "title": "Læs evalueringsmodellen, før du læser kravspecifikationen",
        "sections": {
            "learned": (
                "I et offentligt udbud er det tildelingskriterierne og evalueringsmodellen, der "
                "afgør, hvad vi skal bruge vores sider på – ikke hvor mange krav der står i "
                "kravspecifikationen."
            ),
            "situation": (
                "I et udbud om rådgivning til et regionalt vejprojekt brugte vi to tredjedele af "
                "løsningsbeskrivelsen på at svare grundigt på tekniske krav, som var mindstekrav "
                "og derfor ikke gav point. Kvalitet vægtede 60 %, og halvdelen af det var "
                "»organisering og samarbejde«. Det afsnit skrev vi sidst og hurtigst."
            ),
            "differently": (
                "Vi starter nu hvert tilbud med én side, hvor vægtningen står øverst, og hvor vi "
                "fordeler sider og timer efter den. Siden hænger i tilbudsrummet, og vi kigger på "
                "den ved hver statusrunde."
            ),
        },
        "topics": ["public-procurement", "bid-writing"],
        "days_ago": 21,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": (
                    "Så enkelt og så ofte glemt. Vi gør det samme og skriver også sidetallet pr. "
                    "kriterium på siden."
                ),
                "replies": [],
            },
        ],
        "reactions": {"helped": 10, "will_try": 7, "thanks": 3},
    },
    {
        "key": "da-006",
        "kind": "learning",
        "author": "employee",
        "area": "finance",
        "title": "Hvorfor månedsafslutningen altid hang på de sidste tre projekter",
        "sections": {
            "learned": (
                "Det var ikke regnskabet, der var langsomt – det var timeregistreringen. Så længe "
                "der mangler timer på et projekt, kan vi ikke opgøre igangværende arbejder "
                "korrekt, og så bliver hele afslutningen skubbet."
            ),
            "situation": (
                "Jeg overtog månedsafslutningen for de danske selskaber efter en intern rokering. "
                "Den første måned brugte jeg to dage på at rykke for timer på de samme tre store "
                "projekter, hvor folk sidder ude hos kunden og først registrerer om fredagen."
            ),
            "differently": (
                "Vi har aftalt med de tre projektledere, at timer for månedens sidste uge "
                "registreres senest første hverdag kl. 12, og jeg sender en påmindelse dagen før "
                "i stedet for tre dage efter. Jeg følger op om et kvartal og skriver her, om det "
                "virkede."
            ),
        },
        "topics": ["financial-reporting", "excel"],
        "days_ago": 33,
        "audience": "unit",
        "comments": [
            {
                "author": "any",
                "body": "Glæder mig til opfølgningen. Vi har samme udfordring i Sverige.",
                "replies": [],
            },
        ],
        "reactions": {"helped": 4, "will_try": 3, "thanks": 5},
    },
    {
        "key": "da-007",
        "kind": "learning",
        "author": "employee",
        "area": "engineering",
        "title": "Vores ustabile Playwright-test skyldtes ikke Playwright",
        "sections": {
            "learned": (
                "Når en end-to-end-test fejler hver tiende gang, er det fristende at skrue op for "
                "ventetiderne. Hos os var årsagen, at testene delte testdata, og to test rettede "
                "i den samme kunde på samme tid."
            ),
            "situation": (
                "Vi kører omkring 180 end-to-end-test på kundeportalen i pipelinen. I fire uger "
                "var den rød cirka hver tredje gang, og folk var begyndt at trykke »kør igen« "
                "uden at se på fejlen."
            ),
            "differently": (
                "Hver test opretter nu sine egne data via API'et og rydder op bagefter. Og vi har "
                "en regel om, at en test, der fejler to gange uden forklaring, kommer i karantæne "
                "med en sag – den bliver ikke bare kørt igen."
            ),
        },
        "topics": ["automated-testing", "ci-cd"],
        "days_ago": 18,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": (
                    "Karantæne-reglen stjæler vi. Hvor lang tid må en test ligge der, før nogen "
                    "skal tage stilling?"
                ),
                "replies": [
                    {
                        "author": "any",
                        "body": "Vi har sagt to uger. Så skal den enten rettes eller slettes.",
                    },
                ],
            },
            {
                "author": "any",
                "body": (
                    "Godt skrevet. Jeg har selv skruet op for ventetider mere end én gang uden at "
                    "finde den egentlige årsag."
                ),
                "replies": [],
            },
        ],
        "reactions": {"helped": 11, "will_try": 6, "thanks": 3},
    },
    {
        "key": "da-008",
        "kind": "learning",
        "author": "employee",
        "area": "customer",
        "title": "Folk ringer ikke til servicedesken for at få et sagsnummer",
        "sections": {
            "learned": (
                "Det vigtigste i en supportsamtale er at sige, hvad der sker nu, og hvornår de "
                "hører fra os igen. Sagsnummeret er for vores skyld, ikke for deres."
            ),
            "situation": (
                "Som en del af vores kvalitetsarbejde lyttede jeg til ti af mine egne opkald "
                "sammen med en erfaren kollega. I otte af dem sluttede jeg med »du får et "
                "sagsnummer på mail«, og i næsten alle ringede brugeren tilbage inden for et døgn "
                "for at høre, om der skete noget."
            ),
            "differently": (
                "Jeg slutter nu med en konkret næste handling og et tidspunkt: »Jeg har sendt den "
                "videre til netværksfolkene, og jeg ringer til dig i morgen før kl. 10, uanset om "
                "de er færdige.« Vi er også begyndt at tælle, hvor mange der ringer igen om det "
                "samme."
            ),
        },
        "topics": ["customer-dialogue", "itil"],
        "days_ago": 26,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": (
                    "Det gælder også for os, der har kunder på projekter. »Hvornår hører jeg fra "
                    "jer?« er næsten altid det egentlige spørgsmål."
                ),
                "replies": [],
            },
        ],
        "reactions": {"helped": 8, "will_try": 10, "thanks": 4},
    },
    {
        "key": "da-009",
        "kind": "learning",
        "author": "employee",
        "area": "operations",
        "title": "Sikkerhedsrunden på byggepladsen er ikke en formalitet",
        "sections": {
            "learned": (
                "De 20 minutter, sikkerhedsrunden tager, er den eneste gang, jeg ser pladsen med "
                "andres øjne. Jeg troede, jeg kendte pladsen, men jeg havde aldrig set, hvordan "
                "adgangsvejen ændrede sig, når der blev leveret betonelementer."
            ),
            "situation": (
                "Jeg var tilsyn på en ny skole i Aarhus og gik min første sikkerhedsrunde sammen "
                "med entreprenørens arbejdsmiljøkoordinator. Vi fandt en afspærring, der var "
                "blevet flyttet, så gående blev ledt ud på kørevejen, mens kranen løftede."
            ),
            "differently": (
                "Jeg går med på runden, hver gang jeg er på pladsen – også når jeg har travlt – "
                "og tager billeder af ændringer, som vi gennemgår på byggemødet. Det er blevet et "
                "fast punkt på dagsordenen."
            ),
        },
        "topics": ["occupational-safety"],
        "days_ago": 41,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": (
                    "Tak. Det er præcis den slags, vi gerne vil have flere til at opdage. "
                    "Billederne på byggemødet er en rigtig god idé."
                ),
                "replies": [],
            },
        ],
        "reactions": {"helped": 6, "will_try": 4, "thanks": 9},
    },
    {
        "key": "da-010",
        "kind": "learning",
        "author": "employee",
        "area": "engineering",
        "title": "EXPLAIN ANALYZE, før jeg gætter på et indeks",
        "sections": {
            "learned": (
                "I årevis har jeg tilføjet indeks dér, hvor jeg troede, problemet var. Første "
                "gang jeg faktisk læste forespørgselsplanen, viste det sig, at databasen lavede "
                "et sekventielt scan, fordi statistikken var forældet efter en stor import."
            ),
            "situation": (
                "Rapporten over energiforbrug pr. bygning tog 45 sekunder at åbne for en "
                "ejendomskunde. Jeg havde allerede lavet to nye indeks uden effekt, før jeg satte "
                "mig ned med `EXPLAIN (ANALYZE, BUFFERS)`."
            ),
            "differently": (
                "Jeg kører altid planen først og gemmer den i sagen, så vi kan sammenligne før og "
                "efter. Vi har også sat `ANALYZE` ind som sidste trin i importjobbet. Rapporten "
                "åbner nu på under to sekunder."
            ),
        },
        "topics": ["sql", "data-engineering"],
        "days_ago": 7,
        "audience": "unit",
        "comments": [
            {
                "author": "any",
                "body": (
                    "explain.dalibo.com er god til at gøre planen læselig, hvis man ikke er vant "
                    "til at læse den rå."
                ),
                "replies": [],
            },
        ],
        "reactions": {"helped": 6, "will_try": 5, "thanks": 2},
    },
    {
        "key": "da-011",
        "kind": "learning",
        "author": "employee",
        "area": "any",
        "title": "Et notat til en kommune skal kunne læses på en telefon",
        "sections": {
            "learned": (
                "Sagsbehandleren, der skal bruge vores notat, læser det ofte på telefonen mellem "
                "to møder. Hvis konklusionen står på side fire, bliver den ikke læst."
            ),
            "situation": (
                "Jeg skrev et notat om støjberegninger til en kommune og fik det retur med "
                "spørgsmålet: »Hvad er det, I anbefaler?« Anbefalingen stod der skam, men gemt i "
                "et afsnit med overskriften »Diskussion«."
            ),
            "differently": (
                "Jeg starter med anbefalingen i tre linjer, så hvorfor, og til sidst detaljerne. "
                "Vores kommunikationsfolk har lovet at læse med på de næste to notater, så jeg "
                "får noget erfaring med formen."
            ),
        },
        "topics": ["plain-language", "environmental-assessment"],
        "days_ago": 57,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": (
                    "Vi kalder det »den omvendte trekant« i kommunikation. Sig endelig til, hvis "
                    "I vil have en kort gennemgang for teamet."
                ),
                "replies": [],
            },
            {
                "author": "any",
                "body": "Det her burde stå i vores skabelon til notater.",
                "replies": [],
            },
        ],
        "reactions": {"helped": 9, "will_try": 11, "thanks": 3},
    },
    {
        "key": "da-012",
        "kind": "learning",
        "author": "leader",
        "area": "operations",
        "title": "Statusrapporten, ingen læste – og hvad vi gjorde i stedet",
        "sections": {
            "learned": (
                "Vores styregrupper læste ikke den fire sider lange statusrapport. De læste de "
                "tre linjer øverst og risikoerne, hvis de var røde. Resten skrev vi for vores "
                "egen skyld."
            ),
            "situation": (
                "Jeg bad om en ensartet statusrapport for alle projekter over 2 mio. kr. Efter et "
                "halvt år spurgte jeg fem styregruppeformænd, hvad de brugte den til. Svaret var "
                "stort set det samme fra dem alle: »Jeg kigger efter, om noget er rødt.«"
            ),
            "differently": (
                "Vi har skåret rapporten ned til én side: tre linjer om status, de tre største "
                "risici med en ejer og en dato, og hvad vi har brug for fra styregruppen. "
                "Projektlederne sparer omkring to timer om måneden, og vores erfaring indtil "
                "videre er, at møderne bruges på beslutninger i stedet for gennemgang."
            ),
        },
        "topics": ["project-management", "stakeholder-management", "risk-management"],
        "days_ago": 72,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": (
                    "Som projektleder kan jeg bekræfte de to timer. Og det er blevet meget "
                    "nemmere at få en beslutning."
                ),
                "replies": [],
            },
            {
                "author": "any",
                "body": "Ligger skabelonen et sted, vi andre kan finde den?",
                "replies": [
                    {
                        "author": "any",
                        "body": "Den ligger i projekthåndbogen under »Styring og rapportering«.",
                    },
                ],
            },
        ],
        "reactions": {"helped": 13, "will_try": 8, "thanks": 6},
    },
    {
        "key": "da-013",
        "kind": "learning",
        "author": "employee",
        "area": "people",
        "title": "Det spørger nyansatte om i deres anden uge",
        "sections": {
            "learned": (
                "Den første dag handler om adgangskort og computer. Men det er i uge to, de "
                "rigtige spørgsmål kommer: Hvem beslutter hvad? Hvordan registrerer man timer på "
                "et tilbud? Må man sige nej til en opgave?"
            ),
            "situation": (
                "Jeg ringede til de 14 nyansatte fra efteråret i deres anden uge og spurgte, hvad "
                "de manglede svar på. Næsten ingen af spørgsmålene stod i vores "
                "introduktionsmateriale."
            ),
            "differently": (
                "Vi har lavet en kort side med »spørgsmål, man ikke tør stille« ud fra deres "
                "svar, og makkeren tager en snak om den i uge to. Jeg ringer også til de næste "
                "hold, så listen bliver ved med at passe."
            ),
        },
        "topics": ["onboarding", "mentoring"],
        "days_ago": 95,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": (
                    "Jeg startede for tre måneder siden og kan godt sige, at »må man sige nej?« "
                    "var det spørgsmål, jeg gik og tænkte mest på."
                ),
                "replies": [],
            },
        ],
        "reactions": {"helped": 10, "will_try": 6, "thanks": 12},
    },
    {
        "key": "da-014",
        "kind": "success",
        "author": "employee",
        "area": "engineering",
        "title": "Byggetiden i pipelinen: fra 38 til 14 minutter",
        "sections": {
            "changed": (
                "Vi har fået byggetiden for vores største repository ned ved at cache Docker-lag "
                "i registret, køre testene parallelt i fire dele og kun bygge de tjenester, der "
                "faktisk er ændret."
            ),
            "before": (
                "Median 38 minutter fra push til grønt byg (412 kørsler i marts). Folk samlede "
                "ændringer i store pull requests for at slippe for at vente, og vi lavede i snit "
                "2,3 deploys om dagen."
            ),
            "after": (
                "Median 14 minutter (389 kørsler i maj). Vi er oppe på 5,1 deploys om dagen, og "
                "PR'erne er blevet mindre: median 140 ændrede linjer mod 390 før."
            ),
            "learning": (
                "Vi troede, at testene var den store synder. Da vi endelig målte hvert trin for "
                "sig, viste det sig, at over halvdelen af tiden gik med at bygge images forfra, "
                "fordi cachen aldrig blev genbrugt mellem runnerne."
            ),
        },
        "topics": ["ci-cd", "docker"],
        "days_ago": 4,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": (
                    "Flot! Hvordan deler I cachen mellem runnerne – via registret med "
                    "`--cache-from`?"
                ),
                "replies": [
                    {
                        "author": "any",
                        "body": (
                            "Ja, `--cache-to type=registry` og `--cache-from` på samme tag. Det "
                            "var det hele."
                        ),
                    },
                ],
            },
            {
                "author": "any",
                "body": (
                    "Det med at måle hvert trin, før man begynder at optimere, kan ikke siges for "
                    "tit."
                ),
                "replies": [],
            },
            {
                "author": "any",
                "body": (
                    "Vi sidder på 25 minutter i Integrations. Kunne I tage en halv time med os en "
                    "dag?"
                ),
                "replies": [],
            },
        ],
        "reactions": {"helped": 18, "will_try": 12, "thanks": 9},
    },
    {
        "key": "da-015",
        "kind": "success",
        "author": "leader",
        "area": "customer",
        "title": (
            "Flere sager løst ved første henvendelse, efter vi begyndte at skrive vidensartikler "
            "sammen"
        ),
        "sections": {
            "changed": (
                "I servicedesken skrev hver af os tidligere vores egne noter. Nu skriver vi en "
                "kort vidensartikel sammen, hver gang vi har løst den samme type sag tre gange."
            ),
            "before": (
                "54 % af sagerne blev løst ved første henvendelse (januar–marts). Vi havde 38 "
                "artikler i vidensbasen, og den nyeste var fra 2021."
            ),
            "after": (
                "71 % ved første henvendelse (juli–september) og 112 artikler, hvoraf 80 er "
                "opdateret inden for det seneste halve år. Den gennemsnitlige ventetid i "
                "telefonen er faldet fra 4:10 til 2:35 minutter."
            ),
            "learning": (
                "Det var ikke et nyt værktøj, der gjorde forskellen. Det var aftalen om, at "
                "»tredje gang skriver vi det ned«, og at vi bruger ti minutter hver fredag på at "
                "læse hinandens artikler."
            ),
        },
        "topics": ["itil", "lean", "customer-dialogue"],
        "days_ago": 16,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": (
                    "Tredje-gangs-reglen er genial i sin enkelhed. Den kan bruges til meget andet "
                    "end support."
                ),
                "replies": [],
            },
            {
                "author": "any",
                "body": (
                    "Kan vi andre (uden for servicedesken) læse artiklerne? Mange af dem ville "
                    "også hjælpe os på projekterne."
                ),
                "replies": [],
            },
        ],
        "reactions": {"helped": 15, "will_try": 9, "thanks": 8},
    },
    {
        "key": "da-016",
        "kind": "success",
        "author": "employee",
        "area": "finance",
        "title": "Månedsrapporten til ledelsen: fra tre dage til en halv",
        "sections": {
            "changed": (
                "Den månedlige projektøkonomirapport kommer nu direkte fra ERP-systemet ind i "
                "Power BI, i stedet for at vi samler 14 regneark fra afdelingerne."
            ),
            "before": (
                "Tre arbejdsdage for to controllere hver måned. Tallene var typisk klar på 8. "
                "arbejdsdag, og vi fandt i snit fem fejl i kopierede formler, som skulle rettes, "
                "efter rapporten var sendt."
            ),
            "after": (
                "En halv dag til kontrol og kommentarer. Rapporten er klar på 4. arbejdsdag, og "
                "vi har ikke haft en formelfejl siden februar. Afdelingscheferne kan selv "
                "filtrere på deres egne projekter."
            ),
            "learning": (
                "Det svære var ikke Power BI, men at blive enige om én definition af "
                "dækningsbidrag. Vi fandt fire forskellige i de 14 regneark."
            ),
        },
        "topics": ["power-bi", "financial-reporting", "excel"],
        "days_ago": 38,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": (
                    "Fire definitioner af dækningsbidrag – det forklarer en del diskussioner, vi "
                    "har haft gennem årene 😄"
                ),
                "replies": [],
            },
        ],
        "reactions": {"helped": 11, "will_try": 5, "thanks": 7},
    },
    {
        "key": "da-017",
        "kind": "success",
        "author": "employee",
        "area": "sales",
        "title": "Fra 2 til 5 vundne udbud på et år med et »rødt team«",
        "sections": {
            "changed": (
                "Alle tilbud over 1 mio. kr. bliver nu læst af et rødt team på tre kolleger, der "
                "ikke har skrevet på dem, fem arbejdsdage før aflevering. De læser som "
                "evaluatorer, med tildelingskriterierne i hånden."
            ),
            "before": (
                "2 vundne ud af 11 offentlige udbud i 2023. I flere evalueringsnotater stod der, "
                "at vores løsningsbeskrivelse var »generel« eller »ikke tilpasset opgaven«."
            ),
            "after": (
                "5 vundne ud af 12 i 2024. Den gennemsnitlige kvalitetsscore er steget fra 3,1 "
                "til 3,8 på ordregivernes skala, og ordet »generel« er ikke kommet igen i et "
                "evalueringsnotat."
            ),
            "learning": (
                "Vi begyndte at bede om en begrundelse efter hvert tabt udbud og læse dem sammen "
                "på et læringsmøde. De første gange gjorde det ondt, men det var dér, vi så "
                "mønstret."
            ),
        },
        "topics": ["bid-writing", "public-procurement"],
        "days_ago": 63,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": (
                    "Jeg var med i det røde team to gange og lærte mindst lige så meget om mine "
                    "egne tekster."
                ),
                "replies": [],
            },
            {
                "author": "any",
                "body": "Hvor mange timer bruger det røde team typisk?",
                "replies": [
                    {
                        "author": "any",
                        "body": (
                            "Omkring fire timer hver plus en times gennemgang med tilbudsteamet. "
                            "Det er givet godt ud."
                        ),
                    },
                ],
            },
        ],
        "reactions": {"helped": 16, "will_try": 10, "thanks": 7},
    },
    {
        "key": "da-018",
        "kind": "success",
        "author": "employee",
        "area": "engineering",
        "title": "Kundeportalen: fra 46 til 6 tilgængelighedsfejl",
        "sections": {
            "changed": (
                "Vi har gennemgået kundeportalen med skærmlæser og tastatur og rettet formularer, "
                "kontraster og fejlbeskeder. Tilgængelighedstest er nu en del af vores definition "
                "af færdig."
            ),
            "before": (
                "En ekstern gennemgang fandt 46 fejl i forhold til WCAG 2.1 AA, heraf 12 "
                "kritiske. Blandt andet kunne man ikke indsende en fejlmelding uden mus."
            ),
            "after": (
                "En ny gennemgang i september fandt 6 fejl, ingen kritiske. Andelen af "
                "fejlmeldinger, der kommer ind via portalen i stedet for telefonen, er steget fra "
                "41 % til 58 %."
            ),
            "learning": (
                "Vi lærte mest af at se to skærmlæserbrugere bruge portalen. Det tog en formiddag "
                "og ændrede vores prioriteringer mere end hele rapporten."
            ),
        },
        "topics": ["accessibility", "interaction-design"],
        "days_ago": 29,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": (
                    "Det er også et godt salgsargument over for offentlige kunder. Må vi bruge "
                    "tallene i tilbud?"
                ),
                "replies": [],
            },
        ],
        "reactions": {"helped": 12, "will_try": 7, "thanks": 8},
    },
    {
        "key": "da-019",
        "kind": "success",
        "author": "leader",
        "area": "people",
        "title": (
            "Nye udviklere laver deres første ændring i produktion på dag 2 i stedet for dag 9"
        ),
        "sections": {
            "changed": (
                "Vi har lavet en plan for den første uge med en makker, en lille, rigtig opgave, "
                "der er gjort klar på forhånd, og en udviklermaskine, der sættes op med ét "
                "script."
            ),
            "before": (
                "I 2023 gik der i snit 9 arbejdsdage, før en nyansat fik sin første ændring i "
                "produktion. Opsætningen af udviklingsmiljøet tog 1–3 dage og krævede hjælp fra "
                "flere kolleger."
            ),
            "after": (
                "For de 7 udviklere, der er startet siden marts, er gennemsnittet 2 dage, og "
                "opsætningen tager under en time. I spørgeskemaet efter 30 dage svarer alle 7, at "
                "de ved, hvem de skal spørge."
            ),
            "learning": (
                "Vi spurgte de seneste nyansatte, hvad der gik galt i deres første uge. De ærlige "
                "svar kom først, da vi spurgte, hvad der havde været spild af tid."
            ),
        },
        "topics": ["onboarding", "mentoring", "team-leadership"],
        "days_ago": 110,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": (
                    "Jeg var en af de 7. Den lille opgave på dag 1 gjorde virkelig en forskel – "
                    "man føler sig hurtigt som en del af holdet."
                ),
                "replies": [],
            },
            {
                "author": "any",
                "body": (
                    "Kan vi låne konceptet til de nye ingeniører? Der er ikke noget script, men "
                    "tanken om en forberedt første opgave passer også til os."
                ),
                "replies": [],
            },
        ],
        "reactions": {"helped": 14, "will_try": 11, "thanks": 10},
    },
    {
        "key": "da-020",
        "kind": "success",
        "author": "employee",
        "area": "engineering",
        "title": "Ugentlig kollisionskontrol halverede spørgsmålene fra byggepladsen",
        "sections": {
            "changed": (
                "På skoleprojektet i Aarhus kørte vi kollisionskontrol mellem konstruktions-, "
                "VVS- og el-modellerne hver mandag i stedet for ved slutningen af hver "
                "projekteringsfase."
            ),
            "before": (
                "På det forrige, sammenlignelige projekt fik vi 140 spørgsmål fra entreprenøren "
                "under udførelsen, og omkring en tredjedel handlede om føringsveje, der ramte "
                "bjælker eller hinanden."
            ),
            "after": (
                "63 spørgsmål på dette projekt, heraf 9 om kollisioner. Entreprenøren vurderer "
                "selv, at det sparede omkring tre ugers ventetid på pladsen."
            ),
            "learning": (
                "Rytmen var vigtigere end værktøjet. Når en kollision blev fundet samme uge, som "
                "den opstod, kunne den, der havde tegnet den, rette den på ti minutter."
            ),
        },
        "topics": ["bim", "structural-engineering"],
        "days_ago": 140,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": "Hvilket værktøj brugte I til kontrollen? Solibri eller Navisworks?",
                "replies": [
                    {
                        "author": "any",
                        "body": (
                            "Vi har brugt Solibri på de seneste projekter, men pointen med den "
                            "ugentlige rytme gælder uanset værktøj."
                        ),
                    },
                ],
            },
        ],
        "reactions": {"helped": 9, "will_try": 8, "thanks": 4},
    },
    {
        "key": "da-021",
        "kind": "success",
        "author": "employee",
        "area": "finance",
        "title": "Færre afviste fakturaer hos offentlige kunder",
        "sections": {
            "changed": (
                "Vi tjekker nu EAN-nummer, ordrereference og kontaktperson, når et projekt bliver "
                "oprettet – ikke først når den første faktura skal sendes."
            ),
            "before": (
                "12 % af vores fakturaer til offentlige kunder blev afvist første gang (andet "
                "halvår sidste år), typisk fordi ordrereferencen manglede. Det gav i snit 19 "
                "dages ekstra ventetid på betalingen."
            ),
            "after": (
                "2 % afvist i første halvår i år. Debitordagene for offentlige kunder er faldet "
                "fra 41 til 30."
            ),
            "learning": (
                "Projektlederne ville gerne give os oplysningerne – de vidste bare ikke, at vi "
                "skulle bruge dem. Et obligatorisk felt i projektoprettelsen løste mere end alle "
                "vores påmindelser."
            ),
        },
        "topics": ["financial-reporting", "customer-dialogue"],
        "days_ago": 47,
        "audience": "organisation",
        "comments": [],
        "reactions": {"helped": 7, "will_try": 3, "thanks": 6},
    },
    {
        "key": "da-022",
        "kind": "lesson",
        "author": "leader",
        "area": "engineering",
        "title": "Vi slukkede for den gamle integration en dag for tidligt",
        "sections": {
            "tried": (
                "Vi skulle flytte dataudvekslingen med et forsyningsselskab fra en ældre "
                "BizTalk-integration til vores nye platform. Planen var at køre begge parallelt i "
                "en uge og så slukke for den gamle en fredag eftermiddag."
            ),
            "happened": (
                "Den nye integration håndterede alle de daglige filer korrekt, men den ugentlige "
                "korrektionsfil kom først søndag nat. Den blev ikke hentet, og kunden manglede "
                "korrigerede måledata mandag morgen. Vi startede den gamle integration igen, og "
                "data var på plads kl. 11."
            ),
            "learned": (
                "En parallelperiode skal dække hele rytmen i dataene – også de ugentlige og "
                "månedlige kørsler – og ikke bare et antal dage. Det var mig, der godkendte "
                "planen, og jeg spurgte ikke ind til, om der lå kørsler uden for hverdagene. Og "
                "fredag eftermiddag er et dårligt tidspunkt at slukke for noget."
            ),
            "next_time": (
                "Vi laver en liste over alle planlagte kørsler ud fra den gamle integrations log "
                "for de seneste tre måneder og slukker først, når hver eneste af dem er set køre "
                "i den nye. Og vi slukker på en tirsdag."
            ),
        },
        "topics": ["integration", "risk-management"],
        "days_ago": 3,
        "audience": "organisation",
        "asks_leader_response": False,
        "acknowledgement": None,
        "comments": [
            {
                "author": "any",
                "body": (
                    "Tak for at skrive det så ærligt. Vi skal flytte tre integrationer mere i "
                    "vinter, så listen over planlagte kørsler tager vi med."
                ),
                "replies": [
                    {
                        "author": "any",
                        "body": (
                            "Samme her. Man kan trække det meste af listen direkte ud af "
                            "tracking-databasen i BizTalk."
                        ),
                    },
                ],
            },
            {
                "author": "any",
                "body": "»Vi slukker på en tirsdag« – den skal på en plakat.",
                "replies": [],
            },
        ],
        "reactions": {"helped": 12, "will_try": 9, "thanks": 17},
    },
    {
        "key": "da-023",
        "kind": "lesson",
        "author": "employee",
        "area": "engineering",
        "title": "Natten hvor alarmerne ikke nåede frem",
        "sections": {
            "tried": (
                "Vi flyttede vores alarmer fra det gamle overvågningssystem til Grafana i "
                "foråret. Regler og tærskler blev kopieret én til én, og vi testede, at alarmerne "
                "blev udløst, ved at provokere dem i testmiljøet."
            ),
            "happened": (
                "En lørdag nat løb disken på en databaseserver fuld. Alarmen gik, men den blev "
                "sendt til en gammel fordelingsliste, som ingen længere stod på. Det blev først "
                "opdaget søndag morgen, da kunderne ikke kunne logge ind. Nedetiden var 5 timer "
                "og 40 minutter."
            ),
            "learned": (
                "Vi testede, at alarmerne blev udløst, men ikke, at de nåede frem til et "
                "menneske. Kontaktpunkterne i Grafana var sat op for sig, og ingen af os havde et "
                "samlet billede af, hvem der fik hvad."
            ),
            "next_time": (
                "Vi sender nu en testalarm til vagten hver mandag kl. 9, som skal kvitteres. "
                "Bliver den ikke kvitteret inden for 15 minutter, ringer systemet til den næste "
                "på listen. Vi har også fjernet alle fordelingslister fra kontaktpunkterne."
            ),
        },
        "topics": ["observability", "itil"],
        "days_ago": 12,
        "audience": "organisation",
        "asks_leader_response": True,
        "acknowledgement": (
            "Tak for en grundig og ærlig gennemgang. Den ugentlige testalarm er nu standard for "
            "alle teams med vagt, og jeg har sat tid af i næste kvartal til at rydde op i resten "
            "af kontaktpunkterne."
        ),
        "comments": [
            {
                "author": "any",
                "body": (
                    "Vi tjekkede vores egne kontaktpunkter efter at have læst det her og fandt to "
                    "fordelingslister, der også var tomme. Tak!"
                ),
                "replies": [],
            },
            {
                "author": "any",
                "body": (
                    "Kunne testalarmen laves som en fælles regel, så alle teams får den automatisk?"
                ),
                "replies": [
                    {
                        "author": "any",
                        "body": "Det er på vej – vi tager det med i oprydningen næste kvartal.",
                    },
                ],
            },
        ],
        "reactions": {"helped": 19, "will_try": 14, "thanks": 15},
    },
    {
        "key": "da-024",
        "kind": "lesson",
        "author": "leader",
        "area": "sales",
        "title": "Vi sagde ja til en tilbudsfrist, vi godt vidste var for kort",
        "sections": {
            "tried": (
                "Et udbud om bygherrerådgivning kom med ni arbejdsdage til aflevering. Opgaven "
                "passede godt til det, vi kan, og jeg besluttede, at vi skulle byde, selvom to af "
                "de vigtigste fagfolk var bundet på andre projekter i perioden."
            ),
            "happened": (
                "Vi afleverede til tiden, men løsningsbeskrivelsen blev skrevet af folk, der ikke "
                "skulle løse opgaven, og CV'erne passede dårligt til teksten. Vi endte som nummer "
                "fire ud af fem, og evalueringen kaldte organiseringen »uklar«. Teamet arbejdede "
                "desuden flere aftener i træk."
            ),
            "learned": (
                "Et ja til et tilbud er også et nej til noget andet – her til tid med vores "
                "eksisterende kunder og en rimelig arbejdsuge. Vi havde ingen fælles kriterier "
                "for, hvornår vi siger nej, så beslutningen kom til at handle mere om lyst end om "
                "vores chancer."
            ),
            "next_time": (
                "Vi har lavet en kort go/no-go-liste: Har vi de navngivne nøglepersoner? Kender "
                "vi kunden? Kan vi nå et rødt team? Er svaret nej til to af dem, byder vi ikke. "
                "Jeg træffer beslutningen sammen med tilbudsteamet, ikke alene."
            ),
        },
        "topics": ["bid-writing", "public-procurement"],
        "days_ago": 24,
        "audience": "organisation",
        "asks_leader_response": False,
        "acknowledgement": None,
        "comments": [
            {
                "author": "any",
                "body": (
                    "Godt at se en leder skrive det her. Go/no-go-listen burde bruges i hele "
                    "salgsafdelingen."
                ),
                "replies": [],
            },
            {
                "author": "any",
                "body": (
                    "Vi har brugt listen på de to seneste udbud. Den ene gang sagde vi nej, og "
                    "det var en lettelse for alle."
                ),
                "replies": [],
            },
        ],
        "reactions": {"helped": 11, "will_try": 8, "thanks": 20},
    },
    {
        "key": "da-025",
        "kind": "lesson",
        "author": "employee",
        "area": "operations",
        "title": "Hybridworkshoppen, hvor halvdelen sad udenfor",
        "sections": {
            "tried": (
                "Vi holdt en workshop om fremtidens vandforsyning med 28 deltagere fra kommunen, "
                "forsyningen og to borgergrupper. 16 mødte op i Aarhus, 12 deltog via Teams. Vi "
                "var én facilitator, og lokalet havde et kamera i loftet."
            ),
            "happened": (
                "Dem, der var online, kunne ikke høre dem for enden af bordet, og gruppearbejdet "
                "foregik ved fysiske tavler, de ikke kunne se. Efter første pause havde fire "
                "logget af. I evalueringen gav de online deltagere workshoppen 2,1 ud af 5, de "
                "fysiske 4,2."
            ),
            "learned": (
                "En hybrid workshop er i virkeligheden to workshops på én gang. Det kræver en "
                "facilitator til hver gruppe og et fælles digitalt sted, hvor alle arbejder – "
                "også dem, der sidder i lokalet."
            ),
            "next_time": (
                "Vi vælger enten fysisk eller online, når vi kan. Skal det være hybridt, har vi "
                "en facilitator til de online deltagere, alle arbejder på den samme digitale "
                "tavle, og vi tester lyden fra den fjerneste stol dagen før."
            ),
        },
        "topics": ["facilitation", "stakeholder-management"],
        "days_ago": 31,
        "audience": "organisation",
        "asks_leader_response": True,
        "acknowledgement": None,
        "comments": [
            {
                "author": "any",
                "body": (
                    "Vi har to gode konferencemikrofoner i Aarhus, som næsten ingen kender til. "
                    "Spørg i receptionen."
                ),
                "replies": [],
            },
            {
                "author": "any",
                "body": "Genkendeligt. Vi fik den samme erfaring med et borgermøde i foråret.",
                "replies": [],
            },
        ],
        "reactions": {"helped": 10, "will_try": 12, "thanks": 6},
    },
    {
        "key": "da-026",
        "kind": "lesson",
        "author": "leader",
        "area": "people",
        "title": "Ny tidsregistrering: vi undervurderede de gamle genveje",
        "sections": {
            "tried": (
                "Vi skiftede tidsregistreringssystem for 450 medarbejdere i Danmark på én gang i "
                "januar. Vi havde lavet e-læring, en side med ofte stillede spørgsmål og to åbne "
                "spørgetimer om ugen i den første måned."
            ),
            "happened": (
                "Efter tre uger manglede 23 % af timerne for den forrige uge om mandagen, mod "
                "normalt 5 %. Det viste sig, at mange havde brugt en favoritliste med deres faste "
                "projekter i det gamle system. Den fandtes også i det nye, men hed noget andet og "
                "lå et andet sted – og den stod ikke i vores materiale."
            ),
            "learned": (
                "Vi holdt et læringsmøde efter fire uger med ti kolleger fra forskellige "
                "afdelinger. Det blev tydeligt, at vi havde undervist i systemets funktioner, men "
                "ikke i folks egne arbejdsgange. Vi havde aldrig spurgt, hvad folk faktisk gjorde "
                "hver dag i det gamle system."
            ),
            "next_time": (
                "Før næste systemskifte følger vi fem-seks kolleger fra forskellige faggrupper i "
                "en almindelig uge og skriver deres vaner ned. Og vi starter med én afdeling i to "
                "uger, før resten følger med."
            ),
        },
        "topics": ["change-management", "facilitation"],
        "days_ago": 52,
        "audience": "organisation",
        "asks_leader_response": True,
        "acknowledgement": (
            "Godt, at læringsmødet kom så hurtigt efter skiftet. En pilotafdeling er nu et fast "
            "krav i vores projektmodel for systemskift."
        ),
        "comments": [
            {
                "author": "any",
                "body": (
                    "Favoritlisten var præcis det, jeg manglede. Tak fordi I tog det op så hurtigt."
                ),
                "replies": [],
            },
            {
                "author": "any",
                "body": (
                    "Et læringsmøde efter fire uger i stedet for efter et halvt år er en god "
                    "vane. Det vil vi også prøve."
                ),
                "replies": [],
            },
        ],
        "reactions": {"helped": 13, "will_try": 10, "thanks": 16},
    },
    {
        "key": "da-027",
        "kind": "lesson",
        "author": "employee",
        "area": "finance",
        "title": "Prognosen talte det samme projekt med to gange",
        "sections": {
            "tried": (
                "Vi lavede kvartalsprognosen i et fælles regneark, hvor hver teamleder udfyldte "
                "sin egen fane, og en opsummeringsfane lagde det hele sammen."
            ),
            "happened": (
                "Et stort fjernvarmeprojekt blev delt mellem to teams midt i kvartalet. Begge "
                "teams lagde hele omsætningen ind, og opsummeringen talte den med to gange. "
                "Prognosen var 3,4 mio. kr. for høj, og det blev først opdaget, efter den var "
                "sendt videre til koncernøkonomi."
            ),
            "learned": (
                "Regnearket havde ingen kontrol af, at et projekt kun optræder én gang, og der "
                "var ikke noget fælles sted, hvor det stod, at projektet var blevet delt. Det var "
                "ikke en tastefejl, men et hul i den måde, vi arbejder på."
            ),
            "next_time": (
                "Projektnummeret er nu nøglen i en fælles liste, og opsummeringen markerer "
                "dubletter med rødt. Når et projekt deles, opretter vi et underprojekt i ERP i "
                "stedet for at dele det i regnearket."
            ),
        },
        "topics": ["budgeting", "excel"],
        "days_ago": 66,
        "audience": "unit",
        "asks_leader_response": True,
        "acknowledgement": (
            "Tak fordi du skrev det ned, så de andre afdelinger også kan lære af det. Jeg har "
            "bedt koncernøkonomi om at lægge dubletkontrollen ind i den fælles skabelon."
        ),
        "comments": [
            {
                "author": "any",
                "body": (
                    "Betinget formatering med TÆL.HVIS på projektnummeret er en hurtig løsning, "
                    "indtil ERP-delen er på plads."
                ),
                "replies": [],
            },
        ],
        "reactions": {"helped": 8, "will_try": 6, "thanks": 9},
    },
    {
        "key": "da-028",
        "kind": "lesson",
        "author": "leader",
        "area": "engineering",
        "title": "Modellen ramte rigtigt, men ingen brugte den",
        "sections": {
            "tried": (
                "Vi byggede en model, der forudsiger, hvilke pumper i et forsyningsnet der har "
                "brug for vedligehold inden for 30 dage. Den var trænet på seks års driftsdata og "
                "ramte rigtigt i 78 % af tilfældene i test – langt bedre end den faste "
                "serviceplan."
            ),
            "happened": (
                "Efter tre måneder i drift havde driftsfolkene åbnet dashboardet 11 gange, og de "
                "fortsatte med den faste serviceplan. Da vi spurgte hvorfor, var svaret, at de "
                "ikke kunne se, hvorfor modellen pegede på en bestemt pumpe, og at listen lå i et "
                "system, de ellers aldrig brugte."
            ),
            "learned": (
                "Vi målte modellens præcision, men ikke om den hjalp nogen. Som leder "
                "prioriterede jeg at få modellen i drift hurtigt og skubbede besøgene hos "
                "driftsfolkene til senere. Det var den forkerte rækkefølge."
            ),
            "next_time": (
                "Vi sidder en dag med dem, der skal bruge resultatet, før vi skriver kode. "
                "Forudsigelsen kommer nu som en opgave i deres eget arbejdsordresystem med de tre "
                "vigtigste grunde til, at netop den pumpe er valgt."
            ),
        },
        "topics": ["machine-learning", "change-management"],
        "days_ago": 85,
        "audience": "organisation",
        "asks_leader_response": False,
        "acknowledgement": None,
        "comments": [
            {
                "author": "any",
                "body": (
                    "Det her er nok den vigtigste erfaring i hele vores AI-arbejde. Tak for at "
                    "dele den."
                ),
                "replies": [],
            },
            {
                "author": "any",
                "body": "Hvordan går det, efter opgaverne er flyttet ind i arbejdsordresystemet?",
                "replies": [
                    {
                        "author": "any",
                        "body": (
                            "Der er tal på vej i næste kvartalsopfølgning – det ser lovende ud."
                        ),
                    },
                ],
            },
        ],
        "reactions": {"helped": 16, "will_try": 7, "thanks": 14},
    },
    {
        "key": "da-029",
        "kind": "lesson",
        "author": "employee",
        "area": "customer",
        "title": "Vores driftsbesked efter nedbruddet var skrevet til os selv",
        "sections": {
            "tried": (
                "Efter et nedbrud i kundeportalen skulle vi sende en besked til omkring 300 "
                "brugere hos vores kunder. Vi ville være hurtige og grundige og skrev en "
                "forklaring på, hvad der teknisk var sket."
            ),
            "happened": (
                "Beskeden handlede om en certifikatfornyelse, en load balancer og DNS. Vi fik 40 "
                "svar, og de fleste spurgte om det samme: Skal jeg gøre noget? Er mine data væk? "
                "Flere kunder ringede også til deres kundeansvarlige."
            ),
            "learned": (
                "Brugerne har brug for svar på tre ting: Hvad betyder det for mig? Skal jeg gøre "
                "noget? Hvornår er det løst? Den tekniske forklaring hører til i en rapport "
                "bagefter – hvis nogen beder om den."
            ),
            "next_time": (
                "Vi har lavet en skabelon til driftsbeskeder med de tre spørgsmål øverst, og en "
                "kollega fra kommunikation læser med, før den sendes. Den kundeansvarlige får "
                "beskeden ti minutter før kunderne."
            ),
        },
        "topics": ["plain-language", "customer-dialogue"],
        "days_ago": 8,
        "audience": "organisation",
        "asks_leader_response": False,
        "acknowledgement": None,
        "comments": [
            {
                "author": "any",
                "body": "De ti minutter før kunderne betyder meget for os kundeansvarlige. Tak!",
                "replies": [],
            },
        ],
        "reactions": {"helped": 10, "will_try": 9, "thanks": 5},
    },
    {
        "key": "da-030",
        "kind": "lesson",
        "author": "employee",
        "area": "sales",
        "title": "AI-assistenten opfandt en reference i vores tilbud",
        "sections": {
            "tried": (
                "For at spare tid brugte vi en AI-assistent til første udkast af "
                "referenceafsnittet i et tilbud. Vi gav den vores gamle tilbud og bad den finde "
                "relevante projekter."
            ),
            "happened": (
                "Udkastet indeholdt et projekt for en kommune, vi aldrig har arbejdet for – med "
                "en troværdig beskrivelse og et årstal. Det blev fanget ved kvalitetstjekket "
                "dagen før aflevering, men vi brugte en halv dag på at finde ud af, hvilke af de "
                "andre referencer der var rigtige."
            ),
            "learned": (
                "En sprogmodel er god til at formulere, men den ved ikke, hvad vi har lavet. "
                "Beder vi den om fakta, får vi noget, der lyder som fakta. Vi havde ingen fælles "
                "regel for, hvad den måtte bruges til i tilbud."
            ),
            "next_time": (
                "Referencer, CV'er og tal hentes altid fra vores referencedatabase og aldrig fra "
                "en AI-assistent. Assistenten må gerne forkorte og omformulere tekst, vi selv har "
                "skrevet. Det står nu i tilbudshåndbogen."
            ),
        },
        "topics": ["generative-ai", "bid-writing"],
        "days_ago": 44,
        "audience": "organisation",
        "asks_leader_response": True,
        "acknowledgement": (
            "Tak for at dele – det er præcis den slags erfaring, vi skal have frem i lyset. "
            "Reglen er nu også med i introduktionen for nye i tilbudsteamet."
        ),
        "comments": [
            {
                "author": "any",
                "body": "Godt fanget i kvalitetstjekket. Det viser også, at tjekket virker.",
                "replies": [],
            },
            {
                "author": "any",
                "body": (
                    "Vi har set det samme med lovhenvisninger: paragraffer, der ser rigtige ud, "
                    "men ikke findes."
                ),
                "replies": [
                    {
                        "author": "any",
                        "body": (
                            "Ja – alt, der kan slås op, skal slås op. Det gælder også for os "
                            "mennesker, når vi skriver fra hukommelsen."
                        ),
                    },
                ],
            },
        ],
        "reactions": {"helped": 17, "will_try": 11, "thanks": 13},
    },
    {
        "key": "da-031",
        "kind": "lesson",
        "author": "leader",
        "area": "operations",
        "title": "Sikkerhedsinstruksen var oversat, men ikke forstået",
        "sections": {
            "tried": (
                "På en byggeplads i Nordhavn med underentreprenører fra fire lande fik alle nye "
                "på pladsen en skriftlig sikkerhedsinstruks på dansk, engelsk og polsk, som de "
                "skrev under på."
            ),
            "happened": (
                "Ved en sikkerhedsrunde fandt vi en stige stillet op i et område, hvor den ifølge "
                "instruksen ikke måtte stå. Det blev registreret som en nærved-hændelse, og ingen "
                "kom noget til. Da vi talte med holdet, viste det sig, at de havde fået "
                "instruksen, men kun skimmet den, fordi den var på 11 sider."
            ),
            "learned": (
                "En underskrift viser, at man har modtaget en instruks – ikke at man har forstået "
                "den. Vores instruks var skrevet for at dække os ind, ikke for at blive brugt. "
                "Det er et ledelsesansvar at gøre det nemt at gøre det rigtige."
            ),
            "next_time": (
                "Vi er gået over til en introduktion på 15 minutter ude på pladsen med billeder "
                "af de vigtigste zoner og tre spørgsmål, som den nye skal kunne svare på "
                "bagefter. Den skriftlige instruks er skåret ned til to sider med piktogrammer."
            ),
        },
        "topics": ["occupational-safety", "quality-management"],
        "days_ago": 130,
        "audience": "organisation",
        "asks_leader_response": False,
        "acknowledgement": None,
        "comments": [
            {
                "author": "any",
                "body": (
                    "Vi har kopieret de to sider med piktogrammer til vores projekt i Vejle. De "
                    "bliver faktisk læst."
                ),
                "replies": [],
            },
            {
                "author": "any",
                "body": (
                    "Tre kontrolspørgsmål efter introduktionen er en god idé. Det giver også en "
                    "naturlig snak."
                ),
                "replies": [],
            },
        ],
        "reactions": {"helped": 12, "will_try": 10, "thanks": 11},
    },
    {
        "key": "da-032",
        "kind": "lesson",
        "author": "employee",
        "area": "people",
        "title": "Den nye kollega havde ingen computer den første dag",
        "sections": {
            "tried": (
                "En ny projektingeniør skulle starte på kontoret i Aarhus en mandag. Kontrakten "
                "var underskrevet fem uger før, og vi regnede med, at it-bestillingen gik "
                "automatisk, når personen var oprettet i HR-systemet."
            ),
            "happened": (
                "Computeren var bestilt, men til København, fordi kontoret ikke fulgte med i "
                "bestillingen. Vores nye kollega brugte den første dag og halvdelen af den anden "
                "på at læse på papir og låne en skærm. Det var ikke den start, vi ville give."
            ),
            "learned": (
                "Bestillingen gik gennem tre systemer, og ingen af os så hele vejen. Vi havde "
                "hver især gjort, som vi plejede, men ingen havde ansvaret for at tjekke, at det "
                "hele var klar."
            ),
            "next_time": (
                "Ugen før første dag gennemgår makkeren og lederen en kort liste sammen: "
                "computer, adgangskort, adgange og en første opgave. Og kontor er nu et "
                "obligatorisk felt i bestillingen."
            ),
        },
        "topics": ["onboarding"],
        "days_ago": 19,
        "audience": "organisation",
        "asks_leader_response": True,
        "acknowledgement": (
            "Tak fordi du tog det op. Tjeklisten er nu en del af onboardingen på alle kontorer, "
            "og it har rettet feltet i bestillingen."
        ),
        "comments": [
            {
                "author": "any",
                "body": (
                    "Det skete også for mig, da jeg startede for to år siden. Dejligt at det nu "
                    "bliver fikset ordentligt."
                ),
                "replies": [],
            },
        ],
        "reactions": {"helped": 9, "will_try": 7, "thanks": 12},
    },
    {
        "key": "da-033",
        "kind": "lesson",
        "author": "leader",
        "area": "engineering",
        "title": "Vores estimat for Kubernetes-migreringen holdt ikke – det gjorde læringsmødet",
        "sections": {
            "tried": (
                "Vi skulle flytte 40 tjenester fra virtuelle maskiner til Kubernetes. Vi "
                "estimerede tre måneder ud fra, hvor lang tid det havde taget at flytte de første "
                "fem."
            ),
            "happened": (
                "Det tog syv måneder. De første fem var de simpleste. De sidste havde delte "
                "filsystemer, faste IP-adresser i kunders firewallregler og natlige job, som ikke "
                "var dokumenteret nogen steder. Imens ventede to kundeprojekter på os."
            ),
            "learned": (
                "På læringsmødet bagefter tegnede vi en tidslinje på væggen og så, at vi havde "
                "estimeret koden, men ikke alt det omkring den: aftaler med kunder, ændringer i "
                "firewalls og test i deres miljøer. Jeg havde desuden lovet styregruppen en dato, "
                "før teamet havde set hele listen."
            ),
            "next_time": (
                "Vi gennemgår alle tjenester kort, før vi estimerer, og sorterer dem efter "
                "afhængigheder – ikke efter hvor nemme de ser ud. Datoer til styregruppen gives "
                "som et interval, indtil halvdelen er flyttet og vi har erfaringer fra de svære "
                "tjenester."
            ),
        },
        "topics": ["kubernetes", "project-management"],
        "days_ago": 160,
        "audience": "organisation",
        "asks_leader_response": False,
        "acknowledgement": None,
        "comments": [
            {
                "author": "any",
                "body": (
                    "Tidslinjen på væggen var det bedste ved læringsmødet. Man kunne se, hvor "
                    "ventetiden gemte sig."
                ),
                "replies": [],
            },
            {
                "author": "any",
                "body": (
                    "Vi står over for noget lignende med vores dataplatform. Må vi låne jeres "
                    "gennemgangsskabelon?"
                ),
                "replies": [
                    {
                        "author": "any",
                        "body": (
                            "Den ligger i Platform-wikien under »Migrering«. Brug den endelig."
                        ),
                    },
                ],
            },
        ],
        "reactions": {"helped": 15, "will_try": 9, "thanks": 18},
    },
    {
        "key": "da-034",
        "kind": "tip",
        "author": "employee",
        "area": "finance",
        "title": "XOPSLAG kan selv skrive »ikke fundet«",
        "sections": {
            "tip": (
                "Brug det fjerde argument i `XOPSLAG`, så slipper du for `HVIS.FEJL` rundt om det "
                'hele: `=XOPSLAG(A2;Projekter[Nr];Projekter[Navn];"ikke fundet")`. Så kan du '
                "filtrere på de manglende i stedet for at lede efter #I/T rundt omkring i arket."
            ),
        },
        "topics": ["excel"],
        "days_ago": 1,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": (
                    "Og det femte argument kan sættes til -1, hvis man vil have nærmeste mindre "
                    "værdi. Smart til prislister."
                ),
                "replies": [],
            },
        ],
        "reactions": {"helped": 8, "will_try": 6, "thanks": 2},
    },
    {
        "key": "da-035",
        "kind": "tip",
        "author": "employee",
        "area": "engineering",
        "title": "Kør pre-commit på din egen maskine, før pipelinen gør det",
        "sections": {
            "tip": (
                "Vi har sat `pre-commit` op i alle Python-repositories med ruff og et tjek for "
                "hemmeligheder. Kør `pre-commit install` én gang efter kloning, så fanger du "
                "formatering og lækkede nøgler lokalt i stedet for at vente ti minutter på en rød "
                "pipeline."
            ),
        },
        "topics": ["python", "ci-cd", "security"],
        "days_ago": 6,
        "audience": "unit",
        "comments": [],
        "reactions": {"helped": 5, "will_try": 7, "thanks": 1},
    },
    {
        "key": "da-036",
        "kind": "tip",
        "author": "leader",
        "area": "any",
        "title": "Start mødet med én sætning fra hver",
        "sections": {
            "tip": (
                "Når vi er mere end fire til et møde, starter jeg med en runde, hvor alle siger "
                "én sætning: »Det vigtigste for mig i dag er …«. Det tager to minutter, alle har "
                "sagt noget, og jeg ved, hvad jeg skal holde øje med. Det virker også online – "
                "sig bare rækkefølgen på forhånd."
            ),
        },
        "topics": ["facilitation", "team-leadership"],
        "days_ago": 10,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": (
                    "Vi gør det i vores stand-up om mandagen. Det har gjort mødet mere roligt."
                ),
                "replies": [],
            },
        ],
        "reactions": {"helped": 9, "will_try": 13, "thanks": 4},
    },
    {
        "key": "da-037",
        "kind": "tip",
        "author": "employee",
        "area": "any",
        "title": "Skriv beslutningen i emnefeltet",
        "sections": {
            "tip": (
                "Skal du have en beslutning, så skriv den i emnefeltet: »Beslutning: Vi flytter "
                "afleveringen til 14. marts – indsigelser inden fredag«. Det er den eneste linje, "
                "du kan være sikker på, at alle læser."
            ),
        },
        "topics": ["plain-language"],
        "days_ago": 23,
        "audience": "organisation",
        "comments": [],
        "reactions": {"helped": 11, "will_try": 14, "thanks": 3},
    },
    {
        "key": "da-038",
        "kind": "tip",
        "author": "employee",
        "area": "engineering",
        "title": "Danske kortdata direkte i QGIS uden at hente filer",
        "sections": {
            "tip": (
                "Dataforsyningen har gratis WMS- og WFS-tjenester med ortofoto, højdemodel og "
                "matrikelkort. Opret en bruger, lav en token og tilføj tjenesten under *Lag → "
                "Tilføj lag → Tilføj WMS/WMTS-lag*. Så slipper du for at hente store filer ned "
                "til hvert eneste projekt."
            ),
        },
        "topics": ["gis"],
        "days_ago": 36,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": (
                    "Husk at ortofotoet i WMS'en ikke altid er det nyeste. Tjek årstallet i "
                    "lagets egenskaber."
                ),
                "replies": [],
            },
        ],
        "reactions": {"helped": 7, "will_try": 5, "thanks": 2},
    },
    {
        "key": "da-039",
        "kind": "tip",
        "author": "leader",
        "area": "people",
        "title": "Spørg hvad du skal gøre mere af",
        "sections": {
            "tip": (
                "I stedet for »Har du noget feedback til mig?« spørger jeg: »Hvad skal jeg gøre "
                "mere af – og hvad skal jeg gøre mindre af?« Det er nemmere at svare på, og jeg "
                "får konkrete ting i stedet for »det går fint«."
            ),
        },
        "topics": ["feedback", "team-leadership"],
        "days_ago": 48,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": (
                    "Virker også den anden vej: som medarbejder til sin leder. Jeg prøvede det i "
                    "går."
                ),
                "replies": [],
            },
        ],
        "reactions": {"helped": 10, "will_try": 15, "thanks": 5},
    },
    {
        "key": "da-040",
        "kind": "tip",
        "author": "employee",
        "area": "finance",
        "title": "Lav altid en datotabel i Power BI",
        "sections": {
            "tip": (
                "Hvis tidsfunktioner som `TOTALYTD` giver mærkelige tal, er det næsten altid, "
                "fordi du bruger datokolonnen fra faktatabellen. Lav en separat datotabel med "
                "`CALENDAR`, markér den som datotabel, og lav relationen derfra. Så opfører "
                "år-til-dato og sammenligning med sidste år sig pænt."
            ),
        },
        "topics": ["power-bi"],
        "days_ago": 77,
        "audience": "unit",
        "comments": [],
        "reactions": {"helped": 6, "will_try": 4, "thanks": 1},
    },
    {
        "key": "da-041",
        "kind": "tip",
        "author": "employee",
        "area": "operations",
        "title": "Find den nærmeste hjertestarter, før du får brug for den",
        "sections": {
            "tip": (
                "Når du starter på en ny byggeplads eller et nyt kundekontor, så slå op på "
                "hjertestarter.dk eller i appen, hvor den nærmeste hjertestarter hænger, og skriv "
                "det ind i projektets sikkerhedsplan. Det tager et minut."
            ),
        },
        "topics": ["first-aid", "occupational-safety"],
        "days_ago": 115,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": (
                    "God påmindelse. På kontoret i København hænger den ved receptionen i "
                    "stueetagen."
                ),
                "replies": [],
            },
        ],
        "reactions": {"helped": 5, "will_try": 8, "thanks": 7},
    },
    {
        "key": "da-042",
        "kind": "tip",
        "author": "employee",
        "area": "any",
        "title": "Bed AI-assistenten om at stille spørgsmål, før den skriver",
        "sections": {
            "tip": (
                "Slut din prompt med: »Stil mig op til fem spørgsmål, før du begynder.« Så får du "
                "et udkast, der passer til opgaven, i stedet for noget generelt. Og husk: ingen "
                "kundedokumenter eller persondata i værktøjer, som it ikke har godkendt."
            ),
        },
        "topics": ["generative-ai"],
        "days_ago": 13,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": (
                    "Prøvede det på en projektbeskrivelse i dag. Spørgsmålene var faktisk gode – "
                    "de fik mig til at tænke over målgruppen."
                ),
                "replies": [],
            },
        ],
        "reactions": {"helped": 9, "will_try": 12, "thanks": 3},
    },
    {
        "key": "da-043",
        "kind": "article",
        "author": "employee",
        "area": "engineering",
        "title": "Kapitlet om postmortems i Googles SRE-bog",
        "sections": {
            "why": (
                "Kapitlet handler om at skrive hændelsesrapporter uden at placere skyld – og "
                "hvorfor det giver bedre systemer. Det er skrevet til driftsfolk, men jeg synes, "
                "det er relevant for alle, der skriver en lektion her i Samla. Især pointen om, "
                "at man ikke kan »rette« mennesker, men godt kan rette systemer og processer. Det "
                "tager 20 minutter at læse."
            ),
        },
        "topics": ["observability", "itil"],
        "days_ago": 15,
        "audience": "organisation",
        "link_url": "https://sre.google/sre-book/postmortem-culture/",
        "comments": [
            {
                "author": "any",
                "body": (
                    "Vi bruger deres skabelon som udgangspunkt for vores egne hændelsesrapporter."
                ),
                "replies": [],
            },
        ],
        "reactions": {"helped": 8, "will_try": 4, "thanks": 6},
    },
    {
        "key": "da-044",
        "kind": "article",
        "author": "employee",
        "area": "people",
        "title": "Datatilsynet: husk at slette",
        "sections": {
            "why": (
                "En kort og letlæst gennemgang af, hvornår personoplysninger skal slettes, og "
                "hvorfor det er os selv, der skal fastsætte slettefristerne. God at have læst, "
                "før I sætter et nyt system op, der gemmer oplysninger om kunder, ansøgere eller "
                "kolleger. Den er skrevet til små virksomheder, men principperne gælder også for "
                "os."
            ),
        },
        "topics": ["gdpr"],
        "days_ago": 45,
        "audience": "organisation",
        "link_url": (
            "https://www.datatilsynet.dk/hvad-siger-reglerne/vejledning/gdpr-univers-for-smaa-virksomheder/trin-3-husk-at-slette"
        ),
        "comments": [],
        "reactions": {"helped": 5, "will_try": 3, "thanks": 4},
    },
    {
        "key": "da-045",
        "kind": "article",
        "author": "leader",
        "area": "engineering",
        "title": "Det agile manifest på dansk – stadig værd at læse",
        "sections": {
            "why": (
                "Fire linjer og tolv principper, som mange af os citerer uden at have læst dem i "
                "årevis. Jeg genlæste dem, før vi startede med Scrum i et af vores "
                "rådgivningsteams, og blev mindet om, at det handler om samarbejde med kunden og "
                "om at kunne skifte kurs – ikke om bestemte møder. Brug fem minutter på det."
            ),
        },
        "topics": ["agile"],
        "days_ago": 88,
        "audience": "organisation",
        "link_url": "https://agilemanifesto.org/iso/da/manifesto.html",
        "comments": [
            {
                "author": "any",
                "body": (
                    "»Fungerende software frem for omfattende dokumentation« bliver tit læst som "
                    "»ingen dokumentation«. Det står der ikke."
                ),
                "replies": [],
            },
        ],
        "reactions": {"helped": 4, "will_try": 2, "thanks": 6},
    },
    {
        "key": "da-046",
        "kind": "article",
        "author": "employee",
        "area": "engineering",
        "title": "W3C's oversigt over WCAG",
        "sections": {
            "why": (
                "Den bedste indgang til retningslinjerne for tilgængelighed, hvis du ikke har "
                "læst dem før. Start med oversigten, og brug derefter »How to Meet WCAG« som "
                "opslagsværk. Offentlige kunder stiller krav om WCAG i deres udbud, så den er "
                "relevant for både udviklere, designere og dem, der skriver tilbud."
            ),
        },
        "topics": ["accessibility"],
        "days_ago": 120,
        "audience": "organisation",
        "link_url": "https://www.w3.org/WAI/standards-guidelines/wcag/",
        "comments": [],
        "reactions": {"helped": 6, "will_try": 3, "thanks": 3},
    },
    {
        "key": "da-047",
        "kind": "article",
        "author": "employee",
        "area": "engineering",
        "title": "Fjernvarme forklaret på én side",
        "sections": {
            "why": (
                "Til jer i Digital, der er begyndt at arbejde på løsninger til "
                "forsyningsselskaber: Wikipedia-artiklen om fjernvarme er en fin introduktion "
                "til, hvordan varmen produceres og fordeles. Det gør det meget nemmere at følge "
                "med, når kunden taler om fremløbstemperatur og varmetab på det første møde."
            ),
        },
        "topics": ["energy-systems"],
        "days_ago": 200,
        "audience": "organisation",
        "link_url": "https://da.wikipedia.org/wiki/Fjernvarme",
        "comments": [
            {
                "author": "any",
                "body": "Supplér gerne med en kaffe hos os i Energy – vi fortæller gerne mere.",
                "replies": [],
            },
        ],
        "reactions": {"helped": 7, "will_try": 2, "thanks": 5},
    },
    {
        "key": "da-048",
        "kind": "experiment",
        "author": "leader",
        "area": "engineering",
        "title": "Eksperiment: mødefri onsdag formiddag",
        "sections": {
            "hypothesis": (
                "Vi tror, at en fast mødefri formiddag om ugen vil give mere tid til fordybelse "
                "uden at gøre samarbejdet dårligere. Vi ved det, hvis teamet i den ugentlige "
                "pulsmåling vurderer sin fokustid højere, og antallet af færdige opgaver ikke "
                "falder."
            ),
            "plan": (
                "Hele teamet holder onsdag kl. 8–12 fri for møder i otte uger. Vagten er "
                "undtaget. Vi stiller to spørgsmål hver fredag og sammenligner med de otte uger "
                "før. Jeg er sponsor og skriver resultatet her, når eksperimentet er slut."
            ),
        },
        "topics": ["team-leadership", "agile"],
        "days_ago": 2,
        "audience": "unit",
        "experiment": {
            "status": "planned",
            "starts_in_days": 12,
            "ends_in_days": 68,
        },
        "comments": [
            {
                "author": "any",
                "body": "Hvad gør vi med kundemøder, som kunden selv lægger om onsdagen?",
                "replies": [
                    {
                        "author": "any",
                        "body": (
                            "Godt spørgsmål – mit forslag er, at kundemøder er undtaget, men at "
                            "vi tæller dem, så vi kan se, hvor ofte det sker."
                        ),
                    },
                ],
            },
        ],
        "reactions": {"helped": 2, "will_try": 9, "thanks": 3},
    },
    {
        "key": "da-049",
        "kind": "experiment",
        "author": "employee",
        "area": "sales",
        "title": "Eksperiment: tilbud skrevet i par",
        "sections": {
            "hypothesis": (
                "Vi tror, at løsningsbeskrivelser skrevet af to personer sammen – en fagperson og "
                "en fra tilbudsteamet – får en højere kvalitetsscore, end når fagpersonen skriver "
                "alene, og at det ikke koster flere timer samlet. Vi ved det, når vi har "
                "evalueringen af de næste fire tilbud."
            ),
            "plan": (
                "I de næste fire udbud over 1 mio. kr. sidder fagperson og tilbudsskriver sammen "
                "i to blokke á tre timer i stedet for at sende udkast frem og tilbage. Vi "
                "registrerer timerne og sammenligner scoren med de fire seneste tilbud af samme "
                "type."
            ),
        },
        "topics": ["bid-writing", "public-procurement"],
        "days_ago": 6,
        "audience": "organisation",
        "experiment": {
            "status": "planned",
            "starts_in_days": 20,
            "ends_in_days": 110,
        },
        "comments": [
            {
                "author": "any",
                "body": "Jeg melder mig gerne som fagperson på et af dem.",
                "replies": [],
            },
        ],
        "reactions": {"helped": 1, "will_try": 6, "thanks": 2},
    },
    {
        "key": "da-050",
        "kind": "experiment",
        "author": "employee",
        "area": "engineering",
        "title": "Eksperiment: AI-assistent som første kodegennemgang",
        "sections": {
            "hypothesis": (
                "Vi tror, at en AI-assistent, der kommenterer pull requests, før et menneske ser "
                "dem, kan fange de simple ting (navngivning, manglende test, oplagte fejl), så "
                "den menneskelige gennemgang kan handle om design. Vi ved det, hvis tiden fra PR "
                "til godkendelse falder, uden at antallet af fejl i produktion stiger."
            ),
            "plan": (
                "To teams prøver det i to måneder på repositories uden følsomme data. Vi tæller, "
                "hvor mange af assistentens kommentarer der bliver fulgt, og spørger udviklerne "
                "hver anden uge, om det hjælper eller bare larmer. Ingen kundedata eller "
                "hemmeligheder må sendes til værktøjet."
            ),
        },
        "topics": ["generative-ai", "python", "ci-cd"],
        "days_ago": 30,
        "audience": "organisation",
        "experiment": {
            "status": "running",
            "starts_in_days": -28,
            "ends_in_days": 32,
        },
        "comments": [
            {
                "author": "any",
                "body": (
                    "Hvor mange kommentarer pr. PR giver den? Vi prøvede noget lignende og "
                    "druknede i dem."
                ),
                "replies": [
                    {
                        "author": "any",
                        "body": (
                            "Det var også vores erfaring i starten. Vi har skruet ned, så den kun "
                            "kommenterer fejl og manglende test."
                        ),
                    },
                ],
            },
            {
                "author": "any",
                "body": "Glæder mig til resultatet. Husk at tælle, hvor tit den tager fejl.",
                "replies": [],
            },
        ],
        "reactions": {"helped": 3, "will_try": 10, "thanks": 4},
    },
    {
        "key": "da-051",
        "kind": "experiment",
        "author": "leader",
        "area": "customer",
        "title": "Eksperiment: selvbetjening til nulstilling af adgangskode",
        "sections": {
            "hypothesis": (
                "Vi tror, at mindst en tredjedel af henvendelserne om låste konti og glemte "
                "adgangskoder kan klares af brugerne selv, hvis de kan nulstille med godkendelse "
                "på telefonen. Vi ved det, når vi sammenligner antallet af sager i kategorien "
                "»adgangskode« med samme periode sidste år."
            ),
            "plan": (
                "Selvbetjeningen er slået til for alle i Danmark og Sverige i to måneder. "
                "Servicedesken henviser til den i telefonkøen og i autosvaret. Vi følger antallet "
                "af sager hver uge og spørger et udsnit af brugerne, hvordan det gik."
            ),
        },
        "topics": ["itil", "customer-dialogue"],
        "days_ago": 40,
        "audience": "unit",
        "experiment": {
            "status": "running",
            "starts_in_days": -42,
            "ends_in_days": 18,
        },
        "comments": [
            {
                "author": "any",
                "body": (
                    "Foreløbig status efter fire uger: 38 % færre sager om adgangskoder end "
                    "sidste år. Men det er tidligt at sige noget sikkert."
                ),
                "replies": [],
            },
        ],
        "reactions": {"helped": 4, "will_try": 3, "thanks": 5},
    },
    {
        "key": "da-052",
        "kind": "experiment",
        "author": "employee",
        "area": "engineering",
        "title": "Eksperiment: små pull requests på højst 400 linjer",
        "sections": {
            "hypothesis": (
                "Vi tror, at en grænse på 400 ændrede linjer pr. pull request vil gøre "
                "gennemgangen både hurtigere og grundigere. Vi ved det, hvis tiden fra oprettelse "
                "til godkendelse falder, og der kommer flere kommentarer pr. 100 linjer."
            ),
            "plan": (
                "Hele teamet i otte uger. En automatisk kontrol advarer, hvis en PR er over 400 "
                "linjer; man kan overstyre den med en begrundelse. Vi sammenligner med de otte "
                "uger før."
            ),
            "result": (
                "Tiden fra oprettelse til godkendelse faldt fra 2,1 til 0,8 arbejdsdage (median). "
                "Kommentarer pr. 100 linjer steg fra 1,2 til 2,9. Grænsen blev overstyret 14 "
                "gange, næsten altid på grund af genererede filer og databasemigreringer."
            ),
            "lesson": (
                "Det virkede, og vi beholder det. Men grænsen må ikke tælle genererede filer med "
                "– ellers lærer folk at overstyre den uden at tænke. Den største gevinst var "
                "egentlig, at vi begyndte at dele arbejdet op, før vi skrev koden. Vi deler gerne "
                "vores erfaringer med andre teams, der vil gentage eksperimentet."
            ),
        },
        "topics": ["agile", "ci-cd"],
        "days_ago": 150,
        "audience": "organisation",
        "experiment": {
            "status": "ended",
            "starts_in_days": -145,
            "ends_in_days": -85,
        },
        "comments": [
            {
                "author": "any",
                "body": (
                    "Vi har indført det samme efter at have læst jeres resultat. Tak for et "
                    "eksperiment, man kan gentage."
                ),
                "replies": [],
            },
            {
                "author": "any",
                "body": "Hvordan udelukker I de genererede filer? Med `.gitattributes`?",
                "replies": [
                    {
                        "author": "any",
                        "body": (
                            "Ja, `linguist-generated` i `.gitattributes`, og så læser kontrollen "
                            "den."
                        ),
                    },
                ],
            },
        ],
        "reactions": {"helped": 13, "will_try": 9, "thanks": 6},
    },
    {
        "key": "da-053",
        "kind": "experiment",
        "author": "employee",
        "area": "customer",
        "title": "Eksperiment: ugentlig demo for kunden i stedet for månedlig",
        "sections": {
            "hypothesis": (
                "Vi tror, at en kort demo hver fredag for kundens projektgruppe vil give færre "
                "overraskelser ved milepælene og hurtigere beslutninger. Vi ved det, hvis "
                "antallet af ændringsønsker efter milepælsmøderne falder."
            ),
            "plan": (
                "30 minutters demo over Teams hver fredag i otte uger på et sagsbehandlingssystem "
                "for en kommunal forvaltning. Vi tæller deltagere og ændringsønsker."
            ),
            "result": (
                "De første fire uger deltog 6–8 fra kunden, de sidste fire 1–2. Ændringsønskerne "
                "ved milepælen faldt fra 11 til 7, men kunden sagde selv, at de ikke kunne nå at "
                "følge med hver uge ved siden af driften."
            ),
            "lesson": (
                "Oftere er ikke altid bedre – rytmen skal passe til kundens hverdag, ikke kun til "
                "vores sprint. Vi fortsætter med demo hver anden uge og sender en optagelse på "
                "fem minutter til dem, der ikke kan være med. Erfaringen fra de otte uger er, at "
                "det vigtige er, at dem, der træffer beslutningerne, er der – ikke at der er "
                "mange."
            ),
        },
        "topics": ["stakeholder-management", "agile", "customer-dialogue"],
        "days_ago": 230,
        "audience": "organisation",
        "experiment": {
            "status": "ended",
            "starts_in_days": -220,
            "ends_in_days": -160,
        },
        "comments": [
            {
                "author": "any",
                "body": "Optagelsen på fem minutter er en god idé. Den har vi også indført.",
                "replies": [],
            },
        ],
        "reactions": {"helped": 8, "will_try": 6, "thanks": 4},
    },
    {
        "key": "da-054",
        "kind": "media",
        "author": "employee",
        "area": "operations",
        "title": "Video: hjertestarteren på tre minutter",
        "sections": {
            "summary": (
                "En tre minutter lang video fra førstehjælpsdagen på kontoret i København. "
                "Instruktøren viser, hvordan man åbner hjertestarteren, sætter elektroderne på en "
                "øvelsesdukke og følger stemmen fra apparatet. Bagefter prøver to kolleger det "
                "selv, og man kan se, at det er helt i orden at være i tvivl – apparatet guider "
                "en hele vejen. Til sidst vises, hvor hjertestarterne hænger på kontorerne i "
                "København og Aarhus."
            ),
        },
        "topics": ["first-aid"],
        "days_ago": 17,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": (
                    "Tak for videoen. Jeg var ikke med på dagen, så det var rart at kunne se den "
                    "bagefter."
                ),
                "replies": [],
            },
        ],
        "reactions": {"helped": 11, "will_try": 6, "thanks": 14},
    },
    {
        "key": "da-055",
        "kind": "media",
        "author": "employee",
        "area": "customer",
        "title": "Billeder: vores tavle i servicedesken før og efter",
        "sections": {
            "summary": (
                "Fire billeder. Det første viser den gamle tavle med over 60 gule sedler i "
                "kolonnen »I gang«. Det andet viser den nye tavle med en grænse på tre sager pr. "
                "person i »I gang« og en rød kolonne til sager, der venter på andre. Det tredje "
                "viser morgenmødet foran tavlen, og det fjerde vores graf over gennemløbstiden, "
                "som faldt fra 6,5 til 3,8 dage på tre måneder."
            ),
        },
        "topics": ["lean", "itil"],
        "days_ago": 55,
        "audience": "unit",
        "comments": [
            {
                "author": "any",
                "body": (
                    "Den røde kolonne er en god idé. Den gør det synligt, hvem vi venter på, uden "
                    "at pege fingre."
                ),
                "replies": [],
            },
        ],
        "reactions": {"helped": 7, "will_try": 8, "thanks": 5},
    },
    {
        "key": "da-056",
        "kind": "media",
        "author": "employee",
        "area": "engineering",
        "title": "Video: det nye kortlag for skybrudsrisiko",
        "sections": {
            "summary": (
                "En skærmoptagelse på fem minutter, hvor vi viser det nye kortlag i vores "
                "GIS-portal. Man ser, hvordan man zoomer ind på en adresse, slår vanddybden ved "
                "en 100-årshændelse til og fra og sammenligner med registrerede oversvømmelser "
                "fra tidligere skybrud. Til sidst viser vi, hvordan man eksporterer et kortudsnit "
                "til en rapport. Videoen har danske undertekster."
            ),
        },
        "topics": ["gis", "water-engineering"],
        "days_ago": 70,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": "Kan kunderne også få adgang til kortlaget, eller er det kun internt?",
                "replies": [
                    {
                        "author": "any",
                        "body": (
                            "Indtil videre kun internt, men det er med i planen for næste version."
                        ),
                    },
                ],
            },
        ],
        "reactions": {"helped": 6, "will_try": 5, "thanks": 8},
    },
    {
        "key": "da-057",
        "kind": "media",
        "author": "leader",
        "area": "engineering",
        "title": "Billeder fra byggepladsen: BIM-modellen på tablet i kælderen",
        "sections": {
            "summary": (
                "Seks billeder fra vores besøg på skolebyggeriet i Aarhus. En af vores ingeniører "
                "og entreprenørens formand står i kælderen og sammenligner BIM-modellen på en "
                "tablet med de føringsveje, der faktisk er monteret under loftet. To billeder "
                "viser steder, hvor model og virkelighed passer præcist; ét viser en "
                "ventilationskanal, der er flyttet 20 cm i forhold til modellen, og hvordan det "
                "blev noteret direkte i modellen. Alle på billederne har sagt ja til, at de "
                "bliver delt her."
            ),
        },
        "topics": ["bim"],
        "days_ago": 290,
        "audience": "organisation",
        "comments": [],
        "reactions": {"helped": 5, "will_try": 3, "thanks": 7},
    },
]
