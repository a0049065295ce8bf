"""Alembic migrations of the library schema.

``HEAD_REVISION`` lets a library be checked for being current without
importing Alembic (a test keeps it equal to Alembic's head).
"""

HEAD_REVISION = "0006_coverclips"
