"""`eventwire serve`: the HTTP API and the dashboard."""

from __future__ import annotations

import click


@click.command("serve")
@click.option("--db", envvar="EVENTWIRE_DB", default="eventwire.db", show_default=True,
              help="The store to serve (env EVENTWIRE_DB).")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Interface to listen on; loopback unless you choose otherwise.")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@click.option("--create", is_flag=True,
              help="Create an empty store when --db does not exist (by default a missing "
                   "file is an error, so a typo does not serve nothing).")
def serve_command(db: str, host: str, port: int, create: bool) -> None:
    """Serve the dashboard and the HTTP API (OpenAPI at /openapi.json).

    Set EVENTWIRE_TOKEN to accept documents by POST /api/documents with
    `Authorization: Bearer $EVENTWIRE_TOKEN`.

    \b
    Example:
        eventwire serve --db out/demo.db
        # then open http://127.0.0.1:8000/
    """
    import uvicorn

    from eventwire.web import create_app

    app = create_app(db, create=create)
    click.echo(f"eventwire: serving {db} on http://{host}:{port}/ (Ctrl-C to stop)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")
