"""Open data: the exports validate against both national schemas, by the schemas' own
tools (frictionless for LaMednum's Table Schema, data·inclusion's pydantic models); the
LaMednum import takes the good rows, reports the bad ones by line, and updates on re-import."""

import csv
import io
import json

import pytest
from data_inclusion.schema import v1 as data_inclusion
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.urls import reverse
from frictionless import Resource, Schema

from annuaire.models import ActorPage
from annuaire.opendata import lamednum

pytestmark = pytest.mark.django_db

HEADER = lamednum.columns()


def validate_lamednum(text):
    """frictionless's report on a CSV text against the vendored LaMednum schema (v1)."""
    schema = Schema.from_descriptor(lamednum.schema())
    resource = Resource(data=text.encode("utf-8"), format="csv", encoding="utf-8", schema=schema)
    return resource.validate()


def csv_text(rows, header=HEADER, delimiter=","):
    stream = io.StringIO()
    writer = csv.DictWriter(stream, fieldnames=header, delimiter=delimiter, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({column: row.get(column, "") for column in header})
    return stream.getvalue()


def lieu(identifier, **values):
    row = {
        "id": identifier,
        "pivot": "00000000000000",
        "nom": f"Espace numérique {identifier}",
        "commune": "Besançon",
        "code_postal": "25000",
        "adresse": "3 rue de Cologne",
        "date_maj": "2026-02-01",
        "services": "Aide aux démarches administratives|Accès internet et matériel informatique",
        "horaires": "Mo-Fr 09:00-12:00,14:00-17:00; PH off",
        "telephone": "+33199250011",
        "courriels": "contact@espace.example.org",
        "frais_a_charge": "Gratuit",
        "latitude": "47.2201",
        "longitude": "5.9702",
    }
    row.update(values)
    return row


@pytest.fixture
def actors(make_actor, other_annuaire):
    make_actor(
        title="Cyber-base Planoise",
        kind="epn",
        acceslibre_url="https://acceslibre.beta.gouv.fr/app/25-besancon/a/espace/erp/cyber/",
        appointment_url="https://rendez-vous.example.org/cyber/",
        languages="français, anglais, arabe",
        hearing_loop=True,
        publics=["jeunes", "seniors"],
        siret="21250056500017",
    )
    make_actor(title="CAF de Besançon", kind="caf", needs=["papiers", "logement"])
    make_actor(title="Sans aide au numérique", digital_services=[])
    make_actor(title="Sans horaires ni téléphone", opening_hours="", phone="", email="")
    make_actor(parent=other_annuaire, title="Espace multimédia de Kérourien", kind="epn")


def test_quartier_export_validates_against_the_lamednum_schema(client, annuaire, actors):
    response = client.get(annuaire.url + "donnees/lieux-mediation-numerique/")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    text = response.content.decode()
    report = validate_lamednum(text)
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    rows = list(csv.DictReader(io.StringIO(text)))
    names = [row["nom"] for row in rows]
    assert "Cyber-base Planoise" in names
    assert "Sans aide au numérique" not in names  # not a place of digital mediation
    assert "Espace multimédia de Kérourien" not in names
    cyber = next(row for row in rows if row["nom"] == "Cyber-base Planoise")
    assert cyber["pivot"] == "21250056500017"
    assert cyber["telephone"] == "+33199250000"
    assert cyber["typologie"] == ""
    assert cyber["publics_specifiquement_adresses"] == "Jeunes|Seniors"
    assert cyber["prise_en_charge_specifique"] == (
        "Surdité|Langues étrangères (anglais)|Langues étrangères (autres)"
    )
    assert cyber["modalites_acces"] == (
        "Se présenter|Téléphoner|Contacter par mail|Prendre un RDV en ligne"
    )


def test_portal_export_has_every_quartier_and_validates(client, actors):
    text = client.get(reverse("annuaire_lamednum")).content.decode()
    report = validate_lamednum(text)
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    names = [row["nom"] for row in csv.DictReader(io.StringIO(text))]
    assert {"Cyber-base Planoise", "Espace multimédia de Kérourien"} <= set(names)


def test_the_validator_does_catch_a_broken_export():
    bad = csv_text([lieu("a", code_postal="250", services="Jardinage")])
    report = validate_lamednum(bad)
    assert not report.valid
    fields = {error[1] for error in report.flatten(["rowNumber", "fieldName"])}
    assert {"code_postal", "services"} <= fields


def check_data_inclusion(data):
    structures = [
        data_inclusion.Structure.model_validate(item, context={"ignore_warnings": False})
        for item in data["structures"]
    ]
    services = [
        data_inclusion.Service.model_validate(item, context={"ignore_warnings": False})
        for item in data["services"]
    ]
    return structures, services


def test_data_inclusion_export_validates_structures_and_services(client, annuaire, actors):
    response = client.get(annuaire.url + "donnees/data-inclusion/")
    assert response.status_code == 200
    data = json.loads(response.content)
    structures, services = check_data_inclusion(data)
    assert {structure.nom for structure in structures} >= {"Cyber-base Planoise", "CAF de Besançon"}
    caf = next(structure for structure in structures if structure.nom == "CAF de Besançon")
    assert [reseau.value for reseau in caf.reseaux_porteurs] == ["caf"]
    caf_services = [service for service in services if service.structure_id == caf.id]
    assert sorted(service.nom for service in caf_services) == ["Logement", "Papiers et démarches"]
    assert all(service.structure_id in {s.id for s in structures} for service in services)
    assert len({service.id for service in services}) == len(services)


def test_portal_data_inclusion_export_validates(client, actors):
    data = json.loads(client.get(reverse("annuaire_data_inclusion")).content)
    structures, _services = check_data_inclusion(data)
    assert "Espace multimédia de Kérourien" in {structure.nom for structure in structures}


# Import ----------------------------------------------------------------------------------


GOOD_AND_BAD = [
    lieu("lieu-1"),
    lieu("lieu-2", nom="", code_postal="2500"),  # line 3: two reasons
    lieu("lieu-3", horaires="lundi 9h-12h"),  # line 4
    lieu("lieu-4", nom="Point numérique CAF", typologie="CAF", latitude="", longitude=""),
    lieu("lieu-1", nom="Doublon"),  # line 6: same id as line 2
    lieu("lieu-5", date_maj="01/02/2026"),  # line 7
    lieu("lieu-6", courriels="pas-un-courriel"),  # line 8: refused by the model
]


def test_import_keeps_good_rows_and_reports_bad_ones_by_line(annuaire):
    report = lamednum.import_lieux(csv_text(GOOD_AND_BAD).encode(), annuaire)
    assert sorted(actor.title for actor in report.created) == [
        "Espace numérique lieu-1",
        "Point numérique CAF",
    ]
    lines = dict(report.errors)
    assert sorted(lines) == [3, 4, 6, 7, 8]
    assert "la colonne « nom » est vide" in lines[3]
    assert "« code_postal » : « 2500 » n'est pas une valeur permise" in lines[3]
    assert "« horaires »" in lines[4]
    assert "Exemple d'horaires bien écrits" in lines[4]
    assert "déjà à la ligne 2" in lines[6]
    assert "n'est pas une date" in lines[7]
    assert "e-mail" in lines[8].lower() or "adresse" in lines[8].lower()
    assert ActorPage.objects.child_of(annuaire).count() == 2
    caf = ActorPage.objects.get(external_id="lieu-4")
    assert caf.live
    assert caf.kind == "caf"
    assert caf.needs == ["informatique", "papiers"]
    assert caf.digital_services == ["demarches", "acces"]
    assert caf.phone == "01 99 25 00 11"
    assert caf.opening_hours == "Mo-Fr 09:00-12:00,14:00-17:00; PH off"
    assert str(caf.last_checked) == "2026-02-01"


def test_reimport_updates_rather_than_duplicates(annuaire):
    lamednum.import_lieux(csv_text([lieu("lieu-1"), lieu("lieu-2")]).encode(), annuaire)
    first = ActorPage.objects.get(external_id="lieu-1")
    again = csv_text([lieu("lieu-1", horaires="Tu 14:00-18:00"), lieu("lieu-2")], delimiter=";")
    report = lamednum.import_lieux(again.encode("utf-8-sig"), annuaire)
    assert (len(report.created), len(report.updated), report.errors) == (0, 2, [])
    assert ActorPage.objects.child_of(annuaire).count() == 2
    first.refresh_from_db()
    assert first.opening_hours == "Tu 14:00-18:00"
    assert first.revisions.count() == 2


def test_round_trip_export_then_import_into_another_quartier(
    client, annuaire, other_annuaire, actors
):
    text = client.get(annuaire.url + "donnees/lieux-mediation-numerique/").content
    report = lamednum.import_lieux(text, other_annuaire)
    assert report.errors == []
    exported = list(csv.DictReader(io.StringIO(text.decode())))
    assert len(report.created) == len(exported)
    imported = ActorPage.objects.child_of(other_annuaire).get(title="Cyber-base Planoise")
    assert imported.opening_hours == "Mo-Fr 09:00-12:00,13:30-17:00; PH off"
    assert imported.appointment_url == "https://rendez-vous.example.org/cyber/"
    # Exported again, it keeps the same identifiers and still validates.
    again = client.get(other_annuaire.url + "donnees/lieux-mediation-numerique/").content.decode()
    assert validate_lamednum(again).valid
    assert {row["id"] for row in csv.DictReader(io.StringIO(again))} >= {
        row["id"] for row in exported
    }


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\xff\xfe\x00bad", "UTF-8"),
        (b"nom,commune\nA,B\n", "Il manque des colonnes obligatoires"),
        (b"", "Il manque des colonnes obligatoires"),
    ],
)
def test_an_unreadable_file_imports_nothing(annuaire, data, message):
    report = lamednum.import_lieux(data, annuaire)
    assert message in report.errors[0][1]
    assert not ActorPage.objects.exists()


def test_import_command(tmp_path, quartier, annuaire, capsys):
    path = tmp_path / "lieux.csv"
    path.write_text(csv_text(GOOD_AND_BAD), encoding="utf-8")
    call_command("import_lieux", str(path), quartier.slug)
    out, err = capsys.readouterr()
    assert "2 lieu(x) ajouté(s), 0 mis à jour, 5 ligne(s) refusée(s)." in out
    assert "ligne 3 :" in err
    with pytest.raises(CommandError, match="n'existe pas"):
        call_command("import_lieux", str(path), "nulle-part")
    with pytest.raises(CommandError, match="n'existe pas"):
        call_command("import_lieux", str(tmp_path / "absent.csv"), quartier.slug)
    bad = tmp_path / "bad.csv"
    bad.write_text(csv_text([lieu("x", nom="")]), encoding="utf-8")
    with pytest.raises(CommandError, match="Rien n'a été importé"):
        call_command("import_lieux", str(bad), quartier.slug)


def upload(text, name="lieux.csv"):
    return SimpleUploadedFile(name, text.encode("utf-8"), content_type="text/csv")


def test_admin_upload_in_the_animateurs_quartier(client, animateur, annuaire):
    client.force_login(animateur)
    url = reverse("annuaire_admin:import")
    assert client.get(url).status_code == 200
    response = client.post(url, {"annuaire": annuaire.pk, "file": upload(csv_text(GOOD_AND_BAD))})
    assert response.status_code == 200
    html = response.content.decode()
    assert "2 lieu(x) ajouté(s), 0 mis à jour, 5 ligne(s) refusée(s)." in html
    assert "<td>3</td>" in html
    actor = ActorPage.objects.get(external_id="lieu-1")
    assert actor.get_parent().pk == annuaire.pk
    assert actor.live_revision.user == animateur


def test_admin_upload_into_another_quartier_is_refused(client, other_animateur, annuaire):
    client.force_login(other_animateur)
    response = client.post(
        reverse("annuaire_admin:import"),
        {"annuaire": annuaire.pk, "file": upload(csv_text([lieu("lieu-1")]))},
    )
    assert response.status_code == 200
    assert "Sélectionnez un choix valide" in response.content.decode()
    assert not ActorPage.objects.exists()


def test_admin_upload_refuses_a_file_that_is_not_csv(client, animateur, annuaire):
    client.force_login(animateur)
    response = client.post(
        reverse("annuaire_admin:import"),
        {"annuaire": annuaire.pk, "file": upload("x", name="lieux.xlsx")},
    )
    assert "Envoyez un fichier .csv." in response.content.decode()
    assert not ActorPage.objects.exists()
