"""The PostgreSQL fixtures: one server for the session, a schema of its own per test.

`database` is parametrised over both stores, so a test that takes it runs on SQLite and
on PostgreSQL: `database.open()` gives its Store, `database.settings` the `[storage]`
keys that point a configuration at it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from intake.store import Store
from tests.postgres import Postgres


@pytest.fixture(scope="session")
def postgres() -> Iterator[Postgres]:
    with Postgres() as server:
        yield server


@dataclass
class Database:
    kind: str  # sqlite | postgresql
    database: Path | str
    schema: str = "public"

    @property
    def settings(self) -> dict[str, Any]:
        if self.kind == "sqlite":
            return {"database": self.database}
        return {"database": self.database, "schema": self.schema}

    def open(self) -> Store:
        return Store.open(self.database, self.schema)


@pytest.fixture(
    params=[
        "sqlite",
        pytest.param("postgresql", marks=pytest.mark.servers),
    ]
)
def database(request: pytest.FixtureRequest, tmp_path: Path) -> Database:
    if request.param == "sqlite":
        return Database("sqlite", tmp_path / "data" / "intake.sqlite")
    server: Postgres = request.getfixturevalue("postgres")
    return Database("postgresql", server.url, server.schema())
