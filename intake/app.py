"""The running product: configuration, context, store, mailbox and transport together.

The mailbox and the transport are opened on first use, so that commands which need
neither (export, status) work while the mail server is down.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from pathlib import Path

from intake import archive
from intake import config as config_module
from intake.config import Config
from intake.context import Context
from intake.errors import StoreError
from intake.fetch import Source, make_source
from intake.i18n import Words
from intake.reader import Reader
from intake.send import Transport, make_transport
from intake.store import Store


@dataclass
class App:
    config: Config
    context: Context
    store: Store
    _source: Source | None = field(default=None, repr=False)
    _transport: Transport | None = field(default=None, repr=False)
    _readers: list[Reader] = field(default_factory=list, repr=False)

    @classmethod
    def open(cls, config_path: str | Path) -> App:
        cfg = config_module.load(config_path)
        context = Context.from_config(cfg)
        try:
            cfg.storage.archive.mkdir(parents=True, exist_ok=True)
            cfg.report.output_dir.mkdir(parents=True, exist_ok=True)
            archive.clear_partial(cfg.storage.archive)
        except OSError as e:
            raise StoreError(
                Words(
                    "cannot use the folder {folder}: {error}", folder=e.filename, error=e.strerror
                ),
                hint=Words("check the [storage] archive and [report] output_dir settings"),
            ) from e
        return cls(cfg, context, Store.open(cfg.storage.database, cfg.storage.schema_name))

    @property
    def source(self) -> Source:
        if self._source is None:
            self._source = make_source(self.config.mailbox)
        return self._source

    @property
    def transport(self) -> Transport:
        if self._transport is None:
            self._transport = make_transport(self.config.smtp)
        return self._transport

    @property
    def readers(self) -> list[Reader]:
        """The worker processes that read messages, one per core ([limits] workers)."""
        if not self._readers:
            self._readers = [Reader(self.context) for _ in range(self.config.limits.workers)]
        return self._readers

    def use_context(self, context: Context) -> None:
        """Read with `context` from now on (a unit directory edited while running): the
        reading workers, which hold the old one, are started again on next use."""
        self.context = context
        self.close_readers()

    def close_readers(self) -> None:
        """Stop the reading workers (their next use starts new ones)."""
        for reader in self._readers:
            reader.close()
        self._readers = []

    def reopen_store(self) -> None:
        """A new connection to the database: the old one went with a server restart."""
        with contextlib.suppress(Exception):  # already broken: that is why
            self.store.close()
        self.store = Store.open(self.config.storage.database, self.config.storage.schema_name)

    def close(self) -> None:
        if self._source is not None:
            self._source.close()
        self.close_readers()
        self.store.close()
