"""yearly renewal rounds

Revision ID: 0006_renewal
Revises: 0006_cover
Create Date: 2026-12-08 00:30:00

Issue 14, item 2: a renewal round per school year (``renewal_round``) and
each pupil asked in it, with whether their form came back
(``renewal_request``). Adds only.
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel

revision = "0006_renewal"
down_revision = "0006_cover"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "renewal_round",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("school_year", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("target", sa.Date(), nullable=False),
        sa.Column("age_of_consent", sa.Integer(), nullable=False),
        sa.Column("text_version", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("started_by", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("started_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("school_year"),
    )
    op.create_table(
        "renewal_request",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("round_id", sa.Uuid(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("group_name", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("reasons", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("signer", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("asked_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("returned_on", sa.Date(), nullable=True),
        sa.Column("returned_by", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("returned_form_id", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"]),
        sa.ForeignKeyConstraint(["round_id"], ["renewal_round.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("round_id", "person_id", name="uq_renewal_request_round_person"),
    )
    with op.batch_alter_table("renewal_request", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_renewal_request_person_id"), ["person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_renewal_request_round_id"), ["round_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("renewal_request", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_renewal_request_round_id"))
        batch_op.drop_index(batch_op.f("ix_renewal_request_person_id"))
    op.drop_table("renewal_request")
    op.drop_table("renewal_round")
