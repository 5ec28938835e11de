package io.steward.ports.estate;

/**
 * An archive is current until the person moves out or sells (EST-06, EST-07), or until the handover it was filled for
 * ends without the owner taking the unit over (EST-04): marked with the date, never deleted.
 */
public enum ArchiveStatus { ACTIVE, MOVED_OUT, TRANSFERRED, NOT_TAKEN_OVER }
