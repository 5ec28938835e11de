-- PRK-01 / DEP-05: monthly parking rentals, the record that goes to the garage cashier, and the IC card issued against
-- its deposit. A card number is out with one rental of an estate at a time (card_out: the number while ISSUED).
CREATE TABLE parking_rental (
    id             VARCHAR(36)  NOT NULL PRIMARY KEY,
    estate_id      VARCHAR(36)  NOT NULL,
    unit_id        VARCHAR(36)  NOT NULL,
    renter_kind    VARCHAR(20)  DEFAULT 'ARCHIVE' NOT NULL,
    renter_id      VARCHAR(100) NOT NULL,
    party          VARCHAR(20)  NOT NULL,
    renter_name    VARCHAR(100) NOT NULL,
    renter_phone   VARCHAR(30)  NOT NULL,
    vehicle_model  VARCHAR(60)  NOT NULL,
    plate          VARCHAR(10)  NOT NULL,
    licence_number VARCHAR(40)  NOT NULL,
    rent_from      DATE         NOT NULL,
    rent_to        DATE         NOT NULL,
    card           VARCHAR(20)  NOT NULL,
    card_number    VARCHAR(40),
    card_out       VARCHAR(40),
    deposit_id     VARCHAR(36),
    recorded_by    VARCHAR(100) NOT NULL,
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT       NOT NULL,
    CONSTRAINT parking_rental_estate FOREIGN KEY (estate_id) REFERENCES estate (id),
    CONSTRAINT parking_rental_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT parking_rental_renter_kind CHECK (renter_kind = 'ARCHIVE'),
    CONSTRAINT parking_rental_renter FOREIGN KEY (renter_kind, renter_id) REFERENCES aggregate_document (kind, id),
    CONSTRAINT parking_rental_deposit FOREIGN KEY (deposit_id) REFERENCES deposit (id),
    CONSTRAINT parking_rental_party CHECK (party IN ('OWNER', 'TENANT')),
    CONSTRAINT parking_rental_card CHECK (card IN ('NONE', 'ISSUED', 'RETURNED')),
    CONSTRAINT parking_rental_period CHECK (rent_to >= rent_from),
    CONSTRAINT parking_rental_card_issued CHECK ((card = 'NONE' AND card_number IS NULL AND deposit_id IS NULL)
        OR (card <> 'NONE' AND card_number IS NOT NULL AND deposit_id IS NOT NULL)),
    CONSTRAINT parking_rental_card_out CHECK ((card = 'ISSUED' AND card_out = card_number)
        OR (card <> 'ISSUED' AND card_out IS NULL)),
    CONSTRAINT parking_rental_card_once UNIQUE (estate_id, card_out)
);
CREATE INDEX parking_rental_running_idx ON parking_rental (estate_id, rent_to, rent_from);
