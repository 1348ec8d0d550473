import io

import pytest
from django.core.management import CommandError, call_command

from places.models import OutwardForce, Postcode

from .conftest import SAMPLE

pytestmark = pytest.mark.django_db


def run(path=SAMPLE) -> str:
    out = io.StringIO()
    call_command("import_onspd", str(path), stdout=out)
    return out.getvalue()


def test_sample_keeps_live_london_postcodes_and_forces_elsewhere():
    output = run()
    # 22 live London rows; the terminated E8 9ZZ is skipped; 4 rows are outside London.
    assert Postcode.objects.count() == 22
    assert not Postcode.objects.filter(postcode="E89ZZ").exists()
    e8 = Postcode.objects.get(postcode="E84QS")
    assert (e8.outward, e8.borough_code, e8.ward_code) == ("E8", "E09000012", "E05009381")
    assert e8.latitude == pytest.approx(51.5407)
    assert set(OutwardForce.objects.values_list("outward", "force_code")) == {
        ("BN1", "E23000033"),
        ("M1", "E23000005"),
        ("CF10", "W15000003"),
        ("EH1", "S23000009"),
    }
    assert "22 live London postcodes (22 new, 0 changed, 0 unchanged)" in output
    assert "1 terminated skipped" in output


def test_second_import_changes_nothing():
    run()
    before = list(Postcode.objects.order_by("pk").values_list())
    output = run()
    assert list(Postcode.objects.order_by("pk").values_list()) == before
    assert "(0 new, 0 changed, 22 unchanged)" in output
    assert "0 new outward-code force areas" in output


def test_a_changed_row_is_updated_and_a_terminated_one_removed(tmp_path):
    run()
    text = SAMPLE.read_text()
    text = text.replace("E8 4QS,198001,,,,E09000012,E05009381", "E8 4QS,198001,,,,E09000012,E05009375")
    text = text.replace("E8 1EJ,198001,,", "E8 1EJ,198001,202401,")
    changed = tmp_path / "changed.csv"
    changed.write_text(text)
    output = run(changed)
    assert Postcode.objects.get(postcode="E84QS").ward_code == "E05009375"
    assert not Postcode.objects.filter(postcode="E81EJ").exists()
    assert "1 changed" in output and "1 removed" in output


def test_not_an_onspd_file_is_refused_clearly(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("name,age\nAnn,3\n")
    with pytest.raises(CommandError, match="Not an ONSPD file"):
        run(bad)
    with pytest.raises(CommandError, match="No such file"):
        run(tmp_path / "missing.csv")
    assert Postcode.objects.count() == 0


def test_newer_column_names_are_read(tmp_path):
    # Newer ONSPD editions name the geography columns by year (lad25cd, wd25cd, pfa23cd...).
    newer = tmp_path / "newer.csv"
    newer.write_text(
        "pcd7,pcd8,pcds,dointr,doterm,lad25cd,wd25cd,lat,long,pfa23cd\n"
        "E8  1EJ,E8   1EJ,E8 1EJ,198001,,E09000012,E05009370,51.5462,-0.0755,E23000001\n"
        "SW1A0AA,SW1A 0AA,SW1A 0AA,198001,,E09000033,E05013806,99.999999,0.000000,E23000001\n"
    )
    run(newer)
    assert Postcode.objects.get(postcode="E81EJ").ward_code == "E05009370"
    westminster = Postcode.objects.get(postcode="SW1A0AA")
    assert westminster.latitude is None and westminster.longitude is None
