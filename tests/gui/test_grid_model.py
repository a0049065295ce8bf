"""The grid model answers for 50,000 assets without loading every row."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta, timezone

from PySide6.QtCore import Qt


#: Every test with a library runs on SQLite and on PostgreSQL (tests/conftest.py).
LIBRARY_BACKENDS = ("sqlite", "postgres")


def bulk_assets(lib, n: int) -> list[str]:
    """Insert ``n`` asset rows in one transaction (no files: a grid test)."""
    from sqlalchemy import text

    ids = [uuid.uuid4().hex for _ in range(n)]
    t0 = datetime(2026, 9, 1, tzinfo=timezone.utc)
    rows = [
        {"id": a, "sha": f"{i:064x}", "path": f"/photos/gala/IMG_{i:05d}.jpg",
         "t": (t0 + timedelta(seconds=i)).strftime("%Y-%m-%d %H:%M:%S.%f"), "now": t0.strftime("%Y-%m-%d %H:%M:%S.%f"),
         "off": False}
        for i, a in enumerate(ids)
    ]
    with lib.unit() as s:
        s.execute(text(
            "INSERT INTO asset (id, sha256, size, kind, path, offline, imported_at, capture_time) "
            "VALUES (:id, :sha, 1000, 'photo', :path, :off, :now, :t)"), rows)
    return ids


def test_grid_model_with_50000_rows_is_lazy(qtbot, lib):
    from mediadesk.gui.grid import PAGE, AssetGridModel, IdRole, RowRole, VerdictsRole
    from mediadesk.services import queries

    ids = bulk_assets(lib, 50_000)
    all_ids = queries.with_lib(lib, queries.filtered_asset_ids)  # timed in tests/benchmarks/bench_gui.py
    assert len(all_ids) == 50_000
    model = AssetGridModel(lib, None)
    model.set_ids(all_ids)
    assert model.rowCount() == 50_000
    assert model.row_loads == 0
    assert model.data(model.index(49_999), IdRole) == ids[-1]
    assert model.row_loads == 0  # ids need no row
    row = model.data(model.index(25_000), RowRole)
    assert row.name == "IMG_25000.jpg"
    assert model.data(model.index(25_000), VerdictsRole)["website"] == "needs_review"
    assert model.data(model.index(25_001), Qt.DisplayRole) == "IMG_25001.jpg"
    assert 0 < model.row_loads <= PAGE
    assert model.page_loads == 1
    model.data(model.index(49_999), Qt.DisplayRole)
    assert model.row_loads <= 2 * PAGE
    assert model.cached_rows() < 1000


def test_grid_view_scrolls_50000(qtbot, lib):
    from mediadesk.gui.grid import AssetGrid, AssetGridModel

    ids = bulk_assets(lib, 50_000)
    model = AssetGridModel(lib, None)
    view = AssetGrid(model)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    model.set_ids(ids)
    qtbot.wait(50)
    sb = view.verticalScrollBar()
    for v in (0, sb.maximum() // 2, sb.maximum()):
        sb.setValue(v)
        view.viewport().repaint()
    assert model.row_loads < 2000
