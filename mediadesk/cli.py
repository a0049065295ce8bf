"""The ``mediadesk`` command line (``spec/interfaces.md``).

For the school's IT admin and for tests; the GUI is the main face. Both
drive the same services. Imports are lazy: ``check``, ``people`` and
``consent`` never load Qt, dlib or PyAV, and ``check`` of assets already in
an up-to-date SQLite library reads it with the stdlib ``sqlite3`` only.

Exit codes: 0 done (``check``: all cleared; ``import``: nothing rejected),
1 (``check``: something blocked or needing review; ``import``: some files
rejected), 2 bad input, with one line on stderr.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from datetime import date
from typing import Any, Callable, Sequence

from mediadesk.core.errors import MediaDeskError, UserError

EXIT_OK, EXIT_ATTENTION, EXIT_BAD_INPUT = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2
        self.exit(EXIT_BAD_INPUT, f"mediadesk: error: {message}\n")


def _date_arg(text: str) -> date:
    from mediadesk.core.dates import parse_date

    try:
        return parse_date(text)
    except ValueError as e:
        raise argparse.ArgumentTypeError(str(e)) from None


def _age_arg(text: str) -> int:
    try:
        age = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if not 10 <= age <= 21:  # the range the settings accept (Library.update_settings)
        raise argparse.ArgumentTypeError(f"age of consent {age} is outside 10..21")
    return age


def build_parser() -> argparse.ArgumentParser:
    from mediadesk import __version__

    p = _Parser(prog="mediadesk", description="MediaDesk: consent checks for school photos and clips.")
    p.add_argument("--version", action="version", version=f"MediaDesk {__version__}")
    p.add_argument("--db", help="library: SQLite file path or SQLAlchemy URL (default: $MEDIADESK_DB or the user data dir)")
    p.add_argument("--profile", choices=["dk", "nl", "eu"], help="jurisdiction profile of a new library")
    p.add_argument("--age-of-consent", type=_age_arg, metavar="N", help="age of consent of a new library")
    p.add_argument("--lang", choices=["en", "da", "nl"], help="language of messages")
    sub = p.add_subparsers(dest="command", parser_class=_Parser)

    sub.add_parser("gui", help="open the desktop app (the default)")
    sub.add_parser("demo", help="create a demo library and open it").add_argument("--no-gui", action="store_true", help="only create the demo library")

    people = sub.add_parser("people", help="the people of the school").add_subparsers(dest="action", required=True, parser_class=_Parser)
    pi = people.add_parser("import", help="import people from the admin system's export (CSV, text or .xlsx)",
                           description="Columns are MediaDesk's own (external_id,name,role,...) unless a "
                                       "mapping is given: --preset, --profile and/or --map (docs/admin-imports.md).")
    pi.add_argument("file")
    pi.add_argument("--preset", help="column mapping of an admin system: magister, somtoday, parnassys, uni-login, lectio")
    pi.add_argument("--profile", dest="mapping_profile", metavar="NAME", help="a column mapping saved with --save-profile")
    pi.add_argument("--map", dest="map_text", metavar="FIELD=COLUMN,...",
                    help="map the file's columns, e.g. external_id=Stamnr,given_name=Roepnaam,"
                         "family_name=Achternaam,birth_date=Geb.datum,birth_date_format=dd-mm-yyyy,group=Klas "
                         "(on top of --preset or --profile)")
    pi.add_argument("--save-profile", metavar="NAME", help="keep the mapping used in the library's settings under NAME")
    pi.add_argument("--json", action="store_true")
    people.add_parser("mappings", help="the column mapping presets and the saved mapping profiles").add_argument(
        "--json", action="store_true")
    people.add_parser("list", help="list people").add_argument("--json", action="store_true")
    pa = people.add_parser("add", help="add one person by hand (e.g. a visiting pupil)")
    pa.add_argument("external_id")
    pa.add_argument("--name", required=True)
    pa.add_argument("--role", required=True, choices=["student", "staff", "guest"])
    pa.add_argument("--birth-date", type=_date_arg)
    pa.add_argument("--group")
    pa.add_argument("--publication-ban", action="store_true")
    pa.add_argument("--guardian-name")
    pa.add_argument("--guardian-email")
    pa.add_argument("--guardian-phone")

    consent = sub.add_parser("consent", help="consent forms").add_subparsers(dest="action", required=True, parser_class=_Parser)
    consent.add_parser("import", help="import consent forms from CSV").add_argument("file")
    rv = consent.add_parser("revoke", help="withdraw every form of a person not yet withdrawn")
    rv.add_argument("external_id")
    rv.add_argument("--on", type=_date_arg, help="withdrawn from this date (default today)")
    rv.add_argument("--reason")
    rv.add_argument("--json", action="store_true")

    im = sub.add_parser("import", help="import photos, clips and audio recordings (files and folders, recursive)")
    im.add_argument("paths", nargs="+", metavar="PATH")
    im.add_argument("--event", help="event name (default: the source folder's name)")
    im.add_argument("--no-scan", action="store_true", help="do not look for faces now (assets stay 'faces not scanned')")
    im.add_argument("--json", action="store_true")

    assets = sub.add_parser("assets", help="assets in the library").add_subparsers(dest="action", required=True, parser_class=_Parser)
    assets.add_parser("list", help="list assets").add_argument("--json", action="store_true")
    assets.add_parser("rescan", help="mark assets whose files are gone as offline, and back online when they return")

    tg = sub.add_parser("tag", help="confirm people on an asset by hand")
    tg.add_argument("asset")
    tg.add_argument("external_ids", nargs="+", metavar="EXTERNAL_ID")

    rvw = sub.add_parser("review", help="confirm the people list of an asset complete")
    rvw.add_argument("asset")
    rvw.add_argument("--complete", action="store_true", required=True)

    bl = sub.add_parser("block", help="block an asset by hand")
    bl.add_argument("asset")
    bl.add_argument("--reason", required=True)

    bs = sub.add_parser("basis", help="legal basis of an asset (consent, or a documented basis for situation photos)").add_subparsers(dest="action", required=True, parser_class=_Parser)
    bss = bs.add_parser("set", help="set an asset's legal basis (a non-consent basis needs --reason)")
    bss.add_argument("asset")
    bss.add_argument("basis", choices=["consent", "legitimate_interest", "public_task"])
    bss.add_argument("--reason")
    bs.add_parser("enable", help="let the rules use non-consent bases in this library (default off)")
    bs.add_parser("disable", help="every asset needs consent again; stored bases are ignored")
    ob = sub.add_parser("objection", help="a person's objections to being published").add_subparsers(dest="action", required=True, parser_class=_Parser)
    oba = ob.add_parser("add", help="record an objection (blocks on every legal basis)")
    oba.add_argument("person")
    oba.add_argument("--from", dest="from_date", type=_date_arg, help="in force from (default today)")
    oba.add_argument("--channel", action="append", default=[], help="channel (repeatable; default: every channel)")
    oba.add_argument("--reason")
    obl = ob.add_parser("list", help="a person's objections")
    obl.add_argument("person")
    obl.add_argument("--json", action="store_true")
    obw = ob.add_parser("withdraw", help="withdraw a person's objections in force")
    obw.add_argument("person")
    obw.add_argument("--id", dest="objection", help="only this objection (id or prefix)")
    obw.add_argument("--on", type=_date_arg, help="no longer in force from (default today)")

    rt = sub.add_parser("retention", help="how long assets are kept: classes, what is due, deleting").add_subparsers(dest="action", required=True, parser_class=_Parser)
    rtl = rt.add_parser("list", help="the assets due for deletion or review on a day, with why and since when")
    rtl.add_argument("--on", type=_date_arg, help="the day (default today)")
    rtl.add_argument("--json", action="store_true")
    rts = rt.add_parser("set-class", help="the retention class of an asset, or of an event with --event (none: inherit)")
    rts.add_argument("asset", nargs="?", metavar="ASSET")
    rts.add_argument("--event", metavar="EVENT", help="the event's name instead of an asset")
    rts.add_argument("cls", metavar="CLASS", choices=["situation", "portrait", "archive", "none"])
    rts.add_argument("--reason", help="why (required for archive)")
    rtd = rt.add_parser("delete", help="delete assets from the library (the files outside it are listed, never deleted)")
    rtd.add_argument("assets", nargs="+", metavar="ASSET")
    rtd.add_argument("--reason", help="why; needed for an asset that is not due")
    rtd.add_argument("--yes", action="store_true", help="confirm: this cannot be undone (without it, only shows what would go)")
    rtd.add_argument("--json", action="store_true")
    rq = sub.add_parser("requests", help="the log of requests and complaints about people's data, for the DPO").add_subparsers(dest="action", required=True, parser_class=_Parser)
    rqa = rq.add_parser("add", help="log a request or complaint of a person")
    rqa.add_argument("person", metavar="PERSON", help="the person's external id")
    rqa.add_argument("--kind", required=True, choices=["access", "erasure", "objection", "complaint", "other"])
    rqa.add_argument("--received", type=_date_arg, help="the day it was received (default today)")
    rqa.add_argument("--note", help="what was asked")
    rql = rq.add_parser("list", help="the log, oldest first")
    rql.add_argument("--open", action="store_true", help="only requests not yet closed")
    rql.add_argument("--person", metavar="EXTERNAL_ID")
    rql.add_argument("--json", action="store_true")
    rqc = rq.add_parser("close", help="close a request with how it was handled")
    rqc.add_argument("request", metavar="ID", help="the request's id (at least 4 hex digits)")
    rqc.add_argument("--handling", required=True, help="how it was handled")
    rqc.add_argument("--on", type=_date_arg, help="the day it was handled (default today)")

    faces = sub.add_parser("faces", help="faces on assets").add_subparsers(dest="action", required=True, parser_class=_Parser)
    fm = faces.add_parser("mode", help="off, detect (default) or match (needs a DPIA reference and date)")
    fm.add_argument("mode", choices=["off", "detect", "match"])
    fm.add_argument("--dpia-reference")
    fm.add_argument("--dpia-date", type=_date_arg)
    fe = faces.add_parser("enroll", help="reference photos of a person with biometric consent (mode match)")
    fe.add_argument("external_id")
    fe.add_argument("images", nargs="+", metavar="IMAGE")
    fs = faces.add_parser("scan", help="find faces (all unscanned assets when none given)")
    fs.add_argument("assets", nargs="*", metavar="ASSET")
    fs.add_argument("--json", action="store_true")
    fl = faces.add_parser("list", help="faces of an asset")
    fl.add_argument("asset")
    fl.add_argument("--json", action="store_true")
    fr = faces.add_parser("resolve", help="say who a face is, or that it is not identifiable")
    fr.add_argument("asset")
    fr.add_argument("face_id")
    who = fr.add_mutually_exclusive_group(required=True)
    who.add_argument("--person", metavar="EXTERNAL_ID")
    who.add_argument("--not-identifiable", action="store_true")
    fx = faces.add_parser("reject", help="reject a face's match suggestion for good")
    fx.add_argument("asset")
    fx.add_argument("face_id")
    fa = faces.add_parser("add", help="draw a face region by hand: --box X Y W H")
    fa.add_argument("asset")
    fa.add_argument("--box", nargs=4, type=int, required=True, metavar=("X", "Y", "W", "H"))
    fa.add_argument("--time", type=float, help="seconds into a clip")

    pb = sub.add_parser("publish", help="record by hand that an asset was published")
    pb.add_argument("asset")
    pb.add_argument("--channel", required=True)
    pb.add_argument("--where", help="URL or note: where it was published")
    pb.add_argument("--date", type=_date_arg, help="publication date (default today)")
    pubs = sub.add_parser("publications", help="the publication log").add_subparsers(dest="action", required=True, parser_class=_Parser)
    pl = pubs.add_parser("list", help="list publications")
    pl.add_argument("--channel")
    pl.add_argument("--asset")
    pl.add_argument("--all", action="store_true", help="include undone records")
    pl.add_argument("--json", action="store_true")
    pu = pubs.add_parser("undo", help="undo a mistaken publication record")
    pu.add_argument("publication")
    pu.add_argument("--reason", required=True)
    pt = pubs.add_parser("taken-down", help="record that a publication was taken down")
    pt.add_argument("publication")

    rp = sub.add_parser("report", help="reports").add_subparsers(dest="action", required=True, parser_class=_Parser)
    rt = rp.add_parser("takedown", help="publications that must come down now")
    rt.add_argument("--json", action="store_true")
    rpp = rp.add_parser("person", help="everything held about a person (GDPR right of access)")
    rpp.add_argument("external_id", metavar="EXTERNAL_ID")
    rpp.add_argument("--format", choices=["json", "csv", "pdf"], default="json")
    rpp.add_argument("--out", metavar="FILE", help="write to FILE (default: stdout; pdf needs --out)")
    rpc = rp.add_parser("consent", help="consent overview per class and channel")
    rpc.add_argument("--days", type=int, default=30, metavar="N", help="forms ending / pupils reaching the age of consent within N days (default 30)")
    rpc.add_argument("--date", type=_date_arg, help="as on this date (default today)")
    rpc.add_argument("--format", choices=["csv", "pdf", "json"], default="csv")
    rpc.add_argument("--out", metavar="FILE", help="write to FILE (default: stdout; pdf needs --out)")

    rn = sub.add_parser("renewal", help="yearly renewal: whom to ask for consent again, forms, what came back").add_subparsers(dest="action", required=True, parser_class=_Parser)
    rnl = rn.add_parser("list", help="who must be asked, per class, with the reasons")
    when = rnl.add_mutually_exclusive_group(required=True)
    when.add_argument("--for", dest="on", type=_date_arg, metavar="DATE", help="forms ending on or before DATE")
    when.add_argument("--year", metavar="YEAR", help="the coming school year, like 2027/28 (forms ending by 31 July before it)")
    rnl.add_argument("--class", dest="group", metavar="CLASS", help="one class only")
    rnl.add_argument("--json", action="store_true")
    rns = rn.add_parser("start", help="start the renewal round of a school year: record each pupil asked (again: adds those listed since)")
    rns.add_argument("year", metavar="YEAR")
    rns.add_argument("--text-version", metavar="TEXT", help="the wording printed on the round's forms (default: 'renewal YEAR')")
    rns.add_argument("--json", action="store_true")
    rnf = rn.add_parser("forms", help="a PDF consent form per pupil asked in the round (not returned yet)")
    rnf.add_argument("year", metavar="YEAR")
    rnf.add_argument("--out", required=True, metavar="DIR", help="folder for the PDF files")
    rnf.add_argument("--all", action="store_true", help="also the pupils whose form came back")
    rnm = rn.add_parser("mailmerge", help="a CSV for the school's own mail merge: one row per pupil asked (not returned yet)")
    rnm.add_argument("year", metavar="YEAR")
    rnm.add_argument("file", metavar="FILE")
    rnm.add_argument("--all", action="store_true", help="also the pupils whose form came back")
    for sp in (rnf, rnm):
        sp.add_argument("--lang", choices=["en", "da", "nl"], default=argparse.SUPPRESS,
                        help="language of the forms (default: the library's)")
    rnr = rn.add_parser("returned", help="mark the forms of pupils returned (or --not returned)")
    rnr.add_argument("external_ids", nargs="+", metavar="EXTERNAL_ID")
    rnr.add_argument("--year", metavar="YEAR", help="the round's school year (default: the latest round)")
    rnr.add_argument("--not", dest="not_returned", action="store_true", help="mark them not returned")
    rnr.add_argument("--on", type=_date_arg, metavar="DATE", help="the day it came back (default today)")
    rnt = rn.add_parser("status", help="the round: who was asked, what came back, the rate per class")
    rnt.add_argument("year", metavar="YEAR", nargs="?", help="the round's school year (default: the latest round)")
    rnt.add_argument("--json", action="store_true")

    ex = sub.add_parser("export", help="write the assets cleared for a channel, metadata stripped, and record the publications")
    ex.add_argument("--channel", required=True)
    ex.add_argument("--to", required=True, metavar="DIR")
    ex.add_argument("--date", type=_date_arg, help="planned publication date (default today); the verdict must hold today and on that date")
    ex.add_argument("--redact", action="store_true", help="cover faces dismissed as not identifiable with a solid fill (photos; clips: in every frame of the face's track)")
    ex.add_argument("--cover", action="store_true", help="publish photos and clips blocked only by people on them with those people's faces covered "
                    "(a solid fill, in every frame of a clip); the publication records who was covered")
    ex.add_argument("--cover-unresolved", action="store_true", help="with --cover: also cover every face nobody has identified")
    ex.add_argument("--no-redetect", action="store_true", help="covering a clip: do not run the face detector again near the "
                    "tracks between the scan's samples (faster; a face that moved away from the interpolated box may show)")
    ex.add_argument("--pattern", help="file name pattern (default {date}_{counter:04d}; fields {date} {on} {channel} {counter} {event})")
    ex.add_argument("asset", nargs="*", metavar="ASSET", help="only these assets (default: every asset)")
    ex.add_argument("--json", action="store_true")

    st = sub.add_parser("settings", help="library settings").add_subparsers(dest="action", required=True, parser_class=_Parser)
    st.add_parser("show", help="show the settings").add_argument("--json", action="store_true")
    ss = st.add_parser("set", help="set a setting of the school and its DPO (an empty VALUE clears it)")
    ss.add_argument("key", metavar="KEY", help="school_name, controller_address, school_logo (PNG/JPEG file), "
                    "dpo_name, dpo_email, dpo_phone, guest_form_days, language, "
                    "retention_situation_weeks, retention_default_class (situation, portrait)")
    ss.add_argument("value", metavar="VALUE")
    sp = st.add_parser("preset", help="export preset of a channel: longest side and JPEG quality")
    sp.add_argument("channel")
    size = sp.add_mutually_exclusive_group(required=True)
    size.add_argument("--max-side", type=int, metavar="PX", help="longest side in pixels")
    size.add_argument("--full-size", action="store_true", help="no resizing (print)")
    sp.add_argument("--quality", type=int, default=85, help="JPEG quality 1..100 (default 85)")

    er = sub.add_parser("erase", help="erase a person's personal data (right to be forgotten)")
    er.add_argument("external_id")
    er.add_argument("--yes", action="store_true", required=True, help="confirm: this cannot be undone")
    er.add_argument("--json", action="store_true")
    mt = sub.add_parser("maintenance", help="housekeeping").add_subparsers(dest="action", required=True, parser_class=_Parser)
    mt.add_parser("purge", help="delete consent forms of erased people after the dispute period").add_argument("--json", action="store_true")
    au = sub.add_parser("audit", help="the audit log").add_subparsers(dest="action", required=True, parser_class=_Parser)
    al = au.add_parser("list", help="list audit entries, newest first")
    al.add_argument("--person", metavar="EXTERNAL_ID")
    al.add_argument("--asset")
    al.add_argument("--action", dest="kind", metavar="ACTION", help="action or prefix, e.g. consent. or asset.block")
    al.add_argument("--since", type=_date_arg)
    al.add_argument("--until", type=_date_arg)
    al.add_argument("--limit", type=int, default=10_000)
    fmt = al.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true")
    fmt.add_argument("--csv", action="store_true")

    mg = sub.add_parser("merge", help="bring another library (a laptop's, from a fair) into this one")
    mg.add_argument("other", metavar="OTHER_LIBRARY", help="the other library's SQLite file")
    mg.add_argument("--dry-run", action="store_true", help="only say what would be added, updated and in conflict")
    mg.add_argument("--json", action="store_true")
    bd = sub.add_parser("bundle", help="one file holding a library, for a USB stick").add_subparsers(dest="action", required=True, parser_class=_Parser)
    bde = bd.add_parser("export", help="write this (SQLite) library, its evidence files and optionally its photos into FILE")
    bde.add_argument("file", metavar="FILE")
    bde.add_argument("--with-files", action="store_true", help="also carry a copy of every asset's file")
    bde.add_argument("--json", action="store_true")
    bdi = bd.add_parser("import", help="merge a bundle into this library")
    bdi.add_argument("file", metavar="FILE")
    bdi.add_argument("--files-to", metavar="DIR", help="copy the bundle's photos and clips into this folder")
    bdi.add_argument("--dry-run", action="store_true", help="only say what would be added, updated and in conflict")
    bdi.add_argument("--json", action="store_true")

    ck = sub.add_parser("check", help="verdict per channel, with reasons")
    ck.add_argument("assets", nargs="+", metavar="ASSET")
    ck.add_argument("--channel", action="append", help="channel (repeatable; default: every channel)")
    ck.add_argument("--date", type=_date_arg, help="planned publication date (default today)")
    ck.add_argument("--json", action="store_true")
    return p


# ---- output helpers ----------------------------------------------------------------------

def _print_json(doc: Any) -> None:
    # json.dumps in one piece: json.dump encodes chunk by chunk in pure Python,
    # 1 s for the 12,000 verdicts of a withdrawal on 2,000 assets.
    sys.stdout.write(json.dumps(doc, ensure_ascii=False) + "\n")


_VISIBLE = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")


def _plain(value: object) -> str:
    """``value`` as text safe for a terminal: control characters (escape
    sequences, newlines, tabs) in names, groups, paths and reasons from files
    are shown as visible escapes (``\\x1b``, ``\\n``), so a name cannot
    recolour the screen, fake an output line or hide text. JSON and CSV
    output stay exact (JSON escapes them itself)."""
    return _CONTROL.sub(lambda m: _VISIBLE.get(m.group(), f"\\x{ord(m.group()):02x}"), str(value))


def _warn(msg: str) -> None:
    print(f"mediadesk: warning: {_plain(msg)}", file=sys.stderr)


def _library_shown(args) -> str:
    from mediadesk.store.location import shown_url

    return shown_url(args.db or os.environ.get("MEDIADESK_DB") or "the default library")


def _open(args):
    from mediadesk.services.library import Library
    from mediadesk.store.location import resolve_url, sqlite_path

    where = _library_shown(args)
    path = sqlite_path(resolve_url(args.db))
    if path is not None and path.is_dir():
        raise UserError(f"{where}: is a folder, not a library file")
    try:
        return Library.open(args.db, profile=args.profile, age_of_consent=args.age_of_consent, language=args.lang)
    except MediaDeskError:
        raise
    except ModuleNotFoundError as e:  # e.g. postgresql+psycopg:// without psycopg installed
        if (e.name or "").startswith("mediadesk"):
            raise
        raise UserError(f"{where}: cannot open the library: the database driver '{e.name}' is not installed") from None
    except Exception as e:  # a file that is no library, a server that does not answer
        if not _is_db_error(e) or _disk_full(e):
            raise
        detail = getattr(e, "orig", None) or e
        raise UserError(f"{where}: cannot open the library: {str(detail).splitlines()[0]}") from None


def _is_db_error(e: BaseException) -> bool:
    import sqlite3

    if isinstance(e, sqlite3.Error):
        return True
    sa_exc = sys.modules.get("sqlalchemy.exc")
    return sa_exc is not None and isinstance(e, (sa_exc.DBAPIError, sa_exc.ArgumentError))


def _disk_full(e: BaseException | None) -> BaseException | None:
    """The error in ``e``'s chain that says the disk is full, or None: SQLite's
    "database or disk is full", PostgreSQL's disk_full (53100), ENOSPC."""
    import errno

    seen: set[int] = set()
    while e is not None and id(e) not in seen:
        seen.add(id(e))
        if isinstance(e, OSError) and e.errno == errno.ENOSPC:
            return e
        if "database or disk is full" in str(e) or getattr(e, "sqlstate", None) == "53100":
            return e
        e = getattr(e, "orig", None) or e.__cause__ or e.__context__
    return None


def _lang(args, settings: dict | None = None) -> str:
    return args.lang or (settings or {}).get("language") or "en"


# ---- commands ------------------------------------------------------------------------------

def cmd_people(args) -> int:
    from mediadesk.services.people import add_person, import_people, list_people
    lib = _open(args)
    if args.action == "import":
        from mediadesk.services.people import resolve_mapping

        mapping = resolve_mapping(lib, preset=args.preset, profile=args.mapping_profile, map_text=args.map_text)
        if args.save_profile and mapping is None:
            raise UserError("--save-profile: give the mapping to save with --preset, --profile or --map")
        summary = import_people(lib, args.file, mapping, save_as=args.save_profile)
        for w in summary.warnings:
            _warn(w)
        if args.json:
            _print_json(summary.to_json())
            return EXIT_OK
        how = f"{summary.read_as}" + (f", mapping {summary.mapping}" if summary.mapping else "")
        print(f"people: {summary.created} added, {summary.updated} updated, {summary.unchanged} unchanged ({_plain(how)})")
        if args.save_profile:
            print(f"mapping saved as profile '{_plain(summary.mapping)}'")
        return EXIT_OK
    if args.action == "mappings":
        return _people_mappings(lib, args)
    if args.action == "add":
        p = add_person(lib, args.external_id, args.name, args.role, birth_date=args.birth_date,
                       group=args.group, publication_ban=args.publication_ban, guardian_name=args.guardian_name,
                       guardian_email=args.guardian_email, guardian_phone=args.guardian_phone)
        print(f"{_plain(p.external_id)}: {_plain(p.name)} added; until a consent form is recorded, they block every asset they are on")
        return EXIT_OK
    people = list_people(lib)
    if args.json:
        _print_json([
            {"external_id": p.external_id, "name": p.name, "role": p.role,
             "birth_date": p.birth_date.isoformat() if p.birth_date else None,
             "group": p.group_name, "publication_ban": p.publication_ban,
             "guardian_name": p.guardian_name, "guardian_email": p.guardian_email,
             "guardian_phone": p.guardian_phone}
            for p in people
        ])
    else:
        for p in people:
            extra = " [publication ban]" if p.publication_ban else ""
            print(f"{_plain(p.external_id)}\t{_plain(p.name)}\t{p.role}\t{_plain(p.group_name or '')}{extra}")
    return EXIT_OK


def _people_mappings(lib, args) -> int:
    from mediadesk.services.mapping import PRESETS
    from mediadesk.services.people import mapping_profiles

    profiles = mapping_profiles(lib)
    if args.json:
        _print_json({
            "presets": [{"preset": p.key, "title": p.title, "country": p.country, "sample": p.sample,
                         "note": p.note, **p.mapping.to_json()} for p in PRESETS.values()],
            "profiles": [{"profile": name, **m.to_json()} for name, m in profiles.items()],
        })
        return EXIT_OK
    for p in PRESETS.values():
        cols = ",".join(f"{f}={c}" for f, c in p.mapping.columns.items())
        print(f"preset {p.key}\t{p.title} ({p.country}; {p.note})\t{cols}")
    for name, m in profiles.items():
        cols = ",".join(f"{f}={c}" for f, c in m.columns.items())
        print(f"profile {_plain(name)}\t{_plain(cols)}")
    return EXIT_OK


def cmd_consent(args) -> int:
    from mediadesk.services.consent import import_consent, revoke
    from mediadesk.services.settings import library_settings
    lib = _open(args)
    if args.action == "import":
        summary = import_consent(lib, args.file)
        for w in summary.warnings:
            _warn(w)
        print(
            f"consent: {summary.created} forms added, {summary.withdrawals_added} withdrawals added, "
            f"{summary.unchanged} unchanged ({summary.read_as})"
        )
        return EXIT_OK
    result = revoke(lib, args.external_id, args.on, args.reason)
    lang = _lang(args, library_settings(lib))
    blocked = [(e, p) for e, p in result.affected if e.verdict.value != "cleared"]
    if args.json:
        _print_json({
            "person": result.person, "revoked_on": result.on.isoformat(), "records": result.records,
            "affected": [e.to_json(lang, p) for e, p in result.affected],
        })
    else:
        print(f"{_plain(result.person)}: {len(result.records)} form(s) withdrawn from {result.on.isoformat()}")
        assets = sorted({p for _, p in blocked})
        if assets:
            print(f"{len(assets)} asset(s) on which {_plain(result.person)} appears are no longer cleared:")
            for a in assets:
                print(f"  {_plain(a)}")
    return EXIT_OK


def _import_report_text(report) -> None:
    print(f"imported {len(report.imported)}, already known {len(report.known)}, "
          f"re-linked {len(report.relinked)}, rejected {len(report.rejected)}")
    for r in report.relinked:
        print(f"  re-linked: {_plain(r['old_path'])} -> {_plain(r['path'])}")
    for r in report.rejected:
        print(f"  rejected: {_plain(r['path'])}: {_plain(r['reason'])}")
    for w in report.warnings:
        print(f"  warning: {_plain(w['path'])}: {_plain(w['warning'])}")


def _progress_printer():
    if not sys.stderr.isatty():
        return None

    def show(p):
        # a clip's faces: sampled frames so far; a clip covered: frames written so far
        what = {"frames": "frames ", "cover": "covering frames "}.get(p.stage, "")
        sys.stderr.write(f"\r{what}{p.done}/{p.total} {_plain(os.path.basename(p.current))[:60]:<60}")
        sys.stderr.flush()
        if p.done >= p.total:
            sys.stderr.write("\n")

    return show


def cmd_import(args) -> int:
    from mediadesk.services.checking import import_and_scan

    lib = _open(args)
    report = import_and_scan(lib, args.paths, event=args.event, scan=not args.no_scan,
                             progress=_progress_printer())
    scan = report.faces if report.faces is not None and (report.imported or report.faces.scanned
                                                         or report.faces.errors) else None
    if args.json:
        doc = report.to_json()
        if scan is not None:  # what the face scan of the new assets found, and could not do
            doc["faces"] = scan.to_json()
        _print_json(doc)
    else:
        _import_report_text(report)
        if scan is not None:
            print(f"faces: {scan.faces} found on {len(scan.scanned)} asset(s)")
            for e in scan.errors:
                print(f"  not scanned: {e['asset']}: {_plain(e['reason'])}")
    return EXIT_ATTENTION if report.rejected else EXIT_OK


def cmd_faces(args) -> int:
    from mediadesk.services.assets import resolve_asset
    from mediadesk.services import faces as fs

    lib = _open(args)
    if args.action == "mode":
        settings = fs.set_mode(lib, args.mode, args.dpia_reference, args.dpia_date)
        print(f"face mode: {settings['face_mode']}")
        return EXIT_OK
    if args.action == "enroll":
        n = fs.enroll(lib, args.external_id, args.images)
        print(f"{_plain(args.external_id)}: {n} reference template(s) stored")
        return EXIT_OK
    if args.action == "scan":
        ids = [resolve_asset(lib, a) for a in args.assets] or None
        report = fs.scan_assets(lib, ids, progress=_progress_printer())
        if args.json:
            _print_json(report.to_json())
        else:
            print(f"faces: {report.faces} found on {len(report.scanned)} asset(s), {report.suggestions} suggestion(s)")
            for e in report.errors:
                print(f"  not scanned: {e['asset']}: {_plain(e['reason'])}")
        return EXIT_ATTENTION if report.errors else EXIT_OK
    if args.action == "list":
        faces = fs.list_faces(lib, args.asset)
        if args.json:
            _print_json(faces)
        else:
            for f in faces:
                b = f["box"]
                when = f" at {f['time']:.1f}-{f['end']:.1f}s" if f["time"] is not None else ""
                who = f["person"] or (f"{f['suggested']}? ({f['distance']:.2f})" if f["suggested"] else "")
                print(f"{f['id'][:12]}  {b['x']},{b['y']} {b['w']}x{b['h']}{when}  {f['state']}  {_plain(who)}")
        return EXIT_OK
    if args.action == "resolve":
        fs.resolve_face(lib, args.asset, args.face_id, person=args.person, not_identifiable=args.not_identifiable)
        print(f"face {args.face_id} resolved")
        return EXIT_OK
    if args.action == "reject":
        fs.reject_suggestion(lib, args.asset, args.face_id)
        print(f"suggestion for face {args.face_id} rejected")
        return EXIT_OK
    face_id = fs.add_manual_face(lib, args.asset, tuple(args.box), args.time)
    print(face_id)
    return EXIT_OK


def cmd_assets(args) -> int:
    from mediadesk.services.assets import list_assets
    lib = _open(args)
    if args.action == "rescan":
        from mediadesk.services.importer import refresh_offline

        r = refresh_offline(lib)
        print(f"{r['offline']} asset(s) went offline, {r['online']} came back")
        for path in r["changed"]:
            print(f"changed content: {_plain(path)} (no longer the imported file; import it again to check it)")
        return EXIT_OK
    assets = list_assets(lib)
    if args.json:
        _print_json([
            {"asset": a.id.hex, "path": a.path, "kind": a.kind, "sha256": a.sha256, "size": a.size,
             "offline": a.offline, "imported_at": a.imported_at.isoformat(),
             "capture_time": a.capture_time.isoformat() if a.capture_time else None,
             "people_confirmed": a.people_confirmed_at is not None,
             "blocked": a.block_reason}
            for a in assets
        ])
    else:
        for a in assets:
            flags = " offline" if a.offline else ""
            print(f"{a.id.hex}\t{a.kind}\t{_plain(a.path)}{flags}")
    return EXIT_OK


def cmd_tag(args) -> int:
    from mediadesk.services.assets import tag
    lib = _open(args)
    added = tag(lib, args.asset, args.external_ids)
    print(f"tagged {len(added)} new person(s) on {_plain(args.asset)}")
    return EXIT_OK


def cmd_review(args) -> int:
    from mediadesk.services.assets import review_complete
    lib = _open(args)
    review_complete(lib, args.asset, True)
    print(f"people list of {_plain(args.asset)} confirmed complete")
    return EXIT_OK


def cmd_block(args) -> int:
    from mediadesk.services.assets import block
    lib = _open(args)
    block(lib, args.asset, args.reason)
    print(f"{_plain(args.asset)} blocked: {_plain(args.reason)}")
    return EXIT_OK


def cmd_basis(args) -> int:
    from mediadesk.services.settings import update_settings
    lib = _open(args)
    if args.action in ("enable", "disable"):
        update_settings(lib, legal_basis_enabled=args.action == "enable")
        print(f"non-consent legal bases {args.action}d")
        return EXIT_OK
    from mediadesk.services.legal_basis import set_basis

    set_basis(lib, args.asset, args.basis, args.reason)
    print(f"{_plain(args.asset)}: legal basis {args.basis}" + (f" ({_plain(args.reason)})" if args.reason else ""))
    return EXIT_OK


def cmd_objection(args) -> int:
    from mediadesk.services import legal_basis as lb

    lib = _open(args)
    if args.action == "add":
        oid = lb.add_objection(lib, args.person, args.from_date, args.channel, args.reason)
        print(f"{_plain(args.person)}: objection {oid[:8]} recorded; they block every asset they are on")
    elif args.action == "withdraw":
        ids = lb.withdraw_objection(lib, args.person, args.objection, args.on)
        print(f"{_plain(args.person)}: {len(ids)} objection(s) withdrawn")
    else:
        rows = [{"id": o.id.hex, "from": o.from_date.isoformat(), "channels": o.channels.split("|") if o.channels else None,
                 "reason": o.reason, "recorded_by": o.recorded_by,
                 "withdrawn_on": o.withdrawn_on.isoformat() if o.withdrawn_on else None}
                for o in lb.objections(lib, args.person)]
        if args.json:
            _print_json(rows)
        for r in [] if args.json else rows:
            chans = ", ".join(r["channels"]) if r["channels"] else "every channel"
            end = f", withdrawn {r['withdrawn_on']}" if r["withdrawn_on"] else ""
            print(f"{r['id'][:8]}  from {r['from']}  {_plain(chans)}{end}  {_plain(r['reason'] or '')}")
    return EXIT_OK


def cmd_retention(args) -> int:
    from mediadesk.services import retention as rt

    lib = _open(args)
    if args.action == "set-class":
        if args.asset is None and args.event is None:
            raise UserError("retention set-class: give an ASSET or --event EVENT")
        rt.set_class(lib, args.cls, asset=args.asset, event=args.event, reason=args.reason)
        what = f"event {args.event}" if args.event else args.asset
        print(f"{_plain(what)}: retention class {args.cls}" + (f" ({_plain(args.reason)})" if args.reason else ""))
        return EXIT_OK
    if args.action == "list":
        items = rt.due_list(lib, args.on)
        if args.json:
            _print_json([i.to_json() for i in items])
            return EXIT_OK
        if not items:
            print(f"nothing is due for deletion or review on {(args.on or date.today()).isoformat()}")
        for i in items:
            print(f"{i.asset[:8]}  {i.due.action.value:<6} since {i.due.since.isoformat()}  {_plain(i.path)}"
                  f"  [{_plain(i.event or '')}]  {_plain(i.due.message)}")
        return EXIT_OK
    if not args.yes:
        due = {i.asset: i for i in rt.due_list(lib)}
        from mediadesk.services.assets import resolve_asset

        for ref in args.assets:
            aid = resolve_asset(lib, ref)
            i = due.get(aid)
            why = i.due.message if i else (args.reason or "not due (give --reason to delete it anyway)")
            print(f"would delete {aid[:8]}: {_plain(why)}")
        print("nothing deleted: give --yes to delete (the library's copies, thumbnails, faces and tags go; "
              "the audit entry and the publication records stay; files outside the library are not touched)")
        return EXIT_ATTENTION
    res = rt.delete_assets(lib, args.assets, args.reason)
    if args.json:
        _print_json(res.to_json())
        return EXIT_OK
    for d in res.deleted:
        print(f"deleted {d.asset[:8]}: {_plain(d.reason)} ({d.tags} tag(s), {d.faces} face(s), "
              f"{d.templates} face template(s))")
    if res.outside_files:
        print("you still have these originals and exported copies outside the library (not deleted):")
        for f in res.outside_files:
            print(f"  {_plain(f)}")
    for e in res.cache_errors:
        _warn(f"thumbnail not removed: {e}")
    return EXIT_OK


def cmd_requests(args) -> int:
    from mediadesk.services import data_requests as dr

    lib = _open(args)
    if args.action == "add":
        rid = dr.add_request(lib, args.person, args.kind, args.received, args.note)
        print(f"{_plain(args.person)}: {args.kind} request {rid[:8]} logged")
        return EXIT_OK
    if args.action == "close":
        r = dr.close_request(lib, args.request, args.handling, args.on)
        print(f"request {r['id'][:8]} closed on {r['handled_on']}")
        return EXIT_OK
    rows = dr.list_requests(lib, open_only=args.open, external_id=args.person)
    if args.json:
        _print_json(rows)
        return EXIT_OK
    if not rows:
        print("no open requests" if args.open else "no requests logged")
    for r in rows:
        who = f"{r['person']} {r['name']}" if r["person"] else "(erased)"
        state = f"closed {r['handled_on']}" if r["handled_on"] else f"open, due {r['due_on']}"
        print(f"{r['id'][:8]}  {r['received_on']}  {r['kind']:<10} {_plain(who)}  {state}  {_plain(r['description'] or '')}")
    return EXIT_OK


def cmd_check(args) -> int:
    from mediadesk.services.checking import CheckRequest, check

    req = CheckRequest(args.db, args.assets, args.channel, args.date or date.today(),
                       profile=args.profile, age_of_consent=args.age_of_consent)
    settings, results = check(req, lambda: _open(args), progress=_progress_printer())
    lang = _lang(args, settings)
    if args.json:
        _print_json([e.to_json(lang, p) for e, p in results])
    else:
        _print_check_text(results, lang)
    if not results:  # no channel to check (all hidden): nothing was cleared
        print("mediadesk: no visible channel to check; give --channel", file=sys.stderr)
        return EXIT_ATTENTION
    return EXIT_OK if all(e.verdict.value == "cleared" for e, _ in results) else EXIT_ATTENTION


_VERDICT_WORDS = {
    "en": {"cleared": "CLEARED", "blocked": "BLOCKED", "needs_review": "NEEDS REVIEW"},
    "da": {"cleared": "GODKENDT", "blocked": "BLOKERET", "needs_review": "SKAL GENNEMSES"},
    "nl": {"cleared": "VRIJGEGEVEN", "blocked": "GEBLOKKEERD", "needs_review": "CONTROLE NODIG"},
}


def _print_check_text(results, lang: str) -> None:
    words = _VERDICT_WORDS.get(lang, _VERDICT_WORDS["en"])
    last_path = None
    for e, path in results:
        if path != last_path:
            print(f"{_plain(path)} ({e.asset[:12]})")
            last_path = path
        print(f"  {e.channel:<10} {words[e.verdict.value]}")
        for r in e.reasons:
            print(f"      - {_plain(r.message(lang))}")


def cmd_publish(args) -> int:
    from mediadesk.services import publishing

    lib = _open(args)
    pid = publishing.record_publication(lib, args.asset, args.channel, on=args.date, where=args.where)
    print(pid)
    return EXIT_OK


def cmd_publications(args) -> int:
    from mediadesk.services import publishing

    lib = _open(args)
    if args.action == "undo":
        publishing.undo_publication(lib, args.publication, args.reason)
        print(f"publication {args.publication} undone")
        return EXIT_OK
    if args.action == "taken-down":
        publishing.mark_taken_down(lib, args.publication)
        print(f"publication {args.publication} recorded as taken down")
        return EXIT_OK
    rows = publishing.publications(lib, channel=args.channel, asset_ref=args.asset, include_undone=args.all)
    if args.json:
        _print_json(rows)
    else:
        for r in rows:
            state = " (undone)" if r["undone"] else (" (taken down)" if r["taken_down"] else "")
            print(f"{r['id'][:12]}  {r['published_on']}  {r['channel']:<10} {_plain(r['path'])}  {_plain(r['where'] or '')}{state}")
    return EXIT_OK


def cmd_report(args) -> int:
    from mediadesk.services.settings import library_settings
    if args.action in ("person", "consent"):
        return _cmd_report_file(args)
    from mediadesk.services import publishing

    lib = _open(args)
    items = publishing.takedown_list(lib)
    lang = _lang(args, library_settings(lib))
    if args.json:
        _print_json([i.to_json(lang) for i in items])
    else:
        if not items:
            print("nothing needs to come down")
        for i in items:
            print(f"{_plain(i.path)} on {i.channel} since {i.published_on.isoformat()} at {_plain(i.where or '(no location recorded)')}")
            for r in i.reasons:
                print(f"  - {_plain(r.message(lang))}")
    return EXIT_OK


_SETTABLE = ("school_name", "controller_address", "school_logo", "dpo_name", "dpo_email", "dpo_phone",
             "guest_form_days", "language", "retention_situation_weeks", "retention_default_class")


def cmd_settings(args) -> int:
    from mediadesk.services.settings import library_settings, update_settings
    if args.action == "set" and args.key not in _SETTABLE:
        raise UserError(f"settings set: '{args.key}' cannot be set here (one of {', '.join(_SETTABLE)}); "
                        "other settings: in the desktop app or their own command")
    if args.action == "set" and args.key == "language" and args.value not in ("en", "da", "nl"):
        raise UserError(f"language: '{args.value}' is not one of en, da, nl")
    lib = _open(args)
    if args.action == "set":
        value: Any = args.value
        if args.key == "controller_address":
            value = value.replace("\\n", "\n")  # "Skovvej 1\n8000 Aarhus C" on one line
        if args.key in ("guest_form_days", "retention_situation_weeks", "retention_default_class"):
            value = value.strip() or None
        stored = update_settings(lib, **{args.key: value}).get(args.key)
        print(f"{args.key}: {_plain(json.dumps(stored, ensure_ascii=False))}")
        return EXIT_OK
    if args.action == "preset":
        from mediadesk.services.export import export_presets, set_export_preset

        set_export_preset(lib, args.channel, max_side=None if args.full_size else args.max_side, quality=args.quality)
        p = export_presets(lib)[args.channel]
        print(f"{args.channel}: {'full size' if p.max_side is None else f'longest side {p.max_side} px'}, quality {p.quality}")
        return EXIT_OK
    settings = library_settings(lib)
    if args.json:
        _print_json(settings)
    else:
        for k, v in sorted(settings.items()):
            print(f"{k}: {_plain(json.dumps(v, ensure_ascii=False))}")
    return EXIT_OK


def cmd_erase(args) -> int:
    from mediadesk.services import privacy

    lib = _open(args)
    res = privacy.erase_person(lib, args.external_id)
    if args.json:
        _print_json({"person": res.person_id, "assets": res.assets, "forms_kept_until": res.forms_kept_until.isoformat() if res.forms_kept_until else None,
                     "files_to_rename": res.files_to_rename, "locations": res.locations, "cache_errors": res.cache_errors})
    else:
        print(f"erased; {len(res.assets)} asset(s) must be reviewed again; consent forms kept until {res.forms_kept_until} for disputes")
        for title, items in (("these files still carry the name in their path; rename them yourself:", res.files_to_rename),
                             ("published at addresses that named the person; take them down if still online:", res.locations),
                             ("these cached thumbnails could not be cleaned of metadata; delete them:", res.cache_errors)):
            if items:
                print(title)
                print("\n".join(f"  {x}" for x in items))
    return EXIT_OK


def cmd_maintenance(args) -> int:
    from mediadesk.services import privacy

    lib = _open(args)
    res = privacy.purge_expired(lib)
    if args.json:
        _print_json({"forms": res.forms, "evidence_files": res.evidence_files, "people": res.people})
    else:
        print(f"purged {res.forms} consent form(s), {res.evidence_files} evidence file(s), {res.people} erased person record(s)")
    return EXIT_OK


def cmd_audit(args) -> int:
    from mediadesk.services import privacy

    lib = _open(args)
    rows = privacy.audit_entries(lib, person=args.person, asset=args.asset, action=args.kind, since=args.since, until=args.until, limit=args.limit)
    if args.json:
        _print_json(rows)
    elif args.csv:
        sys.stdout.write(privacy.audit_csv(rows))
    else:
        for r in rows:
            print(f"{r['at'][:19]}  {_plain(r['actor']):<12} {r['action']:<24} {r['entity']} {(r['entity_id'] or '')[:12]}")
    return EXIT_OK


def cmd_export(args) -> int:
    from mediadesk.services.assets import resolve_asset
    from mediadesk.services.settings import library_settings
    from mediadesk.services.export import DEFAULT_PATTERN, export_channel

    lib = _open(args)
    lang = _lang(args, library_settings(lib))
    ids = [resolve_asset(lib, a) for a in args.asset] or None
    report = export_channel(
        lib, args.channel, args.to, on=args.date, asset_ids=ids, redact_dismissed=args.redact,
        cover=args.cover or args.cover_unresolved, cover_unresolved=args.cover_unresolved,
        redetect=not args.no_redetect, pattern=args.pattern or DEFAULT_PATTERN, progress=_progress_printer(),
    )
    for e in report.exported:
        for w in e.warnings:
            _warn(f"{e.path}: {w}")
    if args.json:
        _print_json(report.to_json(lang))
    else:
        print(f"exported {len(report.exported)} file(s) for {args.channel} to {_plain(report.to_dir)}, skipped {len(report.skipped)}")
        for e in report.exported:
            print(f"  {_plain(os.path.basename(e.file))}  <-  {_plain(e.path)}")
            if e.covered:
                who = sorted({c["name"] or "?" for c in e.covered if c["external_id"]})
                faces = sum(1 for c in e.covered)
                print(f"      covered {faces} face(s): {_plain(', '.join(who)) if who else 'faces nobody identified'}")
            if e.redetections is not None:
                print(f"      face detector run {e.redetections} time(s) near the covered tracks")
        for sk in report.skipped:
            print(f"  skipped ({sk.verdict}): {_plain(sk.path)}")
            for r in sk.reasons:
                print(f"      - {_plain(r.message(lang))}")
    # an asset already in the folder from an earlier run needs nobody's attention
    attention = [sk for sk in report.skipped if sk.codes != ["ALREADY_EXPORTED"]]
    return EXIT_ATTENTION if attention else EXIT_OK


def _merge_report(args, report) -> int:
    if args.json:
        _print_json(report.to_json())
    else:
        if report.conflicts:
            head = f"not merged: {len(report.conflicts)} conflict(s) for a person to decide; nothing was stored"
        elif report.dry_run:
            head = "dry run: nothing was stored; merging would bring"
        elif report.applied:
            head = "merged into this library"
        else:
            head = "nothing to merge: this library already holds all of it"
        print(f"{_plain(report.source)}: {head}")
        for line in report.summary_lines():
            print(f"  {_plain(line)}")
    return EXIT_ATTENTION if report.conflicts else EXIT_OK


def cmd_merge(args) -> int:
    from mediadesk.services.merging import merge_library

    lib = _open(args)
    return _merge_report(args, merge_library(lib, args.other, dry_run=args.dry_run))


def cmd_bundle(args) -> int:
    from mediadesk.services import merging

    lib = _open(args)
    if args.action == "import":
        return _merge_report(args, merging.import_bundle(lib, args.file, dry_run=args.dry_run, files_to=args.files_to))
    made = merging.export_bundle(lib, args.file, with_files=args.with_files)
    if args.json:
        _print_json(made.to_json())
    else:
        print(f"bundle written to {_plain(made.file)}: the library, {made.evidence_files} evidence file(s), "
              f"{made.asset_files} photo/clip file(s)")
        for m in made.missing_files:
            _warn(f"{m}: not found, not in the bundle")
    return EXIT_OK


def _cmd_report_file(args) -> int:
    """``report person`` and ``report consent``: JSON/CSV to stdout or --out, PDF to --out."""
    from mediadesk.services.settings import library_settings
    from pathlib import Path

    from mediadesk.services import reports

    lib = _open(args)
    lang = _lang(args, library_settings(lib))
    if args.format == "pdf" and not args.out:
        raise UserError("a PDF needs --out FILE")
    if args.action == "person":
        doc = reports.person_report(lib, args.external_id)
        kind = "person"
    else:
        doc = reports.consent_overview(lib, days=args.days, on=args.date)
        kind = "consent"
    if not args.out:
        if args.format == "json":
            _print_json(doc)
        else:
            sys.stdout.write(reports.person_report_csv(doc) if kind == "person" else reports.consent_overview_csv(doc))
        return EXIT_OK
    data = reports.render(kind, doc, args.format, cache_dir=lib.cache_dir, lang=lang)
    out = Path(args.out).expanduser()
    if out.is_dir():
        raise UserError(f"{out}: is a folder; give a file name")
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, out)
    except OSError as e:
        tmp.unlink(missing_ok=True)
        raise UserError(f"{out}: cannot write: {e.strerror or e}") from None
    print(f"{kind} report written to {_plain(out)}", file=sys.stderr)
    return EXIT_OK


def cmd_renewal(args) -> int:
    from mediadesk.services import renewal
    from mediadesk.services.renewal_forms import covered_text, reason_text, withdrawn_text, words
    from mediadesk.services.settings import library_settings

    lib = _open(args)
    lang = _lang(args, library_settings(lib))
    if args.action == "list":
        lst = renewal.who_to_ask(lib, on=args.on, year=args.year, group=args.group)
        if args.json:
            _print_json(renewal.list_json(lst))
            return EXIT_OK
        what = f"the school year {lst.school_year.label}" if lst.school_year else lst.target.isoformat()
        print(f"renewal for {what}: forms ending on or before {lst.target.isoformat()}, "
              f"age of consent {lst.age_of_consent}")
        signer = words(lang)["signer"]
        for c in lst.classes:
            print(f"class {_plain(c.group)}:" if c.group else "no class:")
            for p in c.to_ask:
                why = "; ".join(reason_text(r.code, dict(r.params), lang) for r in p.reasons)
                if p.covered_until:
                    why += f" ({covered_text(p.covered_until.isoformat(), lang)})"
                print(f"  {_plain(p.external_id)}\t{_plain(p.name)}\t{_plain(why)}\t[{signer[p.signer.value]}]")
            for w in c.withdrawn:
                print(f"  {_plain(w.external_id)}\t{_plain(w.name)}\t{withdrawn_text(w.withdrawn_on.isoformat(), lang)}")
        print(f"{len(lst.to_ask)} to ask, {len(lst.withdrawn)} withdrawn (not asked again)")
        return EXIT_OK
    if args.action == "start":
        res = renewal.start_round(lib, args.year, text_version=args.text_version)
        if args.json:
            _print_json(res.to_json())
            return EXIT_OK
        head = "renewal round started" if res.new_round else "renewal round extended"
        print(f"{head} for {res.year}: {len(res.added)} pupil(s) asked now, {res.already} asked before; "
              f"{len(res.withdrawn)} withdrawn, not asked")
        return EXIT_OK
    if args.action == "forms":
        files = renewal.write_forms(lib, args.year, args.out, args.lang, include_returned=args.all)
        print(f"{len(files)} form(s) written to {_plain(args.out)}")
        return EXIT_OK
    if args.action == "mailmerge":
        n = renewal.write_mailmerge(lib, args.year, args.file, args.lang, include_returned=args.all)
        print(f"{n} row(s) written to {_plain(args.file)}")
        return EXIT_OK
    year = args.year or renewal.latest_round(lib)
    if args.action == "returned":
        changed = renewal.mark_returned(lib, year, args.external_ids, returned=not args.not_returned, on=args.on)
        state = "not returned" if args.not_returned else "returned"
        print(f"{year}: {len(changed)} form(s) marked {state}" + (f" ({', '.join(map(_plain, changed))})" if changed else ""))
        return EXIT_OK
    st = renewal.round_status(lib, year)
    if args.json:
        _print_json(st.to_json())
        return EXIT_OK
    t = st.total
    print(f"renewal round {st.year} (forms by {st.target.isoformat()}, started by {_plain(st.started_by)}): "
          f"{t.returned} of {t.asked} returned ({t.rate:.0%})")
    for c in st.classes:
        print(f"  {_plain(c.group or '(no class)'):<12} {c.returned:>4} of {c.asked:<4} {c.rate:>5.0%}")
    return EXIT_OK


COMMANDS = {
    "renewal": cmd_renewal,
    "people": cmd_people,
    "consent": cmd_consent,
    "import": cmd_import,
    "assets": cmd_assets,
    "tag": cmd_tag,
    "review": cmd_review,
    "block": cmd_block,
    "basis": cmd_basis,
    "objection": cmd_objection,
    "requests": cmd_requests,
    "retention": cmd_retention,
    "check": cmd_check,
    "faces": cmd_faces,
    "publish": cmd_publish,
    "publications": cmd_publications,
    "report": cmd_report,
    "export": cmd_export,
    "erase": cmd_erase,
    "settings": cmd_settings,
    "maintenance": cmd_maintenance,
    "audit": cmd_audit,
    "merge": cmd_merge,
    "bundle": cmd_bundle,
}


def parse(argv: Sequence[str] | None = None):
    """The command line's arguments; ``command`` is None for the desktop app."""
    return build_parser().parse_args(argv)


def wants_gui(args) -> bool:
    """True when the arguments ask for the desktop app (``mediadesk``,
    ``mediadesk gui``, ``mediadesk demo``): the entry point
    (:func:`mediadesk.app.main`) starts it; this module never does."""
    command = args.command or "gui"
    return command == "gui" or (command == "demo" and not args.no_gui)


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command of the command line; exit code as ``spec/interfaces.md``."""
    args = parse(argv)
    if wants_gui(args):
        print("mediadesk: error: the desktop app starts from `mediadesk` (mediadesk.app), "
              "not from the command line module", file=sys.stderr)
        return EXIT_BAD_INPUT
    return guarded(args, lambda: _run(args))


def _run(args) -> int:
    if args.command == "demo":  # --no-gui
        from mediadesk.services.demo import create_demo, default_demo_path

        path = args.db or str(default_demo_path())
        create_demo(path).close()
        print(f"demo library created: {path}")
        return EXIT_OK
    return COMMANDS[args.command](args)


def guarded(args, fn: Callable[[], int]) -> int:
    """``fn()``, with the command line's answers to bad input, Ctrl+C, a
    closed pipe and a full disk: one line on stderr and an exit code."""
    try:
        return fn()
    except MediaDeskError as e:
        print(f"mediadesk: error: {_plain(e)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("mediadesk: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (``mediadesk ... | head``): what was asked is
        # done, only the rest of the output is lost. Quiet, no traceback;
        # point stdout at devnull so the interpreter's final flush cannot fail.
        import os

        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError):
            pass
        return EXIT_ATTENTION
    except Exception as e:
        full = _disk_full(e)
        if full is None:
            raise
        # Every write is one transaction, rolled back on this error: what was
        # being written is not in the library, what was committed before is.
        where = getattr(full, "filename", None) or _library_shown(args)
        print(f"mediadesk: no space left on the disk: {_plain(where)}: the write was rolled back; "
              "free some space and run the command again", file=sys.stderr)
        return EXIT_BAD_INPUT
