package io.steward.ports.estate;

/** A request for access is pending until decided. */
public enum AccessGrantStatus { PENDING, APPROVED, REJECTED }
