"""Written items, sixth round: the cooperation cluster and accusations, labelled by
`GUIDELINES.md` (agreeing to act is AGREE, a deal signed or reached is SUPPORT 057,
cooperation carried out is COOPERATE, blame, complaints, lawsuits and inquiries are ACCUSE),
with the boundary cases each type shares with its neighbours, and hard negatives that use
their words (a duty one is "responsible for", a deal recalled as background).

Format: see `written.py`. Each line was written for eventwire; none is a filled template.
Like session 5's, these items all go to train (`compose.fixed_split`): they were written
after reading the dev split's errors, and the test split stays what it was.
"""

from training.events.written import W

BLOCKS = [
    W("AGREE", "030", None, """
SDN wire | S{The Sudanese army} said it would take part in a new round of talks in Jeddah if the RSF left civilian homes.
MMR wire | S{The Arakan Army} told Chinese mediators it was willing to observe a truce around Sittwe.
COD wire | S{Kinshasa} and T{M23} committed to a timetable for withdrawing fighters from Rubaya.
ETH statement reported | S{The federal government} said it stood ready to resume dialogue with T{Fano} under African Union auspices.
HTI wire | S{The transitional council} promised T{the Kenyan-led mission} land for a second base near the airport.
COL wire | S{The ELN} agreed to free all hostages it holds in Arauca before the next round of talks.
YEM wire | S{The Houthis} offered to reopen the roads into Taiz in exchange for salaries paid in their areas.
SOM statement | S{Jubaland's leaders} pledged to hand over the Gedo checkpoints to federal troops by March.
LBY wire | S{The Tripoli government} accepted a UN proposal for a joint committee on the central bank.
UKR wire | S{Kyiv} said it was prepared to exchange all prisoners with T{Moscow} on an all-for-all basis.
MLI live-blog | S{The junta} accepted Algeria's offer to host talks with T{the northern armed groups}, a spokesman said.
PHL wire | S{The government} and T{the MILF} agreed to extend the decommissioning of fighters until next year.
NER wire | S{Niamey} agreed to let an ECOWAS delegation visit the deposed president.
MEX local-news | S{The state government} vowed to cooperate with T{federal prosecutors} on the disappearance of the students.
CMR wire | S{Separatist leaders} accepted an invitation to talks in Ottawa, a statement said.
"""),
    W("AGREE", "031", None, """
NGA wire | S{Nigeria} and T{Niger} agreed to resume joint patrols along their border to curb kidnappers.
KEN wire | S{Kenya} and T{Ethiopia} agreed to share intelligence on al-Shabaab cells in the border counties.
PAK wire | S{Pakistan} and T{Iran} agreed to set up a hotline between their border commanders after the strikes.
GTM wire | S{Guatemala} and T{Mexico} will exchange data on migrant smuggling networks, their ministers said.
IRQ statement | S{Baghdad} and T{Ankara} agreed to build a development road linking the port of Faw to the Turkish border.
"""),
    W("SUPPORT", "057", None, """
ARM wire | S{Armenia} and T{Azerbaijan} initialled the text of a peace treaty in Washington.
SDN wire | S{The army} and T{the RSF} signed a declaration in Jeddah committing both sides to protect civilians.
COL wire | S{The government} and T{the Comuneros del Sur} signed a deal in Narino to destroy weapons.
YEM wire | S{The government} and T{the Houthis} reached a deal on the release of 900 detainees.
COD wire | S{Congo} and T{Rwanda} signed a peace agreement at the State Department.
UKR wire | S{Ukraine} and T{Britain} signed a 100-year partnership agreement in Kyiv.
LBY wire | S{Rival Libyan factions} struck a deal on the appointment of a new central bank governor.
SOM wire | S{Somalia} and T{Ethiopia} concluded a deal in Ankara ending their dispute over sea access.
MOZ wire | S{The government} and T{Renamo} sealed a final accord on the reintegration of fighters.
ETH wire | S{The federal government} and T{the TPLF} signed an agreement in Pretoria to end two years of war.
"""),
    W("SUPPORT", "051", None, """
SEN wire | S{The African Union} commended T{Senegal} for the peaceful handover of power.
GEO statement | S{The European Parliament} voiced support for T{Georgian protesters} demanding new elections.
HTI wire | S{Washington} welcomed the swearing-in of T{Haiti's new prime minister}.
MLI wire | S{Russia} praised T{the junta} for its fight against terrorism in the north.
SOM wire | S{Turkey} reaffirmed its backing for T{Somalia's} territorial integrity.
PSE wire | S{Egypt} and Qatar welcomed the release of the hostages by T{Hamas} as a first step.
VEN wire | S{Brazil} congratulated T{the opposition candidate} on his campaign.
LBN statement | S{France} expressed solidarity with T{Lebanon} after the explosions.
"""),
    W("COOPERATE", "062", None, """
SOM wire | S{Somali} and T{Kenyan} troops carried out a joint operation against al-Shabaab near Ras Kamboni.
NGA wire | S{Nigerian} and T{Chadian} soldiers fought side by side against jihadists on the shores of Lake Chad.
MOZ wire | S{Rwandan} and T{Mozambican} forces jointly retook the town of Mocimboa da Praia.
PHL wire | S{The Philippines} and T{the United States} began their largest joint military exercises in the South China Sea.
BFA wire | S{Burkina Faso}, Mali and T{Niger} merged their armies into a single unified force.
"""),
    W("COOPERATE", "063", None, """
COL wire | S{Colombia} extradited a senior commander of the Clan del Golfo to T{the United States}.
ECU wire | S{Ecuador's police} handed over two gang leaders to T{Colombian} authorities at the Rumichaca bridge.
MEX wire | S{Mexico} and T{the United States} set up a joint investigation team to trace weapons smuggled across the border.
KEN wire | S{Kenya} and T{Uganda} launched a joint investigation team into cattle raids in Karamoja.
"""),
    W("COOPERATE", "061", None, """
ETH wire | S{Ethiopia} began exporting electricity to T{Kenya} under a power purchase deal.
IRQ wire | S{Iraq} resumed pumping oil to T{Turkey} through the Kirkuk-Ceyhan pipeline.
SDN wire | S{South Sudan} and T{Sudan} reopened the border crossing at Joda to trade.
AZE wire | S{Azerbaijan} and T{Georgia} opened a new railway linking Baku and Tbilisi to freight.
"""),
    W("COOPERATE", "064", None, """
NER wire | S{Niger} shared intelligence with T{Algeria} on the movements of arms traffickers in the desert.
UKR wire | S{Ukraine} gave T{Poland} the names of suspected saboteurs who had crossed the border.
"""),
    W("ACCUSE", "112", None, """
SDN wire | S{The army} said T{the RSF} was responsible for the massacre of villagers near Wad Madani.
COD statement reported | S{Kinshasa} said T{Rwanda} was behind the rebel offensive on Goma.
NER wire | S{Niger's junta} claimed T{France} was behind the attack on the pipeline.
MMR wire | S{The junta} said T{the People's Defence Forces} were to blame for the fire in the market.
IND wire | S{Manipur's chief minister} said T{militants from across the border} were responsible for the violence.
PAK wire | S{Islamabad} accused T{Kabul} of sheltering the militants who attacked the base in Bannu.
LBN wire | S{Hezbollah} blamed T{Israel} for the exploding pagers.
ETH wire | S{Eritrea} said T{the TPLF} was guilty of war crimes during the siege of Mekelle.
"""),
    W("ACCUSE", "111", None, """
KEN wire | S{The Law Society} condemned the abduction of government critics by T{the police}.
GEO wire | S{The EU} criticised T{the Georgian government} for the violent dispersal of protesters.
VEN wire | S{Colombia} denounced the arrest of opposition figures by T{Caracas}.
TUR wire | S{Human rights groups} deplored the detention of T{Istanbul's mayor}.
"""),
    W("ACCUSE", "115", None, """
AFG wire | S{The ICC prosecutor} requested arrest warrants for T{two Taliban leaders} over the persecution of women.
MMR wire | S{Argentine prosecutors} sought an arrest warrant for T{Myanmar's junta chief} over crimes against the Rohingya.
ZAF wire | S{South Africa} filed a genocide case against T{Israel} at the International Court of Justice.
NGA local-news | S{Families of the victims} sued T{the Nigerian army} over the drone strike on Tudun Biri.
"""),
    W("ACCUSE", "09", None, """
BGD wire | S{The interim government} set up a commission to investigate killings during the uprising.
MEX wire | S{Federal prosecutors} opened an inquiry into the disappearance of 43 students.
SDN wire | S{The UN Human Rights Council} ordered a fact-finding mission into abuses in Darfur.
"""),
    W("NONE", None, None, """
SOM wire | The interior ministry is responsible for the registration of voters in Mogadishu.
COL op-ed | The peace accord signed in 2016 ended half a century of war with the FARC.
UKR op-ed | Whoever was responsible for the failed counter-offensive, the cost was paid by the infantry.
MLI op-ed | Agreements signed in Algiers in 2015 were never fully applied in the north.
KEN wire | The police are responsible for security at the polling stations, the electoral commission said.
"""),
]
"""Blocks of the sixth round (all to train)."""
