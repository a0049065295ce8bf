"""face tracks keep their sampled boxes

Revision ID: 0006_coverclips
Revises: 0006_retention
Create Date: 2026-12-08 01:00:00

Issue 13, item 2: to cover a face in every frame of a clip, an export needs
the box of the track at every sampled frame, not only its best box. JSON in
``face.samples``: ``{"size": [w, h], "boxes": [[t, x, y, w, h], ...]}`` (the
upright frame size the boxes refer to, and the samples in time order); NULL
for a photo's face, a face drawn by hand and a track found before this
revision (such a track cannot be covered until the clip is scanned again).
Adds only.
"""

from alembic import op
import sqlalchemy as sa

revision = "0006_coverclips"
down_revision = "0006_retention"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("face", schema=None) as batch_op:
        batch_op.add_column(sa.Column("samples", sa.Text(), nullable=True))


def downgrade() -> None:
    op.drop_column("face", "samples")
