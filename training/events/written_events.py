"""Written items: political violence, protest and coercion (ACLED's sub-event types).

Format: see `written.py`. Each line was written for eventwire; none is a filled template.
"""

from training.events.written import W

BLOCKS = [
    W("ASSAULT", "190", "Armed clash", """
SDN wire | Fighting between S{the army} and T{the Rapid Support Forces} spread to the western districts of Omdurman, where residents reported gunfire through the night.
UKR live-blog | 14:20 Heavy fighting continues on the outskirts of Pokrovsk, where S{Ukrainian units} are holding off repeated assaults by T{Russian infantry}.
COD wire reported | S{M23 rebels} and T{Congolese troops} exchanged fire for several hours near Sake on Tuesday, a local official said.
MMR local-news | Resistance fighters and junta soldiers battled for control of a bridge outside Lashio, villagers said, and the road has been closed since.
COL wire | Two days of combat between S{ELN guerrillas} and T{dissidents of the former FARC} in Catatumbo have left at least 30 dead.
SOM wire | S{Government forces backed by clan militias} clashed with T{al-Shabaab} near the town of Adan Yabaal.
MLI local-news reported | A firefight broke out on Sunday when S{jihadists} ambushed T{an army convoy} escorting fuel trucks near Boni, a local councillor said.
ETH wire reported | S{Fano militiamen} fought T{federal troops} in and around Gondar for a second day, according to residents reached by phone.
YEM statement claimed | The Houthi military spokesman said its fighters had repelled an advance by government forces on the Marib front, killing dozens.
LBY wire | Rival armed groups fought with heavy weapons in the Tripoli suburb of Tajoura overnight, the first serious clashes in the capital this year.
NGA local-news | S{Troops} engaged T{bandits} in a gun battle on the outskirts of Tsafe, killing several of them, a military source said.
SSD wire reported | Clashes between S{the army} and T{an opposition militia} in Upper Nile's Nasir county have displaced thousands, the UN said.
HTI live-blog | 09:40 - Police and gang members are exchanging fire around the national palace; residents are advised to stay indoors.
PAK wire | Security forces killed five militants in an exchange of fire during a raid on a hideout in North Waziristan, the army's media wing said.
ISR wire | S{Israeli troops} battled T{Hamas fighters} in the streets of Jabalia, the military said, as residents fled south.
CAF local-news reported | Rebels of the CPC attacked a checkpoint held by the army and its Russian allies near Bossangoa, leading to hours of fighting.
MEX wire | A shootout between S{soldiers} and T{suspected cartel gunmen} in Culiacan left six dead and several vehicles burning on a main road.
AZE wire reported | Armenia and Azerbaijan accused each other of starting a cross-border firefight that killed two soldiers.
MOZ local-news | S{Rwandan and Mozambican troops} clashed with T{insurgents} near Mocimboa da Praia, according to a local radio station.
BFA op-ed | Last week's battle at the army post in Djibo was the deadliest for the military in months, and it will not be the last.
IND local-news | Armed groups from the valley and the hills traded fire for hours in Manipur's Bishnupur district, officials said.
THA wire | Insurgents and rangers exchanged gunfire in Narathiwat province after an attack on a rubber plantation outpost.
"""),
    W("ASSAULT", "195", "Air/drone strike", """
SDN wire | Army warplanes bombed a livestock market in Kabkabiya, killing at least 40 people, activists said.
UKR live-blog | 03:15 Russia launched more than 100 drones at Ukraine overnight; air defences are working over Kyiv and Odesa.
MMR local-news | A junta jet dropped two bombs on a village school in Sagaing region, killing students and a teacher, residents said.
PSE wire | An Israeli air strike hit a house in Deir al-Balah before dawn, killing a family of seven, hospital officials said.
LBN wire | Israeli jets struck what the military described as Hezbollah weapons depots in the Bekaa Valley.
YEM wire reported | US and British aircraft hit Houthi radar sites near Hodeidah on Saturday, the Pentagon said.
SOM statement | S{US Africa Command} said it carried out an airstrike against T{al-Shabaab} militants near Jilib.
RUS wire reported | A Ukrainian drone struck an oil depot in Russia's Bryansk region, setting fuel tanks ablaze, the regional governor said.
ETH local-news reported | A drone strike on a bus in the Amhara region killed more than a dozen passengers, witnesses told reporters.
BFA wire reported | The military said its drones had destroyed a column of motorbikes carrying militants near the Niger border.
SYR wire | Turkish drones targeted a Kurdish-led force's vehicle near Qamishli, killing two fighters.
NGA local-news | A military jet mistakenly bombed a religious gathering in Kaduna state, the air force has admitted.
IRQ wire | A drone hit a base housing US troops in western Iraq, causing minor injuries, officials said.
MLI wire reported | Villagers said a drone strike hit a wedding party near the town of Diafarabe.
PAK wire reported | Pakistani jets carried out strikes on suspected militant hideouts inside Afghanistan, the Taliban government said.
COL live-blog | 11:05 - Defence ministry confirms aerial bombardment of a dissident camp in Guaviare.
"""),
    W("ASSAULT", "194", "Shelling/artillery/missile attack", """
UKR wire | Russian artillery pounded Kherson for the third day running, killing two people waiting at a bus stop.
UKR live-blog | 21:30 A ballistic missile hit a residential block in Dnipro; rescuers are searching the rubble.
SDN local-news | The paramilitaries shelled the main hospital in El Fasher again on Friday, forcing staff to move patients.
ISR wire | Rockets fired from Gaza set off sirens in Ashkelon, the Israeli military said, with one hitting an empty building.
LBN wire reported | Hezbollah said it had fired dozens of rockets at an Israeli base in the Golan Heights.
SYR wire | Government forces shelled villages in the south of Idlib province, killing a farmer and his son.
YEM statement claimed | The Houthis claimed responsibility for a missile attack on a cargo ship in the Red Sea.
AZE wire reported | Azerbaijan said Armenian forces had fired mortars at its positions in the Kalbajar district.
MMR local-news reported | Artillery rounds fired from a military base landed in a market in Myawaddy, residents said.
SSD wire | Mortar shells struck a camp for displaced people near Malakal, wounding several children.
COD wire | Rebels shelled the outskirts of Goma overnight, hitting a displacement site and killing at least nine.
RUS live-blog reported | 07:50 The governor of Belgorod says the city was shelled from across the border; two wounded.
PSE live-blog | 16:45 Israeli tanks shelled the area around a school sheltering families in Khan Younis.
IRN wire | Iran fired a barrage of ballistic missiles at Israel late on Tuesday, most of which were intercepted.
"""),
    W("ASSAULT", "1833", "Remote explosive/landmine/IED", """
PAK wire | A roadside bomb struck a police van in Bajaur, killing four officers, district officials said.
SOM wire | A car bomb exploded outside a busy restaurant in Mogadishu on Friday evening.
COL local-news | Two soldiers were killed when they stepped on a landmine while patrolling rural Cauca.
MLI wire reported | An improvised explosive device destroyed a truck carrying traders on the road to Douentza, a local official said.
AFG wire | A magnetic bomb attached to a minibus exploded in Kabul's Dasht-e-Barchi area, wounding several passengers.
NGA local-news | An explosive planted on the road near Gwoza detonated under a military vehicle, sources said.
SYR wire | A motorcycle rigged with explosives went off near a checkpoint in Azaz, killing three people.
UKR local-news | A tractor driver was wounded when his tractor hit an anti-tank mine in a field in the Kharkiv region.
IND wire reported | An IED blast targeted a convoy of security personnel in Chhattisgarh's Bijapur district, police said.
BFA statement claimed | The JNIM group claimed a roadside bombing that hit a convoy near Djibo.
MMR local-news | A landmine blast near a village in Rakhine wounded a girl collecting firewood.
IRQ wire | An explosive device went off near a liquor store in Baghdad overnight without casualties.
"""),
    W("ASSAULT", "1831", "Suicide bomb", """
PAK wire | A suicide bomber blew himself up at a rally in Bajaur, killing dozens of people.
SOM wire reported | A suicide car bomber rammed the gate of a military base near Mogadishu, police said.
AFG wire | A suicide bomber struck worshippers at a mosque in Kunduz during Friday prayers.
NGA local-news | Three female suicide bombers detonated explosives at a wedding and a hospital in Gwoza.
IRN wire | Two suicide bombings near a memorial ceremony in Kerman killed dozens of people.
SYR wire reported | A suicide attacker detonated an explosive vest at the entrance of a church in Damascus, state media said.
MLI statement claimed | The jihadist group said one of its fighters drove an explosives-laden vehicle into the camp.
PAK live-blog | 10:12 - Police confirm the blast at the Quetta railway station was carried out by a suicide bomber.
"""),
    W("ASSAULT", "183", "Grenade", """
COL local-news | A grenade thrown at a police station in Jamundi wounded two officers.
IND wire | Militants hurled a grenade at a busy market in Srinagar, injuring a dozen shoppers.
ECU local-news | Unknown attackers threw an explosive device at the door of a prison official's home in Guayaquil.
BDI wire reported | Grenade attacks on two bars in Bujumbura wounded at least 20 people, police said.
MEX wire | Gunmen tossed grenades into a bar in Guanajuato state before opening fire.
UGA wire | A hand grenade was thrown into a crowd at a market in northern Uganda, police said.
SWE wire | Police said a hand grenade had been thrown at an apartment building in a suburb, part of a gang feud.
"""),
    W("ASSAULT", "2041", "Chemical weapon", """
SYR wire reported | Doctors said patients from the village showed signs of exposure to chlorine gas after the bombardment.
UKR wire reported | Ukraine said Russian troops had dropped grenades containing tear gas on its trenches, a banned use of riot agents in war.
SYR op-ed | The sarin attack of 2013 killed hundreds, and a fresh chlorine attack this week shows the line has been crossed again.
RUS statement claimed | The Russian defence ministry accused Ukrainian forces of using toxic chemicals against its soldiers near Avdiivka.
SDN wire reported | The US said the Sudanese army had used chemical weapons at least twice during the war.
MMR local-news claimed | Resistance fighters said the army dropped bombs releasing a choking gas on their positions.
"""),
    W("ASSAULT", "180", "Attack", """
NGA wire | Gunmen stormed a village in Plateau state on Sunday night, killing at least 50 residents.
COD wire | ADF rebels attacked a church in Komanda during a night vigil, killing dozens of worshippers.
BFA local-news reported | Armed men opened fire on a market in the north, killing traders, a local source said.
HTI wire | Gang members rampaged through the Pont-Sonde area, shooting residents and setting homes on fire.
MEX local-news | Gunmen killed a mayoral candidate as she greeted supporters at a campaign event.
SDN statement | Activists said S{the RSF} had killed T{dozens of villagers} in an attack on Wad al-Nourah.
PSE wire reported | Settlers attacked T{Palestinian farmers} in the village of Turmus Ayya, the Palestinian health ministry said.
CMR local-news | Separatist fighters attacked a school in the North-West region and beat a teacher.
IND wire | Armed men opened fire on a group of pilgrims near Pahalgam, killing 26 people.
ECU wire | Gunmen killed a prosecutor investigating gang activity as he drove through Guayaquil.
MOZ wire reported | Insurgents beheaded villagers in a raid on Macomia district, a local administrator said.
CAF local-news | Armed men on motorbikes killed three herders and stole their cattle near Paoua.
ETH wire reported | Gunmen killed at least 30 civilians in Oromia's West Welega zone, an opposition party said.
SOM live-blog | 19:20 Gunmen have shot dead a clan elder outside a mosque in Baidoa, police said.
MMR local-news | Soldiers raided a village in Magway, shooting residents and burning houses.
PNG wire | Tribal fighters ambushed villagers in Enga province, killing dozens in one of the worst outbreaks of violence there.
"""),
    W("ASSAULT", "181", "Abduction/forced disappearance", """
NGA wire | Gunmen abducted more than 100 pupils from a school in Kaduna state on Thursday.
HTI local-news | A gang kidnapped six nuns and a driver on a road in Port-au-Prince, the archdiocese said.
MEX wire | Armed men seized seven people from a family gathering in Zacatecas; their whereabouts are unknown.
COL local-news reported | Dissidents kidnapped two soldiers in Cauca and demanded the withdrawal of troops, officials said.
BGD statement | Human rights groups said T{dozens of opposition activists} had disappeared after being picked up by plainclothes men.
MLI wire reported | Jihadists abducted a group of bus passengers near Bandiagara, a local official said.
RUS wire reported | Ukraine said Russian forces had detained and disappeared the mayor of an occupied town.
ECU local-news | A businessman was kidnapped outside his home in Machala; his family received a ransom call hours later.
CMR wire | Armed separatists abducted a traditional ruler and his aides in the North-West region.
SDN wire reported | Women were taken from their homes by fighters during the attack, survivors told investigators.
"""),
    W("ASSAULT", "1821", "Sexual violence", """
COD wire reported | Doctors in North Kivu said they had treated dozens of women raped by armed men around the displacement camps.
SDN statement | UN investigators said fighters had raped women and girls in El Geneina during the attacks.
HTI wire reported | Gang members raped women during an attack on a neighbourhood of Port-au-Prince, a rights group said.
ETH wire reported | Survivors described being sexually assaulted by soldiers at a checkpoint, according to a rights report.
MMR local-news reported | Two women said soldiers sexually assaulted them during a raid on their village.
SSD wire reported | Armed youths raped women collecting firewood outside the camp, aid workers said.
"""),
    W("ASSAULT", "175", "Excessive force against protesters", """
KEN wire | Police opened fire on protesters outside parliament in Nairobi, killing several people.
BGD wire | Security forces fired on student demonstrators in Dhaka, killing dozens, hospital officials said.
IRN wire reported | Security forces fired live rounds at mourners in Zahedan, rights groups said.
GEO local-news | Riot police beat protesters with batons and fired water cannon on Rustaveli Avenue overnight.
PER wire | Police shot dead protesters at the airport in Juliaca as they tried to occupy the runway.
SRB local-news reported | Witnesses said police used batons on students blocking a bridge in Novi Sad.
MOZ wire reported | Police fired tear gas and live bullets at people protesting the election result in Maputo, witnesses said.
UGA wire | Police beat opposition supporters marching on parliament and fired tear gas at reporters.
NGA local-news | Soldiers opened fire on protesters at a toll gate in Lagos, witnesses said.
"""),
    W("PROTEST", "141", "Peaceful protest", """
SRB wire | Tens of thousands of people marched through Belgrade on Saturday in one of the largest protests in years.
GEO live-blog | 20:05 Crowds are gathering again outside parliament with EU flags for the fifth night of demonstrations.
KEN local-news | Young protesters marched through Nairobi's business district chanting against the finance bill.
ARG wire | University students and teachers marched in Buenos Aires against cuts to public education funding.
FRA wire | Farmers drove tractors into central Paris and rallied near the national assembly to protest low prices.
IRN wire reported | Women marched without headscarves in several cities, activists said, in defiance of the rules.
ISR wire | Thousands rallied in Tel Aviv demanding a deal to bring home the hostages.
USA local-news | Students set up an encampment on the campus lawn to protest the war, and held a sit-in at the library.
PAK wire | Supporters of the jailed former prime minister staged rallies in Lahore and Peshawar.
ZAF local-news | Residents marched to the municipal offices to demand water and electricity be restored.
DEU wire | Thousands of farmers blocked roads with tractors across Germany to protest fuel subsidy cuts.
LKA wire | Fishermen demonstrated outside the fisheries ministry in Colombo over rising fuel prices.
MDG local-news | Residents of Antananarivo held a sit-in over power and water cuts, local radio said.
IND wire | Farmers' unions began a march on New Delhi to demand guaranteed crop prices.
VEN wire reported | Opposition supporters rallied in Caracas to reject the official election result, the opposition said.
CHL local-news | Hundreds of students gathered in Santiago's Plaza Italia for a peaceful vigil.
KOR wire | Thousands of doctors rallied in Seoul against government plans to expand medical school places.
HKG wire | A small group of activists held a silent protest outside the court.
"""),
    W("PROTEST", "143", "Peaceful protest", """
FRA wire | Rail workers went on strike across France, cancelling most high-speed trains.
NGA wire | Nigeria's labour unions began a nationwide strike over the minimum wage, shutting airports and hospitals.
ARG wire | A general strike called by the country's largest union federation halted public transport.
KEN local-news | Doctors at public hospitals downed tools for a second week over unpaid allowances.
GBR wire | Junior doctors in England staged a five-day walkout over pay.
"""),
    W("PROTEST", "144", "Peaceful protest", """
PER wire | Protesters blockaded roads in the southern region of Puno, cutting supplies to the city.
FRA local-news | Farmers blocked the motorway near Toulouse with bales of hay and tractors.
BOL wire | Supporters of the former president blocked highways in the Cochabamba region for a tenth day.
"""),
    W("PROTEST", "142", "Peaceful protest", """
IRN wire reported | A jailed activist began a hunger strike in Evin prison, her family said.
MAR local-news | Detained protesters have been on hunger strike for three weeks, their lawyers said.
BLR wire reported | A jailed opposition figure went on hunger strike to protest his treatment, supporters said.
"""),
    W("PROTEST", "141", "Protest with intervention", """
GEO wire | Police dispersed protesters outside parliament with water cannon and pepper spray, detaining dozens.
SRB local-news | Riot police pushed back students who tried to enter the state broadcaster's building.
PAK wire | Police fired tear gas to disperse opposition supporters marching towards Islamabad.
TUR wire | Police detained dozens of people as they broke up a rally in Istanbul over the mayor's arrest.
KEN live-blog | 15:30 Police have fired tear gas at protesters near the central business district.
BLR wire reported | Police broke up a small rally in Minsk and detained its organisers, a rights group said.
UGA local-news | Police arrested several students who tried to march to parliament.
"""),
    W("PROTEST", "145", "Violent demonstration", """
KEN wire | Protesters stormed the parliament building in Nairobi and set part of it on fire.
BGD wire | Demonstrators torched police stations and government offices in several districts.
FRA wire | Rioters set cars ablaze and looted shops in several French cities for a third night.
MOZ local-news | Protesters burned tyres and threw stones at police in the suburbs of Maputo.
PER wire | Demonstrators set fire to a police station in the south after a protester was killed.
NPL wire | Protesters set fire to parliament and the homes of politicians in Kathmandu.
SEN wire | Supporters of the opposition leader clashed with police and burned shops in Dakar.
"""),
    W("ASSAULT", "182", "Mob violence", """
IND local-news | A mob lynched a man in Jharkhand on suspicion of carrying beef, police said.
NGA wire | A mob beat a student to death and set her body on fire over an alleged blasphemous post.
PAK wire | A crowd attacked Christian homes and churches in Jaranwala after blasphemy accusations.
HTI local-news | Residents set upon suspected gang members and burned them in the street.
ETH wire reported | Youths armed with machetes attacked members of a rival community in a town in the south.
BGD local-news | A mob attacked Hindu-owned shops and homes in a district town, police said.
"""),
    W("COERCE", "173", "Arrests", """
TUR wire | Police detained Istanbul's mayor in a dawn raid on his home, the state news agency said.
IRN wire reported | Security forces arrested a prominent rapper after he released a song supporting the protests, his lawyer said.
BLR wire | Authorities arrested a journalist for a news website on charges of extremism.
VEN wire reported | Intelligence agents detained two opposition campaign staff in Caracas, the opposition said.
IND local-news | Police arrested 14 people in connection with the violence in the district.
EGY wire | Egyptian authorities arrested a prominent critic of the government at Cairo airport.
RUS wire | A Russian court ordered the detention of a theatre director on charges of justifying terrorism.
KEN local-news | Police picked up three activists who had organised the protests, a rights group said.
NIC wire reported | Police arrested a Catholic bishop critical of the government, the church said.
HKG wire | National security police arrested six people over social media posts.
UGA wire | Security forces arrested an opposition leader and dozens of supporters in Kampala.
TUN wire | Tunisian police detained an opposition party leader at his home.
PAK live-blog | 13:00 Police detain dozens of supporters of the opposition party outside the court.
AFG wire reported | The Taliban detained a women's rights activist in Kabul, the UN mission said.
GEO local-news | Police detained opposition leaders who had called for the protests.
ZWE wire | Police arrested a journalist and an activist accused of plotting to incite violence.
"""),
    W("COERCE", "192", "Non-state actor overtakes territory", """
COD wire | M23 rebels captured the town of Bukavu after government troops withdrew.
MMR wire | An ethnic armed group seized the town of Lashio after weeks of fighting.
SYR wire | Opposition fighters swept into Aleppo in a surprise offensive, taking most of the city.
MLI wire reported | Jihadist fighters took control of a town in central Mali after the army pulled out, residents said.
SDN wire | The RSF took over Wad Madani, the capital of al-Jazirah state.
HTI local-news | Gangs took control of the Mirebalais area after overrunning the police station.
MOZ local-news reported | Insurgents occupied the town of Macomia for two days, looting shops, officials said.
"""),
    W("COERCE", "192", "Government regains territory", """
SDN wire | The army retook the presidential palace in Khartoum, nearly two years after losing it.
UKR wire | Ukrainian forces recaptured a village near Kupiansk, the general staff said.
MMR wire reported | The military said it had regained control of a key town on the trade route to China.
SOM wire | Government troops recaptured a town from al-Shabaab in central Somalia.
NGA local-news | Troops dislodged insurgents from several villages around Lake Chad.
"""),
    W("COERCE", "171", "Looting/property destruction", """
SDN wire reported | Fighters looted the national museum in Khartoum, the antiquities authority said.
HTI local-news | Gangs looted and burned a hospital in Port-au-Prince.
MMR local-news reported | Soldiers looted and burned more than 200 houses in a village in Sagaing, residents said.
ZAF wire | Crowds looted shopping centres and warehouses in Durban.
"""),
    W("COERCE", "171", "Disrupted weapons use", """
UKR wire | Ukrainian air defence shot down 27 of the 40 drones launched overnight, the air force said.
PSE wire | Israel's Iron Dome system intercepted most of the rockets fired from Gaza.
PAK wire | Bomb disposal experts defused an explosive device found under a bridge in Peshawar.
COL local-news | Soldiers destroyed a cache of explosives belonging to the dissidents.
NGA wire | Troops seized a weapons cache including rifles and rocket launchers from a bandit camp.
IRQ wire reported | Security forces thwarted a plot to attack a Shiite shrine, arresting a suspect, officials said.
"""),
    W("COERCE", "172", "Other", """
IND wire | Authorities imposed a curfew and suspended mobile internet in two districts after clashes.
IRN wire reported | Internet access was cut across much of the country on Thursday, a monitoring group said.
BGD wire | The government declared a nationwide curfew and deployed soldiers to enforce it.
ETH wire | The federal government declared a state of emergency in the Amhara region.
"""),
    W("MOBILIZE", "152", "Headquarters or base established", """
MLI wire reported | Russian paramilitaries set up a base in Kidal after the army retook the town, residents said.
SOM wire | Turkish troops have opened a new training base outside Mogadishu.
SDN local-news | The RSF established a command post in a hospital in the city, doctors said.
"""),
    W("MOBILIZE", "154", "Change to group/activity", """
SDN wire | The army announced a general mobilisation and called on civilians to take up arms.
MMR wire | The junta began enforcing its conscription law, summoning the first 5,000 recruits.
UKR wire | Parliament passed a law lowering the age of mobilisation to 25.
"""),
]
