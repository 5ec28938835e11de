/**
 * What every context's services share.
 * <ul>
 *   <li>{@link io.steward.domain.shared.UseCases}: the frame of a use case — one transaction, its audit records, its
 *       events, then the reactions of other contexts, run as the system inside the same transaction.</li>
 *   <li>{@link io.steward.domain.shared.Access}: who may do what where. Staff roles per estate or company-wide; a
 *       resident's role (OWNER, TENANT) confined to one unit, reaching only that unit's records
 *       ({@code requireReader}); no role there → "not found", roles but not the one needed → forbidden.</li>
 *   <li>{@link io.steward.domain.shared.Approvals}: approvals as acts of the approver — requested by a purpose's
 *       roles, decided by an approver who is not the asker, used once by the act they allow, for their subject,
 *       before they expire; acting first is recorded and ratified. Every context declares its purposes
 *       ({@link io.steward.ports.shared.ApprovalPurpose}) and asks {@code Approvals.use} at the act.</li>
 *   <li>{@link io.steward.domain.shared.Privacy}: personal data masked unless the caller holds the read grant for the
 *       unit; unmasked reads audited, refused ones too.</li>
 * </ul>
 */
package io.steward.domain.shared;
