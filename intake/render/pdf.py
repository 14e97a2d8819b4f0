"""The official report as PDF, converted from the .docx by LibreOffice (headless).

Each conversion runs `soffice` with a profile of its own in a temporary folder, so two
conversions at once (the daemon and a clerk's `intake report`) do not wait on each other
or share a lock; the process group is killed when it takes longer than `timeout`.
Times New Roman is replaced by Liberation Serif (Debian's fonts-liberation2), whose
letters have the same widths, so lines and pages break as in Word.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from intake.errors import IntakeError
from intake.render.files import write_atomically

TIMEOUT_SECONDS = 120
_INSTALL_HINT = "install the Debian package libreoffice-writer-nogui (apt-get install ...)"


def write_pdf(docx: Path, *, timeout: float = TIMEOUT_SECONDS) -> Path:
    """Convert `docx` to a PDF beside it (same name, .pdf) and return the PDF's path."""
    docx = Path(docx).resolve()
    soffice = find_soffice()
    with tempfile.TemporaryDirectory(prefix="intake-soffice-") as tmp:
        work = Path(tmp)
        command = [
            soffice,
            f"-env:UserInstallation={(work / 'profile').as_uri()}",
            "--headless",
            "--norestore",
            "--nolockcheck",
            "--convert-to",
            "pdf",
            "--outdir",
            str(work / "out"),
            str(docx),
        ]
        _run(command, docx, timeout, home=work)
        produced = work / "out" / f"{docx.stem}.pdf"
        if not produced.is_file():
            raise IntakeError(f"LibreOffice did not convert {docx} to PDF (no output file)")
        target = docx.with_suffix(".pdf")
        return write_atomically(target, lambda out: out.write(produced.read_bytes()))


def find_soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        raise IntakeError(
            "LibreOffice is not installed (make test installs it)", hint=_INSTALL_HINT
        )
    return found


def _run(command: list[str], docx: Path, timeout: float, home: Path) -> None:
    env = {**os.environ, "HOME": str(home)}  # nothing written to the user's own profile
    process = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        start_new_session=True,  # its own process group: a timeout kills soffice.bin too
    )
    try:
        _, errors = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        raise IntakeError(
            f"LibreOffice did not convert {docx.name} to PDF within {timeout:g} seconds",
            hint="try again; a LibreOffice left running by another program can hang it",
        ) from None
    if process.returncode != 0:
        detail = errors.strip().splitlines()[-1] if errors.strip() else f"exit {process.returncode}"
        raise IntakeError(f"LibreOffice could not convert {docx.name} to PDF: {detail}")
