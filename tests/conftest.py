"""Shared fixtures: the CLI runner and paths to the bundled examples."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def run_cli(runner):
    """Run `eventwire ARGS...` in-process and return the click Result."""
    from eventwire.cli import cli

    def _run(*args: str, input: str | bytes | None = None):
        return runner.invoke(cli, list(args), input=input, catch_exceptions=False)

    return _run


LOCAL = "http://127.0.0.1"
"""The API answers loopback names only (a TestClient says "testserver" by default)."""


@pytest.fixture(scope="module")
def client(corpus_db):
    """The HTTP API over the sample-corpus store, reached by a loopback name."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient

    from eventwire.web import create_app

    with TestClient(create_app(corpus_db), base_url=LOCAL) as test_client:
        yield test_client


CORPUS_SOURCES = ("liveblogs", "articles", "feeds", "batch")
"""The sample corpus's folders, without `examples/bad/` (inputs meant to fail)."""


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory) -> str:
    """A real store built once per test run by ingesting the whole sample corpus."""
    from eventwire.ingest import iter_documents
    from eventwire.pipeline import code
    from eventwire.store import Store

    path = tmp_path_factory.mktemp("corpus") / "corpus.db"
    with Store.open(path) as store:
        for folder in CORPUS_SOURCES:
            for item in iter_documents(str(EXAMPLES / folder)):
                assert not isinstance(item, Exception), item
                store.add(item, code(item))
    return str(path)
