"""A small HTTP client for a running Engage server (gunicorn or nginx), as an editor's browser
would use it without JavaScript: cookies, CSRF tokens, and HTML forms read back from the page
(every input, select and textarea of the form, with the values the server rendered).

Used by the two-server test (ops/tests/test_two_servers.py) and the deployment walkthrough
(tools/deploy_walkthrough.py)."""

import re
from html.parser import HTMLParser

import requests


class FormParser(HTMLParser):
    """The fields of the form whose id or class is `form_id` (or of the first form), as (name, value) pairs."""

    def __init__(self, form_id: str | None = None):
        super().__init__(convert_charrefs=True)
        self.form_id = form_id
        self.inside = False
        self.done = False
        self.fields: list[tuple[str, str]] = []
        self._select: str | None = None
        self._options: list[tuple[str, bool]] = []
        self._textarea: str | None = None
        self._text: list[str] = []
        self._option_value: str | None = None

    def handle_starttag(self, tag, attrs):
        attrs = {key: value or "" for key, value in attrs}
        if (
            tag == "form"
            and not self.done
            and (
                self.form_id is None
                or self.form_id == attrs.get("id")
                or self.form_id in attrs.get("class", "").split()
            )
        ):
            self.inside = True
        if not self.inside:
            return
        name = attrs.get("name")
        if tag == "input" and name and "disabled" not in attrs:
            kind = attrs.get("type", "text").lower()
            if kind in ("submit", "button", "image", "file", "reset"):
                return
            if kind in ("checkbox", "radio") and "checked" not in attrs:
                return
            self.fields.append((name, attrs.get("value", "on" if kind == "checkbox" else "")))
        elif tag == "select" and name:
            self._select, self._options = name, []
        elif tag == "option" and self._select is not None:
            self._options.append((attrs.get("value"), "selected" in attrs))
            self._option_value = attrs.get("value")
        elif tag == "textarea" and name:
            self._textarea, self._text = name, []

    def handle_data(self, data):
        if self._textarea is not None:
            self._text.append(data)

    def handle_endtag(self, tag):
        if not self.inside:
            return
        if tag == "select" and self._select is not None:
            chosen = [value for value, selected in self._options if selected]
            if not chosen and self._options:
                chosen = [self._options[0][0]]
            self.fields.extend((self._select, value or "") for value in chosen)
            self._select = None
        elif tag == "textarea" and self._textarea is not None:
            self.fields.append((self._textarea, "".join(self._text).removeprefix("\n")))
            self._textarea = None
        elif tag == "form":
            self.inside, self.done = False, True


def form_fields(html: str, form_id: str | None = None) -> dict[str, str]:
    parser = FormParser(form_id)
    parser.feed(html)
    return dict(parser.fields)


def csrf_token(html: str) -> str:
    found = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
    assert found, f"no CSRF token in the page: {html[:500]}"
    return found.group(1)


class Browser:
    """One visitor of `base_url`: its cookies and plain requests (no redirects followed).

    `forwarded_proto` adds X-Forwarded-Proto: https, as a TLS proxy would (for a gunicorn
    server reached directly under production settings); the cookies are then sent although
    they are marked Secure and the connection is plain HTTP."""

    def __init__(self, base_url: str, *, verify=True, forwarded_proto: bool = False, timeout: float = 60):
        self.base_url = base_url.rstrip("/")
        self.cookies: dict[str, str] = {}
        self.verify = verify
        self.forwarded_proto = forwarded_proto
        self.timeout = timeout

    def request(self, method: str, path: str, **kwargs) -> requests.Response:
        headers = {"Referer": self.base_url.replace("http://", "https://") + path}
        if self.forwarded_proto:
            headers["X-Forwarded-Proto"] = "https"
        headers.update(kwargs.pop("headers", {}))
        kwargs.setdefault("allow_redirects", False)
        response = requests.request(
            method,
            self.base_url + path,
            headers=headers,
            cookies=dict(self.cookies),
            verify=self.verify,
            timeout=self.timeout,
            **kwargs,
        )
        self.cookies.update(response.cookies.get_dict())
        return response

    def get(self, path: str, **kwargs) -> requests.Response:
        return self.request("GET", path, **kwargs)

    def post(self, path: str, **kwargs) -> requests.Response:
        return self.request("POST", path, **kwargs)

    def share_session_with(self, other: "Browser") -> None:
        """Use `other`'s cookies too (the same signed-in editor, reaching another server)."""
        self.cookies.update(other.cookies)

    def sign_in(self, username: str, password: str) -> None:
        form = self.get("/admin/login/")
        response = self.post(
            "/admin/login/",
            data={"username": username, "password": password, "csrfmiddlewaretoken": csrf_token(form.text)},
        )
        assert response.status_code == 302, f"sign-in failed ({response.status_code}): {response.text[:300]}"

    def edit_page(self, page_id: int, action: str = "action-publish", **changes: str) -> requests.Response:
        """Open a page's edit view in the Wagtail admin, change some fields and press publish
        (or `action`, e.g. "action-submit"); every other field is sent back as rendered."""
        form = self.get(f"/admin/pages/{page_id}/edit/")
        assert form.status_code == 200, f"edit view answered {form.status_code}"
        data = {**form_fields(form.text, "page-edit-form"), **changes, action: action}
        return self.post(f"/admin/pages/{page_id}/edit/", data=data)
