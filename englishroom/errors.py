"""One exception type for everything a user can get wrong.

The CLI prints a UserError as a single line and exits with status 2; any other
exception is a bug in englishroom and keeps its traceback.
"""


class UserError(Exception):
    """Bad input: a missing file, a wrong format, an unknown model id, ..."""
