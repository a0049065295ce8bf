"""Frozen smoke test: build the Linux bundle and run it (not in the default run).

    MEDIADESK_PACKAGE_TEST=1 .ci/run                       # what CI does
    uv run --group package pytest tests/packaging -m package -s   # by hand (-s shows the timings)

The module fixture runs ``packaging/build.py`` (PyInstaller + tarball; a few
minutes), or with ``MEDIADESK_PACKAGE_REUSE=1`` reuses what an earlier
``build.py`` left in ``dist/`` (see ``dist/build-info.json``). The tarball is
unpacked into a fresh folder whose name has a space, so every run goes through
the launcher of a moved, unpacked copy, the way a school laptop gets it.

Checked: ``--version``; the command-line walk-through on a temp library
(people and consent CSV import, import of a photo from tests/data/faces with
worker processes and face detection, faces resolve, review, ``check --json``
verdicts); match mode (face model files load, a suggestion is made); that no
command-line run maps Qt into any of its processes (glibc ``LD_DEBUG=files``
log per process); the GUI on ``QT_QPA_PLATFORM=offscreen`` creating and
opening the demo library and opening an existing library, each closing
cleanly through ``MEDIADESK_SMOKE_QUIT_MS``. Start-up times are printed and
written to ``dist/smoke-times.json``.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
from pathlib import Path

import pytest

pytestmark = [
    pytest.mark.package,
    pytest.mark.timeout(1800),
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="builds and runs the Linux bundle"),
]

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "dist"
FACES = ROOT / "tests" / "data" / "faces"
ON = "2026-10-01"  # inside every sample form's school year
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]

PEOPLE_CSV = """external_id,name,role,birth_date,group,publication_ban
S1042,Emma Jensen,student,2012-03-12,7A,no
S1043,Lars Nielsen,student,2009-01-05,9B,no
T1,Mette Hansen,staff,,,no
"""
CONSENT_CSV = """external_id,granted_by,guardian_name,channels,media,signed_on,valid_from,valid_until,revoked_on,biometric,source,text_version
S1042,guardian,Anna Jensen,website|facebook,photo|video,2026-08-20,,,,no,paper,v3
S1043,self,,website|instagram|facebook,photo,2026-08-22,,,,yes,digital,v3
T1,self,,website|facebook|instagram|tiktok|print|intranet,photo|video|audio,2026-08-01,,,,no,paper,
"""

TIMES: dict[str, float] = {}


def _record(name: str, seconds: float) -> None:
    TIMES[name] = round(seconds, 2)
    print(f"\n[frozen] {name}: {seconds:.2f} s", flush=True)


# ---- the bundle ---------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def build_info() -> dict:
    info_file = DIST / "build-info.json"
    if not (os.environ.get("MEDIADESK_PACKAGE_REUSE") == "1" and info_file.exists()):
        subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py")], cwd=ROOT, check=True, timeout=1800)
    return json.loads(info_file.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def unpacked(build_info, tmp_path_factory) -> Path:
    """The tarball unpacked somewhere else; returns the unpacked folder."""
    dest = tmp_path_factory.mktemp("school laptop")
    with tarfile.open(build_info["tarball"]) as tf:
        tf.extractall(dest, filter="tar")
    (folder,) = dest.iterdir()
    return folder


@pytest.fixture(scope="module")
def launcher(unpacked) -> Path:
    return unpacked / "mediadesk"


@pytest.fixture
def env(tmp_path) -> dict:
    """A clean user: own HOME and XDG folders, offscreen Qt, no library from the caller."""
    home = tmp_path / "home"
    home.mkdir()
    e = {k: v for k, v in os.environ.items() if not k.startswith(("MEDIADESK_", "XDG_", "LD_", "PYTHON"))}
    e.update(
        HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"), XDG_DATA_HOME=str(home / ".local/share"),
        XDG_CACHE_HOME=str(home / ".cache"), XDG_RUNTIME_DIR=str(tmp_path), MEDIADESK_USER="tester",
        QT_QPA_PLATFORM="offscreen", LC_ALL="C.UTF-8",
    )
    return e


class Run:
    def __init__(self, p: subprocess.CompletedProcess, seconds: float) -> None:
        self.code, self.out, self.err, self.seconds = p.returncode, p.stdout, p.stderr, seconds

    def json(self):
        return json.loads(self.out)

    def __repr__(self) -> str:
        return f"Run(code={self.code}, out={self.out[-2000:]!r}, err={self.err[-2000:]!r})"


def run(launcher: Path, env: dict, *args, ld_log: Path | None = None, timeout: float = 300) -> Run:
    e = dict(env)
    if ld_log is not None:  # glibc writes one log per process: <ld_log>.<pid>
        e.update(LD_DEBUG="files", LD_DEBUG_OUTPUT=str(ld_log))
    t0 = time.monotonic()
    p = subprocess.run([str(launcher), *map(str, args)], capture_output=True, text=True, env=e, timeout=timeout)
    r = Run(p, time.monotonic() - t0)
    assert "Traceback" not in r.err, r
    return r


def loaded_libraries(ld_log: Path) -> dict[int, set[str]]:
    """Shared objects each process loaded, from the LD_DEBUG=files logs."""
    out: dict[int, set[str]] = {}
    for f in ld_log.parent.glob(ld_log.name + ".*"):
        libs = out.setdefault(int(f.suffix[1:]), set())
        for line in f.read_text(errors="replace").splitlines():
            if "file=" in line:
                libs.add(line.split("file=", 1)[1].split()[0])
    return out


def assert_no_qt(ld_log: Path) -> None:
    procs = loaded_libraries(ld_log)
    assert procs, "no LD_DEBUG log written: cannot tell what was loaded"
    for pid, libs in procs.items():
        qt = sorted(lib for lib in libs if "Qt6" in lib or "PySide6" in lib or "shiboken6" in lib)
        assert not qt, f"process {pid} of a command-line run loaded Qt: {qt[:5]}"


# ---- the bundle's contents ---------------------------------------------------------------------

def test_bundle_contents(unpacked, build_info):
    internal = unpacked / "app" / "_internal"
    models = internal / "face_recognition_models" / "models"
    for name in ("shape_predictor_5_face_landmarks.dat", "dlib_face_recognition_resnet_model_v1.dat",
                 "mmod_human_face_detector.dat"):
        assert (models / name).stat().st_size > 100_000, name
    assert not (models / "shape_predictor_68_face_landmarks.dat").exists()  # unused, 100 MB
    res = internal / "resources"
    for lang in ("en", "da", "nl"):
        assert (res / "i18n" / f"mediadesk_{lang}.qm").exists()
    assert not list((res / "i18n").glob("*.ts"))
    assert (res / "icons" / "app.svg").exists() and (res / "demo" / "choir.jpg").exists()
    assert (res / "fonts" / "DejaVuSans.ttf").exists()
    assert (internal / "mediadesk" / "store" / "migrations" / "env.py").exists()
    qt = internal / "PySide6" / "Qt"
    assert (qt / "plugins" / "multimedia" / "libffmpegmediaplugin.so").exists()
    assert (qt / "plugins" / "iconengines" / "libqsvgicon.so").exists()
    assert (qt / "translations" / "qtbase_da.qm").exists()
    assert not (qt / "translations" / "qtbase_de.qm").exists()
    present = {p.name for p in internal.rglob("libQt6*")}
    for dropped in ("WebEngineCore", "3DCore", "Quick3D", "Charts", "DataVisualization", "Pdf", "VirtualKeyboard",
                    "Sql", "Test", "Designer"):
        assert not [n for n in present if n.startswith(f"libQt6{dropped}.")], dropped
    assert (internal / "av").is_dir() and list(internal.glob("_dlib_pybind11*.so"))
    # desktop integration beside the app
    share = unpacked / "share"
    assert (share / "applications" / "io.mediadesk.MediaDesk.desktop").exists()
    assert (share / "metainfo" / "io.mediadesk.MediaDesk.metainfo.xml").exists()
    assert (share / "icons" / "hicolor" / "256x256" / "apps" / "io.mediadesk.MediaDesk.png").exists()
    assert os.access(unpacked / "mediadesk", os.X_OK) and os.access(unpacked / "install-desktop-entry.sh", os.X_OK)
    print(f"\n[frozen] bundle {build_info['bundle_bytes'] / 2**20:.0f} MiB, "
          f"tarball {build_info.get('tarball_bytes', 0) / 2**20:.0f} MiB")


def test_version(launcher, env, tmp_path):
    r = run(launcher, env, "--version", ld_log=tmp_path / "ld")
    assert (r.code, r.out.strip()) == (0, f"MediaDesk {VERSION}"), r
    assert_no_qt(tmp_path / "ld")
    _record("--version", run(launcher, env, "--version").seconds)


# ---- the command line ---------------------------------------------------------------------------

def test_command_line_walkthrough(launcher, env, tmp_path):
    db = tmp_path / "library.sqlite"
    people = tmp_path / "people.csv"
    consent = tmp_path / "consent.csv"
    people.write_text(PEOPLE_CSV, encoding="utf-8")
    consent.write_text(CONSENT_CSV, encoding="utf-8")
    gala = tmp_path / "Gala 2026"
    gala.mkdir()
    photo = gala / "IMG_0042.jpg"
    shutil.copy(FACES / "biden.jpg", photo)  # one face
    ld = tmp_path / "ld" / "cli"
    ld.parent.mkdir()

    def md(*args, **kw) -> Run:
        return run(launcher, env, "--db", db, *args, ld_log=ld, **kw)

    r = md("--profile", "dk", "people", "import", people)
    assert r.code == 0 and "3 added" in r.out, r
    r = md("consent", "import", consent)
    assert r.code == 0 and "3 forms added" in r.out, r
    r = md("import", gala, "--json")  # worker processes + face detection, frozen
    assert r.code == 0, r
    imported = r.json()
    assert imported["rejected"] == [] and len(imported["imported"]) == 1, r
    aid = imported["imported"][0]["asset"]
    _record("import of one photo (frozen, spawned workers, face scan)", r.seconds)

    (face,) = md("faces", "list", aid, "--json").json()
    assert face["state"] == "unresolved" and face["box"]["w"] > 100, face
    assert md("faces", "resolve", aid, face["id"][:8], "--person", "S1042").code == 0
    assert md("review", aid, "--complete").code == 0

    args = ("check", photo, "--channel", "website", "--channel", "instagram", "--date", ON, "--json")
    r = md(*args)
    assert r.code == 1, r  # instagram is blocked
    website, instagram = r.json()
    assert website == {"asset": aid, "path": str(photo.resolve()), "channel": "website", "date": ON,
                       "verdict": "cleared", "reasons": []}
    assert instagram["verdict"] == "blocked"
    assert instagram["reasons"] == [{"code": "CHANNEL_NOT_COVERED", "person": "S1042",
                                     "message": "Emma Jensen: consent for Instagram not given (form of 2026-08-20)"}]
    r = md("--lang", "da", *args)
    assert "Instagram" in r.json()[1]["reasons"][0]["message"] and r.json()[1]["reasons"][0]["message"] != \
        instagram["reasons"][0]["message"]

    # every process of every command above (workers included): no Qt
    procs = loaded_libraries(ld)
    assert len(procs) >= 8, procs.keys()
    assert_no_qt(ld)

    timed = [run(launcher, env, "--db", db, *args).seconds for _ in range(3)]
    _record("launch to `check --json` finished (best of 3)", min(timed))


def test_match_mode_loads_the_face_models(launcher, env, tmp_path):
    db = tmp_path / "library.sqlite"
    (tmp_path / "people.csv").write_text(PEOPLE_CSV, encoding="utf-8")
    (tmp_path / "consent.csv").write_text(CONSENT_CSV, encoding="utf-8")
    photo = tmp_path / "obama_small.jpg"
    shutil.copy(FACES / "obama_small.jpg", photo)

    def md(*args) -> Run:
        r = run(launcher, env, "--db", db, *args)
        assert r.code == 0, r
        return r

    md("--profile", "dk", "people", "import", tmp_path / "people.csv")
    md("consent", "import", tmp_path / "consent.csv")
    md("faces", "mode", "match", "--dpia-reference", "DPIA-2026-1", "--dpia-date", "2026-08-01")
    md("faces", "enroll", "S1043", FACES / "obama-480p.jpg")  # S1043 consented to biometrics
    md("import", photo, "--json")
    (face,) = md("faces", "list", photo, "--json").json()
    assert (face["state"], face["suggested"]) == ("suggested", "S1043"), face


# ---- the GUI --------------------------------------------------------------------------------------

def gui(launcher: Path, env: dict, *args, ld_log: Path | None = None, timeout: float = 240) -> tuple[float, str]:
    """Run the GUI until it closes itself; returns (seconds to main window shown, stderr)."""
    e = dict(env, MEDIADESK_SMOKE_QUIT_MS="300")
    if ld_log is not None:
        e.update(LD_DEBUG="files", LD_DEBUG_OUTPUT=str(ld_log))
    t0 = time.monotonic()
    p = subprocess.Popen([str(launcher), *map(str, args)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                         text=True, env=e)
    shown, lines = None, []
    try:
        for line in p.stderr:
            lines.append(line)
            if "mediadesk: smoke: main window shown=" in line:
                shown = time.monotonic() - t0
                assert line.strip().endswith("shown=True"), line
        code = p.wait(timeout=timeout)
    finally:
        if p.poll() is None:
            p.kill()
            p.wait()
    err = "".join(lines)
    assert shown is not None, f"the main window never came up (exit {p.returncode}):\n{err[-3000:]}"
    assert code == 0, f"exit code {code}:\n{err[-3000:]}"
    assert "Traceback" not in err, err
    return shown, err


def test_gui_demo_library_offscreen(launcher, env, tmp_path):
    demo = tmp_path / "demo" / "demo-library.sqlite"
    ld = tmp_path / "ld" / "gui"
    ld.parent.mkdir()
    secs, _ = gui(launcher, env, "--db", demo, "demo", ld_log=ld)
    _record("launch to main window shown, `demo` (builds the demo library: import, faces)", secs)
    assert demo.exists()
    # the positive control for the no-Qt checks above: the GUI process did map Qt
    assert any(any("libQt6Widgets" in lib for lib in libs) for libs in loaded_libraries(ld).values())

    secs, _ = gui(launcher, env, "--db", demo)
    _record("launch to main window shown, existing demo library", secs)
    secs, _ = gui(launcher, env, "--db", demo)
    _record("launch to main window shown, existing demo library (warm)", secs)
    TIMES["bundle_mib"] = round(json.loads((DIST / "build-info.json").read_text())["bundle_bytes"] / 2**20)
    (DIST / "smoke-times.json").write_text(json.dumps(TIMES, indent=2) + "\n", encoding="utf-8")
