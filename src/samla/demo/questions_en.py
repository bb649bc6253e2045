"""Demo questions in English, asked and answered by Nordlys Group's international colleagues and
by everyone who writes in English for the whole group.

The keys are described in `samla.demo.questions`; the seeder picks the actual people.
"""

from __future__ import annotations

from typing import Any

QUESTIONS: list[dict[str, Any]] = [
    {
        "key": "en-q01",
        "area": "any",
        "title": "What should I do in my first month to actually learn how things work here?",
        "body": (
            "I joined the London office three weeks ago. My onboarding plan covers the tools, "
            "but I still feel I don't understand how projects really run across the Nordic "
            "offices. What helped you most in your first month?"
        ),
        "topics": ["onboarding"],
        "audience": "organisation",
        "days_ago": 29,
        "same": 2,
        "answers": [
            {
                "by": "lead",
                "accepted": True,
                "votes": 6,
                "body": (
                    "A few things people tell us made the difference:\n\n"
                    "- **Shadow one project end to end** for a couple of weeks: sit in on its "
                    "stand-ups, a client meeting and a steering group.\n"
                    "- **Go to a learning meeting** in another team – they're open, and you "
                    "hear how people really work, including what went wrong.\n"
                    "- **Read the stories** under your topics here. They're short and honest.\n"
                    "- Ask your buddy for the three people everyone calls when something is "
                    "stuck, and have a coffee with each of them."
                ),
            },
            {
                "by": "any",
                "votes": 3,
                "body": (
                    "Spend a few days in Copenhagen or Stockholm if you can. Half of what I "
                    "know about how we work I learned at lunch."
                ),
            },
        ],
    },
    {
        "key": "en-q02",
        "anonymous": True,
        "area": "any",
        "office": "nordic",
        "title": (
            "Everyone switches to Danish at lunch and in meetings – is it OK to ask them not to?"
        ),
        "body": (
            "I'm one of the few English speakers where I sit. Meetings start in English, but "
            "after ten minutes everyone is speaking Danish and I lose the thread. At lunch it's "
            "Danish all the time. I'm learning, but slowly. I don't want to be the annoying "
            "foreigner. How do others handle this?"
        ),
        "topics": ["onboarding", "feedback"],
        "audience": "organisation",
        "days_ago": 20,
        "same": 5,
        "answers": [
            {
                "by": "lead",
                "accepted": True,
                "votes": 11,
                "body": (
                    "It's more than OK to ask – our language policy says that meetings are in "
                    "English whenever someone present doesn't speak the local language. Most "
                    "people switch without noticing, and are glad to be reminded.\n\n"
                    "What works well:\n\n"
                    "- Agree with your team lead that they'll hold the line in meetings, so it "
                    "isn't always you who has to say it.\n"
                    '- A light signal: "Sorry – English?" is enough.\n'
                    "- Lunch is different; nobody can be expected to keep English up all the "
                    'time. Many teams do one "English table" day a week, and it\'s also good '
                    "practice for your Danish to ask people to speak slowly.\n\n"
                    "We offer Danish, Swedish and Norwegian classes – ask People & Learning."
                ),
                "comments": [
                    {
                        "by": "asker",
                        "body": (
                            "I had no idea there was a policy. Spoke to my lead and she brought "
                            "it up at the team meeting herself. Much better already."
                        ),
                    },
                ],
            },
            {
                "by": "any",
                "speaker": "da",
                "votes": 6,
                "body": (
                    "Danish colleague here: we honestly don't notice when we switch. Please "
                    "tell us. Nobody will think you're annoying."
                ),
            },
        ],
    },
    {
        "key": "en-q03",
        "area": "software",
        "title": "Cursor or offset pagination for our public API?",
        "body": (
            "We're designing a public endpoint that lists meter readings (millions of rows, new "
            "ones arriving all the time). Offset is simpler for clients. Is cursor pagination "
            "worth the extra complexity?"
        ),
        "topics": ["api-design"],
        "audience": "organisation",
        "days_ago": 44,
        "answers": [
            {
                "by": "expert",
                "accepted": True,
                "votes": 6,
                "body": (
                    "For data that grows while people page through it: yes, cursor.\n\n"
                    "- With offset, new rows shift the pages, so clients get duplicates or miss "
                    "rows, and `OFFSET 500000` gets slow.\n"
                    "- A cursor on `(timestamp, id)` is stable and uses the index.\n\n"
                    "Keep it simple for clients: return an opaque `next` URL in the response "
                    "and document that they should just follow it. Most client libraries "
                    "handle that pattern already."
                ),
                "comments": [
                    {"by": "any", "body": "+1. We regretted offset in the booking API."},
                ],
            },
        ],
    },
    {
        "key": "en-q04",
        "area": "sales",
        "title": "How do you handle a client sponsor who changes priorities every sprint?",
        "body": (
            "Our sponsor comes to every sprint review with a new top priority. The team is "
            "getting frustrated and we never finish anything properly. How have others dealt "
            "with this without damaging the relationship?"
        ),
        "topics": ["stakeholder-management", "agile"],
        "audience": "organisation",
        "days_ago": 61,
        "same": 3,
        "answers": [
            {
                "by": "expert",
                "accepted": True,
                "votes": 7,
                "body": (
                    "Make the cost of changing visible, and make it their decision.\n\n"
                    "1. Keep a one-page roadmap with the outcomes you agreed at the start.\n"
                    '2. When a new priority arrives, put it on the page and ask: "Which of '
                    'these moves down?"\n'
                    "3. Show what was started and dropped in the last three sprints – in "
                    "hours, not feelings.\n\n"
                    "Often the sponsor is under pressure from their own management. Ask what "
                    "is driving it; sometimes a fortnightly 20-minute call is all they need to "
                    "stop using the review as their only channel."
                ),
            },
            {
                "by": "expert",
                "votes": 2,
                "body": (
                    'We agreed a "no changes inside the sprint" rule with our client in the '
                    "contract addendum. It felt formal, but it helped both sides."
                ),
            },
        ],
    },
    {
        "key": "en-q05",
        "anonymous": True,
        "area": "software",
        "title": "I don't understand story points and it's too late to ask my team",
        "body": (
            "I've been in my team for a while and I still don't get how we decide whether "
            "something is a 3 or a 5. I just pick whatever the others pick. It feels like I "
            "should know by now. How do story points actually work?"
        ),
        "topics": ["agile"],
        "audience": "organisation",
        "days_ago": 15,
        "same": 6,
        "answers": [
            {
                "by": "expert",
                "accepted": True,
                "votes": 9,
                "body": (
                    "Honest answer: many teams don't agree on it either, so you're in good "
                    "company.\n\n"
                    "Story points compare work with *other work*, not with hours. The team "
                    "picks a small, well-known task and calls it a 2. Everything else is sized "
                    "relative to it: twice as big and uncertain → 5. Points include "
                    "complexity and uncertainty, not only effort.\n\n"
                    'Next planning, try asking "what\'s our 2 again?" – it helps the whole '
                    "team, and nobody will read it as you not knowing. And it's fine to vote "
                    "differently; the discussion when votes differ is the useful part."
                ),
                "comments": [
                    {
                        "by": "asker",
                        "body": 'Asked "what\'s our 2?" and we had a 15-minute debate. Thank you.',
                    },
                ],
            },
        ],
    },
    {
        "key": "en-q06",
        "area": "software",
        "title": "I accidentally pushed an API key to a repo. What do I do now?",
        "body": (
            "It was in a config file in a feature branch, pushed about an hour ago. The repo is "
            "internal. Do I just delete the file and push again?"
        ),
        "topics": ["security"],
        "audience": "organisation",
        "days_ago": 57,
        "same": 1,
        "answers": [
            {
                "by": "expert",
                "accepted": True,
                "votes": 10,
                "body": (
                    "Good that you asked straight away. Deleting the file isn't enough – it "
                    "stays in the history.\n\n"
                    "1. **Rotate the key now.** Treat it as leaked, even in an internal repo.\n"
                    "2. Report it in the security channel (it's a routine report, nobody gets "
                    "into trouble for it – hiding it is the only real mistake).\n"
                    "3. Then remove it from the history with `git filter-repo` if the branch "
                    "isn't merged yet.\n"
                    "4. Put secrets in Key Vault and turn on the pre-commit secret scan in "
                    "the repo so it can't happen again."
                ),
                "comments": [
                    {"by": "asker", "body": "Rotated and reported. Thanks for the calm answer."},
                ],
            },
        ],
    },
    {
        "key": "en-q07",
        "area": "design",
        "title": "Are disabled buttons bad for accessibility?",
        "body": (
            "Our form disables the submit button until every field is valid. A tester says "
            "this is an accessibility problem. What's the better pattern?"
        ),
        "topics": ["accessibility", "interaction-design"],
        "audience": "organisation",
        "days_ago": 32,
        "answers": [
            {
                "by": "expert",
                "accepted": True,
                "votes": 7,
                "body": (
                    "Your tester is right. A disabled button can't be focused by keyboard, "
                    "usually has poor contrast, and – worst of all – doesn't tell anyone *why* "
                    "they can't continue.\n\n"
                    "Better: keep the button enabled, validate on submit, and show an error "
                    "summary at the top that links to each field, plus the message next to "
                    "the field. The GOV.UK Design System "
                    "[error summary](https://design-system.service.gov.uk/components/"
                    "error-summary/) is a good reference."
                ),
            },
            {
                "by": "expert",
                "votes": 2,
                "body": (
                    "We measured it on the insurance project: fewer support calls after we "
                    "switched, because people finally saw what was missing."
                ),
            },
        ],
    },
    {
        "key": "en-q08",
        "area": "any",
        "asker": "leader",
        "title": "How do I run a first 1:1 with someone more senior than me?",
        "body": (
            "I've just become a team lead, and one of my reports has 20 years more experience "
            "than I have. Our first 1:1 is on Friday. How do I make it useful for her without "
            "pretending to know more than I do?"
        ),
        "topics": ["team-leadership", "coaching"],
        "audience": "organisation",
        "days_ago": 49,
        "same": 2,
        "answers": [
            {
                "by": "expert",
                "accepted": True,
                "votes": 8,
                "body": (
                    "Don't try to be the expert – be the person who clears the way. Questions "
                    "I'd use:\n\n"
                    '- "What do you want from these 1:1s?"\n'
                    '- "What\'s getting in your way that I could help with?"\n'
                    "- \"What did your previous leads do that you'd like me to keep – or "
                    'stop?"\n\n'
                    'Then ask her to help *you*: "Where do you think the team needs to get '
                    "better?\" Senior people usually appreciate being asked, and you'll learn "
                    "a lot."
                ),
            },
        ],
    },
    {
        "key": "en-q09",
        "area": "data",
        "title": "Where should feature engineering live: dbt or the training pipeline?",
        "body": (
            "Our churn model computes features in Python at training time, and the BI team "
            "computes similar ones in dbt for dashboards. The numbers don't match. Should we "
            "move everything into dbt?"
        ),
        "topics": ["machine-learning", "data-engineering"],
        "audience": "organisation",
        "days_ago": 26,
        "answers": [
            {
                "by": "expert",
                "votes": 5,
                "body": (
                    "Our rule: anything that's a *business fact* (tenure, number of tickets "
                    "last 90 days) lives in dbt, tested and documented, so the model and the "
                    "dashboard agree. Things that only make sense to the model (scaling, "
                    "encodings, embeddings) stay in the training pipeline.\n\n"
                    "Watch out for time travel: the model needs features *as they were* on the "
                    "prediction date, so build dbt snapshots or date-keyed tables, not just the "
                    "current state."
                ),
            },
            {
                "by": "any",
                "votes": 1,
                "body": "The mismatch is usually time zones. Check that first.",
            },
        ],
    },
    {
        "key": "en-q10",
        "area": "sales",
        "title": "How do you write a case study for a bid when the client won't be named?",
        "body": (
            "Our strongest reference is a utility that doesn't allow us to use its name. The "
            "tender asks for three references with contact details. What do you do?"
        ),
        "topics": ["bid-writing", "public-procurement"],
        "audience": "organisation",
        "days_ago": 70,
        "answers": [
            {
                "by": "expert",
                "accepted": True,
                "votes": 4,
                "body": (
                    "Two separate things:\n\n"
                    "- **As a formal reference** (with contact details) it can't be used without "
                    "their permission. Ask them specifically for this one tender – many say yes "
                    "to a named evaluator contact even if they refuse marketing.\n"
                    "- **As a case in the quality section** you can describe it anonymously: "
                    '"a Nordic water utility with 400,000 customers". Be concrete about the '
                    "problem, what we did and the measurable result.\n\n"
                    "Check the tender's rules: some evaluators discount anonymous cases."
                ),
            },
        ],
    },
    {
        "key": "en-q11",
        "area": "infrastructure",
        "title": (
            "Which Eurocode national annex applies when we design "
            "a Swedish project from Copenhagen?"
        ),
        "body": (
            "We're doing the structural design for a warehouse near Malmö with the team in "
            "Copenhagen. Do we follow the Danish or the Swedish national annex?"
        ),
        "topics": ["structural-engineering"],
        "audience": "organisation",
        "days_ago": 84,
        "answers": [
            {
                "by": "expert",
                "accepted": True,
                "votes": 5,
                "body": (
                    "The Swedish ones – it's where the building stands that counts. In Sweden "
                    "that means Boverket's EKS (the Swedish application rules for the "
                    "Eurocodes), which replaces the national annexes. Snow and wind loads, "
                    "safety classes and partial factors differ from the Danish annex, so don't "
                    "reuse the Danish load combinations.\n\n"
                    "Get someone from the Göteborg office to review the design basis early. "
                    "They'll spot the differences in an hour."
                ),
            },
        ],
    },
    {
        "key": "en-q12",
        "anonymous": True,
        "area": "any",
        "title": "I've worked evenings for six weeks to keep up. How do I raise it?",
        "body": (
            "Everyone on my project seems to cope, and I don't want to look like the weak "
            "link. But I can't keep this up. How do I bring it up with my manager without it "
            "sounding like I can't do my job?"
        ),
        "topics": ["feedback", "team-leadership"],
        "audience": "organisation",
        "days_ago": 8,
        "same": 4,
        "answers": [
            {
                "by": "lead",
                "accepted": True,
                "votes": 10,
                "body": (
                    "Raising it *is* doing your job well – a manager can only plan with the "
                    "information they have. Six weeks of evenings is a planning problem, not a "
                    "personal failing.\n\n"
                    "Stick to facts: \"For the last six weeks I've worked about 10 hours a week "
                    "extra to keep up with X and Y. That isn't sustainable for me. Can we look "
                    "at priorities together?\" Bring the list of what you're doing.\n\n"
                    "If you'd rather talk to someone else first, People & Learning or the "
                    "occupational health service are there for exactly this, confidentially."
                ),
            },
            {
                "by": "any",
                "votes": 5,
                "body": (
                    '"Everyone seems to cope" – I promise you they don\'t all. I said it in a '
                    "retro last year, and two others said the same within a minute."
                ),
            },
        ],
    },
    {
        "key": "en-q13",
        "area": "sales",
        "title": "Tips for presenting to a Norwegian client's board in English?",
        "body": (
            "Next month I present our recommendation to the board of a Norwegian energy "
            "company. It'll be in English. Anything I should know about the style?"
        ),
        "topics": ["presentation", "customer-dialogue"],
        "audience": "organisation",
        "days_ago": 38,
        "answers": [
            {
                "by": "expert",
                "accepted": True,
                "votes": 6,
                "body": (
                    "Norwegian boards tend to like it direct and modest. Start with the "
                    "recommendation and what it costs, then the reasons. Skip the big claims – "
                    '"world-class" lands badly. Be ready for detailed questions from someone '
                    "who has clearly read every page of the appendix.\n\n"
                    "Speak a bit slower than you would in London, and avoid idioms. And don't "
                    "read the silence after your last slide as a bad sign: they're thinking."
                ),
                "comments": [
                    {
                        "by": "any",
                        "speaker": "sv",
                        "body": "The silence part is so true. Same in Sweden.",
                    },
                ],
            },
        ],
    },
    {
        "key": "en-q14",
        "area": "software",
        "title": "Playwright or Cypress for a new web app?",
        "body": (
            "We're starting a new React front end and need end-to-end tests. Some of us know "
            "Cypress, some Playwright. Is there a company preference?"
        ),
        "topics": ["automated-testing", "react"],
        "audience": "organisation",
        "days_ago": 54,
        "answers": [
            {
                "by": "expert",
                "accepted": True,
                "votes": 5,
                "body": (
                    "New projects use Playwright – the QA guild agreed that last spring. "
                    "Reasons: it runs Chromium, Firefox and WebKit, tests run in parallel "
                    "without a paid dashboard, and it handles multiple tabs and origins.\n\n"
                    "Existing Cypress suites stay as they are unless they hurt. The starter "
                    "config with axe checks built in is in the `qa-templates` repo."
                ),
            },
            {
                "by": "expert",
                "votes": 2,
                "body": (
                    "Use the trace viewer from day one (`--trace on-first-retry`). It has saved "
                    "us hours on flaky CI failures."
                ),
            },
        ],
    },
    {
        "key": "en-q15",
        "area": "data",
        "title": "How do I explain a confidence interval to a client in one sentence?",
        "body": (
            "Our report says the average saving is 12 % with a 95 % confidence interval of "
            '4–20 %. The client asked "so is it 12 or not?" and I froze.'
        ),
        "topics": ["statistics", "data-analysis"],
        "audience": "organisation",
        "days_ago": 42,
        "answers": [
            {
                "by": "expert",
                "accepted": True,
                "votes": 6,
                "body": (
                    "Try: \"Our best estimate is 12 %, and we're quite sure the real saving is "
                    'somewhere between 4 and 20 %."\n\n'
                    'Then turn it into their decision: "Even at the low end, 4 %, the '
                    'investment pays back in six years." Clients rarely care about the '
                    "interval itself – they care whether the decision holds across it."
                ),
            },
        ],
    },
    {
        "key": "en-q16",
        "area": "design",
        "audience": "unit",
        "title": "Who reviews changes to our design system components?",
        "body": (
            "I want to change the spacing in the Card component. It's used in three products. "
            "Who needs to review it, and is there a process?"
        ),
        "topics": ["react", "interaction-design"],
        "days_ago": 18,
        "answers": [
            {
                "by": "expert",
                "accepted": True,
                "votes": 2,
                "body": (
                    "Open the PR with the `design-system` label; CODEOWNERS adds one developer "
                    "and one designer automatically. For visual changes, attach before/after "
                    "screenshots from Storybook, and post in the channel so the three product "
                    "teams can check their pages before we release. Minor version bump, "
                    "changelog entry, done."
                ),
            },
        ],
    },
    {
        "key": "en-q17",
        "area": "software",
        "title": "A good format for a 30-minute learning meeting after a failed release?",
        "body": (
            "Our release on Tuesday had to be rolled back and it affected customers. People "
            "are a bit raw. I want a short learning meeting that doesn't become a blame "
            "session. Any format you'd recommend?"
        ),
        "topics": ["facilitation", "feedback"],
        "audience": "organisation",
        "days_ago": 6,
        "same": 3,
        "answers": [
            {
                "by": "lead",
                "accepted": True,
                "votes": 7,
                "body": (
                    "Here's one that fits in 30 minutes:\n\n"
                    "1. **(3 min)** Set the frame: we're here to understand the system, not "
                    "to find who. Everyone did what made sense with what they knew.\n"
                    "2. **(10 min)** Build the timeline together – what happened, when, what "
                    "did we know at each point?\n"
                    "3. **(10 min)** Each person writes: *What surprised me?* Share in a round.\n"
                    "4. **(7 min)** Pick one or two changes, each with an owner and a date.\n\n"
                    "Then share what you learned as a story here – others will have the same "
                    "problem sooner or later."
                ),
            },
            {
                "by": "any",
                "votes": 2,
                "body": (
                    "Wait a couple of days if you can. Tuesday evening is too early; Thursday "
                    "is usually the sweet spot."
                ),
            },
        ],
    },
    {
        "key": "en-q18",
        "anonymous": True,
        "area": "any",
        "title": (
            "I was asked to lead the carbon section of a proposal and don't know where to start"
        ),
        "body": (
            "My manager assumed I know this, and I said yes before I thought about it. I "
            "don't, really. The proposal is due in two weeks. Is there a "
            "template or someone who has done this before?"
        ),
        "topics": ["sustainability", "bid-writing"],
        "audience": "organisation",
        "days_ago": 9,
        "answers": [
            {
                "by": "expert",
                "accepted": True,
                "votes": 5,
                "body": (
                    "You're not alone – there's a template in the bid library under *Climate & "
                    "sustainability*. It follows the structure most public clients ask for:\n\n"
                    "1. Our own footprint on the assignment (travel, offices) – numbers are in "
                    "the annual sustainability report.\n"
                    "2. How the *solution* reduces the client's emissions – this is where the "
                    "points are.\n"
                    "3. How we'll measure and report during the contract.\n\n"
                    "Send me a draft of part 2 and I'll look at it. Two weeks is plenty."
                ),
                "comments": [
                    {"by": "asker", "body": "Found the template. Draft is on its way – thank you."},
                ],
            },
        ],
    },
    {
        "key": "en-q19",
        "area": "software",
        "title": "Has anyone set up pod disruption budgets for our AKS clusters?",
        "body": (
            "Node upgrades last weekend took down two services at the same time because all "
            "their replicas were drained together. I think we need PodDisruptionBudgets. Is "
            "there a standard we should follow?"
        ),
        "topics": ["kubernetes", "azure"],
        "audience": "organisation",
        "days_ago": 2,
        "same": 2,
        "answers": [],
    },
    {
        "key": "en-q20",
        "area": "software",
        "title": "App Store rejected our app because of the enterprise login – anyone seen this?",
        "body": (
            "Apple rejected our field-inspection app under guideline 4.8, saying we need "
            '"Sign in with Apple". Users log in with their employer\'s Entra ID. Has anyone '
            "got an app like this through review?"
        ),
        "topics": ["mobile-development"],
        "audience": "organisation",
        "days_ago": 1,
        "answers": [],
    },
    {
        "key": "en-q21",
        "area": "software",
        "title": "How do I get a password out of my git history?",
        "body": (
            "I committed a database password in a test file last week. It's been merged. "
            "What's the right way to clean this up?"
        ),
        "topics": ["security"],
        "audience": "organisation",
        "days_ago": 22,
        "duplicate_of": "en-q06",
        "comments": [
            {
                "by": "lead",
                "body": (
                    "This has a good answer already, so I've marked it as a duplicate. Short "
                    "version: change the password first, then clean the history."
                ),
            },
        ],
        "answers": [],
    },
]
