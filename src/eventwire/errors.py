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
    """Input that cannot be read or parsed; the message names the file (and line), or the
    parameter of the call that was given a bad value.

    A library call names its own parameter (`parameter="since"`) and words the message without
    naming any interface's options; the CLI and the HTTP API say it their way (`--since`, the
    query parameter `since`) with `worded_for`.
    """

    def __init__(self, message: str, *, source: str | None = None, line: int | None = None,
                 parameter: str | None = None):
        self.source = source
        self.line = line
        self.parameter = parameter
        self.message = message
        where = source or parameter or ""
        if source and line is not None:
            where = f"{source}:{line}"
        super().__init__(f"{where}: {message}" if where else message)

    def worded_for(self, option: str) -> str:
        """The message naming the parameter as `option` (`--since`) instead of `since`."""
        if self.parameter is None or self.source is not None:
            return str(self)
        return f"{option}: {self.message}"


def cli_option(parameter: str) -> str:
    """The CLI option of a library parameter: `document_id` -> `--document-id`."""
    return "--" + parameter.replace("_", "-")


class DateError(InputError):
    """A date that is not a real calendar date in YYYY-MM-DD form."""


class StoreError(EventwireError):
    """The store cannot be opened, migrated or written."""


class DictionaryError(EventwireError):
    """A dictionary file (ours or a user's PETRARCH file) that cannot be parsed."""


class ModelError(EventwireError):
    """A trained model shipped with the package is missing or damaged."""
