"""Hostile requests against the API: every documented parameter gets every hostile value.

Run: PYTHONPATH=src python bench/hostile_api.py [--documents 8]

Builds a small store from the sample articles, walks the OpenAPI schema as
`tests/test_web_guard.py` does (its `HOSTILE` values) plus the reliability review's findings,
and counts 5xx answers and dropped requests (an exception instead of an answer).
"""

from __future__ import annotations

import argparse
import tempfile
import warnings
from pathlib import Path
from urllib.parse import quote

from eventwire.ingest import iter_documents
from eventwire.pipeline import code
from eventwire.store import Store
from eventwire.web import create_app

ROOT = Path(__file__).resolve().parent.parent
HOSTILE = eval((ROOT / "tests" / "test_web_guard.py").read_text(encoding="utf-8")
               .split("HOSTILE = ", 1)[1].split("\n\"\"\"", 1)[0])
"""The test's hostile values, read from its source (the test imports the guard, which the
code before issue 22 lacks, so the bench cannot import the test)."""

FINDINGS = ["/api/events?actor=%ED%9F%BF", "/api/trends?since=0001-01-01",
            "/api/trends?until=9999-12-31", "/api/events?offset=9223372036854775808",
            "/api/events/9223372036854775808", "/api/events?actor=%F4%8F%BF%BF"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=8)
    args = parser.parse_args()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    with tempfile.TemporaryDirectory() as directory:
        db = Path(directory) / "hostile.db"
        with Store.open(db) as store:
            files = sorted((ROOT / "examples" / "articles").glob("*.txt"))[:args.documents]
            for path in files:
                for doc in iter_documents(str(path)):
                    store.add(doc, code(doc))
        client = TestClient(create_app(db), base_url="http://127.0.0.1",
                            raise_server_exceptions=False)
        urls = list(FINDINGS)
        for path, methods in client.get("/openapi.json").json()["paths"].items():
            operation = methods.get("get")
            for parameter in (operation or {}).get("parameters", []):
                for value in HOSTILE:
                    if parameter["in"] == "path":
                        url = path.replace("{" + parameter["name"] + "}",
                                           quote(value, safe="") or "x")
                    else:
                        url = f"{path}?{parameter['name']}={quote(value, safe='')}"
                    urls.append(url.replace("{event_id}", "1").replace("{doc_id}", "x"))
        errors = dropped = 0
        for url in urls:
            try:
                if client.get(url).status_code >= 500:
                    errors += 1
            except Exception:  # a dropped connection: no answer at all
                dropped += 1
        print(f"{len(urls)} hostile requests: {errors} answered 5xx, {dropped} dropped")


if __name__ == "__main__":
    main()
