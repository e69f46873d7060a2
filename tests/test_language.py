"""Our trained language model as the pipeline uses it: loaded once from the package, a clear
error when it is missing or damaged, one tree per sentence that our segmenter made."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from eventwire import code, language
from eventwire.language import ModelError, load_model, model_path

ROOT = Path(__file__).resolve().parent.parent

WIRE = (
    "KHARTOUM, May 3 (Reuters) - Fighters of the Rapid Support Forces shelled a crowded "
    "market in El Fasher on Friday, killing at least 12 people, local activists said.\n\n"
    "The Sudanese army, which has besieged the city since April, did not comment. Mr. Hamdan "
    "told reporters in Nairobi that his forces were defending civilians. "
    "U.N. envoy Ramtane Lamamra arrived in Port Sudan for talks."
)


def test_every_sentence_is_one_tree_with_every_token_annotated():
    result = code(WIRE, date="2024-05-03")
    assert len(result.sentences) == 4
    for sentence in result.sentences:
        tokens = sentence.tokens
        roots = [i for i, t in enumerate(tokens) if t.head == i]
        assert len(roots) == 1, [t.text for t in tokens]
        assert all(0 <= t.head < len(tokens) for t in tokens)
        assert all(t.tag and t.pos and t.dep and t.lemma for t in tokens)


def test_penn_tags_and_relations_on_a_plain_clause():
    result = code("Rebels captured the town.", date="2024-05-03")
    tokens = result.sentences[0].tokens
    assert [(t.text, t.tag, t.pos, t.dep, t.head) for t in tokens] == [
        ("Rebels", "NNS", "NOUN", "nsubj", 1),
        ("captured", "VBD", "VERB", "ROOT", 1),
        ("the", "DT", "DET", "det", 3),
        ("town", "NN", "NOUN", "obj", 1),
        (".", ".", "PUNCT", "punct", 1),
    ]
    assert [t.lemma for t in tokens[:2]] == ["rebel", "capture"]


def test_missing_model_names_the_rebuild_command(tmp_path):
    with pytest.raises(ModelError, match="make model"):
        load_model(tmp_path / "nowhere")


def test_damaged_model_is_one_clear_error(tmp_path):
    broken = tmp_path / "core"
    shutil.copytree(model_path(), broken)
    (broken / "tok2vec" / "model").write_bytes(b"not a model")
    with pytest.raises(ModelError, match="damaged"):
        load_model(broken)


def test_model_without_a_component_is_refused(tmp_path):
    partial = tmp_path / "core"
    shutil.copytree(model_path(), partial)
    nlp = load_model(partial)
    nlp.remove_pipe("parser")
    nlp.to_disk(partial)
    with pytest.raises(ModelError, match="lacks parser"):
        load_model(partial)


def test_cli_with_a_missing_model_says_how_to_rebuild_it(tmp_path):
    env = {**os.environ, language.MODEL_ENV: str(tmp_path / "gone"),
           "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run([sys.executable, "-m", "eventwire", "code", "--date", "2024-05-03"],
                          input="Rebels captured the town.", capture_output=True, text=True,
                          env=env, timeout=120)
    assert done.returncode == 1
    assert "make model" in done.stderr
    assert "Traceback" not in done.stderr


def test_tokens_are_printed_only_on_request(run_cli):
    plain = json.loads(run_cli("code", "--date", "2024-05-03", input=WIRE).output)
    assert "tokens" not in plain["sentences"][0] and "names" not in plain
    full = json.loads(run_cli("code", "--tokens", "--date", "2024-05-03", input=WIRE).output)
    first = full["sentences"][0]["tokens"][0]
    assert first == {"text": "KHARTOUM", "start": 0, "end": 8, "tag": first["tag"],
                     "pos": first["pos"], "lemma": first["lemma"], "dep": first["dep"],
                     "head": first["head"]}
    names = {(n["text"], n["kind"]) for n in full["names"]}
    assert ("Ramtane Lamamra", "person") in names
    assert ("El Fasher", "place") in names


def test_a_singular_noun_whose_lemma_is_a_verb_is_read_as_that_verb():
    # the tagger reads "fought" as a noun in a compound ("army fought rebels"); its lemma,
    # "fight", says it is a verb form, and the army becomes the subject of a fight
    result = code("The army fought rebels and militias in Ituri.", date="2025-03-01")
    fought = next(t for t in result.sentences[0].tokens if t.text == "fought")
    assert (fought.tag, fought.pos, fought.lemma) == ("VBD", "VERB", "fight")
    assert sorted((e.cameo, e.source.code, e.target.code) for e in result.events) == [
        ("190", "---MIL", "---REB"), ("190", "---MIL", "---UAF")]


@pytest.mark.parametrize(("text", "verb", "event"), [
    # "retook" tagged NN with its own lemma; the parse gives it a subject and an object
    ("After weeks of fighting, the army retook the town.", "retook", ("192", "---MIL", None)),
    # "overran" tagged NN, "Gunmen" hung on it as a compound: the modifier is its subject
    ("Gunmen overran two army posts near Djibo.", "overran", ("192", "---UAF", "BFAMIL")),
])
def test_a_noun_the_parse_gives_an_object_is_read_as_a_verb(text, verb, event):
    result = code(text, date="2025-03-01")
    token = next(t for t in result.sentences[0].tokens if t.text == verb)
    assert (token.tag, token.pos) == ("VBD", "VERB")
    assert [(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None)
            for e in result.events] == [event]


def test_a_noun_with_a_copula_keeps_its_tag():
    result = code("The attack was a message to the government.", date="2025-03-01")
    message = next(t for t in result.sentences[0].tokens if t.text == "message")
    assert message.tag == "NN"
