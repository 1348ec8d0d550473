"""Personal data typed into a free-text answer, removed before it is stored."""

import re

from django.utils.translation import gettext as _

MAX_COMMENT = 1000

EMAIL = re.compile(r"[\w.+'-]+\s*(?:@|\(at\)|\[at\])\s*[\w-]+(?:\s*(?:\.|\(dot\)|\[dot\])\s*[\w-]+)+", re.IGNORECASE)
# Seven or more digits, allowing spaces, dots, dashes, brackets and a leading + (UK and international).
PHONE = re.compile(r"(?<![\w])\+?(?:\(?\d\)?[\s.\-\u00a0]?){7,}(?![\w])")


def scrub(text: str) -> str:
    text = (text or "").replace("\x00", "")[: MAX_COMMENT * 2]
    text = "".join(ch for ch in text if ch.isprintable() or ch in "\n\t")
    text = EMAIL.sub(_("[e-mail address removed]"), text)
    text = PHONE.sub(_("[phone number removed]"), text)
    return text.strip()[:MAX_COMMENT]
