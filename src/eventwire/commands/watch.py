"""`eventwire watch`: add, list and remove watch rules; run them; list the alerts fired."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import click

from eventwire import watch
from eventwire.commands.store_options import date_range_options, db_option, open_existing
from eventwire.commands.table import echo_json, render
from eventwire.errors import InputError
from eventwire.store import Store


@click.group("watch")
def watch_command() -> None:
    """Watch rules: be alerted when events, claims or spikes match what you drew.

    Rules are YAML (see `eventwire watch add --help`); they are checked after every
    ingested document, and `watch run` checks them over the whole store.

    \b
    Example:
        eventwire watch add rules.yaml
        eventwire watch add --rule '{name: threats, when: {plover: THREATEN, source: RUS}}'
        eventwire watch run --since 2019-05-01
        eventwire watch alerts
    """


@watch_command.command("add")
@click.argument("file", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--rule", "rule_text", metavar="YAML", help="A rule given inline instead of a file.")
@click.option("--replace", is_flag=True, help="Overwrite rules with the same name.")
@db_option
def add_command(file: Path | None, rule_text: str | None, replace: bool, db: str) -> None:
    """Add the rules in FILE (or --rule) to the store, after checking them.

    A rule has a name, `when` conditions and optional `notify` targets:

    \b
        - name: aerial attacks near Idlib
          when: {plover: ASSAULT, cameo: "195", near: {place: Idlib, km: 50}}
          notify: [stderr, {jsonl: alerts.jsonl}, {webhook: "http://host/hook"}]
        - name: Russian threats to Turkey
          when: {plover: THREATEN, source: RUS, target: TUR}
        - name: chemical claims
          when: {claim: {text: chemical}}
        - name: spikes
          when: {spike: {by: region, ratio: 3, min_events: 3}}

    Event conditions: plover, cameo (prefix), source, target, actor (code prefix or
    country), modality, country, near, text, min_reports.
    """
    if (file is None) == (rule_text is None):
        raise InputError("give a rules FILE or --rule YAML (one of them)", source="watch add")
    rules = watch.load_rules(file) if file else watch.parse_rules(rule_text or "",
                                                                 source="--rule")
    with Store.open(db) as store:
        names = watch.add(store, rules, replace=replace)
    click.echo(f"added {len(names)} rule{'s' if len(names) != 1 else ''}: {', '.join(names)}")


@watch_command.command("list")
@db_option
@click.option("--format", "output_format", type=click.Choice(["table", "json"]),
              default="table", show_default=True)
def list_command(db: str, output_format: str) -> None:
    """List the stored rules, with how many alerts each has fired."""
    with open_existing(db) as store:
        rows = watch.list_rules(store)
    if output_format == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    click.echo(render(("name", "kind", "alerts", "when"),
                      [[r["name"], r["kind"], r["alerts"], json.dumps(r["rule"]["when"])]
                       for r in rows], widths={"when": 70}))


@watch_command.command("remove")
@click.argument("name")
@db_option
def remove_command(name: str, db: str) -> None:
    """Remove the rule NAME (alerts it fired stay)."""
    with open_existing(db) as store:
        if not watch.remove(store, name):
            raise InputError(f"no rule named {name!r}; see 'eventwire watch list'")
    click.echo(f"removed rule {name!r}")


@watch_command.command("run")
@db_option
@date_range_options("Only what happened on or after this day.",
                    "Only what happened on or before this day.")
@click.option("--rule", "rule_name", metavar="NAME", help="Only this rule.")
def run_command(db: str, since: dt.date | None, until: dt.date | None, rule_name: str | None
                ) -> None:
    """Check the rules over the store now; alerts not fired before are fired and sent.

    \b
    Example:
        eventwire watch run --since 2019-05-06 --until 2019-05-12
    """
    with open_existing(db) as store:
        fired = watch.run(store, since=since, until=until, rule=rule_name)
    click.echo(f"{len(fired)} new alert{'s' if len(fired) != 1 else ''}")


@watch_command.command("alerts")
@db_option
@date_range_options()
@click.option("--rule", "rule_name", metavar="NAME", help="Only this rule's alerts.")
@click.option("--format", "output_format", type=click.Choice(["table", "json", "jsonl"]),
              default="table", show_default=True)
def alerts_command(db: str, since: dt.date | None, until: dt.date | None, rule_name: str | None,
                   output_format: str) -> None:
    """List the alerts that fired, by day."""
    with open_existing(db) as store:
        rows = watch.alerts(store, since=since, until=until, rule=rule_name)
    if not echo_json(rows, output_format):
        click.echo(render(("id", "day", "rule", "kind", "summary"),
                          [[r["id"], r["day"], r["rule"], r["kind"], r["summary"]]
                           for r in rows], widths={"summary": 90}))
