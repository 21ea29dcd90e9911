"""Demo content of the portal: the eleven quartiers of the field study and demo accounts."""

import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.utils.html import escape
from django.utils.translation import gettext as _

from images.generated import demo_image
from portal.demo import register

from .demo_data import QUARTIERS
from .models import HomePage, OpeningHours, QuartierPage
from .provisioning import provision_quartier
from .quartiers import add_animateur, create_quartier

DEMO_PASSWORD = "quartiers"
ADMIN_USERNAME = "admin"
HOME_INTRO = (
    "<p>Chaque quartier a ici son site : son journal, ses rendez-vous, sa mémoire "
    "et les adresses utiles.</p><p>Les habitants écrivent. Les animateurs de l'espace "
    "informatique du quartier relisent et publient.</p>"
)


def animateur_username(slug):
    return f"animateur-{slug}"


def demo_usernames():
    return [ADMIN_USERNAME, *(animateur_username(entry["slug"]) for entry in QUARTIERS)]


def paragraphs(texts):
    return "".join(f"<p>{escape(text)}</p>" for text in texts)


def opening_hours(rows):
    return [
        OpeningHours(
            weekday=weekday,
            opens=datetime.time.fromisoformat(opens),
            closes=datetime.time.fromisoformat(closes),
        )
        for weekday, opens, closes in rows
    ]


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
        "opening_hours": opening_hours(epn["hours"]),
    }


@register(order=0)
def load_home(log):
    home = HomePage.objects.get()
    if not home.intro:
        home.intro = HOME_INTRO
        home.listing_summary = _("Un site par quartier, écrit par ses habitants.")
        home.save_revision(log_action=False).publish(log_action=False)


@register(order=10)
def load_quartiers(log):
    for entry in QUARTIERS:
        existing = QuartierPage.objects.filter(slug=entry["slug"]).first()
        if existing:
            # Sections and permissions of apps that landed after the quartier was created.
            provision_quartier(existing)
            continue
        quartier = create_quartier(
            entry["name"], entry["city"], slug=entry["slug"], **quartier_fields(entry)
        )
        photo = demo_image(
            _("Le quartier %(name)s") % {"name": entry["name"]},
            quartier.collection,
            entry["photo_palette"],
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
    for entry in QUARTIERS:
        username = animateur_username(entry["slug"])
        if username in existing:
            continue
        user, _created = add_animateur(username, entry["slug"])
        user.first_name = _("Animateur")
        user.last_name = entry["name"]
        user.password = password
        user.save()
