package io.steward.ports.estate;

/** A handover defect is tracked to closure (EST-04 交接遗留问题整改记录表): open → rectified → closed. */
public enum DefectStatus { OPEN, RECTIFIED, CLOSED }
