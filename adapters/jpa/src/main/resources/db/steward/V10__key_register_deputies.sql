-- KEY-02: the deputies the project manager designates to keep an estate's key register, with who designated them and
-- when. Only the key manager and these people move keys.
CREATE TABLE key_register_deputy (
    estate_id     VARCHAR(36)  NOT NULL,
    person        VARCHAR(100) NOT NULL,
    designated_by VARCHAR(100) NOT NULL,
    designated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT key_register_deputy_pk PRIMARY KEY (estate_id, person),
    CONSTRAINT key_register_deputy_register FOREIGN KEY (estate_id) REFERENCES key_register (estate_id)
);
