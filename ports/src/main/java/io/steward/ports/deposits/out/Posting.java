package io.steward.ports.deposits.out;

import io.steward.ports.deposits.AccountRef;
import io.steward.ports.deposits.DepositId;
import io.steward.ports.deposits.PostingCode;
import io.steward.ports.deposits.PostingId;
import io.steward.ports.deposits.PostingKind;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Fen;
import io.steward.ports.shared.Texts;
import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the deposit ledger (DEP-06): it debits one account and credits another by the same positive amount,
 * so it balances by construction; once appended it never changes. A mistake is corrected by a {@link
 * PostingCode#REVERSAL} naming it; a held amount ({@link PostingKind#PENDING}) is ended by one posting naming it.
 *
 * @param id       the transfer id: the ledger processes each once
 * @param deposit  the deposit the posting concerns
 * @param pending  for {@link PostingKind#POST_PENDING} and {@link PostingKind#VOID_PENDING}: the hold it ends
 * @param reverses for a {@link PostingCode#REVERSAL}: the posted entry it reverses
 * @param reference what the posting rests on, as a reference: {@code approval:<id>} (a penalty), {@code charge:<line>}
 *                  (unpaid fees or utilities), {@code receipt:<number>} (a collection)
 * @param evidence  the same in words (the violation notice, the bill), or null
 * @param actor    who recorded it
 */
public record Posting(PostingId id, EstateId estate, DepositId deposit, PostingCode code, PostingKind kind, AccountRef debit,
                      AccountRef credit, Fen amount, PostingId pending, PostingId reverses, String reference, String evidence,
                      String actor,
                      Instant at) {
    public Posting {
        Objects.requireNonNull(id, "posting id");
        Objects.requireNonNull(estate, "estate");
        Objects.requireNonNull(deposit, "deposit");
        Objects.requireNonNull(code, "posting code");
        Objects.requireNonNull(kind, "posting kind");
        Objects.requireNonNull(debit, "debited account");
        Objects.requireNonNull(credit, "credited account");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(at, "time");
        actor = Texts.required(actor, "actor");
        reference = Texts.optional(reference);
        evidence = Texts.optional(evidence);
        if (amount.isZero()) {
            throw new IllegalArgumentException("a posting moves a positive amount");
        }
        if (debit.equals(credit)) {
            throw new IllegalArgumentException("a posting moves money between two accounts");
        }
        if (!debit.estate().equals(estate) || !credit.estate().equals(estate)) {
            throw new IllegalArgumentException("a posting moves money within its estate");
        }
        boolean ends = kind == PostingKind.POST_PENDING || kind == PostingKind.VOID_PENDING;
        if (ends != (pending != null)) {
            throw new IllegalArgumentException("a posting that ends a hold, and only one, names the hold");
        }
        if ((code == PostingCode.REVERSAL) != (reverses != null)) {
            throw new IllegalArgumentException("a reversal, and only one, names the entry it reverses");
        }
    }

    private static final String CHARGE = "charge:";

    /** The reference of a deduction for unpaid fees or utilities: the charge it pays. */
    public static String chargeReference(java.util.UUID line) {
        return CHARGE + line;
    }

    /** The reference of a penalty deducted: the project manager's approval of it. */
    public static String approvalReference(Object approval) {
        return "approval:" + approval;
    }

    /** The charge of the unit's fee account this posting pays or holds for, if it names one. */
    public java.util.UUID charge() {
        return reference != null && reference.startsWith(CHARGE)
                ? java.util.UUID.fromString(reference.substring(CHARGE.length())) : null;
    }

    /** Whether the posting debits or credits {@code account}. */
    public boolean touches(AccountRef account) {
        return debit.equals(account) || credit.equals(account);
    }
}
