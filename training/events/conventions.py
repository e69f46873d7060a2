"""Train and dev items relabelled to the cooperation-cluster convention (`GUIDELINES.md`).

Clauses and written lines were labelled by several hands, and a few of them break the
convention the rest of the corpus, our CAMEO-to-PLOVER table and the scorer follow: a signed,
concluded or reached deal labelled AGREE (it is SUPPORT, CAMEO 057), "agreed to share
intelligence" labelled COOPERATE (an agreement to act is AGREE, CAMEO 031: what is carried out
is COOPERATE). Moving a clause to another block would move every later clause of both groups
to another split, so the new labels are given here, by clause (composed items) or by text
(written items), and `relabel` applies them as the items are made.

Only train and dev items are relabelled: the test split and the stories stay as they are
(`relabel` refuses a test item), so test still holds items labelled the other way (among them
the clauses "initialled a trade pact" (AGREE), "signed an extradition treaty" (COOPERATE) and
"agreed to pool their air defences" (COOPERATE), whose fillings are all in test).
"""

from __future__ import annotations

SIGNED = ("SUPPORT", None, "057")
"""A deal signed, initialled, concluded, struck or reached: CAMEO 057 (PLOVER SUPPORT)."""

AGREED_TO_ACT = ("AGREE", None, "031")
"""An agreement to carry out material cooperation: CAMEO 031 (PLOVER AGREE)."""

CLAUSES: dict[str, tuple[str, str | None, str]] = {
    # relations.py, AGREE 030
    "{S:gov} and {T:opp} reached a deal on a new electoral calendar": SIGNED,
    "{S:gov} and {T:foreign} signed a defence cooperation agreement in {P}": SIGNED,
    "{S:gov} and {T:foreign} concluded a memorandum on migration": SIGNED,
    # more.py, AGREE 03
    "{S:gov} and {T:foreign} struck a deal on the return of migrants": SIGNED,
    "{S:gov} and {T:foreign} reached an understanding on grain exports": SIGNED,
    # more.py, COOPERATE 06
    "{S:gov} and {T:foreign} agreed to share border surveillance data": AGREED_TO_ACT,
}
"""Hand-written clauses (as in `relations.py` and `more.py`) and their convention's labels."""

WRITTEN: dict[str, tuple[str, str | None, str]] = {
    "Poland and Germany agreed to patrol their border jointly.": AGREED_TO_ACT,
    "India and Bangladesh agreed to expand trade through a new border crossing.": AGREED_TO_ACT,
    "Colombia and Ecuador agreed to share intelligence on drug trafficking groups.":
        AGREED_TO_ACT,
    "Saudi Arabia and Iraq agreed to link their power grids.": AGREED_TO_ACT,
    "Burkina Faso, Mali and Niger agreed to form a joint force of 5,000 troops to fight "
    "jihadists.": AGREED_TO_ACT,
    "Colombia and Ecuador agreed to exchange intelligence on armed groups operating along "
    "their border.": AGREED_TO_ACT,
    "Egypt and Sudan agreed to link their electricity grids and increase cross-border trade.":
        AGREED_TO_ACT,
    "Colombian and Venezuelan officials agreed to coordinate security along their shared "
    "frontier.": AGREED_TO_ACT,
    "Iraq and Turkey agreed to share intelligence on PKK movements in the mountains of "
    "Kurdistan.": AGREED_TO_ACT,
    "Senegal and Gambia will exchange information on traffickers crossing the Casamance "
    "border.": AGREED_TO_ACT,
    "Ethiopia and Djibouti agreed to build a second railway line linking Addis Ababa to the "
    "port.": AGREED_TO_ACT,
    "Brazil and Paraguay agreed to jointly run the Itaipu dam for another decade.":
        AGREED_TO_ACT,
}
"""Written items (their text without the role marks) and their convention's labels."""


def relabel(item: dict, labels: tuple[str, str | None, str] | None) -> dict:
    """`item` with the PLOVER type, mode and CAMEO code of `labels` (None: unchanged). A
    relabelled item is no ACLED event (neither an agreement to act nor a deal between states
    is one). The test split is never relabelled: measured figures stay comparable."""
    if labels is None:
        return item
    if item["split"] not in ("train", "dev"):
        raise ValueError(f"the convention relabels only train and dev items: {item['id']}")
    plover, mode, cameo = labels
    item.update(plover=plover, mode=mode, cameo=cameo, acled=None)
    return item
