"""Build the Linux bundle and tarball from a clean checkout, with one command:

    uv run --group package python packaging/build.py

Steps: check the icon set is rendered from the SVG; validate the .desktop
file and the AppStream metainfo (desktop-file-validate, appstreamcli; installed
with apt-get when missing and possible, skipped with a message otherwise);
PyInstaller with packaging/mediadesk.spec (one folder: dist/mediadesk/); check
the frozen app answers --version with pyproject's version; lay out the
relocatable folder dist/MediaDesk-<version>-linux-<arch>/ (launcher, app/,
share/ with desktop entry, metainfo and icons, install-desktop-entry.sh) and
pack it as dist/MediaDesk-<version>-linux-<arch>.tar.gz. Writes
dist/build-info.json (paths, sizes, durations) for the smoke test.

Options:
  --reuse         skip PyInstaller when dist/mediadesk/ exists (layout + tarball only)
  --no-tarball    stop after the folder layout
  --no-validate   skip the desktop/metainfo validation
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
APP_ID = "io.mediadesk.MediaDesk"
LINUX_RES = ROOT / "resources" / "linux"
ICON_DIR = ROOT / "resources" / "app-icon"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def say(msg: str) -> None:
    print(f"[build] {msg}", flush=True)


def version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def du(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.lstat().st_size for p in path.rglob("*") if not p.is_dir())


def mib(n: int) -> str:
    return f"{n / 2**20:.0f} MiB"


# ---- validation -------------------------------------------------------------------------------

TOOLS = {"desktop-file-validate": "desktop-file-utils", "appstreamcli": "appstream"}


def ensure_tools() -> list[str]:
    """The validators present after trying to install the missing ones."""
    missing = [t for t in TOOLS if shutil.which(t) is None]
    if missing and shutil.which("apt-get"):
        sudo = [] if os.geteuid() == 0 else (["sudo", "-n"] if shutil.which("sudo") else None)
        if sudo is None:
            say(f"not root and no sudo: cannot apt-get install {' '.join(TOOLS[t] for t in missing)}")
        else:
            pkgs = [TOOLS[t] for t in missing]
            say(f"installing {' '.join(pkgs)} with apt-get")
            env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
            ok = subprocess.run([*sudo, "apt-get", "update", "-qq"], env=env).returncode == 0
            ok = ok and subprocess.run([*sudo, "apt-get", "install", "-y", "-qq", *pkgs], env=env).returncode == 0
            if not ok:
                say("apt-get failed")
    return [t for t in TOOLS if shutil.which(t)]


def validate() -> dict[str, str]:
    desktop = LINUX_RES / f"{APP_ID}.desktop"
    metainfo = LINUX_RES / f"{APP_ID}.metainfo.xml"
    have = ensure_tools()
    results = {}
    if "desktop-file-validate" in have:
        p = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True, text=True)
        out = (p.stdout + p.stderr).strip()
        if p.returncode != 0 or "error:" in out:
            raise SystemExit(f"desktop-file-validate failed:\n{out}")
        results["desktop-file-validate"] = "passed" + (f" ({out})" if out else "")
    else:
        results["desktop-file-validate"] = "SKIPPED: desktop-file-validate not available (Debian: desktop-file-utils)"
    if "appstreamcli" in have:
        p = subprocess.run(["appstreamcli", "validate", "--no-net", str(metainfo)], capture_output=True, text=True)
        if p.returncode != 0:
            raise SystemExit(f"appstreamcli validate failed:\n{p.stdout}{p.stderr}")
        results["appstreamcli"] = "passed"
    else:
        results["appstreamcli"] = "SKIPPED: appstreamcli not available (Debian: appstream)"
    for tool, r in results.items():
        say(f"{tool}: {r}")
    return results


# ---- build ------------------------------------------------------------------------------------

def check_icons() -> None:
    sys.path.insert(0, str(PACKAGING))
    import icons

    problems = icons.check()
    if problems:
        raise SystemExit("icons: " + "; ".join(problems))


def pyinstaller() -> float:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        raise SystemExit("PyInstaller is missing: run `uv run --group package python packaging/build.py`")
    t0 = time.monotonic()
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
           "--distpath", str(DIST), "--workpath", str(WORK), str(PACKAGING / "mediadesk.spec")]
    say("pyinstaller (a few minutes) ...")
    subprocess.run(cmd, cwd=ROOT, check=True)
    return time.monotonic() - t0


def check_version(exe: Path, want: str) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    p = subprocess.run([str(exe), "--version"], capture_output=True, text=True, env=env, timeout=120)
    got = p.stdout.strip()
    if p.returncode != 0 or got != f"MediaDesk {want}":
        raise SystemExit(f"frozen app --version: exit {p.returncode}, {got!r} {p.stderr.strip()!r}; "
                         f"expected 'MediaDesk {want}'")
    say(f"frozen app says: {got}")


def layout(bundle: Path, ver: str) -> Path:
    arch = platform.machine() or "x86_64"
    name = f"MediaDesk-{ver}-linux-{arch}"
    out = DIST / name
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    shutil.copytree(bundle, out / "app", symlinks=True)
    for script in ("mediadesk", "install-desktop-entry.sh"):
        shutil.copy2(PACKAGING / "linux" / script, out / script)
        (out / script).chmod(0o755)
    share = out / "share"
    (share / "applications").mkdir(parents=True)
    (share / "metainfo").mkdir()
    shutil.copy2(LINUX_RES / f"{APP_ID}.desktop", share / "applications")
    shutil.copy2(LINUX_RES / f"{APP_ID}.metainfo.xml", share / "metainfo")
    for size in ICON_SIZES:
        d = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        d.mkdir(parents=True)
        shutil.copy2(ICON_DIR / f"mediadesk-{size}.png", d / f"{APP_ID}.png")
    d = share / "icons" / "hicolor" / "scalable" / "apps"
    d.mkdir(parents=True)
    shutil.copy2(ICON_DIR / "mediadesk.svg", d / f"{APP_ID}.svg")
    (out / "README.txt").write_text(
        f"MediaDesk {ver} for Linux ({arch})\n\n"
        "  ./mediadesk                   start the app\n"
        "  ./mediadesk demo              start it on a demo library\n"
        "  ./mediadesk --help            the command line\n"
        "  ./install-desktop-entry.sh    add MediaDesk to your application menu (no root needed)\n"
        "  ./install-desktop-entry.sh --uninstall\n\n"
        "Your library lives in ~/.local/share/MediaDesk unless you chose another place;\n"
        "deleting this folder does not delete it. Video playback needs libpulse0.\n",
        encoding="utf-8",
    )
    return out


def tarball(folder: Path) -> tuple[Path, float]:
    t0 = time.monotonic()
    target = folder.with_name(folder.name + ".tar.gz")
    tmp = target.with_suffix(".gz.part")
    if shutil.which("tar"):
        subprocess.run(["tar", "-C", str(folder.parent), "-czf", str(tmp), folder.name], check=True)
    else:
        with tarfile.open(tmp, "w:gz") as tf:
            tf.add(folder, arcname=folder.name)
    tmp.replace(target)
    return target, time.monotonic() - t0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--reuse", action="store_true", help="reuse dist/mediadesk/ when it exists")
    ap.add_argument("--no-tarball", action="store_true")
    ap.add_argument("--no-validate", action="store_true")
    args = ap.parse_args(argv)
    if not sys.platform.startswith("linux"):
        raise SystemExit("build.py builds the Linux bundle; see packaging/README.md for Windows and macOS")
    t_start = time.monotonic()
    ver = version()
    say(f"MediaDesk {ver}")
    check_icons()
    checks = {} if args.no_validate else validate()
    bundle = DIST / "mediadesk"
    exe = bundle / "mediadesk"
    if args.reuse and exe.exists():
        say(f"reusing {bundle.relative_to(ROOT)}")
        secs = 0.0
    else:
        secs = pyinstaller()
        say(f"pyinstaller took {secs:.0f} s")
    check_version(exe, ver)
    folder = layout(bundle, ver)
    info = {
        "version": ver,
        "bundle": str(bundle),
        "executable": str(exe),
        "folder": str(folder),
        "bundle_bytes": du(bundle),
        "pyinstaller_seconds": round(secs, 1),
        "validation": checks,
    }
    if not args.no_tarball:
        tar, tsecs = tarball(folder)
        info.update(tarball=str(tar), tarball_bytes=tar.stat().st_size, tarball_seconds=round(tsecs, 1))
    info["total_seconds"] = round(time.monotonic() - t_start, 1)
    (DIST / "build-info.json").write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")
    say(f"bundle  {bundle.relative_to(ROOT)}/  {mib(info['bundle_bytes'])}")
    say(f"folder  {folder.relative_to(ROOT)}/  (launcher: ./mediadesk)")
    if "tarball" in info:
        say(f"tarball {Path(info['tarball']).relative_to(ROOT)}  {mib(info['tarball_bytes'])}")
    say(f"done in {info['total_seconds']:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
