"""Named errors raised at the boundaries; the CLI turns each into a one-line message.

    EventwireError
     ├── InputError          input that cannot be read or parsed (file, line, feed, URL)
     │    └── DateError      a date that is not a real YYYY-MM-DD date
     ├── StoreError          the database cannot be opened or written
     ├── DictionaryError     a user dictionary file that cannot be parsed
     └── ModelError          a trained model shipped with the package is missing or damaged
"""

from __future__ import annotations


class EventwireError(Exception):
    """Base of every error eventwire raises on purpose."""


class InputError(EventwireError):
    """Input that cannot be read or parsed; the message names the file (and line)."""

    def __init__(self, message: str, *, source: str | None = None, line: int | None = None):
        self.source = source
        self.line = line
        where = source or ""
        if source and line is not None:
            where = f"{source}:{line}"
        super().__init__(f"{where}: {message}" if where else message)


class DateError(InputError):
    """A date that is not a real calendar date in YYYY-MM-DD form."""


class StoreError(EventwireError):
    """The store cannot be opened, migrated or written."""


class DictionaryError(EventwireError):
    """A dictionary file (ours or a user's PETRARCH file) that cannot be parsed."""


class ModelError(EventwireError):
    """A trained model shipped with the package is missing or damaged."""
