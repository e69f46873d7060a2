"""`code_each`, the loop every interface shares: documents coded in batches that share one
call of the language model give exactly what `code()` gives one at a time, in input order, and
one bad item still fails alone."""

from __future__ import annotations

import datetime as dt

from eventwire import code
from eventwire.coding import Failure, code_each
from eventwire.errors import InputError
from eventwire.model import Document

TEXTS = [
    "Russian jets struck a market in Ariha on Monday, killing nine civilians, rescuers said.",
    "UPDATE 1330 GMT: Regime helicopters dropped barrel bombs near Khan Shaykhun.\n\n"
    "Turkey warned that attacks on its observation posts would not go unanswered.",
    "Protesters marched through Khartoum on Thursday. Police fired tear gas at them.",
    "",
    "\"We will respond to any attack,\" Defence Minister Hulusi Akar told reporters in Ankara.",
]


def _documents() -> list[Document]:
    return [Document(text=text, id=f"d{k}", date=dt.date(2019, 5, 6))
            for k, text in enumerate(TEXTS)]


def test_batched_results_equal_one_document_at_a_time():
    alone = [code(document).to_dict(tokens=True) for document in _documents()]
    outcomes = list(code_each(_documents()))
    assert [document.id for document, _result in outcomes] == ["d0", "d1", "d2", "d3", "d4"]
    assert [result.to_dict(tokens=True) for _document, result in outcomes] == alone


def test_a_reader_error_and_a_failing_document_fail_alone_in_their_batch():
    broken = Document(text="Rebels shelled Hama.", id="broken", date=dt.date(2019, 5, 6))
    broken.text = None  # type: ignore[assignment]  # what no reader makes: the stages fail
    items = [_documents()[0], InputError("not JSON", source="feed.jsonl", line=3), broken,
             _documents()[2]]
    outcomes = list(code_each(items))
    assert isinstance(outcomes[1], Failure) and "feed.jsonl" in str(outcomes[1])
    assert isinstance(outcomes[2], Failure) and outcomes[2].name == "broken"
    assert "coding failed" in outcomes[2].reason
    coded = [outcomes[0], outcomes[3]]
    assert [document.id for document, _result in coded] == ["d0", "d2"]  # type: ignore[misc]
    assert [r.to_dict() for _d, r in coded] == [  # type: ignore[misc]
        code(_documents()[0]).to_dict(), code(_documents()[2]).to_dict()]
