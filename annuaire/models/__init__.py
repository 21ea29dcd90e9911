from .actor import ActorPage, ActorQuerySet
from .directory import AnnuairePage
from .guide import NewcomersGuidePage

__all__ = ["ActorPage", "ActorQuerySet", "AnnuairePage", "NewcomersGuidePage"]
