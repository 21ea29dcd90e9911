"""The national "lieux de médiation numérique" CSV (LaMednum, v1): export and import.

The places published there are the actors that help with computers (`digital_services`)
and have a full address. The schema's rules come from its own Table Schema file, kept
beside this module (`schemas/`, see its README): the import checks every row with them,
the tests validate the export with `frictionless`, the standard's tool.
"""

import csv
import datetime
import io
import json
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.text import Truncator, slugify
from django.utils.translation import gettext as _

from core.opening_hours import is_valid, opening_hours_errors

from ..vocabulary import (
    KIND_OF_TYPOLOGY,
    LAMEDNUM_COSTS,
    LAMEDNUM_PUBLICS,
    LAMEDNUM_SERVICES,
    TYPOLOGIES,
    Kind,
    Need,
    Wheelchair,
)

SCHEMA_PATH = Path(__file__).parent / "schemas" / "lieux-mediation-numerique-1.0.1.json"
#: The pivot of a place whose SIRET is not known (the field is required).
PIVOT_UNKNOWN = "00000000000000"
SOURCE = "Quartiers"
SUMMARY_LENGTH = 280
MAX_FILE_SIZE = 5 * 1024 * 1024
MAX_ROWS = 5000
ENGLISH = re.compile(r"\banglais\b", re.IGNORECASE)


@cache
def schema():
    with SCHEMA_PATH.open(encoding="utf-8") as file:
        return json.load(file)


def columns():
    return [column["name"] for column in schema()["fields"]]


def required_columns():
    return [column["name"] for column in schema()["fields"] if column["constraints"]["required"]]


# Export -------------------------------------------------------------------------------


def is_lieu(actor):
    """A place of digital mediation, with the address the schema requires."""
    return bool(
        actor.digital_services
        and actor.street
        and actor.city
        and re.fullmatch(r"\d{5}", actor.postcode or "")
    )


def _support(actor):
    support = []
    if actor.hearing_loop or actor.sign_language:
        support.append("Surdité")
    if actor.wheelchair == Wheelchair.YES:
        support.append("Handicaps moteurs")
    others = [lang for lang in actor.language_list if lang.lower() != "français"]
    if any(ENGLISH.search(lang) for lang in others):
        support.append("Langues étrangères (anglais)")
    if any(not ENGLISH.search(lang) for lang in others):
        support.append("Langues étrangères (autres)")
    return support


def _access(actor):
    access = ["Se présenter"]
    if actor.phone:
        access.append("Téléphoner")
    if actor.email:
        access.append("Contacter par mail")
    if actor.appointment_url:
        access.append("Prendre un RDV en ligne")
    return access


def lieu_id(actor):
    return actor.external_id or f"quartiers-{actor.pk}"


def lieu_row(actor, quartier=None):
    """One actor as a row of the schema (every column, in order, as text)."""
    phone = actor.phone_e164
    if not re.fullmatch(r"\+33\d{9}", phone):
        phone = ""
    row = {
        "id": lieu_id(actor),
        "pivot": actor.siret or PIVOT_UNKNOWN,
        "nom": actor.title,
        "commune": actor.city,
        "code_postal": actor.postcode,
        "adresse": actor.street,
        "complement_adresse": actor.address_extra,
        "latitude": "" if actor.latitude is None else str(actor.latitude),
        "longitude": "" if actor.longitude is None else str(actor.longitude),
        "typologie": TYPOLOGIES.get(actor.kind, ""),
        "telephone": phone,
        "courriels": actor.email,
        "site_web": actor.website,
        "horaires": actor.opening_hours if is_valid(actor.opening_hours) else "",
        "presentation_resume": Truncator(actor.summary).chars(SUMMARY_LENGTH),
        "presentation_detail": " ".join(actor.services_list),
        "source": f"{SOURCE} · {quartier.title}" if quartier else SOURCE,
        "itinerance": "Fixe",
        "date_maj": actor.last_checked.isoformat(),
        "services": "|".join(LAMEDNUM_SERVICES[item] for item in actor.digital_services),
        "publics_specifiquement_adresses": "|".join(
            LAMEDNUM_PUBLICS[item] for item in actor.publics if item in LAMEDNUM_PUBLICS
        ),
        "prise_en_charge_specifique": "|".join(_support(actor)),
        "frais_a_charge": LAMEDNUM_COSTS.get(actor.cost, ""),
        "dispositif_programmes_nationaux": (
            "France Services" if actor.kind == Kind.FRANCE_SERVICES else ""
        ),
        "modalites_acces": "|".join(_access(actor)),
        "fiche_acces_libre": actor.acceslibre_url,
        "prise_rdv": actor.appointment_url,
    }
    return {column: row.get(column, "") for column in columns()}


def write_csv(actors, stream):
    """The places among `actors` (each with its `quartier`), as the schema's CSV."""
    writer = csv.DictWriter(stream, fieldnames=columns(), lineterminator="\r\n")
    writer.writeheader()
    for actor in actors:
        if is_lieu(actor):
            writer.writerow(lieu_row(actor, getattr(actor, "quartier", None)))


# Checking a row with the schema's rules -----------------------------------------------


def _is_number(value):
    try:
        Decimal(value)
    except InvalidOperation:
        return False
    return True


def _is_date(value):
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        return False
    return bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", value))


def row_errors(row):
    """What breaks the schema in a row (a dict of column → text), in French."""
    errors = []
    for column in schema()["fields"]:
        name = column["name"]
        value = (row.get(name) or "").strip()
        constraints = column.get("constraints", {})
        if not value:
            if constraints.get("required"):
                errors.append(_("la colonne « %(name)s » est vide") % {"name": name})
            continue
        if column["type"] == "number" and not _is_number(value):
            errors.append(
                _("« %(name)s » : « %(value)s » n'est pas un nombre")
                % {"name": name, "value": value}
            )
        elif column["type"] == "date" and not _is_date(value):
            errors.append(
                _("« %(name)s » : « %(value)s » n'est pas une date (AAAA-MM-JJ)")
                % {"name": name, "value": value}
            )
        pattern = constraints.get("pattern")
        if pattern and not re.fullmatch(pattern, value):
            errors.append(
                _("« %(name)s » : « %(value)s » n'est pas une valeur permise")
                % {"name": name, "value": Truncator(value).chars(60)}
            )
        limit = constraints.get("maxLength")
        if limit and len(value) > limit:
            errors.append(
                _("« %(name)s » : plus de %(limit)s caractères") % {"name": name, "limit": limit}
            )
    hours = (row.get("horaires") or "").strip()
    if hours:
        errors.extend(f"« horaires » : {message}" for message in opening_hours_errors(hours))
    return errors


# Import -------------------------------------------------------------------------------


@dataclass
class ImportReport:
    created: list = field(default_factory=list)
    updated: list = field(default_factory=list)
    errors: list = field(default_factory=list)  # (line number, reason)

    def error(self, line, message):
        self.errors.append((line, message))

    @property
    def ok(self):
        return not self.errors


def _split(value):
    return [part.strip() for part in re.split(r"[|;]", value or "") if part.strip()]


def _phone(value):
    value = value.strip()
    match = re.fullmatch(r"\+33(\d{9})", value)
    if not match:
        return value
    digits = "0" + match.group(1)
    return " ".join(digits[index : index + 2] for index in range(0, 10, 2))


def _reverse(mapping):
    return {label: code for code, label in mapping.items()}


def actor_fields(row):
    """The ActorPage fields a row of the schema gives."""
    services = [
        _reverse(LAMEDNUM_SERVICES)[item]
        for item in _split(row.get("services"))
        if item in _reverse(LAMEDNUM_SERVICES)
    ]
    needs = [Need.INFORMATIQUE.value]
    if "demarches" in services:
        needs.append(Need.PAPIERS.value)
    if "insertion" in services:
        needs.append(Need.EMPLOI.value)
    typologies = [part.upper() for part in re.split(r"[|;,]", row.get("typologie") or "")]
    kind = next(
        (KIND_OF_TYPOLOGY[code] for code in typologies if code in KIND_OF_TYPOLOGY), Kind.EPN
    )
    support = _split(row.get("prise_en_charge_specifique"))
    languages = ["français"]
    if "Langues étrangères (anglais)" in support:
        languages.append("anglais")
    costs = [
        _reverse(LAMEDNUM_COSTS)[item]
        for item in _split(row.get("frais_a_charge"))
        if item in _reverse(LAMEDNUM_COSTS)
    ]
    summary = (row.get("presentation_resume") or "").strip()
    detail = (row.get("presentation_detail") or "").strip()
    coordinates = {}
    for name in ("latitude", "longitude"):
        value = (row.get(name) or "").strip()
        coordinates[name] = Decimal(value).quantize(Decimal("0.000001")) if value else None
    pivot = (row.get("pivot") or "").strip()
    return {
        "title": row["nom"].strip()[:255],
        "kind": kind,
        "needs": needs,
        "services": detail or summary or _("Aide pour utiliser un ordinateur."),
        "listing_summary": summary[:300],
        "publics": [
            _reverse(LAMEDNUM_PUBLICS)[item]
            for item in _split(row.get("publics_specifiquement_adresses"))
            if item in _reverse(LAMEDNUM_PUBLICS)
        ],
        "street": row["adresse"].strip()[:255],
        "address_extra": (row.get("complement_adresse") or "").strip()[:255],
        "postcode": row["code_postal"].strip(),
        "city": row["commune"].strip()[:100],
        "phone": _phone(row.get("telephone") or ""),
        "email": next(iter(_split(row.get("courriels"))), ""),
        "website": next(iter(re.split(r"[|;,]\s*", (row.get("site_web") or "").strip())), ""),
        "appointment_url": (row.get("prise_rdv") or "").strip(),
        "acceslibre_url": (row.get("fiche_acces_libre") or "").strip(),
        "opening_hours": (row.get("horaires") or "").strip(),
        "digital_services": services,
        "cost": costs[0] if costs else "",
        "wheelchair": Wheelchair.YES if "Handicaps moteurs" in support else "",
        "hearing_loop": "Surdité" in support,
        "languages": ", ".join(languages),
        "siret": "" if set(pivot) <= {"0"} else pivot,
        "last_checked": datetime.date.fromisoformat(row["date_maj"].strip()),
        **coordinates,
    }


def _unique_slug(annuaire, title, exclude=None):
    from ..models import ActorPage

    base = slugify(title)[:60] or "lieu"
    siblings = ActorPage.objects.child_of(annuaire)
    if exclude is not None:
        siblings = siblings.exclude(pk=exclude.pk)
    taken = set(siblings.filter(slug__startswith=base).values_list("slug", flat=True))
    slug, number = base, 1
    while slug in taken:
        number += 1
        slug = f"{base}-{number}"
    return slug


def _messages(error):
    if hasattr(error, "message_dict"):
        return [
            f"« {name} » : {' '.join(messages)}" if name != "__all__" else " ".join(messages)
            for name, messages in error.message_dict.items()
        ]
    return list(error.messages)


def _save_row(annuaire, row, user):
    """Create or update the actor of one row; returns (actor, created)."""
    from ..models import ActorPage

    fields = actor_fields(row)
    external_id = row["id"].strip()
    existing = ActorPage.objects.child_of(annuaire).filter(external_id=external_id).first()
    if existing is None:
        actor = ActorPage(external_id=external_id, **fields)
        actor.slug = _unique_slug(annuaire, actor.title)
        annuaire.add_child(instance=actor)  # saving validates every field
    else:
        actor = existing.get_latest_revision_as_object()
        for name, value in fields.items():
            setattr(actor, name, value)
    # A revision validates every field before it is saved.
    actor.save_revision(user=user, log_action=True).publish(user=user)
    return actor, existing is None


def read_rows(text):
    """(line number, row) of a CSV text, comma or semicolon separated."""
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    line = 1
    header = reader.fieldnames or []
    rows = []
    for row in reader:
        rows.append((line + 1, row))
        line = reader.line_num
    return header, rows


def import_lieux(data, annuaire, user=None):
    """Import a LaMednum CSV (bytes or text) into a quartier's directory.

    Good rows are created or updated (matched on the file's `id`); each bad row is reported
    with its line number and reason, and changes nothing.
    """
    report = ImportReport()
    if isinstance(data, bytes):
        if len(data) > MAX_FILE_SIZE:
            report.error(0, _("Le fichier est trop gros (5 Mo au plus)."))
            return report
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            report.error(0, _("Le fichier doit être un CSV enregistré en UTF-8."))
            return report
    try:
        header, rows = read_rows(data)
    except csv.Error as error:
        report.error(0, _("Ce fichier n'est pas un CSV lisible (%(error)s).") % {"error": error})
        return report
    header = [(name or "").strip() for name in header]
    missing = [name for name in required_columns() if name not in header]
    if missing:
        report.error(
            1,
            _("Il manque des colonnes obligatoires : %(columns)s. Rien n'a été importé.")
            % {"columns": ", ".join(missing)},
        )
        return report
    if len(rows) > MAX_ROWS:
        report.error(0, _("Trop de lignes (%(max)s au plus).") % {"max": MAX_ROWS})
        return report
    seen = {}
    for line, raw in rows:
        row = {(name or "").strip(): (value or "") for name, value in raw.items() if name}
        if not any(value.strip() for value in row.values()):
            continue  # an empty line
        errors = row_errors(row)
        identifier = row.get("id", "").strip()
        if identifier and identifier in seen:
            errors.append(
                _("l'identifiant « %(id)s » est déjà à la ligne %(line)s")
                % {"id": identifier, "line": seen[identifier]}
            )
        if errors:
            report.error(line, " ; ".join(errors))
            continue
        seen[identifier] = line
        try:
            with transaction.atomic():
                actor, created = _save_row(annuaire, row, user)
        except ValidationError as error:
            report.error(line, " ; ".join(_messages(error)))
            continue
        (report.created if created else report.updated).append(actor)
    return report
