-- The incident log (EMG-03, EMG-10): what happened, where, when, who reported it and when. Key movements that need an
-- incident (KEY-09 loss, KEY-10 spare-key use, KEY-11 forced entry) name one of these rows.
CREATE TABLE incident (
    id          VARCHAR(36)   NOT NULL PRIMARY KEY,
    estate_id   VARCHAR(36)   NOT NULL,
    kind        VARCHAR(20)   NOT NULL,
    unit_id     VARCHAR(36),
    location    VARCHAR(200)  NOT NULL,
    description VARCHAR(4000) NOT NULL,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    reported_by VARCHAR(100)  NOT NULL,
    reported_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT        NOT NULL,
    CONSTRAINT incident_kind CHECK (kind IN ('FIRE', 'PUBLIC_SECURITY', 'VEHICLE', 'POWER_OUTAGE', 'LIFT_ENTRAPMENT',
        'EQUIPMENT_FAILURE', 'WATER_LEAK', 'NATURAL_DISASTER', 'PUBLIC_HEALTH', 'KEY_LOST', 'OTHER')),
    CONSTRAINT incident_reported_after_it_happened CHECK (occurred_at <= reported_at)
);
CREATE INDEX incident_estate ON incident (estate_id, reported_at);
