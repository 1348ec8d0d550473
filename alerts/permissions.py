"""Who may do what with alerts in the admin.

- Boroughs a user may send to and see reports for: every borough whose page they may edit
  (Wagtail's page permissions, which `governance.setup_roles` grants per borough), all of them for
  a superuser or a user with publish rights at the root (central communications).
- A force-wide message: the `alerts.send_forcewide_alert` permission.
- Subscribers' addresses and export: `alerts.view_subscriber_addresses` / `alerts.export_subscribers`.
"""

from wagtail.models import Locale, Page

from boroughs.models import BoroughPage

VIEW_ADDRESSES = "alerts.view_subscriber_addresses"
EXPORT = "alerts.export_subscribers"
FORCEWIDE = "alerts.send_forcewide_alert"


def can_send_forcewide(user) -> bool:
    return user.is_active and user.has_perm(FORCEWIDE)


def can_view_addresses(user) -> bool:
    return user.is_active and user.has_perm(VIEW_ADDRESSES)


def can_export(user) -> bool:
    return user.is_active and user.has_perm(EXPORT)


def boroughs_for_user(user) -> list[BoroughPage]:
    """Default-locale borough pages this user works on."""
    if not user.is_active or not user.is_authenticated:
        return []
    boroughs = list(BoroughPage.objects.filter(locale=Locale.get_default()).order_by("title"))
    root = Page.get_first_root_node()
    if user.is_superuser or (root is not None and root.permissions_for_user(user).can_publish()):
        return boroughs
    return [borough for borough in boroughs if borough.permissions_for_user(user).can_edit()]


def borough_keys_for_user(user) -> set:
    return {borough.translation_key for borough in boroughs_for_user(user)}


def sees_everything(user) -> bool:
    root = Page.get_first_root_node()
    return user.is_superuser or (root is not None and root.permissions_for_user(user).can_publish())
