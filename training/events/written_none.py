"""Written items with no political event: the hard negatives ("NONE").

Sport and business "attacks", "strikes" and "battles"; markets; disasters and accidents;
history and background; commentary and explainers; figurative uses; routine announcements.
Format: see `written.py`.
"""

from training.events.written import W

BLOCKS = [
    W("NONE", None, None, """
GBR wire | Their centre-forward scored a hat-trick as the visitors pressed high all afternoon.
ESP wire | Real Madrid's attack looked blunt against a well-drilled defence in the capital.
IND local-news | India's fast bowlers struck early, reducing the visitors to 30 for three before lunch.
FRA wire | The champions fought back from two goals down to draw in Marseille.
NGA local-news | The Super Eagles' coach said his side would go on the offensive from the first whistle.
ITA wire | The defender was sent off for a reckless challenge, and his team never recovered.
KEN local-news | Kenyan runners dominated the marathon, taking the first four places.
ARG wire | Boca Juniors stormed to a 4-0 win over their city rivals on Sunday night.
PAK wire | The captain defended his decision to bat first on a pitch that favoured spin.
BRA wire | The forward's late strike sealed a comfortable victory for the leaders.
KOR wire | The tennis star crushed her opponent in straight sets to reach the semi-finals.
ZAF local-news | The Springboks launched wave after wave of attacks but could not break the line.
AUS wire | The boxer knocked out the defending champion in the fifth round.
ETH wire | Ethiopia's athletes battled for the lead until the final lap in the 10,000 metres.
MEX local-news | The club sacked its coach after a run of six defeats.
"""),
    W("NONE", None, None, """
USA wire | Shares in the carmaker plunged after it warned that profits would fall.
DEU wire | The chemicals group launched a hostile bid for its smaller Dutch rival.
GBR wire | The bank said it would cut 5,000 jobs as part of a cost-saving drive.
JPN wire | The yen fell to its weakest level against the dollar in 34 years.
CHN wire | The e-commerce giant slashed prices in a bid to win back shoppers from rivals.
IND wire | The airline is fighting a price war with low-cost carriers on domestic routes.
NGA wire | The central bank raised its benchmark interest rate by 50 basis points.
FRA wire | The luxury group reported record sales in Asia.
KEN wire | Safaricom's mobile money service struck a partnership with a global payments firm.
BRA wire | Oil prices rose after producers extended output cuts.
ARE wire | The airline ordered 50 new long-haul jets at the air show.
SAU wire | The state oil company's profits fell for a second straight quarter.
USA live-blog | 14:05 ET: Stocks are under attack again this afternoon as tech names slide.
TUR wire | Inflation eased slightly in May but remains above 70 percent.
EGY wire | The pound was devalued overnight, losing more than a third of its value.
"""),
    W("NONE", None, None, """
MAR wire | A powerful earthquake struck the High Atlas mountains late on Friday, killing more than 2,000 people.
LBY wire | Floods swept through the city of Derna after two dams burst.
PAK wire | Monsoon rains triggered landslides in the north, blocking the main highway.
BGD local-news | A fire at a garment factory killed at least 20 workers.
IND wire | A passenger train derailed in Odisha, killing hundreds of people.
HTI wire | Hurricane-force winds battered the southern peninsula overnight.
PHL wire | A typhoon tore through the central islands, flattening houses and cutting power.
NPL local-news | A bus plunged into a river after its driver lost control on a mountain road.
NGA wire | A tanker exploded on a highway in Niger state as people tried to collect spilled fuel.
COD wire | A boat carrying hundreds of passengers capsized on Lake Kivu.
TUR wire | Wildfires forced the evacuation of villages near the Aegean coast.
ECU local-news | A landslide buried several homes in the Andean province after days of rain.
"""),
    W("NONE", None, None, """
RWA wire | The genocide of 1994 killed an estimated 800,000 people in 100 days.
SYR wire | The war began in 2011 with a crackdown on peaceful protests.
COL op-ed | The 2016 peace accord ended five decades of war with the FARC but not the violence.
ETH wire | The war in Tigray, which lasted two years, is thought to have killed hundreds of thousands.
LKA wire | The civil war ended in 2009 with the defeat of the Tamil Tigers.
IRQ local-news | The city was held by the Islamic State group from 2014 until 2017.
UKR wire | Russia annexed Crimea in 2014 and launched its full-scale invasion in February 2022.
SDN wire | The conflict erupted in April 2023 when a power struggle between the two generals turned violent.
MMR wire | The military seized power in a coup in February 2021, ousting the elected government.
LBN wire | Lebanon's civil war lasted from 1975 to 1990.
GBR op-ed | The miners' strike of 1984 still shapes the politics of the coalfields.
CHL wire | The 1973 coup brought General Pinochet to power for 17 years.
"""),
    W("NONE", None, None, """
SDN op-ed | The world's attention has moved on, but the humanitarian catastrophe in Darfur has not.
UKR op-ed | Whether Europe can sustain its support for Kyiv depends on decisions it has put off for too long.
ISR op-ed | There is no military solution to this conflict, only a political one that nobody seems willing to pursue.
HTI op-ed | Haiti's crisis is the product of decades of foreign interference and domestic misrule.
MLI op-ed | The juntas of the Sahel promised security; three years on, the jihadists control more ground than ever.
VEN op-ed | Sanctions alone have never toppled a government that is willing to let its people suffer.
MEX op-ed | The so-called war on drugs has produced more graves than arrests.
KEN op-ed | The protests showed a generation that no longer believes the old political bargains.
IND op-ed | Manipur's wounds will not heal until the state admits what it failed to do.
NGA op-ed | Insecurity in the north-west is as much an economic problem as a military one.
FRA op-ed | Farmers are right to be angry, but blocking motorways will not change European trade rules.
SRB op-ed | The students have done what the opposition could not: make corruption a question of life and death.
"""),
    W("NONE", None, None, """
SDN wire | The country is home to the world's largest displacement crisis, with more than 12 million people forced from their homes.
YEM wire | Yemen imports about 90 percent of its food.
COD wire | The eastern provinces hold some of the world's richest deposits of coltan and gold.
SOM wire | Al-Shabaab has fought the federal government since 2006.
AFG wire | The Taliban government has not been formally recognised by any country.
PSE wire | About 2.1 million people live in the Gaza Strip, most of them refugees or their descendants.
IRN wire | The currency has lost more than half its value against the dollar since 2022.
MMR wire | The country's resistance forces are a loose alliance of ethnic armies and newer militias.
BFA wire | Jihadist groups are estimated to control around half of the national territory.
HTI wire | Gangs control most of the capital, according to UN estimates.
ARM wire | The region was home to about 120,000 ethnic Armenians.
GEO wire | Polls show a large majority of Georgians support joining the European Union.
"""),
    W("NONE", None, None, """
FRA wire | The president has been fighting an uphill battle to pass his budget through a divided parliament.
USA op-ed | The senator torched his party's leadership in a fiery speech on the chamber floor.
GBR wire | The health service is struggling to fight a winter surge in flu cases.
IND wire | The minister said the government was waging war on plastic waste.
DEU local-news | The city council declared war on potholes with a new repair programme.
KEN local-news | Health workers are on the front line of the fight against malaria.
AUS wire | The opposition leader came under fire for comments about immigration levels.
ZAF wire | The ruling party is bracing for a bruising battle in next year's elections.
BRA op-ed | The central bank fired a warning shot at the government over its spending plans.
PHL wire | The anti-drug campaign's architect has set his sights on the presidency.
"""),
    W("NONE", None, None, """
NGA wire | The electoral commission said voter registration would open on Monday.
KEN local-news | The county will hold a public participation forum on the budget next Thursday.
GBR wire | The foreign ministry said the ambassador would present her credentials in the spring.
UKR live-blog | 08:00 Good morning and welcome to our live coverage. Here is a summary of what happened overnight.
SDN live-blog | 23:59 We are closing this live page for today. Thank you for following.
FRA wire | Parliament will debate the bill in its second reading next month.
IDN wire | The president inaugurated a new toll road linking two cities in Java.
MEX local-news | The mayor opened a new water treatment plant in the eastern district.
TZA wire | The country will hold general elections in October.
ESP wire | The royal family attended a service marking the national holiday.
"""),
    W("NONE", None, None, """
UKR wire | Ukraine says its grain exports rose by a quarter last month.
SOM wire | The drought has left millions of people in need of food aid, the UN says.
COD wire | Cases of mpox have risen sharply in the camps, health officials said.
IND wire | Voter turnout reached 66 percent in the first phase of the election.
PAK wire | Smog levels in Lahore reached hazardous levels for the fifth day.
AFG wire | Prices of wheat flour have doubled in Kabul markets since the border closure, traders said.
SDN wire | Cholera has spread to 11 of the country's 18 states, health authorities said.
IRN wire | Power cuts of up to four hours a day have hit several provinces during the heat wave.
"""),
]
