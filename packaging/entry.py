"""PyInstaller entry script: the frozen app's ``__main__``.

Kept outside the ``mediadesk`` package so PyInstaller does not put
``mediadesk/`` itself on the analysis path. ``mediadesk.__main__.main``
calls ``multiprocessing.freeze_support()`` first when frozen, so the import
and face-scan worker processes (spawned by re-running this executable) start
here too.
"""

from mediadesk.__main__ import main

if __name__ == "__main__":
    main()
