"""The lists an animateur picks from: kinds of events, audiences, prices, places…

Their values appear in public addresses (`?type=atelier`), so they are plain slugs.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class EventKind(models.TextChoices):
    FESTIVAL = "festival", _("Festival")
    MEETUP = "rencontre", _("Rencontre")
    WORKSHOP = "atelier", _("Atelier")
    PARTY = "fete", _("Fête")
    PUBLIC_MEETING = "reunion-publique", _("Réunion publique")
    SHOW = "spectacle", _("Spectacle")
    EXHIBITION = "exposition", _("Exposition")
    HELP_DESK = "permanence", _("Permanence")
    OUTING = "sortie", _("Sortie")
    OTHER = "autre", _("Autre")


class Audience(models.TextChoices):
    EVERYONE = "tout-public", _("Tout public")
    CHILDREN = "enfants", _("Enfants")
    YOUTH = "jeunes", _("Jeunes")
    FAMILIES = "familles", _("Familles")
    ADULTS = "adultes", _("Adultes")
    SENIORS = "seniors", _("Seniors")
    BEGINNERS = "debutants", _("Débutants en informatique")
    JOB_SEEKERS = "emploi", _("Personnes qui cherchent un emploi")


class PriceKind(models.TextChoices):
    FREE = "gratuit", _("Gratuit")
    PAID = "payant", _("Payant")
    FREE_WITH_CONDITIONS = "gratuit-sous-conditions", _("Gratuit sous conditions")


FREE_PRICE_KINDS = (PriceKind.FREE, PriceKind.FREE_WITH_CONDITIONS)


class Registration(models.TextChoices):
    NONE = "aucune", _("Entrée libre, sans inscription")
    ON_SITE = "sur-place", _("Inscription sur place ou par téléphone")
    LINK = "lien", _("Inscription en ligne (un lien)")
    CAPACITY = "places-limitees", _("Places limitées, sur inscription")


class Status(models.TextChoices):
    SCHEDULED = "prevu", _("Prévu")
    POSTPONED = "reporte", _("Reporté")
    CANCELLED = "annule", _("Annulé")


class Frequency(models.TextChoices):
    DAILY = "jour", _("Chaque jour")
    WEEKLY = "semaine", _("Chaque semaine, le même jour")
    MONTHLY = "mois", _("Chaque mois, le même jour de la semaine (par exemple le 1er mardi)")


class ProgrammeKind(models.TextChoices):
    TALK = "conference", _("Petite conférence")
    DEMO = "demo", _("Démonstration")
    STAND = "stand", _("Stand d'information")
    THEATRE = "atelier-theatre", _("Atelier théâtre")
    WORKSHOP = "atelier", _("Atelier")
    ROUND_TABLE = "table-ronde", _("Table ronde, discussion")
    SHOW = "spectacle", _("Spectacle")
    SCREENING = "projection", _("Projection")
    BREAK = "pause", _("Pause, repas")
    OTHER = "autre", _("Autre")


class OrganiserRole(models.TextChoices):
    ORGANISER = "organisateur", _("Organise")
    PARTNER = "partenaire", _("Partenaire")


class VenueKind(models.TextChoices):
    EPN = "espace-informatique", _("Espace informatique")
    SOCIAL_CENTRE = "centre-social", _("Centre social, maison de quartier")
    ASSOCIATION = "local-associatif", _("Local d'association")
    PARISH = "salle-paroissiale", _("Salle paroissiale")
    SQUARE = "place-publique", _("Place publique, rue")
    PARK = "parc", _("Parc, jardin")
    BAR = "bar", _("Bar, café")
    SNACK = "snack", _("Snack, restaurant")
    LIBRARY = "mediatheque", _("Médiathèque")
    SCHOOL = "ecole", _("École, collège, lycée")
    SPORTS = "gymnase", _("Gymnase, salle de sport")
    CULTURE = "salle-culturelle", _("Salle de spectacle, centre culturel")
    OTHER = "autre", _("Autre lieu")


class GuestKind(models.TextChoices):
    ARTIST = "artiste", _("Artiste numérique")
    COLLECTIVE = "collectif", _("Collectif")
    COMMITTEE = "comite-de-quartier", _("Comité de quartier")
    WEB_TV = "web-tv", _("Web TV, radio")
    ASSOCIATION = "association", _("Association")
    PUBLIC_SERVICE = "service-public", _("Service public")
    COMPANY = "entreprise", _("Entreprise, commerce")
    PERSON = "personne", _("Une personne")
    OTHER = "autre", _("Autre")
