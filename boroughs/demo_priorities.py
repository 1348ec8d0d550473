"""Demo content (pure data): local priorities with their trails, and borough updates.

Hackney's priorities and update follow the Met Engage update sent to Hackney residents after the
Community Crime-Fighting event of 19 November 2025; Lambeth's follow the concerns raised at the
Community Crime-Fighting meeting of 9 December 2025 at a Herne Hill academy. The facts (dates,
places, concerns, published figures) come from those public sources, in our own words. The
dated actions after the events, the ward-panel priorities and the other boroughs' priorities
are plausible but fictional.

Tags use the slugs of advice.demo_content (ASB categories and crime types).
"""

HACKNEY_EVENT = "2025-11-19"
LAMBETH_EVENT = "2025-12-09"

PRIORITIES = {
    "hackney": [
        {
            "slug": "police-visibility-after-school-and-at-night",
            "title": "Be seen more after school and at night",
            "summary": "At the Community Crime-Fighting event you asked for more officers on the streets across the borough, above all when schools finish and during the night-time economy.",
            "date_set": HACKNEY_EVENT,
            "source": "public_meeting",
            "status": "in_progress",
            "asb": ["rowdy-or-inconsiderate-behaviour"],
            "crime": ["robbery", "phone-snatching"],
            "actions": [
                (
                    "2025-11-24",
                    "Started regular patrols at hot spots between 3pm and 5pm on school days, with the council's enforcement officers alongside our teams.",
                ),
                (
                    "2025-12-05",
                    "Added foot patrols on Friday and Saturday evenings in Dalston, Shoreditch and Hackney Central, calling in at venues and late-night takeaways to hear what worries them.",
                ),
                (
                    "2026-01-16",
                    "Reviewed the first eight weeks with the council: patrol times now follow where and when residents report problems, and we will report back at the next ward panels.",
                ),
            ],
        },
        {
            "slug": "engage-young-people-through-schools-and-youth-services",
            "title": "Get to know young people through schools and youth services",
            "summary": "You told us that the police should spend time with young people, in schools and youth services, to listen to them and help keep them away from crime.",
            "date_set": HACKNEY_EVENT,
            "source": "public_meeting",
            "status": "in_progress",
            "asb": [],
            "crime": ["knife-crime", "child-exploitation"],
            "actions": [
                (
                    "2025-12-02",
                    "Our schools officers ran workshops on staying safe and on knife crime in four secondary schools.",
                ),
                (
                    "2026-01-21",
                    "Held a drop-in evening with a youth club in Homerton so young people could ask officers questions about stop and search and how to report.",
                ),
            ],
        },
        {
            "slug": "dangerous-riding-and-theft-on-e-bikes-and-e-scooters",
            "title": "Stop dangerous riding and thefts on e-bikes and e-scooters",
            "summary": "Dangerous riding on illegal e-bikes and e-scooters, and phone thefts by riders, were among the concerns raised most often.",
            "date_set": HACKNEY_EVENT,
            "source": "public_meeting",
            "status": "open",
            "asb": ["vehicle-nuisance-or-inappropriate-use"],
            "crime": ["e-bike-e-scooter", "phone-snatching"],
            "actions": [
                (
                    "2025-12-10",
                    "Joined the Met's new London-wide drive against illegal e-bikes and e-scooters, which uses intelligence to target the worst-affected hot spots first.",
                ),
            ],
        },
        {
            "slug": "street-drinking-near-ridley-road",
            "title": "Street drinking near Ridley Road Market",
            "summary": "The Dalston ward panel asked us to deal with groups drinking and leaving litter near the market entrance during trading hours.",
            "date_set": "2025-06-12",
            "source": "ward_panel",
            "ward": "dalston",
            "status": "resolved",
            "asb": ["street-drinking", "littering-or-drugs-paraphernalia"],
            "crime": [],
            "actions": [
                (
                    "2025-06-20",
                    "Patrolled the market entrance at the busiest times and spoke to the people drinking there about support services.",
                ),
                (
                    "2025-07-15",
                    "Worked with the council to use the area's alcohol control powers and to add litter bins and street cleaning.",
                ),
                (
                    "2025-09-04",
                    "Reported back to the ward panel: complaints to us and the council had fallen every month since June.",
                ),
            ],
            "outcome": "The ward panel agreed in September 2025 that the problem had eased. We now check the area on routine patrols and will reopen the priority if residents report it again.",
        },
    ],
    "lambeth": [
        {
            "slug": "crime-hot-spots-around-vauxhall",
            "title": "Crime hot spots around Vauxhall",
            "summary": "At the Community Crime-Fighting meeting many residents named particular hot spots for crime, especially around Vauxhall.",
            "date_set": LAMBETH_EVENT,
            "source": "public_meeting",
            "ward": "vauxhall",
            "status": "in_progress",
            "asb": ["rowdy-or-inconsiderate-behaviour"],
            "crime": ["robbery", "drugs"],
            "actions": [
                (
                    "2025-12-15",
                    "Mapped the locations residents named at the meeting against reported crime to agree a list of hot spots with the Vauxhall ward team.",
                ),
                (
                    "2026-01-08",
                    "Began targeted patrols around the transport interchange and nearby estates at the times the map showed most crime.",
                ),
                (
                    "2026-02-03",
                    "Met housing providers and businesses to fix lighting and entry doors at two of the hot spots.",
                ),
            ],
        },
        {
            "slug": "illegal-bikes-and-e-scooters",
            "title": "Illegal bikes and e-scooters",
            "summary": "Residents said there are far too many illegal bikes and e-scooters on Lambeth's streets and pavements.",
            "date_set": LAMBETH_EVENT,
            "source": "public_meeting",
            "status": "open",
            "asb": ["vehicle-nuisance-or-inappropriate-use"],
            "crime": ["e-bike-e-scooter"],
            "actions": [
                (
                    "2026-01-12",
                    "Asked residents through Met Engage to tell us where illegal riding happens most, so that operations go where they are needed.",
                ),
            ],
        },
        {
            "slug": "more-police-on-the-streets",
            "title": "More police on the streets",
            "summary": "Visibility came up again and again: residents want to see more officers out on foot in their neighbourhoods.",
            "date_set": LAMBETH_EVENT,
            "source": "public_meeting",
            "status": "in_progress",
            "asb": [],
            "crime": ["vehicle-crime"],
            "actions": [
                (
                    "2025-12-18",
                    "Published each ward team's surgery times on its ward page so residents know when and where to find their officers.",
                ),
                ("2026-01-20", "Moved more of the ward teams' hours to foot patrol at the times residents asked for."),
            ],
        },
        {
            "slug": "young-people-feeling-unsafe",
            "title": "Young people feeling unsafe, with few safe places to go",
            "summary": "Residents told us that young people do not feel safe and have too few safe places to go, and that young people excluded from school often feel negative about the police.",
            "date_set": LAMBETH_EVENT,
            "source": "public_meeting",
            "status": "open",
            "asb": [],
            "crime": ["knife-crime", "child-exploitation"],
            "actions": [],
        },
        {
            "slug": "anti-social-behaviour-in-estate-stairwells",
            "title": "Anti-social behaviour in estate stairwells",
            "summary": "The Myatt's Fields ward panel raised people gathering, using drugs and leaving litter in stairwells on one estate.",
            "date_set": "2025-05-08",
            "source": "ward_panel",
            "ward": "myatts-fields",
            "status": "resolved",
            "asb": ["littering-or-drugs-paraphernalia", "trespass"],
            "crime": ["drugs"],
            "actions": [
                ("2025-05-22", "Carried out evening patrols of the stairwells with the housing officer."),
                ("2025-06-30", "The landlord repaired the entry doors and fitted new lighting after a joint visit."),
                ("2025-08-14", "Residents at the ward panel reported far fewer problems since the repairs."),
            ],
            "outcome": "With the doors secure and the lighting fixed, residents told the ward panel in August 2025 that the stairwells felt safe again. The priority was closed and the block stays on our patrol plan.",
        },
    ],
}

# One plausible borough-wide priority for a few other boroughs, from the local priority survey.
GENERIC_PRIORITIES = {
    "camden": ("Phone snatching around busy stations", ["phone-snatching", "robbery"], []),
    "croydon": ("Anti-social behaviour in the town centre", [], ["rowdy-or-inconsiderate-behaviour"]),
    "newham": ("Drug dealing near stations and parks", ["drugs"], ["littering-or-drugs-paraphernalia"]),
    "westminster": ("Shoplifting on the busiest shopping streets", ["shoplifting"], []),
}
GENERIC_DATE_SET = "2025-10-01"
GENERIC_ACTION = (
    "2025-10-20",
    "Shared the survey results with the ward teams and agreed patrol plans for the areas residents named.",
)

HACKNEY_UPDATE = {
    "slug": "what-you-told-us-on-19-november",
    "title": "What you told us on 19 November, and what we are doing",
    "date": "2025-12-16",
    "summary": "An update for Hackney residents after our Community Crime-Fighting event: the three priorities you set and the work under way on each, with this year's figures so far.",
    "intro": "<p>Thank you to everyone who filled in the local priority survey and to all who came to our Community Crime-Fighting event on 19 November 2025. Here is what you asked us to focus on and what we are doing about it.</p>",
    "heard": "<ul><li>More officers out and about across the borough, especially when schools finish and in the night-time economy.</li><li>More time with young people, through schools and youth services.</li><li>Action on dangerous riding, and on thefts committed from e-bikes and e-scooters.</li></ul>",
    "doing": "<p><b>Being seen.</b> Officers patrol hot spots before and after school and during the evening and night, together with the council, talking to residents and businesses to prevent crime and anti-social behaviour before it happens.</p><p><b>Young people.</b> Our teams work with schools, youth services and local organisations, through workshops, school visits and youth events, so that young people are heard and steered away from crime.</p><p><b>E-bikes and e-scooters.</b> The Met has begun a drive against illegal e-bikes and e-scooters that uses intelligence to target the worst-affected hot spots first.</p>",
    "statistics_heading": "Hackney so far this year",
    "statistics": [
        ("-19%", "knife-related crime", "compared with last year"),
        ("-17%", "robbery offences", "compared with last year"),
        (
            "+18.6%",
            "positive outcomes (such as a charge or caution) in child exploitation investigations",
            "compared with last year",
        ),
    ],
    "period": "2025/26 year to date",
    "source": "Metropolitan Police, Hackney update to residents, December 2025",
    "closing": "<p>You can follow each priority, and every action we take on it, on our “You said, we did” page. If something is worrying you, tell us: report online, use web chat or call 101, or call Crimestoppers anonymously on 0800 555 111.</p>",
}

LAMBETH_UPDATE = {
    "slug": "community-crime-fighting-meeting-9-december",
    "title": "Your priorities from the 9 December meeting",
    "date": "2025-12-19",
    "summary": "The Community Crime-Fighting meeting at a Herne Hill academy was full. These are the four concerns raised most, now our priorities for Lambeth.",
    "intro": "<p>Thank you to everyone who came to the Community Crime-Fighting meeting on 9 December 2025. Everyone wrote down their three biggest concerns, and inspectors and sergeants from Lambeth's ward teams answered them.</p>",
    "heard": "<ul><li>Crime hot spots, particularly around Vauxhall.</li><li>The number of illegal bikes and e-scooters on the streets.</li><li>Seeing more police on the streets.</li><li>Young people not feeling safe, and having too few safe places to go.</li></ul>",
    "doing": "<p>Each concern is now a local priority. We record every action we take on our “You said, we did” page, so you can see what has been done and hold us to it.</p>",
    "closing": "",
}
