"""Throughput of place recognition (and of the whole places stage) in words per second.

    PYTHONPATH=src python bench/places.py            # our own sample paragraphs, repeated
    PYTHONPATH=src python bench/places.py FILE...    # plain-text files instead

Sentences and tokens are made before the clock starts; "recognition" times matching names
over the tokens, "stage" adds resolution, relations and roles (places.run). Target: recognition
at 100,000 words/s or more.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from eventwire import places, segments, sentences
from eventwire.knowledge import default_knowledge
from eventwire.model import Document, Result

SAMPLE = [
    "UPDATE 1330 GMT: Regime helicopters dropped barrel bombs near Khan Shaykhun in southern "
    "Idlib, the Syrian Observatory for Human Rights said. Activists reported at least 12 "
    "civilians killed in Maarat al-Numan and Kafranbel, while Russian jets struck villages in "
    "the northwest Hama countryside. Ankara warned that a new offensive would push hundreds of "
    "thousands of refugees toward the Turkish border near Reyhanli.",
    "Ukrainian forces said they repelled attacks near Bakhmut and Avdiivka in the Donetsk "
    "region, while Russian drones hit energy infrastructure in Kharkiv and Odesa overnight. "
    "Moscow said its air defences downed missiles over Belgorod and the Black Sea. The "
    "governor of Zaporizhzhia Oblast reported shelling of Nikopol across the Dnipro river.",
    "Houthi forces claimed a missile attack on a commercial vessel in the Gulf of Aden, 60 "
    "nautical miles south-east of Aden, according to the maritime agency. The coalition said "
    "it intercepted drones launched from Hodeidah and Sanaa. In Marib, clashes continued on "
    "the outskirts of the city for a third day, local officials told reporters.",
    "Police in Springfield, Ill., arrested two men after a standoff on the east side of the "
    "city on Tuesday, Sangamon County Sheriff Jack Campbell said. The suspects were taken to "
    "the county jail. Officers from Decatur and Champaign assisted in the operation, which "
    "closed roads between Chatham and Rochester for several hours.",
    "Israeli strikes hit targets in Rafah and Khan Younis in the southern Gaza Strip, the "
    "health ministry in Gaza said, while Hezbollah fired rockets at positions in the Golan "
    "Heights. Lebanese state media reported an Israeli drone strike near Nabatieh. Talks in "
    "Cairo and Doha on a ceasefire resumed on Sunday, Egyptian officials said.",
    "Gunmen attacked a military post in Menaka in eastern Mali, killing several soldiers, "
    "the army said in a statement from Bamako. Separately, an improvised explosive device "
    "struck a convoy 20 km north of Gao. Jihadist groups have expanded their operations from "
    "the Sahel into coastal states such as Benin and Togo in recent years.",
]


def load_texts(paths: list[Path]) -> list[str]:
    if paths:
        return [p.read_text(encoding="utf-8") for p in paths]
    return SAMPLE


def prepare(texts: list[str], copies: int) -> list[tuple[Document, Result]]:
    knowledge = default_knowledge()
    prepared = []
    for _ in range(copies):
        for text in texts:
            document = Document(text=text)
            result = Result(id=None, date=None, title=None, text=text)
            segments.run(document, result, knowledge)
            sentences.run(document, result, knowledge)
            prepared.append((document, result))
    return prepared


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--words", type=int, default=300_000, help="words to process")
    parser.add_argument("--repeat", type=int, default=3, help="runs; the fastest is reported")
    args = parser.parse_args()
    knowledge = default_knowledge()
    began = time.perf_counter()
    warm = prepare(load_texts(args.paths)[:1], 1)
    places.run(*warm[0], knowledge)
    print(f"knowledge loaded in {time.perf_counter() - began:.2f} s")
    texts = load_texts(args.paths)
    words_per_copy = sum(len(t.split()) for t in texts)
    copies = max(1, args.words // max(words_per_copy, 1))
    prepared = prepare(texts, copies)
    words = words_per_copy * copies
    recognition = stage = float("inf")
    for _ in range(args.repeat):  # best of N: the machine may be busy with other work
        began = time.perf_counter()
        mentions = sum(len(places.recognise(d, r, knowledge)) for d, r in prepared)
        recognition = min(recognition, time.perf_counter() - began)
        began = time.perf_counter()
        for document, result in prepared:
            places.run(document, result, knowledge)
        stage = min(stage, time.perf_counter() - began)
    found = sum(len(r.places) for _, r in prepared)
    print(f"{words:,} words in {len(prepared):,} documents")
    print(f"recognition: {words / recognition:,.0f} words/s ({mentions:,} mentions)")
    print(f"places stage (recognition + resolution): {words / stage:,.0f} words/s "
          f"({found:,} places)")


if __name__ == "__main__":
    main()
