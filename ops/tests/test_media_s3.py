"""Media on S3-compatible storage (moto in server mode): public renditions from the bucket,
private originals and documents never publicly readable, and S3 down handled."""

import io

import pytest
import requests
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction

from boroughs.tests.factories import TeamMemberFactory, WardPageFactory

pytestmark = pytest.mark.django_db

Image = get_image_model()
Document = get_document_model()


def png(name="officer.png", colour=(200, 30, 30)):
    buffer = io.BytesIO()
    PILImage.new("RGB", (640, 480), colour).save(buffer, "PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def upload_image(admin_client, title="PC Ada Okafor"):
    root = Collection.get_first_root_node()
    return admin_client.post(reverse("wagtailimages:add"), {"title": title, "file": png(), "collection": root.pk})


@pytest.fixture
def ward(borough):
    return WardPageFactory(parent=borough, title="Dalston", slug="dalston")


def test_uploaded_image_renders_from_the_bucket_and_the_original_stays_private(admin_client, client, s3_media, ward):
    response = upload_image(admin_client)
    assert response.status_code == 302, response.content.decode()[:500]
    image = Image.objects.get(title="PC Ada Okafor")
    TeamMemberFactory(page=ward, image=image, photo_alt_text="PC Ada Okafor smiling", name="Ada Okafor")
    ward.save_revision().publish()

    page = client.get(ward.url)
    assert page.status_code == 200
    html = page.content.decode()
    rendition_url = next(part.split('"')[0] for part in html.split('src="')[1:] if part.startswith(s3_media.endpoint))
    assert "Signature=" not in rendition_url  # a plain, cacheable URL
    served = requests.get(rendition_url, timeout=5)  # anyone, no credentials: the bucket serves it
    assert served.status_code == 200 and served.headers["Content-Type"].startswith("image/")

    # The original upload is private: not readable without a signature.
    original = f"{s3_media.endpoint}/engage-media/{image.file.name}"
    assert requests.get(original, timeout=5).status_code == 403
    signed = image.file.url
    assert "Signature=" in signed and requests.get(signed, timeout=5).status_code == 200


def test_restricted_documents_are_never_publicly_readable(admin_client, client, s3_media, django_user_model):
    root = Collection.get_first_root_node()
    private = root.add_child(name="Case files")
    CollectionViewRestriction.objects.create(collection=private, restriction_type=CollectionViewRestriction.LOGIN)
    response = admin_client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "Case notes",
            "file": SimpleUploadedFile("case-notes.txt", b"Victim statement"),
            "collection": private.pk,
        },
    )
    assert response.status_code == 302
    document = Document.objects.get(title="Case notes")

    assert document.url.startswith("/documents/")  # links go through Wagtail's view, never the bucket
    anonymous = client.get(document.url)
    assert anonymous.status_code == 302 and "login" in anonymous["Location"]
    assert requests.get(f"{s3_media.endpoint}/engage-media/{document.file.name}", timeout=5).status_code == 403

    allowed = admin_client.get(document.url)
    assert allowed.status_code == 200
    assert b"".join(allowed.streaming_content) == b"Victim statement"


def test_with_s3_down_pages_render_and_uploads_fail_clearly(admin_client, client, s3_media, ward):
    assert upload_image(admin_client).status_code == 302
    image = Image.objects.get()
    TeamMemberFactory(page=ward, image=image, photo_alt_text="PC Ada Okafor smiling", name="Ada Okafor")
    ward.save_revision().publish()
    assert client.get(ward.url).status_code == 200  # renditions made while S3 was up

    s3_media.stop()

    page = client.get(ward.url)
    assert page.status_code == 200
    assert "Ada Okafor" in page.content.decode()

    response = upload_image(admin_client, title="Second photo")
    assert response.status_code == 303
    assert not Image.objects.filter(title="Second photo").exists()  # nothing half-saved
    follow = admin_client.get(response["Location"])
    assert "the media storage is unavailable. Nothing was saved" in follow.content.decode()
