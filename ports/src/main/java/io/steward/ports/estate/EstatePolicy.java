package io.steward.ports.estate;

import io.steward.ports.shared.InvalidInput;
import io.steward.ports.shared.calendar.Holiday;
import io.steward.ports.shared.calendar.ServiceHours;
import java.util.List;

/**
 * Per-estate numbers the seeds give as defaults (see README "Configuration").
 *
 * @param prepaidMonths              EST-04 / EST-07: fees collected in advance at handover and transfer (预收半年: 6)
 * @param archiveAccessHours         EST-08: how long an archivist's approval to read unmasked data lasts (default 24)
 * @param frequentRemovalWindowDays  EST-09: window in which removals from one unit are counted (default 30)
 * @param frequentRemovalThreshold   EST-09: passes within the window from which a removal is flagged (default 3)
 * @param serviceHours               SVC-09: when the estate's service desk serves (default Monday to Sunday 08:00–18:00)
 * @param localHolidays              SVC-09: the estate's own rest days, on top of the national calendar (default none)
 * @param deposits                   DEP-01 / DEP-05: whether deposits and penalties are collected, and the amounts
 * @param parking                    the temporary-parking tariff (default the seed's: CNY 2 / 2 h, +1 an hour, 6 a day)
 * @param renovation                 REN-04 … REN-06: renovation fees, the service phone, the hours and prohibitions
 */
public record EstatePolicy(int prepaidMonths, int archiveAccessHours, int frequentRemovalWindowDays,
                           int frequentRemovalThreshold, ServiceHours serviceHours, List<Holiday> localHolidays,
                           DepositPolicy deposits, ParkingTariff parking, RenovationRules renovation) {
    public static final EstatePolicy DEFAULT = new EstatePolicy(6, 24, 30, 3, ServiceHours.DEFAULT, List.of(),
            DepositPolicy.DEFAULT, ParkingTariff.DEFAULT, RenovationRules.DEFAULT);

    /** The same policy with other deposit rules. */
    public EstatePolicy withDeposits(DepositPolicy rules) {
        return new EstatePolicy(prepaidMonths, archiveAccessHours, frequentRemovalWindowDays, frequentRemovalThreshold,
                serviceHours, localHolidays, rules, parking, renovation);
    }

    /** The same policy with another parking tariff. */
    public EstatePolicy withParking(ParkingTariff tariff) {
        return new EstatePolicy(prepaidMonths, archiveAccessHours, frequentRemovalWindowDays, frequentRemovalThreshold,
                serviceHours, localHolidays, deposits, tariff, renovation);
    }

    /** The same policy with other renovation rules. */
    public EstatePolicy withRenovation(RenovationRules rules) {
        return new EstatePolicy(prepaidMonths, archiveAccessHours, frequentRemovalWindowDays, frequentRemovalThreshold,
                serviceHours, localHolidays, deposits, parking, rules);
    }

    public EstatePolicy {
        deposits = deposits == null ? DepositPolicy.DEFAULT : deposits;
        parking = parking == null ? ParkingTariff.DEFAULT : parking;
        renovation = renovation == null ? RenovationRules.DEFAULT : renovation;
        serviceHours = serviceHours == null ? ServiceHours.DEFAULT : serviceHours;
        localHolidays = localHolidays == null ? List.of() : List.copyOf(localHolidays);
        if (localHolidays.size() > 100) {
            throw new InvalidInput("an estate has at most 100 local holidays");
        }
        if (prepaidMonths < 1 || prepaidMonths > 24) {
            throw new InvalidInput("prepaid months must be 1 to 24");
        }
        if (archiveAccessHours < 1 || archiveAccessHours > 24 * 30) {
            throw new InvalidInput("archive access hours must be 1 to 720");
        }
        if (frequentRemovalWindowDays < 1 || frequentRemovalThreshold < 1) {
            throw new InvalidInput("frequent-removal window and threshold must be positive");
        }
    }
}
