"""Police force areas by their ONS GSS code (ONSPD column `pfa`): the force's name, in English,
as the force calls itself. Residents outside London are pointed to police.uk's force finder."""

from django.utils.translation import gettext_lazy as _

CITY_OF_LONDON_BOROUGH = "E09000001"
CITY_OF_LONDON_POLICE = "E23000034"
METROPOLITAN_POLICE = "E23000001"

FORCE_NAMES = {
    "E23000001": "Metropolitan Police Service",
    "E23000002": "Cumbria Constabulary",
    "E23000003": "Lancashire Constabulary",
    "E23000004": "Merseyside Police",
    "E23000005": "Greater Manchester Police",
    "E23000006": "Cheshire Constabulary",
    "E23000007": "Northumbria Police",
    "E23000008": "Durham Constabulary",
    "E23000009": "North Yorkshire Police",
    "E23000010": "West Yorkshire Police",
    "E23000011": "South Yorkshire Police",
    "E23000012": "Humberside Police",
    "E23000013": "Cleveland Police",
    "E23000014": "West Midlands Police",
    "E23000015": "Staffordshire Police",
    "E23000016": "West Mercia Police",
    "E23000017": "Warwickshire Police",
    "E23000018": "Derbyshire Constabulary",
    "E23000019": "Nottinghamshire Police",
    "E23000020": "Lincolnshire Police",
    "E23000021": "Leicestershire Police",
    "E23000022": "Northamptonshire Police",
    "E23000023": "Cambridgeshire Constabulary",
    "E23000024": "Norfolk Constabulary",
    "E23000025": "Suffolk Constabulary",
    "E23000026": "Bedfordshire Police",
    "E23000027": "Hertfordshire Constabulary",
    "E23000028": "Essex Police",
    "E23000029": "Thames Valley Police",
    "E23000030": "Hampshire and Isle of Wight Constabulary",
    "E23000031": "Surrey Police",
    "E23000032": "Kent Police",
    "E23000033": "Sussex Police",
    "E23000034": "City of London Police",
    "E23000035": "Devon and Cornwall Police",
    "E23000036": "Avon and Somerset Police",
    "E23000037": "Gloucestershire Constabulary",
    "E23000038": "Wiltshire Police",
    "E23000039": "Dorset Police",
    "W15000001": "North Wales Police",
    "W15000002": "Gwent Police",
    "W15000003": "South Wales Police",
    "W15000004": "Dyfed-Powys Police",
}

# Where a force is not in the table (Scotland, Northern Ireland, the islands), a name by country.
BY_COUNTRY_PREFIX = {"S": "Police Scotland", "N": "Police Service of Northern Ireland"}

POLICE_UK_FORCE_FINDER = "https://www.police.uk/pu/find-a-police-force/"


def force_name(code: str) -> str:
    if code in FORCE_NAMES:
        return FORCE_NAMES[code]
    if code[:1] in BY_COUNTRY_PREFIX:
        return BY_COUNTRY_PREFIX[code[:1]]
    return str(_("the local police force"))
