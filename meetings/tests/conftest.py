import pytest

from meetings.tests.factories import MeetingIndexPageFactory


@pytest.fixture
def meeting_index(borough):
    return MeetingIndexPageFactory(parent=borough)
