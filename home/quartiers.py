"""Creating quartiers and their animateurs: shared by the admin commands and the demo."""

import re

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.models import Site

from .models import HomePage, QuartierPage

HOSTNAME_RE = re.compile(
    r"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$"
)


class QuartierError(Exception):
    """A request that cannot be carried out; its message is for the user, in French."""


def home_page():
    home = HomePage.objects.first()
    if home is None:
        raise QuartierError(
            _("Le portail n'a pas de page d'accueil : lancez d'abord « manage.py migrate ».")
        )
    return home


@transaction.atomic
def create_quartier(name, city, slug=None, hostname=None, live=True, **fields):
    name, city = (name or "").strip(), (city or "").strip()
    if not name:
        raise QuartierError(_("Donnez le nom du quartier."))
    if not city:
        raise QuartierError(_("Donnez la ville du quartier."))
    slug = slugify(slug or name)
    if not slug:
        raise QuartierError(_("Ce nom ne donne pas d'adresse web valable : donnez un --slug."))
    home = home_page()
    if home.get_children().filter(slug=slug).exists():
        raise QuartierError(
            _(
                "L'adresse « %(slug)s » est déjà prise par un autre quartier. Choisissez un autre --slug."
            )
            % {"slug": slug}
        )
    if hostname is not None:
        hostname = hostname.strip().lower()
        if not HOSTNAME_RE.match(hostname):
            raise QuartierError(
                _("« %(hostname)s » n'est pas un nom de domaine valable.") % {"hostname": hostname}
            )
        if Site.objects.filter(hostname=hostname).exists():
            raise QuartierError(
                _("Le nom de domaine « %(hostname)s » est déjà utilisé.") % {"hostname": hostname}
            )
    quartier = QuartierPage(title=name, city=city, slug=slug, live=False, **fields)
    home.add_child(instance=quartier)
    revision = quartier.save_revision(log_action=False)
    if live:
        revision.publish(log_action=False)
    if hostname:
        # The port gives the scheme of the quartier's links: 443 is https://, 80 http://.
        Site.objects.create(
            hostname=hostname, port=settings.PORTAL_SITE_PORT, root_page=quartier, site_name=name
        )
    quartier.refresh_from_db()
    return quartier


def quartier_by_slug(slug):
    quartier = QuartierPage.objects.filter(slug=slug).first()
    if quartier is None:
        known = ", ".join(QuartierPage.objects.order_by("slug").values_list("slug", flat=True))
        raise QuartierError(
            _("Aucun quartier n'a l'adresse « %(slug)s ». Quartiers connus : %(known)s.")
            % {"slug": slug, "known": known or _("aucun")}
        )
    return quartier


@transaction.atomic
def add_animateur(username, quartier_slug, email=None):
    """Put a user (created if needed) in a quartier's animateurs group.

    Returns (user, created). A new user has no password yet: they set one with
    `manage.py changepassword` or the admin's "mot de passe oublié" link.
    """
    username = (username or "").strip()
    if not username:
        raise QuartierError(_("Donnez un nom d'utilisateur."))
    if email:
        try:
            validate_email(email)
        except ValidationError as error:
            raise QuartierError(
                _("« %(email)s » n'est pas une adresse e-mail valable.") % {"email": email}
            ) from error
    quartier = quartier_by_slug(quartier_slug)
    if quartier.animateurs_group is None:
        raise QuartierError(
            _("Le quartier « %(slug)s » n'a pas de groupe d'animateurs.") % {"slug": quartier_slug}
        )
    user_model = get_user_model()
    user, created = user_model.objects.get_or_create(username=username)
    if created:
        user.set_unusable_password()
    if email:
        user.email = email
    user.save()
    user.groups.add(quartier.animateurs_group)
    return user, created
