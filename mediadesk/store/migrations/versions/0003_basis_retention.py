"""legal basis per asset, objections, retention classes

Revision ID: 0003_basis_retention
Revises: 0002_audit_append_only_pg
Create Date: 2026-12-07 17:00:00

Issue 15: an asset may be published on a documented non-consent basis
(legitimate interest / public task, with a reason, who and when); a person
may object to being published (from a date, on some channels or all, until
withdrawn); events and assets get a retention class. Adds only.
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel

revision = "0003_basis_retention"
down_revision = "0002_audit_append_only_pg"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("asset", schema=None) as batch_op:
        batch_op.add_column(sa.Column("legal_basis", sqlmodel.sql.sqltypes.AutoString(), nullable=True))
        batch_op.add_column(sa.Column("basis_reason", sqlmodel.sql.sqltypes.AutoString(), nullable=True))
        batch_op.add_column(sa.Column("basis_by", sqlmodel.sql.sqltypes.AutoString(), nullable=True))
        batch_op.add_column(sa.Column("basis_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True))
        batch_op.add_column(sa.Column("retention_class", sqlmodel.sql.sqltypes.AutoString(), nullable=True))
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.add_column(sa.Column("retention_class", sqlmodel.sql.sqltypes.AutoString(), nullable=True))
    op.create_table(
        "objection",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("channels", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("from_date", sa.Date(), nullable=False),
        sa.Column("reason", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("recorded_by", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("recorded_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("withdrawn_on", sa.Date(), nullable=True),
        sa.Column("withdrawn_by", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("objection", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_objection_person_id"), ["person_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("objection", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_objection_person_id"))
    op.drop_table("objection")
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.drop_column("retention_class")
    with op.batch_alter_table("asset", schema=None) as batch_op:
        for c in ("retention_class", "basis_at", "basis_by", "basis_reason", "legal_basis"):
            batch_op.drop_column(c)
