"""Who acts in a clause that another verb governs, and how sure the text is of it (issue 16).

Through the public `code()` with our own model: a verb coordinated with a denial is not
denied, an infinitive controlled by an object is that object's act (or nobody's when the
object names no actor), and a civilian word owned by armed forces names no civilians.
"""

from __future__ import annotations

from eventwire import code


def _events(text: str) -> list[tuple[str, str | None, str | None, str]]:
    return [(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None,
             e.modality) for e in code(text, date="2026-12-05").events]


def test_a_statement_joined_to_a_denial_reports_what_it_says():
    # Myanmar: "said" is a sister of "denied", so the attack it reports is not denied
    assert _events("The junta's spokesman denied the report and said soldiers had attacked "
                   "a rebel camp in Sagaing.") == [
        ("016", "MMRGOV", None, "asserted"),
        ("010", "MMRGOV", None, "asserted"),
        ("190", "---MIL", None, "reported")]


def test_an_accusation_joined_to_a_denial_is_asserted():
    # Sudan: the army's accusation is its own act; the shelling is what it claims
    assert _events("Sudan's army denied the report and accused the RSF of shelling the "
                   "market.") == [
        ("016", "SDNMIL", None, "asserted"),
        ("112", "SDNMIL", "SDNREBRSF", "asserted"),
        ("194", "SDNREBRSF", "CVL", "claimed")]


def test_verbs_coordinated_under_a_denial_stay_denied():
    # DR Congo: "killed" is a sister of "shelled", which is no cue: both are denied
    events = _events("The M23 denied that its fighters had shelled the camp and killed "
                     "civilians.")
    assert [(cameo, modality) for cameo, _s, _t, modality in events] == [
        ("016", "asserted"), ("194", "denied"), ("180", "denied")]


def test_an_indirect_object_controls_the_infinitive():
    # Gaza: the parse reads "Israel" as an indirect object; Israel is the one that allows
    assert _events("Qatar persuaded Israel to allow aid into Gaza.") == [
        ("0863", "ISR", None, "asserted")]


def test_what_an_appeal_asks_for_is_its_content_not_a_second_event():
    # Sudan, Gaza, Iran: CAMEO codes the request; the act asked for did not happen
    assert _events("Kenya called on the RSF to lift the siege of El Fasher.") == [
        ("020", "KEN", "SDNREBRSF", "asserted")]
    assert _events("Qatar urged Israel to allow aid into Gaza.") == [
        ("020", "QAT", "ISR", "asserted")]
    assert _events("Hardliners in Tehran urged the army to strike Israel.") == [
        ("020", "IRNGOV", "IRNMIL", "asserted")]
    # Haiti: "asked ... to" is an appeal like "urged ... to"
    assert _events("Haiti's transitional council asked the Kenyan-led security mission to "
                   "send reinforcements.") == [("020", "HTI", "HTIMIL", "asserted")]


def test_a_controller_naming_no_actor_is_no_target_of_the_appeal():
    # Ethiopia: one appeal by the African Union; it protects no one itself
    events = _events("The African Union called on both sides to protect civilians and return "
                     "to talks.")
    assert [cameo_source for cameo_source in (e[:2] for e in events)] == [("020", "IGOAFU")]


def test_relying_on_someone_to_act_makes_them_act():
    # Mali: the mercenaries protect the border, not the junta
    assert _events("Mali's junta relied on Russian mercenaries to protect the border.") == [
        ("074", "RUSUAF", None, "asserted")]


def test_a_convoy_is_civilian_only_when_the_text_says_so():
    # Ethiopia, Mali, Haiti: a military or police convoy is no civilian target
    assert _events("Fano fighters ambushed a military convoy near Gondar.") == [
        ("190", "ETHREBFAN", None, "asserted")]
    assert _events("Armed men ambushed a police convoy near Mopti.") == [
        ("190", "---UAF", None, "asserted")]
    assert _events("Gang members attacked a humanitarian convoy in Port-au-Prince.") == [
        ("190", "---CRM", "CVL", "asserted")]


def test_an_army_camp_is_not_a_camp_of_civilians():
    # Burkina Faso: the camp is the army's; a camp for the displaced holds civilians
    assert _events("Jihadists attacked an army camp near Djibo.")[0][2] != "CVL"
    assert _events("Drones struck a camp near El Fasher.")[0][2] == "CVL"


def test_an_aside_after_which_is_not_governed_by_the_accusation_before_it():
    # Pakistan: Kabul's rejection is the writer's aside, not part of what the army claims
    assert _events("Pakistan's army accused Afghanistan of harbouring the attackers, which "
                   "the Taliban government in Kabul rejected.") == [
        ("112", "PAKMIL", "AFG", "asserted"),
        ("120", "AFGGOV", None, "reported")]


def test_what_a_demand_asks_of_another_is_hypothetical_not_a_threat():
    # Bangladesh: every form of the demanding verb governs the act it asks for
    assert _events("Protesters marched in Dhaka, demanding that the army free the detained "
                   "students.")[-1][::3] == ("0841", "hypothetical")
    assert _events("Protesters marched in Dhaka, urging the army to free the detained "
                   "students.") == [("141", "BGDOPP", None, "asserted"),
                                    ("020", "BGDOPP", "BGDMIL", "asserted")]


def test_a_told_happening_described_again_is_not_a_second_event():
    # Ethiopia, Burkina Faso: "The attack came ...", "The ambush was the deadliest ..."
    assert _events("Fighters of the Fano militia attacked a police station in Bahir Dar on "
                   "Monday. The attack came two days after federal troops shelled the nearby "
                   "town of Merawi.") == [
        ("190", "ETHREBFAN", "ETHCOP", "asserted"),
        ("194", "---MIL", None, "asserted")]
    assert _events("Jihadists ambushed an army patrol near Djibo on Sunday. The ambush was the "
                   "deadliest in the province this year.") == [
        ("190", "BFAREB", None, "asserted")]


def test_a_described_happening_the_story_has_not_told_is_kept():
    assert _events("The ambush near Djibo was the deadliest this year, officials said.")[0] == (
        "190", None, None, "reported")


def test_a_hedge_on_who_the_subject_is_does_not_hedge_what_it_did():
    # Mexico: "believed to belong" doubts the gunmen's allegiance, not the killing
    assert _events("Gunmen believed to belong to a faction of the Sinaloa Cartel killed six "
                   "people at a car wash in Culiacan on Saturday.") == [
        ("180", "MEXCRMSIN", "---CVL", "asserted")]
    # Ukraine: the same cue still governs its own infinitive
    assert _events("Russia is believed to have shelled the port of Odesa overnight.") == [
        ("194", "RUS", None, "speculated")]


def test_a_name_before_a_kind_word_is_a_place_not_a_person():
    # Myanmar: "Kani" is also an Iranian official's surname; "Kani township" is a place
    assert _events("Myanmar military jets bombed two villages in Sagaing region's Kani "
                   "township early on Thursday.") == [("195", "MMRMIL", "CVL", "asserted")]


def test_an_apposition_names_the_same_actor_once():
    # Myanmar: the description after the name is the same government in exile
    assert _events("The National Unity Government, the civilian administration in exile, "
                   "condemned the air strikes.") == [("111", "MMROPPNUG", None, "asserted")]
    # a list of states stays three parties
    assert [source for _c, source, _t, _m in _events(
        "Russia, Iran and Turkey signed the agreement.")] == ["RUS", "IRN", "TUR"]


def test_a_guess_at_what_did_not_happen_is_no_event():
    # Myanmar: "did not give details" is no aid withheld; the reported attack stays
    assert _events("The junta-controlled newspaper said terrorists had attacked a police "
                   "station in Magway region. It did not give details.")[1:] == [
        ("190", "MMRREB", "MMRCOP", "reported")]


def test_a_participle_describing_the_subject_anchors_no_guess():
    # Burkina Faso, Niger: "led by" describes the junta; the news is a comment not made, or
    # the expulsion, not an act of leading
    assert _events("Burkina Faso's military government, led by Captain Ibrahim Traore, did "
                   "not comment on the toll.") == []
    assert [cameo for cameo, _s, _t, _m in _events(
        "Niger's junta, headed by General Abdourahamane Tiani, expelled the French "
        "ambassador.")][:1] == ["161"]


def test_blocking_a_road_is_a_protest_by_civilians_and_a_blockade_by_soldiers():
    # Mexico, Serbia, Venezuela, DR Congo
    assert _events("Residents blocked a highway in Culiacán on Sunday.") == [
        ("144", "---CVL", None, "asserted")]
    assert _events("Protesters blocked the Ibar highway near Kraljevo.") == [
        ("144", "SRBOPP", None, "asserted")]
    assert _events("Truckers barricaded the main avenue into Caracas for six hours.")[0][0] == \
        "144"
    assert _events("Soldiers blocked the road to Goma.") == [("191", "---MIL", None, "asserted")]


def test_a_supposed_event_survives_the_classifiers_veto_marked_speculated():
    # Ukraine: the hedge is the record's modality, not a reason to drop the strike
    assert _events("Russia is believed to have struck Odesa overnight.") == [
        ("190", "RUS", None, "speculated")]


def test_an_asked_act_parsed_as_a_modifier_of_the_asked_is_still_the_appeals_content():
    # Sudan: the parse hangs "to return" on "sides"; Egypt and Saudi Arabia only appeal
    assert [e[:2] for e in _events(
        "Egypt and Saudi Arabia called on both sides to return to talks in Jeddah.")] == [
        ("020", "EGY"), ("020", "SAU")]


def test_bandits_and_vigilantes_are_actors():
    # Nigeria: the north-west's armed criminal gangs and the self-defence groups facing them
    assert _events("Bandits killed 12 villagers in Zamfara state on Sunday.") == [
        ("180", "---CRM", "---CVL", "asserted")]
    assert _events("Armed bandits abducted 40 students from a school in Kaduna.") == [
        ("181", "---CRM", "---EDU", "asserted")]
    assert _events("Vigilantes in Katsina captured three suspected bandits.")[0][1:3] == (
        "---UAF", "---CRM")
