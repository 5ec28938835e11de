package io.steward.domain.estate;

import io.steward.ports.estate.EstateRefusals;
import io.steward.ports.estate.ArchiveId;
import io.steward.ports.estate.DefectStatus;
import io.steward.ports.estate.PeriodFee;
import io.steward.ports.estate.HandoverDefect;
import io.steward.ports.estate.HandoverId;
import io.steward.ports.estate.HandoverStage;
import io.steward.ports.estate.HandoverStep;
import io.steward.ports.estate.Occupancy;
import io.steward.ports.estate.in.HandOverUnit;
import io.steward.ports.estate.out.HandoverState;
import io.steward.ports.estate.out.RosterEntry;
import io.steward.ports.estate.out.UnitState;
import io.steward.ports.shared.Actor;
import io.steward.ports.shared.Fen;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import static io.steward.ports.estate.HandoverStage.ARCHIVE_FILLED;
import static io.steward.ports.estate.HandoverStage.COMPLETED;
import static io.steward.ports.estate.HandoverStage.DOCUMENTS_COLLECTED;
import static io.steward.ports.estate.HandoverStage.FEES_COMPUTED;
import static io.steward.ports.estate.HandoverStage.FEES_PAID;
import static io.steward.ports.estate.HandoverStage.IDENTITY_VERIFIED;
import static io.steward.ports.estate.HandoverStage.INSPECTED;
import static io.steward.ports.estate.HandoverStage.NOT_TAKEN_OVER;
import static io.steward.ports.estate.HandoverStage.SAFETY_LETTER_SIGNED;
import static io.steward.ports.estate.HandoverStage.STARTED;

/**
 * EST-04 房屋交接 as a state machine in the order of the rule (004 §1): identity → documents → archive → safety
 * letter → fees computed → fees paid → joint inspection → keys and documents against signature. A step out of
 * order is refused; a handover that does not happen ends NOT_TAKEN_OVER with its reason. Defects found at the
 * inspection are tracked to closure, also after the handover completed.
 */
public final class Handover {
    private HandoverState s;

    public Handover(HandoverState state) {
        this.s = state;
    }

    public static Handover start(UnitState unit, Actor actor, Instant at) {
        if (unit.occupancy() != Occupancy.NOT_TAKEN_OVER) {
            throw EstateRefusals.UNIT_ALREADY_TAKEN_OVER.refuse(
                    "unit " + unit.code() + " has been taken over already (" + unit.occupancy() + ")",
                    Map.of("unit", unit.code(), "occupancy", unit.occupancy().name()));
        }
        return new Handover(new HandoverState(HandoverId.newId(), unit.estate(), unit.id(), STARTED, null, null,
                List.of(), null, null, null, Fen.ZERO, Fen.ZERO, List.of(), false, 0, List.of(), null, null,
                List.of(new HandoverStep(STARTED, actor.id(), at, "handover opened")), 0));
    }

    public HandoverState state() {
        return s;
    }

    public HandoverStage stage() {
        return s.stage();
    }

    public HandoverId id() {
        return s.id();
    }

    private void expect(HandoverStage required, String step) {
        if (s.stage() != required) {
            throw EstateRefusals.HANDOVER_STEP_OUT_OF_ORDER.refuse(
                    "'" + step + "' needs the handover at " + required + " but it is at " + s.stage(),
                    Map.of("stage", s.stage().name(), "requiredStage", required.name(), "step", step));
        }
    }

    /** {@code changes} (from {@link HandoverState#toBuilder()}) moved on to {@code stage}, its step on the trail. */
    private HandoverState reach(HandoverState.Builder changes, HandoverStage stage, Actor actor, Instant at, String note) {
        return changes.stage(stage).trail(trail(new HandoverStep(stage, actor.id(), at, note))).build();
    }

    /** {@code changes} (from {@link HandoverState#toBuilder()}) at the same stage, with a line on the trail. */
    private HandoverState note(HandoverState.Builder changes, Actor actor, Instant at, String note) {
        return changes.trail(trail(new HandoverStep(s.stage(), actor.id(), at, note))).build();
    }

    private List<HandoverStep> trail(HandoverStep step) {
        List<HandoverStep> trail = new ArrayList<>(s.trail());
        trail.add(step);
        return trail;
    }

    /** 1. EST-04: identity verified against the developer's roster, ID document and purchase contract. */
    public void verifyIdentity(HandOverUnit.VerifyIdentity step, Optional<RosterEntry> roster, Actor actor, Instant at) {
        expect(STARTED, "verify identity");
        RosterEntry entry = roster.orElseThrow(() -> EstateRefusals.OWNER_NOT_ON_ROSTER.refuse(
                "the unit has no line in the developer's owner roster"));
        boolean matches = same(entry.ownerName(), step.ownerName())
                && same(entry.idNumber(), step.idNumber())
                && same(entry.contractNumber(), step.contractNumber());
        if (!matches) {
            throw EstateRefusals.IDENTITY_NOT_VERIFIED.refuse(
                    "name, ID number and purchase contract do not match the developer's owner roster");
        }
        s = reach(s.toBuilder().ownerName(entry.ownerName()), IDENTITY_VERIFIED, actor, at, "identity matches the owner roster");
    }

    private static boolean same(String a, String b) {
        return a.trim().toUpperCase(Locale.ROOT).equals(b.trim().toUpperCase(Locale.ROOT));
    }

    /** 2. Copy of the ID and the owner's documents collected. */
    public void collectDocuments(HandOverUnit.CollectDocuments step, Actor actor, Instant at) {
        expect(IDENTITY_VERIFIED, "collect documents");
        s = reach(s.toBuilder().documentsCollected(step.documents()), DOCUMENTS_COLLECTED, actor, at,
                step.documents().size() + " documents collected");
    }

    /**
     * 3. The owner archive is filled: it must be the verified owner, and the emergency mobile number is mandatory.
     */
    public void fillArchive(HandOverUnit.FillArchive step, RosterEntry roster, ArchiveId archive, Actor actor, Instant at) {
        expect(DOCUMENTS_COLLECTED, "fill owner archive");
        if (step.owner().emergencyMobile() == null) {
            throw EstateRefusals.EMERGENCY_MOBILE_MISSING.refuse(
                    "the owner archive needs an emergency mobile number");
        }
        if (step.owner().birthday() == null) {
            throw EstateRefusals.BIRTHDAY_MISSING.refuse("the owner archive takes the owner's birthday (004 §1)");
        }
        if (!same(step.owner().name(), s.ownerName()) || !same(step.owner().idNumber(), roster.idNumber())) {
            throw EstateRefusals.ARCHIVE_NOT_OF_VERIFIED_OWNER.refuse(
                    "the archive must be filled by the owner whose identity was verified");
        }
        s = reach(s.toBuilder().archive(archive), ARCHIVE_FILLED, actor, at, "owner archive filled");
    }

    /** 4. The safety-responsibility letter is signed. */
    public void signSafetyLetter(HandOverUnit.SignSafetyLetter step, Actor actor, Instant at) {
        expect(ARCHIVE_FILLED, "sign safety letter");
        s = reach(s.toBuilder().safetyLetter(step.letterReference()), SAFETY_LETTER_SIGNED, actor, at,
                "safety-responsibility letter " + step.letterReference());
    }

    /**
     * 5. Fees computed from the handover date for the prepaid months; the period is recorded.
     *
     * @param handoverDate the day the handover is recorded, or an earlier one its approval allowed (checked by the desk)
     * @param today        the business date in the estate's zone; a handover date cannot lie in the future
     */
    public List<PeriodFee> computeFees(LocalDate handoverDate, Estate estate, UnitState unit, LocalDate today, Actor actor,
                                       Instant at) {
        expect(SAFETY_LETTER_SIGNED, "compute fees");
        if (handoverDate.isAfter(today)) {
            throw EstateRefusals.HANDOVER_DATE_IN_FUTURE.refuse(
                    "fees are computed from the handover date, which cannot be after today (" + today + ")");
        }
        List<PeriodFee> fees = estate.prepayment(unit.kind(), unit.area(), handoverDate);
        LocalDate prepaidThrough = handoverDate.plusMonths(estate.policy().prepaidMonths()).minusDays(1);
        Fen feesDue = Estate.total(fees);
        s = reach(s.toBuilder().handoverDate(handoverDate).prepaidThrough(prepaidThrough).feesDue(feesDue), FEES_COMPUTED,
                actor, at, "due " + feesDue + " for " + handoverDate + " to " + prepaidThrough);
        if (feesDue.isZero()) {
            s = reach(s.toBuilder(), FEES_PAID, actor, at, "nothing to pay under the fee schedule");
        }
        return fees;
    }

    /** 6. Payment collected; the step completes when the fees due are paid in full. Never more than due. */
    public void recordPayment(HandOverUnit.RecordPayment step, Actor actor, Instant at) {
        expect(FEES_COMPUTED, "record payment");
        Fen outstanding = s.feesDue().minus(s.feesPaid());
        if (step.amount().exceeds(outstanding)) {
            throw EstateRefusals.PAYMENT_EXCEEDS_FEES_DUE.refuse(
                    "payment " + step.amount() + " exceeds the " + outstanding + " still due",
                    Map.of("outstanding", outstanding.value(), "amount", step.amount().value()));
        }
        Fen feesPaid = s.feesPaid().plus(step.amount());
        HandoverState.Builder changes = s.toBuilder().feesPaid(feesPaid);
        s = feesPaid.equals(s.feesDue()) ? reach(changes, FEES_PAID, actor, at, "paid in full, receipt " + step.receipt())
                : note(changes, actor, at, "part payment " + step.amount() + ", receipt " + step.receipt());
    }

    /** 7. Joint inspection with the owner; with defects and the owner's consent, one key is kept for rectification. */
    public void recordInspection(HandOverUnit.RecordInspection step, Actor actor, Instant at) {
        expect(FEES_PAID, "joint inspection");
        List<HandoverDefect> defects = new ArrayList<>();
        int n = 1;
        for (HandOverUnit.DefectFound d : step.defects()) {
            defects.add(new HandoverDefect(n++, d.location(), d.description(), DefectStatus.OPEN, at, null, null, null, null));
        }
        boolean keyKept = !defects.isEmpty() && step.ownerConsentsToKeepRectificationKey();
        s = reach(s.toBuilder().defects(defects).rectificationKeyKept(keyKept), INSPECTED, actor, at, defects.size()
                + " defects" + (keyKept ? ", one key kept for rectification with the owner's consent" : ""));
    }

    /** 8. Keys, both handbooks and the documents handed over against the owner's own signature on the document receipt. */
    public void handOverKeys(HandOverUnit.HandOverKeys step, Actor actor, Instant at) {
        expect(INSPECTED, "hand over keys and documents");
        if (!step.ownerHandbook() || !step.renovationHandbook()) {
            throw EstateRefusals.HANDBOOKS_NOT_HANDED.refuse("the owner handbook and the renovation handbook are handed "
                    + "over with the keys", Map.of("ownerHandbook", step.ownerHandbook(), "renovationHandbook",
                    step.renovationHandbook()));
        }
        if (!same(step.signedBy(), s.ownerName())) {
            throw EstateRefusals.RECEIPT_NOT_SIGNED_BY_OWNER.refuse(
                    "keys and documents are handed over against the owner's signature");
        }
        List<String> documents = new ArrayList<>(List.of("owner handbook", "renovation handbook"));
        step.documents().stream().filter(d -> !documents.contains(d)).forEach(documents::add);
        s = reach(s.toBuilder().keysHanded(step.keys()).documentsHanded(documents).receiptSignedBy(step.signedBy()),
                COMPLETED, actor, at, step.keys() + " keys and " + documents.size() + " documents handed over");
    }

    /** The owner does not take the unit over: the reason is recorded (EST-04). */
    public void decline(HandOverUnit.Decline step, Actor actor, Instant at) {
        if (s.stage().isFinal()) {
            throw EstateRefusals.HANDOVER_ALREADY_ENDED.refuse("the handover has already ended at " + s.stage(),
                    Map.of("stage", s.stage().name()));
        }
        s = reach(s.toBuilder().declineReason(step.reason()), NOT_TAKEN_OVER, actor, at, step.reason());
    }

    /** A defect of the handover list is rectified. */
    public void rectifyDefect(HandOverUnit.RectifyDefect step, Actor actor, Instant at) {
        HandoverDefect d = defect(step.number());
        if (d.status() != DefectStatus.OPEN) {
            throw EstateRefusals.DEFECT_NOT_OPEN.refuse("defect " + d.number() + " is " + d.status());
        }
        replace(new HandoverDefect(d.number(), d.location(), d.description(), DefectStatus.RECTIFIED, d.reportedAt(),
                step.rectification(), at, null, null), actor, at, "defect " + d.number() + " rectified");
    }

    /** A rectified defect is verified and closed; an open one cannot be closed. */
    public void closeDefect(HandOverUnit.CloseDefect step, Actor actor, Instant at) {
        HandoverDefect d = defect(step.number());
        if (d.status() != DefectStatus.RECTIFIED) {
            throw EstateRefusals.DEFECT_NOT_RECTIFIED.refuse(
                    "defect " + d.number() + " is " + d.status() + "; only a rectified defect is verified and closed");
        }
        replace(new HandoverDefect(d.number(), d.location(), d.description(), DefectStatus.CLOSED, d.reportedAt(),
                d.rectification(), d.rectifiedAt(), actor.id(), at), actor, at, "defect " + d.number() + " closed");
    }

    private HandoverDefect defect(int number) {
        return s.defects().stream().filter(d -> d.number() == number).findFirst()
                .orElseThrow(() -> EstateRefusals.NO_SUCH_DEFECT.refuse("the handover has no defect " + number));
    }

    private void replace(HandoverDefect changed, Actor actor, Instant at, String note) {
        s = note(s.toBuilder().defects(s.defects().stream().map(d -> d.number() == changed.number() ? changed : d).toList()),
                actor, at, note);
    }

    public long openDefects() {
        return s.defects().stream().filter(HandoverDefect::isOpen).count();
    }
}
