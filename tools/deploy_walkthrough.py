"""docs/deployment.md, followed literally on one machine, then checked (the non-systemd path).

    .venv/bin/python tools/deploy_walkthrough.py [--workdir /tmp/engage-walkthrough] [--quick]

Needs PostgreSQL on 127.0.0.1:5432 (user postgres), nginx, redis-server, openssl and the dev
requirements (moto's S3 server, aiosmtpd). It changes nothing outside --workdir and its own
database (engage_ops_deploy, dropped and created anew) and stops everything it started.

- §3: deploy/engage.env.example copied and edited as an operator would; the commands of §3 run
  in bash exactly as written (`set -a; . engage.env; set +a` ...).
- §4: systemd is not PID 1 here, so each unit in deploy/systemd is read and its ExecStart run with
  its WorkingDirectory, Environment= and EnvironmentFile= (the file's values win, as in systemd),
  /srv/engage/app being this checkout and /etc/engage/engage.env the edited copy. Two app
  servers: engage-web twice, the second with a drop-in EnvironmentFile setting GUNICORN_BIND.
- §5: deploy/nginx.conf with the doc's sed, a self-signed certificate instead of certbot, and
  this machine's ports and paths, run by its own nginx master (`nginx -t` first).
- §6: media on S3-compatible storage (moto's server), shared by both app servers.
Then it checks what a resident, an editor and an operator would see, and prints PASS/FAIL lines.
Ports: 8501-8502 (app servers), 8543/8580 (nginx), 8579 (Redis), 8590 (S3), 8525 (SMTP)."""

import argparse
import os
import re
import secrets
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import requests

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from ops.tests.http import Browser, form_fields  # noqa: E402

PG = "postgres://postgres@127.0.0.1:5432"
DB = "engage_ops_deploy"
HOST, HTTPS, HTTP = "localhost", 8543, 8580
WEB = (8501, 8502)
REDIS, S3, SMTP = 8579, 8590, 8525
ADMIN, ADMIN_PASSWORD = "operator", "Walkthrough-operator-1"
failures: list[str] = []


def check(label: str, ok: bool, detail: str = "") -> bool:
    print(f"  {'PASS' if ok else 'FAIL'}  {label}{f'  ({detail})' if detail and not ok else ''}", flush=True)
    if not ok:
        failures.append(label)
    return ok


def step(title: str) -> None:
    print(f"\n== {title}  [{datetime.now():%H:%M:%S}]", flush=True)


class Walkthrough:
    def __init__(self, workdir: Path, reused: bool = False):
        self.work = workdir
        self.reused = reused
        self.env_file = workdir / "etc" / "engage.env"
        self.processes: dict[str, subprocess.Popen] = {}

    # -- processes ------------------------------------------------------------------------
    def start(self, name: str, argv: list[str], env: dict | None = None, cwd: Path | None = None) -> None:
        log = open(self.work / "logs" / f"{name}.log", "w")  # noqa: SIM115 (the process keeps it)
        self.processes[name] = subprocess.Popen(
            argv,
            cwd=cwd or ROOT,
            env=env or os.environ.copy(),
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def stop(self, name: str, sig=signal.SIGTERM) -> None:
        process = self.processes.pop(name, None)
        if process and process.poll() is None:
            os.killpg(process.pid, sig)
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()

    def stop_all(self) -> None:
        for name in reversed(list(self.processes)):
            self.stop(name)

    def log(self, name: str) -> str:
        return (self.work / "logs" / f"{name}.log").read_text(errors="replace")

    def bash(self, script: str, timeout: int = 1800) -> subprocess.CompletedProcess:
        """Commands typed by the operator, in bash, in the checkout (/srv/engage/app)."""
        return subprocess.run(["bash", "-ec", script], cwd=ROOT, capture_output=True, text=True, timeout=timeout)

    # -- §2 and §6: database, cache, object storage ------------------------------------------
    def services(self) -> None:
        step("§2 database and cache; §6 S3-compatible storage")
        for statement in (f'DROP DATABASE IF EXISTS "{DB}" WITH (FORCE)', f'CREATE DATABASE "{DB}"'):
            if not self.reused:
                subprocess.run(["psql", f"{PG}/postgres", "-qc", statement], check=True)
        self.start_redis()
        self.start("s3", [str(Path(sys.executable).parent / "moto_server"), "-H", "127.0.0.1", "-p", str(S3)])
        wait_port(S3)
        import boto3

        s3 = boto3.client(
            "s3",
            endpoint_url=f"http://127.0.0.1:{S3}",
            region_name="us-east-1",
            aws_access_key_id="walkthrough",
            aws_secret_access_key="walkthrough-secret",  # noqa: S106 (the emulator's)
        )
        s3.create_bucket(Bucket="engage-media")  # the operator creates the bucket at the provider
        check("PostgreSQL database, Redis and the S3 bucket ready", True)

    def start_redis(self) -> None:
        self.start("redis", ["redis-server", "--port", str(REDIS), "--bind", "127.0.0.1", "--save", ""])
        wait_port(REDIS)

    # -- §3: the environment file and the first deploy ---------------------------------------
    def environment(self) -> None:
        step("§3 the environment file")
        for sub in ("etc", "logs", "media", "tls", "nginx/sites-available", "nginx/sites-enabled"):
            (self.work / sub).mkdir(parents=True, exist_ok=True)
        text = (ROOT / "deploy" / "engage.env.example").read_text()
        edits = {
            "SECRET_KEY": secrets.token_urlsafe(64),
            "DATABASE_URL": f"{PG}/{DB}",
            "ALLOWED_HOSTS": HOST,
            "ENGAGE_BASE_URL": f"https://{HOST}:{HTTPS}",
            "REDIS_URL": f"redis://127.0.0.1:{REDIS}/0",
            "EMAIL_HOST": "127.0.0.1",
            "EMAIL_PORT": str(SMTP),
            "EMAIL_USE_TLS": "false",
            "MEDIA_ROOT": str(self.work / "media"),
            "AWS_STORAGE_BUCKET_NAME": "engage-media",
            "AWS_S3_ENDPOINT_URL": f"http://127.0.0.1:{S3}",
            "AWS_S3_REGION_NAME": "us-east-1",
            "AWS_ACCESS_KEY_ID": "walkthrough",
            "AWS_SECRET_ACCESS_KEY": "walkthrough-secret",
            "AWS_S3_ADDRESSING_STYLE": "path",
            "GUNICORN_WORKERS": "2",
            "GUNICORN_BIND": f"127.0.0.1:{WEB[0]}",
        }
        for key, value in edits.items():  # as with $EDITOR: set the line, uncommenting it if needed
            text, count = re.subn(rf"^#? ?{key}=.*$", f"{key}={value}", text, flags=re.M)
            if not count:
                text += f"{key}={value}\n"
        text = re.sub(r"^# ?AWS_S3_CUSTOM_DOMAIN=.*\n", "", text, flags=re.M)
        self.env_file.write_text(text)
        self.env_file.chmod(0o640)
        check(
            "the edited environment file loads in sh (set -a; . engage.env)",
            (loaded := self.bash(f"set -a; . {self.env_file}; set +a")).returncode == 0,
            loaded.stderr,
        )

    def first_deploy(self) -> None:
        step("§3 check --deploy, migrate, collectstatic, compilemessages, setup_roles, createsuperuser")
        commands = [
            "check --deploy",
            "migrate --noinput",
            "collectstatic --noinput",
            "compilemessages",
            "setup_roles",
        ] + ([] if self.reused else ["createsuperuser --noinput", "load_demo"])
        prefix = (
            f"set -a; . {self.env_file}; set +a\nexport DJANGO_SETTINGS_MODULE=cms.settings.production\n"
            f"export DJANGO_SUPERUSER_USERNAME={ADMIN} DJANGO_SUPERUSER_EMAIL=operator@example.org "
            f"DJANGO_SUPERUSER_PASSWORD={ADMIN_PASSWORD}\n"
        )
        for command in commands:
            started = time.monotonic()
            result = self.bash(prefix + f".venv/bin/python manage.py {command}")
            output = (result.stdout + result.stderr).strip()
            if command == "check --deploy":
                ok = result.returncode == 0 and "no issues" in output
            else:
                ok = result.returncode == 0
            check(f"manage.py {command} ({time.monotonic() - started:.0f} s)", ok, output[-1500:])
            if not ok:
                raise SystemExit(1)

    # -- §4: the services, as their units would run them --------------------------------------
    def unit(self, name: str, extra_env_files: tuple[Path, ...] = ()) -> tuple[list[str], dict, Path]:
        spec: dict[str, list[str]] = {}
        for line in (ROOT / "deploy" / "systemd" / f"{name}.service").read_text().splitlines():
            if "=" in line and not line.startswith("#"):
                key, value = line.split("=", 1)
                spec.setdefault(key.strip(), []).append(value.strip())
        here = lambda value: value.replace("/srv/engage/app", str(ROOT)).replace(  # noqa: E731
            "/etc/engage/engage.env", str(self.env_file)
        )
        env = {"PATH": os.environ["PATH"], "LANG": "C.UTF-8", "HOME": str(self.work)}
        for assignment in spec.get("Environment", []):
            for item in shlex.split(assignment):
                key, value = item.split("=", 1)
                env[key] = value
        for path in [Path(here(p)) for p in spec.get("EnvironmentFile", [])] + list(extra_env_files):
            env.update(read_environment_file(path))  # later files, and files over Environment=
        return shlex.split(here(spec["ExecStart"][0])), env, Path(here(spec["WorkingDirectory"][0]))

    def services_up(self) -> None:
        step("§4 engage-web (two app servers), engage-worker, engage-scheduler")
        second = self.work / "etc" / "engage-web-b.env"  # a drop-in: EnvironmentFile=.../engage-web-b.env
        second.write_text(f"GUNICORN_BIND=127.0.0.1:{WEB[1]}\n")
        for name, unit, extra in (
            ("web-a", "engage-web", ()),
            ("web-b", "engage-web", (second,)),
            ("worker", "engage-worker", ()),
            ("scheduler", "engage-scheduler", ()),
        ):
            argv, env, cwd = self.unit(unit, extra)
            self.start(name, argv, env, cwd)
        for port in WEB:
            wait_port(port, timeout=180)
        for port in WEB:
            probe = {"Host": HOST, "X-Forwarded-Proto": "https"}  # as nginx sends (docs, section 4)
            health = requests.get(f"http://127.0.0.1:{port}/health/", headers=probe, timeout=10)
            check(
                f'curl -H "Host: {HOST}" -H "X-Forwarded-Proto: https" http://127.0.0.1:{port}/health/: {{"status": "ok"}}',
                health.status_code == 200 and health.json().get("status") == "ok",
                f"{health.status_code} {health.text[:200]}",
            )
            ready = requests.get(f"http://127.0.0.1:{port}/ready/", headers=probe, timeout=30)
            check(
                f"the same for http://127.0.0.1:{port}/ready/: status ok",
                ready.status_code == 200 and ready.json().get("status") == "ok",
                f"{ready.status_code} {ready.text[:200]}",
            )
        listing = self.bash(
            f"set -a; . {self.env_file}; set +a; DJANGO_SETTINGS_MODULE=cms.settings.production "
            ".venv/bin/python manage.py run_scheduler --list"
        )
        check(
            "run_scheduler --list shows publish-scheduled-pages",
            "publish-scheduled-pages" in listing.stdout,
            listing.stderr[-500:],
        )

    # -- §5: nginx and TLS -----------------------------------------------------------------------
    def nginx(self) -> None:
        step("§5 nginx and TLS (self-signed certificate)")
        tls = self.work / "tls"
        subprocess.run(
            [
                "openssl",
                "req",
                "-x509",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-days",
                "2",
                "-subj",
                f"/CN={HOST}",
                "-addext",
                f"subjectAltName=DNS:{HOST}",
                "-keyout",
                str(tls / "privkey.pem"),
                "-out",
                str(tls / "fullchain.pem"),
            ],
            check=True,
            capture_output=True,
        )
        site = self.work / "nginx" / "sites-available" / "engage"
        shutil.copy(ROOT / "deploy" / "nginx.conf", site)
        subprocess.run(["sed", "-i", f"s/engage.example.org/{HOST}/g", str(site)], check=True)  # the doc's sed
        text = site.read_text()
        for old, new in (  # this machine's ports and paths instead of 80/443 and /srv, /etc
            ("listen 80;", f"listen {HTTP};"),
            ("listen [::]:80;", f"listen [::]:{HTTP};"),
            ("listen 443 ", f"listen {HTTPS} "),
            ("listen [::]:443 ", f"listen [::]:{HTTPS} "),
            (f"/etc/letsencrypt/live/{HOST}/", f"{tls}/"),
            ("/var/www/letsencrypt", str(self.work)),
            ("/srv/engage/app/", f"{ROOT}/"),
            ("/srv/engage/media/", f"{self.work}/media/"),
            ("server 127.0.0.1:8000;", f"server 127.0.0.1:{WEB[0]};\n    server 127.0.0.1:{WEB[1]};"),
        ):
            assert old in text, f"deploy/nginx.conf no longer has {old!r}"
            text = text.replace(old, new)
        site.write_text(text)
        (self.work / "nginx" / "sites-enabled" / "engage").unlink(missing_ok=True)
        (self.work / "nginx" / "sites-enabled" / "engage").symlink_to(site)
        main = self.work / "nginx" / "nginx.conf"  # /etc/nginx/nginx.conf's part that matters here
        main.write_text(
            f"pid {self.work}/nginx/nginx.pid;\nerror_log {self.work}/logs/nginx-error.log;\ndaemon off;\n"
            "events {}\nhttp {\n  include /etc/nginx/mime.types;\n  default_type application/octet-stream;\n"
            f"  access_log {self.work}/logs/nginx-access.log;\n  client_body_temp_path {self.work}/nginx/body;\n"
            f"  proxy_temp_path {self.work}/nginx/proxy;\n  sendfile on;\n  gzip on;\n"
            f"  include {self.work}/nginx/sites-enabled/*;\n}}\n"
        )
        tested = subprocess.run(
            ["nginx", "-t", "-c", str(main), "-p", str(self.work / "nginx")], capture_output=True, text=True
        )
        check("nginx -t", tested.returncode == 0, tested.stderr)
        if tested.returncode:
            raise SystemExit(1)
        self.start("nginx", ["nginx", "-c", str(main), "-p", str(self.work / "nginx")])
        wait_port(HTTPS)

    # -- the checks ------------------------------------------------------------------------------
    def browser(self) -> Browser:
        return Browser(f"https://{HOST}:{HTTPS}", verify=str(self.work / "tls" / "fullchain.pem"))

    def served(self, path: str = "/en/") -> requests.Response:
        return self.browser().get(path)

    def submit_concern(self, path: str) -> requests.Response:
        resident = self.browser()
        form = resident.get(path)
        time.sleep(3.5)  # a person takes longer than the time trap (ENGAGE_CONCERN_MIN_SECONDS)
        fields = form_fields(form.text, "public-form")
        wards = re.search(r'<select name="ward".*?</select>', form.text, re.S).group(0)
        ward = next(value for value in re.findall(r'<option value="([^"]*)"', wards) if value)  # a ward, or "not sure"
        category = re.search(r'<option value="(asb:\d+|crime:\d+)"', form.text).group(1)
        data = {
            **fields,
            "ward": ward,
            "category": category,
            "description": "Loud music until 3am.",
            "location": "Dalston Lane",
            "name": "Alex Resident",
            "email": "alex@example.org",
            "consent": "on",
        }
        return resident.post(path, data=data)

    def psql(self, query: str) -> str:
        return subprocess.run(["psql", f"{PG}/{DB}", "-tAc", query], capture_output=True, text=True).stdout.strip()


def read_environment_file(path: Path) -> dict[str, str]:
    """KEY=VALUE lines as systemd's EnvironmentFile= reads them (comments, blank lines, quotes)."""
    values = {}
    for line in path.read_text().splitlines():
        line = line.strip()
        if not line or line.startswith(("#", ";")) or "=" not in line:
            continue
        key, value = line.split("=", 1)
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        values[key.strip()] = value
    return values


def wait_port(port: int, timeout: float = 60) -> None:
    import socket

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    raise SystemExit(f"nothing answers on port {port} after {timeout} s")


def scheduled_time(seconds: int) -> datetime:
    return datetime.now(ZoneInfo("Europe/London")) + timedelta(seconds=seconds)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "engage-walkthrough")
    parser.add_argument("--quick", action="store_true", help="retry the e-mail by hand, not by the scheduler")
    parser.add_argument(
        "--reuse-database",
        action="store_true",
        help="keep engage_ops_deploy from a previous run (no createsuperuser, no load_demo: 20 minutes less "
        "on a busy machine); the previous run's documents are not in the new S3 emulator",
    )
    options = parser.parse_args()
    from tools.deploy_checks import run_checks

    walk = Walkthrough(options.workdir, reused=options.reuse_database)
    try:
        walk.environment()
        walk.services()
        walk.first_deploy()
        walk.services_up()
        walk.nginx()
        run_checks(walk, check, step, quick=options.quick)
    finally:
        walk.stop_all()
        print(f"\nLogs in {options.workdir / 'logs'}.")
    print("\nAll checks passed." if not failures else f"\n{len(failures)} check(s) failed: {failures}")
    sys.exit(1 if failures else 0)
