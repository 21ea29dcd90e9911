"""Which contributor a contribution is credited to."""

from core.models import Contributor
from core.models.contributors import email_digest


def contributor_for(quartier, name, email, known=None):
    """The quartier's contributor with this public name, only when it is the same person
    (same private e-mail, or chosen by the animateur); a new contributor otherwise."""
    if known is not None and known.quartier_id == quartier.pk:
        return known
    digest = email_digest(email)
    if digest:
        same = Contributor.objects.filter(
            quartier=quartier, name__iexact=name, email_digest=digest
        ).first()
        if same:
            return same
    return Contributor.objects.create(quartier=quartier, name=name, email_digest=digest)
