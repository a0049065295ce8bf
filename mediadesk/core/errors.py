"""Errors a user can act on. The command line turns them into one line on
stderr and exit code 2; the GUI shows them in a message box."""

from __future__ import annotations


class MediaDeskError(Exception):
    """Base of every error MediaDesk reports to a user."""


class UserError(MediaDeskError):
    """Bad input: an unknown person or asset, a bad date, an unknown channel..."""


class NotFound(UserError):
    pass


class CsvError(UserError):
    """A CSV file was rejected. Names the file, the row (header = row 1) and the column."""

    def __init__(self, file: str, row: int | None, column: str | None, reason: str) -> None:
        self.file, self.row, self.column, self.reason = file, row, column, reason
        where = file
        if row is not None:
            where += f", row {row}"
        if column:
            where += f", column '{column}'"
        super().__init__(f"{where}: {reason}")


class ProfileMismatch(UserError):
    pass
