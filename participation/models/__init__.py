from .contribution import Contribution, ContributionPhoto
from .page import ParticipationPage

__all__ = ["Contribution", "ContributionPhoto", "ParticipationPage"]
