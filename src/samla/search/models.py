"""The search index: one SearchDocument per searchable thing, whatever app it lives in.

Only samla.search.fulltext writes these rows; apps index through its services. The engine's own
index lives beside the table, created by the migration for the database in use:

- PostgreSQL: a generated `search_vector tsvector` column (title weight A, body weight B, each
  with the document's own text-search configuration) and a GIN index on it. The database
  computes it on every insert and update, so no code writes it and it can never go stale. It is
  not a model field: the ORM never reads it, and SQLite has no such type.
- SQLite: an FTS5 table `search_fts` holding the Snowball stems of title and body (stemmed in
  Python with PyStemmer), written and deleted by fulltext.backends.sqlite.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

LANGUAGE_CHOICES = [("en", "English"), ("da", "Dansk"), ("sv", "Svenska"), ("nb", "Norsk bokmål")]


class SearchDocument(models.Model):
    doc_type = models.CharField(max_length=32)  # "story", "question", "person", "skill", …
    object_id = models.CharField(max_length=64)
    language = models.CharField(max_length=2, choices=LANGUAGE_CHOICES)
    title = models.CharField(max_length=300)
    body = models.TextField(blank=True)  # plain text: the caller strips Markdown
    url = models.CharField(max_length=500)
    # Audience: "" = the whole organisation; else the OrgUnit.path whose members (and sub-units'
    # members) may see the document.
    unit_path = models.CharField(max_length=255, blank=True, default="")
    circle_id = models.BigIntegerField(null=True, blank=True)  # only the circle's members
    author_id = models.BigIntegerField(null=True, blank=True)  # never set for anonymous content
    kind = models.CharField(max_length=32, blank=True, default="")
    topics = models.JSONField(default=list, blank=True)  # skill slugs
    published_at = models.DateTimeField()
    is_visible = models.BooleanField(default=True)

    class Meta:
        verbose_name = _("search document")
        verbose_name_plural = _("search documents")
        constraints = [
            models.UniqueConstraint(
                fields=["doc_type", "object_id"], name="search_document_unique_object"
            )
        ]

    def __str__(self) -> str:
        return f"{self.doc_type}:{self.object_id}"
