"""A warning for documents coded without a publication date.

Without one, 'on Monday' and 'May 13' cannot be resolved, so the events they date stay
undated: off the timeline, out of every date filter. The coder cannot know; the user can fix
it in a second, if told, so `code` and `ingest` say so once, after the batch.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TypeVar

from eventwire.coding import document_name
from eventwire.model import Document

Item = TypeVar("Item")
SHOWN = 3
"""How many undated documents the warning names."""


class Undated:
    """Notes the documents that pass with no date; `warning()` is the message, if any."""

    def __init__(self) -> None:
        self.names: list[str] = []

    def watch(self, items: Iterable[Item]) -> Iterator[Item]:
        for item in items:
            if isinstance(item, Document) and item.date is None:
                self.names.append(document_name(item))
            yield item

    def warning(self) -> str | None:
        if not self.names:
            return None
        shown = ", ".join(self.names[:SHOWN]) + (", …" if len(self.names) > SHOWN else "")
        which = shown if len(self.names) == 1 else f"{len(self.names)} documents ({shown})"
        return (f"warning: no publication date for {which}, so dates such as 'on Monday' stay "
                "unresolved and those events are undated; give --date YYYY-MM-DD, or name "
                "text files YYYY-MM-DD-slug.txt")
