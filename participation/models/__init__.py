from .contribution import Contribution, ContributionPhoto
from .correction import CorrectionRequest
from .page import ParticipationPage
from .sending_count import SendingCount

__all__ = [
    "Contribution",
    "ContributionPhoto",
    "CorrectionRequest",
    "ParticipationPage",
    "SendingCount",
]
