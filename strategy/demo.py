"""Demo strategy: "New Met for London: Phase 2", from the Met Engage update sent to Hackney
residents after the 19 November 2025 event (facts only, in our own words). The publication
date is illustrative. The downloadable PDF is a tiny demonstration file generated here."""

from datetime import date

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from boroughs.models import BoroughPage
from cms.core.demo import DemoLog, child_page

from .models import StrategyCommitment, StrategyDocument, StrategyIndexPage, StrategyPage

DOCUMENT_TITLE = "New Met for London: Phase 2: summary (demonstration file)"
SOURCE = "Met Engage update to Hackney residents, December 2025"
PERIOD = "2025, year to date"


def tiny_pdf(lines: list[str]) -> bytes:
    """A valid one-page PDF (with a correct cross-reference table) showing `lines` of ASCII text."""

    def escape(text: str) -> str:
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    text = "BT /F1 14 Tf 72 770 Td 18 TL " + " ".join(f"({escape(line)}) '" for line in lines) + " ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(text), text.encode("ascii")),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def _demo_document():
    Document = get_document_model()
    document = Document.objects.filter(title=DOCUMENT_TITLE).first()
    if document is not None:
        return document, False
    pdf = tiny_pdf(
        [
            "New Met for London: Phase 2 - summary",
            "A demonstration file for the Engage demo site.",
            "1. Precise community crime-fighting",
            "2. Technology and data",
            "3. Partnerships",
        ]
    )
    document = Document(title=DOCUMENT_TITLE)
    document.file.save("new-met-for-london-phase-2-summary.pdf", ContentFile(pdf), save=False)
    document._set_document_file_metadata()
    document.save()
    return document, True


def _statistic(figure, measure, comparison, borough):
    return {
        "type": "statistic",
        "value": {
            "figure": figure,
            "measure": measure,
            "period": PERIOD,
            "comparison": comparison,
            "source": SOURCE,
            "source_url": "",
            "borough": borough.pk if borough else None,
        },
    }


def _text(html: str) -> dict:
    return {"type": "text", "value": html}


def load_strategy(home, log: DemoLog) -> StrategyIndexPage:
    index, created = child_page(
        home,
        StrategyIndexPage,
        "strategy",
        title="Strategy",
        show_in_menus=True,
        introduction="The plans that set out how the Metropolitan Police will police London, and how your views shape them.",
        listing_summary="How the Met plans to police London.",
    )
    log.step("Strategy index", int(created), 1)
    document, document_created = _demo_document()
    log.step("Strategy documents", int(document_created), 1)
    hackney = BoroughPage.objects.filter(slug="hackney", locale=home.locale).first()
    _page, created = child_page(
        index,
        StrategyPage,
        "new-met-for-london-phase-2",
        title="New Met for London: Phase 2",
        summary="The next phase of the Met's plan for London, guiding how it polices the city over the next three years: closer to communities, more precise, and working with partners.",
        listing_summary="The Met's plan for the next three years: precise community crime-fighting, technology and data, and partnerships.",
        publication_date=date(2025, 12, 1),
        status=StrategyPage.Status.ADOPTED,
        sections=[
            {
                "type": "section",
                "value": {
                    "heading": "Building on what is working",
                    "content": [
                        _text(
                            "<p>The first phase of New Met for London brought neighbourhood crime such as phone "
                            "snatching and shoplifting down by 14%. Injuries from violence are at their lowest "
                            "in five years, and the Met is arresting more than a thousand extra offenders every month.</p>"
                        )
                    ],
                },
            },
            {
                "type": "section",
                "value": {
                    "heading": "What it means where you live",
                    "content": [
                        _text(
                            "<p>Neighbourhood teams will get more investment, and residents will have more say in "
                            "where they focus. Community Crime-Fighting events, like those held in Hackney in "
                            "November 2025 and in Lambeth in December 2025, are where those priorities are set.</p>"
                        )
                    ],
                },
            },
            {
                "type": "section",
                "value": {
                    "heading": "Have your say",
                    "content": [
                        _text(
                            "<p>Tell your neighbourhood team what matters to you at a local meeting, or through "
                            "the local priority survey. What you tell us shapes the priorities for each borough.</p>"
                        )
                    ],
                },
            },
        ],
        highlights=[
            _statistic("-19%", "knife crime in Hackney", "this year so far", hackney),
            _statistic("-17%", "robbery offences in Hackney", "this year so far", hackney),
            _statistic(
                "+18.6%",
                "positive outcomes, such as a charge or caution, in child exploitation investigations in Hackney",
                "compared with last year",
                hackney,
            ),
        ],
        commitments=[
            StrategyCommitment(
                sort_order=0,
                title="Precise community crime-fighting",
                description="Put Londoners at the heart of local crime-fighting: invest more in neighbourhood teams, drive performance on the frontline, and let residents influence where officers focus.",
            ),
            StrategyCommitment(
                sort_order=1,
                title="Technology and data",
                description="Use technology and data to change how London is policed, including wider use of facial recognition, and target the few offenders who cause the most harm and the places and victims who suffer most.",
            ),
            StrategyCommitment(
                sort_order=2,
                title="Partnerships",
                description="Build new partnerships and strengthen existing ones, with public bodies, businesses and the voluntary sector, to get the best results for Londoners.",
            ),
        ],
        documents=[StrategyDocument(sort_order=0, document=document, title="Summary of the strategy")],
    )
    log.step("Strategies", int(created), 1)
    return index
