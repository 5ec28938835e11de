-- PRK-01: the rent a monthly rental charged to the renter's unit (the estate's monthly rent for each month begun).
ALTER TABLE parking_rental ADD COLUMN rent_fen BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE parking_rental ADD CONSTRAINT parking_rental_rent CHECK (rent_fen >= 0 AND rent_fen <= 1000000000000000);
