"""The demo strategy's generated PDF."""

from demo.strategy import tiny_pdf


def test_demo_pdf_is_a_valid_pdf():
    pdf = tiny_pdf(["Hello (world)"])
    assert pdf.startswith(b"%PDF-1.4\n") and pdf.rstrip().endswith(b"%%EOF")
    startxref = int(pdf.rsplit(b"startxref\n", 1)[1].split(b"\n")[0])
    assert pdf[startxref:].startswith(b"xref\n0 6\n")
    # every cross-reference offset points at its object
    entries = pdf[startxref:].split(b"\n")[3:8]
    for number, entry in enumerate(entries, start=1):
        offset = int(entry.split()[0])
        assert pdf[offset:].startswith(b"%d 0 obj" % number)
