"""@mentions in stories: `@anna.jensen` names the one active person whose email address starts
with `anna.jensen@` (case-insensitive). A handle that fits nobody, or more than one person, stays
plain text.

`mention_handles` finds handles in Markdown source; `people_for_handles` resolves them in one
query; `link_mentions` turns them into profile links inside already sanitised HTML, outside
links and code. Only this module writes the mention markup, from a handle that matched the
pattern below (letters, digits and . _ % + -) and a URL from `reverse`, so the HTML stays safe.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import reduce
from operator import or_
from typing import TYPE_CHECKING

from django.db.models import Q
from django.urls import reverse
from django.utils.html import escape

if TYPE_CHECKING:
    from samla.people.models import Person

MAX_MENTIONS = 50  # handles resolved per story; more are left as text

# Not preceded by a word character, "@" or "." (so "anna@example.com" is no mention); ends on a
# letter or digit (so the full stop in "thanks @anna." is not part of it).
MENTION_RE = re.compile(r"(?<![\w@.])@([a-z0-9](?:[a-z0-9._%+-]{0,62}[a-z0-9])?)", re.IGNORECASE)
# A tag, with quoted attribute values that may contain ">".
_TAG_RE = re.compile(r"""(<(?:[^>"']|"[^"]*"|'[^']*')*>)""")
_SKIP_TAGS = {"a", "code", "pre"}


def mention_handles(text: str) -> list[str]:
    """The distinct handles in a text, lower-cased, in order of first appearance."""
    handles: list[str] = []
    for match in MENTION_RE.finditer(text or ""):
        handle = match.group(1).lower()
        if handle not in handles:
            handles.append(handle)
    return handles[:MAX_MENTIONS]


def people_for_handles(handles: Iterable[str]) -> dict[str, Person]:
    """{handle: person} for handles that name exactly one active person."""
    from samla.people.models import Person

    wanted = {h.lower() for h in handles}
    if not wanted:
        return {}
    cond = reduce(or_, (Q(email__istartswith=f"{h}@") for h in sorted(wanted)))
    found: dict[str, list[Person]] = {}
    for person in Person.objects.filter(cond, is_active=True).select_related("unit"):
        local = person.email.rsplit("@", 1)[0].lower()
        if local in wanted:
            found.setdefault(local, []).append(person)
    return {handle: people[0] for handle, people in found.items() if len(people) == 1}


def link_mentions(html: str, people: Mapping[str, Person]) -> str:
    """Replace @handle in the text of sanitised HTML with a link to the person's profile,
    except inside <a>, <code> and <pre>."""
    if not people or "@" not in html:
        return html
    urls = {h: reverse("people:person-detail", args=[p.pk]) for h, p in people.items()}

    def replace(match: re.Match[str]) -> str:
        url = urls.get(match.group(1).lower())
        if url is None:
            return match.group(0)
        return f'<a href="{escape(url)}" class="mention">@{escape(match.group(1))}</a>'

    out: list[str] = []
    skipping: list[str] = []
    for part in _TAG_RE.split(html):
        if part.startswith("<") and part.endswith(">"):
            name = part[1:].lstrip("/").split(None, 1)[0].rstrip(">/").lower() if part else ""
            if name in _SKIP_TAGS:
                if part.startswith("</"):
                    if skipping and skipping[-1] == name:
                        skipping.pop()
                elif not part.endswith("/>"):
                    skipping.append(name)
            out.append(part)
        elif skipping or "@" not in part:
            out.append(part)
        else:
            out.append(MENTION_RE.sub(replace, part))
    return "".join(out)
