"""The two engines behind one interface; `engine()` picks the one for the database in use."""

from __future__ import annotations

from django.db import connection

from samla.search.fulltext.backends.base import Engine, Filters

__all__ = ["Engine", "Filters", "engine"]


def engine() -> Engine:
    if connection.vendor == "postgresql":
        from samla.search.fulltext.backends import postgresql

        return postgresql.ENGINE
    if connection.vendor == "sqlite":
        from samla.search.fulltext.backends import sqlite

        return sqlite.ENGINE
    raise NotImplementedError(f"Full-text search does not support {connection.vendor}.")
