"""Demo circles in English: the Digital Product team's weekly learning meeting in London (with a
past project showcase), a platform community of practice and a closed learning circle for new
leaders, both spanning departments and countries.

Plain data, read by demo/circles.py; see the module docstring there for the keys.
"""

from __future__ import annotations

from typing import Any

CIRCLES: list[dict[str, Any]] = [
    {
        "key": "en-product",
        "kind": "team",
        "name": "Digital Product: Monday learning slot",
        "description": (
            "Fifteen minutes every Monday, straight after planning. One of us shares something "
            "the rest of the team can use on Tuesday: a research finding, a tool, a mistake we "
            "learned from. Samla keeps the rota; swap with someone if your week is bad."
        ),
        "units": ["NL-PRODUCT"],
        "join_policy": "on_request",
        "visibility": "listed",
        "meeting": {
            "title": "Learning slot",
            "weekday": 0,
            "time": "11:30",
            "duration": 15,
            "timezone": "Europe/London",
            "place": "Thames room, 6th floor",
            "video_url": "https://meet.nordlys.example/product-learning",
            "agenda": (
                "1. This week's topic (8 min)\n"
                '2. Questions and "what will you try?" (5 min)\n'
                "3. Open actions (2 min)"
            ),
        },
        "sessions": [
            {
                "title": "Five user interviews that changed the client portal roadmap",
                "topics": ["ux-research"],
                "notes": (
                    "We assumed clients wanted more dashboards. All five wanted one thing: "
                    "to know *when* their report would be ready.\n\n"
                    "A status line with a date beat three planned dashboard features."
                ),
                "tries": [
                    'I\'ll ask "what did you do last time this happened?" in my next interview.',
                    "Going to re-read our roadmap against the interview notes.",
                    "I'll sit in on the next round of interviews.",
                ],
                "reflection": (
                    "Good energy. People asked for the raw notes afterwards, so next time we "
                    "share them before the session."
                ),
                "actions": [("Share anonymised interview notes in the team folder", True)],
                "story": {
                    "kind": "learning",
                    "title": "Our clients did not want more dashboards",
                    "sections": {
                        "learned": (
                            "What clients asked us for and what they needed were different: "
                            "they wanted to know when their report would be ready, not more "
                            "charts."
                        ),
                        "situation": (
                            "Five user interviews for the client portal, shared in our Monday "
                            "learning slot."
                        ),
                        "differently": (
                            "We test a roadmap item against real interview notes before we "
                            "design it, and we ask about the last time something happened "
                            "rather than what people would like."
                        ),
                    },
                    "topics": ["ux-research"],
                },
            },
            {
                "title": "Writing acceptance criteria developers actually read",
                "topics": ["agile"],
                "notes": (
                    "Given/when/then only where behaviour matters; a screenshot where layout "
                    "matters. Three criteria is usually enough; ten means the story is too big."
                ),
                "tries": [
                    "I'll split any story with more than five criteria.",
                    "Adding a screenshot to the next UI story.",
                ],
            },
            {
                "title": "What the accessibility audit found",
                "topics": ["accessibility"],
                "notes": (
                    "34 issues, 6 of them serious: focus order in the booking modal, contrast on "
                    "our grey buttons, and PDF reports that screen readers cannot read."
                ),
                "tries": [
                    "I'll tab through my feature before every demo.",
                    "Checking contrast in Figma with the plugin from now on.",
                ],
                "actions": [
                    ("Fix focus order in the booking modal", True),
                    ("Find an accessible PDF export", False),
                ],
            },
            {
                "title": "Pricing experiments without upsetting clients",
                "topics": ["stakeholder-management"],
                "notes": (
                    "We only test prices on new sign-ups and tell account managers first. The "
                    "one time we did not, a client partner heard about it from the client."
                ),
                "tries": ["I'll add client partners to the experiment channel."],
            },
            {
                "title": "Product analytics: the three events we really need",
                "topics": ["data-analysis"],
                "notes": (
                    "We tracked 212 events and used 9. From now on: sign-up, first report, and "
                    "report shared. Everything else needs a question it answers."
                ),
                "tries": [
                    "I'll write down the question before asking for a new event.",
                    "Going to delete the unused events in my area.",
                ],
                "reflection": "A short one, but it changed how we decide what to measure.",
            },
            {
                "title": "Content design: words first, then the layout",
                "topics": ["plain-language", "interaction-design"],
                "notes": (
                    "Drafting the words in a document before the first wireframe cut two "
                    "review rounds on the onboarding flow."
                ),
                "tries": [
                    "I'll write the copy for the invoice page before opening Figma.",
                    "Asking the content designer to join our next kick-off.",
                ],
            },
        ],
        "backlog": [
            (
                "offer",
                "I can share how we run remote usability tests with clients in Norway",
                "Including the consent form the legal team helped us write.",
                3,
            ),
            ("request", "I'd like to hear about roadmaps without dates", "", 4),
            ("offer", "I can show the prototype kit we use for quick tests", "", 2),
        ],
        "workshops": [
            {
                "title": "Show & tell: the client portal beta",
                "days_ago": 24,
                "time": "15:00",
                "duration": 45,
                "capacity": 40,
                "registrations": 31,
                "place": "Thames room, London, and online",
                "video_url": "https://meet.nordlys.example/portal-show-and-tell",
                "agenda": (
                    "The Digital Product team shows the client portal beta and what three "
                    "months of testing with clients taught us.\n\n"
                    "1. Why we built it (5 min)\n"
                    "2. Live demo (15 min)\n"
                    "3. What we got wrong and changed (10 min)\n"
                    "4. Your questions (15 min)\n\n"
                    "Open to everyone at Nordlys."
                ),
            },
        ],
    },
    {
        "key": "en-platform-cop",
        "kind": "community",
        "name": "Platform & DevOps community of practice",
        "description": (
            "For everyone who builds, deploys or runs our software, whatever their team: "
            "platform, web, integrations, data, machine learning and the service desk, in "
            "Copenhagen, Stockholm, Oslo, Aarhus, Göteborg and London. Once a month one team "
            "shows how they work and we agree on what should become a shared practice.\n\n"
            "We meet in English so everyone can join."
        ),
        "units": [
            "NL-PLATFORM",
            "NL-WEB",
            "NL-INTEGRATIONS",
            "NL-DATA-ENG",
            "NL-ML",
            "NL-SERVICE-DESK",
            "NL-QA",
        ],
        "size": 26,
        "accounts": {"manager": "facilitator", "employee": "member"},
        "join_policy": "open",
        "visibility": "listed",
        "meeting": {
            "kind": "session",
            "title": "Community meet-up",
            "weekday": 3,
            "time": "14:00",
            "duration": 45,
            "interval": 4,
            "timezone": "Europe/Copenhagen",
            "place": "",
            "video_url": "https://meet.nordlys.example/platform-cop",
            "agenda": (
                "1. News from the teams (10 min)\n"
                "2. This month's practice (20 min)\n"
                "3. Should it become a shared standard? (15 min)"
            ),
        },
        "sessions": [
            {
                "title": "How Data Engineering deploys Airflow DAGs",
                "topics": ["data-engineering", "ci-cd"],
                "notes": (
                    "Every DAG is tested in a throw-away environment per pull request. The "
                    "platform team wants to offer the same for web services."
                ),
                "tries": [
                    "I'll look at their preview environments for our API.",
                    "Going to ask them for their test fixtures.",
                ],
            },
            {
                "title": "One on-call rota for three teams?",
                "topics": ["observability", "itil"],
                "notes": (
                    "Platform, Integrations and the service desk compared their rotas. We agreed "
                    "to share runbooks first and revisit a shared rota in spring."
                ),
                "tries": [
                    "I'll move our runbooks to the shared space this month.",
                    "Reading the service desk's escalation guide.",
                    "I'll shadow an on-call shift in another team.",
                ],
                "actions": [("Move every team's runbooks to one shared space", False)],
            },
            {
                "title": "Secrets management: picking one way",
                "topics": ["security", "kubernetes"],
                "notes": (
                    "Three teams, three approaches. We voted for External Secrets with Azure "
                    "Key Vault as the standard; the ML team keeps its setup until the next "
                    "rebuild."
                ),
                "tries": ["I'll move one service to External Secrets as a pilot."],
                "reflection": (
                    "The first time the community actually decided something. Good to write "
                    "the decision down straight away."
                ),
            },
        ],
        "backlog": [
            ("offer", "I can show how the ML team monitors model drift", "", 5),
            ("request", "I'd like to hear how other teams keep Docker base images patched", "", 4),
            ("offer", "I can share our cost dashboard for the cloud subscriptions", "", 3),
        ],
    },
    {
        "key": "en-new-leaders",
        "kind": "learning_circle",
        "name": "New leaders' learning circle",
        "description": (
            "A small, closed circle for people in their first two years as team leads. We come "
            "from different departments and countries on purpose: someone from Finance sees a "
            "problem in Software differently. What is said in the circle stays in the circle."
        ),
        "units": [],
        "leads": 7,
        "accounts": {"manager": "member"},
        "join_policy": "invite_only",
        "visibility": "closed",
        "meeting": {
            "kind": "session",
            "title": "Circle session",
            "weekday": 4,
            "time": "08:00",
            "duration": 30,
            "interval": 2,
            "timezone": "Europe/Stockholm",
            "place": "",
            "video_url": "https://meet.nordlys.example/new-leaders",
            "agenda": (
                "1. Check-in: one word each (3 min)\n"
                "2. One case from one of us (7 min)\n"
                "3. Questions only, no advice (10 min)\n"
                "4. What will you try? (10 min)"
            ),
        },
        "sessions": [
            {
                "title": "Giving feedback to someone who used to be my peer",
                "topics": ["feedback", "team-leadership"],
                "notes": (
                    "Questions that helped: What would you want to hear if it were you? What "
                    "has changed between you since you became their lead?"
                ),
                "tries": [
                    "I'll book the conversation this week instead of waiting for the review.",
                    "Going to ask for feedback on my own first.",
                ],
            },
            {
                "title": "Saying no to my own manager",
                "topics": ["stakeholder-management", "team-leadership"],
                "notes": (
                    "Two of us had the same situation: a priority from above that the team "
                    "could not take on. Showing the trade-off on one page worked better than "
                    "arguing."
                ),
                "tries": [
                    "I'll bring a one-page trade-off to my next one-to-one.",
                    "Asking my manager what they would drop.",
                ],
                "reflection": "Trust is growing; people brought real cases this time.",
            },
            {
                "title": "Leading a team spread over three countries",
                "topics": ["team-leadership", "change-management"],
                "notes": (
                    "Time zones are not the hard part; meeting habits are. One team waits to be "
                    "asked, another interrupts. Agree on how you decide, not only when you meet."
                ),
                "tries": [
                    "I'll ask the quietest site to open our next team meeting.",
                    "Writing our team's decision rules down together.",
                    "Going to visit the Oslo office in January.",
                ],
            },
        ],
        "backlog": [
            ("request", "I'd like to hear how others handle their first redundancy", "", 3),
            ("offer", "I can share what I learned from a failed reorganisation", "", 2),
        ],
    },
]
