"""audit log append-only on PostgreSQL

Revision ID: 0002_audit_append_only_pg
Revises: 0001_initial
Create Date: 2026-11-25 00:20:00

0001 made the audit log append-only on SQLite with triggers. This does the
same on PostgreSQL: no DELETE or TRUNCATE, and an UPDATE may only change the
payload (erasure redacts personal data, it keeps the fact). Nothing to do on
SQLite.
"""

from alembic import op

revision = "0002_audit_append_only_pg"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        """
        CREATE OR REPLACE FUNCTION mediadesk_audit_append_only() RETURNS trigger AS $$
        BEGIN
            IF TG_OP <> 'UPDATE' THEN
                RAISE EXCEPTION 'the audit log is append-only';
            END IF;
            IF NEW.id IS DISTINCT FROM OLD.id OR NEW.at IS DISTINCT FROM OLD.at
               OR NEW.actor IS DISTINCT FROM OLD.actor OR NEW.action IS DISTINCT FROM OLD.action
               OR NEW.entity IS DISTINCT FROM OLD.entity THEN
                RAISE EXCEPTION 'the audit log is append-only';
            END IF;
            RETURN NEW;
        END
        $$ LANGUAGE plpgsql
        """
    )
    op.execute(
        "CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log "
        "FOR EACH ROW EXECUTE FUNCTION mediadesk_audit_append_only()"
    )
    op.execute(
        "CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log "
        "FOR EACH STATEMENT EXECUTE FUNCTION mediadesk_audit_append_only()"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log")
    op.execute("DROP TRIGGER IF EXISTS audit_log_append_only ON audit_log")
    op.execute("DROP FUNCTION IF EXISTS mediadesk_audit_append_only()")
