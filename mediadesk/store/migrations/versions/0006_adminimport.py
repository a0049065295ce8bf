"""guardian contact on people

Revision ID: 0006_adminimport
Revises: 0005_consent_explained
Create Date: 2026-12-08 00:30:00

Issue 14, item 1: the admin system's export carries a pupil's guardian
(name, e-mail, phone); MediaDesk keeps them, optional, on the person.
Adds only.
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel

revision = "0006_adminimport"
down_revision = "0005_consent_explained"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.add_column(sa.Column("guardian_name", sqlmodel.sql.sqltypes.AutoString(), nullable=True))
        batch_op.add_column(sa.Column("guardian_email", sqlmodel.sql.sqltypes.AutoString(), nullable=True))
        batch_op.add_column(sa.Column("guardian_phone", sqlmodel.sql.sqltypes.AutoString(), nullable=True))


def downgrade() -> None:
    # plain ALTER TABLE ... DROP COLUMN (SQLite >= 3.35, PostgreSQL): a batch
    # would re-create ``person``, which the tables referring to it forbid
    for column in ("guardian_phone", "guardian_email", "guardian_name"):
        op.drop_column("person", column)
