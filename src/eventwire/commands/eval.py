"""`eventwire eval KIND PATH`: precision/recall/F1 of each stage on gold data."""

from __future__ import annotations

import importlib

import click

EVALUATIONS: dict[str, str] = {
    "actors": "eventwire.evaluation.actors",
    "petrarch": "eventwire.evaluation.petrarch",
    "events": "eventwire.evaluation.events",
    "geo": "eventwire.evaluation.geo",
    "time": "eventwire.evaluation.time",
    "quotes": "eventwire.evaluation.quotes",
    "parse": "eventwire.evaluation.parse",
    "roles": "eventwire.evaluation.roles",
}
"""Kind -> module in `eventwire.evaluation` whose `command` runs that evaluation."""


class EvalGroup(click.Group):
    """Loads each evaluation's module only when it is run."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(EVALUATIONS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in EVALUATIONS:
            return None
        return importlib.import_module(EVALUATIONS[name]).command


@click.group("eval", cls=EvalGroup)
def eval_command() -> None:
    """Score the coder on gold data (PETRARCH records, TimeML, LGL/GeoVirus, quote spans).

    \b
    Example:
        eventwire eval time ../shared/eval/time/TBAQ-cleaned
    """
