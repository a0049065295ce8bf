"""publication records which faces were covered

Revision ID: 0006_cover
Revises: 0006_adminimport
Create Date: 2026-12-08 00:10:00

Issue 13, item 1: an export "with faces covered" records in its publication
which faces were filled, with their box at the time and the person (internal
id, no name) and why (reason codes): JSON in ``publication.covered``, NULL for
an ordinary publication. The takedown list compares the boxes with the faces
as they are now. Adds only.
"""

from alembic import op
import sqlalchemy as sa

revision = "0006_cover"
down_revision = "0006_adminimport"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("publication", schema=None) as batch_op:
        batch_op.add_column(sa.Column("covered", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("publication", schema=None) as batch_op:
        batch_op.drop_column("covered")
