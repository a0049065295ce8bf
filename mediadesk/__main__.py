"""``python -m mediadesk`` and the ``mediadesk`` console script."""

import sys


def main() -> None:
    if getattr(sys, "frozen", False):  # PyInstaller: worker processes re-run this executable
        import multiprocessing

        multiprocessing.freeze_support()
    from mediadesk.app import main as app_main

    sys.exit(app_main())


if __name__ == "__main__":
    main()
