"""Demo content of the directories and the newcomers' guides, for every demo quartier.

The texts are in `annuaire/demo_data/`: `kinds.yaml` (what each kind of actor usually
does, for whom, and when), `<quartier>.yaml` (the quartier's actors, from the partners
the 2011 study lists; addresses invented) and `guide.yaml` (the guide's steps). Each
quartier's digital space is also one of its actors. `tests/annuaire/test_demo_data.py`
checks their structure. Only what is missing is created.
"""

import datetime
from decimal import Decimal

from django.utils import timezone
from django.utils.text import slugify

from core.demo import data_path, read_data, register
from home.demo import quartiers_data
from home.models import QuartierPage

from .models import ActorPage, AnnuairePage, NewcomersGuidePage
from .models.guide import step_data
from .vocabulary import Kind

#: Kinds whose actors have their own web site in the demo (an .example.org address).
WITH_WEBSITE = {
    Kind.CENTRE_SOCIAL,
    Kind.MEDIATHEQUE,
    Kind.MJC,
    Kind.ASSOCIATION,
    Kind.EPN,
    Kind.PIMMS,
    Kind.PIJ,
}
STEP_ACTORS = 3


def kinds_data():
    return read_data("annuaire", "kinds.yaml")


def guide_data():
    return read_data("annuaire", "guide.yaml")


def directory_data(quartier_slug):
    """The demo directory of a quartier, or None when it has none."""
    name = f"{quartier_slug}.yaml"
    return read_data("annuaire", name) if data_path("annuaire", name).exists() else None


def actor_items(entry, data):
    """The quartier's digital space first, then the actors its data file lists."""
    epn = entry["epn"]
    return [
        {
            "name": epn["name"],
            "kind": data.get("epn_kind", Kind.EPN.value),
            "street": epn["street"],
            "phone": epn["phone"],
            "email": epn["email"],
            "hours": epn["hours"],
        },
        *data["actors"],
    ]


def _offset(index, step, spread):
    return Decimal((index * step) % (2 * spread + 1) - spread) / Decimal(1500)


def actor_fields(entry, data, item, index, today):
    """The fields of one demo actor: its data file's, else its kind's defaults."""
    base = kinds_data()[item["kind"]]
    slug = slugify(item["name"])[:80]
    short = "-".join(slug.split("-")[:3])  # the demo's made-up domain names
    code = entry["departement_code"]
    latitude, longitude = (Decimal(str(value)) for value in data["center"])

    def pick(name, default=""):
        return item.get(name, base.get(name, default))

    return {
        "title": item["name"],
        "slug": slug,
        "kind": item["kind"],
        "needs": list(pick("needs", [])),
        "services": "\n".join(pick("services", [])),
        "audience": pick("audience"),
        "publics": list(pick("publics", [])),
        "street": item["street"],
        "address_extra": item.get("address_extra", ""),
        "postcode": entry["epn"]["postcode"],
        "city": entry["city"],
        "latitude": (latitude + _offset(index, 7, 6)).quantize(Decimal("0.000001")),
        "longitude": (longitude + _offset(index, 5, 7)).quantize(Decimal("0.000001")),
        "transport": item.get("bus", data["bus"]),
        "opening_hours": pick("hours"),
        "hours_note": pick("note"),
        "phone": item.get("phone") or f"01 99 {code} {20 + index:02d} {(index * 7) % 90 + 10:02d}",
        "email": item.get("email") or f"accueil@{short}.example.org",
        "website": f"https://{short}.example.org/" if item["kind"] in WITH_WEBSITE else "",
        "appointment_url": (
            f"https://rendez-vous.example.org/{entry['slug']}/{slug}/"
            if pick("appointment", False)
            else ""
        ),
        "wheelchair": pick("wheelchair"),
        "hearing_loop": index % 4 == 1,
        "languages": pick("languages", "français"),
        "cost": pick("cost"),
        "cost_details": pick("cost_details"),
        "digital_services": list(pick("digital", [])),
        "last_checked": today
        - datetime.timedelta(days=item.get("checked_days_ago", 5 + index * 4)),
    }


def load_directory(entry, quartier, data, today, log):
    annuaire = AnnuairePage.objects.child_of(quartier).first()
    if annuaire is None:
        return None
    if not annuaire.intro:
        annuaire.intro = data["intro"]
        annuaire.save_revision(log_action=False).publish(log_action=False)
    existing = set(ActorPage.objects.child_of(annuaire).values_list("slug", flat=True))
    created = 0
    for index, item in enumerate(actor_items(entry, data)):
        fields = actor_fields(entry, data, item, index, today)
        if fields["slug"] in existing:
            continue
        actor = ActorPage(**fields)
        annuaire.add_child(instance=actor)
        actor.save_revision(log_action=False).publish(log_action=False)
        existing.add(actor.slug)
        created += 1
    if created:
        log(f"  annuaire {entry['slug']}: {created} lieux")
    return annuaire


def load_guide(quartier, annuaire, log):
    guide = NewcomersGuidePage.objects.child_of(quartier).first()
    if guide is None or guide.steps:
        return
    text = guide_data()
    actors = list(ActorPage.objects.child_of(annuaire).order_by("path")) if annuaire else []
    guide.title = text["title"].format(quartier=quartier.title)
    guide.draft_title = guide.title
    guide.intro = "\n".join(text["intro"])
    guide.steps = [
        step_data(
            step["title"],
            step["lines"],
            actors=[actor for actor in actors if actor.kind in step["kinds"]][:STEP_ACTORS],
            bring=step.get("bring", ()),
            link=step.get("link", ""),
        )
        for step in text["steps"]
    ]
    guide.save_revision(log_action=False).publish(log_action=False)
    log(f"  bienvenue {quartier.slug}")


@register(order=50)
def load_annuaires(log):
    today = timezone.localdate()
    for entry in quartiers_data():
        quartier = QuartierPage.objects.filter(slug=entry["slug"]).first()
        data = directory_data(entry["slug"])
        if quartier is None or data is None:
            continue
        annuaire = load_directory(entry, quartier, data, today, log)
        load_guide(quartier, annuaire, log)
