"""Written items: short paragraphs, where the news sits among background, quotes and context.

A wire story's lead carries the event; the sentences around it explain, quote and recall the
past. The label is the paragraph's news. Format: see `written.py`.
"""

from training.events.written import W

BLOCKS = [
    W("ASSAULT", "190", "Armed clash", """
SDN wire | Fighting raged for a third day in El Fasher on Sunday as the paramilitaries pushed towards the army's last base in Darfur. Residents said shells fell on the central market. The city has been under siege since May.
MMR local-news | Resistance forces and the army fought street by street in the town overnight. "We could hear machine guns until dawn," said a teacher who fled with her children. The town sits on a key trade route.
COL wire reported | Guerrillas and a rival armed group clashed in the jungle near the Venezuelan border, the army said on Tuesday. The region is a major coca-growing area. Thousands of people have fled their villages this year.
UKR live-blog | 17:10 Ukraine's general staff reports 140 combat engagements along the front in the past 24 hours, the heaviest near Pokrovsk. We'll bring you more as we get it.
"""),
    W("ASSAULT", "195", "Air/drone strike", """
PSE wire | An Israeli strike on a tent camp in al-Mawasi killed at least 19 people overnight, health officials said. The military said it had targeted a senior militant. The area had been declared a humanitarian zone.
UKR wire | Russia struck Ukraine's energy grid with missiles and drones overnight, causing blackouts in several regions. "This is a deliberate attempt to freeze people," the energy minister said. Repairs could take weeks.
MMR local-news reported | A fighter jet bombed a monastery where displaced families were sheltering, residents said. At least 20 people, including children, were killed. The military did not comment.
YEM wire | American warplanes struck targets in the Houthi-held capital for a second night. The Houthis said civilians were among the dead. The strikes follow attacks on shipping in the Red Sea.
"""),
    W("ASSAULT", "180", "Attack", """
NGA wire | Gunmen killed at least 40 farmers in Borno state as they worked in their fields, local officials said. Survivors said the attackers arrived on motorbikes. Jihadists have killed thousands in the region since 2009.
COD local-news | Rebels attacked a village near Beni during the night, hacking residents to death with machetes. The Red Cross said it had recovered 23 bodies. The ADF has been blamed for similar massacres.
MEX wire | A gunman opened fire at a bar in Queretaro, killing ten people. Prosecutors said the attack was linked to a dispute between criminal groups over local drug sales.
"""),
    W("PROTEST", "141", "Peaceful protest", """
SRB wire | Tens of thousands of people filled the streets of Novi Sad on Saturday, blowing whistles and holding up red-stained hands. The protests began after the collapse of a railway station canopy that killed 15 people. Organisers said the rally was peaceful.
GEO live-blog | 21:40 The crowd outside parliament has swelled to several thousand. Protesters are waving Georgian and EU flags and chanting "Georgia is Europe." Police are keeping their distance for now.
ARG local-news | Pensioners gathered outside Congress again on Wednesday, as they have every week since the spring, to demand higher payments. Their numbers have grown as unions joined.
KEN wire | Thousands of young Kenyans marched in Nairobi and other cities on Tuesday against proposed tax increases. The demonstrations were largely organised on social media. Many protesters said they had never marched before.
"""),
    W("PROTEST", "145", "Violent demonstration", """
BGD wire | Protesters set fire to the state broadcaster's headquarters in Dhaka and clashed with police in several cities. The unrest began over a quota system for government jobs. At least 100 people have died.
FRA wire | Overnight rioting spread to more towns, with youths burning cars and attacking town halls. The unrest began after police shot a teenager during a traffic stop.
"""),
    W("COERCE", "173", "Arrests", """
TUR wire | Police detained more than 1,000 people during protests over the jailing of the mayor, the interior minister said. Many were students. The minister called the protests an attempt to provoke chaos.
IRN wire reported | Security forces arrested at least 30 people in Kurdish towns after strikes by shopkeepers, rights groups said. The detainees were taken to unknown locations. Families have not been told of their whereabouts.
BLR wire | The authorities detained a prominent lawyer at his home in Minsk early on Friday. He had defended several political prisoners. His colleagues said they did not know the charges.
"""),
    W("CONCEDE", "08", None, """
KEN wire | President Ruto said on Wednesday he would not sign the finance bill, bowing to weeks of protests. "The people have spoken," he said in a televised address. Protesters said they would keep up the pressure.
PER wire | The government backed down on a plan to raise fuel prices after a week of road blockades. The transport minister said the increase would be postponed indefinitely. Farmers' groups called off their protest.
GEO wire | The government suspended the controversial foreign agent law after days of mass protests. The ruling party said it would consult the public. Opposition leaders called it a tactical retreat.
IRN wire | The government eased restrictions on internet access, unblocking two foreign messaging apps. The move follows months of complaints from businesses.
"""),
    W("SUPPORT", "057", "Agreement", """
COD wire | Congo and the M23 rebels signed a declaration of principles in Doha on Saturday. The text commits both sides to a permanent ceasefire and talks on a final deal. Fighting continued in parts of North Kivu.
SSD wire | Rival leaders signed a power-sharing deal in Addis Ababa, paving the way for a unity government. Previous agreements have collapsed within months.
"""),
    W("AGREE", "030", None, """
UKR wire | Ukraine said on Tuesday it was ready to accept a 30-day ceasefire proposed by the United States. The decision came after talks in Saudi Arabia. Moscow has not said whether it will accept.
SYR wire | The Kurdish-led forces agreed to merge their institutions into the state by the end of the year. The deal was announced after a meeting in Damascus.
"""),
    W("AID", "073", None, """
SDN wire | A convoy of 28 trucks carrying food and medicine reached the besieged city on Thursday. Aid workers said it was the first delivery in four months. Hunger is widespread.
HTI local-news | The World Food Programme distributed hot meals to more than 10,000 displaced people in the capital this week. Many families have fled gang violence in nearby neighbourhoods.
"""),
    W("CONSULT", "040", None, """
ISR wire | Negotiators from Israel and Hamas resumed indirect talks in Cairo on Monday. Egyptian and Qatari mediators are seeking to bridge gaps over the release of hostages. Previous rounds ended without a deal.
UKR wire | The Russian and Ukrainian delegations met in Istanbul for their first direct talks in three years. The meeting lasted less than two hours. Both sides agreed to a prisoner exchange.
ETH wire | Ethiopian and Egyptian officials met in Addis Ababa to discuss the dam. No agreement was reached, and both sides said talks would continue.
"""),
    W("REQUEST", "10", None, """
SDN wire | The UN humanitarian chief urged the warring parties to allow aid into Darfur. "People are starving," he told reporters. He said access had been blocked for weeks.
HTI wire | Haiti's transitional council asked the United Nations to turn the security mission into a peacekeeping operation. The Kenyan-led force has struggled with funding. Gangs still control most of the capital.
VEN wire | The opposition leader called on the armed forces to respect the election result. She spoke from hiding, in a video posted on social media.
"""),
    W("REJECT", "12", None, """
ISR wire | Israel rejected a proposal by Arab states for Gaza's reconstruction, saying it ignored security realities. The plan had been endorsed at a summit in Cairo.
VEN wire | The government dismissed international calls for a recount. "Venezuela will not accept interference," the foreign minister said.
"""),
    W("THREATEN", "138", None, """
IRN wire | Iran's supreme leader warned that Israel would face a harsh response. His remarks came days after the assassination in Tehran. Analysts said a direct attack was likely.
PRK wire | North Korea warned it would respond with overwhelming force to joint drills by South Korea and the United States. State media said the exercises were a rehearsal for invasion.
"""),
    W("SANCTION", "16", None, """
NER wire | West African leaders imposed sweeping sanctions on Niger, closing borders and freezing state assets. The bloc demanded the release of the detained president.
RUS wire | The European Union agreed a new round of sanctions on Russia on Friday. The measures target ships carrying Russian oil and banks in third countries.
"""),
    W("MOBILIZE", "152", None, """
TWN wire | China launched large-scale military drills around Taiwan on Monday, sending warships and aircraft close to the island. Beijing said the exercises were a warning to separatists. Taipei put its forces on alert.
SDN wire | The army moved thousands of fighters and armoured vehicles towards the capital. Officers said an offensive was imminent.
"""),
    W("RETREAT", "0871", "Agreement", """
IND wire | India and Pakistan agreed to halt all military action on land, air and sea from 5 pm. The announcement followed four days of strikes. Both sides claimed victory.
COL wire | The ELN declared a unilateral ceasefire for the election period. The government welcomed the move.
"""),
    W("RETREAT", "084", None, """
ISR wire | Hamas released four female soldiers in Gaza City on Saturday in the second exchange under the ceasefire. Israel freed 200 Palestinian prisoners hours later. Crowds gathered to greet them in Ramallah.
NGA local-news | Twenty schoolchildren kidnapped last month have been released, the state governor said. He did not say whether a ransom was paid.
"""),
    W("NONE", None, None, """
SDN op-ed | Two years into the war, Sudan has become the world's largest hunger crisis. The generals show no sign of compromise, and outside powers keep the weapons flowing. Diplomacy has so far failed.
UKR wire | The war has reshaped Ukraine's economy. Grain exports now travel through a corridor along the Black Sea coast. Farmers say insurance costs remain high.
MMR wire | Myanmar has been in turmoil since the coup. The economy has shrunk, and millions have fallen into poverty. Elections planned by the military are widely seen as a sham.
COL wire | Colombia's peace process has been uneven. Some armed groups have joined talks while others have expanded. Analysts say the state's absence in rural areas is the main problem.
NGA wire | Lagos is Africa's largest city, with an estimated 20 million people. Its port handles most of Nigeria's imports. Traffic congestion is among the worst in the world.
FRA wire | The Tour de France will start in Barcelona next year. Organisers said the route would include five mountain finishes. The race last started in Spain in 2023.
IND local-news | The monsoon arrived in Kerala two days early this year, the weather office said. Farmers are hoping for good rains after last year's drought.
HTI op-ed | Haiti does not need another foreign force. It needs institutions that work, and leaders who answer to the people. Until then, the gangs will fill the vacuum.
"""),
]
