"""The demo, in the order it is built. `load_demo` calls each loader as `loader(home, log)` inside
one transaction, with `home` the English home page and `log` a DemoLog for progress lines.

Every loader is idempotent: it creates what is missing and leaves what exists (and editors'
changes) alone. To add demo content, write `demo/<name>.py` with a `load_<name>(home, log)`
(data in `demo/data/<name>.json`) and add it to LOADERS below, after what it needs."""

from . import advice, alerts, boroughs, concerns, find, i18n_sync, meetings, staff, strategy, translations, users

LOADERS = [
    advice.load_taxonomy,  # crime types, ASB categories and advice topics: everything tags with them
    boroughs.load_boroughs,  # the 12 BCUs, "Your area" and all 32 boroughs
    boroughs.load_neighbourhoods,  # teams, wards, priorities and updates under the boroughs
    find.load_find_demo,  # GSS codes of the boroughs and wards, then the SAMPLE postcode file
    advice.load_advice,  # the advice index, every advice page and the ASB page
    advice.load_featured_advice,  # needs boroughs and advice pages
    meetings.load_meetings,  # after the boroughs' priorities, which its actions link to
    strategy.load_strategy,
    concerns.load_concern_pages,  # after the wards, which concerns and survey answers name
    translations.load_translations,  # last of the content: translates pages created above (demo/po/*.po)
    staff.load_staff_demo,  # review dates due in Hackney, for the staff dashboards (after the translations)
    i18n_sync.load_locale_sync,  # every page in every locale (aliases of English), the rest of the taxonomy
    users.load_roles_and_users,  # roles and workflow for every borough (after the sync: its
    # pages in every locale get their permissions on the first load, not only on a rerun); demo users where enabled
    alerts.load_alerts,  # alerts (issue 17): example.org subscribers, sent and rated messages, a digest
]
