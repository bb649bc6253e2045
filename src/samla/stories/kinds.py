"""The structure of each story kind: the sections its composer asks for, in order.

A story stores its sections as a dict {key: Markdown}; `body_html` is rendered from them with each
section's heading. Keys are stable (they are stored); labels and hints are translated.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from samla.stories.enums import StoryKind


@dataclass(frozen=True)
class Section:
    key: str
    label: Promise
    hint: Promise
    required: bool = True
    max_length: int = 10_000


LEARNING = (
    Section("learned", _("What I learned"), _("Say it in a sentence or two first.")),
    Section("situation", _("In what situation"), _("What were you doing when you learned it?")),
    Section(
        "differently",
        _("What I will do differently"),
        _("One concrete change is enough."),
    ),
)
SUCCESS = (
    Section("changed", _("What changed"), _("The improvement, in plain words.")),
    Section("before", _("Before"), _("How it was: a number, an example, a quote.")),
    Section("after", _("After"), _("How it is now, measured the same way if you can.")),
    Section(
        "learning",
        _("The learning behind it"),
        _("What did someone learn that made this possible?"),
        required=False,
    ),
)
LESSON = (
    Section("tried", _("What we tried"), _("Describe the situation and the plan, not people.")),
    Section("happened", _("What happened"), _("The facts, as neutrally as you can.")),
    Section("learned", _("What we learned"), _("What do you understand now that you did not?")),
    Section("next_time", _("What we would do next time"), _("The change you would make.")),
)
TIP = (Section("tip", _("The tip"), _("Short: what it is and when it helps."), max_length=3_000),)
ARTICLE = (
    Section(
        "why",
        _("Why it is worth reading"),
        _("What you took from it, and who it is for."),
        max_length=3_000,
    ),
)
EXPERIMENT = (
    Section("hypothesis", _("Hypothesis"), _("We believe that … will lead to … We will know by …")),
    Section("plan", _("How we will test it"), _("Who, what, for how long."), required=False),
    Section("result", _("Result"), _("What happened, measured against the hypothesis."), False),
    Section("lesson", _("What we learned"), _("Whatever the result, what is the lesson?"), False),
)
MEDIA = (
    Section(
        "summary",
        _("Summary"),
        _("Tell in text what the video or images show, for those who cannot watch."),
        max_length=5_000,
    ),
)

SECTIONS: dict[str, tuple[Section, ...]] = {
    StoryKind.LEARNING: LEARNING,
    StoryKind.SUCCESS: SUCCESS,
    StoryKind.LESSON: LESSON,
    StoryKind.TIP: TIP,
    StoryKind.ARTICLE: ARTICLE,
    StoryKind.EXPERIMENT: EXPERIMENT,
    StoryKind.MEDIA: MEDIA,
}

# Experiment sections filled in only when the experiment is closed out.
CLOSE_OUT_SECTIONS = ("result", "lesson")


def sections_for(kind: str) -> tuple[Section, ...]:
    return SECTIONS[kind]
