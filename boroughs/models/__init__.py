from .places import Bcu, BoroughIndexPage, BoroughPage, FeaturedAdvice, FrontCounter, borough_of
from .priorities import PriorityAction, PriorityIndexPage, PriorityPage, PrioritySource, PriorityStatus
from .updates import UpdateIndexPage, UpdatePage
from .wards import BoroughTeamMember, Rank, TeamMember, WardPage

__all__ = [
    "Bcu",
    "BoroughIndexPage",
    "BoroughPage",
    "BoroughTeamMember",
    "FeaturedAdvice",
    "FrontCounter",
    "PriorityAction",
    "PriorityIndexPage",
    "PriorityPage",
    "PrioritySource",
    "PriorityStatus",
    "Rank",
    "TeamMember",
    "UpdateIndexPage",
    "UpdatePage",
    "WardPage",
    "borough_of",
]
