"""The daemon reads the unit directory again when its file changes (an admin edited a
unit on the web desk, or in Excel), and keeps what it had when the new file is wrong."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from intake import daemon
from intake.app import App
from tests.helpers_e2e import UNITS_CSV, maildir_config


def _app(tmp_path: Path) -> tuple[App, Path]:
    units = tmp_path / "units.csv"
    shutil.copy(UNITS_CSV, units)
    config = maildir_config(tmp_path)
    text = config.read_text(encoding="utf-8").replace(str(UNITS_CSV), str(units))
    config.write_text(text, encoding="utf-8")
    return App.open(config), units


def _touch_later(path: Path) -> None:
    stat = path.stat()
    os.utime(path, (stat.st_atime, stat.st_mtime + 5))


def test_an_edited_directory_is_read_again(tmp_path: Path) -> None:
    app, units = _app(tmp_path)
    try:
        stamp = daemon.directory_stamp(app)
        assert daemon.reread_if_changed(app, stamp) == stamp  # nothing changed: nothing read
        before = app.context
        units.write_text(
            units.read_text(encoding="utf-8").replace(
                "Thèn Sin;Then Sin;", "Thèn Sin;Then Sin;Xã Thền Sìn;"
            ),
            encoding="utf-8",
        )
        _touch_later(units)
        stamp = daemon.reread_if_changed(app, stamp)
        assert app.context is not before
        unit = app.context.directory.get("then_sin")
        assert unit is not None and "Xã Thền Sìn" in unit.aliases
        assert daemon.reread_if_changed(app, stamp) == stamp
    finally:
        app.close()


def test_a_broken_directory_keeps_the_one_read_before(tmp_path: Path, caplog) -> None:
    app, units = _app(tmp_path)
    try:
        stamp = daemon.directory_stamp(app)
        before = app.context
        units.write_text("id;ten\nsai;sai\n", encoding="utf-8")
        _touch_later(units)
        new_stamp = daemon.reread_if_changed(app, stamp)
        assert new_stamp != stamp and app.context is before  # logged, not retried each pass
        assert daemon.reread_if_changed(app, new_stamp) == new_stamp
    finally:
        app.close()
