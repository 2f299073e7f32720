-- The notification ledger: one row per outgoing message (event id + kind), written by the
-- consumer before the broker message is acknowledged, so a repeated delivery of the event finds
-- the row and sends nothing. The row id is the idempotency key sent to the provider.
CREATE TABLE notification (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    event_id         CHAR(36)      NOT NULL,
    kind             VARCHAR(40)   NOT NULL,
    channel          VARCHAR(20)   NOT NULL,
    recipient_cipher VARCHAR(255)  NOT NULL,
    recipient_masked VARCHAR(40)   NOT NULL,
    template_code    VARCHAR(60)   NOT NULL,
    variables        VARCHAR(2000) NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    provider_id      VARCHAR(100),
    attempts         INT           NOT NULL,
    last_error       VARCHAR(500),
    claimed_by       VARCHAR(80),
    lease_until      DATETIME(6),
    next_attempt_at  DATETIME(6)   NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    CONSTRAINT uk_notification_event_kind UNIQUE (event_id, kind)
);
CREATE INDEX ix_notification_due ON notification (status, next_attempt_at);
CREATE INDEX ix_notification_created ON notification (created_at);
