"""`eventwire serve`: the HTTP API and the dashboard."""

from __future__ import annotations

import click


@click.command("serve")
@click.option("--db", envvar="EVENTWIRE_DB", default="eventwire.db", show_default=True,
              help="The store to serve (env EVENTWIRE_DB).")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Interface to listen on; loopback unless you choose otherwise.")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@click.option("--allow-host", "allow_hosts", multiple=True, metavar="NAME",
              help="Also answer requests addressed to NAME (Host/Origin); repeatable. "
                   "Loopback names are always allowed; '*' allows any (not advised).")
@click.option("--create", is_flag=True,
              help="Create an empty store when --db does not exist (by default a missing "
                   "file is an error, so a typo does not serve nothing).")
def serve_command(db: str, host: str, port: int, allow_hosts: tuple[str, ...],
                  create: bool) -> None:
    """Serve the dashboard and the HTTP API (OpenAPI at /openapi.json).

    Set EVENTWIRE_TOKEN to accept documents by POST /api/documents with
    `Authorization: Bearer $EVENTWIRE_TOKEN`. Only requests addressed to a loopback name
    (localhost, 127.0.0.1, ::1) are answered, so no web page can read the API through DNS
    rebinding; when serving on another interface, name it with --allow-host.

    \b
    Example:
        eventwire serve --db out/demo.db
        eventwire serve --host 0.0.0.0 --allow-host analyst.example.org
        # then open http://127.0.0.1:8000/
    """
    import uvicorn

    from eventwire.web import create_app
    from eventwire.web.app import bundle_problem
    from eventwire.web.guard import LOOPBACK_HOSTS

    app = create_app(db, allowed_hosts=(*LOOPBACK_HOSTS, *allow_hosts), create=create)
    problem = bundle_problem()
    if problem:
        click.echo(f"warning: {problem}", err=True)
    click.echo(f"eventwire: serving {db} on http://{host}:{port}/ (Ctrl-C to stop); "
               "documents ingested into it meanwhile show on the open page", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")
