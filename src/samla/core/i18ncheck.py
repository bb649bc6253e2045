"""Check (and with --compile, build) the translation catalogues.

    python -m samla.core.i18ncheck            fail on untranslated, fuzzy or stale entries
    python -m samla.core.i18ncheck --compile  write every .mo from its .po

.mo files are committed so that a machine without GNU gettext can run Samla; this check makes
sure they match their .po. It uses Babel (a development dependency), not msgfmt.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"
LANGUAGES = ("da", "sv", "nb")


def _catalogues() -> list[Path]:
    return [LOCALE_DIR / lang / "LC_MESSAGES" / "django.po" for lang in LANGUAGES]


def _mo_bytes(po_path: Path) -> bytes:
    with po_path.open("rb") as fh:
        catalog = read_po(fh, abort_invalid=True)
    out = io.BytesIO()
    write_mo(out, catalog, use_fuzzy=False)
    return out.getvalue()


def problems() -> list[str]:
    found: list[str] = []
    for po_path in _catalogues():
        if not po_path.exists():
            found.append(f"{po_path}: missing")
            continue
        with po_path.open("rb") as fh:
            catalog = read_po(fh)
        for message in catalog:
            if not message.id:
                continue
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            if message.fuzzy:
                found.append(f"{po_path.parent.parent.name}: fuzzy: {message.id!r}")
            elif not all(strings):
                found.append(f"{po_path.parent.parent.name}: untranslated: {message.id!r}")
        mo_path = po_path.with_suffix(".mo")
        if not mo_path.exists() or mo_path.read_bytes() != _mo_bytes(po_path):
            found.append(f"{mo_path}: out of date (run `make compile-messages`)")
    return found


def main() -> int:
    if "--compile" in sys.argv:
        for po_path in _catalogues():
            po_path.with_suffix(".mo").write_bytes(_mo_bytes(po_path))
        return 0
    found = problems()
    for line in found[:200]:
        print(line, file=sys.stderr)
    if found:
        print(f"{len(found)} translation problem(s).", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
