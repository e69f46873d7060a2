"""Written items: diplomacy, cooperation, demands, concessions, threats and sanctions.

Format: see `written.py`. Each line was written for eventwire; none is a filled template.
"""

from training.events.written import W

BLOCKS = [
    W("SUPPORT", "057", "Agreement", """
COD wire | Congo and Rwanda signed a peace agreement in Washington committing both sides to end support for armed groups.
ARM wire | Armenia and Azerbaijan initialled the text of a peace treaty after decades of conflict.
COL wire | The government and a dissident faction signed a deal to create a zone where fighters will gather.
SDN wire reported | The warring parties signed a declaration in Jeddah committing them to protect civilians, mediators said.
YEM wire | The Saudi-led coalition and the Houthis agreed to a prisoner swap involving nearly 900 detainees.
SSD local-news | Community leaders from two rival counties signed a peace pact after a week of talks in Bor.
PHL wire | The government and the rebel front signed an accord on the decommissioning of fighters.
ETH wire | The federal government and Tigrayan forces signed an agreement to cease hostilities in Pretoria.
"""),
    W("AGREE", "030", None, """
GEO wire | The new prime minister said his government was ready to resume talks on joining the European Union.
VEN wire reported | The government agreed to hold a presidential election in the second half of the year, the mediators said.
TWN wire | Beijing and Taipei agreed to reopen direct flights suspended during the pandemic.
SRB statement | The government said it would accept the students' demand for an independent audit of the collapsed canopy.
IRN wire | Iran agreed to let UN inspectors return to two nuclear sites, the agency's chief said after talks in Tehran.
SOM wire reported | Clan elders agreed to hand over the suspects to the authorities, a local official said.
MLI wire | The junta agreed to a timetable for a return to civilian rule at a regional summit.
KEN local-news | The county government agreed to meet traders' representatives next week to settle the dispute over market fees.
"""),
    W("ACCUSE", "112", None, """
UKR wire | Kyiv accused Moscow of deliberately targeting energy infrastructure ahead of winter.
SDN wire | The army accused the United Arab Emirates of arming the paramilitaries, a charge Abu Dhabi denies.
COD statement | The Congolese government accused Rwanda of sending troops across the border to back the rebels.
PAK wire | Islamabad accused Kabul of sheltering militants who carry out attacks in Pakistan.
IRN wire | Tehran blamed Israel for the explosion at the port and vowed to respond.
VEN wire | The opposition accused the electoral council of publishing false results.
IND wire | Opposition parties accused the state government of failing to stop the violence in Manipur.
ISR wire | Israel accused the UN agency of employing people who took part in the attack, an allegation the agency disputes.
ETH wire reported | Eritrea accused Ethiopia of plotting to seize its Red Sea port, state media reported.
LBY wire | The eastern-based government accused its rival in Tripoli of stealing oil revenue.
"""),
    W("ACCUSE", "111", None, """
GEO wire | The European Union condemned the violent dispersal of protesters in Tbilisi.
NGA wire | Rights groups denounced the killing of protesters as a massacre and called for an inquiry.
MMR statement | The UN human rights chief condemned the air strike on the school as a war crime.
SRB local-news | University deans criticised the government for its handling of the student protests.
HTI wire | Caribbean leaders criticised the slow deployment of the security mission.
AFG wire | The UN mission denounced the ban on women working for aid groups.
"""),
    W("ACCUSE", "115", None, """
UKR wire | Ukraine filed a case at the International Court of Justice accusing Russia of genocide.
ZAF wire | South Africa brought a case against Israel at the world court over the war in Gaza.
GBR local-news | Families of the victims filed a lawsuit against the ministry of defence.
"""),
    W("ACCUSE", "09", None, """
ISR wire | The military said it had opened an investigation into the deaths of the aid workers.
MEX wire | Prosecutors opened an inquiry into the disappearance of the students.
PER wire | The attorney general launched an investigation into the deaths of protesters during the unrest.
"""),
    W("AID", "073", None, """
SDN wire | The World Food Programme delivered food to El Fasher for the first time in months.
PSE wire | Trucks carrying flour and medicine entered northern Gaza through the Zikim crossing on Sunday.
HTI local-news | An aid agency distributed water and hygiene kits to families sheltering in schools.
MMR wire | Thailand sent a convoy of aid across the border to displaced people in Karen state.
COD wire | UNICEF flew cholera vaccines to camps around Goma.
AFG wire | Aid agencies began distributing food to villagers affected by the earthquake in Herat.
SOM local-news | A charity handed out cash to families displaced by the drought in Baidoa.
LBN wire | Qatar airlifted medical supplies to Beirut to help hospitals overwhelmed by casualties.
"""),
    W("AID", "072", None, """
UKR wire | Germany delivered another air defence system to Ukraine, the defence ministry said.
TWN wire | The United States approved a sale of missiles and spare parts to Taiwan.
SOM wire | Turkey shipped armoured vehicles and rifles to the Somali army.
MLI wire reported | Russia delivered fighter jets and helicopters to Mali, state television said.
"""),
    W("AID", "071", None, """
EGY wire | The IMF approved a loan of 8 billion dollars to Egypt to shore up its economy.
LKA wire | India extended a credit line to Sri Lanka to pay for fuel imports.
PAK wire | Saudi Arabia deposited 3 billion dollars in Pakistan's central bank.
"""),
    W("AID", "075", None, """
VEN wire | Argentina granted asylum to opposition aides sheltering in its embassy in Caracas.
AFG wire | Germany took in a group of Afghans at risk of Taliban reprisals under its resettlement programme.
"""),
    W("CONCEDE", "08", None, """
KEN wire | The president withdrew the finance bill a day after protesters stormed parliament.
SRB wire | The prime minister resigned after months of student-led protests.
BGD wire | The prime minister resigned and fled the country as protesters marched on her residence.
FRA wire | The government dropped its plan to cut diesel tax breaks for farmers after a week of road blockades.
LKA wire | The president stepped down after protesters occupied his official residence.
SEN wire | The government lifted its ban on mobile internet after three days.
IRN wire reported | Authorities suspended the morality police patrols, state media said.
GEO local-news | The city council reversed its decision to close the independent theatre after a public outcry.
PER wire | The government scrapped the state of emergency in Lima.
PAK wire | Authorities lifted the ban on rallies in the capital ahead of the vote.
NGA wire | The government reversed the fuel price increase after unions threatened a general strike.
MMR wire | The junta freed more than 9,000 prisoners in an amnesty marking the new year.
"""),
    W("CONSULT", "040", None, """
UKR wire | Ukrainian and US delegations met in Jeddah for talks on a ceasefire.
SDN wire | Army and paramilitary negotiators held indirect talks in Geneva mediated by the United States.
ETH wire | Ethiopia's prime minister held talks with the president of Eritrea in Asmara.
VEN wire | Government and opposition delegates resumed talks in Barbados.
COL wire | The government and the ELN began a new round of peace talks in Caracas.
IND wire | The chief minister met leaders of both communities in Imphal to discuss restoring peace.
"""),
    W("CONSULT", "041", None, """
UKR wire | The US president spoke by phone with the Russian president for more than an hour.
TUR wire | The Turkish foreign minister held a phone call with his Iranian counterpart on the crisis.
PAK wire | The prime ministers of India and Pakistan spoke by telephone for the first time in years.
"""),
    W("CONSULT", "042", None, """
SDN wire | The UN envoy travelled to Port Sudan to meet army leaders.
CHN wire | The German chancellor arrived in Beijing for a two-day visit.
SOM wire | The Kenyan president visited Mogadishu for talks on security cooperation.
LBY wire | The Italian prime minister flew to Benghazi to meet the eastern commander.
"""),
    W("CONSULT", "045", None, """
ISR wire | Qatari and Egyptian mediators shuttled between the two sides in Doha on Tuesday.
COD wire | Angola's president hosted a meeting between the leaders of Congo and Rwanda in Luanda.
"""),
    W("COOPERATE", "062", None, """
PHL wire | The Philippines and the United States began joint military exercises in the South China Sea.
NER wire | Niger and Burkina Faso launched a joint force to fight jihadists in the border area.
SOM wire | Ethiopian and Somali troops carried out joint operations against al-Shabaab in the Bay region.
POL wire | Poland and Germany agreed to patrol their border jointly.
"""),
    W("COOPERATE", "061", None, """
CHN wire | China and Brazil signed trade deals worth billions of dollars during the visit.
SAU wire | Saudi Arabia and Iraq agreed to link their power grids.
IND wire | India and Bangladesh agreed to expand trade through a new border crossing.
"""),
    W("COOPERATE", "063", None, """
MEX wire | Mexico extradited 29 cartel suspects to the United States.
ECU wire | Ecuador handed over a gang leader to US authorities.
COL wire | Colombia and Ecuador agreed to share intelligence on drug trafficking groups.
FRA wire | French and Spanish police dismantled a smuggling network in a joint operation.
"""),
    W("MOBILIZE", "152", None, """
RUS wire | Russia moved additional troops and armour to its border with Ukraine, satellite images showed.
TWN wire | China sent warships and fighter jets around Taiwan in a show of force.
PRK wire | North Korea fired a ballistic missile into the sea off its east coast.
ISR wire | Israel called up tens of thousands of reservists ahead of an expected ground operation.
SDN wire | The army deployed reinforcements to defend El Obeid.
VEN wire | Venezuela put its armed forces on alert and deployed troops to the coast.
ARM wire | Azerbaijan massed troops along the border, Armenia said.
"""),
    W("MOBILIZE", "151", None, """
KEN wire | Police deployed in large numbers around parliament ahead of the planned protests.
FRA wire | The interior ministry sent 45,000 police officers onto the streets for New Year's Eve.
GEO local-news | Riot police lined the streets around the parliament building before the vote.
USA local-news | The governor sent the National Guard to the city after two nights of unrest.
"""),
    W("REJECT", "12", None, """
UKR wire | Kyiv rejected Moscow's demand that it cede four regions as a condition for talks.
ISR wire | Hamas rejected the latest Israeli proposal, saying it did not guarantee an end to the war.
VEN wire | The government rejected calls for the release of the full tally sheets.
SDN wire | The army chief refused to attend talks in Switzerland.
IRN wire | Tehran ruled out direct negotiations with Washington under pressure.
ISR op-ed | By turning down the ceasefire plan, the government has chosen more war.
MLI wire | The junta refused to allow UN investigators into the area.
GEO wire | The ruling party refused opposition demands for a new election.
"""),
    W("REJECT", "129", None, """
USA wire | The United States vetoed a Security Council resolution calling for an immediate ceasefire.
RUS wire | Russia vetoed a resolution on Mali sanctions at the Security Council.
"""),
    W("REQUEST", "10", None, """
KEN wire | Protest leaders demanded the resignation of the president.
SRB wire | Students demanded the release of all documents on the station's renovation.
SDN wire | The UN secretary-general called on both sides to lay down their arms during Ramadan.
HTI wire | The prime minister appealed for more international police to be sent.
COD wire | The Security Council called for the withdrawal of Rwandan troops from Congolese territory.
PAK wire | The opposition party demanded the release of its leader from prison.
MMR wire | ASEAN urged the junta to end violence and allow humanitarian access.
YEM wire | Aid agencies appealed for 2.5 billion dollars to fund the response in Yemen this year.
GEO wire | Opposition parties called on Western governments to sanction officials involved in the crackdown.
"""),
    W("RETREAT", "0871", "Agreement", """
LBN wire | A ceasefire between Israel and Hezbollah took effect at dawn on Wednesday.
SDN wire reported | The paramilitaries announced a unilateral humanitarian truce, the group said.
IND wire | India and Pakistan agreed to stop all firing along the Line of Control.
"""),
    W("RETREAT", "0874", None, """
ISR wire | Israeli troops pulled out of the Netzarim corridor under the terms of the deal.
MLI wire | French troops completed their withdrawal from Mali.
NER wire | The last US soldiers left the base at Agadez.
UKR wire | Russian forces withdrew from the west bank of the Dnipro river.
"""),
    W("RETREAT", "084", None, """
ISR wire | Hamas freed three hostages and Israel released 90 Palestinian prisoners.
VEN wire | Authorities released dozens of people detained after the election.
BLR wire | Belarus freed 14 political prisoners after a visit by a US envoy.
NGA wire | The kidnapped schoolchildren were freed after two weeks in captivity.
"""),
    W("RETREAT", "086", None, """
SDN wire | The army agreed to open the Adre crossing for aid deliveries for three months.
PSE wire | Israel allowed fuel into Gaza for the first time since the start of the war.
"""),
    W("RETREAT", "0873", "Change to group/activity", """
COL wire | Hundreds of fighters from a dissident group handed in their weapons at a ceremony.
TUR wire | The PKK announced it would disband and lay down its arms.
"""),
    W("SANCTION", "16", None, """
USA wire | The United States imposed sanctions on the leader of the paramilitaries for his role in atrocities.
GBR wire | Britain froze the assets of five Georgian officials over the crackdown on protesters.
RUS wire | The European Union adopted a new package of sanctions targeting Russian oil tankers.
NER wire | West African leaders suspended Niger from the bloc and closed borders after the coup.
IRN wire | The EU banned flights by Iranian airlines over missile deliveries to Russia.
VEN wire | Washington reimposed oil sanctions on Venezuela after the election dispute.
"""),
    W("SANCTION", "166", None, """
MLI wire | Mali expelled the French ambassador and gave him 72 hours to leave.
TCD wire | Chad ended its defence cooperation with France.
COD wire | Congo cut diplomatic ties with Rwanda and recalled its diplomats.
"""),
    W("SANCTION", "116", None, """
TUR wire | A court sentenced the opposition politician to two years in prison for insulting officials.
RUS wire | A Moscow court sentenced a journalist to six years for spreading false information about the army.
"""),
    W("SUPPORT", "051", None, """
UKR wire | Leaders of the Nordic countries pledged their continued support for Ukraine in a joint statement.
COD wire | The African Union backed the Congolese government's call for the rebels to withdraw.
KEN local-news | Church leaders voiced support for the young protesters and urged police restraint.
SRB wire | Farmers and taxi drivers joined the students' protests in a show of solidarity.
ISR wire | The US secretary of state reaffirmed Washington's commitment to Israel's security.
VEN wire | Several Latin American governments recognised the opposition candidate as the winner.
"""),
    W("THREATEN", "138", None, """
RUS wire | The Kremlin warned that it would strike Western weapons depots in Ukraine.
PRK wire | North Korea threatened to use nuclear weapons if attacked.
IRN wire | Iran's foreign minister warned of a crushing response if Israel attacked its nuclear sites.
ISR wire | The defence minister threatened to flatten Beirut's southern suburbs.
YEM statement | The Houthis vowed to keep attacking ships linked to Israel.
CHN wire | Beijing warned it would not renounce the use of force to take Taiwan.
"""),
    W("THREATEN", "131", None, """
USA wire | The president threatened to impose tariffs on Colombian goods unless it accepted deportation flights.
HUN wire | Hungary threatened to block the EU's aid package for Ukraine.
KEN local-news | Unions threatened to strike if the government did not pay the arrears within a week.
"""),
    W("COERCE", "172", None, """
AFG wire | The Taliban banned women from studying at medical institutes.
RUS wire | Russia blocked access to a messaging app used by millions.
HKG wire | Authorities shut down a pro-democracy newspaper after freezing its assets.
TUR wire | Authorities banned all demonstrations in Istanbul for four days.
"""),
    W("COERCE", "174", None, """
USA wire | The administration deported more than 200 people to El Salvador on military flights.
PAK wire | Pakistan expelled thousands of Afghans in a crackdown on undocumented migrants.
"""),
]
