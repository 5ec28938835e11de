package io.steward.ports.shared;

/**
 * Where an approval stands: asked for ({@link #PENDING}), then {@link #APPROVED} or {@link #DECLINED} by a person who
 * holds the approving role; an approval for one act is {@link #CONSUMED} by the act it allowed. An approval whose act was
 * done first (an override the seeds allow in an emergency) is consumed from the start and stays PENDING until it is
 * ratified (APPROVED) or declined.
 */
public enum ApprovalStatus { PENDING, APPROVED, DECLINED, CONSUMED }
