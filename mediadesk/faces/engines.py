"""The process-wide face engines: :func:`get_engine`.

Above :mod:`.engine` (the protocol and :class:`~.engine.Box`) and the
engines that implement it (:mod:`.hybrid`, :mod:`.dlib_engine`), so that
none of them imports another in a circle.
"""

from __future__ import annotations

import threading

from mediadesk.faces.engine import FaceEngine, ModelName

_engines: dict[str, FaceEngine] = {}
_lock = threading.Lock()


def get_engine(model: ModelName = "hog") -> FaceEngine:
    """The process-wide engine for ``model`` ("hog" default, "cnn" on request).

    Construction is cheap; dlib and the model files load on first use. The
    same engine is returned on every call in a process. The CNN detector is
    50-100x slower than HOG on a CPU: only use it when asked to.
    """
    if model not in ("hog", "cnn"):
        raise ValueError(f"unknown face model {model!r}; expected 'hog' or 'cnn'")
    with _lock:
        engine = _engines.get(model)
        if engine is None:
            if model == "hog":  # the default: BlazeFace on tiles + HOG (see .hybrid)
                from mediadesk.faces.hybrid import HybridEngine

                engine = HybridEngine()
            else:
                from mediadesk.faces.dlib_engine import DlibEngine

                engine = DlibEngine(model=model)
            _engines[model] = engine
        return engine
