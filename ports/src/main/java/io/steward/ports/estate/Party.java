package io.steward.ports.estate;

/** Whose archive it is. */
public enum Party { OWNER, TENANT }
