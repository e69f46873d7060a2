"""Written items, fourth round: the PLOVER types our test split reads worst (agreements and
promises, cooperation, mobilisation, accusations, aid, coercion) and hard negatives that
share their words.

Format: see `written.py`. Each line was written for eventwire; none is a filled template.
They come after every earlier written block, so the earlier items keep their splits.
"""

from training.events.written import W

BLOCKS = [
    W("AGREE", "030", None, """
NPL wire | Nepal's interim government promised to hold fresh elections within six months after the youth-led protests.
BOL local-news | Coca growers' leaders said they would lift their road blockade on Monday if the minister came to Chapare.
SEN statement | The new president pledged to renegotiate oil and gas contracts signed by his predecessor.
LBY wire reported | Rival administrations in Tripoli and Benghazi agreed in principle to unify the central bank's board, UN mediators said.
PNG local-news | Tribal leaders in Enga province committed to a three-month truce brokered by church groups.
TCD wire | Chad's transitional authorities promised to free detained opposition supporters before the vote.
MOZ wire | Insurgent commanders in Cabo Delgado signalled they were willing to talk to the government, a mediator said.
GIN wire | The junta said it was prepared to shorten the transition to civilian rule to two years.
"""),
    W("AGREE", "036", None, """
ARM wire | Yerevan and Baku agreed to meet again in Abu Dhabi to finish the border delimitation talks.
SSD wire reported | Opposition groups accepted an invitation to resume talks in Nairobi later this month, mediators said.
UKR live-blog | 14:20 Kyiv says it is ready to send a delegation to Istanbul for a new round of direct talks.
"""),
    W("AGREE", "038", None, """
QAT wire | Qatar offered to mediate between Kinshasa and the M23 rebels.
TUR wire | Ankara offered to host talks between Moscow and Kyiv on the safety of Black Sea shipping.
"""),
    W("COOPERATE", "062", None, """
BFA wire | Burkina Faso, Mali and Niger agreed to form a joint force of 5,000 troops to fight jihadists.
KEN wire | Kenyan officers began joint patrols with Haitian police in the capital's northern districts.
THA wire | Thai and Malaysian border police launched coordinated operations against smugglers.
IND wire | India and Bangladesh held a joint exercise of their border forces along the Sundarbans.
"""),
    W("COOPERATE", "064", None, """
COL wire | Colombia and Ecuador agreed to exchange intelligence on armed groups operating along their border.
NGA wire reported | Nigerian and Cameroonian security services shared information that led to the capture of a bandit leader, officials said.
MEX wire | Mexican prosecutors handed evidence to US investigators under a new cooperation agreement on fentanyl.
"""),
    W("COOPERATE", "061", None, """
TZA wire | Tanzania and Uganda launched construction of a jointly financed oil pipeline.
EGY wire | Egypt and Sudan agreed to link their electricity grids and increase cross-border trade.
MAR wire | Morocco and Mauritania opened a new road crossing to boost trade between the two countries.
"""),
    W("COOPERATE", "063", None, """
SLV wire | El Salvador handed over two gang leaders to the United States.
ITA wire | Italian police arrested a fugitive mafia boss in Spain with the help of Spanish officers and returned him to Rome.
"""),
    W("MOBILIZE", "154", "Change to group/activity", """
SDN wire | The army called on all men able to carry arms to join the fight against the RSF in Gezira state.
MMR wire | The junta began calling up young men under the conscription law, with the first 5,000 due to report for training this month.
RUS wire | Russia announced it would raise the number of its armed forces by 180,000 troops.
"""),
    W("MOBILIZE", "152", None, """
ISR wire | Israel moved an additional armoured division to its northern border with Lebanon.
COD wire reported | Burundian reinforcements arrived in South Kivu to back Congolese troops, local sources said.
AZE wire | Azerbaijan massed troops and artillery near the Lachin corridor, satellite images showed.
KOR wire | South Korea deployed extra naval vessels near the disputed maritime border.
SOM local-news | Federal troops poured into Beledweyne ahead of an expected offensive against al-Shabaab.
"""),
    W("MOBILIZE", "151", None, """
PAK wire | Pakistan placed its air defences on high alert after the strikes across the Line of Control.
TWN wire | Taiwan's military raised its combat readiness as Chinese warships gathered near the island.
ETH local-news | Amhara regional authorities put local militias on standby as Fano fighters approached Bahir Dar.
"""),
    W("MOBILIZE", "153", None, """
FRA wire | France deployed 45,000 police officers across the country for the night of protests.
KEN local-news | Hundreds of anti-riot officers were stationed around parliament before the vote on the finance bill.
"""),
    W("ACCUSE", "112", None, """
AFG wire | Kabul accused Islamabad of violating Afghan airspace and of killing civilians in Paktika.
SSD wire | South Sudan's information minister blamed opposition forces for the attack on a UN helicopter.
VEN wire | Caracas accused Washington of plotting to destabilise the country through the opposition.
TCD wire | Chad's government blamed Sudan's RSF for shells that landed in the border town of Adre.
CAF wire | Bangui accused former president Bozize of arming the rebel coalition from across the border.
"""),
    W("ACCUSE", "111", None, """
BGD wire | Rights groups condemned the mass trial of opposition supporters in Dhaka.
IRN wire | The EU's foreign policy chief criticised Iran's execution of two protesters.
GEO wire | Western embassies denounced the beating of journalists covering the protests in Tbilisi.
ZWE local-news | Church leaders condemned the abduction of opposition activists in Harare.
"""),
    W("ACCUSE", "09", None, """
UGA wire | Uganda's human rights commission opened an inquiry into the deaths of detainees in military custody.
PHL wire | The International Criminal Court launched an investigation into killings during the drug war.
MEX wire | Federal prosecutors opened an investigation into the disappearance of 43 students.
"""),
    W("AID", "073", None, """
MDG wire | The Red Cross flew emergency food and shelter kits to communities hit by the cyclone in Madagascar.
YEM wire | A UN ship carrying 20,000 tonnes of wheat docked at Hodeidah port.
SDN live-blog | 11:05 The first aid convoy in months has entered El Fasher, carrying medicine and food for 40,000 people.
MMR wire reported | Aid groups set up field kitchens for people displaced by fighting in Rakhine state, local media said.
"""),
    W("AID", "071", None, """
LKA wire | The IMF approved a $3 billion loan to help Sri Lanka out of its economic crisis.
ARG wire | The World Bank released $1.5 billion to Argentina to support its economic programme.
"""),
    W("AID", "072", None, """
UKR wire | Germany delivered another air defence system to Ukraine.
ISR wire | Washington approved the sale of 2,000-pound bombs to Israel.
"""),
    W("COERCE", "173", "Arrests", """
NIC wire | Nicaraguan police detained a Catholic bishop who had criticised the government.
BLR wire | Belarusian security forces rounded up dozens of people who had laid flowers for a dead opposition leader.
TUN wire | Tunisian authorities arrested a prominent lawyer after she criticised the president on television.
EGY wire | Egyptian police picked up several activists who had called for protests over food prices.
"""),
    W("COERCE", "172", None, """
BGD wire | The government cut mobile internet across the country as students called for new protests.
UGA wire | Ugandan authorities suspended the activities of a leading election monitoring group.
PAK wire | Pakistan banned the Pashtun Tahafuz Movement, calling it a threat to national security.
"""),
    W("COERCE", "174", None, """
DZA wire | Algeria expelled 12 French embassy staff in a row over the arrest of a consular official.
TCD wire | Chad ordered the German ambassador to leave the country within 48 hours.
"""),
    W("NONE", None, None, """
KEN op-ed | Protest is a right, but the young people on the streets deserve leaders who listen rather than lecture.
ARG wire | The central bank mobilised its reserves to defend the peso, traders said.
COD wire | Mining companies in Katanga agreed to share the cost of a new road to the Zambian border.
IND local-news | The city's two biggest hospitals agreed to cooperate on a new cancer wing.
GBR wire | The striker accused the referee of bias after his side's defeat in the derby.
NGA wire | A Lagos court adjourned the case against the former governor until next month.
UKR wire | The front line has barely moved in a year, and both armies are short of infantry.
SDN op-ed | The world's promises of aid to Sudan have rarely been matched by deliveries.
MEX wire | The cartel has controlled the port for more than a decade, according to prosecutors.
ETH wire | Ethiopia's parliament will debate the budget next week.
"""),
]
