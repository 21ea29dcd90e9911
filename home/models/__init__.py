from .base import BasePage
from .home_page import HomePage
from .quartier import OpeningHours, QuartierPage

__all__ = ["BasePage", "HomePage", "OpeningHours", "QuartierPage"]
