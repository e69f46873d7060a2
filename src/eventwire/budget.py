"""A time budget for one document: past it, the coding is interrupted and the document rejected.

A batch partition codes its documents one after another (`coding.code_each`), so one
pathological document would stall all that follow it. Signals (`SIGALRM`) work only in a
process's main thread, and Dask runs tasks in worker threads, so the budget is enforced with a
timer thread that raises
`OverBudget` asynchronously in the coding thread (`PyThreadState_SetAsyncExc`): the exception
arrives at the next Python instruction, which bounds any pure-Python loop.
"""

from __future__ import annotations

import ctypes
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class OverBudget(BaseException):  # noqa: N818
    """Coding one document took longer than its time budget.

    A BaseException, like KeyboardInterrupt, so that no `except Exception` inside a stage
    (which keeps one bad sentence from failing a document) can swallow it.
    """


def _raise_in(thread_id: int, exc: type[BaseException] | None) -> None:
    """Raise `exc` in thread `thread_id` at its next instruction (None clears a pending one)."""
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id),
                                               ctypes.py_object(exc) if exc else None)


@contextmanager
def time_budget(seconds: float) -> Iterator[None]:
    """Run the block with a budget of `seconds`; raise `OverBudget` if it runs over."""
    target = threading.get_ident()
    lock = threading.Lock()
    state = {"done": False, "fired": False}

    def fire() -> None:
        with lock:
            if not state["done"]:
                state["fired"] = True
                _raise_in(target, OverBudget)

    timer = threading.Timer(seconds, fire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        timer.cancel()
        with lock:
            state["done"] = True
            if state["fired"]:
                _raise_in(target, None)  # if still pending, raise it here, not later
        if state["fired"]:
            raise OverBudget(f"over the time budget of {seconds:g} s")
