"""A story in the search index: what it says, who may find it. Services call `story_index`
after every change of a story; `rebuild_search_index` uses the provider below."""

from __future__ import annotations

from collections.abc import Iterator

from samla.core.markdown import markdown_to_text
from samla.search.fulltext import (
    IndexableDocument,
    index_document,
    register_provider,
    remove_document,
)
from samla.stories.enums import StoryState
from samla.stories.kinds import sections_for
from samla.stories.models import Story

DOC_TYPE = "story"


def story_document(story: Story) -> IndexableDocument:
    parts = [markdown_to_text(story.sections.get(s.key, "")) for s in sections_for(story.kind)]
    if story.link_url:
        parts.append(story.link_url)
    media_alt = [m.alt_text for m in story.media.all() if m.alt_text]
    return IndexableDocument(
        doc_type=DOC_TYPE,
        object_id=str(story.pk),
        language=story.language,
        title=story.title,
        body="\n".join(p for p in [*parts, *media_alt] if p),
        url=story.get_absolute_url(),
        published_at=story.published_at,
        unit_path=story.audience_unit.path if story.audience_unit is not None else "",
        circle_id=story.circle_id,
        author_id=story.author_id,
        kind=story.kind,
        topics=tuple(t.skill.slug for t in story.story_topics.all()),
        is_visible=story.state == StoryState.PUBLISHED,
    )


def story_index(story: Story) -> None:
    """(Re)index one story; hidden stories stay in the index but are never returned."""
    if story.state == StoryState.REMOVED:
        remove_document(doc_type=DOC_TYPE, object_id=str(story.pk))
        return
    doc = story_document(story)
    index_document(**doc.__dict__)


def story_unindex(story_id: int) -> None:
    remove_document(doc_type=DOC_TYPE, object_id=str(story_id))


def _all_stories() -> Iterator[IndexableDocument]:
    stories = (
        Story.objects.exclude(state=StoryState.REMOVED)
        .select_related("audience_unit")
        .prefetch_related("story_topics__skill", "media")
        .order_by("pk")
    )
    for story in stories.iterator(chunk_size=1000):
        yield story_document(story)


register_provider(DOC_TYPE, _all_stories)
