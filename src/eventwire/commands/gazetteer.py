"""`eventwire gazetteer build|import|info`: the place index in the user's cache."""

from __future__ import annotations

import time

import click


@click.group("gazetteer")
def gazetteer_command() -> None:
    """Build the place gazetteer, or import full GeoNames dumps into it.

    \b
    Example:
        eventwire gazetteer build
        eventwire gazetteer import https://download.geonames.org/export/dump/SY.zip
        eventwire gazetteer import alternateNamesV2.zip admin1CodesASCII.txt
    """


@gazetteer_command.command("build")
def build_command() -> None:
    """Compile the packaged GeoNames data and our own areas into the cache (about 30 s)."""
    from eventwire.places import index

    began = time.perf_counter()
    path = index.build()
    click.echo(f"built {path} in {time.perf_counter() - began:.1f} s")


@gazetteer_command.command("import")
@click.argument("sources", nargs=-1, required=True)
def import_command(sources: tuple[str, ...]) -> None:
    """Import GeoNames dump files or URLs (allCountries, XX.txt, alternateNamesV2,
    admin1CodesASCII, admin2Codes; zipped or not), streaming, into the user's gazetteer."""
    from eventwire.places.geonames import import_source

    for source in sources:
        for report in import_source(source):
            click.echo(report.summary())


@gazetteer_command.command("info")
def info_command() -> None:
    """Where the gazetteer files are and how many places they hold."""
    import sqlite3

    from eventwire.places import gazetteer

    for label, path in (("base", gazetteer.base_path()), ("imported", gazetteer.imported_path())):
        if not path.exists():
            click.echo(f"{label}: {path} (not built)")
            continue
        with sqlite3.connect(path) as connection:
            places = connection.execute("SELECT COUNT(*) FROM places").fetchone()[0]
            names = connection.execute("SELECT COUNT(*) FROM names").fetchone()[0]
        click.echo(f"{label}: {path} ({places} places, {names} names)")
