package io.steward.ports.estate;

/** An archive is current until the person moves out or sells (EST-06, EST-07: marked, never deleted). */
public enum ArchiveStatus { ACTIVE, MOVED_OUT, TRANSFERRED }
