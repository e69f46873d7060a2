"""Running a command as a user who obeys file modes, to test unreadable files even as root.

Root reads a file or folder of mode 000 anyway, so as root (CI) the command runs through
util-linux's `setpriv` without the two capabilities that allow it (`cap_dac_override`,
`cap_dac_read_search`); it then meets mode 000 like any user. (Switching to `nobody`
instead would not do: the interpreter may live under a home only root can enter.)
"""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

WITHOUT_READ_ANYTHING = ("setpriv", "--bounding-set=-dac_override,-dac_read_search",
                         "--inh-caps=-dac_override,-dac_read_search")


def run_obeying_file_modes(*argv: str) -> subprocess.CompletedProcess[str]:
    """Run `argv` (text output captured) so that unreadable files are unreadable to it."""
    prefix: tuple[str, ...] = ()
    if os.geteuid() == 0:
        if shutil.which("setpriv") is None:
            pytest.fail("as root these tests need setpriv (util-linux)")
        prefix = WITHOUT_READ_ANYTHING
    return subprocess.run([*prefix, *argv], capture_output=True, text=True, timeout=300)
