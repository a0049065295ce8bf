"""A demo library in which a newcomer sees every state at once.

People with consent forms of every kind (valid, expired, withdrawn, wrong
channel, a publication ban, none at all), sample photos and a clip, faces
found and partly resolved, and one publication that must now come down.
"""

from __future__ import annotations

import shutil
from datetime import date, timedelta
from pathlib import Path

from mediadesk.core.dates import today
from mediadesk.core.progress import ProgressCallback
from mediadesk.resources import resource_path

from .library import Library
from .assets import list_assets, review_complete
from .consent import import_consent
from .people import import_people

DEMO_PEOPLE = """external_id,name,role,birth_date,group,publication_ban
S101,Emma Jensen,student,{b12},7A,no
S102,Lars Nielsen,student,{b13},8B,no
S103,Sofie Berg,student,{b12},7A,no
S104,Noah Hansen,student,{b16},2g,no
S105,Freja Larsen,student,{b13},8B,yes
S106,Oliver Madsen,student,{b14},8B,no
T201,Mette Hansen,staff,,,no
"""


def _consent_csv(on: date) -> str:
    year_start = date(on.year if on.month >= 8 else on.year - 1, 8, 20)
    last_year = year_start.replace(year=year_start.year - 1)
    cur = year_start.isoformat()
    rows = [
        # valid: every channel, photo and film, guardian of a minor
        f"S101,guardian,Anna Jensen,website|facebook|instagram|tiktok|print|intranet,photo|video,{cur},,,,no,paper,2026-v1",
        # expired: last school year's form only
        f"S102,guardian,Karen Nielsen,website|facebook|instagram,photo|video,{last_year.isoformat()},,,,no,paper,2025-v1",
        # withdrawn this year
        f"S103,guardian,Peter Berg,website|facebook|instagram,photo|video,{cur},,,{(on - timedelta(days=1)).isoformat()},no,digital,2026-v1",
        # adult pupil, website only (wrong channel for Instagram)
        f"S104,self,,website,photo|video,{cur},,,,no,digital,2026-v1",
        # a perfect form, but a publication ban overrides it
        f"S105,guardian,Ida Larsen,website|facebook|instagram,photo|video,{cur},,,,no,paper,2026-v1",
        # staff: everything
        f"T201,self,,website|facebook|instagram|tiktok|print|intranet,photo|video|audio,{cur},,,,no,paper,",
    ]
    head = "external_id,granted_by,guardian_name,channels,media,signed_on,valid_from,valid_until,revoked_on,biometric,source,text_version\n"
    return head + "\n".join(rows) + "\n"


# which face (left to right) of which demo photo is whom; None = not identifiable
_FACES = {
    "choir.jpg": ["S101", "T201"],  # cleared everywhere once confirmed
    "drama_club.jpg": ["S103"],  # withdrawn: blocked, and published -> takedown
    "speech.jpg": ["S105"],  # publication ban
    "music_lesson.jpg": ["S104"],  # website only
    "prize_giving.jpg": ["S102"],  # expired; the other faces stay unresolved
}


def create_demo(db_path: str | Path, media_dir: str | Path | None = None, *, progress: ProgressCallback | None = None) -> Library:
    """Create (or replace) a demo library at ``db_path`` and return it open.

    The sample media are copied next to the library (``media_dir``, default
    ``<db folder>/demo-media``) so the library never points into the app.
    """
    from . import faces as face_service
    from . import publishing
    from .importer import import_paths

    db_path = Path(db_path)
    for suffix in ("", "-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    media = Path(media_dir) if media_dir else db_path.parent / "demo-media"
    on = today()
    lib = Library.open(str(db_path), profile="dk", language="en")
    tmp = db_path.parent / "demo-csv"
    tmp.mkdir(parents=True, exist_ok=True)

    def b(age: int) -> str:  # a birth date that makes the person ``age`` this year
        return date(on.year - age, 3, 14).isoformat()

    (tmp / "people.csv").write_text(DEMO_PEOPLE.format(b12=b(12), b13=b(13), b14=b(14), b16=b(17)), encoding="utf-8")
    (tmp / "consent.csv").write_text(_consent_csv(on), encoding="utf-8")
    import_people(lib, tmp / "people.csv")
    import_consent(lib, tmp / "consent.csv")
    shutil.rmtree(tmp, ignore_errors=True)

    src = resource_path("demo")
    for folder, names in {
        "Gala 2026": ["choir.jpg", "drama_club.jpg", "prize_giving.jpg", "speech.jpg", "music_lesson.jpg"],
        "Open house": ["open_house_clip.mp4"],
    }.items():
        d = media / folder
        d.mkdir(parents=True, exist_ok=True)
        for n in names:
            shutil.copy2(src / n, d / n)
    report = import_paths(lib, [media / "Gala 2026", media / "Open house"], progress=progress)
    face_service.scan_assets(lib, report.asset_ids, progress=progress)

    by_name = {Path(a.path).name: a.id.hex for a in list_assets(lib)}
    for name, people in _FACES.items():
        aid = by_name.get(name)
        if aid is None:
            continue
        faces = sorted(face_service.list_faces(lib, aid), key=lambda f: -f["box"]["w"] * f["box"]["h"])
        faces = sorted(faces[: len(people)], key=lambda f: f["box"]["x"])
        for face, person in zip(faces, people):
            face_service.resolve_face(lib, aid, face["id"], person=person)
        if name != "prize_giving.jpg":
            review_complete(lib, aid)
    # published on the website last month, before the withdrawal: must come down now
    if "drama_club.jpg" in by_name:
        publishing.record_publication(
            lib, by_name["drama_club.jpg"], "website", on=on - timedelta(days=30),
            where="https://school.example/news/drama-club",
        )
    if "choir.jpg" in by_name:
        publishing.record_publication(lib, by_name["choir.jpg"], "facebook", on=on - timedelta(days=10), where="facebook.com/school/posts/1")
    return lib


def default_demo_path() -> Path:
    from mediadesk.store.location import user_data_dir

    return user_data_dir() / "demo" / "demo-library.sqlite"
