"""The error a reader raises when a source file cannot become a document."""

from ..errors import BriefingError


class SourceError(BriefingError):
    """A source file that cannot be read; the message says why, for the build report."""
