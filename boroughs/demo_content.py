"""Demo content for the Engage site: BCUs, boroughs, wards and neighbourhood teams.

This module is pure data (no Django imports) and is used to seed a demo site.

All contact details and people in this file are fictional:

* phone numbers sit in Ofcom's drama range (020 7946 0000 to 0999);
* email addresses use the reserved example.org domain;
* front counter addresses use "Example" street names and a "0XX" postcode
  after the borough's real postcode district;
* officers and staff are made-up people, not real Metropolitan Police officers.

The facts (the 2018 Basic Command Unit structure, borough and ward names, the
2022 ward boundaries in Hackney and Lambeth, and the local priorities raised
at Met Engage "Community Crime Fighting" events in late 2025) are based on
public sources and written here in our own words.
"""

# ---------------------------------------------------------------------------
# Basic Command Units (2018 structure)
# ---------------------------------------------------------------------------

BCUS = [
    {
        "code": "CW",
        "name": "Central West",
        "description": "A Basic Command Unit is a group of boroughs that share one police command; Central West covers Hammersmith and Fulham, Kensington and Chelsea, and Westminster.",
    },
    {
        "code": "SW",
        "name": "South West",
        "description": "The South West Basic Command Unit brings policing for Kingston upon Thames, Merton, Richmond upon Thames and Wandsworth under one command.",
    },
    {
        "code": "SN",
        "name": "South",
        "description": "The South Basic Command Unit looks after policing in Bromley, Croydon and Sutton.",
    },
    {
        "code": "SE",
        "name": "South East",
        "description": "The South East Basic Command Unit is the police command for Bexley, Greenwich and Lewisham.",
    },
    {
        "code": "EA",
        "name": "East",
        "description": "The East Basic Command Unit runs policing across Barking and Dagenham, Havering and Redbridge.",
    },
    {
        "code": "WA",
        "name": "West",
        "description": "The West Basic Command Unit is the police command for Ealing, Hillingdon and Hounslow.",
    },
    {
        "code": "AS",
        "name": "Central South",
        "description": "The Central South Basic Command Unit joins up policing for Lambeth and Southwark.",
    },
    {
        "code": "NA",
        "name": "North",
        "description": "The North Basic Command Unit covers policing in Enfield and Haringey.",
    },
    {
        "code": "CE",
        "name": "Central East",
        "description": "The Central East Basic Command Unit is the police command for Hackney and Tower Hamlets.",
    },
    {
        "code": "CN",
        "name": "Central North",
        "description": "The Central North Basic Command Unit looks after policing in Camden and Islington.",
    },
    {
        "code": "NW",
        "name": "North West",
        "description": "The North West Basic Command Unit runs policing across Barnet, Brent and Harrow.",
    },
    {
        "code": "NE",
        "name": "North East",
        "description": "The North East Basic Command Unit is the police command for Newham and Waltham Forest.",
    },
]


# ---------------------------------------------------------------------------
# The 32 London boroughs (alphabetical by name)
# ---------------------------------------------------------------------------

_WEEKDAY_HOURS = "Monday to Friday, 10am to 6pm\nClosed on bank holidays"
_WEEKDAY_SAT_HOURS = "Monday to Friday, 9am to 5pm\nSaturday, 10am to 2pm\nClosed on bank holidays"
_ALL_DAY_HOURS = "Open 24 hours a day, 7 days a week"
_SHORT_HOURS = "Tuesday and Thursday, 12 noon to 4pm\nClosed on bank holidays"

BOROUGHS = [
    {
        "name": "Barking and Dagenham",
        "slug": "barking-and-dagenham",
        "code": "BDG",
        "bcu": "EA",
        "introduction": "Barking and Dagenham sits in east London beside the River Thames, with the busy town centre of Barking and the large Becontree estate in Dagenham. Many families live here, and local teams spend a lot of time on safer streets near schools, parks and shopping parades. Officers also work with the council on nuisance vehicles and anti-social behaviour.",
        "phone": "020 7946 0100",
        "email": "barking-and-dagenham.engage@example.org",
        "front_counters": [
            {
                "name": "Barking front counter (fictional)",
                "address": "14 Example Road\nBarking\nIG11 0XX",
                "opening_hours": _ALL_DAY_HOURS,
            },
            {
                "name": "Dagenham front counter (fictional)",
                "address": "3 Example Parade\nDagenham\nRM10 0XX",
                "opening_hours": _SHORT_HOURS,
            },
        ],
    },
    {
        "name": "Barnet",
        "slug": "barnet",
        "code": "BNT",
        "bcu": "NW",
        "introduction": "Barnet is one of London's biggest boroughs by population, stretching from Hendon and Golders Green up to High Barnet and the edge of the countryside. It has quiet suburbs, busy high streets and a large student community. Local teams focus on burglary, vehicle crime and keeping town centres feeling safe.",
        "phone": "020 7946 0101",
        "email": "barnet.engage@example.org",
        "front_counters": [
            {
                "name": "Hendon front counter (fictional)",
                "address": "27 Example Avenue\nLondon\nNW4 0XX",
                "opening_hours": _ALL_DAY_HOURS,
            },
            {
                "name": "High Barnet front counter (fictional)",
                "address": "8 Example High Street\nBarnet\nEN5 0XX",
                "opening_hours": _WEEKDAY_HOURS,
            },
        ],
    },
    {
        "name": "Bexley",
        "slug": "bexley",
        "code": "BEX",
        "bcu": "SE",
        "introduction": "Bexley is a leafy borough on London's south-east edge, with town centres in Bexleyheath, Sidcup, Welling and Erith. It is mostly homes, parks and small shopping streets. Neighbourhood officers work on anti-social behaviour, car crime and keeping older and vulnerable residents safe from scams.",
        "phone": "020 7946 0102",
        "email": "bexley.engage@example.org",
        "front_counters": [
            {
                "name": "Bexleyheath front counter (fictional)",
                "address": "5 Example Broadway\nBexleyheath\nDA6 0XX",
                "opening_hours": _WEEKDAY_SAT_HOURS,
            },
        ],
    },
    {
        "name": "Brent",
        "slug": "brent",
        "code": "BRE",
        "bcu": "NW",
        "introduction": "Brent is one of the most mixed places in the country, home to Wembley Stadium, Kilburn, Harlesden and Willesden. Big events bring large crowds to Wembley, while other areas are busy residential streets and markets. Local teams focus on youth safety, robbery and working with community and faith groups.",
        "phone": "020 7946 0103",
        "email": "brent.engage@example.org",
        "front_counters": [
            {
                "name": "Wembley front counter (fictional)",
                "address": "41 Example Way\nWembley\nHA9 0XX",
                "opening_hours": _ALL_DAY_HOURS,
            },
            {
                "name": "Willesden front counter (fictional)",
                "address": "2 Example Green\nLondon\nNW10 0XX",
                "opening_hours": _WEEKDAY_HOURS,
            },
        ],
    },
    {
        "name": "Bromley",
        "slug": "bromley",
        "code": "BRO",
        "bcu": "SN",
        "introduction": "Bromley is London's largest borough by area, with a busy town centre, suburbs like Beckenham and Orpington, and a lot of green belt farmland. Local officers cover both town streets and quiet country lanes. Their work includes shop theft, burglary and rural crime such as fly-tipping.",
        "phone": "020 7946 0104",
        "email": "bromley.engage@example.org",
        "front_counters": [
            {
                "name": "Bromley front counter (fictional)",
                "address": "19 Example Road\nBromley\nBR1 0XX",
                "opening_hours": _ALL_DAY_HOURS,
            },
            {
                "name": "Orpington front counter (fictional)",
                "address": "6 Example High Street\nOrpington\nBR6 0XX",
                "opening_hours": _SHORT_HOURS,
            },
        ],
    },
    {
        "name": "Camden",
        "slug": "camden",
        "code": "CMD",
        "bcu": "CN",
        "introduction": "Camden runs from Holborn and King's Cross in central London up to Hampstead Heath and Highgate. It has famous markets, music venues, universities and big train stations, as well as quiet homes. Local teams focus on phone snatching, drug dealing and keeping the night-time economy safe.",
        "phone": "020 7946 0105",
        "email": "camden.engage@example.org",
        "front_counters": [
            {
                "name": "Kentish Town front counter (fictional)",
                "address": "33 Example Street\nLondon\nNW5 0XX",
                "opening_hours": _ALL_DAY_HOURS,
            },
            {
                "name": "Hampstead front counter (fictional)",
                "address": "9 Example Lane\nLondon\nNW3 0XX",
                "opening_hours": _SHORT_HOURS,
            },
        ],
    },
    {
        "name": "Croydon",
        "slug": "croydon",
        "code": "CRY",
        "bcu": "SN",
        "introduction": "Croydon is a large borough in south London with a major town centre, a tram network and neighbourhoods from Thornton Heath to Coulsdon. It has a young population and lots of shops, offices and nightlife. Local officers work on violence in the town centre, youth safety and anti-social behaviour.",
        "phone": "020 7946 0106",
        "email": "croydon.engage@example.org",
        "front_counters": [
            {
                "name": "Croydon front counter (fictional)",
                "address": "71 Example Road\nCroydon\nCR0 0XX",
                "opening_hours": _ALL_DAY_HOURS,
            },
            {
                "name": "Thornton Heath front counter (fictional)",
                "address": "4 Example Parade\nThornton Heath\nCR7 0XX",
                "opening_hours": _WEEKDAY_HOURS,
            },
        ],
    },
    {
        "name": "Ealing",
        "slug": "ealing",
        "code": "EAL",
        "bcu": "WA",
        "introduction": "Ealing in west London includes the 'Queen of the Suburbs' around Ealing Broadway, as well as Acton, Southall, Hanwell and Greenford. Southall is well known for its South Asian shops and food. Local teams work on shop theft, street drinking and helping town centres feel safe.",
        "phone": "020 7946 0107",
        "email": "ealing.engage@example.org",
        "front_counters": [
            {
                "name": "Ealing front counter (fictional)",
                "address": "22 Example Street\nLondon\nW5 0XX",
                "opening_hours": _ALL_DAY_HOURS,
            },
            {
                "name": "Southall front counter (fictional)",
                "address": "10 Example Broadway\nSouthall\nUB1 0XX",
                "opening_hours": _WEEKDAY_HOURS,
            },
        ],
    },
    {
        "name": "Enfield",
        "slug": "enfield",
        "code": "ENF",
        "bcu": "NA",
        "introduction": "Enfield is London's most northern borough, with Enfield Town, Edmonton, Palmers Green and large areas of parks and farmland. It mixes busy high streets with quieter suburbs. Neighbourhood officers focus on youth violence, car crime and anti-social behaviour around transport hubs.",
        "phone": "020 7946 0108",
        "email": "enfield.engage@example.org",
        "front_counters": [
            {
                "name": "Enfield Town front counter (fictional)",
                "address": "15 Example Road\nEnfield\nEN1 0XX",
                "opening_hours": _ALL_DAY_HOURS,
            },
            {
                "name": "Edmonton front counter (fictional)",
                "address": "7 Example Green\nLondon\nN9 0XX",
                "opening_hours": _SHORT_HOURS,
            },
        ],
    },
    {
        "name": "Greenwich",
        "slug": "greenwich",
        "code": "GRE",
        "bcu": "SE",
        "introduction": "Greenwich is a riverside borough with a world-famous park and maritime history, plus Woolwich, Eltham, Charlton and the fast-growing Greenwich Peninsula. Millions of visitors come each year. Local teams look after busy tourist spots, town centres and housing estates, with a focus on youth safety and anti-social behaviour.",
        "phone": "020 7946 0109",
        "email": "greenwich.engage@example.org",
        "front_counters": [
            {
                "name": "Woolwich front counter (fictional)",
                "address": "28 Example Street\nLondon\nSE18 0XX",
                "opening_hours": _ALL_DAY_HOURS,
            },
        ],
    },
    {
        "name": "Hackney",
        "slug": "hackney",
        "code": "HAC",
        "bcu": "CE",
        "introduction": "Hackney is a lively and diverse borough in east London, taking in Dalston, Shoreditch, Stoke Newington, Stamford Hill and Hackney Wick, with markets, parks and a busy night-time economy. At a community crime-fighting event in November 2025, residents asked for more visible officers after school and at night, more work with young people, and action on dangerous e-bike and e-scooter riding. Local teams are now patrolling hotspots with the council and visiting schools and youth groups.",
        "phone": "020 7946 0110",
        "email": "hackney.engage@example.org",
        "front_counters": [
            {
                "name": "Hackney Central front counter (fictional)",
                "address": "1 Example Street\nLondon\nE8 0XX",
                "opening_hours": _WEEKDAY_HOURS,
            },
            {
                "name": "Stoke Newington front counter (fictional)",
                "address": "24 Example Road\nLondon\nN16 0XX",
                "opening_hours": _SHORT_HOURS,
            },
        ],
    },
    {
        "name": "Hammersmith and Fulham",
        "slug": "hammersmith-and-fulham",
        "code": "HAF",
        "bcu": "CW",
        "introduction": "Hammersmith and Fulham lies along the Thames in west London, with Shepherd's Bush, Hammersmith, Fulham and three major football grounds. Match days and large concert venues bring big crowds. Local teams focus on phone and bike theft, shop theft and keeping busy town centres safe.",
        "phone": "020 7946 0111",
        "email": "hammersmith-and-fulham.engage@example.org",
        "front_counters": [
            {
                "name": "Hammersmith front counter (fictional)",
                "address": "12 Example Road\nLondon\nW6 0XX",
                "opening_hours": _ALL_DAY_HOURS,
            },
            {
                "name": "Fulham front counter (fictional)",
                "address": "5 Example Lane\nLondon\nSW6 0XX",
                "opening_hours": _WEEKDAY_HOURS,
            },
        ],
    },
    {
        "name": "Haringey",
        "slug": "haringey",
        "code": "HGY",
        "bcu": "NA",
        "introduction": "Haringey stretches from leafy Highgate and Muswell Hill in the west to Tottenham and Wood Green in the east. It is home to many communities and a large football stadium. Local teams work on youth violence, drug dealing and anti-social behaviour, and support big events on match days.",
        "phone": "020 7946 0112",
        "email": "haringey.engage@example.org",
        "front_counters": [
            {
                "name": "Tottenham front counter (fictional)",
                "address": "48 Example High Road\nLondon\nN15 0XX",
                "opening_hours": _ALL_DAY_HOURS,
            },
            {
                "name": "Hornsey front counter (fictional)",
                "address": "6 Example Street\nLondon\nN8 0XX",
                "opening_hours": _SHORT_HOURS,
            },
        ],
    },
    {
        "name": "Harrow",
        "slug": "harrow",
        "code": "HRW",
        "bcu": "NW",
        "introduction": "Harrow is a mainly residential borough in north-west London, known for Harrow on the Hill and a wide mix of communities. It has busy shopping areas in Harrow town centre, Wealdstone and Rayners Lane. Local officers focus on burglary, car crime and keeping shopping streets safe.",
        "phone": "020 7946 0113",
        "email": "harrow.engage@example.org",
        "front_counters": [
            {
                "name": "Harrow front counter (fictional)",
                "address": "30 Example Road\nHarrow\nHA1 0XX",
                "opening_hours": _WEEKDAY_SAT_HOURS,
            },
        ],
    },
    {
        "name": "Havering",
        "slug": "havering",
        "code": "HAV",
        "bcu": "EA",
        "introduction": "Havering is on London's eastern edge, with Romford's big market and shopping centre, Hornchurch, Upminster and plenty of open country. Romford has a busy night-time economy at weekends. Local teams focus on town centre safety, car crime and anti-social behaviour in parks.",
        "phone": "020 7946 0114",
        "email": "havering.engage@example.org",
        "front_counters": [
            {
                "name": "Romford front counter (fictional)",
                "address": "11 Example Street\nRomford\nRM1 0XX",
                "opening_hours": _ALL_DAY_HOURS,
            },
            {
                "name": "Hornchurch front counter (fictional)",
                "address": "2 Example Avenue\nHornchurch\nRM12 0XX",
                "opening_hours": _SHORT_HOURS,
            },
        ],
    },
    {
        "name": "Hillingdon",
        "slug": "hillingdon",
        "code": "HIL",
        "bcu": "WA",
        "introduction": "Hillingdon is London's most westerly borough and home to Heathrow Airport, with towns such as Uxbridge, Hayes and Ruislip. It has many parks, canals and open spaces. Local teams work on vehicle crime, burglary and anti-social behaviour around town centres and transport links.",
        "phone": "020 7946 0115",
        "email": "hillingdon.engage@example.org",
        "front_counters": [
            {
                "name": "Uxbridge front counter (fictional)",
                "address": "20 Example Road\nUxbridge\nUB8 0XX",
                "opening_hours": _ALL_DAY_HOURS,
            },
            {
                "name": "Hayes front counter (fictional)",
                "address": "9 Example Parade\nHayes\nUB3 0XX",
                "opening_hours": _WEEKDAY_HOURS,
            },
        ],
    },
    {
        "name": "Hounslow",
        "slug": "hounslow",
        "code": "HNS",
        "bcu": "WA",
        "introduction": "Hounslow sits under the Heathrow flight path and takes in Hounslow town centre, Feltham, Brentford and Chiswick. It is a diverse borough with busy high streets and riverside areas. Local teams focus on shop theft, vehicle crime and keeping young people safe.",
        "phone": "020 7946 0116",
        "email": "hounslow.engage@example.org",
        "front_counters": [
            {
                "name": "Hounslow front counter (fictional)",
                "address": "16 Example Street\nHounslow\nTW3 0XX",
                "opening_hours": _ALL_DAY_HOURS,
            },
            {
                "name": "Chiswick front counter (fictional)",
                "address": "3 Example High Road\nLondon\nW4 0XX",
                "opening_hours": _SHORT_HOURS,
            },
        ],
    },
    {
        "name": "Islington",
        "slug": "islington",
        "code": "ISL",
        "bcu": "CN",
        "introduction": "Islington is a small but crowded inner London borough, including Angel, Highbury, Holloway and Archway. It has busy nightlife on Upper Street and a large football stadium. Local teams work on phone snatching, drug-related anti-social behaviour and safety on estates.",
        "phone": "020 7946 0117",
        "email": "islington.engage@example.org",
        "front_counters": [
            {
                "name": "Islington front counter (fictional)",
                "address": "25 Example Road\nLondon\nN1 0XX",
                "opening_hours": _ALL_DAY_HOURS,
            },
            {
                "name": "Holloway front counter (fictional)",
                "address": "8 Example Street\nLondon\nN7 0XX",
                "opening_hours": _WEEKDAY_HOURS,
            },
        ],
    },
    {
        "name": "Kensington and Chelsea",
        "slug": "kensington-and-chelsea",
        "code": "KAC",
        "bcu": "CW",
        "introduction": "Kensington and Chelsea is home to famous museums, shops and the Notting Hill Carnival, but also to close-knit communities in North Kensington. Visitors and residents share its busy streets. Local teams focus on phone and watch robbery, burglary and supporting communities in the north of the borough.",
        "phone": "020 7946 0118",
        "email": "kensington-and-chelsea.engage@example.org",
        "front_counters": [
            {
                "name": "Kensington front counter (fictional)",
                "address": "17 Example Road\nLondon\nW8 0XX",
                "opening_hours": _ALL_DAY_HOURS,
            },
            {
                "name": "Chelsea front counter (fictional)",
                "address": "4 Example Square\nLondon\nSW3 0XX",
                "opening_hours": _SHORT_HOURS,
            },
        ],
    },
    {
        "name": "Kingston upon Thames",
        "slug": "kingston-upon-thames",
        "code": "KIN",
        "bcu": "SW",
        "introduction": "Kingston upon Thames is a riverside borough in south-west London with a historic market town, a university and quiet suburbs such as Surbiton and New Malden. New Malden has a large Korean community. Local teams focus on town centre safety, shop theft and anti-social behaviour.",
        "phone": "020 7946 0119",
        "email": "kingston-upon-thames.engage@example.org",
        "front_counters": [
            {
                "name": "Kingston front counter (fictional)",
                "address": "13 Example Road\nKingston upon Thames\nKT1 0XX",
                "opening_hours": _WEEKDAY_SAT_HOURS,
            },
        ],
    },
    {
        "name": "Lambeth",
        "slug": "lambeth",
        "code": "LAM",
        "bcu": "AS",
        "introduction": "Lambeth runs from the South Bank and Waterloo down through Vauxhall, Kennington, Brixton and Clapham to Streatham and West Norwood. At a packed community crime-fighting meeting in December 2025, residents raised crime hotspots around Vauxhall, illegal e-bikes and e-scooters, the need for more officers on the streets and young people's safety. Local teams are working on these priorities with schools, youth services and residents.",
        "phone": "020 7946 0120",
        "email": "lambeth.engage@example.org",
        "front_counters": [
            {
                "name": "Brixton front counter (fictional)",
                "address": "36 Example Road\nLondon\nSW9 0XX",
                "opening_hours": _ALL_DAY_HOURS,
            },
            {
                "name": "Streatham front counter (fictional)",
                "address": "5 Example High Road\nLondon\nSW16 0XX",
                "opening_hours": _WEEKDAY_HOURS,
            },
        ],
    },
    {
        "name": "Lewisham",
        "slug": "lewisham",
        "code": "LEW",
        "bcu": "SE",
        "introduction": "Lewisham is a diverse south-east London borough including Deptford, Catford, Forest Hill, Sydenham and Lewisham town centre. It has busy markets, new homes and lots of green spaces. Local teams focus on youth violence, robbery and anti-social behaviour around stations and high streets.",
        "phone": "020 7946 0121",
        "email": "lewisham.engage@example.org",
        "front_counters": [
            {
                "name": "Lewisham front counter (fictional)",
                "address": "43 Example High Street\nLondon\nSE13 0XX",
                "opening_hours": _ALL_DAY_HOURS,
            },
            {
                "name": "Catford front counter (fictional)",
                "address": "7 Example Road\nLondon\nSE6 0XX",
                "opening_hours": _SHORT_HOURS,
            },
        ],
    },
    {
        "name": "Merton",
        "slug": "merton",
        "code": "MRT",
        "bcu": "SW",
        "introduction": "Merton includes Wimbledon, with its famous tennis tournament, as well as Mitcham, Morden and Colliers Wood. Big events bring many visitors each summer. Local teams focus on anti-social behaviour, vehicle crime and keeping town centres and commons safe.",
        "phone": "020 7946 0122",
        "email": "merton.engage@example.org",
        "front_counters": [
            {
                "name": "Wimbledon front counter (fictional)",
                "address": "18 Example Road\nLondon\nSW19 0XX",
                "opening_hours": _WEEKDAY_SAT_HOURS,
            },
            {
                "name": "Mitcham front counter (fictional)",
                "address": "2 Example Green\nMitcham\nCR4 0XX",
                "opening_hours": _SHORT_HOURS,
            },
        ],
    },
    {
        "name": "Newham",
        "slug": "newham",
        "code": "NWM",
        "bcu": "NE",
        "introduction": "Newham is one of London's youngest and most diverse boroughs, home to Stratford, the Olympic Park, East Ham and the Royal Docks. It has large shopping centres and a fast-growing population. Local teams focus on robbery, youth safety and anti-social behaviour around busy transport hubs.",
        "phone": "020 7946 0123",
        "email": "newham.engage@example.org",
        "front_counters": [
            {
                "name": "Stratford front counter (fictional)",
                "address": "29 Example Street\nLondon\nE15 0XX",
                "opening_hours": _ALL_DAY_HOURS,
            },
            {
                "name": "East Ham front counter (fictional)",
                "address": "6 Example High Street\nLondon\nE6 0XX",
                "opening_hours": _WEEKDAY_HOURS,
            },
        ],
    },
    {
        "name": "Redbridge",
        "slug": "redbridge",
        "code": "RED",
        "bcu": "EA",
        "introduction": "Redbridge in outer east London includes Ilford, Woodford, Wanstead and parts of Epping Forest. Ilford has a large, busy town centre. Local teams focus on vehicle crime, burglary and keeping shoppers and commuters safe.",
        "phone": "020 7946 0124",
        "email": "redbridge.engage@example.org",
        "front_counters": [
            {
                "name": "Ilford front counter (fictional)",
                "address": "21 Example Road\nIlford\nIG1 0XX",
                "opening_hours": _ALL_DAY_HOURS,
            },
        ],
    },
    {
        "name": "Richmond upon Thames",
        "slug": "richmond-upon-thames",
        "code": "RIC",
        "bcu": "SW",
        "introduction": "Richmond upon Thames is the only London borough on both sides of the Thames, with Richmond Park, Kew Gardens and Twickenham rugby stadium. It is mostly quiet and green. Local teams focus on burglary, bike theft and policing big sporting events and riverside crowds.",
        "phone": "020 7946 0125",
        "email": "richmond-upon-thames.engage@example.org",
        "front_counters": [
            {
                "name": "Richmond front counter (fictional)",
                "address": "10 Example Road\nRichmond\nTW9 0XX",
                "opening_hours": _WEEKDAY_HOURS,
            },
            {
                "name": "Twickenham front counter (fictional)",
                "address": "4 Example Street\nTwickenham\nTW1 0XX",
                "opening_hours": _SHORT_HOURS,
            },
        ],
    },
    {
        "name": "Southwark",
        "slug": "southwark",
        "code": "SWK",
        "bcu": "AS",
        "introduction": "Southwark stretches from London Bridge and Borough Market on the river down through Elephant and Castle, Peckham and Camberwell to Dulwich. It mixes busy tourist areas with large housing estates and quiet streets. Local teams focus on phone snatching, youth violence and anti-social behaviour.",
        "phone": "020 7946 0126",
        "email": "southwark.engage@example.org",
        "front_counters": [
            {
                "name": "Walworth front counter (fictional)",
                "address": "38 Example Road\nLondon\nSE17 0XX",
                "opening_hours": _ALL_DAY_HOURS,
            },
            {
                "name": "Peckham front counter (fictional)",
                "address": "3 Example Lane\nLondon\nSE15 0XX",
                "opening_hours": _WEEKDAY_HOURS,
            },
        ],
    },
    {
        "name": "Sutton",
        "slug": "sutton",
        "code": "STN",
        "bcu": "SN",
        "introduction": "Sutton is a mostly residential borough in south London, with town centres in Sutton, Carshalton, Wallington and Cheam. It is known for good schools and green spaces. Local teams focus on burglary, anti-social behaviour and helping older residents avoid fraud.",
        "phone": "020 7946 0127",
        "email": "sutton.engage@example.org",
        "front_counters": [
            {
                "name": "Sutton front counter (fictional)",
                "address": "26 Example Road\nSutton\nSM1 0XX",
                "opening_hours": _WEEKDAY_SAT_HOURS,
            },
        ],
    },
    {
        "name": "Tower Hamlets",
        "slug": "tower-hamlets",
        "code": "TOW",
        "bcu": "CE",
        "introduction": "Tower Hamlets is a crowded east London borough taking in Whitechapel, Brick Lane, Bow, Poplar and the towers of Canary Wharf. It has a large Bangladeshi community and a young population. Local teams focus on drug dealing, anti-social behaviour and keeping young people safe.",
        "phone": "020 7946 0128",
        "email": "tower-hamlets.engage@example.org",
        "front_counters": [
            {
                "name": "Bethnal Green front counter (fictional)",
                "address": "15 Example Street\nLondon\nE2 0XX",
                "opening_hours": _ALL_DAY_HOURS,
            },
            {
                "name": "Limehouse front counter (fictional)",
                "address": "8 Example Road\nLondon\nE14 0XX",
                "opening_hours": _SHORT_HOURS,
            },
        ],
    },
    {
        "name": "Waltham Forest",
        "slug": "waltham-forest",
        "code": "WFT",
        "bcu": "NE",
        "introduction": "Waltham Forest includes Walthamstow, with one of Europe's longest street markets, plus Leyton, Leytonstone and Chingford beside Epping Forest. It is a diverse borough with many young families. Local teams focus on robbery, vehicle crime and anti-social behaviour near stations and markets.",
        "phone": "020 7946 0129",
        "email": "waltham-forest.engage@example.org",
        "front_counters": [
            {
                "name": "Walthamstow front counter (fictional)",
                "address": "32 Example Road\nLondon\nE17 0XX",
                "opening_hours": _ALL_DAY_HOURS,
            },
            {
                "name": "Leyton front counter (fictional)",
                "address": "5 Example High Road\nLondon\nE10 0XX",
                "opening_hours": _WEEKDAY_HOURS,
            },
        ],
    },
    {
        "name": "Wandsworth",
        "slug": "wandsworth",
        "code": "WND",
        "bcu": "SW",
        "introduction": "Wandsworth sits on the south bank of the Thames and includes Battersea, Putney, Tooting, Balham and Wandsworth Town. It has big commons, busy high streets and the new Nine Elms riverside area. Local teams focus on phone and bike theft, burglary and the night-time economy.",
        "phone": "020 7946 0130",
        "email": "wandsworth.engage@example.org",
        "front_counters": [
            {
                "name": "Wandsworth front counter (fictional)",
                "address": "19 Example Road\nLondon\nSW18 0XX",
                "opening_hours": _WEEKDAY_SAT_HOURS,
            },
            {
                "name": "Battersea front counter (fictional)",
                "address": "7 Example Park Road\nLondon\nSW11 0XX",
                "opening_hours": _SHORT_HOURS,
            },
        ],
    },
    {
        "name": "Westminster",
        "slug": "westminster",
        "code": "WSM",
        "bcu": "CW",
        "introduction": "Westminster is the heart of London, home to Parliament, the West End, Oxford Street and Soho, as well as residential areas such as Pimlico, Maida Vale and Church Street. Millions of visitors pass through every year. Local teams focus on phone snatching, shop theft and keeping residents and visitors safe at night.",
        "phone": "020 7946 0131",
        "email": "westminster.engage@example.org",
        "front_counters": [
            {
                "name": "Charing Cross front counter (fictional)",
                "address": "1 Example Place\nLondon\nWC2 0XX",
                "opening_hours": _ALL_DAY_HOURS,
            },
            {
                "name": "Paddington front counter (fictional)",
                "address": "23 Example Road\nLondon\nW2 0XX",
                "opening_hours": _WEEKDAY_HOURS,
            },
        ],
    },
]


# ---------------------------------------------------------------------------
# Wards (current boundaries) with fictional Dedicated Ward Officer teams
# ---------------------------------------------------------------------------

WARDS = {
    "hackney": [
        {
            "name": "Brownswood",
            "slug": "brownswood",
            "introduction": "Brownswood sits in the north-west corner of Hackney, between Finsbury Park and Clissold Park, with Blackstock Road and Seven Sisters Road running nearby. Most people live in terraced streets and low-rise estates.",
            "contact_email": "brownswood.snt@example.org",
            "contact_phone": "020 7946 0201",
            "surgeries": "Community room at a local estate hall near Blackstock Road, second Saturday of the month, 11am to 12 noon",
            "team": [
                {"rank": "sergeant", "name": "Kwame Asante-Boateng", "role": "Leads the Brownswood ward team"},
                {"rank": "pc", "name": "Freya Lindqvist", "role": "Dedicated Ward Officer"},
                {"rank": "pc", "name": "Tariq Hussain", "role": "Dedicated Ward Officer"},
                {"rank": "pcso", "name": "Marisol Fuentes", "role": "Police Community Support Officer"},
            ],
        },
        {
            "name": "Cazenove",
            "slug": "cazenove",
            "introduction": "Cazenove lies between Stoke Newington and Upper Clapton and is home to a large Orthodox Jewish community alongside many other families. Its streets are mainly Victorian houses and busy local shops.",
            "contact_email": "cazenove.snt@example.org",
            "contact_phone": "020 7946 0202",
            "surgeries": "A local community centre off Cazenove Road, first Wednesday of the month, 6pm to 7pm",
            "team": [
                {"rank": "sergeant", "name": "Rachel Abrahams", "role": "Leads the Cazenove ward team"},
                {"rank": "pc", "name": "Daniel Mensah", "role": "Dedicated Ward Officer"},
                {"rank": "pcso", "name": "Yusuf Demir", "role": "Police Community Support Officer"},
            ],
        },
        {
            "name": "Clissold",
            "slug": "clissold",
            "introduction": "Clissold is named after Clissold Park and covers the streets around Stoke Newington Church Street. Families, dog walkers and café-goers keep the area busy, especially at weekends.",
            "contact_email": "clissold.snt@example.org",
            "contact_phone": "020 7946 0203",
            "surgeries": "Clissold Park, by the café, third Saturday of the month, 10am to 11am (weather permitting)",
            "team": [
                {"rank": "sergeant", "name": "Owen Pritchard", "role": "Leads the Clissold ward team"},
                {"rank": "pc", "name": "Adaeze Nwankwo", "role": "Dedicated Ward Officer"},
                {"rank": "pcso", "name": "Ciara Doyle", "role": "Police Community Support Officer"},
            ],
        },
        {
            "name": "Dalston",
            "slug": "dalston",
            "introduction": "Dalston is a busy, lively area around Kingsland High Street and Ridley Road Market, with bars, music venues and late-night takeaways. The ward team works with businesses to keep the night-time economy safe.",
            "contact_email": "dalston.snt@example.org",
            "contact_phone": "020 7946 0204",
            "surgeries": "Dalston CLR James Library, first Saturday of the month, 11am to 12 noon",
            "team": [
                {"rank": "sergeant", "name": "Amira Okafor", "role": "Leads the Dalston ward team"},
                {"rank": "pc", "name": "Liam Garvey", "role": "Dedicated Ward Officer"},
                {"rank": "pc", "name": "Sana Qureshi", "role": "Dedicated Ward Officer"},
                {"rank": "pcso", "name": "Tomasz Nowicki", "role": "Police Community Support Officer"},
            ],
        },
        {
            "name": "De Beauvoir",
            "slug": "de-beauvoir",
            "introduction": "De Beauvoir is a mostly residential ward bordered by the Regent's Canal and Kingsland Road, with quiet squares and large estates. The canal towpath is popular with cyclists and walkers.",
            "contact_email": "de-beauvoir.snt@example.org",
            "contact_phone": "020 7946 0205",
            "surgeries": "A community hall near De Beauvoir Square, last Thursday of the month, 5pm to 6pm",
            "team": [
                {"rank": "sergeant", "name": "Helen Marsh", "role": "Leads the De Beauvoir ward team"},
                {"rank": "pc", "name": "Emeka Obi", "role": "Dedicated Ward Officer"},
                {"rank": "pcso", "name": "Priya Raman", "role": "Police Community Support Officer"},
            ],
        },
        {
            "name": "Hackney Central",
            "slug": "hackney-central",
            "introduction": "Hackney Central covers Mare Street, the Town Hall, Hackney Empire and the busy area around the station. Shoppers, students and evening visitors mean the team spends time on street crime and anti-social behaviour.",
            "contact_email": "hackney-central.snt@example.org",
            "contact_phone": "020 7946 0206",
            "surgeries": "Hackney Central Library, second Tuesday of the month, 4pm to 5pm",
            "team": [
                {"rank": "sergeant", "name": "Marcus Campbell", "role": "Leads the Hackney Central ward team"},
                {"rank": "pc", "name": "Elif Yilmaz", "role": "Dedicated Ward Officer"},
                {"rank": "pc", "name": "George Whitfield", "role": "Dedicated Ward Officer"},
                {"rank": "pcso", "name": "Nadia Benali", "role": "Police Community Support Officer"},
            ],
        },
        {
            "name": "Hackney Downs",
            "slug": "hackney-downs",
            "introduction": "Hackney Downs is built around the park of the same name, with Victorian terraces, estates and the shops on Rectory Road and Clapton. The park is a focus for community events and youth activities.",
            "contact_email": "hackney-downs.snt@example.org",
            "contact_phone": "020 7946 0207",
            "surgeries": "A community centre near Hackney Downs park, first Monday of the month, 6pm to 7pm",
            "team": [
                {"rank": "sergeant", "name": "Jasmine Clarke", "role": "Leads the Hackney Downs ward team"},
                {"rank": "pc", "name": "Rohan Mehta", "role": "Dedicated Ward Officer"},
                {"rank": "pcso", "name": "Kofi Adjei", "role": "Police Community Support Officer"},
            ],
        },
        {
            "name": "Hackney Wick",
            "slug": "hackney-wick",
            "introduction": "Hackney Wick sits beside the Olympic Park and the River Lea, mixing artists' studios, canal boats, new flats and Hackney Marshes. Warm evenings bring crowds to canal-side bars and events.",
            "contact_email": "hackney-wick.snt@example.org",
            "contact_phone": "020 7946 0208",
            "surgeries": "A community space near Hackney Wick station, third Wednesday of the month, 5pm to 6pm",
            "team": [
                {"rank": "sergeant", "name": "Callum Fraser", "role": "Leads the Hackney Wick ward team"},
                {"rank": "pc", "name": "Bisi Adeyemi", "role": "Dedicated Ward Officer"},
                {"rank": "pcso", "name": "Lena Hoffmann", "role": "Police Community Support Officer"},
            ],
        },
        {
            "name": "Haggerston",
            "slug": "haggerston",
            "introduction": "Haggerston runs along the Regent's Canal and Kingsland Road, with Haggerston Park, large estates and a growing number of cafés. The team often patrols the canal towpath and local parks.",
            "contact_email": "haggerston.snt@example.org",
            "contact_phone": "020 7946 0209",
            "surgeries": "Haggerston Park, by the main entrance, second Sunday of the month, 11am to 12 noon",
            "team": [
                {"rank": "sergeant", "name": "Shauna O'Connell", "role": "Leads the Haggerston ward team"},
                {"rank": "pc", "name": "Vikram Bhatt", "role": "Dedicated Ward Officer"},
                {"rank": "pcso", "name": "Aisha Jallow", "role": "Police Community Support Officer"},
            ],
        },
        {
            "name": "Homerton",
            "slug": "homerton",
            "introduction": "Homerton is home to Homerton Hospital and a busy high street, with estates and terraced streets running towards Hackney Marshes. The ward team works closely with youth services and housing officers.",
            "contact_email": "homerton.snt@example.org",
            "contact_phone": "020 7946 0210",
            "surgeries": "Homerton Library, first Thursday of the month, 5pm to 6pm",
            "team": [
                {"rank": "sergeant", "name": "Delroy Francis", "role": "Leads the Homerton ward team"},
                {"rank": "pc", "name": "Katie Simmonds", "role": "Dedicated Ward Officer"},
                {"rank": "pc", "name": "Abdi Warsame", "role": "Dedicated Ward Officer"},
                {"rank": "pcso", "name": "Maria Santos", "role": "Police Community Support Officer"},
            ],
        },
        {
            "name": "Hoxton East & Shoreditch",
            "slug": "hoxton-east-and-shoreditch",
            "introduction": "Hoxton East & Shoreditch includes some of London's busiest nightlife, along with offices, galleries and homes. Weekend evenings bring large crowds, so the team focuses on phone theft and keeping the night-time economy safe.",
            "contact_email": "hoxton-east-and-shoreditch.snt@example.org",
            "contact_phone": "020 7946 0211",
            "surgeries": "Shoreditch Library, last Saturday of the month, 11am to 12 noon",
            "team": [
                {"rank": "sergeant", "name": "Ben Hartley", "role": "Leads the Hoxton East & Shoreditch ward team"},
                {"rank": "pc", "name": "Ngozi Eze", "role": "Dedicated Ward Officer"},
                {"rank": "pc", "name": "Luca Romano", "role": "Dedicated Ward Officer"},
                {"rank": "pcso", "name": "Hana Sato", "role": "Police Community Support Officer"},
            ],
        },
        {
            "name": "Hoxton West",
            "slug": "hoxton-west",
            "introduction": "Hoxton West is a mainly residential ward around Hoxton Street and its market, with many estates and long-standing local families. The ward team works with residents' associations on estate safety.",
            "contact_email": "hoxton-west.snt@example.org",
            "contact_phone": "020 7946 0212",
            "surgeries": "A community hall near Hoxton Street Market, second Wednesday of the month, 6pm to 7pm",
            "team": [
                {"rank": "sergeant", "name": "Sophie Turnbull", "role": "Leads the Hoxton West ward team"},
                {"rank": "pc", "name": "Jerome Baptiste", "role": "Dedicated Ward Officer"},
                {"rank": "pcso", "name": "Fatima Rahman", "role": "Police Community Support Officer"},
            ],
        },
        {
            "name": "King's Park",
            "slug": "kings-park",
            "introduction": "King's Park lies on the eastern side of Hackney, close to Hackney Marshes and the River Lea, and includes several large estates. Young people and families make good use of the marshes and sports pitches.",
            "contact_email": "kings-park.snt@example.org",
            "contact_phone": "020 7946 0213",
            "surgeries": "A tenants' hall on a local estate, first Tuesday of the month, 5pm to 6pm",
            "team": [
                {"rank": "sergeant", "name": "Andre Williams", "role": "Leads the King's Park ward team"},
                {"rank": "pc", "name": "Siobhan Keane", "role": "Dedicated Ward Officer"},
                {"rank": "pcso", "name": "Hamza Ali", "role": "Police Community Support Officer"},
            ],
        },
        {
            "name": "Lea Bridge",
            "slug": "lea-bridge",
            "introduction": "Lea Bridge covers the area around Lea Bridge Road, Millfields Park and Lower Clapton, running down to the River Lea. Traffic on the main road and riding on the paths are common concerns here.",
            "contact_email": "lea-bridge.snt@example.org",
            "contact_phone": "020 7946 0214",
            "surgeries": "A community centre near Millfields Park, third Saturday of the month, 11am to 12 noon",
            "team": [
                {"rank": "sergeant", "name": "Ioana Popescu", "role": "Leads the Lea Bridge ward team"},
                {"rank": "pc", "name": "Samuel Osei", "role": "Dedicated Ward Officer"},
                {"rank": "pcso", "name": "Connor Walsh", "role": "Police Community Support Officer"},
            ],
        },
        {
            "name": "London Fields",
            "slug": "london-fields",
            "introduction": "London Fields is centred on the park, Broadway Market and the canal, and is very busy on sunny days and weekends. The team works on bike theft and anti-social behaviour in and around the park.",
            "contact_email": "london-fields.snt@example.org",
            "contact_phone": "020 7946 0215",
            "surgeries": "London Fields, near the lido entrance, second Saturday of the month, 10am to 11am",
            "team": [
                {"rank": "sergeant", "name": "Imogen Blake", "role": "Leads the London Fields ward team"},
                {"rank": "pc", "name": "Chidi Okonkwo", "role": "Dedicated Ward Officer"},
                {"rank": "pc", "name": "Arjun Pillai", "role": "Dedicated Ward Officer"},
                {"rank": "pcso", "name": "Zeynep Kaya", "role": "Police Community Support Officer"},
            ],
        },
        {
            "name": "Shacklewell",
            "slug": "shacklewell",
            "introduction": "Shacklewell is a small, close-knit ward between Dalston and Stoke Newington, with a mix of Turkish and Kurdish shops, cafés and homes. The team often deals with issues spilling over from the busy main road.",
            "contact_email": "shacklewell.snt@example.org",
            "contact_phone": "020 7946 0216",
            "surgeries": "A community room near Shacklewell Lane, last Tuesday of the month, 6pm to 7pm",
            "team": [
                {"rank": "sergeant", "name": "Mehmet Aslan", "role": "Leads the Shacklewell ward team"},
                {"rank": "pc", "name": "Grace Adebayo", "role": "Dedicated Ward Officer"},
                {"rank": "pcso", "name": "Niamh Brennan", "role": "Police Community Support Officer"},
            ],
        },
        {
            "name": "Springfield",
            "slug": "springfield",
            "introduction": "Springfield sits in the north-east of Hackney beside Springfield Park and the River Lea, with houseboats, rowing clubs and residential streets. It is a quiet ward, but the towpath and park need regular patrols.",
            "contact_email": "springfield.snt@example.org",
            "contact_phone": "020 7946 0217",
            "surgeries": "Springfield Park, near the café, first Sunday of the month, 11am to 12 noon",
            "team": [
                {"rank": "sergeant", "name": "Dov Levinson", "role": "Leads the Springfield ward team"},
                {"rank": "pc", "name": "Amara Diallo", "role": "Dedicated Ward Officer"},
                {"rank": "pcso", "name": "Patrick Nolan", "role": "Police Community Support Officer"},
            ],
        },
        {
            "name": "Stamford Hill West",
            "slug": "stamford-hill-west",
            "introduction": "Stamford Hill West covers the streets west of Stamford Hill Broadway, with a large Orthodox Jewish community and many other residents. The ward team works closely with local community safety groups.",
            "contact_email": "stamford-hill-west.snt@example.org",
            "contact_phone": "020 7946 0218",
            "surgeries": "Stamford Hill Library, second Thursday of the month, 5pm to 6pm",
            "team": [
                {"rank": "sergeant", "name": "Nathan Cohen", "role": "Leads the Stamford Hill West ward team"},
                {"rank": "pc", "name": "Efua Mensah", "role": "Dedicated Ward Officer"},
                {"rank": "pcso", "name": "Ravi Chandran", "role": "Police Community Support Officer"},
            ],
        },
        {
            "name": "Stoke Newington",
            "slug": "stoke-newington",
            "introduction": "Stoke Newington takes in Church Street, Stoke Newington High Street and Abney Park, with independent shops, restaurants and old terraces. The team deals with shop theft and cycle theft, and patrols Abney Park.",
            "contact_email": "stoke-newington.snt@example.org",
            "contact_phone": "020 7946 0219",
            "surgeries": "Stoke Newington Library, first Saturday of the month, 10am to 11am",
            "team": [
                {"rank": "sergeant", "name": "Lucy Ashworth", "role": "Leads the Stoke Newington ward team"},
                {"rank": "pc", "name": "Olumide Bankole", "role": "Dedicated Ward Officer"},
                {"rank": "pc", "name": "Kasia Zielinska", "role": "Dedicated Ward Officer"},
                {"rank": "pcso", "name": "Hassan Farah", "role": "Police Community Support Officer"},
            ],
        },
        {
            "name": "Victoria",
            "slug": "victoria",
            "introduction": "Victoria ward sits next to Victoria Park and includes Well Street and South Hackney, with Victorian terraces and estates. The park brings big crowds for festivals and summer events.",
            "contact_email": "victoria.snt@example.org",
            "contact_phone": "020 7946 0220",
            "surgeries": "A community hall near Well Street, third Monday of the month, 6pm to 7pm",
            "team": [
                {"rank": "sergeant", "name": "Rebecca Thornton", "role": "Leads the Victoria ward team"},
                {"rank": "pc", "name": "Junaid Iqbal", "role": "Dedicated Ward Officer"},
                {"rank": "pcso", "name": "Chantelle Morgan", "role": "Police Community Support Officer"},
            ],
        },
        {
            "name": "Woodberry Down",
            "slug": "woodberry-down",
            "introduction": "Woodberry Down sits beside the reservoirs and Woodberry Wetlands, where a large estate is being rebuilt with new homes. Seven Sisters Road runs along its edge, and the team works with residents through the changes.",
            "contact_email": "woodberry-down.snt@example.org",
            "contact_phone": "020 7946 0221",
            "surgeries": "Woodberry Down Library, last Saturday of the month, 11am to 12 noon",
            "team": [
                {"rank": "sergeant", "name": "Kemi Ogunleye", "role": "Leads the Woodberry Down ward team"},
                {"rank": "pc", "name": "Stefan Petrov", "role": "Dedicated Ward Officer"},
                {"rank": "pcso", "name": "Layla Haddad", "role": "Police Community Support Officer"},
            ],
        },
    ],
    "lambeth": [
        {
            "name": "Brixton Acre Lane",
            "slug": "brixton-acre-lane",
            "introduction": "Brixton Acre Lane covers the streets along Acre Lane between Brixton and Clapham, with a mix of homes, shops and estates. Traffic and street crime on the main road are regular topics at ward meetings.",
            "contact_email": "brixton-acre-lane.snt@example.org",
            "contact_phone": "020 7946 0301",
            "surgeries": "A community centre off Acre Lane, first Tuesday of the month, 6pm to 7pm",
            "team": [
                {"rank": "sergeant", "name": "Marlon Edwards", "role": "Leads the Brixton Acre Lane ward team"},
                {"rank": "pc", "name": "Hannah Fielding", "role": "Dedicated Ward Officer"},
                {"rank": "pcso", "name": "Oluwaseun Ajayi", "role": "Police Community Support Officer"},
            ],
        },
        {
            "name": "Brixton North",
            "slug": "brixton-north",
            "introduction": "Brixton North lies just north of Brixton town centre and includes large estates and busy roads towards Stockwell and Camberwell. The team works with youth projects and residents to keep estates safe.",
            "contact_email": "brixton-north.snt@example.org",
            "contact_phone": "020 7946 0302",
            "surgeries": "A tenants' hall on a local estate, second Wednesday of the month, 5pm to 6pm",
            "team": [
                {"rank": "sergeant", "name": "Tanisha Grant", "role": "Leads the Brixton North ward team"},
                {"rank": "pc", "name": "Rory McAllister", "role": "Dedicated Ward Officer"},
                {"rank": "pc", "name": "Ifeoma Chukwu", "role": "Dedicated Ward Officer"},
                {"rank": "pcso", "name": "Bilal Sheikh", "role": "Police Community Support Officer"},
            ],
        },
        {
            "name": "Brixton Rush Common",
            "slug": "brixton-rush-common",
            "introduction": "Brixton Rush Common runs up Brixton Hill, named after the strips of common land beside the road. It is mainly homes and estates, with shops and takeaways along the hill.",
            "contact_email": "brixton-rush-common.snt@example.org",
            "contact_phone": "020 7946 0303",
            "surgeries": "A community room on Brixton Hill, third Thursday of the month, 6pm to 7pm",
            "team": [
                {"rank": "sergeant", "name": "Gareth Hughes", "role": "Leads the Brixton Rush Common ward team"},
                {"rank": "pc", "name": "Shanice Brown", "role": "Dedicated Ward Officer"},
                {"rank": "pcso", "name": "Pedro Alves", "role": "Police Community Support Officer"},
            ],
        },
        {
            "name": "Brixton Windrush",
            "slug": "brixton-windrush",
            "introduction": "Brixton Windrush is the heart of Brixton, with Windrush Square, the markets, music venues and the station. It is busy day and night, so the team focuses on street crime, drug dealing and the night-time economy.",
            "contact_email": "brixton-windrush.snt@example.org",
            "contact_phone": "020 7946 0304",
            "surgeries": "Brixton Library, first Saturday of the month, 11am to 12 noon",
            "team": [
                {"rank": "sergeant", "name": "Leon Richards", "role": "Leads the Brixton Windrush ward team"},
                {"rank": "pc", "name": "Aoife Murphy", "role": "Dedicated Ward Officer"},
                {"rank": "pc", "name": "Kelechi Umeh", "role": "Dedicated Ward Officer"},
                {"rank": "pcso", "name": "Sabrina Costa", "role": "Police Community Support Officer"},
            ],
        },
        {
            "name": "Clapham Common & Abbeville",
            "slug": "clapham-common-and-abbeville",
            "introduction": "Clapham Common & Abbeville covers the eastern side of Clapham Common and the village-style shops of Abbeville Road. The common is busy in summer, and the team patrols it to tackle theft and anti-social behaviour.",
            "contact_email": "clapham-common-and-abbeville.snt@example.org",
            "contact_phone": "020 7946 0305",
            "surgeries": "Clapham Common, near the bandstand, second Saturday of the month, 10am to 11am",
            "team": [
                {"rank": "sergeant", "name": "Eleanor Price", "role": "Leads the Clapham Common & Abbeville ward team"},
                {"rank": "pc", "name": "Yaw Boateng", "role": "Dedicated Ward Officer"},
                {"rank": "pcso", "name": "Agnieszka Kowal", "role": "Police Community Support Officer"},
            ],
        },
        {
            "name": "Clapham East",
            "slug": "clapham-east",
            "introduction": "Clapham East lies around Clapham North and the streets towards Stockwell, with terraced houses, estates and part of Clapham High Street. Late-night crowds and phone theft are common concerns.",
            "contact_email": "clapham-east.snt@example.org",
            "contact_phone": "020 7946 0306",
            "surgeries": "A community hall near Clapham North station, last Wednesday of the month, 6pm to 7pm",
            "team": [
                {"rank": "sergeant", "name": "Simon Achterberg", "role": "Leads the Clapham East ward team"},
                {"rank": "pc", "name": "Zara Mahmood", "role": "Dedicated Ward Officer"},
                {"rank": "pcso", "name": "Dwayne Lewis", "role": "Police Community Support Officer"},
            ],
        },
        {
            "name": "Clapham Park",
            "slug": "clapham-park",
            "introduction": "Clapham Park is a residential ward between Clapham and Brixton Hill, including a large estate that has been rebuilt in recent years. The team works with housing providers and youth groups.",
            "contact_email": "clapham-park.snt@example.org",
            "contact_phone": "020 7946 0307",
            "surgeries": "A community centre on a local estate, first Thursday of the month, 5pm to 6pm",
            "team": [
                {"rank": "sergeant", "name": "Nicola Ferreira", "role": "Leads the Clapham Park ward team"},
                {"rank": "pc", "name": "Tunde Bakare", "role": "Dedicated Ward Officer"},
                {"rank": "pcso", "name": "Jamie Stewart", "role": "Police Community Support Officer"},
            ],
        },
        {
            "name": "Clapham Town",
            "slug": "clapham-town",
            "introduction": "Clapham Town takes in Clapham Old Town, Venn Street and much of Clapham High Street, one of south London's busiest nightlife areas. The team works with bars and clubs to keep weekend evenings safe.",
            "contact_email": "clapham-town.snt@example.org",
            "contact_phone": "020 7946 0308",
            "surgeries": "Clapham Library, second Tuesday of the month, 5pm to 6pm",
            "team": [
                {"rank": "sergeant", "name": "Joanna Whitaker", "role": "Leads the Clapham Town ward team"},
                {"rank": "pc", "name": "Raheem Sutherland", "role": "Dedicated Ward Officer"},
                {"rank": "pc", "name": "Mei Lin Tan", "role": "Dedicated Ward Officer"},
                {"rank": "pcso", "name": "Oscar Lindgren", "role": "Police Community Support Officer"},
            ],
        },
        {
            "name": "Herne Hill & Loughborough Junction",
            "slug": "herne-hill-and-loughborough-junction",
            "introduction": "Herne Hill & Loughborough Junction runs from the railway arches of Loughborough Junction to Brockwell Park and Railton Road. In December 2025 a school in the area hosted a packed community crime-fighting meeting for Lambeth residents.",
            "contact_email": "herne-hill-and-loughborough-junction.snt@example.org",
            "contact_phone": "020 7946 0309",
            "surgeries": "Brockwell Park, near the main gate, first Saturday of the month, 10am to 11am",
            "team": [
                {
                    "rank": "sergeant",
                    "name": "Femi Adewale",
                    "role": "Leads the Herne Hill & Loughborough Junction ward team",
                },
                {"rank": "pc", "name": "Claire Donnelly", "role": "Dedicated Ward Officer"},
                {"rank": "pc", "name": "Imran Chaudhry", "role": "Dedicated Ward Officer"},
                {"rank": "pcso", "name": "Beatriz Oliveira", "role": "Police Community Support Officer"},
            ],
        },
        {
            "name": "Kennington",
            "slug": "kennington",
            "introduction": "Kennington is a mainly residential ward around Kennington Park and Kennington Road, with Georgian squares and several large estates. The park is a focus for patrols and youth activities.",
            "contact_email": "kennington.snt@example.org",
            "contact_phone": "020 7946 0310",
            "surgeries": "Durning Library, third Saturday of the month, 11am to 12 noon",
            "team": [
                {"rank": "sergeant", "name": "Alistair Grey", "role": "Leads the Kennington ward team"},
                {"rank": "pc", "name": "Nia Roberts", "role": "Dedicated Ward Officer"},
                {"rank": "pcso", "name": "Samir Haddad", "role": "Police Community Support Officer"},
            ],
        },
        {
            "name": "Knight's Hill",
            "slug": "knights-hill",
            "introduction": "Knight's Hill lies between West Norwood and Tulse Hill, with residential streets, estates and a stretch of the South Circular. The team works with local schools and residents' groups.",
            "contact_email": "knights-hill.snt@example.org",
            "contact_phone": "020 7946 0311",
            "surgeries": "A community centre near Knight's Hill, second Monday of the month, 6pm to 7pm",
            "team": [
                {"rank": "sergeant", "name": "Patience Owusu", "role": "Leads the Knight's Hill ward team"},
                {"rank": "pc", "name": "Harry Bennett", "role": "Dedicated Ward Officer"},
                {"rank": "pcso", "name": "Rukhsana Begum", "role": "Police Community Support Officer"},
            ],
        },
        {
            "name": "Myatt's Fields",
            "slug": "myatts-fields",
            "introduction": "Myatt's Fields is named after its Victorian park and sits on the border with Camberwell, with terraced streets and estates. Residents often raise concerns about anti-social behaviour and speeding.",
            "contact_email": "myatts-fields.snt@example.org",
            "contact_phone": "020 7946 0312",
            "surgeries": "Minet Library, last Thursday of the month, 5pm to 6pm",
            "team": [
                {"rank": "sergeant", "name": "Colin Ferguson", "role": "Leads the Myatt's Fields ward team"},
                {"rank": "pc", "name": "Abena Darko", "role": "Dedicated Ward Officer"},
                {"rank": "pcso", "name": "Kamil Nowak", "role": "Police Community Support Officer"},
            ],
        },
        {
            "name": "Oval",
            "slug": "oval",
            "introduction": "Oval is built around the famous cricket ground, with homes, estates and busy roads leading to Vauxhall and Kennington. Match days bring large crowds to the area.",
            "contact_email": "oval.snt@example.org",
            "contact_phone": "020 7946 0313",
            "surgeries": "A community hall near Oval station, first Wednesday of the month, 6pm to 7pm",
            "team": [
                {"rank": "sergeant", "name": "Victoria Okoro", "role": "Leads the Oval ward team"},
                {"rank": "pc", "name": "Matthew Rowe", "role": "Dedicated Ward Officer"},
                {"rank": "pcso", "name": "Yasmin Karim", "role": "Police Community Support Officer"},
            ],
        },
        {
            "name": "St Martin's",
            "slug": "st-martins",
            "introduction": "St Martin's lies between Tulse Hill and Brixton, with large estates and quieter streets near Brockwell Park. The team works with youth workers to give young people safe places to go.",
            "contact_email": "st-martins.snt@example.org",
            "contact_phone": "020 7946 0314",
            "surgeries": "A tenants' hall on a local estate, second Thursday of the month, 5pm to 6pm",
            "team": [
                {"rank": "sergeant", "name": "Jermaine Thompson", "role": "Leads the St Martin's ward team"},
                {"rank": "pc", "name": "Rosa Jimenez", "role": "Dedicated Ward Officer"},
                {"rank": "pc", "name": "Ashok Nair", "role": "Dedicated Ward Officer"},
                {"rank": "pcso", "name": "Bethany Cole", "role": "Police Community Support Officer"},
            ],
        },
        {
            "name": "Stockwell East",
            "slug": "stockwell-east",
            "introduction": "Stockwell East covers the streets around Stockwell station and Stockwell Park, with estates, terraces and busy bus routes. Residents often ask the team about street drinking and drug-related anti-social behaviour.",
            "contact_email": "stockwell-east.snt@example.org",
            "contact_phone": "020 7946 0315",
            "surgeries": "A community centre near Stockwell station, third Tuesday of the month, 6pm to 7pm",
            "team": [
                {"rank": "sergeant", "name": "Isabel Moreira", "role": "Leads the Stockwell East ward team"},
                {"rank": "pc", "name": "Kieran Doherty", "role": "Dedicated Ward Officer"},
                {"rank": "pcso", "name": "Adwoa Mensah", "role": "Police Community Support Officer"},
            ],
        },
        {
            "name": "Stockwell West & Larkhall",
            "slug": "stockwell-west-and-larkhall",
            "introduction": "Stockwell West & Larkhall includes Larkhall Park and the South Lambeth Road, known for its Portuguese cafés and shops. It is a mix of estates and terraced streets.",
            "contact_email": "stockwell-west-and-larkhall.snt@example.org",
            "contact_phone": "020 7946 0316",
            "surgeries": "Tate South Lambeth Library, first Saturday of the month, 11am to 12 noon",
            "team": [
                {"rank": "sergeant", "name": "Rui Carvalho", "role": "Leads the Stockwell West & Larkhall ward team"},
                {"rank": "pc", "name": "Gemma Lawson", "role": "Dedicated Ward Officer"},
                {"rank": "pcso", "name": "Obinna Nwosu", "role": "Police Community Support Officer"},
            ],
        },
        {
            "name": "Streatham Common & Vale",
            "slug": "streatham-common-and-vale",
            "introduction": "Streatham Common & Vale covers Streatham Common, the Rookery gardens and the residential streets of the Vale. The common is a popular spot for families and dog walkers.",
            "contact_email": "streatham-common-and-vale.snt@example.org",
            "contact_phone": "020 7946 0317",
            "surgeries": "Streatham Common, by the Rookery café, second Sunday of the month, 11am to 12 noon",
            "team": [
                {"rank": "sergeant", "name": "Philippa Hart", "role": "Leads the Streatham Common & Vale ward team"},
                {"rank": "pc", "name": "Dami Oladipo", "role": "Dedicated Ward Officer"},
                {"rank": "pcso", "name": "Anil Kothari", "role": "Police Community Support Officer"},
            ],
        },
        {
            "name": "Streatham Hill East",
            "slug": "streatham-hill-east",
            "introduction": "Streatham Hill East lies east of Streatham Hill station, with mansion blocks, terraced streets and busy shops along the main road. Residents raise concerns about car crime and anti-social behaviour.",
            "contact_email": "streatham-hill-east.snt@example.org",
            "contact_phone": "020 7946 0318",
            "surgeries": "A community hall near Streatham Hill station, last Monday of the month, 6pm to 7pm",
            "team": [
                {"rank": "sergeant", "name": "Errol Bailey", "role": "Leads the Streatham Hill East ward team"},
                {"rank": "pc", "name": "Kirsty Munro", "role": "Dedicated Ward Officer"},
                {"rank": "pcso", "name": "Farida Osman", "role": "Police Community Support Officer"},
            ],
        },
        {
            "name": "Streatham Hill West & Thornton",
            "slug": "streatham-hill-west-and-thornton",
            "introduction": "Streatham Hill West & Thornton is a mostly residential ward on the west side of Streatham Hill, close to Tooting Bec Common. The team focuses on burglary, vehicle crime and neighbourhood watch links.",
            "contact_email": "streatham-hill-west-and-thornton.snt@example.org",
            "contact_phone": "020 7946 0319",
            "surgeries": "A church hall near Streatham Hill, first Monday of the month, 6pm to 7pm",
            "team": [
                {
                    "rank": "sergeant",
                    "name": "Gwen Llewellyn",
                    "role": "Leads the Streatham Hill West & Thornton ward team",
                },
                {"rank": "pc", "name": "Sunil Varma", "role": "Dedicated Ward Officer"},
                {"rank": "pcso", "name": "Tyrone Jackson", "role": "Police Community Support Officer"},
            ],
        },
        {
            "name": "Streatham St Leonard's",
            "slug": "streatham-st-leonards",
            "introduction": "Streatham St Leonard's takes its name from the old parish church and covers much of Streatham High Road, one of London's longest shopping streets. The team works with businesses on shop theft.",
            "contact_email": "streatham-st-leonards.snt@example.org",
            "contact_phone": "020 7946 0320",
            "surgeries": "Streatham Library, second Saturday of the month, 11am to 12 noon",
            "team": [
                {"rank": "sergeant", "name": "Deborah Akinola", "role": "Leads the Streatham St Leonard's ward team"},
                {"rank": "pc", "name": "Euan Robertson", "role": "Dedicated Ward Officer"},
                {"rank": "pc", "name": "Parveen Akhtar", "role": "Dedicated Ward Officer"},
                {"rank": "pcso", "name": "Mateus Ribeiro", "role": "Police Community Support Officer"},
            ],
        },
        {
            "name": "Streatham Wells",
            "slug": "streatham-wells",
            "introduction": "Streatham Wells is named after the mineral springs that once drew visitors to the area, and is now mostly quiet residential streets and local parades. The team focuses on burglary and road safety.",
            "contact_email": "streatham-wells.snt@example.org",
            "contact_phone": "020 7946 0321",
            "surgeries": "A community centre in the ward, third Wednesday of the month, 5pm to 6pm",
            "team": [
                {"rank": "sergeant", "name": "Martin Oyelaran", "role": "Leads the Streatham Wells ward team"},
                {"rank": "pc", "name": "Fiona Gallacher", "role": "Dedicated Ward Officer"},
                {"rank": "pcso", "name": "Hiba Mansour", "role": "Police Community Support Officer"},
            ],
        },
        {
            "name": "Vauxhall",
            "slug": "vauxhall",
            "introduction": "Vauxhall is a busy transport hub with clubs, new riverside towers and long-established estates. Residents at the December 2025 community meeting named it as a crime hotspot, so the team runs regular targeted patrols here.",
            "contact_email": "vauxhall.snt@example.org",
            "contact_phone": "020 7946 0322",
            "surgeries": "A community centre near Vauxhall station, first Thursday of the month, 6pm to 7pm",
            "team": [
                {"rank": "sergeant", "name": "Omar Suleiman", "role": "Leads the Vauxhall ward team"},
                {"rank": "pc", "name": "Laura Kingsley", "role": "Dedicated Ward Officer"},
                {"rank": "pc", "name": "Chinedu Okeke", "role": "Dedicated Ward Officer"},
                {"rank": "pcso", "name": "Eva Novak", "role": "Police Community Support Officer"},
            ],
        },
        {
            "name": "Waterloo & South Bank",
            "slug": "waterloo-and-south-bank",
            "introduction": "Waterloo & South Bank includes Waterloo station, the Southbank Centre and the London Eye, as well as homes around Lower Marsh. Huge numbers of visitors mean the team focuses on phone theft and pickpocketing.",
            "contact_email": "waterloo-and-south-bank.snt@example.org",
            "contact_phone": "020 7946 0323",
            "surgeries": "A community space near Lower Marsh, second Tuesday of the month, 12 noon to 1pm",
            "team": [
                {
                    "rank": "sergeant",
                    "name": "Catherine Doyle-Evans",
                    "role": "Leads the Waterloo & South Bank ward team",
                },
                {"rank": "pc", "name": "Kwesi Appiah", "role": "Dedicated Ward Officer"},
                {"rank": "pcso", "name": "Ananya Iyer", "role": "Police Community Support Officer"},
            ],
        },
        {
            "name": "West Dulwich",
            "slug": "west-dulwich",
            "introduction": "West Dulwich is a quiet, leafy ward on the border with Southwark, with family homes and small shopping parades. Burglary and car crime are the concerns residents raise most.",
            "contact_email": "west-dulwich.snt@example.org",
            "contact_phone": "020 7946 0324",
            "surgeries": "A church hall in the ward, last Saturday of the month, 10am to 11am",
            "team": [
                {"rank": "sergeant", "name": "Robert Ainsworth", "role": "Leads the West Dulwich ward team"},
                {"rank": "pc", "name": "Jade Campbell-Hunt", "role": "Dedicated Ward Officer"},
                {"rank": "pcso", "name": "Mohammed Rafiq", "role": "Police Community Support Officer"},
            ],
        },
        {
            "name": "West Norwood",
            "slug": "west-norwood",
            "introduction": "West Norwood has a lively high street, a monthly community market and the historic West Norwood Cemetery. The team works with local traders and residents' groups on shop theft and anti-social behaviour.",
            "contact_email": "west-norwood.snt@example.org",
            "contact_phone": "020 7946 0325",
            "surgeries": "West Norwood Library, first Saturday of the month, 11am to 12 noon",
            "team": [
                {"rank": "sergeant", "name": "Sandra Mcleod", "role": "Leads the West Norwood ward team"},
                {"rank": "pc", "name": "Tobi Afolabi", "role": "Dedicated Ward Officer"},
                {"rank": "pc", "name": "Ellie Parsons", "role": "Dedicated Ward Officer"},
                {"rank": "pcso", "name": "Reza Tehrani", "role": "Police Community Support Officer"},
            ],
        },
    ],
}


# ---------------------------------------------------------------------------
# Borough-level neighbourhood teams (fictional people)
# ---------------------------------------------------------------------------

BOROUGH_TEAMS = {
    "barking-and-dagenham": [
        {"rank": "inspector", "name": "Paul Ogunbiyi", "role": "Neighbourhood Inspector for Barking and Dagenham"},
        {
            "rank": "sergeant",
            "name": "Karen Whitlock",
            "role": "Neighbourhood Sergeant, partnership and problem-solving",
        },
    ],
    "barnet": [
        {"rank": "inspector", "name": "Miriam Goldberg", "role": "Neighbourhood Inspector for Barnet"},
        {"rank": "sergeant", "name": "Deepak Solanki", "role": "Neighbourhood Sergeant, town centres"},
        {"rank": "pcso", "name": "Laura Ferris", "role": "Police Community Support Officer, community engagement"},
    ],
    "bexley": [
        {"rank": "inspector", "name": "Graham Pocock", "role": "Neighbourhood Inspector for Bexley"},
        {"rank": "sergeant", "name": "Yetunde Ojo", "role": "Neighbourhood Sergeant, crime prevention"},
    ],
    "brent": [
        {"rank": "inspector", "name": "Nisha Parekh", "role": "Neighbourhood Inspector for Brent"},
        {"rank": "sergeant", "name": "Conor Healy", "role": "Neighbourhood Sergeant, youth engagement"},
        {"rank": "pc", "name": "Abdirahman Yusuf", "role": "Schools and youth officer"},
    ],
    "bromley": [
        {"rank": "inspector", "name": "Fiona Calder", "role": "Neighbourhood Inspector for Bromley"},
        {"rank": "sergeant", "name": "Ikenna Obiora", "role": "Neighbourhood Sergeant, rural and wildlife crime"},
    ],
    "camden": [
        {"rank": "inspector", "name": "Stuart Kerr", "role": "Neighbourhood Inspector for Camden"},
        {"rank": "sergeant", "name": "Lakshmi Menon", "role": "Neighbourhood Sergeant, night-time economy"},
        {"rank": "pcso", "name": "Jonah Feldman", "role": "Police Community Support Officer, community engagement"},
    ],
    "croydon": [
        {"rank": "inspector", "name": "Esther Bamidele", "role": "Neighbourhood Inspector for Croydon"},
        {"rank": "sergeant", "name": "Ryan Pearce", "role": "Neighbourhood Sergeant, town centre team"},
        {"rank": "pc", "name": "Sadia Anwar", "role": "Schools and youth officer"},
    ],
    "ealing": [
        {"rank": "inspector", "name": "Harjit Sandhu", "role": "Neighbourhood Inspector for Ealing"},
        {"rank": "sergeant", "name": "Megan Lloyd", "role": "Neighbourhood Sergeant, partnership and problem-solving"},
    ],
    "enfield": [
        {"rank": "inspector", "name": "Christos Georgiou", "role": "Neighbourhood Inspector for Enfield"},
        {"rank": "sergeant", "name": "Michelle Agyeman", "role": "Neighbourhood Sergeant, youth engagement"},
    ],
    "greenwich": [
        {"rank": "inspector", "name": "Hugh Barrington", "role": "Neighbourhood Inspector for Greenwich"},
        {"rank": "sergeant", "name": "Folasade Ibekwe", "role": "Neighbourhood Sergeant, town centres"},
        {"rank": "pcso", "name": "Dylan Parry", "role": "Police Community Support Officer, community engagement"},
    ],
    "hackney": [
        {"rank": "inspector", "name": "Naomi Achebe", "role": "Neighbourhood Inspector for Hackney"},
        {"rank": "sergeant", "name": "Tom Ellery", "role": "Neighbourhood Sergeant, schools and youth engagement"},
        {"rank": "sergeant", "name": "Serkan Ozturk", "role": "Neighbourhood Sergeant, e-bike and e-scooter hotspots"},
    ],
    "hammersmith-and-fulham": [
        {"rank": "inspector", "name": "Alexandra Voss", "role": "Neighbourhood Inspector for Hammersmith and Fulham"},
        {"rank": "sergeant", "name": "Winston Clarke", "role": "Neighbourhood Sergeant, events and match days"},
    ],
    "haringey": [
        {"rank": "inspector", "name": "Gloria Mensah-Bonsu", "role": "Neighbourhood Inspector for Haringey"},
        {"rank": "sergeant", "name": "Aidan Cross", "role": "Neighbourhood Sergeant, partnership and problem-solving"},
        {"rank": "pc", "name": "Merve Celik", "role": "Schools and youth officer"},
    ],
    "harrow": [
        {"rank": "inspector", "name": "Rajiv Malhotra", "role": "Neighbourhood Inspector for Harrow"},
        {"rank": "sergeant", "name": "Joanne Pike", "role": "Neighbourhood Sergeant, crime prevention"},
    ],
    "havering": [
        {"rank": "inspector", "name": "Steven Dunmore", "role": "Neighbourhood Inspector for Havering"},
        {"rank": "sergeant", "name": "Chioma Eze-Williams", "role": "Neighbourhood Sergeant, town centre team"},
    ],
    "hillingdon": [
        {"rank": "inspector", "name": "Parminder Gill", "role": "Neighbourhood Inspector for Hillingdon"},
        {
            "rank": "sergeant",
            "name": "Nick Holloway",
            "role": "Neighbourhood Sergeant, partnership and problem-solving",
        },
        {"rank": "pcso", "name": "Aleksandra Wojcik", "role": "Police Community Support Officer, community engagement"},
    ],
    "hounslow": [
        {"rank": "inspector", "name": "Claudia Mendes", "role": "Neighbourhood Inspector for Hounslow"},
        {"rank": "sergeant", "name": "Gurpreet Dhillon", "role": "Neighbourhood Sergeant, youth engagement"},
    ],
    "islington": [
        {"rank": "inspector", "name": "Bernard Okoye", "role": "Neighbourhood Inspector for Islington"},
        {"rank": "sergeant", "name": "Holly Marchant", "role": "Neighbourhood Sergeant, estates and housing"},
        {"rank": "pc", "name": "Ismail Bashir", "role": "Schools and youth officer"},
    ],
    "kensington-and-chelsea": [
        {"rank": "inspector", "name": "Julian Ashby", "role": "Neighbourhood Inspector for Kensington and Chelsea"},
        {"rank": "sergeant", "name": "Marcia Douglas", "role": "Neighbourhood Sergeant, North Kensington"},
    ],
    "kingston-upon-thames": [
        {"rank": "inspector", "name": "Ji-woo Park", "role": "Neighbourhood Inspector for Kingston upon Thames"},
        {"rank": "sergeant", "name": "Alan Fairbairn", "role": "Neighbourhood Sergeant, town centre team"},
    ],
    "lambeth": [
        {"rank": "inspector", "name": "Dionne Fairweather", "role": "Neighbourhood Inspector for Lambeth"},
        {"rank": "sergeant", "name": "Pablo Serrano", "role": "Neighbourhood Sergeant, Vauxhall hotspot patrols"},
        {"rank": "sergeant", "name": "Lydia Osei-Tutu", "role": "Neighbourhood Sergeant, young people and safe spaces"},
    ],
    "lewisham": [
        {"rank": "inspector", "name": "Anthony Blackwood", "role": "Neighbourhood Inspector for Lewisham"},
        {
            "rank": "sergeant",
            "name": "Roisin Flanagan",
            "role": "Neighbourhood Sergeant, partnership and problem-solving",
        },
        {"rank": "pcso", "name": "Sola Akintola", "role": "Police Community Support Officer, community engagement"},
    ],
    "merton": [
        {"rank": "inspector", "name": "Catriona Baird", "role": "Neighbourhood Inspector for Merton"},
        {"rank": "sergeant", "name": "Wasim Rehman", "role": "Neighbourhood Sergeant, events and crowds"},
    ],
    "newham": [
        {"rank": "inspector", "name": "Shazia Malik", "role": "Neighbourhood Inspector for Newham"},
        {"rank": "sergeant", "name": "Terrence Odukoya", "role": "Neighbourhood Sergeant, transport hubs"},
        {"rank": "pc", "name": "Mihai Ionescu", "role": "Schools and youth officer"},
    ],
    "redbridge": [
        {"rank": "inspector", "name": "Vijay Raghunathan", "role": "Neighbourhood Inspector for Redbridge"},
        {"rank": "sergeant", "name": "Kerry-Ann Thomas", "role": "Neighbourhood Sergeant, crime prevention"},
    ],
    "richmond-upon-thames": [
        {"rank": "inspector", "name": "Charlotte Penrose", "role": "Neighbourhood Inspector for Richmond upon Thames"},
        {"rank": "sergeant", "name": "Babajide Salako", "role": "Neighbourhood Sergeant, riverside and events"},
    ],
    "southwark": [
        {"rank": "inspector", "name": "Michael Adu-Gyamfi", "role": "Neighbourhood Inspector for Southwark"},
        {"rank": "sergeant", "name": "Sinead Cullen", "role": "Neighbourhood Sergeant, youth engagement"},
        {"rank": "pcso", "name": "Hyun-jin Lee", "role": "Police Community Support Officer, community engagement"},
    ],
    "sutton": [
        {"rank": "inspector", "name": "Rosalind Webb", "role": "Neighbourhood Inspector for Sutton"},
        {
            "rank": "sergeant",
            "name": "Ahmed Elsayed",
            "role": "Neighbourhood Sergeant, fraud prevention and older people",
        },
    ],
    "tower-hamlets": [
        {"rank": "inspector", "name": "Shahana Chowdhury", "role": "Neighbourhood Inspector for Tower Hamlets"},
        {"rank": "sergeant", "name": "Gavin Pryce", "role": "Neighbourhood Sergeant, partnership and problem-solving"},
        {"rank": "pc", "name": "Nasir Uddin", "role": "Schools and youth officer"},
    ],
    "waltham-forest": [
        {"rank": "inspector", "name": "Joseph Amankwah", "role": "Neighbourhood Inspector for Waltham Forest"},
        {"rank": "sergeant", "name": "Polly Harrington", "role": "Neighbourhood Sergeant, markets and town centres"},
    ],
    "wandsworth": [
        {"rank": "inspector", "name": "Edward Lennox", "role": "Neighbourhood Inspector for Wandsworth"},
        {"rank": "sergeant", "name": "Aminata Kamara", "role": "Neighbourhood Sergeant, night-time economy"},
        {"rank": "pcso", "name": "Filip Horvat", "role": "Police Community Support Officer, community engagement"},
    ],
    "westminster": [
        {"rank": "inspector", "name": "Louise Carrington", "role": "Neighbourhood Inspector for Westminster"},
        {"rank": "sergeant", "name": "Obafemi Adeyinka", "role": "Neighbourhood Sergeant, West End"},
        {"rank": "sergeant", "name": "Cristina Marin", "role": "Neighbourhood Sergeant, residential neighbourhoods"},
    ],
}
