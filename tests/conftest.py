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
