"""Another machine on this one: a network namespace joined to ours by a veth pair.

A process started in it (`Machine.popen`) reaches this machine's servers only through
the pair, at `Machine.outside`, as a daemon on another machine of the office network
would.  `Machine.vanish()` takes the other machine's address away: from then on every packet
sent to it is dropped on arrival, and neither side hears a reset or a close, as when a
machine is switched off or its cable pulled.  (Taking our end of the pair down instead
is no vanishing: the kernel keeps the keepalive probes it cannot send as its own
congestion, and never gives up on the connection.)  Needs root and iproute2 (`ip`), as `make test`
has; nothing here is left behind (the namespace and the pair go with `close`).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from typing import Any


class NoNamespaces(RuntimeError):
    pass


class Machine:
    def __init__(self) -> None:
        if os.geteuid() != 0 or shutil.which("ip") is None:
            raise NoNamespaces("a network namespace needs root and iproute2 (`ip`)")
        tag = os.getpid() % 100_000  # the suite's processes run side by side (xdist)
        self.name = f"intake-{tag}"
        self._ours, self._theirs = f"iv{tag}o", f"iv{tag}i"  # at most 15 characters
        net = f"10.{200 + tag % 50}.{tag % 250}"
        self.outside, self.inside = f"{net}.1", f"{net}.2"  # a /30 of its own
        self._processes: list[subprocess.Popen] = []

    def start(self) -> Machine:
        self.close()  # what a killed run of the same process id left
        _ip("netns", "add", self.name)
        _ip("link", "add", self._ours, "type", "veth", "peer", "name", self._theirs)
        _ip("link", "set", self._theirs, "netns", self.name)
        _ip("addr", "add", f"{self.outside}/30", "dev", self._ours)
        _ip("link", "set", self._ours, "up")
        inside = ("ip", "netns", "exec", self.name, "ip")
        _run(*inside, "addr", "add", f"{self.inside}/30", "dev", self._theirs)
        _run(*inside, "link", "set", self._theirs, "up")
        _run(*inside, "link", "set", "lo", "up")
        return self

    def popen(self, command: list[str], **options: Any) -> subprocess.Popen:
        """`command` run on the other machine, in a process group of its own."""
        process = subprocess.Popen(
            ["ip", "netns", "exec", self.name, *command], start_new_session=True, **options
        )
        self._processes.append(process)
        return process

    def vanish(self) -> None:
        _run("ip", "-n", self.name, "addr", "flush", "dev", self._theirs)

    def close(self) -> None:
        for process in self._processes:
            if process.poll() is None:
                os.killpg(process.pid, 9)
                process.wait(10)
            for stream in (process.stdout, process.stderr):
                if stream is not None:
                    stream.close()
        subprocess.run(["ip", "link", "del", self._ours], capture_output=True, check=False)
        subprocess.run(["ip", "netns", "del", self.name], capture_output=True, check=False)

    def __enter__(self) -> Machine:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()


def _ip(*args: str) -> None:
    _run("ip", *args)


def _run(*command: str) -> None:
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise NoNamespaces(f"{' '.join(command)}: {done.stderr.strip()}")
