"""The `eventwire` command line: a thin layer over the library.

Commands live in `eventwire.commands.*` and are imported only when run, so that start-up stays
fast. Every `EventwireError` becomes one line on stderr and exit status 1; never a traceback.
"""

from __future__ import annotations

import importlib
import logging
import sys
from typing import Any

import click

from eventwire import __version__
from eventwire.errors import EventwireError, InputError, cli_option
from eventwire.knowledge import Knowledge, imported_gazetteer_path, use_default_knowledge

COMMANDS: dict[str, str] = {
    "code": "eventwire.commands.code:code_command",
    "actors": "eventwire.commands.actors:actors_command",
    "eval": "eventwire.commands.eval:eval_command",
    "ingest": "eventwire.commands.ingest:ingest_command",
    "events": "eventwire.commands.events:events_command",
    "documents": "eventwire.commands.documents:documents_command",
    "export": "eventwire.commands.export:export_command",
    "summary": "eventwire.commands.summary:summary_command",
    "batch": "eventwire.commands.batch:batch_command",
    "query": "eventwire.commands.query:query_command",
    "serve": "eventwire.commands.serve:serve_command",
    "gazetteer": "eventwire.commands.gazetteer:gazetteer_command",
    "trends": "eventwire.commands.trends:trends_command",
    "watch": "eventwire.commands.watch:watch_command",
    "threads": "eventwire.commands.threads:threads_command",
    "report": "eventwire.commands.report:report_command",
}
"""Command name -> "module:attribute" of its click command, loaded on first use."""


class LazyGroup(click.Group):
    """A click group whose subcommands are imported only when they are run or listed."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(super().list_commands(ctx)) | set(COMMANDS))

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name in COMMANDS:
            module_name, attribute = COMMANDS[name].split(":")
            return getattr(importlib.import_module(module_name), attribute)
        return super().get_command(ctx, name)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except EventwireError as exc:
            click.echo(f"error: {_worded(exc)}", err=True)
            ctx.exit(1)
        except KeyboardInterrupt:
            click.echo("interrupted", err=True)
            ctx.exit(130)


def _worded(error: EventwireError) -> str:
    """The error as a CLI user reads it: a library parameter named as its option."""
    if isinstance(error, InputError) and error.parameter:
        return error.worded_for(cli_option(error.parameter))
    return str(error)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="eventwire")
@click.option("-v", "--verbose", count=True, help="More log output on stderr (-vv for debug).")
def cli(verbose: int) -> None:
    """Turn conflict news into structured, source-linked event data.

    \b
    Example:
        eventwire code --date 2019-05-06 article.txt
        eventwire ingest examples/
        eventwire events --actor RUS --format table
    """
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s",
                        stream=sys.stderr)
    # The CLI's user set up their knowledge: code with the places they imported, and this
    # process (which codes and exits) may freeze the garbage collector once knowledge is in.
    use_default_knowledge(Knowledge(imported_gazetteer=imported_gazetteer_path(), freeze=True))


def main(argv: list[str] | None = None) -> None:
    """Console-script entry point."""
    cli.main(args=argv, prog_name="eventwire")
