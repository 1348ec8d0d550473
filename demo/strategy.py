"""Demo strategy: "New Met for London: Phase 2", from the Met Engage update sent to Hackney
residents after the 19 November 2025 event (facts only, in our own words; demo/data/strategy.json).
The publication date is illustrative. The downloadable PDF is a tiny demonstration file generated
here."""

from datetime import date

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from boroughs.models import BoroughPage
from strategy.models import StrategyCommitment, StrategyDocument, StrategyIndexPage, StrategyPage

from .base import DemoLog, child_page
from .base import data as demo_data


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


def _demo_document(spec: dict):
    Document = get_document_model()
    document = Document.objects.filter(title=spec["title"]).first()
    if document is not None:
        return document, False
    document = Document(title=spec["title"])
    document.file.save(spec["filename"], ContentFile(tiny_pdf(spec["lines"])), save=False)
    document._set_document_file_metadata()
    document.save()
    return document, True


def _statistic(figure, measure, comparison, stats: dict, borough):
    return {
        "type": "statistic",
        "value": {
            "figure": figure,
            "measure": measure,
            "period": stats["period"],
            "comparison": comparison,
            "source": stats["source"],
            "source_url": "",
            "borough": borough.pk if borough else None,
        },
    }


def load_strategy(home, log: DemoLog) -> StrategyIndexPage:
    content = demo_data("strategy")
    index_fields = dict(content["index"])
    index, created = child_page(home, StrategyIndexPage, index_fields.pop("slug"), show_in_menus=True, **index_fields)
    log.step("Strategy index", int(created), 1)
    document, document_created = _demo_document(content["document"])
    log.step("Strategy documents", int(document_created), 1)
    stats = content["statistics"]
    borough = BoroughPage.objects.filter(slug=stats["borough"], locale=home.locale).first()
    page = content["page"]
    _page, created = child_page(
        index,
        StrategyPage,
        page["slug"],
        title=page["title"],
        summary=page["summary"],
        listing_summary=page["listing_summary"],
        publication_date=date.fromisoformat(page["publication_date"]),
        status=StrategyPage.Status(page["status"]),
        sections=[
            {
                "type": "section",
                "value": {"heading": section["heading"], "content": [{"type": "text", "value": section["html"]}]},
            }
            for section in page["sections"]
        ],
        highlights=[_statistic(*highlight, stats, borough) for highlight in page["highlights"]],
        commitments=[
            StrategyCommitment(sort_order=i, title=c["title"], description=c["description"])
            for i, c in enumerate(page["commitments"])
        ],
        documents=[StrategyDocument(sort_order=0, document=document, title=content["document"]["link_title"])],
    )
    log.step("Strategies", int(created), 1)
    return index
