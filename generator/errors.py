"""The one error type of the generator: its message is what the user reads, as it is."""


class BriefingError(Exception):
    """A build cannot go on (or a file cannot become a page); the message says where and why."""
