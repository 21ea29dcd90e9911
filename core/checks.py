"""`manage.py check` reports a section app that breaks the section contract."""

from django.apps import apps
from django.core.checks import Error, register
from django.template import TemplateDoesNotExist
from django.template.loader import get_template
from django.utils.text import slugify

from .models.sections import QUARTIER_PAGE, section_models


def _permission_exists(label):
    app_label, _dot, codename = label.partition(".")
    try:
        app_config = apps.get_app_config(app_label)
    except LookupError:
        return False
    for model in app_config.get_models():
        options = model._meta
        defaults = {f"{action}_{options.model_name}" for action in options.default_permissions}
        custom = {name for name, _description in options.permissions}
        if codename in defaults | custom:
            return True
    return False


def _resolves(label):
    try:
        apps.get_model(label)
    except (LookupError, ValueError):
        return False
    return True


def section_errors(model, seen_slugs):
    """What is wrong with one section page type, as check errors."""
    name = model._meta.label
    errors = []

    def error(message, hint, number):
        errors.append(Error(message, hint=hint, obj=model, id=f"core.E{number:03d}"))

    slug = model.section_slug
    if not slug or slugify(slug) != slug:
        error(
            f"{name} has no valid section_slug ({slug!r}).",
            "Set section_slug to the section's address, e.g. 'agenda'.",
            1,
        )
    elif slug in seen_slugs:
        error(
            f"{name} uses section_slug {slug!r}, already used by {seen_slugs[slug]}.",
            "Each section has its own address in a quartier.",
            2,
        )
    else:
        seen_slugs[slug] = name
    if not str(model.section_label).strip():
        error(
            f"{name} has no section_label.",
            "Set the plain menu name, the same in every quartier (e.g. _('Agenda')).",
            3,
        )
    if not str(model.section_description).strip():
        error(
            f"{name} has no section_description.",
            "Set one short sentence for the section's tile.",
            4,
        )
    for label in model.animateur_permissions:
        if not _permission_exists(label):
            error(
                f"{name} asks for the permission {label!r}, which no model declares.",
                "Use 'app_label.codename' of a model's default or custom permission.",
                5,
            )
    for label in model.latest_page_types:
        if not _resolves(label):
            error(
                f"{name} lists {label!r} in latest_page_types, which is not a model.",
                "Use 'app_label.ModelName' of a page type of the section.",
                6,
            )
    if model.clean_parent_page_models() != [apps.get_model(QUARTIER_PAGE)]:
        error(
            f"{name} must have the quartier page as its only parent page type.",
            f"Leave parent_page_types as SectionPage sets it ([{QUARTIER_PAGE!r}]).",
            7,
        )
    for attribute in ("teaser_template", "portal_teaser_template"):
        template_name = getattr(model, attribute)
        if not template_name:
            continue
        try:
            get_template(template_name)
        except TemplateDoesNotExist:
            error(
                f"{name} names the {attribute} {template_name!r}, which is missing.",
                f"Create it, or leave {attribute} empty.",
                8,
            )
    return errors


@register()
def check_sections(app_configs, **kwargs):
    seen_slugs = {}
    errors = []
    for model in section_models():
        if app_configs is None or apps.get_app_config(model._meta.app_label) in app_configs:
            errors.extend(section_errors(model, seen_slugs))
    return errors
