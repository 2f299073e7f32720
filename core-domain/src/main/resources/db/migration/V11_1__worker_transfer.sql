-- Transfers of a worker between units (issue 15 item 7): the receiving unit asks, the exam office approves,
-- the worker moves. Each row is also the worker's unit history (from → to, when, decided by the review chain).
CREATE TABLE worker_transfer (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    worker_id    BIGINT       NOT NULL,
    from_unit_id BIGINT       NOT NULL,
    to_unit_id   BIGINT       NOT NULL,
    status       VARCHAR(20)  NOT NULL,
    reason       VARCHAR(200),
    requested_by BIGINT       NOT NULL,
    requested_at DATETIME(6)  NOT NULL,
    decided_at   DATETIME(6),
    version      INT          NOT NULL DEFAULT 0
);
CREATE INDEX ix_worker_transfer_worker ON worker_transfer (worker_id, status);
CREATE INDEX ix_worker_transfer_to ON worker_transfer (to_unit_id, requested_at);
CREATE INDEX ix_worker_transfer_from ON worker_transfer (from_unit_id, requested_at);
