"""Classes of bad input through `eventwire code` and `eventwire ingest`: how many are handled.

Run: PYTHONPATH=src python bench/bad_inputs.py [--seconds 30]   (as root: prefix it with
`setpriv --bounding-set=-dac_override,-dac_read_search --inh-caps=-dac_override,-dac_read_search`
so that unreadable files are unreadable)

Every input is written here. Each class is given to both commands in process (click's
CliRunner); a class is *handled* when neither command ends in a traceback and each does what
the CLI promises: a bad input is refused with a message and exit status 1 (the good inputs
beside it still go through), an odd but valid input is coded with exit status 0. The script
prints each class that is not handled, with what happened, and the totals.
"""

from __future__ import annotations

import argparse
import os
import signal
import tempfile
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from click.testing import CliRunner

from eventwire.cli import cli

GOOD = "Russian jets struck Kafr Nabudah on Monday, killing nine civilians."
BOMB = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol0 "lol">'
        + "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10))
        + ']><rss><channel><item><title>&lol9;</title><description>&lol9;</description>'
          '</item></channel></rss>')
XXE = ('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
       '<rss><channel><item><title>t</title><description>&x;</description></item></channel>'
       '</rss>')


@dataclass
class Case:
    """One class of input: how to make it (files under a folder, stdin, extra options) and
    whether the CLI must refuse it (exit 1 and a message) or code it (exit 0)."""

    name: str
    files: dict[str, bytes]
    refuse: bool | None
    """True: exit 1 and a message; False: coded, exit 0; None: either, if clearly."""
    stdin: bytes | None = None
    options: tuple[str, ...] = ()
    prepare: Callable[[Path], None] | None = None
    path: str = ""
    """The input given, under the case's folder (default: the folder itself)."""
    never: str = ""
    """Text that must not appear in the output (an entity expanded, a file leaked)."""


def _unreadable(folder: Path) -> None:
    (folder / "locked").mkdir()
    (folder / "locked" / "b.txt").write_text(GOOD)
    (folder / "locked").chmod(0)


def _unreadable_file(folder: Path) -> None:
    (folder / "secret.txt").write_text(GOOD)
    (folder / "secret.txt").chmod(0)


def _loop(folder: Path) -> None:
    (folder / "loop").symlink_to(folder, target_is_directory=True)


CASES = [
    Case("empty file", {"a.txt": b""}, True),
    Case("white space only", {"a.txt": b" \n\t\n  "}, True),
    Case("random bytes", {"a.txt": bytes(range(256)) * 8}, True),
    Case("NUL-laden text", {"a.txt": GOOD.encode().replace(b" ", b"\0")}, True),
    Case("Latin-1 bytes", {"a.txt": "Des frappes à Idlib ont tué neuf civils.".encode("latin-1")},
         False),
    Case("UTF-16 with BOM", {"a.txt": GOOD.encode("utf-16")}, False),
    Case("UTF-8 BOM and CRLF", {"a.txt": b"\xef\xbb\xbf" + GOOD.encode() + b"\r\n"}, False),
    Case("control characters only", {"a.txt": bytes(range(1, 32)) * 4}, True),
    Case("one 6 MB line", {"a.txt": (GOOD + " ").encode() * 90_000}, True),
    Case("50 KB without punctuation", {"a.txt": b"rebels shelled the town " * 2_000}, False),
    Case("broken JSON line", {"a.jsonl": f'{{"id": "a", "text": "{GOOD}"}}\nnot json\n'.encode()},
         True),
    Case("JSONL without text", {"a.jsonl": b'{"id": "a", "title": "no text"}\n'}, True),
    Case("JSONL text not a string", {"a.jsonl": b'{"id": "a", "text": 42}\n'}, True),
    Case("JSONL lone surrogate", {"a.jsonl": b'{"id": "a", "text": "bad \\ud800 text"}\n'}, True),
    Case("JSONL date junk", {"a.jsonl": f'{{"id": "a", "text": "{GOOD}", '
                                        f'"date": "2019-05-06junk"}}\n'.encode()}, True),
    Case("JSONL date 9999-12-31", {"a.jsonl": f'{{"id": "a", "text": "{GOOD} Next week.", '
                                              f'"date": "9999-12-31"}}\n'.encode()}, False),
    Case("JSONL date 0001-01-01", {"a.jsonl": f'{{"id": "a", "text": "{GOOD} Last week.", '
                                              f'"date": "0001-01-01"}}\n'.encode()}, False),
    Case("JSONL not an object", {"a.jsonl": b'["a", "b"]\n'}, True),
    Case("broken feed", {"a.xml": b"<rss><channel><item><title>cut"}, True),
    Case("feed with no items", {"a.rss": b"<rss><channel><title>t</title></channel></rss>"},
         True),
    Case("XML entity bomb", {"a.xml": BOMB.encode()}, None, never="lollollol"),
    Case("XML external entity", {"a.xml": XXE.encode()}, None, never="root:"),
    Case("HTML without text", {"a.html": b"<html><script>var a = 1;</script></html>"}, True),
    Case("HTML nested 5,000 deep", {"a.html": b"<div>" * 5000 + GOOD.encode()}, None),
    Case("unreadable file", {}, True, prepare=_unreadable_file),
    Case("unreadable subfolder", {"a.txt": GOOD.encode()}, True, prepare=_unreadable),
    Case("symlink loop", {"a.txt": GOOD.encode()}, False, prepare=_loop),
    Case("missing file", {}, True, path="missing.txt"),
    *(Case(f"--date {day}", {"a.txt": GOOD.encode()}, day.endswith("junk"),
           options=("--date", day)) for day in ("2019-05-06junk", "0001-01-01", "9999-12-31")),
    Case("stdin empty", {}, True, stdin=b""),
    Case("stdin random bytes", {}, True, stdin=bytes(range(256)) * 8),
    Case("stdin NUL-laden", {}, True, stdin=GOOD.encode().replace(b" ", b"\0")),
]


class OverTime(BaseException):
    """The command used more CPU time than the bench allows one input (a BaseException, so
    that no `except Exception` for one bad item in the CLI takes it for a refusal)."""


def _over_time(signum: int, frame: object) -> None:
    raise OverTime


def run(case: Case, command: str, root: Path, seconds: float) -> str | None:
    """None if `command` handled `case` as promised within `seconds` of CPU, else what went
    wrong."""
    folder = Path(tempfile.mkdtemp(dir=root))
    for name, content in case.files.items():
        (folder / name).write_bytes(content)
    if case.prepare:
        case.prepare(folder)
    target = "-" if case.stdin is not None else str(folder / case.path)
    args = ["code", "--format", "jsonl"] if command == "code" else [
        "ingest", "--db", str(root / f"{abs(hash(case.name))}.db")]
    signal.signal(signal.SIGPROF, _over_time)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        result = CliRunner().invoke(cli, [*args, *case.options, target], input=case.stdin)
    except OverTime:
        return f"over {seconds:.0f} s of CPU"
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        for path in folder.rglob("*"):
            if not path.is_symlink():
                path.chmod(0o755)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        last = traceback.format_exception(result.exception)[-1].strip()
        return f"traceback: {last[:120]}"
    stderr = result.stderr.strip()
    if case.never and case.never in result.stdout + stderr:
        return f"{case.never!r} in the output"
    if result.exit_code not in (0, 1) or result.exit_code == 1 and not stderr:
        return f"exit {result.exit_code}, stderr {stderr[:80]!r}"
    if case.refuse and (result.exit_code != 1 or not stderr):
        return f"not refused: exit {result.exit_code}, stderr {stderr[:80]!r}"
    if case.refuse is False and result.exit_code != 0:
        return f"refused: exit {result.exit_code}, {stderr[:100]!r}"
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=30.0,
                        help="CPU seconds one command may spend on one input")
    args = parser.parse_args()
    handled = 0
    with tempfile.TemporaryDirectory() as tmp:
        probe = Path(tmp) / "probe"
        probe.write_text("x")
        probe.chmod(0)
        if os.access(probe, os.R_OK):
            print("note: this user reads unreadable files; see the docstring for setpriv")
        for case in CASES:
            problems = [f"{command}: {problem}" for command in ("code", "ingest")
                        if (problem := run(case, command, Path(tmp), args.seconds))
                        is not None]
            if problems:
                print(f"  NOT HANDLED {case.name}: " + "; ".join(problems))
            else:
                handled += 1
    print(f"classes tried: {len(CASES)}, handled: {handled} (code and ingest)")


if __name__ == "__main__":
    main()
