from .contribution import Contribution, ContributionPhoto
from .correction import CorrectionRequest
from .page import ParticipationPage

__all__ = ["Contribution", "ContributionPhoto", "CorrectionRequest", "ParticipationPage"]
