"""Keeping an uploaded file between the dry run and the confirmation."""

from __future__ import annotations

import secrets
from datetime import timedelta

from django.utils import timezone

from samla.people.models import ImportFile, Person

IMPORT_FILE_MAX_AGE = timedelta(hours=1)


def import_file_store(*, owner: Person, data: bytes, file_name: str) -> ImportFile:
    """Keep an uploaded file for its owner; files older than IMPORT_FILE_MAX_AGE are removed."""
    import_files_purge()
    return ImportFile.objects.create(
        token=secrets.token_urlsafe(32), owner=owner, data=data, file_name=file_name[:255]
    )


def import_file_get(*, token: str, owner: Person) -> ImportFile | None:
    """The owner's file, if it has not expired. Nobody else's file is ever returned."""
    return ImportFile.objects.filter(
        token=token, owner=owner, created_at__gte=timezone.now() - IMPORT_FILE_MAX_AGE
    ).first()


def import_file_delete(*, import_file: ImportFile) -> None:
    import_file.delete()


def import_files_purge() -> int:
    deleted, _by_model = ImportFile.objects.filter(
        created_at__lt=timezone.now() - IMPORT_FILE_MAX_AGE
    ).delete()
    return deleted
