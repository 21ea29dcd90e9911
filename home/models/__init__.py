from .home_page import HomePage
from .quartier import OpeningHours, QuartierPage

__all__ = ["HomePage", "OpeningHours", "QuartierPage"]
