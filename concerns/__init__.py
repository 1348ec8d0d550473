"""Residents' concerns and the priority survey.

This app stands apart from the content apps because what it holds is not content: it is
residents' personal data (names, e-mail addresses, phone numbers, what they saw), with a
workflow (statuses, internal notes), delivery state for e-mails, and a retention period after
which personal details are erased. It imports `boroughs` (wards, borough pages) and `advice`
(the shared taxonomy); they never import it, and it is deliberately not in
ENGAGE_CONTENT_APPS, so saving a submission does not bump the content version.
"""
