"""The directory in data·inclusion's schema (v1): one structure per actor, one service per
need of the actor. The tests validate it with the `data-inclusion-schema` package."""

import re

from django.utils.text import Truncator

from core.opening_hours import is_valid

from ..vocabulary import (
    DATA_INCLUSION_PUBLICS,
    NEED_VALUES,
    RESEAUX_PORTEURS,
    THEMATIQUES,
    Cost,
    Need,
)

SOURCE = "quartiers"
NAME_LENGTH = (3, 150)


def structure_id(actor):
    return f"{SOURCE}--{actor.pk}"


def _address(actor):
    postcode = actor.postcode if re.fullmatch(r"\d{5}", actor.postcode or "") else None
    return {
        "commune": actor.city or None,
        "code_postal": postcode,
        "adresse": actor.street or None,
        "complement_adresse": actor.address_extra or None,
        "latitude": None if actor.latitude is None else float(actor.latitude),
        "longitude": None if actor.longitude is None else float(actor.longitude),
    }


def _description(actor):
    text = " ".join(actor.services_list) or actor.summary
    return Truncator(text).chars(10000) if len(text) >= 5 else None


def exportable(actor):
    return NAME_LENGTH[0] <= len(actor.title.strip())


def structure(actor, url=None):
    reseau = RESEAUX_PORTEURS.get(actor.kind)
    return {
        "source": SOURCE,
        "id": structure_id(actor),
        "nom": Truncator(actor.title.strip().rstrip(".")).chars(NAME_LENGTH[1]),
        "date_maj": actor.last_checked.isoformat(),
        "description": _description(actor),
        "lien_source": url,
        "siret": actor.siret if re.fullmatch(r"\d{14}", actor.siret or "") else None,
        **_address(actor),
        "telephone": actor.phone_e164 or None,
        "courriel": actor.email or None,
        "site_web": actor.website or None,
        "horaires_accueil": actor.opening_hours if is_valid(actor.opening_hours) else None,
        "accessibilite_lieu": actor.acceslibre_url or None,
        "reseaux_porteurs": [reseau] if reseau else None,
    }


def _mobilisation(actor):
    modes = ["se-presenter"]
    if actor.phone:
        modes.append("telephoner")
    if actor.email:
        modes.append("envoyer-un-courriel")
    if actor.appointment_url:
        modes.append("utiliser-lien-mobilisation")
    return modes


def services(actor, url=None):
    """One service per need of the actor ("Trouver un emploi" at the mission locale…)."""
    publics = [DATA_INCLUSION_PUBLICS[item] for item in actor.publics if item != "tous"]
    description = _description(actor) or str(actor.kind_label)
    items = []
    for need in actor.needs:
        if need not in NEED_VALUES:
            continue
        items.append(
            {
                "source": SOURCE,
                "structure_id": structure_id(actor),
                "id": f"{structure_id(actor)}--{need}",
                "nom": str(Need(need).label),
                "description": description,
                "lien_source": url,
                "date_maj": actor.last_checked.isoformat(),
                "thematiques": THEMATIQUES[need],
                "frais": (
                    None if not actor.cost else ("payant" if actor.cost == Cost.PAID else "gratuit")
                ),
                "frais_precisions": actor.cost_details or None,
                "publics": publics or ["tous-publics"],
                "publics_precisions": actor.audience or None,
                **_address(actor),
                "telephone": actor.phone_e164 or None,
                "courriel": actor.email or None,
                "modes_accueil": ["en-presentiel"],
                "lien_mobilisation": actor.appointment_url or None,
                "modes_mobilisation": _mobilisation(actor),
                "mobilisable_par": ["usagers"],
                "horaires_accueil": (
                    actor.opening_hours if is_valid(actor.opening_hours) else None
                ),
            }
        )
    return items


def export(actors, request=None):
    """{"structures": […], "services": […]} of the actors that fit the schema."""
    structures, all_services = [], []
    for actor in actors:
        if not exportable(actor):
            continue
        url = actor.get_full_url(request)
        structures.append(structure(actor, url))
        all_services.extend(services(actor, url))
    return {"structures": structures, "services": all_services}
