"""English demo stories for Nordlys Group: what colleagues learned, what went well, what did not
go as planned, tips, links, experiments and short videos, written the way people write them.

Plain data without Django imports. Each story names the *kind of* author ("leader", "employee"
or "any") and the part of the company they work in; the seeder picks a fitting person. Section
keys follow `samla.stories.kinds.SECTIONS`, topics are skill slugs from `samla.demo.skills`, and
days are relative to the day the demo is seeded.
"""

from __future__ import annotations

from typing import Any

STORIES: list[dict[str, Any]] = [
    {
        "key": "en-001",
        "kind": "learning",
        "author": "employee",
        "area": "engineering",
        "title": "Read the Kubernetes events before the pod logs",
        "sections": {
            "learned": (
                "When a pod keeps restarting, `kubectl describe pod` (or `kubectl get events "
                "--sort-by=.lastTimestamp`) usually tells you *why* faster than the container logs "
                "do. The logs are empty if the process never got far enough to write anything."
            ),
            "situation": (
                "One of our services on the staging cluster went into CrashLoopBackOff after a "
                "dependency bump. I spent the best part of an hour reading empty logs and adding "
                "print statements. The events said `OOMKilled` the whole time: the new version of "
                "the library loads a model file at start-up and blew straight through our 256 Mi "
                "memory limit."
            ),
            "differently": (
                "Events first, logs second. I've also added a line about it to the Platform team's "
                'debugging checklist, right under "is it DNS?".'
            ),
        },
        "topics": ["kubernetes", "observability"],
        "days_ago": 2,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": (
                    'The "is it DNS?" line is still the most useful line in that checklist. '
                    "Thanks for adding this one under it."
                ),
                "replies": [
                    {
                        "author": "any",
                        "body": "It was DNS once. Only once. We don't talk about it.",
                    },
                ],
            },
            {
                "author": "any",
                "body": (
                    "Also worth knowing: `kubectl get pod -o yaml` shows "
                    "`lastState.terminated.reason` even after the events have expired."
                ),
            },
        ],
        "reactions": {
            "helped": 9,
            "will_try": 4,
            "thanks": 3,
        },
    },
    {
        "key": "en-002",
        "kind": "learning",
        "author": "leader",
        "area": "operations",
        "title": (
            "Fifteen minutes every Tuesday did more than our monthly two-hour knowledge session"
        ),
        "sections": {
            "learned": (
                "Short and frequent beats long and rare. A weekly 15-minute learning meeting, "
                "where one person shows *one* thing they learned that week, has spread more "
                "practical know-how in our team than the monthly two-hour sessions ever did."
            ),
            "situation": (
                'In the Project Office we used to have a monthly "knowledge session" that kept '
                "getting moved, and when it did happen half the team was on client sites. After "
                "the spring retrospective we tried a small experiment: every Tuesday at 9:00, 15 "
                "minutes on Teams, camera optional, one person shares, the rest ask questions. No "
                "slides required. The rota is a shared list and anyone can swap.\n\nSo far we've "
                "had: a faster way to build Gantt baselines in Excel, how to read a change-order "
                "clause in NS 8405, what a client said in a debrief, and a very honest one about a "
                "status report that went wrong."
            ),
            "differently": (
                "I will protect the slot and keep it at 15 minutes, even when it's going well. "
                "When a topic needs more time, we book a separate session for whoever wants it, "
                "instead of letting the weekly one grow."
            ),
        },
        "topics": ["facilitation", "team-leadership", "project-management"],
        "days_ago": 5,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": (
                    "We started something similar in Service Desk after reading this in draft. "
                    "Week two and it already feels normal. What do you do when nobody has anything "
                    "that week?"
                ),
                "replies": [
                    {
                        "author": "any",
                        "body": (
                            'It has happened twice. We used the time to ask "what are you stuck '
                            'on?" instead, which turned out to be just as useful.'
                        ),
                    },
                ],
            },
            {
                "author": "any",
                "body": (
                    "The honest one about the status report was the best 15 minutes of my month."
                ),
            },
        ],
        "reactions": {
            "helped": 14,
            "will_try": 11,
            "thanks": 8,
        },
    },
    {
        "key": "en-003",
        "kind": "learning",
        "author": "employee",
        "area": "engineering",
        "title": (
            "Open elevation data is fine for a cloudburst screening, not for the report to the "
            "client"
        ),
        "sections": {
            "learned": (
                "The national 0.4 m elevation model is more than good enough to find the *areas* "
                "that flood first. It is not good enough to say *which buildings* will get water "
                "in the basement, because kerbs, light wells and ramps are smaller than the grid."
            ),
            "situation": (
                "We did a quick cloudburst screening for a housing association outside Aarhus in "
                "QGIS, using open data only. The first map looked convincing. On the site visit we "
                "found three basement ramps that the model simply didn't see, and one low-lying "
                "courtyard that was actually protected by a wall."
            ),
            "differently": (
                "I'll label screening maps clearly as screening, and budget half a day of site "
                "visit before anything goes into a report at building level. I've put a short note "
                "about the limits in the Water & Environment template."
            ),
        },
        "topics": ["gis", "water-engineering"],
        "days_ago": 12,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": (
                    "Same experience in Bergen with overvann mapping. The kerbs are always the "
                    "surprise."
                ),
            },
        ],
        "reactions": {
            "helped": 6,
            "will_try": 2,
            "thanks": 4,
        },
    },
    {
        "key": "en-004",
        "kind": "learning",
        "author": "employee",
        "area": "sales",
        "title": "Evaluators read the solution summary first, so now I write it last",
        "sections": {
            "learned": (
                "In a debrief after a lost tender, the evaluation panel told us they form their "
                'first impression from the one-page summary and then read the rest "looking for '
                'evidence". Our summary had been written first, before the solution was settled, '
                "and it showed."
            ),
            "situation": (
                "We came second on quality in a tender for engineering services for a Norwegian "
                "municipality. I asked for a debrief meeting rather than just the written scores. "
                'One evaluator said our summary promised a "holistic approach" that they '
                "couldn't find anywhere in the method description."
            ),
            "differently": (
                "- I write the summary last, when the method description is final.\n- Every claim "
                "in the summary points to a section where it is proven.\n- I always ask for a "
                "debrief, win or lose. It costs an hour and it's the best feedback we get."
            ),
        },
        "topics": ["bid-writing", "public-procurement"],
        "days_ago": 9,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": (
                    "Asking for the debrief on the wins too is underrated. They tell you what to "
                    "keep."
                ),
            },
            {
                "author": "any",
                "body": (
                    "Could you share the debrief questions you used? We have one with a Swedish "
                    "region next week."
                ),
                "replies": [
                    {
                        "author": "any",
                        "body": (
                            "Sent them to you. I'll also put them in the bid library so everyone "
                            "can find them."
                        ),
                    },
                ],
            },
        ],
        "reactions": {
            "helped": 12,
            "will_try": 7,
            "thanks": 5,
        },
    },
    {
        "key": "en-005",
        "kind": "learning",
        "author": "employee",
        "area": "customer",
        "title": '"What were you trying to do?" is the best first question on a support call',
        "sections": {
            "learned": (
                "If I ask what the person was trying to do before I ask what went wrong, I solve "
                "the actual problem more often. People describe the error they saw, which is often "
                "two steps away from what they need."
            ),
            "situation": (
                'A caller reported that the VPN "kept dropping". We went through the usual '
                "checks for 20 minutes. When I finally asked what they were trying to do, it "
                "turned out they needed one file from a project share, which they could have "
                "opened in the browser without VPN at all."
            ),
            "differently": (
                "I open every call with that question now, and I've suggested we add it to the "
                "first line of our call script in the Service Desk."
            ),
        },
        "topics": ["customer-dialogue", "itil"],
        "days_ago": 20,
        "audience": "organisation",
        "comments": [],
        "reactions": {
            "helped": 8,
            "will_try": 6,
            "thanks": 2,
        },
    },
    {
        "key": "en-006",
        "kind": "learning",
        "author": "employee",
        "area": "engineering",
        "title": "Five people using screen readers taught me more than our accessibility checker",
        "sections": {
            "learned": (
                "Automated accessibility checks catch maybe a third of the real problems. The rest "
                "only show up when someone who relies on a screen reader actually tries to "
                "complete a task."
            ),
            "situation": (
                "Our checker gave the new client portal a clean report. Then we ran five sessions "
                "with screen reader users recruited through a disability organisation in London. "
                "Four of five got stuck on the same step: the error messages in the upload form "
                "appeared visually but were never announced."
            ),
            "differently": (
                "For every new flow, at least two sessions with assistive technology users before "
                "release, not after. And error messages get an `aria-live` region from the start. "
                "The QA team in Aarhus is adding a check for that to their Playwright suite."
            ),
        },
        "topics": ["accessibility", "ux-research"],
        "days_ago": 33,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": "Did you pay the participants? We've been unsure what the right amount is.",
                "replies": [
                    {
                        "author": "any",
                        "body": (
                            "Yes, the same rate as our other research participants, plus travel. "
                            "The organisation helped us with the practicalities."
                        ),
                    },
                ],
            },
        ],
        "reactions": {
            "helped": 10,
            "will_try": 5,
            "thanks": 9,
        },
    },
    {
        "key": "en-007",
        "kind": "learning",
        "author": "employee",
        "area": "finance",
        "title": "The accrual we reversed by hand every month for two years",
        "sections": {
            "learned": (
                "If you find yourself doing the same manual correction at every month-end close, "
                "it's usually a sign that a rule upstream is wrong, not that you need a better "
                "checklist."
            ),
            "situation": (
                "Every month I reversed a subcontractor accrual for the Buildings unit by hand, "
                "because the project system booked it twice. I documented it beautifully. When a "
                "colleague covered for me during the summer, they asked why the project system did "
                "that, and nobody knew. It took one short call with the system owner to fix the "
                "mapping."
            ),
            "differently": (
                "Once a quarter I'll go through my close checklist and ask \"why does this step "
                'exist?" for each manual correction.'
            ),
        },
        "topics": ["financial-reporting", "excel"],
        "days_ago": 41,
        "audience": "unit",
        "comments": [
            {
                "author": "any",
                "body": "I think I have three of these. Going to look tomorrow.",
            },
        ],
        "reactions": {
            "helped": 4,
            "will_try": 3,
            "thanks": 2,
        },
    },
    {
        "key": "en-008",
        "kind": "learning",
        "author": "leader",
        "area": "engineering",
        "title": (
            "Letting our newest engineer present to the client was the best decision I made this "
            "quarter"
        ),
        "sections": {
            "learned": (
                'I had been "protecting" junior engineers from client meetings. What they needed '
                "was a safe first time, not protection."
            ),
            "situation": (
                "On the district heating study in Bergen, the engineer who had done most of the "
                "load calculations asked if she could present them at the steering group. My "
                "instinct was to do it myself. Instead we did two dry runs, agreed that I would "
                "take any question about budget or scope, and let her take the rest. The client "
                "asked her four follow-up questions, and the next email went to her, not me."
            ),
            "differently": (
                "For every client project, I'll agree with the team at the start who presents "
                "what, and make sure each person new to the team gets at least one part within "
                "their first three months."
            ),
        },
        "topics": ["team-leadership", "presentation", "mentoring"],
        "days_ago": 15,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": (
                    "The agreement about who takes budget questions is a really good detail. It "
                    "makes it safe for both of you."
                ),
            },
            {
                "author": "any",
                "body": (
                    "As someone who was on the receiving end of this in another team: it matters "
                    "more than you'd think."
                ),
            },
        ],
        "reactions": {
            "helped": 7,
            "will_try": 9,
            "thanks": 11,
        },
    },
    {
        "key": "en-009",
        "kind": "learning",
        "author": "employee",
        "area": "people",
        "title": "Write the scoring guide before the first interview, not after the third",
        "sections": {
            "learned": (
                "If the panel agrees what a strong answer looks like before meeting anyone, we "
                "compare candidates with the role instead of with each other."
            ),
            "situation": (
                "We were hiring two data engineers. After three interviews, the panel was already "
                'talking about "the one who reminded us of" a former colleague. We paused, wrote '
                "down what a 1, 3 and 5 answer looks like for each question, and re-scored from "
                "our notes. The ranking changed."
            ),
            "differently": (
                "- Scoring guide agreed in the kick-off meeting with the hiring manager.\n- "
                "Everyone scores alone before the panel talks.\n- Notes in the shared template, so "
                "we keep what we need for GDPR and nothing else."
            ),
        },
        "topics": ["recruitment", "gdpr"],
        "days_ago": 60,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": (
                    "Is the template in the People & Learning space? Would love to use it for the "
                    "QA role we're opening."
                ),
                "replies": [
                    {
                        "author": "any",
                        "body": "It is, under Recruitment > Interview kit.",
                    },
                ],
            },
        ],
        "reactions": {
            "helped": 8,
            "will_try": 6,
            "thanks": 3,
        },
    },
    {
        "key": "en-010",
        "kind": "learning",
        "author": "employee",
        "area": "engineering",
        "title": "Two lines of dbt tests found what our dashboards had hidden for a year",
        "sections": {
            "learned": (
                "A `unique` and a `not_null` test on the join keys are cheap insurance. Without "
                "them, a fan-out join can quietly double numbers and every chart still looks "
                "plausible."
            ),
            "situation": (
                "We moved the project hours model to dbt and added the default tests out of habit. "
                "The `unique` test on project ID failed on the first run: about 2% of projects had "
                "two rows in the customer dimension after a CRM merge, so their hours were counted "
                "twice in the utilisation dashboard."
            ),
            "differently": (
                "Every model we touch gets tests on its keys before anything else. I've also asked "
                'the Analytics team to flag any number that "looks a bit high" to us, instead of '
                "adjusting it in the report."
            ),
        },
        "topics": ["data-engineering", "sql"],
        "days_ago": 75,
        "audience": "unit",
        "comments": [],
        "reactions": {
            "helped": 5,
            "will_try": 4,
            "thanks": 1,
        },
    },
    {
        "key": "en-011",
        "kind": "learning",
        "author": "employee",
        "area": "operations",
        "title": (
            "Steering groups read the first line of a status report, so that's where the decision "
            "goes"
        ),
        "sections": {
            "learned": (
                "The first sentence of a status report should say what I need from the reader. "
                "Everything else is background for those who want it."
            ),
            "situation": (
                "On a school renovation project I sent fortnightly status reports with a "
                "green/amber/red table on top. We needed a decision on a change to the ventilation "
                "scope, and it sat on page two for six weeks. When I moved it to the subject line "
                '("Decision needed by 12 May: ventilation scope"), I had an answer in two days.'
            ),
            "differently": (
                "Decision or risk in the subject and the first line, the traffic-light table after "
                "that. I stole the idea partly from the plain-language tips people have shared "
                "here."
            ),
        },
        "topics": ["stakeholder-management", "plain-language", "project-management"],
        "days_ago": 100,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": (
                    "We've been doing the same in the Service Desk's monthly report to clients. "
                    'Fewer "quick questions" afterwards.'
                ),
            },
        ],
        "reactions": {
            "helped": 11,
            "will_try": 8,
            "thanks": 4,
        },
    },
    {
        "key": "en-012",
        "kind": "learning",
        "author": "employee",
        "area": "engineering",
        "title": "An AI assistant is a good rubber duck and a poor source",
        "sections": {
            "learned": (
                "Using a chat assistant to explain *my own* code back to me is genuinely useful. "
                "Asking it for facts about a library version is not: it answered confidently about "
                "a parameter that doesn't exist in the version we use."
            ),
            "situation": (
                "I was refactoring an old Python integration that pulls meter readings from a "
                "client's API. Talking the design through with the assistant helped me spot a "
                "retry loop that could run forever. Then it suggested a `timeout` argument for our "
                "HTTP client that was removed two major versions ago, and I lost half an hour "
                "before checking the changelog."
            ),
            "differently": (
                "I use it to think out loud and to draft tests, and I go to the official docs for "
                "anything version-specific. I never paste client data or credentials into it, in "
                "line with our guidelines."
            ),
        },
        "topics": ["generative-ai", "python"],
        "days_ago": 130,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": '"Rubber duck, not a source" is going on a sticky note on my screen.',
            },
            {
                "author": "any",
                "body": (
                    "Our Analytics team's trial with AI summaries ended up in almost the same "
                    "place. Structure yes, facts no."
                ),
            },
        ],
        "reactions": {
            "helped": 13,
            "will_try": 3,
            "thanks": 5,
        },
    },
    {
        "key": "en-013",
        "kind": "learning",
        "author": "employee",
        "area": "operations",
        "title": "What a morning on site taught me about our safety induction",
        "sections": {
            "learned": (
                "Our safety induction explains the rules well but doesn't show people *where* "
                "things are. On a real site the first questions are practical: where is the muster "
                "point, who do I report to, where is the first aid kit."
            ),
            "situation": (
                "I joined a site walk on a substation project outside Oslo as part of my own "
                "onboarding in HSE. I'd read our induction slides twice. Standing at the gate, I "
                "couldn't have told you where to go if the alarm went off."
            ),
            "differently": (
                "I'm proposing a one-page site map as part of every induction, filled in by the "
                "site manager on day one, and a five-minute walk with a named person before anyone "
                "starts work."
            ),
        },
        "topics": ["occupational-safety", "onboarding"],
        "days_ago": 180,
        "audience": "unit",
        "comments": [
            {
                "author": "any",
                "body": (
                    "Good catch. The map idea costs almost nothing. Let's take it to the next HSE "
                    "forum."
                ),
            },
        ],
        "reactions": {
            "helped": 5,
            "will_try": 4,
            "thanks": 6,
        },
    },
    {
        "key": "en-101",
        "kind": "success",
        "author": "employee",
        "area": "engineering",
        "title": "Our pipeline went from 23 to 9 minutes by caching Docker layers properly",
        "sections": {
            "changed": (
                "The main build for the client portal now takes about 9 minutes instead of 23. "
                "Most of the gain came from ordering the Dockerfile so dependencies are installed "
                "before the code is copied, and from reusing the layer cache between runs."
            ),
            "before": (
                "Median pipeline time over 30 days: **23 min**. Developers batched changes to "
                "avoid waiting, so pull requests were big and reviews slow."
            ),
            "after": (
                "Median over the last 30 days: **9 min**. Average pull request size has dropped "
                "from about 400 to about 150 changed lines, which we didn't even aim for."
            ),
            "learning": (
                "Someone on the team read the build logs line by line during a quiet afternoon and "
                "noticed we reinstalled every Python package on every commit. The fix was four "
                "lines. The lesson was that nobody had looked, because the slowness had become "
                "normal."
            ),
        },
        "topics": ["ci-cd", "docker"],
        "days_ago": 4,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": (
                    "Smaller pull requests as a side effect is the best part. Did review time "
                    "change too?"
                ),
                "replies": [
                    {
                        "author": "any",
                        "body": (
                            "From roughly a day to a few hours, but we haven't measured it "
                            "carefully yet."
                        ),
                    },
                ],
            },
            {
                "author": "any",
                "body": (
                    "Integrations has the same problem with our Java builds. Could we borrow "
                    "someone for an hour?"
                ),
            },
        ],
        "reactions": {
            "helped": 16,
            "will_try": 12,
            "thanks": 6,
        },
    },
    {
        "key": "en-102",
        "kind": "success",
        "author": "leader",
        "area": "customer",
        "title": (
            "The Service Desk's Lean board, three months in: fewer tickets bouncing between queues"
        ),
        "sections": {
            "changed": (
                "We put a physical board (and its Teams twin for the Göteborg–Oslo crowd) up for "
                "tickets that had been reassigned more than once, and we look at it for ten "
                "minutes every morning. Each bounced ticket gets an owner and a reason."
            ),
            "before": (
                "In January, **31 %** of incidents were reassigned at least once. Median time to "
                "resolve for those: 2.8 working days."
            ),
            "after": (
                "In April, **12 %** were reassigned. Median time to resolve for the reassigned "
                'ones: 1.1 working days. The most common reason ("unclear which team owns the '
                'integration") now has a one-page map.'
            ),
            "learning": (
                "The team learned to look at the flow of work, not only at the queue length. The "
                "biggest insight came from a colleague who simply counted how many hands each "
                "ticket had passed through."
            ),
        },
        "topics": ["lean", "itil"],
        "days_ago": 22,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": (
                    "The one-page ownership map has helped us in Integrations too. We get far "
                    "fewer tickets that are really for Platform."
                ),
            },
            {
                "author": "any",
                "body": (
                    "Would you be up for showing the board at a Tuesday 15-minute session in the "
                    "Project Office?"
                ),
                "replies": [
                    {
                        "author": "any",
                        "body": "Happily. Put me on the rota.",
                    },
                ],
            },
        ],
        "reactions": {
            "helped": 13,
            "will_try": 9,
            "thanks": 7,
        },
    },
    {
        "key": "en-103",
        "kind": "success",
        "author": "employee",
        "area": "engineering",
        "title": "140 clashes found in the model instead of on site",
        "sections": {
            "changed": (
                "On the new sports hall in Göteborg we ran clash detection on the combined "
                "structural, ventilation and sprinkler models every two weeks, and brought the "
                'results to the design meeting instead of a general "any issues?".'
            ),
            "before": (
                "On a comparable project two years ago, we logged **38 clashes found on site**, "
                "and the contractor's change orders for them came to roughly three weeks of delay."
            ),
            "after": (
                "This time: **140 clashes** found and resolved in the model, **4** found on site "
                "(all in areas not modelled in detail). No delay attributed to design coordination."
            ),
            "learning": (
                "The trick was not the software, which we already had. It was agreeing a shared "
                "naming convention for IFC exports with the architect and the MEP consultant, so "
                "the models actually lined up."
            ),
        },
        "topics": ["bim", "structural-engineering"],
        "days_ago": 50,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": "Did the contractor notice the difference?",
                "replies": [
                    {
                        "author": "any",
                        "body": (
                            'Their site manager asked which tool we used. I said "a meeting every '
                            "two weeks\". He laughed, but it's true."
                        ),
                    },
                ],
            },
        ],
        "reactions": {
            "helped": 9,
            "will_try": 5,
            "thanks": 6,
        },
    },
    {
        "key": "en-104",
        "kind": "success",
        "author": "employee",
        "area": "finance",
        "title": "Rolling forecast: from a six-week budget round to a two-day update",
        "sections": {
            "changed": (
                "We replaced the annual budget round for the Digital division with a quarterly "
                "rolling forecast. Team leads update five drivers (headcount, utilisation, rates, "
                "subcontractors, travel) instead of 60 budget lines."
            ),
            "before": (
                "Budget round: **six weeks** from first template to approval, three rounds of "
                "revisions, and by March the numbers were already out of date."
            ),
            "after": (
                "Quarterly update: **two working days**. Forecast accuracy for revenue at three "
                "months out improved from ±11 % to ±4 %."
            ),
            "learning": (
                "We learned that team leads don't mind giving numbers, they mind giving numbers "
                "they know will be wrong. Asking for drivers they actually manage changed the "
                "conversation."
            ),
        },
        "topics": ["budgeting", "excel", "power-bi"],
        "days_ago": 95,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": (
                    "As a team lead: this is the first time I've understood what happens to the "
                    "numbers after I send them."
                ),
            },
        ],
        "reactions": {
            "helped": 6,
            "will_try": 4,
            "thanks": 8,
        },
    },
    {
        "key": "en-105",
        "kind": "success",
        "author": "employee",
        "area": "people",
        "title": "New starters are ready to work on day 3 instead of day 9",
        "sections": {
            "changed": (
                "Laptops, accounts and access to project systems are now ordered from the signed "
                "contract, not from the first day. Every new starter also gets a buddy from the "
                "team who has a checklist for the first two weeks."
            ),
            "before": (
                "Average day on which a new starter could log time to a client project: **day 9**. "
                'In the onboarding survey, 41 % said their first week was "mostly waiting".'
            ),
            "after": (
                'Average: **day 3** (last two quarters, 58 new starters). "Mostly waiting" is '
                "down to 9 %."
            ),
            "learning": (
                "We mapped one new starter's first week hour by hour with them. Seeing the waiting "
                "on a timeline made the fix obvious to IT and to the team leads."
            ),
        },
        "topics": ["onboarding", "mentoring"],
        "days_ago": 28,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": (
                    "I started in March and had my laptop on day one. Didn't realise that was new!"
                ),
            },
            {
                "author": "any",
                "body": (
                    'The buddy checklist is great. Could it include "show where the good coffee '
                    'is" in Bergen?'
                ),
                "replies": [
                    {
                        "author": "any",
                        "body": "Added. Priorities.",
                    },
                ],
            },
        ],
        "reactions": {
            "helped": 7,
            "will_try": 5,
            "thanks": 15,
        },
    },
    {
        "key": "en-106",
        "kind": "success",
        "author": "employee",
        "area": "customer",
        "title": "Plain-language client letters halved the follow-up questions",
        "sections": {
            "changed": (
                "We rewrote the six standard letters Client Partners send when a contract is "
                "renewed, changed or closed. Shorter sentences, the action first, legal terms "
                "explained in brackets the first time they appear."
            ),
            "before": (
                "Of 120 letters sent in the autumn, **47** led to a follow-up email or call asking "
                "what the letter meant."
            ),
            "after": (
                "Of 130 letters sent in the spring, **21** led to a follow-up. Legal & Compliance "
                "reviewed every letter, so nothing was lost in precision."
            ),
            "learning": (
                "We tested each draft on two colleagues from outside the team and asked them to "
                "tell us, in their own words, what the letter asked them to do. Where they "
                "hesitated, we rewrote."
            ),
        },
        "topics": ["plain-language", "customer-dialogue"],
        "days_ago": 65,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": (
                    'The "explain it back to me" test is so simple. We\'ll use it for our HR '
                    "policy pages."
                ),
            },
        ],
        "reactions": {
            "helped": 10,
            "will_try": 8,
            "thanks": 4,
        },
    },
    {
        "key": "en-107",
        "kind": "success",
        "author": "employee",
        "area": "engineering",
        "title": (
            "Twelve Playwright smoke tests cut release regressions from seven a quarter to one"
        ),
        "sections": {
            "changed": (
                "We wrote twelve end-to-end smoke tests in Playwright for the journeys clients use "
                "every day (log in, upload a document, approve a report, and so on) and run them "
                "on every merge to main."
            ),
            "before": (
                "Q3 last year: **7** regressions found by clients after a release, each one a "
                "support ticket and usually an evening hotfix."
            ),
            "after": (
                "Q1 and Q2 this year: **1** and **1**. The tests take four minutes, and flaky runs "
                "are down to about one in fifty since we stopped using fixed waits."
            ),
            "learning": (
                "We learned to test the journeys, not the pages. The first version had 80 tests "
                "that broke whenever a button moved. Cutting to twelve journeys made the suite "
                "something people trust."
            ),
        },
        "topics": ["automated-testing", "ci-cd"],
        "days_ago": 140,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": "Going from 80 to 12 must have taken some courage. How did you choose?",
                "replies": [
                    {
                        "author": "any",
                        "body": (
                            "We looked at which pages had the most support tickets and which "
                            "journeys earn the client money. The overlap was small."
                        ),
                    },
                ],
            },
        ],
        "reactions": {
            "helped": 11,
            "will_try": 7,
            "thanks": 3,
        },
    },
    {
        "key": "en-108",
        "kind": "success",
        "author": "leader",
        "area": "sales",
        "title": "A shared bid library got our first drafts done in a day instead of three",
        "sections": {
            "changed": (
                "Public Sector Bids now keeps a library of approved CVs, project references and "
                "method sections, tagged by service and sector, in one place instead of in the "
                "last bid someone happened to remember."
            ),
            "before": (
                "First complete draft of a standard consultancy bid: **3 working days** on "
                "average. Reference projects often had outdated figures."
            ),
            "after": (
                "First complete draft: **1 working day** on average over the last 14 bids. Every "
                "reference has an owner and a review date, and stale ones show up in red."
            ),
            "learning": (
                "The library only works because each entry has a named owner. Our first attempt, a "
                "shared folder without owners, was out of date within a quarter."
            ),
        },
        "topics": ["bid-writing", "public-procurement"],
        "days_ago": 210,
        "audience": "organisation",
        "comments": [],
        "reactions": {
            "helped": 8,
            "will_try": 3,
            "thanks": 5,
        },
    },
    {
        "key": "en-109",
        "kind": "success",
        "author": "employee",
        "area": "operations",
        "title": "Three fields instead of twelve: near-miss reports more than tripled",
        "sections": {
            "changed": (
                "We cut the near-miss form on our Norwegian sites from twelve fields to three: "
                "*what happened*, *where*, *photo (optional)*. HSE fills in the rest when "
                "following up."
            ),
            "before": (
                "On average **9** near-miss reports per month across the sites, most of them from "
                "site managers."
            ),
            "after": (
                "On average **31** per month over the last four months, and more than half from "
                "people on the tools. The most common theme, unsecured materials at height, now "
                "has its own toolbox talk."
            ),
            "learning": (
                "We ran it as an experiment on two sites first, so we could compare. The lesson "
                'was that every extra field we asked for told people "this will take long", even '
                "when the fields were optional."
            ),
        },
        "topics": ["occupational-safety", "quality-management"],
        "days_ago": 160,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": (
                    "More reports is such a counter-intuitive good number. Did anyone ask why the "
                    "figure went up?"
                ),
                "replies": [
                    {
                        "author": "any",
                        "body": (
                            "Yes, one client did. We showed them the trend of serious incidents "
                            "alongside it, which is flat to falling. That helped."
                        ),
                    },
                ],
            },
        ],
        "reactions": {
            "helped": 9,
            "will_try": 6,
            "thanks": 10,
        },
    },
    {
        "key": "en-201",
        "kind": "lesson",
        "author": "leader",
        "area": "engineering",
        "title": "We swapped the ingress controller on a Friday afternoon",
        "sections": {
            "tried": (
                "The Platform team planned to replace the ingress controller on the shared "
                "production cluster. We had tested it in staging, written a runbook and picked a "
                "Friday afternoon because traffic from clients is lowest then. As team lead, I "
                "approved the timing."
            ),
            "happened": (
                "The switch itself went fine. What we hadn't rehearsed was certificate renewal: "
                "staging used a self-signed certificate, production used a certificate from the "
                "client's own authority. Two client-facing sites served certificate errors for "
                "about two hours, and the people who knew the certificate setup best had already "
                "left for the weekend."
            ),
            "learned": (
                '- Staging only protects you from the risks it actually contains.\n- "Low '
                'traffic" is not the same as "low risk" if it also means "low staffing".\n- '
                "Our runbook listed steps, but not the assumptions behind them."
            ),
            "next_time": (
                "Changes to shared infrastructure happen Tuesday to Thursday before noon. Runbooks "
                'get an "assumptions" section that someone outside the team reads. And we\'ll add '
                "certificate expiry and issuer to our synthetic checks, so a wrong certificate "
                "alerts us before a client does."
            ),
        },
        "topics": ["kubernetes", "observability", "risk-management"],
        "days_ago": 3,
        "audience": "organisation",
        "asks_leader_response": True,
        "acknowledgement": (
            'Thank you for writing this up so quickly and so openly. The "assumptions" section '
            "is a good idea for every runbook in Software Engineering, not only Platform. Let's "
            "talk at the department meeting about how we roll it out."
        ),
        "comments": [
            {
                "author": "any",
                "body": (
                    "Really useful, thank you. Do you have an example of what you'd put in the "
                    "assumptions section?"
                ),
                "replies": [
                    {
                        "author": "any",
                        "body": (
                            'Things like "the certificate is issued by X", "DNS TTL is 5 '
                            'minutes", "rollback needs the old Helm release to exist". Anything '
                            "that, if it's false, breaks the plan."
                        ),
                    },
                ],
            },
            {
                "author": "any",
                "body": (
                    "The point about low traffic also meaning low staffing is one we need in "
                    "Service Desk too."
                ),
            },
            {
                "author": "any",
                "body": (
                    "Appreciate that you wrote this as team lead. Makes it easier for the rest of "
                    "us to share ours."
                ),
            },
        ],
        "reactions": {
            "helped": 15,
            "will_try": 10,
            "thanks": 21,
        },
    },
    {
        "key": "en-202",
        "kind": "lesson",
        "author": "employee",
        "area": "engineering",
        "title": "Our maintenance model scored well in testing and missed the first real failure",
        "sections": {
            "tried": (
                "We built a model to predict which pumps at a client's water treatment plants "
                "would need maintenance in the next 30 days, using five years of sensor data and "
                "work orders. On the test set it found 84 % of failures."
            ),
            "happened": (
                "In its first two months in production it flagged plenty of pumps, and the one "
                "pump that actually failed wasn't among them. Looking back, we had split training "
                "and test data randomly, so readings from the same failure episode ended up on "
                "both sides. The test score was flattering us."
            ),
            "learned": (
                "With time series, a random split leaks the future into the past. We also learned "
                "that we had never asked the operators which failures mattered most to them, so we "
                "optimised for the wrong thing."
            ),
            "next_time": (
                "Split by time, always, and keep the last months completely untouched until the "
                "end. Spend a day with the operators before choosing what to predict. We're "
                "rebuilding the model this way now and will share how it goes."
            ),
        },
        "topics": ["machine-learning", "statistics", "water-engineering"],
        "days_ago": 8,
        "audience": "organisation",
        "asks_leader_response": True,
        "acknowledgement": None,
        "comments": [
            {
                "author": "any",
                "body": (
                    "Thank you for this. I made exactly the same mistake at university and nobody "
                    "told me until my thesis defence."
                ),
            },
            {
                "author": "any",
                "body": "Curious: how did the client react when you told them?",
                "replies": [
                    {
                        "author": "any",
                        "body": (
                            "Better than we feared. The operations manager said they'd rather know "
                            "now, and offered us two operators for a workshop."
                        ),
                    },
                ],
            },
        ],
        "reactions": {
            "helped": 12,
            "will_try": 4,
            "thanks": 14,
        },
    },
    {
        "key": "en-203",
        "kind": "lesson",
        "author": "leader",
        "area": "sales",
        "title": "We spent 160 hours on a framework bid we were never going to win",
        "sections": {
            "tried": (
                "We bid for a large framework agreement for technical advisory services with a "
                "Swedish region. It was a big opportunity and several people were excited about "
                "it, me included, so we decided to bid without going through our usual go/no-go "
                "meeting."
            ),
            "happened": (
                "We scored well on quality and came fifth of six on price. In the debrief it "
                "became clear that the incumbent had set the price level years ago, and that the "
                "evaluation model made it almost impossible to win on quality. Around 160 hours "
                "went into the bid."
            ),
            "learned": (
                "Enthusiasm is not a qualification criterion. The go/no-go meeting exists "
                "precisely for the bids we are most excited about, because those are the ones "
                "where we stop asking hard questions."
            ),
            "next_time": (
                "No bid over 40 hours without a go/no-go, and I'll ask someone who isn't involved "
                "to chair it. We'll also model the price weighting in the evaluation before we "
                "decide, not after."
            ),
        },
        "topics": ["public-procurement", "bid-writing", "risk-management"],
        "days_ago": 14,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": "Modelling the price weighting first is a great idea. Is there a template?",
                "replies": [
                    {
                        "author": "any",
                        "body": (
                            "A rough one in Excel. I'll clean it up and add it to the bid library "
                            "this week."
                        ),
                    },
                ],
            },
        ],
        "reactions": {
            "helped": 10,
            "will_try": 6,
            "thanks": 9,
        },
    },
    {
        "key": "en-204",
        "kind": "lesson",
        "author": "employee",
        "area": "people",
        "title": "The new time-tracking system launched before the training did",
        "sections": {
            "tried": (
                "We introduced a new time-tracking system across all seven offices. The plan was a "
                "go-live on the first of the month and training sessions during the following two "
                "weeks, so nobody had to learn a system they couldn't use yet."
            ),
            "happened": (
                "The first month-end came before most people had been trained. About a third of "
                "hours were logged on the wrong activity codes, Finance spent several days "
                "correcting them, and the Service Desk had its busiest week of the year."
            ),
            "learned": (
                "People learn a system when they need it, which for time tracking is the last days "
                'of the month. Training scheduled "after go-live" landed after the moment that '
                "mattered. We also underestimated how different the activity codes looked in the "
                "new system."
            ),
            "next_time": (
                "Short training *before* go-live, a two-minute video for the month-end moment, and "
                'a "month-end clinic" on Teams the last two afternoons of the first three months.'
            ),
        },
        "topics": ["change-management", "onboarding"],
        "days_ago": 19,
        "audience": "organisation",
        "asks_leader_response": True,
        "acknowledgement": (
            "Thank you. This matches what I heard from Finance and the Service Desk, and the "
            "next-time list is exactly right. We'll use it for the expense system change in the "
            "autumn."
        ),
        "comments": [
            {
                "author": "any",
                "body": "The month-end clinic was really helpful for me. Please keep it.",
            },
            {
                "author": "any",
                "body": (
                    "From Finance: thank you for writing this without pointing fingers. It was a "
                    "hard week for everyone."
                ),
            },
        ],
        "reactions": {
            "helped": 8,
            "will_try": 5,
            "thanks": 12,
        },
    },
    {
        "key": "en-205",
        "kind": "lesson",
        "author": "leader",
        "area": "operations",
        "title": "We logged the risk in week 2. It happened in week 14.",
        "sections": {
            "tried": (
                "On a road and drainage project we kept a thorough risk log, as we always do. In "
                'week 2 we logged "permit for work in the watercourse may be delayed", rated it '
                "medium and agreed to follow up."
            ),
            "happened": (
                "Nobody looked at the log again until the monthly steering group, and by then it "
                "had become routine to skim it. The permit arrived seven weeks late, and the "
                "contractor had to re-sequence the work. The risk was there all along, just not in "
                "front of anyone."
            ),
            "learned": (
                "A risk log is only as good as the moment it is read. Ours was filled in carefully "
                "and reviewed rarely."
            ),
            "next_time": (
                "The top five risks go on the weekly stand-up screen, with the date someone last "
                "checked each one. We tried it as an experiment on two projects afterwards, and "
                "I'll write up the result separately."
            ),
        },
        "topics": ["risk-management", "project-management"],
        "days_ago": 26,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": (
                    '"Filled in carefully and reviewed rarely" describes most risk logs I\'ve '
                    "seen. Looking forward to the write-up."
                ),
            },
            {
                "author": "any",
                "body": (
                    "Have you tried a pre-mortem at kick-off? It made our risk log feel less like "
                    "homework."
                ),
                "replies": [
                    {
                        "author": "any",
                        "body": (
                            "Not yet. I read the article someone posted here and want to try it on "
                            "the next one."
                        ),
                    },
                ],
            },
        ],
        "reactions": {
            "helped": 11,
            "will_try": 9,
            "thanks": 7,
        },
    },
    {
        "key": "en-206",
        "kind": "lesson",
        "author": "employee",
        "area": "customer",
        "title": "The disk alert went to a mailbox nobody reads any more",
        "sections": {
            "tried": (
                "We monitor disk space on the file servers we operate for two clients. When a disk "
                "passes 90 %, an alert is sent so the on-call person can clean up or extend it."
            ),
            "happened": (
                "A log folder filled a disk over a weekend. The alert fired on Saturday morning, "
                "but it went to a shared mailbox from an old team structure that no one had "
                "monitored since the reorganisation. The client's document system stopped "
                "accepting uploads until Monday at 8."
            ),
            "learned": (
                "Alerts were set up by people, and their recipients were never reviewed when the "
                "team changed. We also learned that the 90 % threshold was fine; the delivery was "
                "the problem."
            ),
            "next_time": (
                "All alerts now go through the on-call tool, not email. We've listed every alert "
                "and its recipient, and we'll review the list whenever a team changes. We also "
                "send a test alert every month to see that it arrives."
            ),
        },
        "topics": ["observability", "itil"],
        "days_ago": 37,
        "audience": "organisation",
        "asks_leader_response": True,
        "acknowledgement": (
            "Thanks for this. The monthly test alert is now part of the Service Desk routine, and "
            "I've asked Platform to check their alert recipients the same way."
        ),
        "comments": [
            {
                "author": "any",
                "body": (
                    "This is the same pattern as the Platform certificate story: the plan was "
                    "fine, the assumptions weren't. Thanks for sharing."
                ),
            },
        ],
        "reactions": {
            "helped": 9,
            "will_try": 7,
            "thanks": 8,
        },
    },
    {
        "key": "en-207",
        "kind": "lesson",
        "author": "leader",
        "area": "people",
        "title": (
            "Our first mentoring round matched people by seniority and forgot to ask what they "
            "wanted to learn"
        ),
        "sections": {
            "tried": (
                "We launched a cross-office mentoring programme with 24 pairs. People & Learning "
                "matched mentees with a more senior person in the same discipline, on the "
                "assumption that that's where the most relevant experience would be."
            ),
            "happened": (
                "After three months, about half the pairs had stopped meeting. In the evaluation, "
                "several mentees said they had wanted help with something else entirely, like "
                "client conversations or moving into a lead role, and didn't feel they could say "
                "so."
            ),
            "learned": (
                "We designed the matching around our idea of a good mentor instead of the mentee's "
                "question. Seniority in the same field was often the least useful match."
            ),
            "next_time": (
                "Mentees write down one question they want help with, and we match on the "
                "question. Pairs agree on three meetings first, with an easy exit. I'll share what "
                "happens in the next round."
            ),
        },
        "topics": ["mentoring", "coaching"],
        "days_ago": 48,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": (
                    "I was in that first round and this is exactly right. Matching on the question "
                    "sounds much better."
                ),
            },
            {
                "author": "any",
                "body": (
                    "Could the pairs cross disciplines too? I learned a lot about client "
                    "conversations from someone in Sales."
                ),
                "replies": [
                    {
                        "author": "any",
                        "body": (
                            "Yes, that's the idea. If the question is about clients, the best "
                            "mentor may well be in Client Partners."
                        ),
                    },
                ],
            },
        ],
        "reactions": {
            "helped": 7,
            "will_try": 8,
            "thanks": 10,
        },
    },
    {
        "key": "en-208",
        "kind": "lesson",
        "author": "employee",
        "area": "engineering",
        "title": "We used the wrong year as the baseline in the district heating study",
        "sections": {
            "tried": (
                "For the district heating study in Bergen we compared future heat demand scenarios "
                "against a baseline year, using the utility's metered data."
            ),
            "happened": (
                "We chose the most recent complete year as baseline. It turned out to be unusually "
                "mild, so every scenario looked like bigger growth than it really was. The "
                "client's own analyst spotted it in the draft report, which was a slightly "
                "uncomfortable meeting."
            ),
            "learned": (
                "For anything weather-dependent, a single year is not a baseline. Degree-day "
                "correction, or an average of several years, should have been standard. We also "
                "learned the value of asking the client's analyst to look at our assumptions early."
            ),
            "next_time": (
                "Degree-day normalisation in the calculation template by default, and a short "
                '"assumptions review" with the client after two weeks instead of at the draft '
                "stage."
            ),
        },
        "topics": ["energy-systems", "data-analysis"],
        "days_ago": 70,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": (
                    "Good to have this written down. Could you share the template with Water & "
                    "Environment? We have the same question with rainfall years."
                ),
                "replies": [
                    {
                        "author": "any",
                        "body": "Of course, I'll send it over.",
                    },
                ],
            },
        ],
        "reactions": {
            "helped": 6,
            "will_try": 5,
            "thanks": 4,
        },
    },
    {
        "key": "en-209",
        "kind": "lesson",
        "author": "leader",
        "area": "finance",
        "title": (
            "I announced a new expense policy in one email and spent a month answering questions"
        ),
        "sections": {
            "tried": (
                "We simplified the expense policy: fewer categories, a new per diem for travel "
                "between offices, and receipts only through the app. I sent one email to everyone "
                "with the policy attached, because the changes seemed small."
            ),
            "happened": (
                "The policy was clear to us in Finance, who had written it. For everyone else, it "
                "raised questions we hadn't anticipated, mostly about the cases in between (travel "
                "that starts in one country and ends in another, client dinners). Our team "
                "answered more than 200 emails in the following month."
            ),
            "learned": (
                '"Small change" is how it looks from the inside. And a PDF attachment is where '
                "questions go to multiply."
            ),
            "next_time": (
                "Test the policy on five people from different offices before sending it, publish "
                "it as a page with a FAQ we keep adding to, and host two short drop-in sessions. "
                "The plain-language letters Client Partners shared are a good model for the "
                "wording."
            ),
        },
        "topics": ["change-management", "plain-language"],
        "days_ago": 88,
        "audience": "organisation",
        "asks_leader_response": True,
        "acknowledgement": (
            "A very useful lesson for all of Corporate. I'd like us to use the five-person test "
            "for every policy change from now on. Thank you for going first."
        ),
        "comments": [
            {
                "author": "any",
                "body": (
                    "For the record, the FAQ page is now really good. I found my answer in a "
                    "minute."
                ),
            },
        ],
        "reactions": {
            "helped": 9,
            "will_try": 11,
            "thanks": 13,
        },
    },
    {
        "key": "en-210",
        "kind": "lesson",
        "author": "employee",
        "area": "sales",
        "title": "140 sign-ups, 19 attendees: our webinar on climate adaptation",
        "sections": {
            "tried": (
                "Marketing & Communication organised a one-hour webinar on climate adaptation for "
                "municipalities, with two of our water engineers. We promoted it on LinkedIn and "
                "in our newsletter for three weeks."
            ),
            "happened": (
                "140 people signed up and 19 joined. The content was good and the questions were "
                "excellent, but the recording got 40 views afterwards and we couldn't tell who had "
                "actually found it useful."
            ),
            "learned": (
                "For this audience a one-hour slot in the middle of a working day is a big ask. "
                'Several people told us afterwards that they had signed up "to get the '
                'recording". We had planned for an event when what people wanted was material '
                "they could use in their own time."
            ),
            "next_time": (
                "Shorter (30 minutes), at 8:30 or after lunch, with a written summary and the key "
                "maps sent to everyone who signed up, and a follow-up offer of a short call with "
                "the engineers."
            ),
        },
        "topics": ["content-marketing", "presentation", "water-engineering"],
        "days_ago": 110,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": (
                    "The written summary was actually forwarded to me by a client last week, so it "
                    "did reach people."
                ),
            },
            {
                "author": "any",
                "body": (
                    "Would a recorded 10-minute version per topic work better? Happy to help with "
                    "the video."
                ),
            },
        ],
        "reactions": {
            "helped": 5,
            "will_try": 6,
            "thanks": 4,
        },
    },
    {
        "key": "en-211",
        "kind": "lesson",
        "author": "leader",
        "area": "engineering",
        "title": "We built the feature the loudest client asked for",
        "sections": {
            "tried": (
                "In Digital Product we maintain a reporting portal used by about 30 client "
                "organisations. One large client asked repeatedly and forcefully for a custom "
                "export to their finance system. As product lead, I prioritised it to keep the "
                "relationship good."
            ),
            "happened": (
                "It took most of a quarter. When it was done, the client used it for two months "
                "and then changed finance systems. Meanwhile, a small improvement that many "
                "clients had mentioned in interviews, saving report filters, waited for six months."
            ),
            "learned": (
                "Volume of requests is not the same as value. We had the research showing what "
                "most clients needed; I let the loudest voice override it."
            ),
            "next_time": (
                "Every larger request goes through the same short assessment: how many clients, "
                "how often, and what happens if we don't build it. If a client wants something "
                "only they need, we build a small version first or quote it as custom work."
            ),
        },
        "topics": ["ux-research", "stakeholder-management"],
        "days_ago": 150,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": (
                    "Saving filters was the best release of the year from where I sit in Client "
                    "Partners. Thanks for being open about how we got there."
                ),
            },
        ],
        "reactions": {
            "helped": 8,
            "will_try": 4,
            "thanks": 9,
        },
    },
    {
        "key": "en-212",
        "kind": "lesson",
        "author": "employee",
        "area": "operations",
        "title": "Our site safety induction was only in Norwegian",
        "sections": {
            "tried": (
                "On a substation upgrade we ran the usual site safety induction for everyone "
                "arriving on site, using our standard Norwegian slides and a short quiz."
            ),
            "happened": (
                "Two subcontractor crews joined in the second month. The induction was delivered "
                "as usual, and everyone signed. A week later a near-miss report about work near "
                "live equipment showed that part of the crew had not understood the permit-to-work "
                "rules. The site manager caught it in time."
            ),
            "learned": (
                "A signature on an induction form tells us that someone attended, not that they "
                "understood. We hadn't asked which language people work in when we planned the "
                "induction."
            ),
            "next_time": (
                "Ask about working languages when subcontractors are booked, have the key rules "
                "(permits, muster point, reporting) available in English and Polish, and check "
                "understanding by asking people to explain the permit process back, not by a quiz."
            ),
        },
        "topics": ["occupational-safety", "plain-language"],
        "days_ago": 240,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": (
                    "Thanks for writing this. We've had the same question on the Göteborg sites. "
                    "Are the translated key rules available somewhere?"
                ),
                "replies": [
                    {
                        "author": "any",
                        "body": (
                            "Yes, in the HSE library under Induction. Lithuanian is on the way."
                        ),
                    },
                ],
            },
        ],
        "reactions": {
            "helped": 7,
            "will_try": 6,
            "thanks": 8,
        },
    },
    {
        "key": "en-301",
        "kind": "tip",
        "author": "employee",
        "area": "engineering",
        "title": "Review a pull request without stashing your work: git worktree",
        "sections": {
            "tip": (
                "`git worktree add ../review-123 origin/feature-branch` gives you a second "
                "checkout of the repo in another folder. Review, run the tests, then `git worktree "
                "remove ../review-123`. Your half-finished work stays exactly where it was. Saved "
                "me from at least one lost stash already."
            ),
        },
        "topics": ["ci-cd", "python"],
        "days_ago": 1,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": (
                    "Didn't know this existed. I've been cloning the repo twice like an animal."
                ),
            },
        ],
        "reactions": {
            "helped": 9,
            "will_try": 8,
            "thanks": 2,
        },
    },
    {
        "key": "en-302",
        "kind": "tip",
        "author": "employee",
        "area": "any",
        "title": "Put the decision you need in the first line of the meeting invite",
        "sections": {
            "tip": (
                'Instead of "Sync on project X", write "Decide: do we go with option A or B for '
                'the foundation design?". People prepare differently, the right people turn up, '
                "and it's much easier to end the meeting when the decision is made. If there's no "
                "decision to make, maybe it's an email."
            ),
        },
        "topics": ["facilitation", "plain-language"],
        "days_ago": 6,
        "audience": "organisation",
        "comments": [],
        "reactions": {
            "helped": 12,
            "will_try": 14,
            "thanks": 3,
        },
    },
    {
        "key": "en-303",
        "kind": "tip",
        "author": "employee",
        "area": "finance",
        "title": 'XLOOKUP has a built-in "if not found": stop wrapping it in IFERROR',
        "sections": {
            "tip": (
                '`=XLOOKUP(A2; Projects[ID]; Projects[Owner]; "missing")` returns "missing" '
                "when there's no match. Unlike IFERROR, it doesn't also hide real errors like a "
                "broken reference. (Your separator may be `,` instead of `;` depending on your "
                "regional settings.)"
            ),
        },
        "topics": ["excel"],
        "days_ago": 11,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": (
                    "The point about IFERROR hiding real errors is the important bit. Found two of "
                    "those in our forecast model."
                ),
            },
        ],
        "reactions": {
            "helped": 7,
            "will_try": 5,
            "thanks": 2,
        },
    },
    {
        "key": "en-304",
        "kind": "tip",
        "author": "employee",
        "area": "engineering",
        "title": "Test slow queries on production-sized data, with EXPLAIN (ANALYZE, BUFFERS)",
        "sections": {
            "tip": (
                "A query that's fast on the 1,000 rows in your test database can pick a completely "
                "different plan on 10 million rows. Restore an anonymised copy of production-sized "
                "data, run `EXPLAIN (ANALYZE, BUFFERS)` and look for sequential scans and large "
                'row estimate errors. It answers most "why is it fast in test and slow in '
                'production?" questions.'
            ),
        },
        "topics": ["sql"],
        "days_ago": 30,
        "audience": "organisation",
        "comments": [],
        "reactions": {
            "helped": 6,
            "will_try": 4,
            "thanks": 1,
        },
    },
    {
        "key": "en-305",
        "kind": "tip",
        "author": "leader",
        "area": "people",
        "title": 'End your one-to-ones with "What should I stop doing?"',
        "sections": {
            "tip": (
                '"Any feedback for me?" almost always gets "No, all good". "What\'s one thing '
                'I should stop doing?" is specific enough that people answer. The first few times '
                "the answers were small (too many Teams messages after 17:00). After a couple of "
                "months they got more useful. Say thank you and don't explain yourself."
            ),
        },
        "topics": ["feedback", "team-leadership"],
        "days_ago": 44,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": (
                    '"Don\'t explain yourself" is the hard part. Tried it last week and had to '
                    "bite my tongue."
                ),
            },
            {
                "author": "any",
                "body": (
                    "I've started asking my lead this too, the other way round. Works both ways."
                ),
            },
        ],
        "reactions": {
            "helped": 10,
            "will_try": 13,
            "thanks": 6,
        },
    },
    {
        "key": "en-306",
        "kind": "tip",
        "author": "employee",
        "area": "customer",
        "title": "A saved reply is a draft, not an answer",
        "sections": {
            "tip": (
                "Our saved replies in the ticket system are great for speed, but people notice "
                "when they get one. Before sending, change the first sentence so it mentions "
                'something from their ticket. Takes ten seconds, and in our last survey the "felt '
                'understood" score went up noticeably for the agents who did it.'
            ),
        },
        "topics": ["customer-dialogue", "itil"],
        "days_ago": 58,
        "audience": "unit",
        "comments": [],
        "reactions": {
            "helped": 5,
            "will_try": 6,
            "thanks": 2,
        },
    },
    {
        "key": "en-307",
        "kind": "tip",
        "author": "employee",
        "area": "engineering",
        "title": "Put the date and model version in every IFC file name",
        "sections": {
            "tip": (
                "`GBG-Hall_STR_2024-05-14_v12.ifc` instead of `structure_final_NEW.ifc`. Agree the "
                "pattern with the architect and MEP consultants at kick-off. When a clash report "
                "refers to a file, everyone knows exactly which model it came from. This was half "
                "the reason clash detection worked on the sports hall."
            ),
        },
        "topics": ["bim"],
        "days_ago": 120,
        "audience": "unit",
        "comments": [
            {
                "author": "any",
                "body": 'And never, ever "final". Nothing is final.',
            },
        ],
        "reactions": {
            "helped": 6,
            "will_try": 3,
            "thanks": 2,
        },
    },
    {
        "key": "en-308",
        "kind": "tip",
        "author": "employee",
        "area": "any",
        "title": (
            "Put the end date of your experiments in the calendar, with the people who should hear "
            "the result"
        ),
        "sections": {
            "tip": (
                "Small experiments tend to just fade out. When you start one, book a 20-minute "
                "meeting on the end date with your sponsor and whoever will be affected, titled "
                '"Result: …". It forces a decision: keep it, change it or drop it. Then write it '
                "up here so the rest of us can learn from it too."
            ),
        },
        "topics": ["lean", "agile"],
        "days_ago": 17,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": (
                    "We did this for the near-miss form trial and it's the reason we actually "
                    "decided anything."
                ),
            },
        ],
        "reactions": {
            "helped": 8,
            "will_try": 10,
            "thanks": 3,
        },
    },
    {
        "key": "en-401",
        "kind": "article",
        "author": "employee",
        "area": "engineering",
        "title": "Postmortem culture: learning from failure (Google SRE book)",
        "link_url": "https://sre.google/sre-book/postmortem-culture/",
        "sections": {
            "why": (
                "A short chapter on writing up incidents without blame, and on why the write-up "
                "matters more than the incident. The part I took most from: a postmortem is only "
                "worth something if people read it, so they share and review them openly. It's "
                "written for operations teams, but it reads just as well for anyone writing a "
                '"did not go as planned" story here.'
            ),
        },
        "topics": ["observability", "itil"],
        "days_ago": 7,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": (
                    "The section on rewarding people for writing postmortems made me think of the "
                    "lessons on this platform. Good find."
                ),
            },
        ],
        "reactions": {
            "helped": 7,
            "will_try": 3,
            "thanks": 6,
        },
    },
    {
        "key": "en-402",
        "kind": "article",
        "author": "employee",
        "area": "customer",
        "title": "Writing for GOV.UK: the best short guide to plain language I know",
        "link_url": "https://www.gov.uk/guidance/content-design/writing-for-gov-uk",
        "sections": {
            "why": (
                "It's written for government web pages, but almost everything applies to client "
                "letters, reports and even Teams messages: front-load the important words, use "
                'short sentences, avoid words like "facilitate" and "leverage". We used it as '
                "our checklist when we rewrote the Client Partners letters. Ten minutes to read."
            ),
        },
        "topics": ["plain-language"],
        "days_ago": 24,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": (
                    "The list of words to avoid is painful reading for a consultant. Very useful."
                ),
                "replies": [
                    {
                        "author": "any",
                        "body": "I counted four of them in my last report.",
                    },
                ],
            },
        ],
        "reactions": {
            "helped": 11,
            "will_try": 7,
            "thanks": 5,
        },
    },
    {
        "key": "en-403",
        "kind": "article",
        "author": "employee",
        "area": "engineering",
        "title": "WCAG overview from W3C: start here, not with the full standard",
        "link_url": "https://www.w3.org/WAI/standards-guidelines/wcag/",
        "sections": {
            "why": (
                "The full WCAG text is hard going. This overview page explains the four "
                "principles, the levels (A, AA, AAA) and links to the quick reference, which you "
                "can filter by what you're building. It's the page I send to anyone starting on a "
                "public-sector project, where AA is usually a contract requirement."
            ),
        },
        "topics": ["accessibility", "public-procurement"],
        "days_ago": 52,
        "audience": "organisation",
        "comments": [],
        "reactions": {
            "helped": 6,
            "will_try": 2,
            "thanks": 3,
        },
    },
    {
        "key": "en-404",
        "kind": "article",
        "author": "leader",
        "area": "operations",
        "title": "Pre-mortem: imagine the project has failed, then ask why",
        "link_url": "https://en.wikipedia.org/wiki/Pre-mortem",
        "sections": {
            "why": (
                "A short read on a technique I now use at every project kick-off: the team "
                "imagines it's a year from now and the project has failed, and everyone writes "
                "down why. It surfaces risks people would otherwise keep to themselves, because "
                "you're describing an imagined failure, not criticising the plan. It pairs well "
                "with the lesson about our risk log that nobody read."
            ),
        },
        "topics": ["risk-management", "project-management", "facilitation"],
        "days_ago": 80,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": (
                    "We tried it at the kick-off for the hospital project. Twenty minutes, eleven "
                    "risks we didn't have in the log."
                ),
            },
        ],
        "reactions": {
            "helped": 9,
            "will_try": 12,
            "thanks": 4,
        },
    },
    {
        "key": "en-405",
        "kind": "article",
        "author": "employee",
        "area": "finance",
        "title": "Goodhart's law: when a measure becomes a target",
        "link_url": "https://en.wikipedia.org/wiki/Goodhart%27s_law",
        "sections": {
            "why": (
                "Worth five minutes for anyone who designs a KPI or a dashboard. When we started "
                "reporting utilisation per team, some time began to be logged in creative ways. "
                "This article gave us the language for what was happening and some history of it. "
                "Read it before you put a number on a screen."
            ),
        },
        "topics": ["data-analysis", "power-bi", "team-leadership"],
        "days_ago": 170,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": (
                    'This is also why the Service Desk stopped targeting "tickets closed per '
                    'day". Thanks for the link.'
                ),
            },
        ],
        "reactions": {
            "helped": 5,
            "will_try": 1,
            "thanks": 4,
        },
    },
    {
        "key": "en-501",
        "kind": "experiment",
        "author": "leader",
        "area": "engineering",
        "title": "No meetings on Thursday mornings for the Platform team",
        "sections": {
            "hypothesis": (
                "We believe that a protected, meeting-free morning each week will give the team "
                "more time for focused work and fewer interrupted tasks. We will know by comparing "
                'pull requests merged and the team\'s own rating of "focus time" with the '
                "previous eight weeks."
            ),
            "plan": (
                "Eight weeks, the whole Platform team. No internal meetings on Thursdays before "
                "12:00; client meetings and incidents are the exceptions. Quick check-in at the "
                "Tuesday 15-minute session every other week."
            ),
        },
        "topics": ["agile", "team-leadership"],
        "days_ago": 1,
        "audience": "unit",
        "experiment": {
            "status": "planned",
            "starts_in_days": 10,
            "ends_in_days": 66,
        },
        "comments": [
            {
                "author": "any",
                "body": (
                    "Can other teams join in? Integrations would happily not be booked on Thursday "
                    "mornings either."
                ),
                "replies": [
                    {
                        "author": "any",
                        "body": (
                            "Let's run it with Platform first so we have a clean comparison, then "
                            "open it up."
                        ),
                    },
                ],
            },
        ],
        "reactions": {
            "helped": 0,
            "will_try": 6,
            "thanks": 3,
        },
    },
    {
        "key": "en-502",
        "kind": "experiment",
        "author": "employee",
        "area": "sales",
        "title": (
            'A one-page "what we heard" to the client within 24 hours of every discovery meeting'
        ),
        "sections": {
            "hypothesis": (
                "We believe that sending a short summary of what we understood, within a day, will "
                "catch misunderstandings early and lead to more follow-up meetings. We will know "
                "by the share of discovery meetings that lead to a second meeting, compared with "
                "last half-year (currently about 40 %)."
            ),
            "plan": (
                "Client Partners in London and Copenhagen, all new discovery meetings for two "
                "months. One page, three headings: what you told us, what we think it means, what "
                "we suggest next."
            ),
        },
        "topics": ["customer-dialogue", "plain-language"],
        "days_ago": 4,
        "audience": "organisation",
        "experiment": {
            "status": "planned",
            "starts_in_days": 7,
            "ends_in_days": 68,
        },
        "comments": [
            {
                "author": "any",
                "body": (
                    "Love this. Would it be useful to count how often the client corrects the "
                    "summary? That in itself is a good sign."
                ),
            },
        ],
        "reactions": {
            "helped": 2,
            "will_try": 7,
            "thanks": 2,
        },
    },
    {
        "key": "en-503",
        "kind": "experiment",
        "author": "leader",
        "area": "customer",
        "title": "Swarming instead of escalation for priority-2 tickets",
        "sections": {
            "hypothesis": (
                "We believe that bringing the right three people together on a P2 ticket within "
                "the first hour, instead of passing it from first to second to third line, will "
                "cut resolution time. We will know by comparing median time to resolve for P2 "
                "tickets with the last quarter (currently 9.5 hours)."
            ),
            "plan": (
                "Service Desk in Göteborg with volunteers from Platform and Integrations, for "
                "eight weeks. A P2 ticket opens a Teams channel, and whoever picks it up pulls in "
                "whoever they think they need. We track time to resolve and how many people each "
                "swarm involved, so we can see what it costs too."
            ),
        },
        "topics": ["itil", "lean"],
        "days_ago": 21,
        "audience": "organisation",
        "experiment": {
            "status": "running",
            "starts_in_days": -20,
            "ends_in_days": 36,
        },
        "comments": [
            {
                "author": "any",
                "body": (
                    "Three weeks in, from the Platform side: the swarms are short and much more "
                    "fun than reading a ticket history from three queues."
                ),
                "replies": [
                    {
                        "author": "any",
                        "body": (
                            "Good to hear. Early numbers look promising, but let's wait for the "
                            "full eight weeks."
                        ),
                    },
                ],
            },
            {
                "author": "any",
                "body": (
                    "How do you make sure first-line colleagues still learn from the tricky ones?"
                ),
            },
        ],
        "reactions": {
            "helped": 3,
            "will_try": 5,
            "thanks": 4,
        },
    },
    {
        "key": "en-504",
        "kind": "experiment",
        "author": "employee",
        "area": "people",
        "title": "Learning pairs across offices: one colleague, one skill, six weeks",
        "sections": {
            "hypothesis": (
                "We believe that pairing two people from different offices who want to learn each "
                "other's skill will lead to more cross-office help afterwards. We will know by "
                "asking the pairs, three months after, how often they've helped or asked someone "
                "from the other office, compared with a group that wasn't paired."
            ),
            "plan": (
                '30 volunteers, 15 pairs, matched on the skills people marked "wants to learn" '
                'and "can help with" in their Samla profile. Six weeks, 30 minutes a week, on '
                "Teams. The first session has a short guide; after that it's up to the pair."
            ),
        },
        "topics": ["mentoring", "onboarding"],
        "days_ago": 40,
        "audience": "organisation",
        "experiment": {
            "status": "running",
            "starts_in_days": -38,
            "ends_in_days": 4,
        },
        "comments": [
            {
                "author": "any",
                "body": (
                    "My pair in Stockholm has taught me more about Power BI in four weeks than a "
                    "course did in two days. I'm teaching Python in return, slowly."
                ),
            },
            {
                "author": "any",
                "body": "Will there be a second round? I missed the sign-up.",
                "replies": [
                    {
                        "author": "any",
                        "body": "If the results are good, yes, in the autumn. I'll post here.",
                    },
                ],
            },
        ],
        "reactions": {
            "helped": 6,
            "will_try": 9,
            "thanks": 7,
        },
    },
    {
        "key": "en-505",
        "kind": "experiment",
        "author": "leader",
        "area": "operations",
        "title": "The top five risks on the stand-up screen, every week",
        "sections": {
            "hypothesis": (
                "We believe that showing the five biggest risks, with the date each was last "
                "checked, at every weekly stand-up will mean risks are acted on earlier. We will "
                "know by the number of risks that turn into issues without having been reviewed in "
                "the previous four weeks."
            ),
            "plan": (
                "Two projects in the Project Office (a road and drainage project and a school "
                "renovation), twelve weeks. A third, similar project continues as usual for "
                "comparison."
            ),
            "result": (
                "On the two projects, no risk became an issue without being reviewed in the "
                "previous four weeks, and two risks were closed early because someone noticed they "
                "were no longer relevant. On the comparison project, three risks became issues, "
                "two of which hadn't been looked at for over two months. It's a small sample, but "
                "the difference is clear enough for us."
            ),
            "lesson": (
                "Visibility did more than process. Nobody changed the risk method; we just put it "
                "where people already look. The date of the last check turned out to be the most "
                "useful column: an old date is awkward to show on a shared screen. From next "
                "quarter, all Project Office projects will do it."
            ),
        },
        "topics": ["risk-management", "project-management", "lean"],
        "days_ago": 165,
        "audience": "organisation",
        "experiment": {
            "status": "ended",
            "starts_in_days": -160,
            "ends_in_days": -76,
        },
        "comments": [
            {
                "author": "any",
                "body": (
                    '"An old date is awkward to show on a shared screen" — that is the whole '
                    "trick, isn't it."
                ),
            },
            {
                "author": "any",
                "body": (
                    "Could this work in Buildings too? Our projects are smaller, but the risk log "
                    "problem is the same."
                ),
                "replies": [
                    {
                        "author": "any",
                        "body": (
                            "I think so. Happy to show the stand-up board to your team, it takes "
                            "five minutes."
                        ),
                    },
                ],
            },
        ],
        "reactions": {
            "helped": 12,
            "will_try": 10,
            "thanks": 6,
        },
    },
    {
        "key": "en-506",
        "kind": "experiment",
        "author": "employee",
        "area": "engineering",
        "title": "Generative AI for first drafts of analysis summaries",
        "sections": {
            "hypothesis": (
                "We believe that letting an AI assistant write the first draft of the written "
                "summary for our monthly client analyses will save at least 30 % of the writing "
                "time without lowering quality. We will know by timing the writing and by having a "
                "second analyst review each summary blind."
            ),
            "plan": (
                "Analytics team, six weeks, twelve monthly summaries for four clients. Only "
                "aggregated figures go into the assistant, never client names or raw data, "
                "following the guidelines from Legal & Compliance."
            ),
            "result": (
                "Writing time went down by about 35 % on average. But 2 of the 12 drafts contained "
                "a figure that was wrong (in one case a percentage change computed the wrong way "
                'round), and in the blind review the AI-assisted summaries were rated as "more '
                'generic". So: faster, not better, and the errors were the kind that are easy to '
                "miss."
            ),
            "lesson": (
                "The assistant is good at structure and phrasing and unreliable with numbers. We "
                "now use it to propose an outline and to tighten our own text, and every figure "
                "comes straight from the analysis. We also learned that a blind review is easy to "
                'set up and tells you far more than "it feels fine".'
            ),
        },
        "topics": ["generative-ai", "data-analysis"],
        "days_ago": 125,
        "audience": "organisation",
        "experiment": {
            "status": "ended",
            "starts_in_days": -122,
            "ends_in_days": -80,
        },
        "comments": [
            {
                "author": "any",
                "body": (
                    "Thank you for doing the blind review. Most of what we hear about AI is "
                    "anecdotes."
                ),
            },
            {
                "author": "any",
                "body": (
                    "Bids are trying something similar for answer drafts. Could we borrow your "
                    "review set-up?"
                ),
                "replies": [
                    {
                        "author": "any",
                        "body": "Of course, I'll share the review sheet.",
                    },
                ],
            },
        ],
        "reactions": {
            "helped": 14,
            "will_try": 5,
            "thanks": 9,
        },
    },
    {
        "key": "en-601",
        "kind": "media",
        "author": "employee",
        "area": "engineering",
        "title": "Video: a walk through the heat pump plant at the Bergen pilot site (6 min)",
        "sections": {
            "summary": (
                "A six-minute walk through the seawater heat pump plant we designed for a district "
                "heating pilot in Bergen. It starts at the seawater intake, follows the heat "
                "exchangers and the two heat pumps, and ends in the control room, where the "
                "operator shows the screen with supply temperatures and the COP over the last week "
                "(mostly between 3.1 and 3.6). Along the way I explain the three design choices "
                "we'd make differently now, including the placement of the filters that need "
                "cleaning more often than we expected. Subtitles in English."
            ),
        },
        "topics": ["energy-systems", "sustainability"],
        "days_ago": 13,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": (
                    "Great to actually see it after reading so many reports about it. The filter "
                    "placement point is useful for our next design."
                ),
            },
        ],
        "reactions": {
            "helped": 7,
            "will_try": 1,
            "thanks": 12,
        },
    },
    {
        "key": "en-602",
        "kind": "media",
        "author": "employee",
        "area": "people",
        "title": "Photos from the facilitation workshop in Oslo: one wall, 300 sticky notes",
        "sections": {
            "summary": (
                "Six photos from the two-day facilitation workshop in Oslo. The first shows the "
                '"parking lot" wall at the end of day one, covered in yellow sticky notes '
                "grouped under four headings. The second and third show groups working at standing "
                "tables with the 1-2-4-All method. The fourth is a close-up of a flip chart "
                'listing "what makes a meeting worth attending" (top answers: a clear question, '
                "the right people, ending early). The last two show the final round where each "
                "participant said one thing they'd use at their next team meeting."
            ),
        },
        "topics": ["facilitation"],
        "days_ago": 35,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": (
                    "1-2-4-All has changed my team meetings. The quietest people suddenly had the "
                    "best ideas."
                ),
            },
            {
                "author": "any",
                "body": "Will there be one in Copenhagen?",
            },
        ],
        "reactions": {
            "helped": 3,
            "will_try": 6,
            "thanks": 10,
        },
    },
    {
        "key": "en-603",
        "kind": "media",
        "author": "employee",
        "area": "engineering",
        "title": "Screen recording: reading a Playwright trace when a test fails in CI (4 min)",
        "sections": {
            "summary": (
                "A four-minute screen recording. I download the trace from a failed pipeline run, "
                "open it in the trace viewer and step through the test: the timeline at the top, "
                "the DOM snapshot before and after each action, the network tab showing the API "
                "call that returned 500, and the console error that explains it. The second half "
                "shows how I found that the failure was a test data problem, not a bug, by "
                "comparing with the last green run. No sound needed; captions explain each step."
            ),
        },
        "topics": ["automated-testing", "ci-cd"],
        "days_ago": 55,
        "audience": "unit",
        "comments": [
            {
                "author": "any",
                "body": (
                    "The network tab in the trace viewer is such an underused feature. Thanks for "
                    "showing it."
                ),
            },
        ],
        "reactions": {
            "helped": 8,
            "will_try": 5,
            "thanks": 4,
        },
    },
    {
        "key": "en-604",
        "kind": "media",
        "author": "leader",
        "area": "operations",
        "title": "Video: checking a scaffold tag before you climb (2 min)",
        "sections": {
            "summary": (
                "A two-minute video filmed on one of our sites. It shows a scaffold with a green "
                "tag at the access point, and goes through what to read on the tag: inspection "
                "date, who inspected it, the load class and any restrictions. Then it shows an "
                "example with a red tag and what to do (don't climb, tell the site manager). It "
                "ends with a reminder that office staff on site visits need to check too. Made for "
                "site inductions, with English and Norwegian subtitles."
            ),
        },
        "topics": ["occupational-safety"],
        "days_ago": 285,
        "audience": "organisation",
        "comments": [
            {
                "author": "any",
                "body": (
                    "Short enough that people actually watch it. Could we get a Swedish subtitle "
                    "track too?"
                ),
                "replies": [
                    {
                        "author": "any",
                        "body": "Yes, it's being translated now.",
                    },
                ],
            },
        ],
        "reactions": {
            "helped": 9,
            "will_try": 4,
            "thanks": 7,
        },
    },
]
