"""The directory's words: residents' needs, kinds of actors, and what they are in the
national open-data vocabularies (LaMednum's lieux de médiation numérique v1,
data·inclusion v1) and in schema.org."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Need(models.TextChoices):
    """What residents look for, in their words: the directory is grouped by these."""

    EMPLOI = "emploi", _("Trouver un emploi")
    PAPIERS = "papiers", _("Papiers et démarches")
    INFORMATIQUE = "informatique", _("Apprendre l'informatique")
    SANTE = "sante", _("Santé")
    ENFANTS = "enfants", _("Enfants et école")
    LOGEMENT = "logement", _("Logement")
    DEPLACER = "se-deplacer", _("Se déplacer")
    SORTIR = "sortir", _("Sortir, se rencontrer")


class Kind(models.TextChoices):
    MAIRIE = "mairie", _("Mairie")
    MAIRIE_ANNEXE = "mairie-annexe", _("Mairie annexe")
    CAF = "caf", _("CAF")
    CCAS = "ccas", _("CCAS")
    CENTRE_SOCIAL = "centre-social", _("Centre social")
    FRANCE_TRAVAIL = "france-travail", _("France Travail")
    MISSION_LOCALE = "mission-locale", _("Mission locale")
    PLIE = "plie", _("PLIE")
    MAISON_EMPLOI = "maison-emploi", _("Maison de l'emploi")
    EPN = "epn", _("Espace informatique")
    MEDIATHEQUE = "mediatheque", _("Médiathèque")
    PIJ = "pij", _("Point information jeunesse")
    ECOLE = "ecole", _("École")
    COLLEGE = "college", _("Collège")
    LYCEE = "lycee", _("Lycée")
    MJC = "mjc", _("MJC, maison de quartier")
    ASSOCIATION = "association", _("Association")
    BAILLEUR = "bailleur", _("Bailleur social")
    REGIE = "regie-quartier", _("Régie de quartier")
    PIMMS = "pimms", _("PIMMS (aide aux démarches)")
    FRANCE_SERVICES = "france-services", _("France Services")
    TRANSPORT = "transport", _("Transport")
    SANTE = "sante", _("Santé")
    IMPOTS = "impots", _("Centre des impôts")
    POSTE = "poste", _("La Poste")
    AUTRE = "autre", _("Autre")


class Public(models.TextChoices):
    TOUS = "tous", _("Tout le monde")
    JEUNES = "jeunes", _("Les jeunes")
    ETUDIANTS = "etudiants", _("Les étudiants")
    FAMILLES = "familles", _("Les familles et les enfants")
    SENIORS = "seniors", _("Les personnes âgées")
    FEMMES = "femmes", _("Les femmes")
    DEMANDEURS_EMPLOI = "demandeurs-emploi", _("Les personnes qui cherchent un emploi")
    HANDICAP = "handicap", _("Les personnes handicapées")
    EXILES = "exiles", _("Les personnes arrivées d'un autre pays")


class Cost(models.TextChoices):
    FREE = "gratuit", _("Gratuit")
    FREE_WITH_CONDITIONS = "gratuit-sous-condition", _("Gratuit sous conditions")
    PAID = "payant", _("Payant")


class Wheelchair(models.TextChoices):
    YES = "oui", _("Oui")
    PARTLY = "en-partie", _("En partie")
    NO = "non", _("Non")


class DigitalService(models.TextChoices):
    """LaMednum's services (v1): what a place does to help with computers."""

    PAPERS = "demarches", _("Aide aux démarches administratives")
    EVERYDAY = "quotidien", _("Maîtrise des outils numériques du quotidien")
    JOBS = "insertion", _("Insertion professionnelle via le numérique")
    SAFETY = "securite", _("Utilisation sécurisée du numérique")
    PARENTS = "parentalite", _("Parentalité et éducation avec le numérique")
    LEISURE = "loisirs", _("Loisirs et créations numériques")
    UNDERSTANDING = "comprehension", _("Compréhension du monde numérique")
    ACCESS = "acces", _("Accès internet et matériel informatique")
    EQUIPMENT = "materiel", _("Acquisition de matériel informatique à prix solidaire")


NEED_VALUES = frozenset(Need.values)
KIND_VALUES = frozenset(Kind.values)

# LaMednum v1 writes these exact French words (never translated in the files).
LAMEDNUM_SERVICES = {
    DigitalService.PAPERS: "Aide aux démarches administratives",
    DigitalService.EVERYDAY: "Maîtrise des outils numériques du quotidien",
    DigitalService.JOBS: "Insertion professionnelle via le numérique",
    DigitalService.SAFETY: "Utilisation sécurisée du numérique",
    DigitalService.PARENTS: "Parentalité et éducation avec le numérique",
    DigitalService.LEISURE: "Loisirs et créations numériques",
    DigitalService.UNDERSTANDING: "Compréhension du monde numérique",
    DigitalService.ACCESS: "Accès internet et matériel informatique",
    DigitalService.EQUIPMENT: "Acquisition de matériel informatique à prix solidaire",
}
LAMEDNUM_PUBLICS = {
    Public.JEUNES: "Jeunes",
    Public.ETUDIANTS: "Étudiants",
    Public.FAMILLES: "Familles et/ou enfants",
    Public.SENIORS: "Seniors",
    Public.FEMMES: "Femmes",
}
LAMEDNUM_COSTS = {
    Cost.FREE: "Gratuit",
    Cost.FREE_WITH_CONDITIONS: "Gratuit sous condition",
    Cost.PAID: "Payant",
}
# data·inclusion's structure typologies, which LaMednum's `typologie` refers to.
TYPOLOGIES = {
    Kind.MAIRIE: "MUNI",
    Kind.MAIRIE_ANNEXE: "MUNI",
    Kind.CAF: "CAF",
    Kind.CCAS: "CCAS",
    Kind.CENTRE_SOCIAL: "CS",
    Kind.FRANCE_TRAVAIL: "FT",
    Kind.MISSION_LOCALE: "ML",
    Kind.PLIE: "PLIE",
    Kind.MAISON_EMPLOI: "MDE",
    Kind.MEDIATHEQUE: "BIB",
    Kind.PIJ: "PIJ_BIJ",
    Kind.MJC: "MJC",
    Kind.ASSOCIATION: "ASSO",
    Kind.PIMMS: "PIMMS",
}
KIND_OF_TYPOLOGY = {
    "MUNI": Kind.MAIRIE,
    "CAF": Kind.CAF,
    "CCAS": Kind.CCAS,
    "CS": Kind.CENTRE_SOCIAL,
    "FT": Kind.FRANCE_TRAVAIL,
    "PE": Kind.FRANCE_TRAVAIL,
    "ML": Kind.MISSION_LOCALE,
    "PLIE": Kind.PLIE,
    "MDE": Kind.MAISON_EMPLOI,
    "BIB": Kind.MEDIATHEQUE,
    "PIJ_BIJ": Kind.PIJ,
    "MJC": Kind.MJC,
    "ASSO": Kind.ASSOCIATION,
    "PIMMS": Kind.PIMMS,
    "MSAP": Kind.FRANCE_SERVICES,
}
# data·inclusion v1 `reseaux_porteurs`.
RESEAUX_PORTEURS = {
    Kind.MAIRIE: "communes",
    Kind.MAIRIE_ANNEXE: "communes",
    Kind.CAF: "caf",
    Kind.CCAS: "ccas-cias",
    Kind.FRANCE_TRAVAIL: "france-travail",
    Kind.MISSION_LOCALE: "mission-locale",
    Kind.PLIE: "plie",
    Kind.MAISON_EMPLOI: "maisons-de-l-emploi",
    Kind.EPN: "espaces-publics-numeriques",
    Kind.PIJ: "reseau-information-jeunesse",
    Kind.MJC: "mjc",
    Kind.PIMMS: "pimms-mediation",
    Kind.FRANCE_SERVICES: "france-service",
    Kind.POSTE: "la-poste",
}
# data·inclusion v1 `thematiques` of a need.
THEMATIQUES = {
    Need.EMPLOI: [
        "trouver-un-emploi",
        "preparer-sa-candidature",
        "choisir-un-metier",
    ],
    Need.PAPIERS: [
        "difficultes-administratives-ou-juridiques--accompagnement-aux-demarches-administratives",
        "difficultes-administratives-ou-juridiques--accompagnement-pour-lacces-aux-droits",
    ],
    Need.INFORMATIQUE: [
        "numerique--maitriser-les-fondamentaux-du-numerique",
        "numerique--acceder-a-des-services-en-ligne",
    ],
    Need.SANTE: ["sante--acces-aux-soins"],
    Need.ENFANTS: [
        "famille--soutien-a-la-parentalite-et-a-leducation",
        "famille--garde-denfants",
    ],
    Need.LOGEMENT: [
        "logement-hebergement--sinformer-sur-les-demarches-liees-a-lacces-au-logement",
        "logement-hebergement--se-maintenir-dans-le-logement",
    ],
    Need.DEPLACER: ["mobilite--mobilite-douce-partagee-collective"],
    Need.SORTIR: [
        "remobilisation--lien-social",
        "remobilisation--activites-sportives-et-culturelles",
    ],
}
# data·inclusion v1 `publics`.
DATA_INCLUSION_PUBLICS = {
    Public.TOUS: "tous-publics",
    Public.JEUNES: "jeunes",
    Public.ETUDIANTS: "etudiants",
    Public.FAMILLES: "familles",
    Public.SENIORS: "seniors",
    Public.FEMMES: "femmes",
    Public.DEMANDEURS_EMPLOI: "demandeurs-emploi",
    Public.HANDICAP: "personnes-en-situation-de-handicap",
    Public.EXILES: "personnes-exilees",
}
PUBLIC_SERVICES = {
    Kind.MAIRIE,
    Kind.MAIRIE_ANNEXE,
    Kind.CAF,
    Kind.CCAS,
    Kind.FRANCE_TRAVAIL,
    Kind.MISSION_LOCALE,
    Kind.IMPOTS,
    Kind.FRANCE_SERVICES,
}
SCHOOLS = {Kind.ECOLE, Kind.COLLEGE, Kind.LYCEE}


def schema_org_type(kind):
    """The schema.org type of an actor: a public office, a library, a school, a place."""
    if kind in PUBLIC_SERVICES:
        return "GovernmentOffice"
    if kind == Kind.MEDIATHEQUE:
        return "Library"
    if kind in SCHOOLS:
        return "School"
    if kind == Kind.SANTE:
        return "MedicalClinic"
    return "LocalBusiness"
