"""Demo content for the Engage advice section.

Pure Python data (no Django imports) used to seed a demo site for "Engage",
the public website of London's Metropolitan Police neighbourhood teams.

It defines:

* ``CRIME_TYPES``    - the crime-type half of the shared taxonomy.
* ``ASB_CATEGORIES`` - the 13 anti-social behaviour (ASB) types the Met uses,
  grouped as personal (4), nuisance (4) and environmental (5).
* ``ADVICE_TOPICS``  - the topics the advice index groups pages by.
* ``ADVICE_PAGES``   - crime-prevention advice pages. Each ``body`` is a list of
  ``(block_type, value)`` tuples using only these block types: ``text``,
  ``steps``, ``do_dont``, ``warning``, ``happening_now`` and ``details``.

Rich text uses only these tags: p, h2, h3, strong, em, ul, ol, li and
a (with https links). Advice is written in plain English for residents and
contains no statistics.

Key contacts used throughout:

* Emergency: 999. Non-emergency: 101. Online: https://www.met.police.uk
* Crimestoppers (anonymous): 0800 555 111. Young people: Fearless.org
* Deaf, hard of hearing or speech impaired: text relay 18001 101, or emergency
  SMS to 999 once registered.
* Fraud: Report Fraud (formerly Action Fraud) on 0300 123 2040.
"""

MET_URL = "https://www.met.police.uk"
CRIMESTOPPERS_URL = "https://crimestoppers-uk.org"
FEARLESS_URL = "https://www.fearless.org"
FIND_COUNCIL_URL = "https://www.gov.uk/find-local-council"


# ---------------------------------------------------------------------------
# Crime types
# ---------------------------------------------------------------------------

CRIME_TYPES = [
    {
        "slug": "phone-snatching",
        "name": "Phone snatching",
        "description": "When someone grabs a phone out of your hand in the street, often from a bike, e-bike or moped.",
    },
    {
        "slug": "robbery",
        "name": "Robbery",
        "description": "When someone steals from you using force or the threat of force, such as taking a bag, phone or watch.",
    },
    {
        "slug": "knife-crime",
        "name": "Knife crime",
        "description": "Carrying a knife or other weapon in public, or using one to threaten or hurt someone.",
    },
    {
        "slug": "vehicle-crime",
        "name": "Vehicle crime",
        "description": "Stealing a car, van or motorbike, stealing parts such as catalytic converters, or stealing things from inside a vehicle.",
    },
    {
        "slug": "burglary",
        "name": "Burglary",
        "description": "When someone gets into a home, shed, garage or other building without permission to steal or cause harm.",
    },
    {
        "slug": "fraud",
        "name": "Fraud and scams",
        "description": "When someone lies to you, in person, by phone, by message or online, to get your money or personal details.",
    },
    {
        "slug": "e-bike-e-scooter",
        "name": "E-bikes and e-scooters",
        "description": "The theft of e-bikes and e-scooters, crimes committed using them, and riding them dangerously or illegally.",
    },
    {
        "slug": "violence-against-women-and-girls",
        "name": "Violence against women and girls",
        "description": "Crimes that mostly affect women and girls, including harassment, stalking, sexual offences, spiking and domestic abuse.",
    },
    {
        "slug": "child-exploitation",
        "name": "Child exploitation",
        "description": "When adults or older young people groom, pressure or trick children into crime or abuse, including county lines drug dealing.",
    },
    {
        "slug": "shoplifting",
        "name": "Shoplifting",
        "description": "Stealing goods from a shop, which can also involve threats or violence against shop workers.",
    },
    {
        "slug": "drugs",
        "name": "Drugs",
        "description": "Dealing, carrying or using illegal drugs, and the harm drug markets cause to neighbourhoods.",
    },
]


# ---------------------------------------------------------------------------
# Anti-social behaviour categories (exactly 13, in this order)
# ---------------------------------------------------------------------------

ASB_CATEGORIES = [
    # --- Personal -----------------------------------------------------------
    {
        "slug": "vehicle-abandoned-not-stolen",
        "name": "Vehicle abandoned (not stolen)",
        "qualifier": "personal",
        "description": (
            "A car, van or motorbike that has been left in the street or on open land and "
            "looks like nobody wants it. It may have flat tyres, broken windows, no number "
            "plates or rubbish piling up around it."
        ),
        "examples": [
            "A car that has not moved for weeks and has flat tyres",
            "A van with smashed windows left on a housing estate",
            "A burnt-out motorbike dumped on a grass verge",
            "A car with no number plates parked in a residents' bay",
        ],
        "who_deals": "council",
        "other_body_name": "DVLA (for untaxed vehicles)",
        "other_body_url": "https://www.gov.uk/report-untaxed-vehicle",
        "how_to_report": (
            "Report an abandoned vehicle to your local council using its online form. If the "
            "vehicle is untaxed you can also tell the DVLA online. If you think the vehicle "
            "is stolen, report it to the police online at the Met's website or call 101."
        ),
        "when_urgent": (
            "Call 999 if the vehicle is on fire, leaking fuel, or blocking a road in a way that puts people in danger."
        ),
    },
    {
        "slug": "vehicle-nuisance-or-inappropriate-use",
        "name": "Vehicle nuisance or inappropriate use",
        "qualifier": "personal",
        "description": (
            "Using a vehicle in a way that upsets, scares or puts other people at risk. This "
            "includes riding off-road bikes, e-bikes or e-scooters on pavements and in parks, "
            "racing, and revving engines late at night."
        ),
        "examples": [
            "Motorbikes or e-bikes ridden on pavements or through parks",
            "Cars racing or doing stunts on a street or car park",
            "Engines revved and horns sounded late at night",
            "Groups of riders without helmets weaving through traffic",
        ],
        "who_deals": "both",
        "other_body_name": "",
        "other_body_url": "",
        "how_to_report": (
            "Report vehicle nuisance to the police online at the Met's website or by calling "
            "101. Try to note the time, place, vehicle type, colour and any number plate. "
            "Problems with parking can be reported to your council."
        ),
        "when_urgent": (
            "Call 999 if someone has been hurt, if a crash seems likely, or if a vehicle is "
            "being used to threaten people or commit a crime right now."
        ),
    },
    {
        "slug": "rowdy-or-inconsiderate-behaviour",
        "name": "Rowdy or inconsiderate behaviour",
        "qualifier": "personal",
        "description": (
            "Loud, rude or threatening behaviour in a public place that makes people feel "
            "upset or unsafe. It is often a group gathering in the same spot again and again."
        ),
        "examples": [
            "A group shouting and swearing at people passing by",
            "People blocking a stairwell or shop entrance and making others feel unsafe",
            "Throwing things at buses, windows or people",
            "Fighting or play-fighting in the street late at night",
        ],
        "who_deals": "both",
        "other_body_name": "",
        "other_body_url": "",
        "how_to_report": (
            "Report it to the police online at the Met's website or call 101. If it happens "
            "on an estate, also tell your housing provider or council, who can work with the "
            "police. Write down dates, times and what happened each time."
        ),
        "when_urgent": (
            "Call 999 if anyone is being attacked or threatened, if a weapon is seen, or if you feel you are in danger."
        ),
    },
    {
        "slug": "rowdy-or-nuisance-neighbours",
        "name": "Rowdy or nuisance neighbours",
        "qualifier": "personal",
        "description": (
            "When the people living near you behave in a way that regularly upsets, scares or "
            "harasses you. This goes beyond normal everyday noise and includes threats, abuse "
            "and frequent disturbances."
        ),
        "examples": [
            "Shouting, swearing or threats aimed at you or your family",
            "Frequent fights or disturbances coming from a neighbour's home",
            "Lots of visitors coming and going at all hours",
            "Deliberately damaging your property or blocking your way",
        ],
        "who_deals": "both",
        "other_body_name": "",
        "other_body_url": "",
        "how_to_report": (
            "If your neighbour rents from a council or housing association, tell their "
            "landlord, who can take action under the tenancy. You can also report to your "
            "council's anti-social behaviour team, and to the police online or on 101 if "
            "there are threats, harassment or crimes."
        ),
        "when_urgent": (
            "Call 999 if there is violence, someone is threatening to hurt you, or you think "
            "someone in the home is in danger."
        ),
    },
    # --- Nuisance -----------------------------------------------------------
    {
        "slug": "littering-or-drugs-paraphernalia",
        "name": "Littering or drugs paraphernalia",
        "qualifier": "nuisance",
        "description": (
            "Dropping rubbish, dumping waste, or leaving behind items used to take drugs. "
            "Used needles, small metal gas canisters and drug bags can be dangerous as well "
            "as unpleasant."
        ),
        "examples": [
            "Used needles or syringes in a stairwell or park",
            "Piles of nitrous oxide canisters left in the street",
            "Bags of rubbish or furniture dumped by the road (fly-tipping)",
            "Food packaging thrown from cars",
        ],
        "who_deals": "council",
        "other_body_name": "",
        "other_body_url": "",
        "how_to_report": (
            "Report litter, fly-tipping and discarded needles to your local council using its "
            "online form; many councils remove needles quickly. If you see drug dealing or "
            "someone dumping waste from a vehicle, report it to the police online or on 101."
        ),
        "when_urgent": (
            "Call 999 if someone has been hurt by a needle and needs urgent help, or if you "
            "see dangerous items such as a weapon."
        ),
    },
    {
        "slug": "animal-problems",
        "name": "Animal problems",
        "qualifier": "nuisance",
        "description": (
            "Problems caused by animals, or by how people look after them. This covers "
            "dangerous or out-of-control dogs, stray animals, dog fouling and animal cruelty."
        ),
        "examples": [
            "A dog that is out of control and scaring people in a park",
            "A dog used to threaten or intimidate people",
            "Stray dogs roaming a housing estate",
            "Dog mess left on pavements and play areas",
            "An animal being mistreated or neglected",
        ],
        "who_deals": "both",
        "other_body_name": "RSPCA (animal cruelty or neglect)",
        "other_body_url": "https://www.rspca.org.uk",
        "how_to_report": (
            "Report stray dogs and dog fouling to your local council. Report dangerous or "
            "out-of-control dogs to the police online or on 101. If you are worried an animal "
            "is being treated cruelly, contact the RSPCA."
        ),
        "when_urgent": (
            "Call 999 if a dog is attacking a person or is about to, or if someone is using an animal as a weapon."
        ),
    },
    {
        "slug": "trespass",
        "name": "Trespass",
        "qualifier": "nuisance",
        "description": (
            "Going onto land or into a building without the owner's permission. Often this is "
            "a civil matter for the landowner, but it can become a crime, for example if there "
            "is damage, threats or someone refuses to leave when told to."
        ),
        "examples": [
            "People getting onto a building site or empty building at night",
            "People climbing onto roofs or into communal areas where they should not be",
            "Vehicles and caravans set up on a park or field without permission",
            "Someone repeatedly entering a private garden",
        ],
        "who_deals": "both",
        "other_body_name": "",
        "other_body_url": "",
        "how_to_report": (
            "Tell the landowner or managing agent first, as they can take civil action. Report "
            "unauthorised camps on council land to your council. Tell the police online or on "
            "101 if there is damage, threats or other crime."
        ),
        "when_urgent": (
            "Call 999 if someone is trying to get into your home, if people are in danger, or "
            "if a crime such as a break-in is happening now."
        ),
    },
    {
        "slug": "malicious-or-nuisance-communications",
        "name": "Malicious or nuisance communications",
        "qualifier": "nuisance",
        "description": (
            "Calls, messages, letters or online posts meant to upset, scare or threaten "
            "someone. Sending threatening or grossly offensive messages can be a crime."
        ),
        "examples": [
            "Repeated silent or abusive phone calls",
            "Threatening text messages or voice notes",
            "Abusive posts or comments about someone on social media",
            "Offensive letters pushed through a door",
        ],
        "who_deals": "police",
        "other_body_name": "Ofcom (nuisance calls guidance)",
        "other_body_url": "https://www.ofcom.org.uk",
        "how_to_report": (
            "Report threats, harassment and abusive messages to the police online at the Met's "
            "website or on 101. Keep the messages and take screenshots. For unwanted sales or "
            "silent calls, contact your phone provider and see Ofcom's advice."
        ),
        "when_urgent": (
            "Call 999 if a message threatens to hurt you or someone else and you think they might do it soon."
        ),
    },
    # --- Environmental ------------------------------------------------------
    {
        "slug": "street-drinking",
        "name": "Street drinking",
        "qualifier": "environmental",
        "description": (
            "Drinking alcohol in public places in a way that causes problems for others. In "
            "some areas there are rules that let police ask people to stop drinking and hand "
            "over their alcohol."
        ),
        "examples": [
            "Groups drinking on benches and shouting at passers-by",
            "Empty cans and bottles left outside shops or in doorways",
            "People drinking in a children's play area",
            "Urinating in doorways after drinking",
        ],
        "who_deals": "both",
        "other_body_name": "",
        "other_body_url": "",
        "how_to_report": (
            "Report street drinking to the police online at the Met's website or on 101, "
            "giving the place and times it usually happens. Tell your council too, as it can "
            "set up drink-control areas and offer support services to people who drink."
        ),
        "when_urgent": (
            "Call 999 if there is violence or threats, or if someone is so drunk they are unconscious or in danger."
        ),
    },
    {
        "slug": "prostitution-related-activity",
        "name": "Prostitution-related activity",
        "qualifier": "environmental",
        "description": (
            "Activity linked to the sex trade that affects a neighbourhood, such as kerb "
            "crawling or soliciting in the street. People selling sex are often exploited "
            "and may need help rather than punishment."
        ),
        "examples": [
            "Drivers slowing down to approach people in the street (kerb crawling)",
            "Cards advertising sex left in phone boxes",
            "Used condoms left in alleyways or stairwells",
            "A flat with many different men visiting at all hours",
        ],
        "who_deals": "both",
        "other_body_name": "Modern Slavery and Exploitation Helpline",
        "other_body_url": "https://www.modernslaveryhelpline.org",
        "how_to_report": (
            "Report it to the police online at the Met's website or on 101, with times, places "
            "and any car number plates. Report cards and litter to your council. If you think "
            "someone is being forced or trafficked, you can also call the Modern Slavery and "
            "Exploitation Helpline on 08000 121 700."
        ),
        "when_urgent": (
            "Call 999 if someone is being attacked, held against their will, or looks like a child at risk."
        ),
    },
    {
        "slug": "noise",
        "name": "Noise",
        "qualifier": "environmental",
        "description": (
            "Loud noise that happens often or goes on for a long time and affects your life "
            "at home. This could be music, parties, barking dogs, alarms, building work or "
            "noise from a business."
        ),
        "examples": [
            "Loud music late at night, again and again",
            "A house alarm that keeps going off",
            "Building work very early in the morning or late at night",
            "Noise from a pub, club or takeaway",
        ],
        "who_deals": "council",
        "other_body_name": "",
        "other_body_url": "",
        "how_to_report": (
            "Report noise to your local council's noise or environmental health team, usually "
            "online; some run an out-of-hours service. Keep a diary of dates, times and how "
            "the noise affects you. Tell the police on 101 if the noise comes with threats or "
            "other crime."
        ),
        "when_urgent": ("Call 999 if the noise sounds like someone is being hurt, such as screaming or a fight."),
    },
    {
        "slug": "begging-or-vagrancy",
        "name": "Begging or vagrancy",
        "qualifier": "environmental",
        "description": (
            "Asking people in public for money, sometimes in an aggressive way, or sleeping "
            "rough in a way that causes problems. Many people who beg or sleep rough are "
            "vulnerable and need support."
        ),
        "examples": [
            "Someone following people to a cash machine and asking for money",
            "Aggressive begging outside a station or shop",
            "A person sleeping rough in a doorway who seems unwell",
            "Tents and belongings blocking a pavement",
        ],
        "who_deals": "both",
        "other_body_name": "StreetLink (help for people sleeping rough)",
        "other_body_url": "https://thestreetlink.org.uk",
        "how_to_report": (
            "If you are worried about someone sleeping rough, tell StreetLink so local outreach "
            "teams can find them and offer help. Report aggressive begging to the police "
            "online or on 101, and problems with tents or belongings to your council."
        ),
        "when_urgent": (
            "Call 999 if someone is being threatened or attacked, or if a person sleeping "
            "rough is very unwell or unconscious (ask for an ambulance)."
        ),
    },
    {
        "slug": "fireworks",
        "name": "Fireworks",
        "qualifier": "environmental",
        "description": (
            "Using fireworks in a way that is dangerous, frightening or against the law. It "
            "is illegal for under-18s to have fireworks in a public place, and illegal to set "
            "them off late at night except on certain festival nights."
        ),
        "examples": [
            "Fireworks thrown at people, buses or cars",
            "Fireworks set off in the street or a park late at night",
            "Fireworks put through a letterbox",
            "Shops selling fireworks to children",
        ],
        "who_deals": "both",
        "other_body_name": "",
        "other_body_url": "",
        "how_to_report": (
            "Report people misusing fireworks to the police online at the Met's website or on "
            "101. Report shops selling fireworks to children, or noisy displays that keep "
            "happening, to your council."
        ),
        "when_urgent": (
            "Call 999 if fireworks are being aimed at people or property, if someone is hurt, or if there is a fire."
        ),
    },
]


# ---------------------------------------------------------------------------
# Advice topics (in display order)
# ---------------------------------------------------------------------------

ADVICE_TOPICS = [
    {
        "slug": "phone-snatching-and-robbery",
        "title": "Phone snatching and personal robbery",
        "summary": "Simple ways to keep your phone and belongings safe when you are out, and what to do if they are taken.",
    },
    {
        "slug": "e-bikes-and-e-scooters",
        "title": "E-bike and e-scooter theft and dangerous riding",
        "summary": "How to stop your e-bike or e-scooter being stolen, what the law says about riding them, and how to report dangerous riding.",
    },
    {
        "slug": "vehicle-crime",
        "title": "Vehicle crime",
        "summary": "Protect your car, van or motorbike from theft, break-ins and catalytic converter theft.",
    },
    {
        "slug": "burglary",
        "title": "Burglary",
        "summary": "Easy steps to make your home, shed and garden harder for burglars to get into.",
    },
    {
        "slug": "fraud-and-scams",
        "title": "Fraud and scams",
        "summary": "How to spot scams by phone, online and on the doorstep, and where to report fraud.",
    },
    {
        "slug": "anti-social-behaviour",
        "title": "Anti-social behaviour",
        "summary": "What counts as anti-social behaviour, who deals with it, and how to report it so something gets done.",
    },
    {
        "slug": "personal-safety-and-vawg",
        "title": "Personal safety and violence against women and girls",
        "summary": "Staying safe when you are out, reporting harassment, and where to get help if you are being hurt.",
    },
    {
        "slug": "young-peoples-safety",
        "title": "Young people's safety",
        "summary": "Advice for young people and parents on knives, exploitation and staying safe online.",
    },
]


# ---------------------------------------------------------------------------
# Shared rich-text snippets
# ---------------------------------------------------------------------------

_REPORTING_OPTIONS_HTML = (
    "<p>You can report a crime that is not an emergency in several ways:</p>"
    "<ul>"
    '<li>online on the <a href="https://www.met.police.uk">Met\'s website</a>, which also has a web chat</li>'
    "<li>by calling <strong>101</strong></li>"
    "<li>if you are deaf, hard of hearing or have a speech impairment, by text relay on "
    "<strong>18001 101</strong></li>"
    "</ul>"
    "<p>If you do not want to give your name, you can tell the independent charity "
    '<a href="https://crimestoppers-uk.org">Crimestoppers</a> on <strong>0800 555 111</strong>. '
    "They never ask who you are.</p>"
)

_REPORT_FRAUD_HTML = (
    "<p>Report fraud to <strong>Report Fraud (formerly Action Fraud)</strong> on "
    "<strong>0300 123 2040</strong>, or through the Report Fraud website. This is the "
    "national service that collects fraud reports for the police. If you have lost money, "
    "call your bank straight away as well.</p>"
)


# ---------------------------------------------------------------------------
# Advice pages
# ---------------------------------------------------------------------------

ADVICE_PAGES = [
    # ===================================================================
    # Phone snatching and robbery
    # ===================================================================
    {
        "slug": "protect-your-phone-in-the-street",
        "title": "Protect your phone in the street",
        "topic": "phone-snatching-and-robbery",
        "summary": (
            "Thieves on bikes and e-bikes snatch phones from people's hands in busy streets. "
            "Here is how to keep your phone safe and what to do straight away if it is taken."
        ),
        "asb_categories": [],
        "crime_types": ["phone-snatching", "robbery", "e-bike-e-scooter"],
        "body": [
            (
                "text",
                (
                    "<p>Phone snatching is when someone grabs a phone out of your hand and gets "
                    "away fast. Thieves often ride bikes, e-bikes or mopeds, and they come up "
                    "from behind so you do not see them. It can happen in seconds, outside "
                    "stations, at bus stops and on busy shopping streets.</p>"
                    "<p>Thieves look for people who are distracted. If you are texting, following "
                    "a map or chatting on a call near the edge of the pavement, you are an easy "
                    "target. A few small habits make a big difference.</p>"
                ),
            ),
            (
                "do_dont",
                {
                    "heading": "Keep your phone safe when you are out",
                    "dos": [
                        "Look around before you take your phone out, especially near the kerb.",
                        "Step into a shop doorway or stand with your back to a wall if you need to use it.",
                        "Hold your phone with both hands, or use a strap that clips to your bag or clothes.",
                        "Put your phone away in a zipped or inside pocket when you are not using it.",
                        "Use headphones for calls so your phone can stay out of sight.",
                    ],
                    "donts": [
                        "Don't walk along the edge of the pavement with your phone out.",
                        "Don't leave your phone on a cafe or pub table.",
                        "Don't stare at your screen when you come out of a station.",
                        "Don't chase a thief. Your safety matters more than your phone.",
                    ],
                },
            ),
            (
                "steps",
                {
                    "heading": "Set up your phone now, before anything happens",
                    "steps": [
                        {
                            "title": "Turn on a strong screen lock",
                            "text": "Use a PIN of six digits or more, or face or fingerprint unlock, so a thief cannot get into your phone.",
                        },
                        {
                            "title": "Switch on phone tracking",
                            "text": "Turn on Find My (iPhone) or Find My Device (Android). This lets you lock, track or wipe your phone if it is taken.",
                        },
                        {
                            "title": "Write down your IMEI number",
                            "text": "Dial *#06# to see your phone's unique IMEI number. Keep it somewhere safe, away from the phone, as police and your network will ask for it.",
                        },
                        {
                            "title": "Register your phone",
                            "text": "Add your phone and other valuables to the free Immobilise property register, so police can return it to you if it is found.",
                        },
                        {
                            "title": "Back up your photos and contacts",
                            "text": "Turn on automatic backup so you do not lose your memories if your phone is stolen.",
                        },
                    ],
                },
            ),
            (
                "steps",
                {
                    "heading": "If your phone is stolen",
                    "steps": [
                        {
                            "title": "Get somewhere safe",
                            "text": "Do not follow the thief. Move to a shop or a busy place and ask someone to help you.",
                        },
                        {
                            "title": "Report it to the police",
                            "text": "Call 999 if you were threatened or hurt, or if the thief is still nearby. Otherwise report it online on the Met's website or call 101.",
                        },
                        {
                            "title": "Lock and track your phone",
                            "text": "Use another device to lock your phone through Find My or Find My Device. Tell the police if it shows where your phone is, but never go there yourself.",
                        },
                        {
                            "title": "Call your network",
                            "text": "Ask them to block your SIM and your phone's IMEI so it cannot be used.",
                        },
                        {
                            "title": "Protect your money and accounts",
                            "text": "Tell your bank, and change passwords for email, banking and social media apps, starting with your email.",
                        },
                    ],
                },
            ),
            (
                "details",
                {
                    "summary": "Why do thieves want my phone?",
                    "text": (
                        "<p>Phones can be sold on quickly or broken down for parts. Thieves also try "
                        "to get into banking apps, email and payment apps on a stolen phone. That is "
                        "why a strong screen lock and fast action after a theft are so important.</p>"
                    ),
                },
            ),
            ("happening_now", {"heading": "If it's happening now"}),
        ],
    },
    {
        "slug": "if-you-are-robbed",
        "title": "Personal robbery: staying safe and what to do if you are robbed",
        "topic": "phone-snatching-and-robbery",
        "summary": (
            "Robbery is frightening, but there are simple ways to lower your risk. If it does "
            "happen, your safety comes first. Here is what to do and where to get support."
        ),
        "asb_categories": [],
        "crime_types": ["robbery", "phone-snatching", "knife-crime"],
        "body": [
            (
                "text",
                (
                    "<p>Robbery is when someone steals from you using force, or threatens to hurt "
                    "you so you hand something over. Robbers most often want phones, bags, cash, "
                    "jewellery, watches and bank cards. It can happen to anyone, at any time of "
                    "day.</p>"
                    "<p>Most people will never be robbed. But knowing what to do can help you stay "
                    "calm and safe if it does happen.</p>"
                ),
            ),
            (
                "do_dont",
                {
                    "heading": "Lower your risk when you are out",
                    "dos": [
                        "Plan your route and stick to busy, well-lit streets where you can.",
                        "Keep expensive jewellery and watches out of sight.",
                        "Carry your bag across your body, with the fastening facing you.",
                        "Be aware of who is around you at cash machines, and cover your PIN.",
                        "Tell someone where you are going and when you expect to arrive.",
                    ],
                    "donts": [
                        "Don't carry more cash or cards than you need.",
                        "Don't wear both earphones and have loud music on when walking alone at night.",
                        "Don't take short cuts through dark alleys, parks or estates late at night.",
                    ],
                },
            ),
            (
                "warning",
                {
                    "heading": "Your safety matters more than your things",
                    "text": (
                        "If someone threatens you, hand over what they want. Phones and bags can be "
                        "replaced, but you cannot."
                    ),
                },
            ),
            (
                "steps",
                {
                    "heading": "If you are robbed",
                    "steps": [
                        {"title": "Get to safety", "text": "Go somewhere busy, such as a shop, and ask for help."},
                        {
                            "title": "Call 999",
                            "text": "Robbery is a serious crime. Call 999 straight away, especially if the robber is still nearby or you are hurt.",
                        },
                        {
                            "title": "Remember what you can",
                            "text": "Think about their height, clothes, voice, any marks or tattoos, and which way they went. Write it down as soon as you can.",
                        },
                        {
                            "title": "Stop your cards and phone",
                            "text": "Call your bank and your phone network to block your cards and SIM.",
                        },
                        {
                            "title": "Look after yourself",
                            "text": "Being robbed can be upsetting for a long time afterwards. Talk to someone you trust and accept support.",
                        },
                    ],
                },
            ),
            (
                "details",
                {
                    "summary": "What if I was hurt?",
                    "text": (
                        "<p>If you are badly hurt, call 999 and ask for an ambulance. For smaller "
                        "injuries, get checked at a walk-in centre or by your GP, and tell them how "
                        "it happened. Take photos of any injuries, as they can help the "
                        "investigation.</p>"
                    ),
                },
            ),
            (
                "details",
                {
                    "summary": "Where can I get support after a robbery?",
                    "text": (
                        "<p>Victim Support is a free, independent charity that helps people "
                        "affected by crime, whether or not you reported it. You can contact them "
                        'through the <a href="https://www.victimsupport.org.uk">Victim Support '
                        "website</a>. The police can also pass your details to them.</p>"
                    ),
                },
            ),
            ("happening_now", {"heading": "If it's happening now"}),
        ],
    },
    # ===================================================================
    # E-bikes and e-scooters
    # ===================================================================
    {
        "slug": "stop-your-e-bike-or-e-scooter-being-stolen",
        "title": "Stop your bike, e-bike or e-scooter being stolen",
        "topic": "e-bikes-and-e-scooters",
        "summary": (
            "E-bikes and e-scooters are expensive and easy to sell on, so thieves target them. "
            "Good locks, safe parking and registering your bike all help."
        ),
        "asb_categories": [],
        "crime_types": ["e-bike-e-scooter"],
        "body": [
            (
                "text",
                (
                    "<p>E-bikes and e-scooters are worth a lot of money, and thieves know it. "
                    "Stolen ones are often sold on quickly or used to commit other crimes, such as "
                    "phone snatching. Thieves can break a cheap lock in seconds, so it is worth "
                    "spending time and money on good security.</p>"
                ),
            ),
            (
                "do_dont",
                {
                    "heading": "Lock it properly",
                    "dos": [
                        "Use two good locks of different types, such as a D-lock and a heavy chain.",
                        "Lock the frame and at least one wheel to something fixed, like a bike stand.",
                        "Keep the lock off the ground so it is harder to smash.",
                        "Park in busy places with CCTV and plenty of people passing.",
                        "Take the battery, lights and anything easy to remove with you.",
                    ],
                    "donts": [
                        "Don't leave your bike unlocked, even for a minute outside a shop.",
                        "Don't lock it to something a thief can lift it over, cut through or unscrew.",
                        "Don't leave it in the same spot every day, where thieves can plan ahead.",
                        "Don't post photos online that show where you keep it at home.",
                    ],
                },
            ),
            (
                "steps",
                {
                    "heading": "Make your bike easier to trace",
                    "steps": [
                        {
                            "title": "Note the frame number",
                            "text": "Find the frame number, usually under the pedals, and take a photo of it along with photos of the whole bike.",
                        },
                        {
                            "title": "Register it",
                            "text": "Register your bike for free on BikeRegister, the national database police check when they find bikes.",
                        },
                        {
                            "title": "Mark it",
                            "text": "Use a security marking kit so your bike can be identified even if the frame number is scratched off.",
                        },
                        {
                            "title": "Think about a tracker",
                            "text": "A hidden GPS tracker can help police find your bike. Some e-bikes have tracking in their app.",
                        },
                        {
                            "title": "Check your insurance",
                            "text": "Home insurance does not always cover bikes, especially away from home. Check, and make sure you use the type of lock your insurer asks for.",
                        },
                    ],
                },
            ),
            (
                "details",
                {
                    "summary": "What should I do if my bike is stolen?",
                    "text": (
                        "<p>Report it to the police online on the "
                        '<a href="https://www.met.police.uk">Met\'s website</a> or call 101. Give '
                        "the frame number and photos. Update BikeRegister to show it as stolen. If "
                        "you see it for sale online, do not try to get it back yourself. Tell the "
                        "police where it is listed.</p>"
                    ),
                },
            ),
            (
                "details",
                {
                    "summary": "I want to buy a second-hand bike. How do I avoid buying a stolen one?",
                    "text": (
                        "<ul>"
                        "<li>Ask to see the receipt and the original paperwork.</li>"
                        "<li>Check the frame number on BikeRegister before you pay.</li>"
                        "<li>Meet at the seller's home, not in the street or a car park.</li>"
                        "<li>Be wary if the price is much lower than it should be.</li>"
                        "</ul>"
                        "<p>Buying stolen goods is a crime, even if you did not ask where they came "
                        "from.</p>"
                    ),
                },
            ),
            ("happening_now", {"heading": "If it's happening now"}),
        ],
    },
    {
        "slug": "illegal-e-bikes-e-scooters-and-dangerous-riding",
        "title": "Illegal e-bikes, e-scooters and dangerous riding",
        "topic": "e-bikes-and-e-scooters",
        "summary": (
            "What the law says about e-bikes and e-scooters, how to tell if an e-bike is "
            "illegal, and how to report dangerous riding in your area."
        ),
        "asb_categories": ["vehicle-nuisance-or-inappropriate-use"],
        "crime_types": ["e-bike-e-scooter", "phone-snatching"],
        "body": [
            (
                "text",
                (
                    "<p>Residents across London have told their neighbourhood teams that dangerous "
                    "riding and illegal e-bikes and e-scooters are a big worry. This page explains "
                    "the rules in plain English, so you know what is legal and what to report.</p>"
                    "<h2>When is an e-bike legal?</h2>"
                    "<p>A legal electric bike is called an electrically assisted pedal cycle. You "
                    "can ride it like a normal bike, without a licence or insurance, if you are 14 "
                    "or over. To be legal:</p>"
                    "<ul>"
                    "<li>the motor must only help while you are <strong>pedalling</strong></li>"
                    "<li>the motor must be no more than <strong>250 watts</strong></li>"
                    "<li>the motor must stop helping when you reach <strong>15.5mph</strong></li>"
                    "</ul>"
                    "<p>You can find the full rules on "
                    '<a href="https://www.gov.uk/electric-bike-rules">GOV.UK</a>.</p>'
                ),
            ),
            (
                "warning",
                {
                    "heading": "When an e-bike becomes illegal",
                    "text": (
                        "If an e-bike has a throttle that makes it go without pedalling (apart from "
                        "a low-speed walk-assist mode), a motor over 250 watts, or goes faster than "
                        "15.5mph on motor power, it counts as a motor vehicle. It then needs to be "
                        "registered, taxed and insured, and the rider needs a licence and a helmet."
                    ),
                },
            ),
            (
                "text",
                (
                    "<h2>What about e-scooters?</h2>"
                    "<p>It is <strong>illegal</strong> to ride a privately owned e-scooter on a "
                    "public road, pavement, cycle lane or in a park. You can only ride one on "
                    "private land, with the landowner's permission. It is legal to buy one.</p>"
                    "<p>The only e-scooters you can ride on the roads are hire scooters from "
                    "official rental trials, in the areas taking part. If police stop someone "
                    "riding a private e-scooter or an illegal e-bike in public, they can seize it, "
                    "and the rider may be fined and get points on their licence.</p>"
                ),
            ),
            (
                "do_dont",
                {
                    "heading": "If you ride an e-bike or e-scooter",
                    "dos": [
                        "Check your e-bike meets the legal rules before you buy it.",
                        "Ride on the road or in cycle lanes, never on the pavement.",
                        "Wear a helmet and use lights after dark.",
                        "Buy from a trusted seller and use the right charger to reduce fire risk.",
                    ],
                    "donts": [
                        "Don't buy conversion kits that add a throttle or a bigger motor.",
                        "Don't carry a passenger unless the bike is built for it.",
                        "Don't ride through red lights or weave between people.",
                        "Don't ride a private e-scooter on public roads or pavements.",
                    ],
                },
            ),
            (
                "steps",
                {
                    "heading": "How to report dangerous or illegal riding",
                    "steps": [
                        {"title": "Stay safe", "text": "Do not try to stop a rider yourself or step into their path."},
                        {
                            "title": "Note the details",
                            "text": "Write down the time, place, what the vehicle looked like, what the rider wore and which way they went.",
                        },
                        {
                            "title": "Report it",
                            "text": "Report it online on the Met's website or call 101. If it keeps happening in the same place, say so, as this helps officers plan patrols.",
                        },
                        {
                            "title": "Share what you know anonymously",
                            "text": "If you know where illegal bikes are stored or who is using them for crime, tell Crimestoppers on 0800 555 111.",
                        },
                    ],
                },
            ),
            ("happening_now", {"heading": "If it's happening now"}),
        ],
    },
    # ===================================================================
    # Vehicle crime
    # ===================================================================
    {
        "slug": "stop-catalytic-converter-theft",
        "title": "Stop catalytic converter theft",
        "topic": "vehicle-crime",
        "summary": (
            "Thieves can cut a catalytic converter from under a car in minutes. Here is how to "
            "make your vehicle less of a target."
        ),
        "asb_categories": [],
        "crime_types": ["vehicle-crime"],
        "body": [
            (
                "text",
                (
                    "<p>A catalytic converter is part of a car's exhaust. It cleans harmful gases "
                    "and contains valuable metals, which is why thieves steal them. They slide "
                    "under the car or jack it up and cut the converter out, often in just a few "
                    "minutes.</p>"
                    "<p>Hybrid cars and vehicles that sit higher off the ground, such as vans and "
                    "some SUVs, can be targeted more because the part is easier to reach. A "
                    "replacement can be expensive, and your car is not safe to drive until it is "
                    "fixed.</p>"
                ),
            ),
            (
                "do_dont",
                {
                    "heading": "Protect your catalytic converter",
                    "dos": [
                        "Park in a locked garage if you have one.",
                        "If you park on the street, choose a busy, well-lit spot.",
                        "Park close to a wall or kerb so it is harder to get underneath.",
                        "Ask your garage about a cage, clamp or lock made for catalytic converters.",
                        "Mark the converter with a forensic marking product or engrave it, and register it.",
                    ],
                    "donts": [
                        "Don't ignore the sound of sawing or grinding near parked cars at night.",
                        "Don't assume a car alarm will protect underneath the car. Ask about one with a tilt sensor.",
                    ],
                },
            ),
            (
                "details",
                {
                    "summary": "How will I know if mine has been stolen?",
                    "text": (
                        "<p>When you start the car it will sound <strong>much louder</strong> than "
                        "normal, like a roaring or rumbling noise, and it will get louder when you "
                        "press the accelerator. You may also see a dashboard warning light, or "
                        "spot cut pipes under the car.</p>"
                    ),
                },
            ),
            (
                "steps",
                {
                    "heading": "If your catalytic converter is stolen",
                    "steps": [
                        {
                            "title": "Don't drive the car",
                            "text": "It may be unsafe and fumes could get inside. Get it checked by a garage.",
                        },
                        {
                            "title": "Report it",
                            "text": "Report the theft online on the Met's website or call 101. Keep the crime reference number.",
                        },
                        {
                            "title": "Tell your insurer",
                            "text": "Give them the crime reference number and ask how they can help with repairs.",
                        },
                        {
                            "title": "Ask neighbours about cameras",
                            "text": "Doorbell or CCTV footage from the time of the theft can help the police.",
                        },
                    ],
                },
            ),
            (
                "warning",
                {
                    "heading": "Seeing thieves at work",
                    "text": (
                        "If you see people under a car using tools at night, do not go up to them, "
                        "as they may be armed. Call 999 and tell the operator what you can see."
                    ),
                },
            ),
            ("happening_now", {"heading": "If it's happening now"}),
        ],
    },
    {
        "slug": "keyless-car-theft-and-break-ins",
        "title": "Keyless car theft and break-ins",
        "topic": "vehicle-crime",
        "summary": (
            "Cars with keyless entry can be stolen without the key ever leaving your home. "
            "Learn how to block the signal and keep your car and its contents safe."
        ),
        "asb_categories": [],
        "crime_types": ["vehicle-crime"],
        "body": [
            (
                "text",
                (
                    "<p>Many newer cars open and start when the key fob is close by, without you "
                    "pressing anything. Thieves can use electronic gadgets to pick up the signal "
                    "from a key inside your home and pass it to the car, which then unlocks and "
                    "starts. This is sometimes called a relay attack.</p>"
                    "<p>Others break into cars to steal things left inside, or to take number "
                    "plates, tools or sat navs. A few simple habits can stop most of these "
                    "crimes.</p>"
                ),
            ),
            (
                "steps",
                {
                    "heading": "Protect a car with keyless entry",
                    "steps": [
                        {
                            "title": "Block the key's signal",
                            "text": "Keep keys, including spares, in a signal-blocking pouch or tin. Test it by standing next to the car with the key inside and trying the door.",
                        },
                        {
                            "title": "Keep keys away from doors and windows",
                            "text": "Store them in the middle of your home, not in the hallway near the front door.",
                        },
                        {
                            "title": "Check your car's settings",
                            "text": "Some cars let you turn keyless entry off, or have a fob that goes to sleep when not moving. Check the handbook or ask your dealer.",
                        },
                        {
                            "title": "Add a physical lock",
                            "text": "A steering wheel lock is a clear sign to thieves that your car will take longer to steal.",
                        },
                        {
                            "title": "Keep software up to date",
                            "text": "Ask your dealer about security updates, and consider a lock for the diagnostic port that thieves use to program new keys.",
                        },
                    ],
                },
            ),
            (
                "do_dont",
                {
                    "heading": "Stop thefts from your car",
                    "dos": [
                        "Take everything with you, including chargers, coins and bags.",
                        "Check the doors are locked by pulling the handle after you lock it.",
                        "Close windows and the sunroof fully.",
                        "Use anti-theft screws on number plates to make them harder to steal.",
                    ],
                    "donts": [
                        "Don't leave anything on show, even an empty bag, as thieves may break in to check.",
                        "Don't leave the car running unattended to defrost it on a cold morning.",
                        "Don't leave vehicle documents or spare keys inside the car.",
                        "Don't leave tools in a van overnight if you can avoid it.",
                    ],
                },
            ),
            (
                "details",
                {
                    "summary": "Why would someone steal number plates?",
                    "text": (
                        "<p>Criminals put stolen plates on other cars so that crimes, speeding "
                        "tickets and fines are linked to you instead. If your plates are stolen, "
                        "report it to the police straight away and keep the crime reference "
                        "number. This will help if you get fines that are not yours.</p>"
                    ),
                },
            ),
            ("text", ("<h2>Reporting vehicle crime</h2>" + _REPORTING_OPTIONS_HTML)),
            ("happening_now", {"heading": "If it's happening now"}),
        ],
    },
    # ===================================================================
    # Burglary
    # ===================================================================
    {
        "slug": "protect-your-home-from-burglary",
        "title": "Protect your home from burglary",
        "topic": "burglary",
        "summary": (
            "Most burglars look for an easy way in. Simple, low-cost steps can make your home "
            "much harder to break into."
        ),
        "asb_categories": [],
        "crime_types": ["burglary"],
        "body": [
            (
                "text",
                (
                    "<p>Many burglaries happen because a door or window was left unlocked or "
                    "open. Burglars want to get in and out quickly without being seen or heard. "
                    "If your home looks hard to get into, they are more likely to move on.</p>"
                    "<p>You do not need to spend a lot of money. Start with the basics: locks, "
                    "lights and habits.</p>"
                ),
            ),
            (
                "do_dont",
                {
                    "heading": "Everyday habits",
                    "dos": [
                        "Lock doors and windows every time you go out, even for a few minutes.",
                        "Lock the back door and close downstairs windows when you are in the garden or upstairs.",
                        "If you have a uPVC door, lift the handle and turn the key to lock it properly.",
                        "Use timer switches on lights when you are away, so your home looks lived in.",
                        "Ask a neighbour to collect post and parcels when you are on holiday.",
                    ],
                    "donts": [
                        "Don't leave keys near the letterbox, in the lock or under a plant pot.",
                        "Don't leave ladders or tools outside where a burglar could use them.",
                        "Don't post holiday photos online until you are back home.",
                        "Don't leave valuables, bags or car keys where they can be seen from outside.",
                    ],
                },
            ),
            (
                "steps",
                {
                    "heading": "Make your home more secure",
                    "steps": [
                        {
                            "title": "Check your doors",
                            "text": "Front and back doors should be strong, with good locks. Look for products tested by Secured by Design, the police-backed security scheme.",
                        },
                        {
                            "title": "Fit window locks",
                            "text": "Use key-operated locks on downstairs windows and any that are easy to reach, such as above a flat roof.",
                        },
                        {
                            "title": "Light up the outside",
                            "text": "A dusk-to-dawn light by the front and back doors removes hiding places.",
                        },
                        {
                            "title": "Think about an alarm or camera",
                            "text": "A visible alarm box or doorbell camera can put burglars off. Make sure cameras only record your own property as far as possible.",
                        },
                        {
                            "title": "Mark and record your valuables",
                            "text": "Use a property marking kit and register items for free on Immobilise. Take photos of jewellery and write down serial numbers.",
                        },
                    ],
                },
            ),
            (
                "details",
                {
                    "summary": "What should I do if I come home and think I have been burgled?",
                    "text": (
                        "<p>Do not go in if you think the burglar might still be inside. Go "
                        "somewhere safe and call <strong>999</strong>. If they have gone, call 999 "
                        "if it has only just happened, or report it online or on 101.</p>"
                        "<p>Try not to touch anything until the police have been, as they may be "
                        "able to find fingerprints or other evidence. Call your bank if cards or "
                        "cheque books were taken, and contact your insurer.</p>"
                    ),
                },
            ),
            (
                "details",
                {
                    "summary": "Where can I find good security products?",
                    "text": (
                        '<p><a href="https://www.securedbydesign.com">Secured by Design</a> is the '
                        "police's official security scheme. Its website lists doors, windows, locks "
                        "and other products that have been tested against attack. Your "
                        "neighbourhood team may also offer crime prevention visits or events.</p>"
                    ),
                },
            ),
            ("happening_now", {"heading": "If it's happening now"}),
        ],
    },
    {
        "slug": "secure-your-shed-garage-and-garden",
        "title": "Secure your shed, garage and garden",
        "topic": "burglary",
        "summary": (
            "Sheds and garages often hold bikes and tools worth a lot of money, but have weak "
            "locks. Here is how to protect them."
        ),
        "asb_categories": ["trespass"],
        "crime_types": ["burglary", "e-bike-e-scooter"],
        "body": [
            (
                "text",
                (
                    "<p>Sheds and garages are often the easiest building on a property to break "
                    "into. They can hold bikes, e-bikes, lawnmowers and power tools. Tools stolen "
                    "from a shed can also be used to break into your home.</p>"
                ),
            ),
            (
                "steps",
                {
                    "heading": "Make your shed harder to break into",
                    "steps": [
                        {
                            "title": "Use a strong lock",
                            "text": "Fit a good padlock with a strong hasp and staple. Use coach bolts or security screws so the hasp cannot be unscrewed.",
                        },
                        {
                            "title": "Strengthen the hinges",
                            "text": "Replace ordinary hinge screws with coach bolts or security screws.",
                        },
                        {
                            "title": "Cover the windows",
                            "text": "Use frosted film or a blind so nobody can see what is inside.",
                        },
                        {
                            "title": "Add an alarm",
                            "text": "Small battery shed alarms are cheap and make a loud noise if the door is opened.",
                        },
                        {
                            "title": "Lock bikes inside too",
                            "text": "Fit a ground or wall anchor and lock bikes to it, so a thief cannot simply wheel them away.",
                        },
                    ],
                },
            ),
            (
                "do_dont",
                {
                    "heading": "Around the garden",
                    "dos": [
                        "Keep side gates locked and make them as tall as the fence.",
                        "Use prickly plants along low fences and walls.",
                        "Put gravel on paths, as it is noisy to walk on.",
                        "Mark tools and garden equipment with your postcode.",
                    ],
                    "donts": [
                        "Don't leave ladders out. Lock them up or chain them to a wall.",
                        "Don't leave the garage door open when you are not nearby.",
                        "Don't leave the key to the shed in the garden.",
                    ],
                },
            ),
            (
                "details",
                {
                    "summary": "Does my home insurance cover my shed?",
                    "text": (
                        "<p>It depends on your policy. Many insurers limit how much they pay for "
                        "things kept outside the home, and some only pay out if the shed was "
                        "locked in a certain way. Check your policy and keep receipts and photos of "
                        "expensive items.</p>"
                    ),
                },
            ),
            ("text", ("<h2>Reporting a break-in</h2>" + _REPORTING_OPTIONS_HTML)),
            ("happening_now", {"heading": "If it's happening now"}),
        ],
    },
    # ===================================================================
    # Fraud and scams
    # ===================================================================
    {
        "slug": "spot-and-stop-courier-fraud",
        "title": "Spot and stop courier fraud",
        "topic": "fraud-and-scams",
        "summary": (
            "Fraudsters pretend to be police officers or bank staff and ask you to hand over "
            "cash, cards or valuables. The real police and your bank will never do this."
        ),
        "asb_categories": [],
        "crime_types": ["fraud"],
        "body": [
            (
                "text",
                (
                    "<p>Courier fraud starts with a phone call from someone pretending to be a "
                    "police officer, a bank worker or another official. They say there is a "
                    "problem with your bank account, or that they need your help with an "
                    "investigation.</p>"
                    "<p>They then ask you to hand over cash, bank cards, your PIN, jewellery or "
                    'gold to a "courier" who comes to your door. Or they ask you to move money '
                    'to a "safe account" or buy expensive items for them. Older people are often '
                    "targeted, so please share this with family and neighbours.</p>"
                ),
            ),
            (
                "warning",
                {
                    "heading": "The police and your bank will never",
                    "text": (
                        "Never ask for your PIN, never collect cards, cash or valuables from your "
                        "home, never ask you to move money to a safe account, and never ask you to "
                        "buy gold or watches to help an investigation."
                    ),
                },
            ),
            (
                "do_dont",
                {
                    "heading": "If you get a call like this",
                    "dos": [
                        "Hang up. It is fine to be rude to a caller you are not sure about.",
                        "Wait at least five minutes, or use a different phone, before calling anyone back.",
                        "Call your bank using the number on the back of your card, or call 159 to reach many UK banks.",
                        "Talk to a friend or family member before doing anything.",
                    ],
                    "donts": [
                        "Don't call back a number the caller gives you.",
                        "Don't trust a caller just because they know some of your details.",
                        "Don't keep a call secret because the caller tells you to.",
                        "Don't hand anything to a courier or taxi driver sent to your home.",
                    ],
                },
            ),
            (
                "details",
                {
                    "summary": "Why should I wait before calling back?",
                    "text": (
                        "<p>Fraudsters sometimes stay on the line after you hang up, so when you "
                        "call back you are still talking to them. Waiting a few minutes, or calling "
                        "from a mobile or a neighbour's phone, makes sure you reach the real "
                        "bank or police.</p>"
                    ),
                },
            ),
            (
                "text",
                (
                    "<h2>Reporting courier fraud</h2>"
                    "<p>If someone is on their way to collect money or cards from you right now, "
                    "call <strong>999</strong>. Otherwise:</p>"
                    + _REPORT_FRAUD_HTML
                    + '<p>The <a href="https://www.takefive-stopfraud.org.uk">Take Five to Stop '
                    "Fraud</a> campaign has more advice on spotting scams.</p>"
                ),
            ),
            ("happening_now", {"heading": "If it's happening now"}),
        ],
    },
    {
        "slug": "investment-and-romance-scams",
        "title": "Investment and romance scams",
        "topic": "fraud-and-scams",
        "summary": (
            "Scammers build trust online, then ask for money for an investment or a made-up "
            "emergency. Learn the warning signs and how to report it."
        ),
        "asb_categories": [],
        "crime_types": ["fraud"],
        "body": [
            (
                "text",
                (
                    "<h2>Investment scams</h2>"
                    "<p>Investment scams promise high returns with little or no risk. They often "
                    "involve cryptocurrency, foreign exchange, gold or property. They may be "
                    "advertised on social media, sometimes with fake endorsements from famous "
                    "people, or start with an unexpected call or message.</p>"
                    "<p>Scammers often build fake websites and apps that seem to show your money "
                    "growing. When you try to take your money out, there are new fees or excuses, "
                    "and the money is never returned.</p>"
                    "<h2>Romance scams</h2>"
                    "<p>Romance scammers create fake profiles on dating sites, apps and social "
                    "media. They spend weeks or months building a relationship, but always have a "
                    "reason not to meet or video call. Then they ask for money, for example for a "
                    "medical bill, a plane ticket or a business problem.</p>"
                ),
            ),
            (
                "do_dont",
                {
                    "heading": "Warning signs",
                    "dos": [
                        "Be wary of anyone who promises guaranteed or very high returns.",
                        "Check a firm is authorised on the Financial Conduct Authority's register before investing.",
                        "Talk to someone you trust before sending money to anyone you have only met online.",
                        "Do a reverse image search on profile photos to see if they appear elsewhere.",
                    ],
                    "donts": [
                        "Don't let anyone pressure you to decide quickly.",
                        "Don't send money or gift cards to someone you have never met in person.",
                        "Don't install apps that let someone control your computer or phone.",
                        "Don't keep it secret because they ask you to.",
                    ],
                },
            ),
            (
                "warning",
                {
                    "heading": "Beware of recovery scams",
                    "text": (
                        "After a scam, you may be contacted by someone offering to get your money "
                        "back for a fee. This is often the same criminals trying to take more."
                    ),
                },
            ),
            (
                "steps",
                {
                    "heading": "If you think you have been scammed",
                    "steps": [
                        {
                            "title": "Stop all payments",
                            "text": "Do not send any more money, however urgent the request sounds.",
                        },
                        {
                            "title": "Call your bank",
                            "text": "Tell your bank straight away. The sooner they know, the better the chance of stopping payments.",
                        },
                        {
                            "title": "Report it",
                            "text": "Report it to Report Fraud (formerly Action Fraud) on 0300 123 2040 or through the Report Fraud website.",
                        },
                        {
                            "title": "Keep the evidence",
                            "text": "Save messages, emails, website addresses and payment details.",
                        },
                        {
                            "title": "Get support",
                            "text": "Being scammed is not your fault. Criminals are skilled at this. Talk to people you trust or contact Victim Support.",
                        },
                    ],
                },
            ),
            (
                "details",
                {
                    "summary": "What do I do with scam texts and emails?",
                    "text": (
                        "<p>Forward scam texts to <strong>7726</strong>, a free service run by phone "
                        "networks. Forward suspicious emails to "
                        "<strong>report@phishing.gov.uk</strong>. Do not click links or open "
                        "attachments in messages you were not expecting.</p>"
                    ),
                },
            ),
            ("happening_now", {"heading": "If it's happening now"}),
        ],
    },
    {
        "slug": "doorstep-crime-and-rogue-traders",
        "title": "Doorstep crime and rogue traders",
        "topic": "fraud-and-scams",
        "summary": (
            "Some people knock on doors to trick their way in or charge far too much for poor "
            "work. You never have to open the door or agree to anything on the spot."
        ),
        "asb_categories": [],
        "crime_types": ["fraud", "burglary"],
        "body": [
            (
                "text",
                (
                    "<p>Doorstep crime is when someone comes to your door to trick you. Some "
                    "pretend to be from the water, gas or electricity company, or from the council, "
                    "so they can get inside and steal. Others are rogue traders who say your roof, "
                    "drive or garden needs urgent work, then charge far too much for poor or "
                    "unfinished work.</p>"
                    "<p>It is your home. You decide who comes in.</p>"
                ),
            ),
            (
                "steps",
                {
                    "heading": "When someone knocks: Lock, Stop, Chain, Check",
                    "steps": [
                        {
                            "title": "Lock",
                            "text": "Lock your back door before you answer the front door, so nobody can sneak in.",
                        },
                        {
                            "title": "Stop",
                            "text": "Stop and think. Are you expecting anyone? Look through a window or spyhole first.",
                        },
                        {"title": "Chain", "text": "Put the door chain or bar on before you open the door."},
                        {
                            "title": "Check",
                            "text": "Ask for an ID card and check it by calling the company on a number you find yourself, not one on the card. A genuine caller will wait.",
                        },
                    ],
                },
            ),
            (
                "do_dont",
                {
                    "heading": "Stay in control",
                    "dos": [
                        'Say "no thank you" and close the door if you are not sure.',
                        "Get at least three written quotes from traders you chose yourself.",
                        "Sign up to your energy and water companies' Priority Services Register, and ask about a password scheme for visits.",
                        'Put a "no cold callers" sticker on your door.',
                    ],
                    "donts": [
                        "Don't agree to work on the spot, however urgent they say it is.",
                        "Don't pay upfront or in cash, and never go to the bank with a trader.",
                        "Don't let someone in to use the toilet or get a glass of water.",
                    ],
                },
            ),
            (
                "details",
                {
                    "summary": "What are my rights if I agreed to work at my door?",
                    "text": (
                        "<p>If you agree to work or buy something at your home, you usually have a "
                        "14-day cooling-off period to cancel. For advice, contact the "
                        '<a href="https://www.citizensadvice.org.uk">Citizens Advice</a> consumer '
                        "helpline on 0808 223 1133. They pass information to Trading Standards, "
                        "who deal with rogue traders.</p>"
                    ),
                },
            ),
            (
                "warning",
                {
                    "heading": "If a trader is pressuring you now",
                    "text": (
                        "If a trader is refusing to leave, threatening you, or trying to take you "
                        "to the bank, call 999."
                    ),
                },
            ),
            ("happening_now", {"heading": "If it's happening now"}),
        ],
    },
    # ===================================================================
    # Anti-social behaviour
    # ===================================================================
    {
        "slug": "how-to-report-anti-social-behaviour",
        "title": "How to report anti-social behaviour",
        "topic": "anti-social-behaviour",
        "summary": (
            "Anti-social behaviour can be dealt with by the police, your council or your "
            "landlord. Find out who to tell, what to include and what to do if it keeps "
            "happening."
        ),
        "asb_categories": [
            "vehicle-abandoned-not-stolen",
            "vehicle-nuisance-or-inappropriate-use",
            "rowdy-or-inconsiderate-behaviour",
            "rowdy-or-nuisance-neighbours",
            "littering-or-drugs-paraphernalia",
            "animal-problems",
            "trespass",
            "malicious-or-nuisance-communications",
            "street-drinking",
            "prostitution-related-activity",
            "noise",
            "begging-or-vagrancy",
            "fireworks",
        ],
        "crime_types": ["drugs"],
        "body": [
            (
                "text",
                (
                    "<p>Anti-social behaviour, or ASB, is behaviour that causes harassment, alarm "
                    "or distress. It can make people feel unsafe in their own street or home. "
                    "The Met groups ASB into 13 types, from abandoned vehicles and littering to "
                    "street drinking, noise and fireworks.</p>"
                    "<p>Different organisations deal with different problems. The police deal with "
                    "behaviour that is criminal or threatening. Your council deals with things "
                    "like noise, fly-tipping and abandoned cars. Housing providers deal with "
                    "problems caused by their tenants. Often they work together.</p>"
                ),
            ),
            (
                "steps",
                {
                    "heading": "How to report ASB",
                    "steps": [
                        {
                            "title": "Decide who to tell",
                            "text": "Look up the type of ASB on our anti-social behaviour pages to see whether the police, the council or both deal with it.",
                        },
                        {
                            "title": "Report to the police",
                            "text": "Report online on the Met's website, use the web chat, or call 101.",
                        },
                        {
                            "title": "Report to your council",
                            "text": "Use your council's online form. You can find your council on GOV.UK by entering your postcode.",
                        },
                        {
                            "title": "Tell your landlord",
                            "text": "If you or the people causing the problem rent from a council or housing association, tell the landlord too.",
                        },
                        {
                            "title": "Keep your reference numbers",
                            "text": "Write down every reference number you are given, so you can follow it up.",
                        },
                    ],
                },
            ),
            (
                "do_dont",
                {
                    "heading": "Make your report count",
                    "dos": [
                        "Say exactly where it happens, using street names or landmarks.",
                        "Say when it happens, such as days of the week and times.",
                        "Describe the people or vehicles involved.",
                        "Explain how it affects you and your family.",
                        "Keep a diary of every incident, with dates and times.",
                    ],
                    "donts": [
                        "Don't put yourself at risk by confronting people or taking photos up close.",
                        "Don't assume someone else has already reported it. Every report helps build a picture.",
                    ],
                },
            ),
            (
                "details",
                {
                    "summary": "What if I have reported it and nothing has changed?",
                    "text": (
                        "<p>You can ask for an <strong>ASB Case Review</strong> (once called the "
                        "Community Trigger). This makes the council, police and housing providers "
                        "look at your case together and agree what to do. You can usually ask for "
                        "one if you have reported ASB several times within six months. Your "
                        "council's website explains how it works in your area.</p>"
                    ),
                },
            ),
            (
                "details",
                {
                    "summary": "Can I report without giving my name?",
                    "text": (
                        "<p>Yes. You can tell the charity "
                        '<a href="https://crimestoppers-uk.org">Crimestoppers</a> on 0800 555 111 '
                        "or through its online form. You will not be asked for your name, and your "
                        "call cannot be traced.</p>"
                    ),
                },
            ),
            ("happening_now", {"heading": "If it's happening now"}),
        ],
    },
    {
        "slug": "dealing-with-noisy-neighbours",
        "title": "Dealing with noisy or nuisance neighbours",
        "topic": "anti-social-behaviour",
        "summary": (
            "Problems with neighbours can be stressful. Here are steps to try first, who can "
            "help, and when to involve the police."
        ),
        "asb_categories": ["noise", "rowdy-or-nuisance-neighbours"],
        "crime_types": [],
        "body": [
            (
                "text",
                (
                    "<p>Everyday noise, like footsteps, doors closing or a baby crying, is part of "
                    "living close to other people. But loud music late at night, constant parties, "
                    "shouting or threats are different. If the noise is frequent or goes on for a "
                    "long time, your council may be able to take action.</p>"
                ),
            ),
            (
                "steps",
                {
                    "heading": "Steps to try",
                    "steps": [
                        {
                            "title": "Talk to your neighbour, if it feels safe",
                            "text": "They may not know they are causing a problem. Pick a calm moment, and do not go round when the noise is happening or if you feel at risk.",
                        },
                        {
                            "title": "Write a polite note",
                            "text": "If you do not want to talk face to face, a short friendly note can work.",
                        },
                        {
                            "title": "Keep a diary",
                            "text": "Write down dates, times, what you heard and how it affected you. Some councils offer noise recording apps.",
                        },
                        {
                            "title": "Contact your council",
                            "text": "Report noise to your council's noise or environmental health team. They can investigate and may serve a notice to stop the noise.",
                        },
                        {
                            "title": "Tell the landlord",
                            "text": "If your neighbour rents, their landlord or housing association may be able to act under the tenancy.",
                        },
                    ],
                },
            ),
            (
                "details",
                {
                    "summary": "Can mediation help?",
                    "text": (
                        "<p>Yes. Mediation is when a trained, neutral person helps neighbours talk "
                        "and agree a way forward. Many councils and housing providers can put you "
                        "in touch with a local mediation service.</p>"
                    ),
                },
            ),
            (
                "details",
                {
                    "summary": "When should I tell the police?",
                    "text": (
                        "<p>Contact the police if your neighbour threatens you, harasses you, damages "
                        "your property, or if you think crimes such as drug dealing are happening. "
                        "Report online or on 101. Call 999 if someone is in danger now.</p>"
                        "<p>If you hear sounds that suggest someone is being hurt next door, such "
                        "as screaming or things being thrown, call 999. It could be domestic "
                        "abuse.</p>"
                    ),
                },
            ),
            (
                "do_dont",
                {
                    "heading": "Keep things calm",
                    "dos": [
                        "Stay polite, even if you feel angry.",
                        "Keep copies of letters, emails and reports.",
                    ],
                    "donts": [
                        "Don't make noise back or damage their property.",
                        "Don't post about your neighbour on social media, as it can make things worse.",
                    ],
                },
            ),
            ("happening_now", {"heading": "If it's happening now"}),
        ],
    },
    # ===================================================================
    # Personal safety and VAWG
    # ===================================================================
    {
        "slug": "staying-safe-on-a-night-out",
        "title": "Staying safe on a night out",
        "topic": "personal-safety-and-vawg",
        "summary": (
            "Tips for a safer night out, including spiking, getting home safely, Ask for "
            "Angela and how to report places where you felt unsafe."
        ),
        "asb_categories": ["street-drinking", "rowdy-or-inconsiderate-behaviour"],
        "crime_types": ["violence-against-women-and-girls", "robbery"],
        "body": [
            (
                "text",
                (
                    "<p>Everyone should be able to enjoy a night out and get home safely. "
                    "Responsibility for any harm lies with the person who causes it, never the "
                    "victim. This advice is about giving you more options and ways to get help.</p>"
                ),
            ),
            (
                "do_dont",
                {
                    "heading": "Planning your night",
                    "dos": [
                        "Plan how you will get home before you go out.",
                        "Charge your phone and share your location with a friend you trust.",
                        "Stay with your friends and agree to look out for each other.",
                        "Only use licensed taxis or minicabs you have booked. Check the car and driver details match the booking.",
                        "Keep an eye on your drink, and get a new one if you have left it.",
                    ],
                    "donts": [
                        "Don't get into an unbooked minicab that stops for you in the street. It is illegal and unsafe.",
                        "Don't leave a friend alone, especially if they seem very drunk or unwell.",
                        "Don't accept drinks from people you don't know.",
                    ],
                },
            ),
            (
                "details",
                {
                    "summary": "What is Ask for Angela?",
                    "text": (
                        "<p>Many bars, pubs and clubs take part in <strong>Ask for Angela</strong>. If "
                        "you feel unsafe, for example on a date that is going wrong, go to the bar "
                        'and ask staff for "Angela". They will know you need help and can get you '
                        "away safely, call a taxi or contact the police.</p>"
                    ),
                },
            ),
            (
                "details",
                {
                    "summary": "What should I do if I think I have been spiked?",
                    "text": (
                        "<p>Spiking is when someone puts drugs or alcohol into your drink or body "
                        "without you knowing. Signs include feeling much drunker than you should, "
                        "feeling confused, sick or sleepy, or losing your memory.</p>"
                        "<ul>"
                        "<li>Tell a friend and the venue staff straight away.</li>"
                        "<li>Call 999 if you or your friend feel very unwell.</li>"
                        "<li>Report it to the police as soon as you can. Some drugs leave the body "
                        "quickly, so early tests help.</li>"
                        "</ul>"
                    ),
                },
            ),
            (
                "details",
                {
                    "summary": "How can I report a place where I felt unsafe?",
                    "text": (
                        "<p><strong>StreetSafe</strong> is an online tool where you can tell the "
                        "police, without giving your name, about public places where you felt "
                        "unsafe, such as a badly lit path or somewhere people hang around and shout "
                        "at passers-by. You can find it on "
                        '<a href="https://www.police.uk">police.uk</a>. Reports help the police and '
                        "councils decide where to patrol and what to improve. StreetSafe is not for "
                        "reporting crimes: report those to the police in the usual way.</p>"
                    ),
                },
            ),
            (
                "warning",
                {
                    "heading": "If you can't speak on a 999 call",
                    "text": (
                        "If you call 999 from a mobile and cannot speak, listen to the operator "
                        "and press 55 when asked. This tells them you need the police."
                    ),
                },
            ),
            ("happening_now", {"heading": "If it's happening now"}),
        ],
    },
    {
        "slug": "harassment-stalking-and-domestic-abuse",
        "title": "Harassment, stalking and domestic abuse: where to get help",
        "topic": "personal-safety-and-vawg",
        "summary": (
            "If someone is harassing, following or hurting you, it is not your fault and help "
            "is available. Here is how to report it and who can support you."
        ),
        "asb_categories": ["malicious-or-nuisance-communications"],
        "crime_types": ["violence-against-women-and-girls"],
        "body": [
            (
                "text",
                (
                    "<p>Violence against women and girls includes harassment in the street, "
                    "stalking, sexual assault and domestic abuse. These crimes can happen to "
                    "anyone, but most victims are women and girls. It is never the victim's "
                    "fault.</p>"
                    "<h2>Harassment and stalking</h2>"
                    "<p>Harassment is behaviour that scares or upsets you, such as unwanted "
                    "comments, following, or repeated messages. Stalking is a pattern of "
                    "fixated, unwanted behaviour, such as turning up where you are, watching you, "
                    "or contacting you again and again. Both are crimes.</p>"
                    "<h2>Domestic abuse</h2>"
                    "<p>Domestic abuse is not just physical violence. It can be controlling what "
                    "you do, who you see or what money you have, threats, or constant put-downs. "
                    "It can be done by a partner, an ex-partner or a family member.</p>"
                ),
            ),
            (
                "do_dont",
                {
                    "heading": "If you are being harassed or stalked",
                    "dos": [
                        "Keep a record of everything that happens, with dates and times.",
                        "Keep messages, voicemails and screenshots as evidence.",
                        "Tell people you trust, such as friends, family or your employer.",
                        "Check privacy settings on your social media accounts.",
                    ],
                    "donts": [
                        "Don't reply to the person or agree to meet them.",
                        "Don't delete messages, even if they are upsetting.",
                        "Don't wait until it gets worse to report it.",
                    ],
                },
            ),
            (
                "steps",
                {
                    "heading": "Getting help",
                    "steps": [
                        {
                            "title": "If you are in danger",
                            "text": "Call 999. If you cannot speak on a mobile, press 55 when asked.",
                        },
                        {
                            "title": "Report it",
                            "text": "Report harassment, stalking or abuse online on the Met's website or by calling 101. Specially trained officers can help.",
                        },
                        {
                            "title": "Talk to a helpline",
                            "text": "The free, 24-hour National Domestic Abuse Helpline is on 0808 2000 247. You do not have to report to the police to get support.",
                        },
                        {
                            "title": "Use a safe word in a pharmacy",
                            "text": 'In many pharmacies you can ask for "ANI" (Action Needed Immediately). Staff will take you somewhere private and help you get support.',
                        },
                    ],
                },
            ),
            (
                "details",
                {
                    "summary": "Can I find out if my partner has a history of abuse?",
                    "text": (
                        "<p>Yes. Under the <strong>Domestic Violence Disclosure Scheme</strong>, "
                        "often called Clare's Law, you can ask the police whether a partner has a "
                        "record of abuse. Friends and family can ask on your behalf too. Contact "
                        "the police online or on 101 to make a request.</p>"
                    ),
                },
            ),
            (
                "details",
                {
                    "summary": "Where can I find more support?",
                    "text": (
                        "<ul>"
                        '<li><a href="https://www.nationaldahelpline.org.uk">National Domestic Abuse '
                        "Helpline</a>: 0808 2000 247, free and open all day and night</li>"
                        '<li><a href="https://www.victimsupport.org.uk">Victim Support</a>: free, '
                        "confidential help for anyone affected by crime</li>"
                        "</ul>"
                    ),
                },
            ),
            ("happening_now", {"heading": "If it's happening now"}),
        ],
    },
    # ===================================================================
    # Young people's safety
    # ===================================================================
    {
        "slug": "knife-crime-advice-for-young-people-and-parents",
        "title": "Knife crime: advice for young people and parents",
        "topic": "young-peoples-safety",
        "summary": (
            "Carrying a knife makes you less safe, not more. What the law says, the signs a "
            "young person may be carrying, and how to report it anonymously."
        ),
        "asb_categories": [],
        "crime_types": ["knife-crime", "child-exploitation"],
        "body": [
            (
                "text",
                (
                    "<p>Most young people never carry a knife. Some carry one because they feel "
                    "scared, or because they think it will protect them. In fact, carrying a "
                    "knife makes it more likely that you will be hurt, and that a small argument "
                    "turns into something that changes lives for ever.</p>"
                    "<h2>What the law says</h2>"
                    "<ul>"
                    "<li>It is illegal to carry a knife in public without a good reason, even if "
                    "you never use it.</li>"
                    "<li>It is illegal to sell a knife to anyone under 18.</li>"
                    "<li>Some weapons, such as flick knives and zombie-style knives, are banned "
                    "completely.</li>"
                    "<li>Carrying a knife can lead to a criminal record or a prison sentence, even "
                    "for a first offence.</li>"
                    "</ul>"
                ),
            ),
            (
                "do_dont",
                {
                    "heading": "For young people",
                    "dos": [
                        "Talk to an adult you trust if you feel unsafe or threatened.",
                        "Walk away from trouble. It is the strong thing to do.",
                        "Tell someone if you know a friend is carrying a knife. You could save their life.",
                        "Use Fearless.org to pass on information without giving your name.",
                    ],
                    "donts": [
                        "Don't carry a knife or hold one for someone else.",
                        "Don't share videos or posts that threaten people or show weapons.",
                        "Don't go looking for trouble after an argument online.",
                    ],
                },
            ),
            (
                "details",
                {
                    "summary": "I'm a parent. What signs should I look out for?",
                    "text": (
                        "<ul>"
                        "<li>Knives going missing from the kitchen</li>"
                        "<li>Your child seeming scared, withdrawn or secretive</li>"
                        "<li>New friends who are older, or money and items you can't explain</li>"
                        "<li>Changes in how they talk about safety, respect or other groups</li>"
                        "</ul>"
                        "<p>Stay calm and keep talking. Ask open questions and listen. If you are "
                        "worried, speak to their school or your neighbourhood police team.</p>"
                    ),
                },
            ),
            (
                "details",
                {
                    "summary": "How can I report it without anyone knowing?",
                    "text": (
                        '<p><a href="https://www.fearless.org">Fearless.org</a> is a service for '
                        "young people, run by the charity Crimestoppers. You can give information "
                        "about crime without giving your name, and your computer details are not "
                        "tracked. Adults can call Crimestoppers on 0800 555 111.</p>"
                    ),
                },
            ),
            (
                "steps",
                {
                    "heading": "If someone has been stabbed",
                    "steps": [
                        {
                            "title": "Call 999",
                            "text": "Ask for an ambulance and the police. Stay on the line and follow the operator's instructions.",
                        },
                        {
                            "title": "Press on the wound",
                            "text": "Press hard on the wound with a clean cloth or clothing to slow the bleeding.",
                        },
                        {
                            "title": "Don't pull anything out",
                            "text": "If the knife is still in the wound, leave it there and press around it.",
                        },
                        {
                            "title": "Stay with them",
                            "text": "Keep talking to them and keep them warm until help arrives.",
                        },
                    ],
                },
            ),
            ("happening_now", {"heading": "If it's happening now"}),
        ],
    },
    {
        "slug": "child-exploitation-and-county-lines",
        "title": "Child exploitation and county lines",
        "topic": "young-peoples-safety",
        "summary": (
            "Criminal gangs groom children to carry drugs, money and weapons. Learn the signs "
            "and how to get help for a child at risk."
        ),
        "asb_categories": [],
        "crime_types": ["child-exploitation", "drugs", "knife-crime"],
        "body": [
            (
                "text",
                (
                    "<p>Child exploitation is when someone uses a child for their own gain. This "
                    "can be criminal, such as making them carry or sell drugs, or sexual. The "
                    "people doing it may be adults or older young people.</p>"
                    "<p><strong>County lines</strong> is when gangs use children and young people "
                    "to move drugs and money, often from cities to other towns. The name comes "
                    "from the phone line used to take orders. Children may be sent far from home "
                    "and made to stay in a stranger's flat.</p>"
                    "<p>Exploiters often start by being friendly. They offer gifts, money, food, "
                    "attention or a sense of belonging. Later they say the child owes them a "
                    "debt, and use threats or violence to keep control.</p>"
                ),
            ),
            (
                "warning",
                {
                    "heading": "A child who is exploited is a victim",
                    "text": (
                        "Children who are exploited may be made to commit crimes, but they are "
                        "victims and need protecting. Help is available."
                    ),
                },
            ),
            (
                "text",
                (
                    "<h2>Signs a child may be at risk</h2>"
                    "<ul>"
                    "<li>Going missing from home or school, or coming home very late</li>"
                    "<li>New phones, clothes, money or trainers you can't explain</li>"
                    "<li>Lots of calls or messages that seem to make them anxious</li>"
                    "<li>Unexplained injuries, or seeming scared, angry or withdrawn</li>"
                    "<li>New, older friends, or travelling to places they have no link to</li>"
                    "</ul>"
                ),
            ),
            (
                "do_dont",
                {
                    "heading": "If you notice these signs",
                    "dos": [
                        "Trust your gut feeling that something is wrong.",
                        "Stay calm and keep the door open for the child to talk to you.",
                        "Keep a note of what you have noticed, with dates.",
                    ],
                    "donts": [
                        "Don't blame or shout at the child. It may push them away.",
                        "Don't try to confront the people you think are involved.",
                        "Don't wait for proof before asking for advice.",
                    ],
                },
            ),
            (
                "steps",
                {
                    "heading": "What to do if you are worried",
                    "steps": [
                        {
                            "title": "Talk and listen",
                            "text": "Let the young person know they can tell you anything and you will still help them.",
                        },
                        {
                            "title": "Tell someone who can help",
                            "text": "Speak to the school's safeguarding lead, your council's children's services, or the police on 101.",
                        },
                        {
                            "title": "Report a missing child",
                            "text": "If a child is missing, call 999 straight away. Do not wait.",
                        },
                        {
                            "title": "Get advice",
                            "text": "The NSPCC helpline on 0808 800 5000 gives advice to adults worried about a child.",
                        },
                    ],
                },
            ),
            (
                "details",
                {
                    "summary": "I'm a young person and I'm in too deep. What can I do?",
                    "text": (
                        "<p>You are not in trouble for asking for help. You can talk to "
                        '<a href="https://www.childline.org.uk">Childline</a> for free on 0800 1111, '
                        "at any time. You can tell "
                        '<a href="https://www.fearless.org">Fearless.org</a> about crime without '
                        "giving your name. If you are in danger, call 999.</p>"
                    ),
                },
            ),
            ("happening_now", {"heading": "If it's happening now"}),
        ],
    },
    {
        "slug": "keeping-children-safe-online",
        "title": "Keeping children safe online",
        "topic": "young-peoples-safety",
        "summary": (
            "Practical steps for parents and carers to help children enjoy the internet "
            "safely, and where to report online abuse."
        ),
        "asb_categories": ["malicious-or-nuisance-communications"],
        "crime_types": ["child-exploitation"],
        "body": [
            (
                "text",
                (
                    "<p>The internet is a big part of children's lives, for school, games and "
                    "keeping in touch with friends. Most of it is positive. But children can also "
                    "see harmful content, be bullied, or be contacted by people who want to harm "
                    "them. Some people pretend to be young to win a child's trust.</p>"
                    "<p>The most important thing you can do is keep talking, so your child knows "
                    "they can come to you if something goes wrong.</p>"
                ),
            ),
            (
                "steps",
                {
                    "heading": "Set up devices safely",
                    "steps": [
                        {
                            "title": "Use parental controls",
                            "text": "Set controls on your home broadband, phones, tablets and games consoles to filter content and limit spending.",
                        },
                        {
                            "title": "Check age ratings",
                            "text": "Most social media apps are for ages 13 and over. Check the age rating of games and apps before your child uses them.",
                        },
                        {
                            "title": "Set accounts to private",
                            "text": "Help your child set their accounts to private and turn off location sharing.",
                        },
                        {
                            "title": "Agree family rules",
                            "text": "Agree together when and where devices are used, such as no phones in bedrooms at night.",
                        },
                    ],
                },
            ),
            (
                "do_dont",
                {
                    "heading": "Tips to share with your child",
                    "dos": [
                        "Tell a trusted adult if something online makes you feel worried or uncomfortable.",
                        "Block and report people who upset you.",
                        "Keep personal details, such as your school and address, private.",
                    ],
                    "donts": [
                        "Don't meet up with someone you have only met online.",
                        "Don't send photos or videos you would not want everyone to see.",
                        "Don't keep secrets for someone you have met online.",
                    ],
                },
            ),
            (
                "details",
                {
                    "summary": "What if a nude image of my child has been shared?",
                    "text": (
                        "<p>Stay calm and reassure your child that they are not in trouble. Do not "
                        "copy, forward or save the image. Young people can use <strong>Report "
                        "Remove</strong>, a free tool from Childline and the Internet Watch "
                        "Foundation, to try to get images taken down. If an adult is involved, or "
                        "your child is being threatened or blackmailed, report it to the police "
                        "straight away.</p>"
                    ),
                },
            ),
            (
                "details",
                {
                    "summary": "Where can I report online abuse or grooming?",
                    "text": (
                        "<ul>"
                        "<li>If a child is in immediate danger, call 999.</li>"
                        '<li>Report online sexual abuse or grooming to <a href="https://www.ceop.police.uk">'
                        "CEOP</a>, part of the National Crime Agency, or to the police on 101.</li>"
                        '<li>For advice, call the <a href="https://www.nspcc.org.uk">NSPCC</a> '
                        "helpline on 0808 800 5000.</li>"
                        '<li>Children can talk to <a href="https://www.childline.org.uk">Childline</a> '
                        "on 0800 1111.</li>"
                        "</ul>"
                    ),
                },
            ),
            (
                "warning",
                {
                    "heading": "Sextortion",
                    "text": (
                        "Criminals sometimes trick young people into sharing images, then demand "
                        "money. Do not pay; stop replying, keep the evidence and report it to the "
                        "police."
                    ),
                },
            ),
            ("happening_now", {"heading": "If it's happening now"}),
        ],
    },
]
