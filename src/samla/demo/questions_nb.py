"""Demo questions in Norwegian Bokmål, asked and answered the way colleagues at Nordlys Group
would.

The keys are described in `samla.demo.questions`; the seeder picks the actual people.
"""

from __future__ import annotations

from typing import Any

QUESTIONS: list[dict[str, Any]] = [
    {
        "key": "nb-q01",
        "area": "safety",
        "title": "Hvordan lager man en SJA som faktisk blir brukt ute?",
        "body": (
            "Vi har en mal for sikker jobbanalyse på fire sider. Den blir fylt ut fordi den må, "
            "men jeg ser at ingen ser på den igjen når jobben er i gang. Hva gjør dere for at "
            "SJA-en skal bety noe?"
        ),
        "topics": ["occupational-safety", "risk-management"],
        "audience": "organisation",
        "days_ago": 39,
        "same": 2,
        "answers": [
            {
                "by": "expert",
                "accepted": True,
                "votes": 7,
                "body": (
                    "Gjør den kortere og gjør den ute. Det som har virket hos oss:\n\n"
                    "- **Én side.** Jobbsteg, fare, tiltak, ansvarlig. Resten står i "
                    "prosedyrene.\n"
                    "- **Gjennomfør den på stedet**, med de som skal gjøre jobben, ikke på "
                    "kontoret dagen før.\n"
                    "- **Heng den opp der jobben skjer**, og still spørsmålet «har noe endret "
                    "seg?» etter lunsj.\n\n"
                    "Arbeidstilsynet har en grei veiledning om "
                    "[risikovurdering](https://www.arbeidstilsynet.no/) som vi har bygd malen "
                    "vår på."
                ),
                "comments": [
                    {"by": "any", "body": "Enig. Det er samtalen som er verdien, ikke skjemaet."},
                ],
            },
        ],
    },
    {
        "key": "nb-q02",
        "anonymous": True,
        "area": "software",
        "title": "Jeg skjønner ikke git rebase og har ødelagt en branch to ganger nå",
        "body": (
            "Teamet vil at vi skal rebase i stedet for å merge inn main. Hver gang jeg prøver, "
            "ender jeg opp med konflikter i filer jeg ikke har rørt, og forrige uke måtte en "
            "kollega redde branchen min. Jeg tør ikke spørre igjen. Hva er det jeg gjør feil?"
        ),
        "topics": ["ci-cd"],
        "audience": "organisation",
        "days_ago": 13,
        "same": 5,
        "answers": [
            {
                "by": "expert",
                "accepted": True,
                "votes": 10,
                "body": (
                    "Du gjør sannsynligvis ingenting «feil» – rebase er bare lite tilgivende "
                    "før man har fått det inn i fingrene. Det som hjelper:\n\n"
                    "1. Oppdater først: `git fetch origin`.\n"
                    "2. Lag en sikkerhetskopi: `git branch backup/min-branch`. Da kan ingenting "
                    "gå tapt.\n"
                    "3. `git rebase origin/main`. Ved konflikt: løs, `git add`, "
                    "`git rebase --continue`. Blir det rot: `git rebase --abort`, og du er "
                    "tilbake der du startet.\n"
                    "4. Push med `git push --force-with-lease`, aldri bare `--force`.\n\n"
                    "Konflikter i filer du ikke har rørt kommer ofte av at du rebaser på en "
                    "gammel lokal `main`. Derfor `origin/main` i punkt 3."
                ),
                "comments": [
                    {
                        "by": "asker",
                        "body": (
                            "Det var akkurat det – jeg rebaset på en main som var tre uker "
                            "gammel. Backup-branchen gjør meg mye roligere også."
                        ),
                    },
                ],
            },
            {
                "by": "any",
                "votes": 4,
                "body": (
                    "`git reflog` er livredderen. Alt du har committet finnes der, selv etter "
                    "en rebase som gikk galt. Det er veldig vanskelig å miste arbeid for godt "
                    "i git."
                ),
            },
        ],
    },
    {
        "key": "nb-q03",
        "area": "sales",
        "title": "Hva er egentlig en «vesentlig endring» i en kontrakt etter anbud?",
        "body": (
            "Kunden vil utvide kontrakten vår med et nytt delprosjekt til ca. 15 % av "
            "kontraktsverdien. De sier det er greit fordi det er «samme type arbeid». Når blir "
            "det en vesentlig endring som krever ny konkurranse?"
        ),
        "topics": ["public-procurement", "contract-law"],
        "audience": "organisation",
        "days_ago": 58,
        "answers": [
            {
                "by": "expert",
                "accepted": True,
                "votes": 5,
                "body": (
                    "Kort fortalt (anskaffelsesforskriften kapittel 28):\n\n"
                    "- Endringer som var **tydelig beskrevet i kontrakten** (opsjoner, "
                    "endringsklausuler) er greie.\n"
                    "- Ellers er en endring under EØS-terskelen *og* under 10 % av "
                    "kontraktsverdien (15 % for bygge- og anleggskontrakter) normalt ikke "
                    "vesentlig – men summen av alle endringer teller.\n"
                    "- Endrer den den økonomiske balansen i vår favør eller utvider omfanget "
                    "betydelig, er den vesentlig uansett beløp.\n\n"
                    "For en rådgivningskontrakt er 15 % altså over grensen, så endringen må ha "
                    "hjemmel i kontrakten. Be kunden dokumentere vurderingen sin, og ta det med "
                    "juridisk før vi signerer. Det er kunden som har risikoen, men vi vil ikke "
                    "ha en ugyldig kontrakt."
                ),
            },
        ],
    },
    {
        "key": "nb-q04",
        "area": "infrastructure",
        "title": "Hvordan kommer man i gang som mentor for første gang?",
        "body": (
            "Jeg har sagt ja til å være mentor for en nyutdannet ingeniør. Jeg har aldri gjort "
            "det før. Hva bør vi snakke om i det første møtet, og hvor ofte bør vi møtes?"
        ),
        "topics": ["mentoring"],
        "audience": "organisation",
        "days_ago": 67,
        "same": 2,
        "answers": [
            {
                "by": "lead",
                "accepted": True,
                "votes": 6,
                "body": (
                    "Så fint at du har sagt ja! Første møte handler om forventninger, ikke "
                    "faglige råd:\n\n"
                    "- Hva ønsker hun å få ut av det? Hva er hun usikker på?\n"
                    "- Hvor ofte (en time hver tredje uke er et godt utgangspunkt), og hvem "
                    "tar initiativ?\n"
                    "- Hva blir mellom dere, og hva kan deles med lederen hennes?\n"
                    "- Når evaluerer dere – for eksempel etter seks måneder?\n\n"
                    "Husk at det er hun som eier agendaen. Din jobb er mest å spørre og lytte."
                ),
            },
            {
                "by": "any",
                "votes": 3,
                "body": (
                    "Fortell gjerne om en gang du selv bommet. Det var det som gjorde at jeg "
                    "turte å være ærlig med mentoren min."
                ),
            },
        ],
    },
    {
        "key": "nb-q05",
        "area": "software",
        "title": "Hvordan gir jeg en ekstern konsulent tilgang til bare én ressursgruppe i Azure?",
        "body": (
            "En underleverandør skal hjelpe oss med en Function App i tre uker. Han skal ikke se "
            "noe annet i abonnementet. Hva er riktig måte å gjøre det på hos oss?"
        ),
        "topics": ["azure", "security"],
        "audience": "organisation",
        "days_ago": 31,
        "answers": [
            {
                "by": "expert",
                "accepted": True,
                "votes": 5,
                "body": (
                    "1. Bestill en gjestebruker i Entra ID via portalen *Tilganger → Ekstern "
                    "bruker*, med sluttdato. Da forsvinner tilgangen av seg selv.\n"
                    "2. Gi rollen **Contributor på ressursgruppen**, ikke på abonnementet. "
                    "Trenger han bare å deploye, holder *Website Contributor*.\n"
                    "3. MFA er påkrevd for gjester hos oss, så si fra til ham på forhånd.\n\n"
                    "Ikke del service principal-hemmeligheter med ham – det er det vi oftest "
                    "ser i revisjonene."
                ),
            },
        ],
    },
    {
        "key": "nb-q06",
        "anonymous": True,
        "area": "any",
        "title": "Lederen min gir bare ros – hvordan ber jeg om konkrete tilbakemeldinger?",
        "body": (
            "I medarbeidersamtalen fikk jeg bare høre at alt var bra. Jeg ønsker meg mer "
            "ansvar, men vet ikke hva jeg må bli bedre på for å få det. Hvordan spør jeg uten "
            "at det virker som om jeg er misfornøyd med lederen?"
        ),
        "topics": ["feedback"],
        "audience": "organisation",
        "days_ago": 25,
        "same": 6,
        "answers": [
            {
                "by": "lead",
                "accepted": True,
                "votes": 9,
                "body": (
                    "Still spørsmål som er umulige å svare «bra» på:\n\n"
                    "- «Hvis jeg skulle gjøre én ting annerledes i neste prosjekt, hva burde "
                    "det være?»\n"
                    "- «Hva gjør [en kollega som har rollen du ønsker] som jeg ikke gjør ennå?»\n"
                    "- «Hva må du se fra meg for å gi meg ansvar for X?»\n\n"
                    "Gi lederen spørsmålet på forhånd. Mange ledere synes det er vanskelig å "
                    "komme på noe konkret på stedet, selv om de har meninger."
                ),
                "comments": [
                    {
                        "by": "asker",
                        "body": "Det siste spørsmålet fikk i gang en helt ny samtale. Takk.",
                    },
                ],
            },
            {
                "by": "expert",
                "votes": 3,
                "body": (
                    "Be også om tilbakemelding fra andre enn lederen: prosjektlederen, en "
                    "kunde, en seniorkollega. De ser ofte andre ting."
                ),
            },
        ],
    },
    {
        "key": "nb-q07",
        "area": "infrastructure",
        "title": (
            "Hvilke kilder bruker dere for nettleie og effekttariffer i lønnsomhetsberegninger?"
        ),
        "body": (
            "Vi regner på batterilager for en kunde med stort effektuttak om vinteren. Tariffene "
            "varierer mye mellom nettselskapene. Finnes det en samlet oversikt, eller må man "
            "hente fra hvert selskap?"
        ),
        "topics": ["energy-systems"],
        "audience": "organisation",
        "days_ago": 20,
        "answers": [
            {
                "by": "expert",
                "votes": 3,
                "body": (
                    "RME (NVE) publiserer tariffgrunnlaget, men det er enklest å hente "
                    "gjeldende satser fra nettselskapets egne sider – strukturen er ulik fra "
                    "selskap til selskap etter tariffomleggingen i 2022.\n\n"
                    "Vi har et regneark med satsene for de ti største nettselskapene i "
                    "fagområdet Energi, oppdatert i januar. Husk å regne på "
                    "kapasitetsleddet per måned med de tre høyeste timene, ikke én."
                ),
            },
        ],
    },
    {
        "key": "nb-q08",
        "area": "design",
        "title": "Hvordan får vi saksbehandlerne med på brukerreisen uten et nytt møte?",
        "body": (
            "Vi kartlegger brukerreisen for søknad om startlån i en kommune. Saksbehandlerne er "
            "helt sentrale, men de har ikke tid til workshops. Hvordan har dere fått innsikt "
            "fra travle fagfolk?"
        ),
        "topics": ["service-design", "ux-research"],
        "audience": "organisation",
        "days_ago": 43,
        "answers": [
            {
                "by": "expert",
                "accepted": True,
                "votes": 4,
                "body": (
                    "Gå til dem i stedet for å be dem komme til dere:\n\n"
                    "- **Skygging:** sitt ved siden av en saksbehandler i to timer mens hun "
                    "jobber. Du lærer mer enn i en workshop, og det koster henne nesten "
                    "ingenting.\n"
                    "- **Heng utkastet på veggen** ved kaffemaskinen deres i en uke med "
                    "post-it-lapper ved siden av.\n"
                    "- Be om 15 minutter på et allerede planlagt avdelingsmøte.\n\n"
                    "Og vis dem etterpå hva innspillene deres førte til. Da sier de ja neste gang."
                ),
            },
        ],
    },
    {
        "key": "nb-q09",
        "area": "data",
        "title": (
            "Modellen har 92 % treffsikkerhet, men er likevel ikke "
            "god nok – hvordan forklarer jeg det?"
        ),
        "body": (
            "Vi har laget en modell som skal finne feil i vannmålere. Kunden ser «92 %» og vil "
            "sette den i drift. Problemet er at bare 3 % av målerne faktisk er feil. Hvordan "
            "forklarer jeg dette uten å drukne dem i statistikk?"
        ),
        "topics": ["machine-learning", "statistics"],
        "audience": "organisation",
        "days_ago": 28,
        "same": 1,
        "answers": [
            {
                "by": "expert",
                "accepted": True,
                "votes": 8,
                "body": (
                    "Snakk om målere, ikke prosent. For eksempel:\n\n"
                    "> Av 10 000 målere er 300 feil. Modellen finner 180 av dem, og peker i "
                    "tillegg ut 600 som er i orden.\n\n"
                    "Da ser kunden selv at montørene vil bruke mesteparten av tiden på friske "
                    "målere, og at 120 feil blir oversett. Spør så hva en bomtur koster og hva "
                    "en oversett feil koster – da kan dere velge terskel sammen."
                ),
                "comments": [
                    {"by": "asker", "body": "Brukte akkurat dette i møtet i dag. Det landet."},
                ],
            },
        ],
    },
    {
        "key": "nb-q10",
        "area": "any",
        "asker": "leader",
        "title": "Hvem bestiller PC og tilganger når jeg får en ny på teamet?",
        "body": (
            "Jeg er ny teamleder og får en ny medarbeider om tre uker. Er det jeg som skal "
            "bestille utstyr og tilganger, eller skjer det automatisk når HR har registrert "
            "ansettelsen?"
        ),
        "topics": ["onboarding"],
        "audience": "organisation",
        "days_ago": 53,
        "answers": [
            {
                "by": "expert",
                "accepted": True,
                "votes": 5,
                "body": (
                    "Når HR har registrert ansettelsen, får du som leder en oppgave i "
                    "tjenesteportalen: *Ny medarbeider – utstyr og tilganger*. Den må du fylle "
                    "ut senest ti virkedager før oppstart.\n\n"
                    "Standard-PC og Microsoft 365 kommer automatisk. Fagsystemer, tilgang til "
                    "kundemiljøer og mobil må du bestille selv i samme skjema. Tips: spør en "
                    "i teamet hvilke tilganger de faktisk bruker – listen er alltid lengre enn "
                    "man tror."
                ),
            },
        ],
    },
    {
        "key": "nb-q11",
        "area": "projects",
        "title": "Hvordan skriver jeg et brev til innbyggere uten at det høres ut som et vedtak?",
        "body": (
            "Vi skal sende et brev til 400 husstander om graving i gata deres neste vår. "
            "Utkastet fra prosjektet er full av «iht.» og «det vises til». Har noen gode råd "
            "for klarspråk?"
        ),
        "topics": ["plain-language"],
        "audience": "organisation",
        "days_ago": 35,
        "same": 1,
        "answers": [
            {
                "by": "expert",
                "accepted": True,
                "votes": 6,
                "body": (
                    "Start med det de lurer på, i den rekkefølgen de lurer på det:\n\n"
                    "1. Hva skjer, og når? («Fra 14. april graver vi i Bjørnstadveien.»)\n"
                    "2. Hva betyr det for meg? (parkering, støy, vann stengt)\n"
                    "3. Hvem kan jeg kontakte?\n\n"
                    "Skriv «vi» og «du», bruk korte setninger, og sett det viktigste i "
                    "overskriften. Språkrådet har gode råd på "
                    "[klarspråk.no](https://www.sprakradet.no/klarsprak/). Test gjerne brevet "
                    "på en nabo eller et familiemedlem før det sendes."
                ),
            },
        ],
    },
    {
        "key": "nb-q12",
        "anonymous": True,
        "area": "any",
        "title": "Er det vanlig å ikke ha fått noen oppgaver de første ukene?",
        "body": (
            "Jeg er ganske ny her. Jeg har lest dokumentasjon og vært på møter, men "
            "har ikke fått en eneste oppgave. Lederen min er veldig travel. Jeg vil ikke mase, "
            "men jeg begynner å lure på om de angrer på at de ansatte meg."
        ),
        "topics": ["onboarding"],
        "audience": "organisation",
        "days_ago": 17,
        "same": 3,
        "answers": [
            {
                "by": "lead",
                "accepted": True,
                "votes": 8,
                "body": (
                    "Det er dessverre ikke uvanlig, men det er ikke sånn det skal være – og det "
                    "sier ingenting om deg. Oftest betyr det at lederen ikke har fått satt av "
                    "tid til å planlegge introduksjonen.\n\n"
                    "Å spørre er ikke å mase. Prøv: «Jeg har fått god oversikt nå og er klar for "
                    "en første oppgave. Kan jeg ta noe fra backloggen, eller hjelpe noen i "
                    "teamet?» Da gjør du det lett for lederen å si ja.\n\n"
                    "Du kan også be om en fadder, hvis du ikke har fått det."
                ),
                "comments": [
                    {
                        "by": "asker",
                        "body": (
                            "Spurte i går, og fikk to oppgaver og en fadder i dag. Det var "
                            "altså bare travelhet."
                        ),
                    },
                ],
            },
            {
                "by": "any",
                "votes": 4,
                "body": (
                    "Sånn var det for meg også. Det som hjalp var å foreslå en liten oppgave "
                    "selv – jeg fant en feil i dokumentasjonen og rettet den."
                ),
            },
        ],
    },
    {
        "key": "nb-q13",
        "area": "infrastructure",
        "title": "Hvor ofte må vi ta førstehjelpskurs på nytt?",
        "body": (
            "Jeg tok førstehjelpskurs for tre år siden da jeg begynte. Jeg skal ut på anlegg "
            "igjen i vår. Må jeg oppfriske, og hvem bestiller det?"
        ),
        "topics": ["first-aid", "occupational-safety"],
        "audience": "organisation",
        "days_ago": 81,
        "answers": [
            {
                "by": "expert",
                "accepted": True,
                "votes": 3,
                "body": (
                    "Vår regel er oppfriskning hvert andre år for alle som jobber ute på "
                    "anlegg, så du skal ta det før du drar ut. Kurset er fire timer og går "
                    "en gang i måneden i Bergen og Oslo. Meld deg på i kurskalenderen under "
                    "*HMS*; kostnaden går på fellesbudsjettet, ikke prosjektet."
                ),
            },
        ],
    },
    {
        "key": "nb-q14",
        "area": "infrastructure",
        "title": "Kartlagene fra kommunen havner i havet i QGIS – hva er galt?",
        "body": (
            "Jeg har lastet ned plandata fra kommunen og lagt dem oppå et bakgrunnskart, men "
            "alt havner et sted utenfor Afrika. Hva gjør jeg feil?"
        ),
        "topics": ["gis"],
        "audience": "organisation",
        "days_ago": 46,
        "same": 1,
        "answers": [
            {
                "by": "expert",
                "accepted": True,
                "votes": 6,
                "body": (
                    "Klassiker! Laget ditt mangler (eller har feil) koordinatsystem, så QGIS "
                    "tror koordinatene er grader.\n\n"
                    "1. Høyreklikk laget → *Layer CRS → Set Layer CRS*.\n"
                    "2. Velg **EUREF89 UTM sone 32 (EPSG:25832)** for Vestlandet og Østlandet, "
                    "eller sone 33 (EPSG:25833) lenger nord og øst, alt etter hva kommunen "
                    "bruker. Det står som regel i metadataene.\n"
                    "3. Sett prosjektets CRS til det samme.\n\n"
                    "Bruk *Set*, ikke *Reproject*: dataene er riktige, det er bare merkelappen "
                    "som mangler."
                ),
                "comments": [
                    {"by": "asker", "body": "25832, og nå ligger de i Bergen. Takk!"},
                ],
            },
        ],
    },
    {
        "key": "nb-q15",
        "area": "sales",
        "title": "Kunden ber om 15 % rabatt i siste runde – hva gjør dere?",
        "body": (
            "Vi er i sluttforhandling om en rammeavtale. Innkjøperen sier at vi «må ned 15 % "
            "for å være med videre». Vi har allerede en stram kalkyle. Hvordan svarer dere på "
            "det?"
        ),
        "topics": ["negotiation"],
        "audience": "organisation",
        "days_ago": 23,
        "answers": [
            {
                "by": "expert",
                "accepted": True,
                "votes": 5,
                "body": (
                    "Aldri gi rabatt uten å få noe tilbake. Spør først hva 15 % er basert på – "
                    "ofte er det en forhandlingsteknikk, ikke et faktisk tall fra en "
                    "konkurrent.\n\n"
                    "Så tilbyr du endringer i *omfang* eller *vilkår* i stedet for pris: lengre "
                    "avtaleperiode, volumforpliktelse, færre møter, fakturering månedlig i "
                    "stedet for kvartalsvis. Ha bestemt deg for smertegrensen før møtet, og "
                    "avtal med salgsansvarlig hvem som kan si ja til hva."
                ),
            },
            {
                "by": "expert",
                "votes": 2,
                "body": (
                    "Og tål å vente. «Det må jeg se på med teamet, du hører fra meg i "
                    "morgen» er et helt legitimt svar."
                ),
            },
        ],
    },
    {
        "key": "nb-q16",
        "area": "software",
        "title": "Hvordan versjonerer vi API-et mot kundene uten å knekke gamle klienter?",
        "body": (
            "Vi må endre formatet på adressefeltet i integrasjons-API-et. Tre kunder bruker "
            "det, og vi vet ikke når de får oppdatert. Versjon i URL-en, i header, eller noe "
            "annet?"
        ),
        "topics": ["api-design", "integration"],
        "audience": "organisation",
        "days_ago": 37,
        "answers": [
            {
                "by": "expert",
                "accepted": True,
                "votes": 5,
                "body": (
                    "Vi bruker versjon i URL-en (`/v2/`) for brytende endringer – det er enkelt "
                    "å forstå for kundene og lett å rute i API-gatewayen.\n\n"
                    "Men først: trenger det å være brytende? Kan dere legge til "
                    "`address_lines` og beholde `address` en stund, er det ikke en ny versjon. "
                    "Hvis det må være v2: kjør begge parallelt, send `Deprecation`- og "
                    "`Sunset`-headere fra v1, og avtal en dato med hver kunde skriftlig."
                ),
            },
        ],
    },
    {
        "key": "nb-q17",
        "area": "any",
        "asker": "leader",
        "audience": "unit",
        "title": "Hvordan følger vi opp etter byttet til nytt timeføringssystem?",
        "body": (
            "Det er en måned siden vi byttet, og jeg ser at flere fortsatt fører timer i Excel "
            "og sender til meg. Hva bør vi gjøre nå for at det nye systemet faktisk blir brukt?"
        ),
        "topics": ["change-management"],
        "days_ago": 11,
        "answers": [
            {
                "by": "expert",
                "accepted": True,
                "votes": 2,
                "body": (
                    "Finn ut *hvorfor* de bruker Excel. Min erfaring er at det nesten alltid er "
                    "én konkret ting – at prosjektkodene er vanskelige å finne, eller at det "
                    "ikke går an å kopiere forrige uke.\n\n"
                    "Ta en kort runde på neste teammøte: «Hva er det mest irriterende med det "
                    "nye systemet?» Fiks de to største, vis hvordan, og slutt så å ta imot "
                    "Excel-ark – med en dato alle kjenner."
                ),
            },
        ],
    },
    {
        "key": "nb-q18",
        "area": "infrastructure",
        "title": "Kan jeg dele bilder fra byggeplassen på LinkedIn?",
        "body": (
            "Vi har et flott prosjekt på gang, og jeg vil gjerne dele noen bilder og fortelle "
            "om hva vi gjør. Hva må jeg sjekke først?"
        ),
        "topics": ["social-media", "content-marketing"],
        "audience": "organisation",
        "days_ago": 4,
        "answers": [
            {
                "by": "expert",
                "accepted": True,
                "votes": 3,
                "body": (
                    "Så bra at du vil dele! Sjekk tre ting:\n\n"
                    "1. **Kunden:** står det noe om markedsføring i kontrakten? Spør "
                    "prosjektlederen – noen kunder vil godkjenne først.\n"
                    "2. **Folk på bildet:** spør dem, og sørg for at verneutstyret er på. Et "
                    "bilde uten hjelm blir fort et HMS-spørsmål i kommentarfeltet.\n"
                    "3. **Sikkerhet:** ingen bilder av adgangskontroll, tegninger eller "
                    "skjermer.\n\n"
                    "Tagg gjerne Nordlys-siden, så deler vi det videre."
                ),
            },
        ],
    },
    {
        "key": "nb-q19",
        "area": "software",
        "title": "Hvordan flytter vi ressurser mellom Terraform-states uten nedetid?",
        "body": (
            "Vi vil dele den store staten for plattformen i én per miljø. Noen har gjort dette "
            "med `terraform state mv` eller `moved`-blokker på tvers av states? Hva bør vi "
            "passe oss for?"
        ),
        "topics": ["terraform", "azure"],
        "audience": "organisation",
        "days_ago": 1,
        "answers": [],
    },
    {
        "key": "nb-q20",
        "anonymous": True,
        "area": "any",
        "title": "Hvordan bytter man team internt uten at det blir rart med lederen?",
        "body": (
            "Jeg trives med kollegene, men har lyst til å jobbe mer med data. Det finnes en "
            "ledig stilling i et annet team. Må jeg si det til lederen min før jeg søker, og "
            "hvordan gjør jeg det uten at det høres ut som kritikk?"
        ),
        "topics": ["team-leadership", "feedback"],
        "audience": "organisation",
        "days_ago": 1,
        "same": 2,
        "answers": [],
    },
]
