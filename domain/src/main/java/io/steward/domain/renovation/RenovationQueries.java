package io.steward.domain.renovation;

import io.steward.ports.renovation.Department;
import io.steward.ports.renovation.RenovationId;
import io.steward.ports.renovation.RenovationRecords.Signature;
import io.steward.ports.renovation.RenovationStatus;
import io.steward.ports.renovation.RenovationView;
import io.steward.ports.renovation.in.BrowseRenovations;
import io.steward.ports.renovation.out.RenovationState;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.InvalidInput;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Reading renovations (the views of REN-02 and REN-08). */
public final class RenovationQueries implements BrowseRenovations {
    private static final Set<RenovationStatus> ACTIVE = EnumSet.copyOf(Arrays.stream(RenovationStatus.values())
            .filter(RenovationStatus::active).toList());

    private final RenovationSupport support;

    RenovationQueries(RenovationSupport support) {
        this.support = support;
    }

    @Override
    public RenovationView renovation(RenovationId id) {
        return support.useCases.run(() -> {
            RenovationState r = support.find(id);
            support.useCases.access().requireReader(r.estate(), r.unit().value(), "renovation", id);
            return support.view(r);
        });
    }

    @Override
    public List<RenovationView> ofEstate(EstateId estate, RenovationStatus status) {
        return support.useCases.run(() -> {
            support.useCases.access().requireAny(estate, "estate", estate);
            return support.store.renovations().ofEstate(estate, status == null ? ACTIVE : EnumSet.of(status)).stream()
                    .map(support::view).toList();
        });
    }

    @Override
    public List<ApprovalDue> awaitingApproval(EstateId estate) {
        return support.useCases.run(() -> {
            support.useCases.access().requireAny(estate, "estate", estate);
            var now = support.useCases.now();
            return support.store.renovations().ofEstate(estate, EnumSet.of(RenovationStatus.APPLIED)).stream()
                    .sorted(java.util.Comparator.comparing(r -> r.review().due()))
                    .map(r -> {
                        Set<Department> signed = EnumSet.noneOf(Department.class);
                        r.review().signatures().stream().map(Signature::department).forEach(signed::add);
                        return new ApprovalDue(r.id(), r.unit(), r.application().at(), r.review().due(),
                                now.isAfter(r.review().due()), Duration.between(now, r.review().due()).toHours(), signed);
                    }).toList();
        });
    }

    @Override
    public List<MissingRounds> missingRounds(EstateId estate, LocalDate day) {
        if (day == null) {
            throw new InvalidInput("name the day (yyyy-MM-dd)");
        }
        return support.useCases.run(() -> {
            support.useCases.access().requireAny(estate, "estate", estate);
            if (day.isAfter(support.today(estate))) {
                throw new InvalidInput("rounds are missing from days that came: " + day + " is still to come");
            }
            var zone = support.store.estate().zone(estate);
            return support.store.renovations().ofEstate(estate, EnumSet.of(RenovationStatus.IN_WORKS,
                            RenovationStatus.COMPLETED, RenovationStatus.SETTLED)).stream()
                    .filter(r -> inWorksOn(r, day, zone))
                    .map(r -> {
                        Set<Department> missing = EnumSet.allOf(Department.class);
                        r.rounds().stream().filter(o -> o.day().equals(day)).forEach(o -> missing.remove(o.department()));
                        return new MissingRounds(r.id(), r.unit(), day, missing);
                    }).filter(m -> !m.missing().isEmpty()).toList();
        });
    }

    /** Whether the works ran on {@code day}: from the entry inspection's day to the day before the acceptance. */
    private static boolean inWorksOn(RenovationState r, LocalDate day, java.time.ZoneId zone) {
        if (r.entry() == null) {
            return false;
        }
        LocalDate from = LocalDate.ofInstant(r.entry().at(), zone);
        LocalDate accepted = r.completion().acceptedOn();
        return !day.isBefore(from) && (accepted == null || day.isBefore(accepted));
    }
}
