package io.steward.ports.estate.in;

import io.steward.ports.estate.EstatePolicy;
import io.steward.ports.estate.EstateView;
import io.steward.ports.estate.FeeItem;
import io.steward.ports.shared.InvalidInput;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;

/** Registers an estate with its published fee schedule and policy. Needs a company-wide COMPANY_GM grant. */
public interface RegisterEstate {

    EstateView register(Registration registration);

    /** @param zone the estate's time zone (business days and months are counted in it), e.g. Asia/Shanghai */
    record Registration(String code, String name, String zone, List<FeeItem> fees, EstatePolicy policy) {
        public Registration {
            if (code == null || !code.matches("[A-Za-z0-9][A-Za-z0-9_-]{0,31}")) {
                throw new InvalidInput("estate code must be 1-32 letters, digits, '_' or '-'");
            }
            if (name == null || name.isBlank()) {
                throw new InvalidInput("estate name is required");
            }
            zone = zone == null || zone.isBlank() ? "Asia/Shanghai" : zone;
            try {
                ZoneId.of(zone);
            } catch (DateTimeException e) {
                throw new InvalidInput("unknown time zone: " + zone);
            }
            fees = fees == null ? List.of() : List.copyOf(fees);
            if (fees.stream().map(FeeItem::code).distinct().count() != fees.size()) {
                throw new InvalidInput("fee item codes must be unique");
            }
            policy = policy == null ? EstatePolicy.DEFAULT : policy;
        }
    }
}
