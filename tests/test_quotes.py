"""The quotes stage: every kind of quotation, its speaker, and robustness to broken marks."""

from __future__ import annotations

import json

import pytest

from eventwire import code
from eventwire.knowledge import default_knowledge
from eventwire.model import ActorMention, Document, Result
from eventwire.pipeline import STAGES
from eventwire.quotes import KINDS
from eventwire.quotes import run as run_quotes
from eventwire.quotes.marks import find_quoted


def quotes_of(text: str, date: str = "2019-05-06"):
    result = code(text, date=date)
    for quote in result.quotes:
        assert result.text[quote.start:quote.end] == quote.text
        assert quote.kind in KINDS
    return result.quotes


def only(quotes, kind: str):
    found = [q for q in quotes if q.kind == kind]
    assert len(found) == 1, [(q.kind, q.text) for q in quotes]
    return found[0]


def test_direct_quote_with_speaker_after_it():
    quotes = quotes_of("“We will respond to any attack on our posts,” Akar said on Tuesday.")
    quote = only(quotes, "direct")
    assert quote.text.startswith("We will respond to any attack on our posts")
    assert quote.speaker_text == "Akar"
    assert quote.cue == "said"


def test_inverted_speaker_and_straight_marks():
    quotes = quotes_of('"The offensive will not stop," said the Syrian defence minister.')
    quote = only(quotes, "direct")
    assert quote.text.startswith("The offensive will not stop")
    assert quote.speaker_text == "the Syrian defence minister"


def test_quote_over_several_sentences_is_one_quote():
    quotes = quotes_of("“Our soldiers are ready. Nobody should test us. We will respond,” "
                       "the minister told reporters in Ankara.")
    quote = only(quotes, "direct")
    assert quote.text.startswith("Our soldiers are ready. Nobody should test us.")
    assert quote.speaker_text == "the minister"


def test_quote_over_paragraphs_follows_the_open_mark_convention():
    text = ("Lowcock told the Council: “Hospitals in Idlib have been hit again and again.\n\n"
            "“Medical staff are afraid to go to work. This cannot go on.”\n\n"
            "Russia's envoy did not respond.")
    quotes = quotes_of(text)
    quote = quotes[0]
    assert quote.text.startswith("Hospitals in Idlib")
    assert quote.text.endswith("This cannot go on.")
    assert quote.speaker_text == "Lowcock"
    assert "Russia's envoy" not in quote.text


def test_partial_quote_inside_reported_speech():
    quotes = quotes_of("Nebenzia told the Council the militants were “a cancer” that had to "
                       "be removed from Idlib.")
    partial = only(quotes, "partial")
    assert partial.text == "a cancer"
    assert partial.speaker_text == "Nebenzia"
    indirect = only(quotes, "indirect")
    assert indirect.text.startswith("the militants were")
    assert indirect.start <= partial.start and partial.end <= indirect.end


@pytest.mark.parametrize(("text", "speaker", "content", "cue"), [
    ("Turkish Defence Minister Hulusi Akar said on Tuesday that the situation in Idlib "
     "cannot be tolerated indefinitely.",
     "Turkish Defence Minister Hulusi Akar", "the situation in Idlib cannot be tolerated",
     "said"),
    ("The rebels withdrew from two villages overnight, the monitoring group said.",
     "the monitoring group", "The rebels withdrew from two villages overnight", "said"),
    ("According to state television, the army took the town of Kafr Nabudah.",
     "state television", "the army took the town of Kafr Nabudah", "According to"),
    ("A statement from the foreign ministry said the convoy had been attacked near Saraqib.",
     "the foreign ministry", "the convoy had been attacked near Saraqib", "said"),
    ("Shoigu reiterated his warning that any provocation would be met with force.",
     "Shoigu", "any provocation would be met with force", "reiterated"),
    ("Zakharova told reporters that the drones had been launched from Idlib.",
     "Zakharova", "the drones had been launched from Idlib", "told"),
])
def test_indirect_speech(text, speaker, content, cue):
    quote = only(quotes_of(text), "indirect")
    assert quote.speaker_text == speaker
    assert quote.text.startswith(content)
    assert quote.cue == cue
    assert not quote.text.endswith(".")


def test_block_quote_after_a_colon_paragraph():
    text = ("Erdogan wrote on Twitter:\n\n"
            "We will not allow a new humanitarian disaster on our southern border.\n\n"
            "The Russian embassy did not comment.")
    quote = only(quotes_of(text), "block")
    assert quote.text == ("We will not allow a new humanitarian disaster on our southern "
                          "border.")
    assert quote.speaker_text == "Erdogan"
    assert quote.cue == "wrote"


def test_block_quote_in_marks_after_a_colon_paragraph():
    text = ("The ministry said in a statement:\n\n"
            "“The observation post came under mortar fire from areas held by the regime.”")
    quote = only(quotes_of(text), "block")
    assert quote.text.startswith("The observation post came under mortar fire")
    assert quote.speaker_text == "The ministry"


def test_speaker_carries_to_the_next_quote_without_a_cue():
    text = ("“We have lost contact with two of our teams,” said Raed al-Saleh, who heads the "
            "civil defence.\n\n"
            "“The strikes hit the same street twice within an hour.”\n\n"
            "Government forces shelled the town of Khan Shaykhun.\n\n"
            "Rebels said they repelled an attack. “Nobody expected the regime to move so fast "
            "on this front.”")
    quotes = quotes_of(text)
    carried = [q for q in quotes if q.text.startswith("The strikes hit")]
    assert len(carried) == 1
    assert carried[0].speaker_text == "Raed al-Saleh"
    assert carried[0].cue is None
    last = [q for q in quotes if q.text.startswith("Nobody expected")]
    assert last and last[0].speaker_text == "Rebels"


def test_scare_quotes_and_titles_are_not_quotations():
    quotes = quotes_of("Pro-government outlets ran stories about “terrorists” while the "
                       "so-called “moderate” groups stayed out of the battle for "
                       "“Operation Dawn of Idlib”.")
    assert quotes == []


@pytest.mark.parametrize("text", [
    "“",
    "”",
    '"',
    "An opening mark “ with nothing after it",
    "A closing mark ” with nothing before it.",
    "“Unclosed quote in the first paragraph.\n\nAkar said the talks had failed.",
    "''Typewriter marks without an end",
    "He said: ‘",
    "‘’“”\"\"''",
])
def test_unbalanced_marks_never_crash(text):
    result = code(text)
    for quote in result.quotes:
        assert 0 <= quote.start <= quote.end <= len(text)


def test_unbalanced_mark_does_not_swallow_the_document():
    text = ("Rebel commanders spoke of “a betrayal by Ankara.\n\n"
            "The Turkish army moved tanks to the border on Monday.\n\n"
            "“We will hold the line,” said Abu Mohammed, a commander in Kafr Nabudah.")
    quotes = quotes_of(text)
    assert all("The Turkish army moved tanks" not in q.text for q in quotes)
    last = [q for q in quotes if q.text.startswith("We will hold the line")]
    assert last and last[0].speaker_text.startswith("Abu Mohammed")


def test_find_quoted_pairs_curly_straight_and_typewriter_marks():
    text = "He said “one” and \"two\" and ''three'' but the rebels' positions held."
    spans = [text[q.start:q.end] for q in find_quoted(text)]
    assert spans == ["one", "two", "three"]


def test_speaker_is_the_actor_mention_the_actors_stage_found():
    text = "“We will respond,” Shoigu said."
    result = Result(id="t", date=None, title=None, text=text)
    document = Document(text=text)
    knowledge = default_knowledge()
    for name, stage in STAGES:
        if name == "quotes":
            break
        stage(document, result, knowledge)
    start = text.index("Shoigu")
    result.actors = [ActorMention("Shoigu", "RUSMIL", "RUS", "MIL", "Sergei Shoigu",
                                  start=start, end=start + 6, kind="person")]
    run_quotes(document, result, knowledge)
    (quote,) = result.quotes
    assert quote.speaker is not None
    assert quote.speaker.code == "RUSMIL"
    assert quote.speaker.name == "Sergei Shoigu"
    assert quote.speaker_text == "Shoigu"


def test_quote_prints_the_contract():
    data = code("“The situation is grave,” Akar said.").to_dict()
    (quote,) = data["quotes"]
    assert set(quote) == {"speaker", "speaker_text", "text", "start", "end", "kind", "cue", "time"}
    assert "sentence" not in quote


def test_cli_code_prints_quotes(run_cli, tmp_path):
    path = tmp_path / "report.txt"
    path.write_text("“The corridor is open,” the Russian Defence Ministry said on Monday.\n",
                    encoding="utf-8")
    result = run_cli("code", str(path), "--date", "2019-05-06")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert [q["text"] for q in data["quotes"]] == ["The corridor is open"]
    assert data["quotes"][0]["speaker_text"] == "the Russian Defence Ministry"


def test_a_statement_speaks_for_whoever_issued_it():
    text = ("The Russian Defence Ministry said militants were preparing a provocation. "
            "“The aim is to accuse the Syrian government,” the statement said.")
    quotes = quotes_of(text)
    direct = only(quotes, "direct")
    assert direct.speaker_text == "the statement"
    first = only(quotes, "indirect")
    assert direct.speaker == first.speaker


@pytest.mark.parametrize("dateline", [
    "PORT-AU-PRINCE, Haiti (Wire) - ", "GOMA, Congo, May 4 (Wire) -- ", "KHARTOUM—"])
def test_a_wire_dateline_is_left_out_of_what_was_said_but_a_hyphenated_city_stays_whole(
        dateline):
    text = (dateline + "Armed gangs freed more than 400 inmates from the prison overnight, "
            "the police said on Tuesday.")
    said = only(quotes_of(text), "indirect")
    assert said.text == ("Armed gangs freed more than 400 inmates from the prison overnight")


@pytest.mark.parametrize(("text", "expected"), [
    ("The Arakan Army, one of the strongest ethnic armed groups in Myanmar, said on Saturday "
     "it had captured the town.", "MMRREBARA"),
    ("The Rapid Support Forces, a paramilitary group at war with the army since April 2023, "
     "said its fighters had entered the city.", "SDNREBRSF"),
])
def test_a_named_speaker_is_coded_by_the_name_not_by_its_apposition(text, expected):
    (quote,) = [q for q in code(text, date="2026-12-05").quotes if q.speaker is not None]
    assert quote.speaker.code == expected


@pytest.mark.parametrize("text, speaker, code", [
    ("Ethiopia rejected the accusation on Monday. Its foreign ministry said the troops had left "
     "the border area.", "Its foreign ministry", "ETHGOV"),
    ("Ukraine said Russian drones struck Odesa overnight. Its air force said 40 drones were "
     "shot down.", "Its air force", "UKRMIL"),
    ("The United Nations condemned the attack. Its spokesman said aid convoys had been hit.",
     "Its spokesman", "IGOUNO"),
])
def test_a_speaker_named_with_its_belongs_to_the_country_or_body_named_before(text, speaker,
                                                                             code):
    quote = next(q for q in quotes_of(text) if q.speaker_text == speaker)
    assert quote.speaker.code == code
