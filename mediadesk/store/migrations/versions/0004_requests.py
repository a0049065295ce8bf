"""requests and complaints log

Revision ID: 0004_requests
Revises: 0003_basis_retention
Create Date: 2026-12-07 20:30:00

Issue 14, item 4: a request or complaint about a person's data (access,
erasure, objection, complaint, other) with its date received, description,
handling and date handled, listed for the DPO. Adds only.
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel

revision = "0004_requests"
down_revision = "0003_basis_retention"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "data_request",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=True),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("handling", sa.Text(), nullable=True),
        sa.Column("handled_on", sa.Date(), nullable=True),
        sa.Column("handled_by", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("recorded_by", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("recorded_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("data_request", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_data_request_person_id"), ["person_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("data_request", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_data_request_person_id"))
    op.drop_table("data_request")
