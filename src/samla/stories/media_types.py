"""What an uploaded video really is, read from its first bytes (never its name or declared type).

Pure Python, no Django. `sniff_video(head)` answers "video/mp4", "video/webm" or None:

- MP4: an ISO base media file starting with an `ftyp` box whose major brand, or one of its
  compatible brands, is an MP4 brand (isom, iso2, avc1, mp41, mp42, M4V).
- WebM: the EBML magic 1A 45 DF A3, then an EBML header whose DocType element is "webm"
  (Matroska files with DocType "matroska" are refused: browsers do not promise to play them).
"""

from __future__ import annotations

HEAD_BYTES = 4096  # how much of the file the checks read

MP4_BRANDS = frozenset({b"isom", b"iso2", b"avc1", b"mp41", b"mp42", b"M4V "})
EBML_MAGIC = b"\x1a\x45\xdf\xa3"
EBML_DOCTYPE = 0x4282


def _mp4(head: bytes) -> bool:
    if len(head) < 16 or head[4:8] != b"ftyp":
        return False
    size = int.from_bytes(head[0:4], "big")
    if size < 16 or size % 4:
        return False
    box = head[8 : min(size, len(head))]
    brands = [box[0:4]] + [box[i : i + 4] for i in range(8, len(box) - 3, 4)]
    return any(brand in MP4_BRANDS for brand in brands)


def _vint(data: bytes, pos: int, *, keep_marker: bool) -> tuple[int, int] | None:
    """An EBML variable-length integer at `pos`: (value, next position), or None if broken."""
    if pos >= len(data):
        return None
    first = data[pos]
    length = 1
    mask = 0x80
    while length <= 8 and not first & mask:
        mask >>= 1
        length += 1
    if length > 8 or pos + length > len(data):
        return None
    value = first if keep_marker else first & (mask - 1)
    for byte in data[pos + 1 : pos + length]:
        value = (value << 8) | byte
    return value, pos + length


def _webm(head: bytes) -> bool:
    if not head.startswith(EBML_MAGIC):
        return False
    header = _vint(head, len(EBML_MAGIC), keep_marker=False)
    if header is None:
        return False
    size, pos = header
    end = min(pos + size, len(head))
    while pos < end:
        element = _vint(head, pos, keep_marker=True)
        if element is None:
            return False
        element_id, pos = element
        length = _vint(head, pos, keep_marker=False)
        if length is None:
            return False
        data_size, pos = length
        if element_id == EBML_DOCTYPE:
            return head[pos : pos + data_size].rstrip(b"\x00") == b"webm"
        pos += data_size
    return False


def sniff_video(head: bytes) -> str | None:
    """The content type of a video from its first bytes, or None if it is neither MP4 nor
    WebM."""
    if _mp4(head):
        return "video/mp4"
    if _webm(head):
        return "video/webm"
    return None
