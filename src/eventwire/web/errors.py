"""One JSON error shape for the whole API: `{"ok": false, "error", "status"}`."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import OperationalError
from starlette.exceptions import HTTPException as StarletteHTTPException

from eventwire.errors import InputError, StoreError

log = logging.getLogger(__name__)


def error_body(message: str, status: int, errors: list[str] | None = None) -> dict:
    """The body of every error response."""
    return {"ok": False, "error": message, "errors": errors or [message], "status": status}


def install_error_handlers(app: FastAPI) -> None:
    """Turn bad filters into 400 and unknown records into 404, always in `error_body` form."""

    @app.exception_handler(InputError)
    async def _input_error(_request: Request, exc: InputError) -> JSONResponse:
        return JSONResponse(error_body(str(exc), 400), status_code=400)

    @app.exception_handler(RequestValidationError)
    async def _validation_error(_request: Request, exc: RequestValidationError) -> JSONResponse:
        messages = [f"{'.'.join(str(p) for p in e['loc'][1:])}: {e['msg']}" for e in exc.errors()]
        if any(e.get("type") == "string_unicode" for e in exc.errors()):
            # text that is not valid Unicode (a lone surrogate) is bad input, as it is in a file
            return JSONResponse(error_body(messages[0], 400, messages), status_code=400)
        return JSONResponse(error_body(messages[0] if messages else "invalid request", 422,
                                       messages), status_code=422)

    @app.exception_handler(Exception)
    async def _unexpected(_request: Request, exc: Exception) -> JSONResponse:
        """Anything else is still answered in JSON; a busy store asks the client to retry."""
        if isinstance(exc, OperationalError | StoreError) and "locked" in str(exc):
            return JSONResponse(error_body("the store is busy writing; retry shortly", 503),
                                status_code=503, headers={"Retry-After": "5"})
        log.error("unexpected error", exc_info=exc)
        return JSONResponse(error_body("internal error", 500), status_code=500)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return JSONResponse(error_body(str(exc.detail), exc.status_code),
                            status_code=exc.status_code, headers=exc.headers)
