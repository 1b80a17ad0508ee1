"""Log lines about what a transaction stores, held until it commits: a batch the state cannot store (a full disk, a
read-only folder) is read again on every pass, and its lines would otherwise repeat, each claiming a stored change."""

from __future__ import annotations

from contextlib import contextmanager
import logging
from typing import Iterator


@contextmanager
def held_until_stored() -> Iterator[None]:
    """Hold mailer's log records below ERROR written inside the block; emit them in order when it ends without an
    exception, drop them when it raises. Put it outside the transaction, so the block ends after the COMMIT:

        with held_until_stored(), store.transaction():
            ...

    Errors pass at once: an internal error's traceback must be seen even when the batch is read again."""
    held: list[logging.LogRecord] = []

    def hold(record: logging.LogRecord) -> bool:
        if record.levelno >= logging.ERROR:
            return True
        held.append(record)
        return False

    # A logger's filter sees only the records made on it, so each of mailer's loggers gets one.
    loggers = [logger for name, logger in logging.root.manager.loggerDict.items()
               if (name == "mailer" or name.startswith("mailer.")) and isinstance(logger, logging.Logger)]
    for logger in loggers:
        logger.addFilter(hold)
    try:
        yield
    finally:
        for logger in loggers:
            logger.removeFilter(hold)
    for record in held:
        logging.getLogger(record.name).handle(record)
