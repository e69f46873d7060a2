"""The HTTP API (FastAPI, OpenAPI at /openapi.json) and the dashboard it serves.

`create_app(db_path, token=None)` builds the app over one store; `eventwire serve` runs it with
uvicorn on loopback by default. The dashboard's assets are built from `web/` at the repository
root by `make setup` into `static/dist/` (not committed) and served from the package.
"""

from eventwire.web.app import create_app

__all__ = ["create_app"]
