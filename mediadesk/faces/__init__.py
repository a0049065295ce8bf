"""Face detection, tracking and matching for MediaDesk (no Qt).

Importing this package is free: dlib and the model files load only inside
the engine (:mod:`.dlib_engine`), on first use, in worker processes.

- :mod:`.engine`: :class:`~.engine.Box`, the ``FaceEngine`` protocol; :mod:`.engines`: ``get_engine``.
- :mod:`.dlib_engine`: the dlib implementation and its per-size scale plan.
- :mod:`.prepare`: ``load_rgb`` (EXIF orientation, 8-bit RGB, HEIC).
- :mod:`.tracks`: linking video detections into tracks.
- :mod:`.matching`: template distances and suggestions (numpy only).
- :mod:`.scan`: ``scan_path`` and the worker-process ``run_scan``.
- :mod:`.enroll`: reference templates for enrolment photos.
"""
