"""The Qt binding must not lose references to None (PySide6 6.12.0 on
Python 3.11 did: the app aborted after some thousands of calls)."""

from __future__ import annotations

import subprocess
import sys

CODE = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
before = sys.getrefcount(None)
for _ in range(20000):
    label.setText("x")
print(sys.getrefcount(None) - before)
"""


def test_void_calls_keep_none_alive() -> None:
    r = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr[-400:]
    assert abs(int(r.stdout.strip())) < 100
