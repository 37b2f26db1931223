"""The one exception tree of siqing.

    SiqingError                 anything siqing raises on purpose
    ├── UsageError              a bad command-line argument or input line (exit 2)
    ├── ConfigError             a bad configuration file: carries the file and the key (exit 2)
    ├── FetchError              a page or file could not be fetched: carries the URL
    ├── ExtractionError         a page was fetched but yields no article: carries the URL
    ├── StoreError              the store cannot be opened or migrated
    ├── RenderError             a briefing could not be rendered
    └── DeliveryError           a briefing could not be delivered: carries the recipient

The command line turns each into one line `error: ...` on standard error and an exit code
(`exit_code`): 2 for what the user must fix in what they gave us, 1 for runtime failures.
"""

from __future__ import annotations


class SiqingError(Exception):
    """Base of every error siqing raises on purpose."""

    exit_code = 1


class UsageError(SiqingError):
    """Bad arguments or bad input data (a JSON line, a missing input file)."""

    exit_code = 2

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None) -> None:
        where = ""
        if path is not None:
            where = f"{path}:{line}: " if line is not None else f"{path}: "
        super().__init__(where + message)
        self.path = path
        self.line = line


class ConfigError(SiqingError):
    """A configuration file is missing, unreadable or invalid."""

    exit_code = 2

    def __init__(self, message: str, *, path: str | None = None, key: str | None = None) -> None:
        parts = [p for p in (path, key) if p]
        prefix = ": ".join(parts)
        super().__init__(f"{prefix}: {message}" if prefix else message)
        self.path = path
        self.key = key


class FetchError(SiqingError):
    """A URL could not be fetched."""

    def __init__(self, message: str, *, url: str | None = None) -> None:
        super().__init__(f"{url}: {message}" if url else message)
        self.url = url


class ExtractionError(SiqingError):
    """A page was fetched but no article could be extracted from it."""

    def __init__(self, message: str, *, url: str | None = None) -> None:
        super().__init__(f"{url}: {message}" if url else message)
        self.url = url


class StoreError(SiqingError):
    """The store cannot be opened, migrated or written."""


class RenderError(SiqingError):
    """A briefing could not be rendered to HTML, PDF or DOCX."""


class DeliveryError(SiqingError):
    """A briefing could not be delivered to a recipient."""

    def __init__(self, message: str, *, recipient: str | None = None) -> None:
        super().__init__(f"{recipient}: {message}" if recipient else message)
        self.recipient = recipient
