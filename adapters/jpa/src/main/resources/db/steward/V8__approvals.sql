-- The shared approvals mechanism: an approval is asked for (purpose, subject, reason, who and when), given or
-- declined by a person in an approving role (who, as which role, when, until when), and used once by the act it
-- allows (consumed_by names the act). Real columns, so that an auditor can ask in SQL who approved what.
CREATE TABLE approval (
    id            VARCHAR(36)   NOT NULL PRIMARY KEY,
    estate_id     VARCHAR(36)   NOT NULL,
    purpose       VARCHAR(64)   NOT NULL,
    subject       VARCHAR(100)  NOT NULL,
    detail        VARCHAR(500),
    reason        VARCHAR(1000) NOT NULL,
    requested_by  VARCHAR(100)  NOT NULL,
    requested_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    status        VARCHAR(10)   NOT NULL,
    decided_by    VARCHAR(100),
    decided_as    VARCHAR(30),
    decided_at    TIMESTAMP WITH TIME ZONE,
    decision_note VARCHAR(1000),
    expires_at    TIMESTAMP WITH TIME ZONE,
    consumed_by   VARCHAR(200),
    consumed_at   TIMESTAMP WITH TIME ZONE,
    acted_first   BOOLEAN       NOT NULL,
    version       BIGINT        NOT NULL,
    CONSTRAINT approval_status CHECK (status IN ('PENDING', 'APPROVED', 'DECLINED', 'CONSUMED')),
    CONSTRAINT approval_decided CHECK ((status = 'PENDING') = (decided_by IS NULL)),
    CONSTRAINT approval_not_by_requester CHECK (decided_by IS NULL OR decided_by <> requested_by)
);
CREATE INDEX approval_estate ON approval (estate_id, requested_at);
CREATE INDEX approval_subject ON approval (estate_id, subject, requested_at);
