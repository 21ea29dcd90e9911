"""A contributor's personal data: what the portal holds about an e-mail address, and its
erasure. Published content stays, credited to the pseudonym (or to "Un habitant")."""

from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext as _

from core.models import Contributor
from core.models.contributors import email_digest
from images.models import PortalImage

from .models import Contribution


def held_about(email):
    """The contributors and contributions tied to an e-mail address."""
    contributors = (
        Contributor.objects.filter(email_digest=email_digest(email)).select_related("quartier")
        if email_digest(email)
        else Contributor.objects.none()
    )
    contributions = Contribution.objects.filter(
        Q(email__iexact=email.strip()) | Q(contributor__in=contributors)
    ).select_related("quartier", "contributor", "page")
    return contributors, contributions


def export(email):
    contributors, contributions = held_about(email)
    return {
        "email": email,
        "contributeurs": [
            {
                "nom_public": item.name,
                "quartier": item.quartier.title if item.quartier else "",
                "presentation": item.bio,
            }
            for item in contributors
        ],
        "contributions": [
            {
                "sorte": item.kind,
                "titre": item.title,
                "etat": item.get_status_display(),
                "recue_le": item.created_at.isoformat(),
                "decidee_le": item.decided_at.isoformat() if item.decided_at else None,
                "raison": item.reason,
                "page": item.page.full_url if item.page and item.page.live else None,
                "adresse_email_gardee": bool(item.email),
                "photos_en_attente": sum(1 for photo in item.photos.all() if photo.file),
                "ce_que_montrent_les_photos": item.photos_show,
                "licence": item.licence,
                "saisie_par_un_animateur": item.entered_by_id is not None,
                "accord_oral": item.oral_consent,
            }
            for item in contributions.prefetch_related("photos")
        ],
    }


@transaction.atomic
def forget(email, anonymise=False):
    """Erase the address everywhere; withdraw what is still pending; returns counts."""
    from .moderation import reject_contribution

    contributors, contributions = held_about(email)
    contributors = list(contributors)
    pending = list(contributions.filter(status=Contribution.Status.PENDING))
    for contribution in pending:
        contribution.email = ""
        contribution.save(update_fields=["email"])
        reject_contribution(contribution, _("Retirée à la demande de la personne."))
        if contribution.page and not contribution.page.live:
            contribution.page.delete()
    contributions.update(email="")
    Contributor.objects.filter(pk__in=[item.pk for item in contributors]).update(email_digest="")
    if anonymise:
        names = {item.name for item in contributors}
        Contributor.objects.filter(pk__in=[item.pk for item in contributors]).update(
            name=_("Un habitant")
        )
        PortalImage.objects.filter(
            credit__in=names,
            pk__in=Contribution.objects.filter(
                contributor__in=[item.pk for item in contributors]
            ).values("photos__image"),
        ).update(credit=_("Un habitant"))
    return {"contributors": len(contributors), "withdrawn": len(pending)}
