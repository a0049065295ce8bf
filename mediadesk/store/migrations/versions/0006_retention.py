"""retention: reasons for a class, deleted assets

Revision ID: 0006_retention
Revises: 0006_renewal
Create Date: 2026-12-08 00:30:00

Issue 15, item 3: the reason recorded with an asset's or event's retention
class (``retention_reason``; the archive needs one), and when, by whom and
why an asset was deleted on retention (``deleted_at``, ``deleted_by``,
``deletion_reason``). A deleted asset keeps its row without its image, faces
or tags, so its publication records (and takedown lists) and the audit keep
their facts. Adds only.
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel

revision = "0006_retention"
down_revision = "0006_renewal"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("asset", schema=None) as batch_op:
        batch_op.add_column(sa.Column("retention_reason", sqlmodel.sql.sqltypes.AutoString(), nullable=True))
        batch_op.add_column(sa.Column("deleted_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True))
        batch_op.add_column(sa.Column("deleted_by", sqlmodel.sql.sqltypes.AutoString(), nullable=True))
        batch_op.add_column(sa.Column("deletion_reason", sqlmodel.sql.sqltypes.AutoString(), nullable=True))
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.add_column(sa.Column("retention_reason", sqlmodel.sql.sqltypes.AutoString(), nullable=True))


def downgrade() -> None:
    # plain ALTER TABLE ... DROP COLUMN (SQLite >= 3.35, PostgreSQL): a batch
    # would re-create ``event`` and ``asset``, which the tables referring to them forbid
    op.drop_column("event", "retention_reason")
    for c in ("deletion_reason", "deleted_by", "deleted_at", "retention_reason"):
        op.drop_column("asset", c)
