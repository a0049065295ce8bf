"""consent explained on the screen before signing

Revision ID: 0005_consent_explained
Revises: 0004_requests
Create Date: 2026-12-07 21:00:00

Issue 14, item 3: a form signed on the screen at a fair records when the
pupil confirmed they understood the explanation shown before the signature
(``explained_at``) and in which language (``explained_in``). Adds only.
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel

revision = "0005_consent_explained"
down_revision = "0004_requests"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("consent_record", schema=None) as batch_op:
        batch_op.add_column(sa.Column("explained_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True))
        batch_op.add_column(sa.Column("explained_in", sqlmodel.sql.sqltypes.AutoString(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("consent_record", schema=None) as batch_op:
        batch_op.drop_column("explained_in")
        batch_op.drop_column("explained_at")
