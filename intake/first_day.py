"""`intake init FOLDER`: what an administrator starts from on the first day.

A commented configuration (config/example.toml, with its data kept under FOLDER/data
instead of /var/lib/intake, so that `intake check-config` passes before root is asked
for anything), the unit directory and the forms, copied from the ones intake ships.
Nothing is overwritten: if one of the files exists, nothing is written.
"""

from __future__ import annotations

from pathlib import Path

from intake.config import SHIPPED_FORMS
from intake.errors import IntakeError
from intake.i18n import _

SHIPPED = SHIPPED_FORMS.parent  # config/ of the installation


def write_start(folder: Path) -> list[Path]:
    """Write the files; return them in the order written."""
    plan = {folder / "intake.toml": _configuration().encode("utf-8")}
    plan[folder / "units.csv"] = (SHIPPED / "units.csv").read_bytes()
    for form in sorted(SHIPPED_FORMS.glob("*.toml")):
        plan[folder / "forms" / form.name] = form.read_bytes()
    existing = [path for path in plan if path.exists()]
    if existing:
        raise IntakeError(
            _("{path} already exists; nothing was written").format(path=existing[0]),
            hint=_("choose an empty folder, or move the existing files away"),
        )
    for path, data in plan.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return list(plan)


def _configuration() -> str:
    text = (SHIPPED / "example.toml").read_text(encoding="utf-8")
    text = text.replace('"/var/lib/intake/', '"data/').replace('"/var/log/intake/', '"data/')
    return text.replace('# forms = "forms"', 'forms = "forms"', 1)
