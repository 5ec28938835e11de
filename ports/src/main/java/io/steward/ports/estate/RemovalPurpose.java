package io.steward.ports.estate;

/** Why goods leave (EST-09): moving out needs every arrear settled first. */
public enum RemovalPurpose { MOVING_OUT, TEMPORARY }
