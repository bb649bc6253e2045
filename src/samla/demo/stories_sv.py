"""Swedish demo stories for Nordlys Group, written by colleagues at the Stockholm and Göteborg
offices (and Swedish speakers elsewhere): what they learned, what went well, what did not go as
planned, tips, links, experiments and short videos.

Plain data without Django imports. Each story names the *kind of* author ("leader", "employee"
or "any") and the part of the company they work in; the seeder picks a fitting person. Section
keys follow `samla.stories.kinds.SECTIONS`, topics are skill slugs from `samla.demo.skills`, and
days are relative to the day the demo is seeded.
"""

from __future__ import annotations

from typing import Any

STORIES: list[dict[str, Any]] = [
    {
        "key": "sv-001",
        "kind": "learning",
        "author": "employee",
        "area": "customer",
        "title": "Fem sekunders tystnad efter en fråga gav bättre svar än alla mina följdfrågor",
        "sections": {
            "learned": (
                "När jag ställer en fråga i en workshop och sedan håller tyst i fem sekunder – på "
                "riktigt, jag räknar i huvudet – kommer de bästa svaren. Tystnaden känns lång för "
                "mig, men för deltagarna är det tid att tänka."
            ),
            "situation": (
                "Vi hade en behovsworkshop med en kommun i Stockholms län om deras nya e-tjänst "
                "för bygglov. Efteråt insåg jag att jag hade fyllt varje paus med en ny fråga "
                "eller ett eget förslag, och att det bara var två av tolv som pratade."
            ),
            "differently": (
                "Jag skriver ner tre öppna frågor före varje workshop och lovar mig själv att "
                "vänta ut tystnaden. Om ingen svarar ber jag alla skriva en lapp var först."
            ),
        },
        "topics": ["facilitation", "customer-dialogue"],
        "days_ago": 6,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": (
                    "Känner igen mig så mycket. Jag har börjat med ”skriv först, prata sen” och "
                    "det funkar även i Teams."
                ),
                "replies": [
                    {
                        "author": "any",
                        "body": (
                            "Ja! Lappar först gör också att de tysta får lika mycket utrymme som "
                            "de snabba."
                        ),
                    },
                ],
            },
            {
                "author": "any",
                "body": (
                    "Fem sekunder är en evighet när man står där framme. Bra att du skriver att du "
                    "räknar, det ska jag testa."
                ),
            },
        ],
        "reactions": {
            "helped": 11,
            "will_try": 8,
            "thanks": 5,
        },
    },
    {
        "key": "sv-002",
        "kind": "learning",
        "author": "employee",
        "area": "engineering",
        "title": "Liveness-proben som startade om alla poddar när databasen var långsam",
        "sections": {
            "learned": (
                "En liveness probe ska bara svara på om själva processen lever, inte på om allt "
                "den är beroende av fungerar. Vår kontrollerade databasen, så när databasen blev "
                "långsam startade Kubernetes om alla poddar samtidigt – vilket gjorde allt värre."
            ),
            "situation": (
                "Under en kampanjvecka för en kund inom detaljhandeln fick databasen hög last och "
                "svarade långsamt i några minuter. I stället för att klara sig igenom det hamnade "
                "alla sex poddar i beställningstjänsten i en omstartsloop, och tjänsten låg nere i "
                "25 minuter."
            ),
            "differently": (
                "Beroenden kontrolleras nu i readiness-proben, så att trafiken pausas utan "
                "omstart. Jag går igenom proberna i våra andra tjänster under nästa sprint."
            ),
        },
        "topics": ["kubernetes", "observability"],
        "days_ago": 11,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": (
                    "Exakt samma sak hände oss i fjol med Redis. Tack för en tydlig förklaring av "
                    "skillnaden!"
                ),
            },
            {
                "author": "any",
                "body": (
                    "Har ni tittat på startup probes också? De hjälpte oss med en tjänst som är "
                    "seg att starta."
                ),
                "replies": [
                    {
                        "author": "any",
                        "body": "Inte än, men det står på listan nu. Tack för tipset.",
                    },
                ],
            },
        ],
        "reactions": {
            "helped": 9,
            "will_try": 6,
            "thanks": 3,
        },
    },
    {
        "key": "sv-003",
        "kind": "learning",
        "author": "employee",
        "area": "sales",
        "title": "Läs utvärderingsmodellen innan du läser kravspecifikationen",
        "sections": {
            "learned": (
                "I en offentlig upphandling är det utvärderingsmodellen som avgör vad som är värt "
                "att skriva mycket om – inte hur lång kravspecifikationen är. Jag hade lagt två "
                "dagar på ett avsnitt som inte gav några poäng alls."
            ),
            "situation": (
                "Det var mitt första anbud som anbudsansvarig, en ramavtalsupphandling av "
                "konsulttjänster inom VA för en region i Mellansverige. Kvalitet vägde 60 %, och "
                "nästan alla kvalitetspoäng satt i tre uppdragsbeskrivningar."
            ),
            "differently": (
                "Jag börjar med ett uppslag där varje tilldelningskriterium har sin vikt och en "
                "person som äger texten. Först därefter fördelar vi resten av kraven."
            ),
        },
        "topics": ["public-procurement", "bid-writing"],
        "days_ago": 34,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": (
                    "Det här borde stå på första sidan i vår anbudshandbok. Får jag låna din mall "
                    "för uppslaget?"
                ),
                "replies": [
                    {
                        "author": "any",
                        "body": "Absolut, jag lägger den i anbudsmappen på Teams i dag.",
                    },
                ],
            },
        ],
        "reactions": {
            "helped": 7,
            "will_try": 5,
            "thanks": 4,
        },
    },
    {
        "key": "sv-004",
        "kind": "learning",
        "author": "employee",
        "area": "operations",
        "title": "Intressentkartan jag borde ha gjort vecka ett",
        "sections": {
            "learned": (
                "De som inte syns i styrgruppen kan ha störst påverkan på ett projekt. För oss var "
                "det fastighetsskötarna, som visste var alla gamla ledningar låg."
            ),
            "situation": (
                "Jag var projektledare för första gången, för en ombyggnad av en skola i Göteborg. "
                "Vi fick ändra ritningarna två gånger eftersom vi inte hade pratat med driften "
                "förrän projekteringen nästan var klar."
            ),
            "differently": (
                "Första veckan i nästa projekt gör jag en enkel intressentkarta tillsammans med "
                "beställaren, utifrån frågan ”vem påverkas i vardagen?”. Och jag bokar ett möte "
                "med driften innan vi ritar något."
            ),
        },
        "topics": ["project-management", "stakeholder-management"],
        "days_ago": 58,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": (
                    "Driften vet alltid var skon klämmer. Bra att du skriver om det här, det är "
                    "lätt att glömma när man har en tajt tidplan."
                ),
            },
        ],
        "reactions": {
            "helped": 6,
            "will_try": 4,
            "thanks": 6,
        },
    },
    {
        "key": "sv-005",
        "kind": "learning",
        "author": "employee",
        "area": "customer",
        "title": "”Ditt ärende har eskalerats” betyder ingenting för den som ringer",
        "sections": {
            "learned": (
                "Våra standardsvar i servicedesken var skrivna för oss, inte för användarna. Ord "
                "som ”eskalerat”, ”andra linjen” och ”incident” gjorde att folk hörde av sig igen "
                "för att fråga vad som händer."
            ),
            "situation": (
                "Jag gick igenom 50 ärenden där användaren hade hört av sig mer än en gång om "
                "samma sak. I nästan hälften var följdfrågan i stort sett ”vad betyder det här?”."
            ),
            "differently": (
                "Jag skriver om mallarna så att de svarar på tre frågor: vad händer nu, när hör vi "
                "av oss och vad kan du göra under tiden. Två av de nya mallarna används redan."
            ),
        },
        "topics": ["plain-language", "customer-dialogue", "itil"],
        "days_ago": 19,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": (
                    "Tre frågor-modellen är så enkel och så bra. Kan vi använda den i projektens "
                    "statusmejl också?"
                ),
            },
            {
                "author": "any",
                "body": (
                    "Jag jobbade i kundtjänst i fem år och vi sa ”eskalerat” hela tiden. Ingen "
                    "utanför visste vad det betydde, det inser jag nu."
                ),
                "replies": [
                    {
                        "author": "any",
                        "body": (
                            "Haha, ingen av oss tänkte på det heller förrän vi läste ärendena i "
                            "följd."
                        ),
                    },
                ],
            },
        ],
        "reactions": {
            "helped": 12,
            "will_try": 7,
            "thanks": 6,
        },
    },
    {
        "key": "sv-006",
        "kind": "learning",
        "author": "employee",
        "area": "engineering",
        "title": "Sluta bygga en enda bred tabell i Power BI",
        "sections": {
            "learned": (
                "Ett stjärnschema – en faktatabell med timmar och några små dimensionstabeller för "
                "projekt, person och datum – gör rapporten både snabbare och mycket lättare att "
                "förstå. Mina DAX-mått blev hälften så långa."
            ),
            "situation": (
                "Jag byggde om projektuppföljningen för Project Office, som var en enda tabell med "
                "90 kolumner från tidrapporteringen. Varje ny fråga krävde en ny beräknad kolumn "
                "och filen hade vuxit till 700 MB."
            ),
            "differently": (
                "Jag ritar modellen på papper innan jag öppnar Power BI. Och jag har bokat en "
                "timme med Analytics i Göteborg för att gå igenom datumtabellen, som jag "
                "fortfarande inte är helt säker på."
            ),
        },
        "topics": ["power-bi", "data-analysis"],
        "days_ago": 27,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": (
                    "Välkommen till stjärnschemaklubben! Hör av dig om datumtabellen, vi har en "
                    "färdig som hanterar brutet räkenskapsår."
                ),
            },
        ],
        "reactions": {
            "helped": 8,
            "will_try": 6,
            "thanks": 2,
        },
    },
    {
        "key": "sv-007",
        "kind": "learning",
        "author": "employee",
        "area": "engineering",
        "title": "En dag i servicedesken lärde mig mer om vår app än tre sprintar",
        "sections": {
            "learned": (
                "Användarna hittar inte knappen för att byta leveransadress, och det är den "
                "vanligaste frågan till servicedesken om vår app. Vi i utvecklingsteamet hade "
                "ingen aning."
            ),
            "situation": (
                "Jag satt med servicedesken i Göteborg en hel dag och lyssnade på samtal. Av 41 "
                "samtal handlade 9 om samma sak, och inget av dem hade blivit ett ärende hos oss."
            ),
            "differently": (
                "Vi har lagt in en stående punkt i sprintplaneringen där servicedesken tar med de "
                "tre vanligaste frågorna. Och jag sitter med igen om ett kvartal."
            ),
        },
        "topics": ["customer-dialogue", "mobile-development", "ux-research"],
        "days_ago": 72,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": (
                    "Så roligt att höra! Ni är välkomna hit när som helst, det är bara att boka en "
                    "dag med oss."
                ),
                "replies": [
                    {
                        "author": "any",
                        "body": (
                            "Tack för att ni tog emot mig. Jag har redan pratat med två till i "
                            "teamet som vill komma."
                        ),
                    },
                ],
            },
            {
                "author": "any",
                "body": (
                    "Vi gjorde samma sak i Integrations förra året. Bästa dagen på hela kvartalet."
                ),
            },
        ],
        "reactions": {
            "helped": 10,
            "will_try": 9,
            "thanks": 8,
        },
    },
    {
        "key": "sv-008",
        "kind": "learning",
        "author": "employee",
        "area": "people",
        "title": "Fråga vilken sorts feedback folk vill ha innan du ger den",
        "sections": {
            "learned": (
                "När någon ber om feedback på en text kan det betyda ”är strukturen rätt?” lika "
                "väl som ”hittar du några fel i siffrorna?”. Om jag inte frågar ger jag ofta fel "
                "sorts feedback, och det blir mest frustrerande för oss båda."
            ),
            "situation": (
                "En kollega bad mig titta på ett utkast till en rapport kvällen före ett möte med "
                "kunden. Jag skrev tjugo kommentarer om upplägget, när det enda hon behövde veta "
                "var om siffrorna i tabell 3 stämde."
            ),
            "differently": (
                "Jag frågar numera alltid: ”Vad vill du att jag tittar på, och hur mycket hinner "
                "du ändra?” Det tar tio sekunder."
            ),
        },
        "topics": ["feedback", "plain-language"],
        "days_ago": 9,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": (
                    "Jag var kollegan 😄 Och kommentarerna om upplägget använde jag i nästa "
                    "version, så de var inte bortkastade!"
                ),
            },
        ],
        "reactions": {
            "helped": 14,
            "will_try": 10,
            "thanks": 4,
        },
    },
    {
        "key": "sv-009",
        "kind": "learning",
        "author": "employee",
        "area": "engineering",
        "title": "Zooma till 200 % – det enklaste tillgänglighetstestet jag vet",
        "sections": {
            "learned": (
                "Att zooma webbläsaren till 200 % och försöka slutföra en uppgift hittar "
                "förvånansvärt många problem på några minuter. Det kräver inga verktyg och alla i "
                "teamet kan göra det."
            ),
            "situation": (
                "Kundportalen skulle tillgänglighetsgranskas och jag ville hinna rätta det värsta "
                "innan. Vid 200 % täckte den fasta menyn halva formuläret, och knappen ”Skicka” "
                "hamnade utanför skärmen på en vanlig laptop."
            ),
            "differently": (
                "Zoomtestet ingår nu i vår definition av klart för allt nytt gränssnitt, "
                "tillsammans med att uppgiften ska gå att göra med bara tangentbordet."
            ),
        },
        "topics": ["accessibility", "react"],
        "days_ago": 41,
        "audience": "organisation",
        "comments": [],
        "reactions": {
            "helped": 7,
            "will_try": 11,
            "thanks": 2,
        },
    },
    {
        "key": "sv-010",
        "kind": "learning",
        "author": "employee",
        "area": "finance",
        "title": "Stäm av kundreskontran varje fredag i stället för på bokslutsdagen",
        "sections": {
            "learned": (
                "Om jag stämmer av kundreskontran mot huvudboken varje fredag blir avvikelserna "
                "små och lätta att förklara. Tidigare var de stora och ingen mindes varför de "
                "uppstått."
            ),
            "situation": (
                "I oktober letade vi i två dagar efter en differens på 184 000 kr, som visade sig "
                "vara en kreditfaktura bokförd i fel period. Den hade varit lätt att hitta veckan "
                "den uppstod."
            ),
            "differently": (
                "Jag har en stående halvtimme varje fredag och en enkel Excel-mall med en "
                "pivottabell över differenser per kund. Vi utvärderar efter kvartalet."
            ),
        },
        "topics": ["financial-reporting", "excel"],
        "days_ago": 95,
        "audience": "unit",
        "comments": [
            {
                "author": "any",
                "body": "Bra! Kan du visa mallen på nästa ekonomifrukost?",
                "replies": [
                    {
                        "author": "any",
                        "body": "Gärna, jag tar med den.",
                    },
                ],
            },
        ],
        "reactions": {
            "helped": 4,
            "will_try": 3,
            "thanks": 2,
        },
    },
    {
        "key": "sv-011",
        "kind": "learning",
        "author": "leader",
        "area": "people",
        "title": "Som ny chef trodde jag att jag måste ha svaret i varje möte",
        "sections": {
            "learned": (
                "Mitt team behöver inte att jag har alla svar – de behöver att jag ställer bra "
                "frågor och fattar beslut när det behövs. När jag svarar först slutar de att tänka "
                "högt."
            ),
            "situation": (
                "Under mina första månader som teamchef svarade jag på varje fråga i mötet direkt, "
                "ofta innan den som frågade hade pratat klart. En medarbetare sa vänligt i ett "
                "utvecklingssamtal att det var lättare att ta upp saker med mig på tu man hand."
            ),
            "differently": (
                "På våra veckomöten pratar jag sist. Och när någon tar upp ett problem frågar jag "
                "först: ”Vad tänker du själv?”"
            ),
        },
        "topics": ["team-leadership", "coaching"],
        "days_ago": 47,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": (
                    "Modigt att skriva om det här. Jag tror många av oss som är nya chefer känner "
                    "igen oss."
                ),
            },
            {
                "author": "any",
                "body": "Jag kan intyga att det märks skillnad i teamet. Tack!",
            },
            {
                "author": "any",
                "body": (
                    "”Prata sist” är ett råd jag fick av min första chef också. Svårare än det "
                    "låter."
                ),
                "replies": [
                    {
                        "author": "any",
                        "body": "Verkligen. Jag har en lapp på skärmen som det står ”vänta” på.",
                    },
                ],
            },
        ],
        "reactions": {
            "helped": 13,
            "will_try": 9,
            "thanks": 17,
        },
    },
    {
        "key": "sv-012",
        "kind": "success",
        "author": "employee",
        "area": "engineering",
        "title": "Appens starttid gick från 4,2 till 1,3 sekunder",
        "sections": {
            "changed": (
                "Vi laddar bara det som behövs för startskärmen och hämtar resten i bakgrunden. "
                "Dessutom slutade vi hämta hela kundprofilen vid varje start och cachar den i "
                "stället."
            ),
            "before": (
                "Median starttid på Android var 4,2 sekunder, mätt hos riktiga användare (ungefär "
                "18 000 starter per dag). I var femte recension med ett eller två stjärnor nämndes "
                "att appen var seg."
            ),
            "after": (
                "Efter releasen i maj är medianen 1,3 sekunder. Andelen låga betyg som nämner "
                "hastigheten har gått från 21 % till 6 %."
            ),
            "learning": (
                "Vi hade gissat att det var bilderna, men en profilering visade att det mesta av "
                "tiden gick till tre nätverksanrop i rad som kunde göras parallellt. Mät först, "
                "optimera sen – det fick vi lära oss igen."
            ),
        },
        "topics": ["mobile-development", "react"],
        "days_ago": 15,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": "Snyggt jobbat! Vilket verktyg använde ni för profileringen?",
                "replies": [
                    {
                        "author": "any",
                        "body": (
                            "Android Studios profiler för det mesta, och Flipper för "
                            "nätverksanropen."
                        ),
                    },
                ],
            },
            {
                "author": "any",
                "body": (
                    "Kunden nämnde det på styrgruppsmötet i går, de har märkt skillnaden i sin "
                    "egen statistik."
                ),
            },
        ],
        "reactions": {
            "helped": 6,
            "will_try": 3,
            "thanks": 9,
        },
    },
    {
        "key": "sv-013",
        "kind": "success",
        "author": "employee",
        "area": "customer",
        "title": "Fler ärenden löses redan i första samtalet – från 54 % till 71 %",
        "sections": {
            "changed": (
                "Vi har byggt en liten kunskapsbank med 35 artiklar för de vanligaste ärendena, "
                "skrivna av oss som svarar i telefon. Varje artikel har en ansvarig och ett datum "
                "då den ska ses över."
            ),
            "before": (
                "Under första kvartalet löstes 54 % av ärendena vid första kontakten. Resten "
                "skickades vidare till andra linjen, ofta med en kort anteckning som ”funkar "
                "inte”."
            ),
            "after": (
                "Under tredje kvartalet var det 71 %, med ungefär samma antal ärenden (cirka 2 900 "
                "per kvartal). Andra linjen har fått tillbaka ungefär en halv tjänst."
            ),
            "learning": (
                "När vi sorterade ärendestatistiken såg vi att samma tio ärendetyper stod för över "
                "hälften av volymen. Då var det självklart var vi skulle börja."
            ),
        },
        "topics": ["itil", "customer-dialogue"],
        "days_ago": 38,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": "Som andra linjen kan jag bara säga: tack! Det märks verkligen.",
            },
        ],
        "reactions": {
            "helped": 8,
            "will_try": 5,
            "thanks": 12,
        },
    },
    {
        "key": "sv-014",
        "kind": "success",
        "author": "any",
        "area": "finance",
        "title": "Fakturorna går ut arbetsdag 4 i stället för arbetsdag 9",
        "sections": {
            "changed": (
                "Projektledarna attesterar timmarna senast andra arbetsdagen, och får en "
                "automatisk påminnelse med en lista över exakt vilka projekt som väntar på dem. "
                "Fakturaunderlagen skapas sedan i ett svep."
            ),
            "before": (
                "Förra året gick månadens fakturor i snitt ut arbetsdag 9. Kundfordringarna låg "
                "runt 38 dagar."
            ),
            "after": (
                "De senaste fyra månaderna har fakturorna gått ut arbetsdag 4. Kundfordringarna är "
                "nere på 31 dagar, vilket har frigjort ungefär 6 miljoner kronor i rörelsekapital."
            ),
            "learning": (
                "Det var inte projektledarna som var långsamma – de visste helt enkelt inte vilka "
                "projekt som väntade på dem. En tydlig lista gjorde mer än tre påminnelsemejl."
            ),
        },
        "topics": ["financial-reporting", "lean"],
        "days_ago": 66,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": (
                    "Listan är så mycket bättre än de gamla mejlen. Nu tar det mig fem minuter."
                ),
            },
        ],
        "reactions": {
            "helped": 5,
            "will_try": 2,
            "thanks": 10,
        },
    },
    {
        "key": "sv-015",
        "kind": "success",
        "author": "employee",
        "area": "people",
        "title": "Nyanställda i Stockholm hittar rätt snabbare med en fadder",
        "sections": {
            "changed": (
                "Alla nyanställda på Stockholmskontoret får en fadder från ett annat team i tre "
                "månader, med fyra inbokade fikor och en checklista som faddern äger."
            ),
            "before": (
                "I introduktionsenkäten efter tre månader svarade nyanställda i snitt 3,1 av 5 på "
                "påståendet ”jag vet vem jag ska fråga när jag kör fast”. Flera skrev att de kände "
                "sig ensamma de första veckorna."
            ),
            "after": (
                "Efter två omgångar (19 personer) är snittet 4,4. Fritextsvaren handlar nu mer om "
                "arbetsuppgifterna än om att hitta rätt."
            ),
            "learning": (
                "Det viktiga var att faddern *inte* var chefen eller någon i samma team. Att kunna "
                "ställa dumma frågor utan att det känns som en bedömning är hela poängen."
            ),
        },
        "topics": ["onboarding", "mentoring"],
        "days_ago": 120,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": (
                    "Jag var fadder i våras och fick minst lika mycket tillbaka själv. "
                    "Rekommenderas!"
                ),
            },
            {
                "author": "any",
                "body": "Kan vi göra samma sak i Göteborg?",
                "replies": [
                    {
                        "author": "any",
                        "body": (
                            "Ja, vi planerar att starta där efter sommaren. Hör av dig om du vill "
                            "vara fadder!"
                        ),
                    },
                ],
            },
        ],
        "reactions": {
            "helped": 6,
            "will_try": 7,
            "thanks": 11,
        },
    },
    {
        "key": "sv-016",
        "kind": "success",
        "author": "leader",
        "area": "sales",
        "title": "Från 2 av 11 till 5 av 12 vunna anbud efter våra anbudsgenomgångar",
        "sections": {
            "changed": (
                "Efter varje anbud, vunnet eller förlorat, begär vi ut utvärderingsprotokollet och "
                "går igenom det i 45 minuter med alla som skrev. Vi för en lista över "
                "formuleringar som fick höga poäng och sådant som drog ner."
            ),
            "before": (
                "Under hösten vann vi 2 av 11 offentliga anbud inom infrastruktur. Vi visste "
                "sällan varför vi förlorade."
            ),
            "after": (
                "Under våren har vi vunnit 5 av 12. Snittpoängen på kvalitetskriterierna har gått "
                "från 2,6 till 3,4 av 5."
            ),
            "learning": (
                "Protokollen är allmänna handlingar och ofta väldigt konkreta om vad som saknades. "
                "Vi borde ha läst dem för flera år sedan."
            ),
        },
        "topics": ["bid-writing", "public-procurement"],
        "days_ago": 88,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": (
                    "Genomgångarna är bland det mest lärorika jag varit med om här. Skönt att de "
                    "inte handlar om vem som skrev vad."
                ),
            },
        ],
        "reactions": {
            "helped": 9,
            "will_try": 6,
            "thanks": 7,
        },
    },
    {
        "key": "sv-017",
        "kind": "success",
        "author": "employee",
        "area": "engineering",
        "title": (
            "Mängdavtagning direkt ur modellen: kalkylunderlaget tog en och en halv dag i stället "
            "för fem"
        ),
        "sections": {
            "changed": (
                "Vi tar ut mängder för betong, armering och stomme direkt ur BIM-modellen med "
                "fasta filter i stället för att mäta på ritningar. Kalkylatorn får en Excel-fil "
                "som uppdateras varje gång modellen gör det."
            ),
            "before": (
                "För förfrågningsunderlaget till förra kontorshuset tog mängdningen fem "
                "arbetsdagar, och efteråt hittade vi ett fel på 60 m³ betong i grundplattan."
            ),
            "after": (
                "I projektet på Lindholmen tog det en och en halv dag, och när konstruktören "
                "ändrade bjälklagstjockleken hade vi nya mängder samma eftermiddag."
            ),
            "learning": (
                "Det krävde att vi modellerade mer konsekvent, med rätt typ på varje objekt. Vi "
                "lade en dag i början av projektet på att komma överens om "
                "modelleringsanvisningen, och det var den dagen som betalade sig."
            ),
        },
        "topics": ["bim", "structural-engineering", "excel"],
        "days_ago": 150,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": (
                    "Får vi se modelleringsanvisningen? Vi sitter med samma problem i Stockholm."
                ),
                "replies": [
                    {
                        "author": "any",
                        "body": (
                            "Självklart, den ligger i BIM-kanalen. Den är på svenska men det borde "
                            "gå bra."
                        ),
                    },
                ],
            },
        ],
        "reactions": {
            "helped": 5,
            "will_try": 4,
            "thanks": 3,
        },
    },
    {
        "key": "sv-018",
        "kind": "success",
        "author": "employee",
        "area": "engineering",
        "title": "Klimatredovisningen tog två veckor i stället för sex",
        "sections": {
            "changed": (
                "Vi hämtar resor, el och inköp direkt från källsystemen med ett enkelt dataflöde i "
                "stället för att mejla runt Excel-filer till varje kontor."
            ),
            "before": (
                "Förra året tog insamlingen sex veckor och 23 mejltrådar. Vi hittade sju rader där "
                "samma flygresa hade räknats två gånger."
            ),
            "after": (
                "I år hade vi underlaget klart efter två veckor. Avvikelserna vi hittade var två, "
                "båda i manuella underlag."
            ),
            "learning": (
                "Hållbarhetsgruppen och Data Engineering satt tillsammans en hel dag och ritade "
                "upp varifrån varje siffra kommer. Det var den dagen som gjorde skillnaden."
            ),
        },
        "topics": ["sustainability", "data-engineering"],
        "days_ago": 200,
        "audience": "organisation",
        "comments": [],
        "reactions": {
            "helped": 3,
            "will_try": 2,
            "thanks": 6,
        },
    },
    {
        "key": "sv-019",
        "kind": "lesson",
        "author": "leader",
        "area": "people",
        "title": "Vi berättade om omorganisationen för sent",
        "sections": {
            "tried": (
                "Vi skulle slå ihop två team och ville ha alla detaljer på plats innan vi "
                "berättade något. Planen var att presentera allt på ett samlat möte i slutet av "
                "månaden."
            ),
            "happened": (
                "Ryktet kom före oss. När vi väl presenterade hade folk spekulerat i tre veckor, "
                "och frågorna handlade mer om varför vi inte sagt något än om själva förändringen."
            ),
            "learned": (
                "Det är bättre att säga ”vi funderar på det här och vet inte allt än” än att vänta "
                "tills bilden är komplett. Tystnad fylls alltid med något."
            ),
            "next_time": (
                "Berätta tidigt vad vi vet och inte vet, och när nästa besked kommer. Och ta med "
                "skyddsombudet redan i planeringen."
            ),
        },
        "topics": ["change-management", "team-leadership"],
        "days_ago": 23,
        "audience": "organisation",
        "asks_leader_response": True,
        "acknowledgement": (
            "Tack för att du skriver så öppet om det här. Jag var med och fattade samma beslut, så "
            "lärdomen är lika mycket min – vi lägger in det i ledningsgruppens checklista för "
            "förändringar."
        ),
        "comments": [
            {
                "author": "any",
                "body": "Tack för att du delar. Det betyder mycket att höra det från en chef.",
            },
            {
                "author": "any",
                "body": (
                    "Ett bra exempel på att man kan kommunicera osäkerhet. Vi försöker göra samma "
                    "sak i projektet just nu."
                ),
            },
        ],
        "reactions": {
            "helped": 10,
            "will_try": 6,
            "thanks": 21,
        },
    },
    {
        "key": "sv-020",
        "kind": "lesson",
        "author": "employee",
        "area": "engineering",
        "title": "Databasmigreringen som vi körde en fredag eftermiddag",
        "sections": {
            "tried": (
                "Vi skulle lägga till en kolumn och fylla den med data i ordertabellen, cirka 14 "
                "miljoner rader. Migreringen tog under en minut i testmiljön, så vi körde den i "
                "produktion på fredagen kl. 15."
            ),
            "happened": (
                "I produktion låste migreringen tabellen i 40 minuter, och beställningar i appen "
                "gick inte igenom. Vi avbröt, och återställningen tog ytterligare tre timmar "
                "eftersom den aldrig hade provats."
            ),
            "learned": (
                "Testmiljön hade en bråkdel av datan, så tiden där sa ingenting. Och en "
                "återställningsplan som aldrig har körts är inte en plan."
            ),
            "next_time": (
                "Stora migreringar delas upp i steg som inte låser: lägg till kolumnen, fyll den i "
                "omgångar och lägg på begränsningar sist. Vi kör dem tisdag till torsdag förmiddag "
                "och provar återställningen på en kopia av produktion först."
            ),
        },
        "topics": ["sql", "ci-cd"],
        "days_ago": 4,
        "audience": "organisation",
        "asks_leader_response": True,
        "acknowledgement": (
            "Bra genomgång, och tack för att ni skrev den så snabbt. Jag har bett Platform att "
            "lägga in stegen i vår releasechecklista."
        ),
        "comments": [
            {
                "author": "any",
                "body": (
                    "Tack för att ni skriver så konkret. Stegen för migreringar tar vi också in i "
                    "vårt team."
                ),
            },
            {
                "author": "any",
                "body": (
                    "Vi har en kopia av produktion som uppdateras varje natt, ni får gärna låna "
                    "den för att prova."
                ),
                "replies": [
                    {
                        "author": "any",
                        "body": "Det tar vi tacksamt emot, jag hör av mig.",
                    },
                ],
            },
        ],
        "reactions": {
            "helped": 15,
            "will_try": 8,
            "thanks": 9,
        },
    },
    {
        "key": "sv-021",
        "kind": "lesson",
        "author": "leader",
        "area": "customer",
        "title": "Förstudien där vi lovade mer än vi kunde hålla",
        "sections": {
            "tried": (
                "I en förstudie för ett bostadsbolag ville vi visa vad vi kunde leverera, och tog "
                "med ett digitalt underhållsstöd i skissen trots att det inte ingick i budgeten."
            ),
            "happened": (
                "Kunden uppfattade det som en del av leveransen. Vi fick välja mellan att göra det "
                "utan ersättning och att ta ett obekvämt samtal mitt i projektet. Vi tog samtalet, "
                "men tre månader för sent."
            ),
            "learned": (
                "En skiss i en förstudie läses som ett löfte, hur många reservationer vi än "
                "skriver i texten."
            ),
            "next_time": (
                "Vi markerar tydligt i själva bilden vad som är en idé för senare, och stämmer av "
                "omfattningen muntligt med kunden innan förstudien skickas."
            ),
        },
        "topics": ["stakeholder-management", "project-management", "customer-dialogue"],
        "days_ago": 76,
        "audience": "organisation",
        "asks_leader_response": False,
        "acknowledgement": None,
        "comments": [
            {
                "author": "any",
                "body": "”En skiss läses som ett löfte” – den ska jag komma ihåg.",
            },
        ],
        "reactions": {
            "helped": 9,
            "will_try": 4,
            "thanks": 6,
        },
    },
    {
        "key": "sv-022",
        "kind": "lesson",
        "author": "employee",
        "area": "engineering",
        "title": "Användartestet med fel användare",
        "sections": {
            "tried": (
                "Vi skulle testa en ny vy för felanmälan i en app för hyresgäster. För att hinna "
                "före sprintslut rekryterade vi testpersoner internt – sex kollegor på kontoret."
            ),
            "happened": (
                "Alla klarade uppgifterna på under en minut och vi släppte vyn. Två veckor senare "
                "hade kundtjänsten fått dubbelt så många samtal om felanmälan, främst från "
                "hyresgäster som inte förstod ikonerna."
            ),
            "learned": (
                "Kollegor som jobbar med appar varje dag är inte hyresgäster. Ett snabbt test med "
                "fel personer ger falsk trygghet, vilket kan vara sämre än inget test alls."
            ),
            "next_time": (
                "Hellre tre riktiga hyresgäster än sex kollegor. Vi har nu en överenskommelse med "
                "bostadsbolaget om att få kontakta frivilliga i deras hyresgästpanel."
            ),
        },
        "topics": ["ux-research", "mobile-development"],
        "days_ago": 101,
        "audience": "organisation",
        "asks_leader_response": False,
        "acknowledgement": None,
        "comments": [
            {
                "author": "any",
                "body": (
                    "Bra att ni fick till hyresgästpanelen. Säg till om ni behöver hjälp med "
                    "rekryteringen nästa gång, vi har en mall för samtycke."
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
        "key": "sv-023",
        "kind": "lesson",
        "author": "leader",
        "area": "people",
        "title": "Kravprofilen som ändrades mitt i rekryteringen",
        "sections": {
            "tried": (
                "Vi rekryterade en senior data engineer med en kravprofil som fokuserade på Azure "
                "och Python. Efter första intervjuomgången insåg vi att vi egentligen behövde "
                "någon som också kunde leda andra."
            ),
            "happened": (
                "Vi ändrade bedömningen i andra omgången utan att säga det till kandidaterna. Två "
                "starka kandidater fick avslag på grunder de aldrig fått veta skulle bedömas, och "
                "en av dem frågade med rätta varför."
            ),
            "learned": (
                "En kravprofil är ett löfte till kandidaterna om vad vi bedömer. Att den ändras är "
                "inte konstigt, men då måste det synas."
            ),
            "next_time": (
                "Om behovet ändras pausar vi, uppdaterar annonsen och kravprofilen och berättar "
                "det för alla kandidater i processen. Vi lägger också en halvtimme med teamet på "
                "kravprofilen innan annonsen publiceras."
            ),
        },
        "topics": ["recruitment", "employment-law"],
        "days_ago": 31,
        "audience": "organisation",
        "asks_leader_response": True,
        "acknowledgement": None,
        "comments": [
            {
                "author": "any",
                "body": (
                    "Tack för att du skriver om det här. HR hjälper gärna till med att uppdatera "
                    "kravprofiler under processen, hör av dig nästa gång."
                ),
            },
        ],
        "reactions": {
            "helped": 5,
            "will_try": 3,
            "thanks": 8,
        },
    },
    {
        "key": "sv-024",
        "kind": "lesson",
        "author": "employee",
        "area": "engineering",
        "title": "300 larm i veckan – och det viktiga missade vi",
        "sections": {
            "tried": (
                "Vi satte upp larm för allt vi kunde mäta när vi flyttade integrationsplattformen "
                "till molnet: CPU, minne, köer och svarstider. Tanken var att hellre få för många "
                "larm än för få."
            ),
            "happened": (
                "Efter två månader fick den som hade jour runt 300 larm i veckan, och nästan alla "
                "gick över av sig själva. När en kö mot ekonomisystemet fastnade en natt "
                "kvitterades larmet som ”det vanliga”, och fakturor från två dygn kom inte fram."
            ),
            "learned": (
                "Ett larm som inte kräver någon åtgärd lär oss att ignorera larm. Mängden var "
                "problemet, inte den som hade jouren."
            ),
            "next_time": (
                "Varje larm ska ha en ägare och en beskriven åtgärd, annars blir det en panel i "
                "Grafana i stället. Vi går igenom larmen varannan vecka och tar bort dem som inte "
                "lett till någon åtgärd."
            ),
        },
        "topics": ["observability", "integration"],
        "days_ago": 52,
        "audience": "organisation",
        "asks_leader_response": True,
        "acknowledgement": (
            "Tack. Jag tar med mig att vi behöver avsätta tid för att städa bland larmen – det har "
            "legat i backloggen alldeles för länge. Det får plats i nästa kvartalsplanering."
        ),
        "comments": [
            {
                "author": "any",
                "body": (
                    "”Ett larm som inte kräver någon åtgärd lär oss att ignorera larm” borde stå "
                    "överst i varje jourinstruktion."
                ),
            },
            {
                "author": "any",
                "body": (
                    "Vi gjorde en liknande städning i fjol och gick från 200 till 15 larm i "
                    "veckan. Hör av er om ni vill ha vår mall."
                ),
                "replies": [
                    {
                        "author": "any",
                        "body": (
                            "Gärna! Skicka den till mig så tar jag upp den på vår nästa genomgång."
                        ),
                    },
                ],
            },
        ],
        "reactions": {
            "helped": 16,
            "will_try": 11,
            "thanks": 7,
        },
    },
    {
        "key": "sv-025",
        "kind": "lesson",
        "author": "leader",
        "area": "finance",
        "title": "Prognosen byggde på förra årets timpriser",
        "sections": {
            "tried": (
                "Inför budgeten för Buildings byggde vi intäktsprognosen på beläggningsgrad gånger "
                "timpris, och tog timpriserna från förra årets prislista."
            ),
            "happened": (
                "Flera av våra största ramavtal hade indexuppräkning som inte syntes i prislistan, "
                "medan två andra hade fasta priser under hela avtalstiden. Efter första kvartalet "
                "låg prognosen 7 % fel, åt olika håll beroende på projekt."
            ),
            "learned": (
                "Priset står i avtalet, inte i prislistan. Och en prognos som ser exakt ut kan "
                "bygga på ett antagande som ingen har kontrollerat."
            ),
            "next_time": (
                "Vi hämtar faktiskt fakturerade timpriser per avtal från det senaste kvartalet och "
                "låter avtalsansvariga granska listan. Alla antaganden skrivs ut på första fliken."
            ),
        },
        "topics": ["budgeting", "contract-management"],
        "days_ago": 140,
        "audience": "unit",
        "asks_leader_response": False,
        "acknowledgement": None,
        "comments": [
            {
                "author": "any",
                "body": (
                    "Bra att antagandena hamnar på första fliken. Det gör det mycket lättare för "
                    "oss på ekonomi att hjälpa till."
                ),
            },
        ],
        "reactions": {
            "helped": 4,
            "will_try": 3,
            "thanks": 5,
        },
    },
    {
        "key": "sv-026",
        "kind": "lesson",
        "author": "employee",
        "area": "operations",
        "title": "Digital workshop med 35 deltagare och åtta grupprum",
        "sections": {
            "tried": (
                "Vi ville samla idéer från alla projektledare inför nästa års projektmodell, i en "
                "tvåtimmarsworkshop i Teams med åtta grupprum."
            ),
            "happened": (
                "Länkarna till whiteboarden fungerade inte för de externa konsulterna, två grupper "
                "hamnade i fel rum och vi tappade 25 minuter. Idéerna vi fick var få och spretiga."
            ),
            "learned": (
                "Med så många deltagare är tekniken en del av designen, inte en detalj. Vi hade "
                "aldrig provat upplägget med någon utanför vårt eget team."
            ),
            "next_time": (
                "Generalrepetition med fem personer dagen innan, en medfacilitator som bara sköter "
                "tekniken, och färre men större grupper."
            ),
        },
        "topics": ["facilitation"],
        "days_ago": 112,
        "audience": "unit",
        "asks_leader_response": False,
        "acknowledgement": None,
        "comments": [
            {
                "author": "any",
                "body": (
                    "Medfacilitator för tekniken är guld värt. Jag ställer gärna upp nästa gång."
                ),
            },
        ],
        "reactions": {
            "helped": 6,
            "will_try": 4,
            "thanks": 3,
        },
    },
    {
        "key": "sv-027",
        "kind": "lesson",
        "author": "any",
        "area": "engineering",
        "title": "Riktiga personuppgifter i testmiljön",
        "sections": {
            "tried": (
                "För att felsöka ett problem med adressmatchning kopierades ett utdrag ur "
                "produktionsdatabasen till testmiljön. Det var tänkt att ligga där några dagar."
            ),
            "happened": (
                "Vid en säkerhetsgenomgång fyra månader senare hittade vi utdraget: namn och "
                "adresser till ungefär 2 000 hyresgäster hos en kund, åtkomligt för fler än det "
                "borde ha varit. Vi raderade det samma dag, och dataskyddsombudet bedömde "
                "tillsammans med kunden om det skulle anmälas till IMY."
            ),
            "learned": (
                "”Några dagar” blir lätt månader när ingen äger städningen. Vi hade inget enkelt "
                "alternativ till produktionsdata, så genvägen låg nära till hands."
            ),
            "next_time": (
                "Vi har tagit fram ett skript som skapar syntetiska adresser i samma format, och "
                "kopior av produktionsdata kräver nu ett ärende med slutdatum. Testmiljöerna "
                "skannas varje vecka."
            ),
        },
        "topics": ["gdpr", "security"],
        "days_ago": 64,
        "audience": "organisation",
        "asks_leader_response": True,
        "acknowledgement": (
            "Viktigt att det här delas, och bra att det är skrivet utan att leta syndabockar. Jag "
            "har tagit upp det i säkerhetsrådet så att fler team får tillgång till skriptet."
        ),
        "comments": [
            {
                "author": "any",
                "body": "Skriptet för syntetiska adresser vill vi gärna ha också. Var ligger det?",
                "replies": [
                    {
                        "author": "any",
                        "body": (
                            "I vårt interna paketregister, sök på ”testdata-adresser”. README:n "
                            "förklarar hur man använder det."
                        ),
                    },
                ],
            },
            {
                "author": "any",
                "body": (
                    "Tack för att ni berättar öppet. Det gör det lättare för oss andra att ta upp "
                    "liknande saker."
                ),
            },
        ],
        "reactions": {
            "helped": 12,
            "will_try": 9,
            "thanks": 14,
        },
    },
    {
        "key": "sv-028",
        "kind": "lesson",
        "author": "leader",
        "area": "operations",
        "title": "Det dagliga avstämningsmötet som inte löste något",
        "sections": {
            "tried": (
                "När projektet för ny ärendehantering började halka efter införde jag ett dagligt "
                "möte på 15 minuter med alla tolv i projektgruppen. Tanken var att fånga hinder "
                "tidigt."
            ),
            "happened": (
                "Efter en månad tog mötet 30 minuter, hälften av deltagarna hade inget att ta upp, "
                "och de som arbetade med integrationerna sa att de tappade fokus varje förmiddag. "
                "Förseningen låg kvar."
            ),
            "learned": (
                "Projektet var inte sent för att vi pratade för lite med varandra, utan för att "
                "två beroenden låg hos en leverantör. Ett möte löste fel problem."
            ),
            "next_time": (
                "Först ta reda på vad som faktiskt stoppar arbetet. I vårt fall hade en veckovis "
                "avstämning med leverantören gjort mer nytta än ett dagligt internt möte."
            ),
        },
        "topics": ["agile", "project-management"],
        "days_ago": 180,
        "audience": "organisation",
        "asks_leader_response": False,
        "acknowledgement": None,
        "comments": [
            {
                "author": "any",
                "body": (
                    "Jag tycker det här är en av de bästa berättelserna här inne. Det är så lätt "
                    "att ta till fler avstämningar när det går trögt."
                ),
            },
        ],
        "reactions": {
            "helped": 11,
            "will_try": 5,
            "thanks": 9,
        },
    },
    {
        "key": "sv-029",
        "kind": "tip",
        "author": "employee",
        "area": "finance",
        "title": "Gör om dina listor till tabeller i Excel med Ctrl+T",
        "sections": {
            "tip": (
                "Markera listan och tryck **Ctrl+T**. Då blir den en riktig tabell: formler fylls "
                "i automatiskt på nya rader, filtren finns direkt och pivottabeller växer med när "
                "du lägger till data. Ge tabellen ett begripligt namn under *Tabelldesign*, så "
                "blir formlerna läsbara: `=SUMMA(Timmar[Debiterbart])`."
            ),
        },
        "topics": ["excel"],
        "days_ago": 0,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": (
                    "Det här ändrade mitt liv för ett par år sedan. Namngivna tabeller är "
                    "underskattade!"
                ),
            },
        ],
        "reactions": {
            "helped": 9,
            "will_try": 12,
            "thanks": 3,
        },
    },
    {
        "key": "sv-030",
        "kind": "tip",
        "author": "employee",
        "area": "any",
        "title": "Avsluta mötet fem minuter tidigt och läs upp besluten",
        "sections": {
            "tip": (
                "Sätt en påminnelse fem minuter innan mötet ska sluta. Då läser någon upp vad vi "
                "har beslutat och vem som gör vad, högt, medan alla fortfarande är kvar. "
                "Missförstånd upptäcks direkt i stället för i inkorgen två dagar senare, och det "
                "fungerar lika bra i Teams som i ett rum."
            ),
        },
        "topics": ["facilitation", "project-management"],
        "days_ago": 13,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": (
                    "Vi har gjort så i styrgruppen sedan i våras. Protokollet blir nästan färdigt "
                    "på vägen."
                ),
            },
            {
                "author": "any",
                "body": (
                    "Testade i dag. Det visade sig att två av oss trodde att den andra skulle "
                    "skicka offerten 🙈"
                ),
                "replies": [
                    {
                        "author": "any",
                        "body": "Precis därför! Bra att det kom fram direkt.",
                    },
                ],
            },
        ],
        "reactions": {
            "helped": 10,
            "will_try": 15,
            "thanks": 4,
        },
    },
    {
        "key": "sv-031",
        "kind": "tip",
        "author": "employee",
        "area": "engineering",
        "title": "`git commit --fixup` och `rebase --autosquash` ger en ren historik",
        "sections": {
            "tip": (
                "Fick du en kommentar i kodgranskningen som gäller en commit längre bak? Gör "
                "ändringen och kör `git commit --fixup <sha>`. Innan merge kör du `git rebase -i "
                "--autosquash main`, så hamnar rättelsen i rätt commit automatiskt. Granskaren ser "
                "vad du ändrat, och historiken blir ändå ren."
            ),
        },
        "topics": ["ci-cd"],
        "days_ago": 21,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": (
                    "Tips: sätt `git config --global rebase.autosquash true` så slipper du flaggan."
                ),
            },
        ],
        "reactions": {
            "helped": 7,
            "will_try": 8,
            "thanks": 2,
        },
    },
    {
        "key": "sv-032",
        "kind": "tip",
        "author": "employee",
        "area": "customer",
        "title": "Läs ditt svar till kunden högt innan du skickar det",
        "sections": {
            "tip": (
                "Innan jag skickar ett längre svar till en kund läser jag det högt för mig själv, "
                "eller låter Outlooks uppläsningsfunktion göra det. Långa meningar och interna "
                "förkortningar hörs direkt. Det tar en minut och har räddat mig från ”enl. ök med "
                "BH” mer än en gång."
            ),
        },
        "topics": ["plain-language", "customer-dialogue"],
        "days_ago": 45,
        "audience": "organisation",
        "comments": [],
        "reactions": {
            "helped": 5,
            "will_try": 9,
            "thanks": 2,
        },
    },
    {
        "key": "sv-033",
        "kind": "tip",
        "author": "employee",
        "area": "engineering",
        "title": "`kubectl debug` när containern saknar verktyg",
        "sections": {
            "tip": (
                "Våra images är så nedbantade att det inte finns något skal eller `curl` i dem. "
                "Med `kubectl debug -it <pod> --image=busybox --target=<container>` startar du en "
                "tillfällig container i samma pod och kan felsöka nätverk och processer utan att "
                "bygga om något. Det kräver att klustret har stöd för ephemeral containers, vilket "
                "våra AKS-kluster har."
            ),
        },
        "topics": ["kubernetes", "docker"],
        "days_ago": 84,
        "audience": "unit",
        "comments": [
            {
                "author": "any",
                "body": (
                    "Perfekt timing, jag satt precis och försökte installera curl i en "
                    "distroless-image 😅"
                ),
            },
        ],
        "reactions": {
            "helped": 6,
            "will_try": 4,
            "thanks": 1,
        },
    },
    {
        "key": "sv-034",
        "kind": "tip",
        "author": "employee",
        "area": "sales",
        "title": "Skräddarsy CV:na efter kraven i upphandlingen",
        "sections": {
            "tip": (
                "Gör en tabell med varje krav på konsulterna i förfrågningsunderlaget och skriv in "
                "var i CV:t kravet visas. Utvärderarna letar efter kravets egna ord, så använd "
                "dem. Vi tappade poäng en gång för att det stod ”VA-projektering” när de frågade "
                "efter ”dagvattenutredning”."
            ),
        },
        "topics": ["bid-writing", "public-procurement"],
        "days_ago": 130,
        "audience": "unit",
        "comments": [],
        "reactions": {
            "helped": 4,
            "will_try": 5,
            "thanks": 1,
        },
    },
    {
        "key": "sv-035",
        "kind": "tip",
        "author": "employee",
        "area": "any",
        "title": "Be AI-assistenten argumentera emot ditt utkast",
        "sections": {
            "tip": (
                "I stället för att be en AI-assistent skriva texten åt mig ber jag den läsa mitt "
                "utkast som en kritisk beställare och lista de fem svagaste punkterna. Då får jag "
                "frågor att fundera på i stället för färdiga formuleringar. Klistra inte in "
                "kunduppgifter eller annat som inte får lämna huset – använd vårt godkända "
                "verktyg."
            ),
        },
        "topics": ["generative-ai", "bid-writing"],
        "days_ago": 7,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": (
                    "Bra vinkel. Jag brukar be den sammanfatta min text i tre meningar – om "
                    "sammanfattningen blir fel är det texten som är otydlig."
                ),
            },
        ],
        "reactions": {
            "helped": 8,
            "will_try": 13,
            "thanks": 3,
        },
    },
    {
        "key": "sv-036",
        "kind": "article",
        "author": "employee",
        "area": "any",
        "title": "Isof: Vad är klarspråk?",
        "link_url": (
            "https://www.isof.se/lar-dig-mer/kunskapsbanker/lar-dig-mer-om-klarsprak/vad-ar-klarsprak"
        ),
        "sections": {
            "why": (
                "En kort och bra sida om vad klarspråk faktiskt innebär – vårdat, enkelt och "
                "begripligt – och varför det inte bara gäller myndigheter. Jag skickar den till "
                "alla som ska skriva kundbrev eller sammanfattningar av rapporter. Fem minuters "
                "läsning."
            ),
        },
        "topics": ["plain-language"],
        "days_ago": 17,
        "audience": "organisation",
        "comments": [],
        "reactions": {
            "helped": 4,
            "will_try": 2,
            "thanks": 5,
        },
    },
    {
        "key": "sv-037",
        "kind": "article",
        "author": "leader",
        "area": "people",
        "title": "Arbetsmiljöverket om organisatorisk och social arbetsmiljö",
        "link_url": "https://www.av.se/halsa-och-sakerhet/organisatorisk-och-social-arbetsmiljo/",
        "sections": {
            "why": (
                "Jag läste om sidan inför vår arbetsmiljörond och tycker den förklarar balansen "
                "mellan krav och resurser i vardagliga ord. Alla chefer borde läsa avsnittet om "
                "rutiner – det är konkret och kortare än man tror. Ett bra underlag inför ett möte "
                "med skyddsombudet också."
            ),
        },
        "topics": ["occupational-safety", "team-leadership"],
        "days_ago": 36,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": (
                    "Tack för tipset. Vi använde den som start på en diskussion i ledningsgruppen, "
                    "funkade bra."
                ),
            },
        ],
        "reactions": {
            "helped": 6,
            "will_try": 3,
            "thanks": 7,
        },
    },
    {
        "key": "sv-038",
        "kind": "article",
        "author": "employee",
        "area": "sales",
        "title": "Upphandlingsmyndigheten: grund för utvärdering",
        "link_url": (
            "https://www.upphandlingsmyndigheten.se/inkopsprocessen/genomfor-upphandlingen/grund-for-utvardering/"
        ),
        "sections": {
            "why": (
                "För oss som skriver anbud är det nyttigt att se utvärderingen från beställarens "
                "håll. Sidan förklarar de tre utvärderingsgrunderna och varför kriterierna ska "
                "viktas, och efter den blev det mycket lättare för mig att läsa "
                "förfrågningsunderlag. Läs den före ditt första anbud."
            ),
        },
        "topics": ["public-procurement", "bid-writing"],
        "days_ago": 160,
        "audience": "organisation",
        "comments": [],
        "reactions": {
            "helped": 5,
            "will_try": 1,
            "thanks": 3,
        },
    },
    {
        "key": "sv-039",
        "kind": "article",
        "author": "employee",
        "area": "any",
        "title": "Parkinsons lag – och varför utredningar alltid blir klara precis på deadline",
        "link_url": "https://sv.wikipedia.org/wiki/Parkinsons_lag",
        "sections": {
            "why": (
                "”Arbete tenderar att fylla ut den tid som står till förfogande.” Artikeln är "
                "kort, men den fick mig att börja sätta kortare tidsrutor för utredningsuppgifter "
                "och stämma av halvvägs. Rolig läsning för alla som planerar projekt."
            ),
        },
        "topics": ["project-management", "agile"],
        "days_ago": 245,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": (
                    "Och dess lillebror: cykelställsproblemet, också Parkinson. Förklarar vissa "
                    "styrgruppsmöten ganska bra 😉"
                ),
            },
        ],
        "reactions": {
            "helped": 2,
            "will_try": 3,
            "thanks": 4,
        },
    },
    {
        "key": "sv-040",
        "kind": "article",
        "author": "employee",
        "area": "engineering",
        "title": (
            "Dataskyddsförordningen på Wikipedia – en bra översikt innan du läser själva texten"
        ),
        "link_url": "https://sv.wikipedia.org/wiki/Dataskyddsf%C3%B6rordningen",
        "sections": {
            "why": (
                "Innan jag skulle vara med och bygga ett kundregister ville jag förstå grunderna: "
                "principerna, de rättsliga grunderna och rollerna. Artikeln är en lagom startpunkt "
                "innan man läser IMY:s vägledningar. Den ersätter inte juristerna, men man ställer "
                "bättre frågor efteråt."
            ),
        },
        "topics": ["gdpr"],
        "days_ago": 290,
        "audience": "organisation",
        "comments": [],
        "reactions": {
            "helped": 3,
            "will_try": 0,
            "thanks": 2,
        },
    },
    {
        "key": "sv-041",
        "kind": "experiment",
        "author": "leader",
        "area": "engineering",
        "title": "Kanban i stället för tvåveckorssprintar i Web & Mobile",
        "sections": {
            "hypothesis": (
                "Vi tror att ett kontinuerligt flöde med en gräns för pågående arbete ger kortare "
                "ledtid än tvåveckorssprintar, eftersom vi ofta får brådskande ärenden från kunden "
                "mitt i en sprint. Vi vet det om ledtiden från ”redo” till ”i produktion” minskar "
                "med minst 25 %."
            ),
            "plan": (
                "Hela Web & Mobile, elva personer, i tre månader. Högst fyra ärenden i ”pågår”, "
                "planering varje måndag i stället för sprintplanering, och retro varannan vecka "
                "som tidigare."
            ),
            "result": (
                "Medianledtiden gick från 9,5 till 5,8 dagar. Men kunden upplevde att de inte "
                "längre visste vad som skulle komma och när, eftersom sprintdemon försvann, och "
                "två större funktioner drog ut på tiden när de hela tiden fick ge plats åt små "
                "ärenden."
            ),
            "lesson": (
                "Flödet passar våra mindre ärenden, men kunden behöver fortfarande en rytm att "
                "planera efter. Vi fortsätter med kanban men har infört en demo var tredje vecka "
                "och reserverar en person för större funktioner."
            ),
        },
        "topics": ["agile", "lean"],
        "days_ago": 112,
        "audience": "organisation",
        "experiment": {
            "status": "ended",
            "starts_in_days": -110,
            "ends_in_days": -18,
        },
        "comments": [
            {
                "author": "any",
                "body": (
                    "Intressant att det var demon som saknades mest. Vi funderar på samma byte i "
                    "Integrations."
                ),
            },
            {
                "author": "any",
                "body": "Hur gjorde ni med uppskattningar till kunden under försöket?",
                "replies": [
                    {
                        "author": "any",
                        "body": (
                            "Vi slutade uppskatta enskilda ärenden och gav i stället en prognos "
                            "utifrån hur många ärenden vi brukar bli klara med per vecka. Det tog "
                            "ett tag för kunden att vänja sig."
                        ),
                    },
                ],
            },
        ],
        "reactions": {
            "helped": 8,
            "will_try": 5,
            "thanks": 6,
        },
    },
    {
        "key": "sv-042",
        "kind": "experiment",
        "author": "employee",
        "area": "engineering",
        "title": "Parprogrammering de två första veckorna för nyanställda utvecklare",
        "sections": {
            "hypothesis": (
                "Vi tror att nyanställda som parprogrammerar med en erfaren kollega halva dagarna "
                "under de två första veckorna gör sin första egna ändring i produktion tidigare "
                "och känner sig tryggare. Vi vet det genom att mäta antal dagar till första merge "
                "och fråga dem efter en månad."
            ),
            "plan": (
                "Fyra nyanställda i Platform och Web & Mobile under våren. Vi jämför med de sex "
                "som började i höstas utan det här upplägget."
            ),
        },
        "topics": ["onboarding", "mentoring", "agile"],
        "days_ago": 20,
        "audience": "unit",
        "experiment": {
            "status": "running",
            "starts_in_days": -20,
            "ends_in_days": 40,
        },
        "comments": [
            {
                "author": "any",
                "body": (
                    "Jag är en av de fyra! Hittills är det fantastiskt, jag har redan fått en "
                    "ändring i produktion."
                ),
            },
        ],
        "reactions": {
            "helped": 2,
            "will_try": 6,
            "thanks": 5,
        },
    },
    {
        "key": "sv-043",
        "kind": "experiment",
        "author": "employee",
        "area": "customer",
        "title": "AI-sammanfattning av långa supportärenden",
        "sections": {
            "hypothesis": (
                "Vi tror att en automatisk sammanfattning överst i ärenden med fler än tio "
                "meddelanden gör att andra linjen kommer igång snabbare. Vi vet det om tiden från "
                "överlämning till första åtgärd minskar med minst 20 % utan att fler ärenden "
                "skickas tillbaka."
            ),
            "plan": (
                "Sex veckor i servicedesken i Göteborg, bara för interna IT-ärenden, alltså inga "
                "kunduppgifter. Hälften av ärendena får en sammanfattning och hälften inte, "
                "slumpmässigt fördelat. Juridik har granskat upplägget."
            ),
        },
        "topics": ["generative-ai", "itil"],
        "days_ago": 3,
        "audience": "organisation",
        "experiment": {
            "status": "planned",
            "starts_in_days": 14,
            "ends_in_days": 56,
        },
        "comments": [
            {
                "author": "any",
                "body": "Spännande! Mäter ni också hur ofta sammanfattningen är fel?",
                "replies": [
                    {
                        "author": "any",
                        "body": (
                            "Ja, den som tar över ärendet markerar om sammanfattningen stämde, var "
                            "ofullständig eller var fel."
                        ),
                    },
                ],
            },
        ],
        "reactions": {
            "helped": 1,
            "will_try": 4,
            "thanks": 3,
        },
    },
    {
        "key": "sv-044",
        "kind": "experiment",
        "author": "leader",
        "area": "sales",
        "title": "Anbudssprint på fyra dagar i stället för utspritt arbete",
        "sections": {
            "hypothesis": (
                "Vi tror att ett anbud blir bättre och tar färre timmar om skribenterna sitter "
                "tillsammans fyra hela dagar än om arbetet sprids ut över tre veckor vid sidan av "
                "annat. Vi jämför timmar och kvalitetspoäng."
            ),
            "plan": (
                "Tre anbud i rad under hösten, med samma kärnteam på fem personer, i ett rum på "
                "Stockholmskontoret."
            ),
            "result": (
                "Timmarna minskade med i snitt 22 %. Vi vann ett av tre, och kvalitetspoängen låg "
                "i nivå med tidigare – alltså ingen tydlig förbättring där. Två av fem tyckte att "
                "fyra dagar i rad var för intensivt."
            ),
            "lesson": (
                "Sprintformen sparar tid men gör inte texterna bättre i sig. Nästa gång kombinerar "
                "vi en kortare sprint på tre dagar med en extern läsare dagen efter."
            ),
        },
        "topics": ["bid-writing", "agile"],
        "days_ago": 155,
        "audience": "organisation",
        "experiment": {
            "status": "ended",
            "starts_in_days": -150,
            "ends_in_days": -95,
        },
        "comments": [
            {
                "author": "any",
                "body": (
                    "Jag var med i två av sprintarna. Intensivt, men skönt att slippa jonglera "
                    "anbudet med allt annat."
                ),
            },
        ],
        "reactions": {
            "helped": 5,
            "will_try": 4,
            "thanks": 4,
        },
    },
    {
        "key": "sv-045",
        "kind": "experiment",
        "author": "employee",
        "area": "customer",
        "title": "Ett sms med en enda fråga när ärendet är stängt",
        "sections": {
            "hypothesis": (
                "Vi tror att fler svarar om vi skickar ett sms med en enda fråga (”Blev ditt "
                "problem löst? Svara JA eller NEJ”) än med vår nuvarande mejlenkät. Vi vet det om "
                "svarsfrekvensen går från 6 % till minst 20 %."
            ),
            "plan": (
                "Alla ärenden från två kunder under åtta veckor. Alla som svarar NEJ ringer vi upp "
                "inom en arbetsdag."
            ),
        },
        "topics": ["customer-dialogue", "itil"],
        "days_ago": 30,
        "audience": "organisation",
        "experiment": {
            "status": "running",
            "starts_in_days": -30,
            "ends_in_days": 26,
        },
        "comments": [
            {
                "author": "any",
                "body": "Hur ser det ut hittills?",
                "replies": [
                    {
                        "author": "any",
                        "body": (
                            "Ungefär 27 % svarsfrekvens efter fyra veckor. Och samtalen till dem "
                            "som svarat NEJ har varit väldigt lärorika."
                        ),
                    },
                ],
            },
        ],
        "reactions": {
            "helped": 3,
            "will_try": 7,
            "thanks": 2,
        },
    },
    {
        "key": "sv-046",
        "kind": "experiment",
        "author": "employee",
        "area": "operations",
        "title": "Kan en digital tavla ersätta vår fysiska förbättringstavla?",
        "sections": {
            "hypothesis": (
                "Vi tror att en digital tavla ger samma överblick som den fysiska "
                "förbättringstavlan, och att de som jobbar hemifrån deltar mer. Vi vet det om "
                "antalet förbättringsförslag per månad håller samma nivå eller ökar."
            ),
            "plan": (
                "Projektkontoret i Stockholm under åtta veckor, med den digitala tavlan på en "
                "skärm vid den stående avstämningen varje måndag."
            ),
            "result": (
                "Förbättringsförslagen minskade från 14 till 6 per månad. De som jobbade hemifrån "
                "deltog något mer, men på kontoret var det ingen som stannade vid tavlan på väg "
                "till kaffet längre."
            ),
            "lesson": (
                "Den fysiska tavlans värde var samtalen som uppstod av sig själva, inte själva "
                "listan. Vi har gått tillbaka till den fysiska tavlan och fotograferar den varje "
                "måndag till dem som är hemma."
            ),
        },
        "topics": ["lean", "change-management"],
        "days_ago": 205,
        "audience": "unit",
        "experiment": {
            "status": "ended",
            "starts_in_days": -200,
            "ends_in_days": -145,
        },
        "comments": [],
        "reactions": {
            "helped": 4,
            "will_try": 1,
            "thanks": 3,
        },
    },
    {
        "key": "sv-047",
        "kind": "experiment",
        "author": "employee",
        "area": "engineering",
        "title": "Drönare i stället för skylift vid takinspektioner",
        "sections": {
            "hypothesis": (
                "Vi tror att en drönarinspektion av platta tak ger lika bra underlag för en "
                "statusbedömning som en inspektion från skylift, på en tredjedel av tiden och utan "
                "arbete på hög höjd. Vi vet det genom att jämföra fynden på samma fem tak."
            ),
            "plan": (
                "Fem skolor i Göteborg under våren. Samma inspektör bedömer båda underlagen utan "
                "att veta vilket som är vilket. Drönarpiloten har rätt behörighet och vi följer "
                "Transportstyrelsens regler."
            ),
        },
        "topics": ["occupational-safety", "structural-engineering"],
        "days_ago": 1,
        "audience": "organisation",
        "experiment": {
            "status": "planned",
            "starts_in_days": 21,
            "ends_in_days": 80,
        },
        "comments": [
            {
                "author": "any",
                "body": (
                    "Vi gjorde något liknande på en bro i Uppsala. Hör av er så berättar jag vad "
                    "vi lärde oss om vinden!"
                ),
            },
        ],
        "reactions": {
            "helped": 1,
            "will_try": 3,
            "thanks": 2,
        },
    },
    {
        "key": "sv-048",
        "kind": "media",
        "author": "employee",
        "area": "any",
        "title": "Video: så använder du hjärtstartaren vid receptionen i Stockholm (4 min)",
        "sections": {
            "summary": (
                "En fyra minuter lång video där vi visar var hjärtstartaren hänger (vid "
                "receptionen på plan 3), hur man öppnar skåpet och vad apparaten säger när den "
                "startas. Vi visar hur elektroderna placeras på en övningsdocka och påminner om "
                "att apparaten själv avgör om en stöt ska ges. Sista minuten handlar om att ringa "
                "112 och skicka någon att möta ambulansen vid entrén. Videon är textad."
            ),
        },
        "topics": ["first-aid", "occupational-safety"],
        "days_ago": 5,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": "Tack, jag visste inte ens att vi hade en på plan 3.",
            },
            {
                "author": "any",
                "body": "Kan vi göra en likadan för Göteborgskontoret?",
                "replies": [
                    {
                        "author": "any",
                        "body": "Ja, vi spelar in den där nästa månad.",
                    },
                ],
            },
        ],
        "reactions": {
            "helped": 13,
            "will_try": 2,
            "thanks": 18,
        },
    },
    {
        "key": "sv-049",
        "kind": "media",
        "author": "employee",
        "area": "engineering",
        "title": "Bilder: dagvattenparken på Hisingen ett år efter",
        "sections": {
            "summary": (
                "Tolv bilder från platsbesöket i dagvattenparken vi projekterade på Hisingen. De "
                "fyra första visar området före byggstart: en asfalterad yta som svämmade över vid "
                "varje kraftigt regn. Resten är från i höstas: växtbäddar, ett torg som får svämma "
                "över och utloppet mot kanalen efter ett skyfall på 25 mm. Den sista bilden är ett "
                "diagram som visar att flödet ut i kanalen toppade 40 % lägre än före ombyggnaden."
            ),
        },
        "topics": ["water-engineering", "gis"],
        "days_ago": 70,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": (
                    "Så fint det har blivit! Roligt att se att det fungerar i verkligheten också."
                ),
            },
        ],
        "reactions": {
            "helped": 3,
            "will_try": 1,
            "thanks": 10,
        },
    },
    {
        "key": "sv-050",
        "kind": "media",
        "author": "employee",
        "area": "finance",
        "title": "Skärminspelning: den nya projektekonomirapporten i Power BI på sju minuter",
        "sections": {
            "summary": (
                "En sju minuter lång skärminspelning där jag går igenom den nya rapporten för "
                "projektekonomi. Jag visar hur du filtrerar fram dina egna projekt, hur prognosen "
                "för upparbetat mot budget ska läsas och var du hittar timmar som inte är "
                "attesterade. Mot slutet visar jag hur du prenumererar på rapporten via mejl varje "
                "måndag. Speakern är på svenska och videon har undertexter."
            ),
        },
        "topics": ["power-bi", "budgeting"],
        "days_ago": 25,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": "Superbra, precis vad jag behövde. Prenumerationen visste jag inte om.",
            },
        ],
        "reactions": {
            "helped": 11,
            "will_try": 6,
            "thanks": 8,
        },
    },
]
