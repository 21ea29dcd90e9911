"""Demo content of the portal: the eleven quartiers of the field study and demo accounts.

The texts are in `home/demo_data/` (portal.yaml, quartiers.yaml).
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.utils.translation import gettext as _

from core.demo import paragraphs, read_data, register
from images.generated import DemoPhotos

from .models import HomePage, QuartierPage
from .provisioning import provision_quartier
from .quartiers import add_animateur, create_quartier

DEMO_PASSWORD = "quartiers"  # noqa: S105 (the public demo password, demo mode only)
DEFAULT_PALETTE = ("#1d4e89", "#f2a541")
ADMIN_USERNAME = "admin"
LOGIN_HELP = """
  Le portail : {url}/
  L'espace des animateurs : {url}/admin/
    administrateur : {admin} / {password}
    animateur d'un quartier : animateur-<quartier> / {password}
      par exemple : animateur-bellefontaine / {password}
  Ces comptes de démonstration n'existent qu'en mode démo (DEMO_MODE=on).
"""


def quartiers_data():
    return read_data("home", "quartiers.yaml")["quartiers"]


def photos_of(quartier):
    """The demo photo maker of a quartier, in its collection and colours."""
    palettes = {entry["slug"]: entry["photo_palette"] for entry in quartiers_data()}
    return DemoPhotos(quartier.collection, palettes.get(quartier.slug, DEFAULT_PALETTE))


def animateur_username(slug):
    return f"animateur-{slug}"


def demo_usernames():
    return [ADMIN_USERNAME, *(animateur_username(entry["slug"]) for entry in quartiers_data())]


def quartier_fields(entry):
    epn = entry["epn"]
    return {
        "departement": entry["departement"],
        "departement_code": entry["departement_code"],
        "territory": entry["territory"],
        "intro": paragraphs(entry["intro"]),
        "listing_summary": entry["intro"][0],
        "epn_name": epn["name"],
        "epn_host": epn["host"],
        "epn_street": epn["street"],
        "epn_postcode": epn["postcode"],
        "epn_phone": epn["phone"],
        "epn_email": epn["email"],
        "epn_website": epn["website_2011"],
        "epn_services": "\n".join(epn["what_we_do"]),
        "epn_opening_hours": epn["hours"],
    }


@register(order=0)
def load_home(log):
    home = HomePage.objects.get()
    if not home.intro:
        portal = read_data("home", "portal.yaml")
        home.intro = paragraphs(portal["intro"])
        home.listing_summary = portal["summary"]
        home.save_revision(log_action=False).publish(log_action=False)


@register(order=10)
def load_quartiers(log):
    for entry in quartiers_data():
        existing = QuartierPage.objects.filter(slug=entry["slug"]).first()
        if existing:
            # Sections and permissions of apps that landed after the quartier was created.
            provision_quartier(existing)
            continue
        quartier = create_quartier(
            entry["name"], entry["city"], slug=entry["slug"], **quartier_fields(entry)
        )
        photo = photos_of(quartier)(
            _("Le quartier %(name)s") % {"name": entry["name"]},
            credit=_("Illustration de démonstration"),
        )
        quartier.photo = photo
        quartier.listing_image = photo
        quartier.save_revision(log_action=False).publish(log_action=False)
        log(f"  quartier {entry['slug']}")


@register(order=90)
def load_accounts(log):
    """Demo accounts exist only while demo mode is on; they are removed when it is off."""
    user_model = get_user_model()
    if not settings.DEMO_MODE:
        deleted, _details = user_model.objects.filter(username__in=demo_usernames()).delete()
        if deleted:
            log("  demo accounts removed (DEMO_MODE is off)")
        return
    existing = set(
        user_model.objects.filter(username__in=demo_usernames()).values_list("username", flat=True)
    )
    if existing == set(demo_usernames()):
        return
    # Hashing is slow on purpose: hash the shared demo password once, only when needed.
    password = make_password(DEMO_PASSWORD)
    if ADMIN_USERNAME not in existing:
        admin = user_model.objects.create_superuser(ADMIN_USERNAME, password=None)
        admin.password = password
        admin.save(update_fields=["password"])
    for entry in quartiers_data():
        username = animateur_username(entry["slug"])
        if username in existing:
            continue
        user, _created = add_animateur(username, entry["slug"])
        user.first_name = _("Animateur")
        user.last_name = entry["name"]
        user.password = password
        user.save()


@register(order=1000)
def show_logins(log):
    if settings.DEMO_MODE:
        log(
            LOGIN_HELP.format(
                url=settings.WAGTAILADMIN_BASE_URL, admin=ADMIN_USERNAME, password=DEMO_PASSWORD
            )
        )
