"""Demo content: a few residents' contributions waiting for review, in several quartiers.

Sent through the same service as the form (participation.submission), so they sit in
each quartier's workflow. The texts are in `participation/demo_data/contributions.yaml`.
"""

import io

from wagtail.models import Page

from core.demo import read_data, register
from home.models import QuartierPage
from images.generated import draw_quartier

from .kinds import kind_by_slug
from .models import Contribution
from .photos import CleanPhoto
from .submission import Submission, submit

DEMO_PHOTO_SIZE = (800, 600)


def demo_photo(seed):
    image = draw_quartier(seed, ("#2a6f97", "#f4a259"), size=DEMO_PHOTO_SIZE)
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=80)
    return CleanPhoto(buffer.getvalue(), "jpg", *DEMO_PHOTO_SIZE)


@register(order=80)
def load_contributions(log):
    for entry in read_data("participation", "contributions.yaml")["contributions"]:
        quartier = QuartierPage.objects.filter(slug=entry["quartier"]).first()
        kind = kind_by_slug(entry["kind"])
        if quartier is None or kind is None or kind.section(quartier) is None:
            continue
        data = {"email": "", **entry["answers"]}
        if "actor" in data:
            data["actor_page"] = (
                Page.objects.descendant_of(quartier).filter(title=data.pop("actor")).first()
            )
        title = kind.title(data)
        if Contribution.objects.filter(quartier=quartier, title=title).exists():
            continue
        photos = [demo_photo(f"{title} {number}") for number in range(entry["photos"])]
        submit(
            Submission(kind=kind, quartier=quartier, data=data, photos=photos),
            status_url=lambda contribution: "",
        )
        log(f"  contribution {quartier.slug}/{title}")
