"""Media layer: probing, EXIF, hashing, thumbnails, video frames, audio. No Qt.

Modules (import the one you need; this package imports nothing itself):

* :mod:`.hashing` - ``sha256_file`` (standard library only).
* :mod:`.sniff` - ``sniff_kind`` from magic bytes; extension sets (standard library only).
* :mod:`.errors` - ``MediaError(reason)``.
* :mod:`.registry` - handlers by extension, confirmed by content: ``register``;
  :mod:`.handlers` - the built-in handlers registered: ``handler_for``, ``probe``.
* :mod:`.probe` - ``MediaInfo``, ``probe``.
* :mod:`.photo` - Pillow/pillow-heif handler; ``load_display_image`` (oriented 8-bit sRGB).
* :mod:`.video` - PyAV handler; ``Frame``, ``sample_frames``, ``poster_frame``.
* :mod:`.audio` - PyAV handler for recordings (MP3, M4A/AAC, WAV, Ogg/Opus,
  FLAC); ``scan_audio``, ``waveform_image``.
* :mod:`.thumbs` - ``thumbnail_path``, ``make_thumbnails``, ``strip_cache_metadata``.
* :mod:`.worker` - ``FileResult``, ``process_file``.
* :mod:`.pool` - ``run_pool`` / ``MediaPool``: worker processes with timeouts and cancel.

Pillow, pillow-heif and PyAV are imported lazily, inside the functions that
decode pixels.
"""
