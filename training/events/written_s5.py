"""Written items, fifth round: hard negatives of the kinds the coder still reads as events
(generic commentary, history and background, figurative and business senses, routine civic
life, disasters), and the event types it confuses with their neighbours (mobilisation and
protest read as assault, cooperation and concessions read as promises, ceasefires and
withdrawals read as support, sanctions and aid it misses).

Format: see `written.py`. Each line was written for eventwire; none is a filled template.
Unlike the earlier written blocks these items all go to train (`compose.py`): they were
written after reading the dev split's errors, so dev and test keep measuring wording the
classifier never saw, and the test split stays what it was.
"""

from training.events.written import W

BLOCKS = [
    W("NONE", None, None, """
SDN op-ed | Ceasefires in Sudan have tended to collapse within days, because neither general believes he can lose.
UKR op-ed | Wars of attrition reward the side that can replace its losses faster, and that arithmetic favours Moscow.
MLI op-ed | Juntas rarely hand power back on the timetable they announce.
COL wire | Analysts say peace deals with armed groups seldom survive a change of government in Bogota.
MMR op-ed | The jade trade keeps Myanmar's generals rich whatever measures Western capitals adopt.
HTI op-ed | Every intervention in Haiti's recent history has left the gangs stronger than before.
ETH wire | Experts warn that disputes over land in western Tigray could reignite at any moment.
YEM op-ed | The Houthis have learnt that attacks on shipping buy them attention they could never win at the table.
NGA op-ed | Kidnapping for ransom has become a business model in the north-west, and business is good.
SOM wire | Diplomats privately doubt that the federal army can hold territory without African Union troops.
MEX op-ed | Militarising the police has not reduced homicides in any state that tried it.
PSE op-ed | A ceasefire that leaves the question of who governs Gaza unanswered is a pause, not a peace.
IRN wire | Economists say the rial's slide is driven more by expectations than by the sanctions themselves.
VEN op-ed | Negotiations with Caracas work only when Washington has something to offer beyond threats.
COD op-ed | Minerals explain much, but not all, of why the east of Congo has known no peace for thirty years.
LBY wire | Libya's oil output depends on a handful of armed groups that guard the fields and ports.
PAK op-ed | Military courts for civilians are a symptom of weak institutions, not a cure for them.
BFA wire | Humanitarian officials say the blockade of northern towns is the least reported crisis in Africa.
"""),
    W("NONE", None, None, """
SYR wire | Aleppo's old city was fought over street by street in the first years of the war.
UKR wire | Bakhmut was the scene of the longest battle of the war before Russian forces took it in May 2023.
IRQ wire | Mosul was held by Islamic State for three years until Iraqi forces retook it in 2017.
SOM wire | Al-Shabaab has waged an insurgency against the government in Mogadishu since 2007.
COL wire | The FARC fought the Colombian state for more than half a century before signing the 2016 accord.
LBN wire | Hezbollah and Israel last fought a full-scale war in the summer of 2006.
ARM wire | The two countries fought wars over Nagorno-Karabakh in the early 1990s and again in 2020.
MMR wire | The military has ruled Myanmar for most of the period since independence in 1948.
LKA wire | The civil war ended in 2009 with the defeat of the Tamil Tigers.
ETH wire | The Tigray war, which ended with the Pretoria agreement, killed hundreds of thousands of people.
AFG wire | The Taliban returned to power in August 2021 as US troops completed their withdrawal.
SDN wire | Fighting between the army and the RSF began in Khartoum in April 2023.
CAF wire | The Seleka coalition seized Bangui in 2013, setting off years of reprisals.
PER wire | The Shining Path insurgency of the 1980s and 1990s left nearly 70,000 people dead.
DZA wire | Algeria's war of independence against France ended in 1962.
MOZ wire | The insurgency in Cabo Delgado began with an attack on the town of Mocimboa da Praia in 2017.
TUR wire | The conflict between the PKK and the Turkish state has cost more than 40,000 lives since 1984.
RWA wire | The genocide of 1994 still shapes Rwanda's politics and its wars in Congo.
"""),
    W("NONE", None, None, """
PHL wire | The mayor's war on street vendors has emptied the pavements of Quezon City.
IND local-news | The municipal corporation launched an all-out assault on plastic bags this monsoon.
ARG wire | The government's battle against inflation has entered its second year.
NGA op-ed | Lagos traders say they are besieged by rising rents and a weak naira.
FRA wire | The finance minister's budget came under fire from both left and right.
KEN local-news | Nairobi's matatu drivers say they are held hostage by fuel prices.
GBR op-ed | The prime minister has been bombarded with advice since the election.
BRA wire | The new coach has vowed to fight for every point in the league's final weeks.
USA wire | The senator torpedoed the compromise on farm subsidies with a single amendment.
ZAF local-news | Load-shedding has crippled small businesses across Soweto this winter.
EGY wire | Rising bread prices are squeezing families in Cairo's poorest districts.
TUR op-ed | The central bank has fired its last bullet in the fight against the falling lira.
CHL wire | Chile's copper miners are fighting a losing battle against falling ore grades.
JPN wire | The yen was hammered by the bank's decision to leave rates unchanged.
"""),
    W("NONE", None, None, """
GBR wire | Arsenal's forwards attacked from the first whistle and won 3-0 at home.
ESP wire | Critics tore into Real Madrid's striker after he missed two penalties.
IND wire | India's bowlers struck early to leave the visitors at 12 for three.
AUS wire | The Wallabies' defence was torn apart by a rampant All Blacks side in Auckland.
ITA wire | Juventus captured the cup with a late header in Rome.
FRA wire | The cyclist launched a solo attack on the final climb and held on to win the stage.
KEN wire | A Nairobi fintech firm closed a funding round worth $40 million.
DEU wire | The carmaker slashed its profit forecast and cut 3,000 jobs at its eastern plants.
CHN wire | The company fired its chief executive after a year of falling sales.
KOR wire | Samsung launched its new phone in Seoul on Tuesday.
ZAF wire | The mining group seized control of the board after a shareholder vote.
BRA wire | The airline took over a smaller regional rival for 300 million reais.
MEX wire | Investors dumped the peso after the central bank's surprise cut.
NGA wire | The telecoms firm blocked access to its app for users who had not updated it.
KEN wire | Safaricom agreed to buy a stake in an Ethiopian payments company.
ARG wire | The football federation banned the club's fans from away matches for a season.
"""),
    W("NONE", None, None, """
PSE local-news | Pupils in Ramallah went back to class on Monday under a new timetable.
ETH local-news | The Addis Ababa city council approved plans for a new light rail line.
IND wire | Millions of pilgrims gathered on the banks of the Ganges for the festival.
MAR local-news | The weekly market in Rabat reopened after renovation work on its roof.
UKR local-news | Lviv's opera house will open its new season with a Ukrainian composer's work.
SEN wire | The national assembly began its budget session in Dakar on Monday.
NPL local-news | Kathmandu's trekking agencies reported a busy start to the autumn season.
COL local-news | Medellin's flower festival drew record crowds to the city's parade.
IRQ local-news | Basra's football stadium hosted its first international match in a decade.
LBN wire | Beirut's airport handled a record number of summer passengers, officials said.
JOR wire | Jordan's cabinet approved a new tax on imported cars.
MWI wire | Malawi's parliament adjourned until after the harvest season.
"""),
    W("NONE", None, None, """
BGD wire | Floods swept away hundreds of homes in Sylhet after days of monsoon rain.
TUR wire | An earthquake destroyed dozens of buildings in the south-east of the country.
CHL wire | Forest fires swept across the hills around Vina del Mar, forcing campers to leave.
PHL wire | Six worshippers were hurt when a storm brought down the roof of a chapel in Samar.
MDG wire | A cyclone battered the east coast, cutting power to the port of Toamasina.
PAK wire | A landslide blocked the Karakoram Highway for two days.
IND local-news | A gas cylinder exploded in a restaurant kitchen in Pune, injuring three cooks.
NGA wire | A fuel tanker overturned and caught fire on a highway near Ibadan, killing eight people.
IDN wire | A volcano erupted in eastern Indonesia, forcing villagers to leave their homes.
HTI wire | Heavy rain caused a ravine to flood in Cap-Haitien, damaging dozens of houses.
COD local-news | A boat carrying traders capsized on Lake Kivu; rescuers pulled 20 people from the water.
"""),
    W("NONE", None, None, """
RUS wire | The defence ministry's budget has almost doubled since 2021.
ISR wire | The army's chief of staff, who took office in March, is a former commander of the northern front.
UKR wire | The brigade was formed in 2022 from volunteers from Kharkiv.
MMR wire | The Arakan Army is one of the best-armed ethnic forces in the country.
SDN wire | The RSF grew out of the Janjaweed militias that fought in Darfur in the 2000s.
YEM wire | The Red Sea carries about a tenth of world trade.
MLI wire | Mali's junta leader, a former special forces colonel, has ruled since 2021.
HTI wire | The gang coalition known as Viv Ansanm is led by a former police officer.
LBY wire | The Government of National Unity is recognised by the United Nations.
CMR wire | The Anglophone regions have used English law and schools since colonial times.
GEO wire | Georgia applied to join the European Union in 2022.
SRB wire | The railway station in Novi Sad had been renovated twice in three years.
"""),
    W("NONE", None, None, """
UKR live-blog | 09:00 Good morning and welcome to our live coverage of the war in Ukraine.
PSE live-blog | 12:40 We're pausing this live blog for now; you can read yesterday's coverage here.
SDN live-blog | 15:10 Here is a recap of what we know so far about the situation in El Fasher.
MMR live-blog | 18:05 A quick reminder that we cannot independently verify reports from Rakhine state.
HTI live-blog | 10:20 Our correspondent in Port-au-Prince will have more on this shortly.
LBN live-blog | 21:45 That's all from us tonight; thank you for following along.
"""),
    W("MOBILIZE", "152", None, """
UKR wire | Kyiv rushed two mechanised brigades to the Pokrovsk sector to plug gaps in the line.
RUS wire reported | Russia has moved tens of thousands of soldiers into the Kursk border region, Ukrainian intelligence said.
IND wire | India sent additional paratroopers to Manipur after a week of ethnic clashes.
SDN wire | The army flew fresh troops into El Obeid ahead of an expected RSF offensive.
NER wire | Niger's junta massed armoured vehicles along the border with Benin.
ISR wire | The Israeli military called up two reserve brigades and sent them to the West Bank.
SOM local-news | Hundreds of clan militiamen streamed into Galkayo in pickup trucks mounted with heavy guns.
COD wire | Uganda dispatched more soldiers to Ituri to reinforce its operation against the ADF.
ECU wire | Ecuador deployed soldiers to guard the country's prisons after a wave of riots.
VEN wire | Venezuela sent troops and armoured vehicles to the border with Guyana.
ETH wire reported | Federal forces were massing on the outskirts of Gondar, residents said.
MEX wire | Mexico's government sent 1,100 soldiers to Culiacan after fighting between cartel factions.
"""),
    W("MOBILIZE", "151", None, """
PRK wire | North Korea put its frontline artillery units on combat readiness after the South's drills.
TWN wire | Taiwan placed its coast guard on heightened alert as Chinese ships circled the island.
PAK wire | Islamabad cancelled all military leave and put air bases on alert.
ARM wire | Armenia's defence ministry said its units on the border had been brought to full readiness.
LBN local-news | Lebanese army units took up positions around Beirut's southern suburbs overnight.
"""),
    W("MOBILIZE", "154", "Change to group/activity", """
UKR wire | Ukraine lowered the conscription age to 25 to replenish its depleted units.
RUS wire | Moscow ordered a partial mobilisation of 300,000 reservists.
MMR wire | Ethnic armed groups in Shan state began recruiting young men from villages under their control.
HTI local-news | Residents of a Port-au-Prince suburb formed a vigilante group to keep the gangs out.
BFA wire | Burkina Faso's junta enlisted another 50,000 civilian volunteers to fight alongside the army.
SDN wire | Tribal leaders in River Nile state urged young men to take up arms and join the army.
"""),
    W("PROTEST", "141", "Protest with intervention", """
KEN wire | Police fired tear gas to scatter young people marching on parliament against the tax rises.
GEO wire | Riot police pushed back thousands of protesters outside parliament with water cannon.
SRB wire | Police cordoned off the square as students tried to march to the presidency.
PAK local-news | Police baton-charged PTI supporters marching towards the capital.
BGD wire | Students staging a sit-in at Dhaka University were dragged away by police.
IRN wire reported | Security forces dispersed a gathering of mourners at a cemetery in Saqqez, rights groups said.
"""),
    W("PROTEST", "145", "Violent demonstration", """
FRA wire | Rioters torched cars and looted shops in Marseille on the third night of unrest.
KEN wire | Angry youths set fire to part of the parliament building in Nairobi.
CHL wire | Masked students threw petrol bombs at police outside a Santiago school.
NPL wire | Crowds of young people set fire to politicians' homes in Kathmandu.
PER wire | Protesters stormed the airport in Juliaca and clashed with police.
SEN wire | Supporters of the opposition leader burned tyres and threw stones at police in Ziguinchor.
"""),
    W("PROTEST", "143", "Peaceful protest", """
ARG wire | Argentina's unions held a general strike that brought buses and trains to a halt.
FRA wire | Refinery workers walked out for a third day against the pension reform.
NGA wire | Nigeria Labour Congress members downed tools across the country over the cost of fuel.
"""),
    W("PROTEST", "144", "Peaceful protest", """
BOL wire | Supporters of the former president blocked main roads around Cochabamba.
DEU wire | Farmers blockaded motorway slip roads with their tractors across Germany.
"""),
    W("COOPERATE", "062", None, """
SOM wire | Somali and Kenyan troops carried out a joint operation against al-Shabaab near the border.
COL wire | Colombian and Venezuelan officials agreed to coordinate security along their shared frontier.
CMR wire | Cameroon and Chad launched joint patrols around Lake Chad against Boko Haram.
PHL wire | The Philippines and Japan signed an agreement to let their troops train on each other's soil.
"""),
    W("COOPERATE", "064", None, """
IRQ wire | Iraq and Turkey agreed to share intelligence on PKK movements in the mountains of Kurdistan.
SEN wire | Senegal and Gambia will exchange information on traffickers crossing the Casamance border.
GTM wire | Guatemala handed US agents files on smuggling networks operating along its border.
"""),
    W("COOPERATE", "061", None, """
ETH wire | Ethiopia and Djibouti agreed to build a second railway line linking Addis Ababa to the port.
IND wire | India and Nepal signed a deal to trade electricity across their border.
BRA wire | Brazil and Paraguay agreed to jointly run the Itaipu dam for another decade.
QAT wire | Qatar and Egypt set up a joint fund to invest in the Suez Canal zone.
"""),
    W("AGREE", "030", None, """
SDN wire | The army's commander promised that civilians would be able to leave El Fasher safely.
COL wire | The ELN's commanders said they were willing to stop kidnapping if talks resumed.
HTI wire | The transitional council pledged to hold elections before the end of next year.
YEM wire | The Houthis offered to free the crew of a seized cargo ship in return for a halt to air strikes.
ETH wire | Ethiopia's prime minister said he was prepared to negotiate with Fano leaders.
MLI wire reported | The junta has promised to reopen the road to Timbuktu, local officials said.
"""),
    W("AGREE", "036", None, """
RUS wire | The Kremlin said Putin was ready to meet Zelensky, but only to sign a final settlement.
SSD wire | The government and the holdout rebel groups agreed to hold a new round of talks in Nairobi next month.
COD wire | Kinshasa said it would send a delegation to Doha for talks with the M23.
"""),
    W("SUPPORT", "051", None, """
KEN wire | Kenya's president praised the Haitian police for their courage in fighting the gangs.
GEO wire | Several EU governments voiced support for the protesters in Tbilisi.
UKR wire | Zelensky thanked Britain for its long-range missiles.
"""),
    W("RETREAT", "0871", None, """
LBN wire | A ceasefire between Israel and Hezbollah took effect at 4 a.m. on Wednesday.
ARM wire | Armenian and Azerbaijani forces observed a truce along the border after two days of shelling.
SDN wire reported | The RSF announced a unilateral three-month humanitarian truce, a spokesman said.
PNG local-news | Warring clans in Enga laid down their weapons under a truce negotiated by church leaders.
COD wire | The M23 and the army stopped firing around Goma as a ceasefire began.
"""),
    W("RETREAT", "0874", None, """
MLI wire | UN peacekeepers left their base in Kidal ahead of schedule.
NER wire | The last French soldiers left Niger, ending a decade-long deployment.
UKR wire | Ukrainian forces pulled back from two villages west of Avdiivka to avoid encirclement.
SYR wire | Kurdish-led forces withdrew from Manbij under a deal brokered by Washington.
SOM wire | African Union troops handed over another forward base to the Somali army and left.
"""),
    W("RETREAT", "0873", None, """
COL wire | Three hundred fighters of a FARC dissident front handed in their weapons in Cauca.
ETH wire | Tigrayan forces began handing heavy weapons over to the federal army under the peace deal.
PHL wire | Former Moro rebels decommissioned 1,200 firearms in a ceremony in Maguindanao.
"""),
    W("RETREAT", "086", None, """
PSE wire | Israel opened a second crossing into northern Gaza for aid trucks.
SDN wire | The army let aid convoys through the Adre crossing for the first time in months.
ETH wire | The federal government restored phone and banking services to Tigray.
"""),
    W("CONCEDE", "080", None, """
KEN wire | Kenya's president withdrew the finance bill after weeks of deadly protests.
BGD wire | The government scrapped the quota system for public sector jobs that students had protested against.
SRB wire | Serbia's prime minister resigned over the collapse of the railway station canopy.
PER wire | Congress agreed to bring forward the general election by two years.
"""),
    W("SANCTION", "163", None, """
USA wire | The US Treasury blacklisted two Venezuelan oil shipping firms.
GBR wire | Britain froze the assets of three Israeli settler groups accused of violence.
ARE wire | The EU imposed a travel ban on eight Sudanese commanders from both sides.
CHN wire | Beijing slapped export curbs on drones and parts bound for Ukraine and Russia.
"""),
    W("SANCTION", "16", None, """
MLI wire | Mali, Burkina Faso and Niger quit the West African bloc ECOWAS.
NIC wire | Nicaragua broke off diplomatic relations with Israel.
SWE wire | Sweden halted development aid to Mali after the junta's crackdown.
COL wire | Colombia suspended arms purchases from Israel.
"""),
    W("AID", "073", None, """
SOM wire | The World Food Programme airdropped food to villages cut off by floods in Beledweyne.
HTI wire | A Red Cross boat brought medical supplies to a clinic in Jeremie.
AFG wire | UNICEF delivered winter clothing and blankets to displaced families in Herat.
BFA wire | Humanitarian flights ferried food to the besieged town of Djibo.
MMR wire | Thai volunteers carried rice and medicine across the border to displaced Karen villagers.
"""),
    W("AID", "072", None, """
TWN wire | Congress cleared the sale of anti-ship missiles to Taiwan.
UKR wire | Denmark handed over its entire artillery stock to Ukraine.
"""),
    W("COERCE", "173", "Arrests", """
SYR wire | Soldiers at a checkpoint outside Homs detained young men of military age and drove them away in buses.
PAK wire | Counter-terrorism police picked up four suspects in a night raid in Quetta.
UGA wire | Plainclothes soldiers seized an opposition organiser from his home in Kampala.
"""),
    W("COERCE", "171", "Disrupted weapons use", """
SOM wire | Soldiers defused a roadside bomb on the road between Mogadishu and Afgoye.
COL wire | The army destroyed a cache of explosives found in a farmhouse in Cauca.
AFG wire | Taliban police seized a truck loaded with explosives at a checkpoint near Jalalabad.
"""),
]
