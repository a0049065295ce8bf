"""Foundation benchmark: consent checks on a large synthetic library.

Run: ``uv run python tests/benchmarks/bench_foundation.py``

Builds 5,000 people, 10,000 consent records, 50,000 assets and 120,000
confirmed presences in a fresh temporary library, then measures:

1. ``mediadesk check ASSET --channel instagram --json`` as a whole process
   (median of 7), against the same check through the full SQLAlchemy path
   (the baseline, same run);
2. evaluating all 50,000 assets for one channel in-process, against a naive
   baseline that loads each asset's facts with its own queries (measured on
   a 2,000-asset sample and scaled);
3. ``consent revoke`` of a person present on 2,000 assets including the
   re-evaluation of those assets, in-process and as a whole process.

Targets on 2 cores: (1) < 0.5 s, (2) < 2 s, (3) < 1 s.
"""

from __future__ import annotations

import json
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

N_PEOPLE, N_CONSENT, N_ASSETS, N_PRESENCE = 5_000, 10_000, 50_000, 120_000
HOT_ASSETS = 2_000  # assets the revoked person is on


def build(path: Path) -> tuple[str, str]:
    from mediadesk.services.library import Library

    Library.open(str(path), profile="dk").close()
    rnd = random.Random(7)
    now = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M:%S.%f")
    con = sqlite3.connect(path)
    people = [uuid.uuid4().hex for _ in range(N_PEOPLE)]
    con.executemany(
        "INSERT INTO person (id, external_id, name, role, birth_date, group_name, publication_ban, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)",
        [
            (pid, f"S{i:05d}", f"Pupil {i}", "student",
             (date(2008, 1, 1) + timedelta(days=rnd.randrange(3000))).isoformat(),
             f"{rnd.randrange(1, 10)}{'ABC'[rnd.randrange(3)]}", int(rnd.random() < 0.01), now, now)
            for i, pid in enumerate(people)
        ],
    )
    channels = ["website", "facebook", "instagram", "tiktok", "print", "intranet"]
    rows = []
    for i in range(N_CONSENT):
        pid = people[i % N_PEOPLE]
        signed = date(2025 + (i // N_PEOPLE), 8, 20)
        rows.append((
            uuid.uuid4().hex, pid, rnd.choice(["guardian", "self"]), "Guardian",
            "|".join(sorted(rnd.sample(channels, rnd.randrange(1, 7)))), "photo|video",
            signed.isoformat(), signed.isoformat(), date(signed.year + 1, 7, 31).isoformat(),
            None, 0, "import", "tester", now,
        ))
    con.executemany(
        "INSERT INTO consent_record (id, person_id, granted_by, guardian_name, channels, media, signed_on, valid_from, valid_until, revoked_on, biometric, source, recorded_by, recorded_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        rows,
    )
    assets = [uuid.uuid4().hex for _ in range(N_ASSETS)]
    con.executemany(
        "INSERT INTO asset (id, sha256, size, kind, path, offline, imported_at, faces_scanned_at, people_confirmed_at) VALUES (?,?,?,?,?,?,?,?,?)",
        [(a, uuid.uuid4().hex * 2, 1000, "photo", f"/photos/gala/IMG_{i:05d}.jpg", 0, now, now, now) for i, a in enumerate(assets)],
    )
    con.executemany(
        "INSERT INTO asset_path (id, asset_id, path, missing, seen_at) VALUES (?,?,?,?,?)",
        [(uuid.uuid4().hex, a, f"/photos/gala/IMG_{i:05d}.jpg", 0, now) for i, a in enumerate(assets)],
    )
    # two people on HOT_ASSETS assets each: S00000 is withdrawn in-process,
    # S00001 by the command line as a whole process
    pairs = {(assets[i], people[0]) for i in range(HOT_ASSETS)}
    pairs |= {(assets[HOT_ASSETS + i], people[1]) for i in range(HOT_ASSETS)}
    while len(pairs) < N_PRESENCE:
        pairs.add((rnd.choice(assets), rnd.choice(people[2:])))
    con.executemany(
        "INSERT INTO presence (id, asset_id, person_id, source, confirmed_by, confirmed_at) VALUES (?,?,?,?,?,?)",
        [(uuid.uuid4().hex, a, p, "manual", "tester", now) for a, p in pairs],
    )
    con.commit()
    con.execute("ANALYZE")
    con.close()
    return assets[0], "S00000"


def timed(fn, repeat: int = 1) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> None:
    from tests.benchmarks.common import as_on_a_users_computer

    as_on_a_users_computer()
    tmp = Path(tempfile.mkdtemp(prefix="mediadesk-bench-"))
    db = tmp / "library.sqlite"
    t0 = time.perf_counter()
    asset, hot_person = build(db)
    print(f"built synthetic library in {time.perf_counter() - t0:.1f} s: {N_PEOPLE} people, "
          f"{N_CONSENT} forms, {N_ASSETS} assets, {N_PRESENCE} presences")
    env = dict(os.environ, MEDIADESK_DB=str(db), MEDIADESK_CACHE_DIR=str(tmp / "cache"))
    exe = [sys.executable, "-m", "mediadesk"]
    check_cmd = exe + ["check", asset, "--channel", "instagram", "--json"]

    def run_check():
        r = subprocess.run(check_cmd, env=env, capture_output=True, text=True)
        assert r.returncode in (0, 1), r.stderr

    full_code = (
        "import sys; from mediadesk.services.library import Library; "
        "from mediadesk.services.assets import resolve_asset, verdicts_of; "
        "lib = Library.open(); import json; "
        f"print(json.dumps([e.to_json('en', p) for e, p in verdicts_of(lib, [resolve_asset(lib, {asset!r})], ['instagram'])]))"
    )

    def run_full():
        r = subprocess.run([sys.executable, "-c", full_code], env=env, capture_output=True, text=True, cwd=ROOT)
        assert r.returncode == 0, r.stderr

    run_check(), run_full()  # warm-up (page cache, .pyc)
    t_check = timed(run_check, 7)
    t_full = timed(run_full, 5)
    print(f"1. check ASSET --channel instagram --json, whole process: {t_check:.3f} s "
          f"(baseline through SQLAlchemy: {t_full:.3f} s, {t_full / t_check:.1f}x)  target < 0.5 s")

    from mediadesk.services.evaluate import evaluate_assets
    from mediadesk.store.facts import load_asset_facts, sqlite_query
    from mediadesk.core.rules import Evaluator
    from mediadesk.store.facts import read_settings, rule_settings

    q, con = sqlite_query(db)
    evaluate_assets(q, None, ["instagram"], date.today())  # warm-up
    t_all = timed(lambda: evaluate_assets(q, None, ["instagram"], date.today()), 3)
    sample = [a for a, in q("SELECT id FROM asset LIMIT 2000", {})]
    settings = read_settings(q)

    def naive():
        for a in sample:  # one asset at a time, no shared person memo
            facts = load_asset_facts(q, [a])
            Evaluator(rule_settings(settings)).evaluate(facts[0][0], "instagram", date.today())

    t_naive = timed(naive) * (N_ASSETS / len(sample))
    print(f"2. evaluate all {N_ASSETS} assets for one channel in-process: {t_all:.3f} s "
          f"(baseline one asset at a time, scaled: {t_naive:.1f} s, {t_naive / t_all:.1f}x)  target < 2 s")
    con.close()

    from mediadesk.services.consent import revoke
    from mediadesk.services.library import Library

    lib = Library.open(str(db))
    t_rev = timed(lambda: revoke(lib, hot_person, reason="benchmark"))
    n_aff = len({e.asset for e, _ in revoke(lib, hot_person).affected})
    lib.close()
    rev_cmd = exe + ["consent", "revoke", "S00001", "--reason", "benchmark", "--json"]
    proc: list = []
    t_rev_proc = timed(lambda: proc.append(subprocess.run(rev_cmd, env=env, capture_output=True, check=True, text=True)))
    n_aff_proc = len({e["asset"] for e in json.loads(proc[-1].stdout)["affected"]})
    print(f"3. consent revoke of a person on {n_aff} assets incl. re-evaluation: {t_rev:.3f} s in-process; "
          f"another person on {n_aff_proc} assets as a whole process: {t_rev_proc:.3f} s  target < 1 s")


if __name__ == "__main__":
    main()
