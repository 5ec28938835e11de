package io.steward.ports.estate;

/** Who carries goods out of the estate (EST-09). Anyone but the owner needs the owner's confirmation by phone. */
public enum Carrier { OWNER, TENANT, FAMILY, NANNY, STAFF, OTHER }
