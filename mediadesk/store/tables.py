"""SQLModel tables of a MediaDesk library.

Every primary key is a UUID, so libraries made on a laptop at a fair can be
merged into the office library without id clashes. Sets (channels, media)
are stored as sorted ``|``-joined text: the CSV form, comparable as is.
All datetimes are timezone-aware UTC. Schema changes go through Alembic
(``mediadesk/store/migrations``); never ``create_all`` on a real library.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import Column, Index, LargeBinary, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from mediadesk.core.dates import utcnow


def new_id() -> uuid.UUID:
    return uuid.uuid4()


class Setting(SQLModel, table=True):
    __tablename__ = "setting"
    key: str = Field(primary_key=True)
    value: str = Field(sa_column=Column(Text, nullable=False))  # JSON


class Person(SQLModel, table=True):
    __tablename__ = "person"
    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    external_id: str | None = Field(default=None, unique=True, index=True)  # None once erased
    name: str
    role: str
    birth_date: date | None = None
    group_name: str | None = Field(default=None, index=True)
    publication_ban: bool = False
    erased_at: datetime | None = None
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    # optional contact of a pupil's guardian, from the admin system's export
    guardian_name: str | None = None
    guardian_email: str | None = None
    guardian_phone: str | None = None


class ConsentRecord(SQLModel, table=True):
    __tablename__ = "consent_record"
    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    person_id: uuid.UUID = Field(foreign_key="person.id", index=True)
    granted_by: str
    guardian_name: str | None = None
    channels: str  # sorted, "|"-joined slugs
    media: str  # sorted, "|"-joined media kinds
    signed_on: date
    valid_from: date
    valid_until: date
    revoked_on: date | None = None
    revoked_by: str | None = None
    revoke_reason: str | None = None
    biometric: bool = False
    source: str = "paper"
    text_version: str | None = None
    evidence_path: str | None = None
    evidence_sha256: str | None = None
    recorded_by: str
    recorded_at: datetime = Field(default_factory=utcnow)
    # signed on the screen at a fair: when the pupil confirmed they understood
    # the explanation shown before the signature, and in which language (en/da/nl)
    explained_at: datetime | None = None
    explained_in: str | None = None


class Event(SQLModel, table=True):
    __tablename__ = "event"
    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    name: str = Field(unique=True)
    date_from: date | None = None
    date_to: date | None = None
    created_at: datetime = Field(default_factory=utcnow)
    retention_class: str | None = None
    retention_reason: str | None = None


class Asset(SQLModel, table=True):
    __tablename__ = "asset"
    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    sha256: str = Field(unique=True, index=True)
    size: int
    kind: str  # photo | video | audio
    path: str  # where the file was last seen
    offline: bool = False
    event_id: uuid.UUID | None = Field(default=None, foreign_key="event.id", index=True)
    imported_at: datetime = Field(default_factory=utcnow)
    capture_time: datetime | None = None
    capture_time_source: str | None = None  # exif | file
    width: int | None = None
    height: int | None = None
    duration: float | None = None
    meta: str | None = Field(default=None, sa_column=Column(Text))  # JSON of the media probe
    warnings: str | None = Field(default=None, sa_column=Column(Text))
    faces_scanned_at: datetime | None = None
    people_confirmed_at: datetime | None = None
    people_confirmed_by: str | None = None
    block_reason: str | None = None
    blocked_by: str | None = None
    blocked_at: datetime | None = None
    legal_basis: str | None = None  # None: consent (see core.enums.LegalBasis)
    basis_reason: str | None = None
    basis_by: str | None = None
    basis_at: datetime | None = None
    retention_class: str | None = None  # None: its event's (core/retention.py)
    retention_reason: str | None = None
    # deleted on retention: the row stays (publications, audit) without image, faces or tags
    deleted_at: datetime | None = None
    deleted_by: str | None = None
    deletion_reason: str | None = None


class AssetPath(SQLModel, table=True):
    """Every path under which an asset's bytes were seen."""

    __tablename__ = "asset_path"
    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    asset_id: uuid.UUID = Field(foreign_key="asset.id", index=True)
    path: str = Field(unique=True)
    size: int | None = None
    mtime: float | None = None
    missing: bool = False
    seen_at: datetime = Field(default_factory=utcnow)


class Presence(SQLModel, table=True):
    """A person confirmed on an asset, by hand or by confirming a face."""

    __tablename__ = "presence"
    __table_args__ = (
        UniqueConstraint("asset_id", "person_id", name="uq_presence_asset_person"),
        Index("ix_presence_person_asset", "person_id", "asset_id"),
    )
    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    asset_id: uuid.UUID = Field(foreign_key="asset.id")
    person_id: uuid.UUID = Field(foreign_key="person.id")
    source: str = "manual"  # manual | face
    confirmed_by: str
    confirmed_at: datetime = Field(default_factory=utcnow)


class Face(SQLModel, table=True):
    """A face region on a photo, or a face track on a clip."""

    __tablename__ = "face"
    __table_args__ = (Index("ix_face_asset_state", "asset_id", "state"),)
    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    asset_id: uuid.UUID = Field(foreign_key="asset.id")
    x: int
    y: int
    w: int
    h: int
    time: float | None = None  # track start (video) or None
    end: float | None = None  # track end (video) or None
    best_time: float | None = None  # frame where the box was taken
    # clips: JSON {"size": [w, h], "boxes": [[t, x, y, w, h], ...]}, the track's
    # box at every sampled frame (covering it in every frame, issue 13)
    samples: str | None = Field(default=None, sa_column=Column(Text))
    state: str = "unresolved"  # unresolved | suggested | confirmed | dismissed
    person_id: uuid.UUID | None = Field(default=None, foreign_key="person.id", index=True)
    suggested_person_id: uuid.UUID | None = Field(default=None, foreign_key="person.id", index=True)
    distance: float | None = None
    origin: str = "detected"  # detected | manual
    resolved_by: str | None = None
    resolved_at: datetime | None = None
    created_at: datetime = Field(default_factory=utcnow)


class RejectedSuggestion(SQLModel, table=True):
    """"This face is not that person": kept so a re-scan never suggests it again."""

    __tablename__ = "rejected_suggestion"
    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    asset_id: uuid.UUID = Field(foreign_key="asset.id", index=True)
    person_id: uuid.UUID = Field(foreign_key="person.id", index=True)
    x: int
    y: int
    w: int
    h: int
    time: float | None = None
    rejected_by: str
    rejected_at: datetime = Field(default_factory=utcnow)


class FaceTemplate(SQLModel, table=True):
    """A 128-d face template of an enrolled person (biometric data).

    Kept apart from the asset catalogue; deleted with the person's biometric
    consent, on erasure, and when the library leaves ``match`` mode.
    """

    __tablename__ = "face_template"
    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    person_id: uuid.UUID = Field(foreign_key="person.id", index=True)
    encoding: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    source_sha256: str
    created_by: str
    created_at: datetime = Field(default_factory=utcnow)


class Publication(SQLModel, table=True):
    __tablename__ = "publication"
    __table_args__ = (Index("ix_publication_asset_channel", "asset_id", "channel"),)
    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    asset_id: uuid.UUID = Field(foreign_key="asset.id")
    channel: str
    published_on: date
    location: str | None = None  # URL or note: where it was published
    file: str | None = None  # exported file
    recorded_by: str
    recorded_at: datetime = Field(default_factory=utcnow)
    undone_at: datetime | None = None
    undone_by: str | None = None
    undo_reason: str | None = None
    taken_down_at: datetime | None = None
    taken_down_by: str | None = None
    # JSON list of the faces filled by an export with faces covered (issue 13):
    # [{"face": hex, "person": person id hex | null, "box": [x, y, w, h], "why": [codes]}];
    # NULL for an ordinary publication
    covered: str | None = Field(default=None, sa_column=Column(Text))


class Objection(SQLModel, table=True):
    """A person's objection to being published, on every legal basis."""

    __tablename__ = "objection"
    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    person_id: uuid.UUID = Field(foreign_key="person.id", index=True)
    channels: str | None = None  # sorted, "|"-joined slugs; None: every channel
    from_date: date
    reason: str | None = None
    recorded_by: str
    recorded_at: datetime = Field(default_factory=utcnow)
    withdrawn_on: date | None = None
    withdrawn_by: str | None = None


class AuditEntry(SQLModel, table=True):
    """Append-only: written in the same transaction as the change it records."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_entity", "entity", "entity_id"),)
    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    at: datetime = Field(default_factory=utcnow, index=True)
    actor: str
    action: str = Field(index=True)
    entity: str
    entity_id: str | None = None
    old: str | None = Field(default=None, sa_column=Column(Text))  # JSON
    new: str | None = Field(default=None, sa_column=Column(Text))  # JSON


class DataRequest(SQLModel, table=True):
    """A request or complaint about a person's data (access, erasure,
    objection, complaint, other), for the DPO: received, handled, closed.

    ``person_id`` becomes None when the erased person's record is purged: the
    log of requests outlives the person (accountability), without their data."""

    __tablename__ = "data_request"
    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    person_id: uuid.UUID | None = Field(default=None, foreign_key="person.id", index=True)
    kind: str  # access | erasure | objection | complaint | other
    received_on: date
    description: str | None = Field(default=None, sa_column=Column(Text))
    handling: str | None = Field(default=None, sa_column=Column(Text))
    handled_on: date | None = None
    handled_by: str | None = None
    recorded_by: str
    recorded_at: datetime = Field(default_factory=utcnow)


class RenewalRound(SQLModel, table=True):
    """A yearly renewal round (issue 14, item 2): consent asked again for a
    school year; ``target`` is the day the forms had to be back by."""

    __tablename__ = "renewal_round"
    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    school_year: str = Field(unique=True)  # "2027/28"
    target: date
    age_of_consent: int
    text_version: str | None = None  # the wording printed on the round's forms
    started_by: str
    started_at: datetime = Field(default_factory=utcnow)


class RenewalRequest(SQLModel, table=True):
    """One pupil asked in a renewal round, and whether their form came back.

    ``group_name`` is the class when asked (the return rate is per class);
    ``reasons`` the ``core.renewal.AskReason`` codes, ``|``-joined in order.
    ``returned_form_id`` is the form that came back, when it was recorded in
    MediaDesk (no foreign key: a purge may delete the form, not this log)."""

    __tablename__ = "renewal_request"
    __table_args__ = (UniqueConstraint("round_id", "person_id", name="uq_renewal_request_round_person"),)
    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    round_id: uuid.UUID = Field(foreign_key="renewal_round.id", index=True)
    person_id: uuid.UUID = Field(foreign_key="person.id", index=True)
    group_name: str | None = None
    reasons: str
    signer: str  # self | guardian
    asked_at: datetime = Field(default_factory=utcnow)
    returned_on: date | None = None
    returned_by: str | None = None
    returned_form_id: uuid.UUID | None = None
