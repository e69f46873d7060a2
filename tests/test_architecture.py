"""The house rules that keep the layers apart, checked on the source itself."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src" / "eventwire"
FEATURES = ("eventwire.dedupe", "eventwire.watch", "eventwire.ingest", "eventwire.web")


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_the_store_imports_no_feature_above_it():
    for path in sorted((SRC / "store").glob("*.py")):
        above = sorted(name for name in _imports(path)
                       if name.startswith(FEATURES) or name in {"eventwire.service"})
        assert above == [], f"{path.name} imports {above}: register from the feature instead"


def test_the_gazetteer_and_the_actor_knowledge_do_not_import_what_builds_on_them():
    assert not any(n.startswith("eventwire.places.sources")
                   for n in _imports(SRC / "places" / "gazetteer.py"))
    assert not any(n.startswith("eventwire.petrarch")
                   for n in _imports(SRC / "actors" / "kb.py"))
