from .home_page import HomePage
from .quartier import QuartierPage

__all__ = ["HomePage", "QuartierPage"]
