from .pages import ConcernFormField, ConcernFormPage, SurveyPage, make_reference
from .submissions import ERASED, ConcernNote, ConcernSubmission, Delivery, Status, SurveyResponse

__all__ = [
    "ERASED",
    "ConcernFormField",
    "ConcernFormPage",
    "ConcernNote",
    "ConcernSubmission",
    "Delivery",
    "Status",
    "SurveyPage",
    "SurveyResponse",
    "make_reference",
]
