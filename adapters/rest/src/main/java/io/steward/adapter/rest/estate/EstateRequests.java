package io.steward.adapter.rest.estate;

import jakarta.validation.constraints.Past;
import io.steward.ports.estate.Reading;
import io.steward.ports.estate.FeeCategory;
import io.steward.ports.estate.Area;
import io.steward.ports.estate.BuildingSpec;
import io.steward.ports.estate.DepositPolicy;
import io.steward.ports.estate.EstatePolicy;
import io.steward.ports.estate.ParkingTariff;
import io.steward.ports.estate.Facility;
import io.steward.ports.estate.FacilityKind;
import io.steward.ports.estate.FeeBasis;
import io.steward.ports.estate.FeeItem;
import io.steward.ports.estate.PersonalData;
import io.steward.ports.estate.UnitAddress;
import io.steward.ports.estate.UnitKind;
import io.steward.ports.estate.UnitId;
import io.steward.ports.estate.UnitSpec;
import io.steward.ports.estate.in.AccessOwnerData;
import io.steward.ports.estate.in.HandOverUnit;
import io.steward.ports.estate.in.ImportLayout;
import io.steward.ports.estate.in.ImportOwnerRoster;
import io.steward.ports.estate.in.PostFees;
import io.steward.ports.estate.in.RegisterEstate;
import io.steward.ports.shared.ApprovalId;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Fen;
import io.steward.ports.shared.Role;
import io.steward.ports.shared.RoleGrant;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.time.YearMonth;
import io.steward.ports.estate.Carrier;
import io.steward.ports.estate.Disposition;
import io.steward.ports.estate.GoodsItem;
import io.steward.ports.estate.GoodsPassId;
import io.steward.ports.estate.Obligation;
import io.steward.ports.estate.Occupancy;
import io.steward.ports.estate.OwnerCall;
import io.steward.ports.estate.RemovalPurpose;
import io.steward.ports.estate.in.MoveOut;
import io.steward.ports.estate.in.OccupancyCensus;
import io.steward.ports.estate.in.ReleaseGoods;
import io.steward.ports.estate.in.TransferOwnership;

/** The request bodies of the estate resources. Amounts are integer fen; areas are decimal square metres. */
public final class EstateRequests {
    private EstateRequests() {
    }

    public record NewEstate(
            @NotNull @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]{0,31}", message = "1-32 letters, digits, '_' or '-'") String code,
            @NotBlank @Size(max = 200) String name,
            @Size(max = 64) String zone,
            @Size(max = 100) List<@Valid @NotNull Fee> fees,
            @Valid Policy policy) {
        RegisterEstate.Registration command() {
            return new RegisterEstate.Registration(code, name, zone,
                    fees == null ? List.of() : fees.stream().map(Fee::item).toList(),
                    policy == null ? null : policy.policy());
        }
    }

    /** A fee of the schedule: MANAGEMENT (物业管理费), SERVICE, or a METERED utility with its meter's unit. */
    public record Fee(@NotBlank @Size(max = 32) String code, @Size(max = 100) String name, @NotNull FeeBasis basis,
                      @NotNull @PositiveOrZero @Max(FeeItem.MAX_RATE) Long rate, Set<UnitKind> unitKinds,
                      FeeCategory category, @Size(max = 16) String meterUnit) {
        FeeItem item() {
            return new FeeItem(code, name, basis, Fen.of(rate), unitKinds, category, meterUnit);
        }
    }

    /** The estate's policy; every number is given, the service hours and local holidays are optional. */
    public record Policy(@Min(1) @Max(24) int prepaidMonths, @Min(1) @Max(720) int archiveAccessHours,
                         @Min(1) @Max(365) int frequentRemovalWindowDays, @Min(1) @Max(100) int frequentRemovalThreshold,
                         @Valid Hours serviceHours, @Size(max = 100) List<@Valid @NotNull LocalHoliday> localHolidays,
                         @Valid Deposits deposits, @Valid Parking parking, @Valid Renovation renovation) {
        EstatePolicy policy() {
            return new EstatePolicy(prepaidMonths, archiveAccessHours, frequentRemovalWindowDays, frequentRemovalThreshold,
                    serviceHours == null ? null : serviceHours.hours(),
                    localHolidays == null ? null : localHolidays.stream().map(LocalHoliday::holiday).toList(),
                    deposits == null ? null : deposits.rules(), parking == null ? null : parking.tariff(),
                    renovation == null ? null : renovation.rules());
        }
    }

    /** REN-04 … REN-06: renovation fees in fen (debris removal per m², each worker pass), the service phone, hours, rules. */
    public record Renovation(@PositiveOrZero @Max(10_000_000) Long debrisPerSquareMetre,
                             @PositiveOrZero @Max(10_000_000) Long passFee, @Size(max = 30) String servicePhone,
                             @NotBlank @Size(max = 100) String workingHours, @NotBlank @Size(max = 100) String movingHours,
                             @Size(max = 30) List<@NotBlank @Size(max = 200) String> prohibitions) {
        io.steward.ports.estate.RenovationRules rules() {
            return new io.steward.ports.estate.RenovationRules(debrisPerSquareMetre == null ? null : Fen.of(debrisPerSquareMetre),
                    passFee == null ? null : Fen.of(passFee), servicePhone, workingHours, movingHours, prohibitions);
        }
    }

    /** DEP-01 / DEP-02 / DEP-05: whether deposits and penalties are collected, and the published amounts in fen. */
    public record Deposits(boolean collected, boolean penalties, @NotNull @PositiveOrZero @Max(Fen.MAX) Long renovationDeposit,
                           @NotNull @PositiveOrZero @Max(Fen.MAX) Long parkingCardDeposit) {
        DepositPolicy rules() {
            return new DepositPolicy(collected, penalties, Fen.of(renovationDeposit), Fen.of(parkingCardDeposit));
        }
    }

    /** The temporary-parking tariff in fen: the first block and its hours, each further hour begun, the daily cap. */
    public record Parking(@NotNull @PositiveOrZero @Max(1_000_000) Long firstBlock, @Min(1) @Max(24) int firstBlockHours,
                          @NotNull @PositiveOrZero @Max(1_000_000) Long perFurtherHour,
                          @NotNull @PositiveOrZero @Max(1_000_000) Long dailyCap,
                          @PositiveOrZero @Max(1_000_000) Long monthlyRent) {
        ParkingTariff tariff() {
            return new ParkingTariff(Fen.of(firstBlock), firstBlockHours, Fen.of(perFurtherHour), Fen.of(dailyCap),
                    monthlyRent == null ? null : Fen.of(monthlyRent));
        }
    }

    /** SVC-09: service hours as "HH:MM"; a duty line serves round the clock. */
    public record Hours(@Pattern(regexp = "\\d{2}:\\d{2}", message = "HH:MM") String opens,
                        @Pattern(regexp = "\\d{2}:\\d{2}", message = "HH:MM") String closes, boolean roundTheClock) {
        io.steward.ports.shared.calendar.ServiceHours hours() {
            if (roundTheClock) {
                return io.steward.ports.shared.calendar.ServiceHours.DUTY_LINE;
            }
            try {
                return new io.steward.ports.shared.calendar.ServiceHours(java.time.LocalTime.parse(opens),
                        java.time.LocalTime.parse(closes), false);
            } catch (java.time.format.DateTimeParseException | NullPointerException e) {
                throw new io.steward.ports.shared.InvalidInput("service hours open and close at HH:MM");
            }
        }
    }

    /** SVC-09: an estate's own rest day(s). */
    public record LocalHoliday(@NotBlank @Size(max = 100) String name, @NotNull LocalDate from, @NotNull LocalDate to) {
        io.steward.ports.shared.calendar.Holiday holiday() {
            return new io.steward.ports.shared.calendar.Holiday(name, from, to);
        }
    }

    public record Layout(@Size(max = 2_000) List<@Valid @NotNull Building> buildings,
                         @Size(max = ImportLayout.MAX_UNITS) List<@Valid @NotNull Unit> units,
                         @Size(max = 10_000) List<@Valid @NotNull CommonFacility> facilities) {
        ImportLayout.Layout command(EstateId estate) {
            return new ImportLayout.Layout(estate,
                    buildings == null ? List.of() : buildings.stream().map(Building::spec).toList(),
                    units == null ? List.of() : units.stream().map(Unit::spec).toList(),
                    facilities == null ? List.of() : facilities.stream().map(CommonFacility::facility).toList());
        }
    }

    public record Building(@NotBlank @Size(max = 16) String code, @Size(max = 16) String cluster,
                           @Size(max = 100) String name, @NotEmpty @Size(max = 50) List<@NotBlank String> entrances) {
        BuildingSpec spec() {
            return new BuildingSpec(code, cluster, name, entrances);
        }
    }

    public record Unit(@Size(max = 16) String cluster, @NotBlank @Size(max = 16) String building,
                       @NotBlank @Size(max = 16) String entrance, @Min(-10) @Max(200) int floor,
                       @NotBlank @Size(max = 16) String number, @NotNull UnitKind kind,
                       @NotNull @DecimalMin(value = "0.01") @Digits(integer = 7, fraction = 2) BigDecimal area) {
        UnitSpec spec() {
            return new UnitSpec(new UnitAddress(cluster, building, entrance, floor, number), kind,
                    Area.squareMetres(area.toPlainString()));
        }
    }

    public record CommonFacility(@NotBlank @Size(max = 32) String code, @Size(max = 100) String name,
                                 @NotNull FacilityKind kind, @Size(max = 16) String building) {
        Facility facility() {
            return new Facility(code, name, kind, building);
        }
    }

    public record Roster(@NotNull @Size(max = ImportLayout.MAX_UNITS) List<@Valid @NotNull RosterLine> lines) {
        ImportOwnerRoster.Roster command(EstateId estate) {
            return new ImportOwnerRoster.Roster(estate, lines.stream()
                    .map(l -> new ImportOwnerRoster.Line(l.unitCode(), l.ownerName(), l.idNumber(), l.contractNumber()))
                    .toList());
        }
    }

    public record RosterLine(@NotBlank String unitCode, @NotBlank @Size(max = 100) String ownerName,
                             @NotBlank @Size(max = 32) String idNumber, @NotBlank @Size(max = 64) String contractNumber) {
    }

    public record Person(@NotBlank @Size(max = 100) String name, @Size(max = 32) String mobile,
                         @Size(max = 32) String emergencyMobile, @NotBlank @Size(max = 32) String idNumber,
                         @Past LocalDate birthday) {
        PersonalData data() {
            return new PersonalData(name, mobile, emergencyMobile, idNumber, birthday);
        }
    }

    public record IdentityCheck(@NotBlank String ownerName, @NotBlank String idNumber, @NotBlank String contractNumber) {
        HandOverUnit.VerifyIdentity step() {
            return new HandOverUnit.VerifyIdentity(ownerName, idNumber, contractNumber);
        }
    }

    public record Documents(@NotEmpty @Size(max = 50) List<@NotBlank String> documents) {
    }

    public record OwnerArchive(@NotNull @Valid Person owner) {
    }

    public record SafetyLetter(@NotBlank @Size(max = 200) String letterReference) {
    }

    /** The handover date: today unless given; an earlier date names the project manager's approval of it. */
    public record FeeComputation(LocalDate handoverDate, ApprovalId backdating) {
        HandOverUnit.ComputeFees step() {
            return new HandOverUnit.ComputeFees(handoverDate, backdating);
        }
    }

    public record Payment(@NotNull @Positive @Max(Fen.MAX) Long amount, @NotBlank @Size(max = 64) String receipt) {
        PostFees.Payment command() {
            return new PostFees.Payment(Fen.of(amount), receipt);
        }
    }

    public record Inspection(@Size(max = 500) List<@Valid @NotNull Defect> defects, boolean ownerConsentsToKeepRectificationKey,
                             @Size(max = PostFees.MeterRound.MAX) List<@Valid @NotNull Meter> meters) {
        HandOverUnit.RecordInspection step() {
            return new HandOverUnit.RecordInspection(defects == null ? List.of()
                    : defects.stream().map(d -> new HandOverUnit.DefectFound(d.location(), d.description())).toList(),
                    ownerConsentsToKeepRectificationKey, meters == null ? List.of() : meters.stream().map(Meter::read).toList());
        }
    }

    public record Defect(@Size(max = 100) String location, @NotBlank @Size(max = 500) String description) {
    }

    public record KeyHandover(@Min(1) @Max(50) int keys, boolean ownerHandbook, boolean renovationHandbook,
                              @Size(max = 50) List<@NotBlank @Size(max = 200) String> documents,
                              @NotBlank @Size(max = 100) String signedBy) {
        HandOverUnit.HandOverKeys step() {
            return new HandOverUnit.HandOverKeys(keys, ownerHandbook, renovationHandbook, documents, signedBy);
        }
    }

    public record Reason(@NotBlank @Size(max = 500) String reason) {
    }

    public record Rectification(@NotBlank @Size(max = 500) String rectification) {
    }

    public record OwnerMoveIn(Instant movedInAt) {
    }

    public record TenantMoveIn(@NotNull @Valid Person tenant, @NotBlank String ownerCommitment, @NotBlank String lease,
                               @NotBlank String safetyLetter, Instant movedInAt) {
    }

    public record Charge(@NotBlank @Size(max = 64) String item, @NotNull @Positive @Max(Fen.MAX) Long amount, LocalDate periodFrom,
                         LocalDate periodTo, @Size(max = 64) String reference) {
        PostFees.Charge command() {
            return new PostFees.Charge(item, Fen.of(amount), periodFrom, periodTo, reference);
        }
    }

    public record Disclosure(@NotNull ApprovalId approval, @NotBlank @Size(max = 500) String recipient) {
        AccessOwnerData.Disclosure command() {
            return new AccessOwnerData.Disclosure(approval, recipient);
        }
    }

    /** A staff role in an estate (no estate: company-wide), or a resident's role (OWNER, TENANT) for one unit of it. */
    public record Grant(@NotNull Role role, EstateId estate, UnitId unit) {
        RoleGrant grant(String person) {
            return new RoleGrant(person, estate, role, unit == null ? null : unit.value());
        }
    }

    public record PassRequest(@NotNull UnitId unit, @NotBlank @Size(max = 100) String carrierName, @NotNull Carrier carrier,
                              @Size(max = 32) String carrierIdentity,
                              @NotEmpty @Size(max = ReleaseGoods.PassRequest.MAX_ITEMS) List<@Valid @NotNull Item> items,
                              @NotNull RemovalPurpose purpose) {
        ReleaseGoods.PassRequest command() {
            return new ReleaseGoods.PassRequest(carrierName, carrier, carrierIdentity,
                    items.stream().map(i -> new GoodsItem(i.description(), i.quantity())).toList(), purpose);
        }
    }

    public record Item(@NotBlank @Size(max = 200) String description, @Min(1) @Max(10_000) int quantity) {
    }

    public record Call(@NotNull Instant at, boolean reached, boolean agreed, @Size(max = 500) String answer) {
        OwnerCall call() {
            return new OwnerCall(at, reached, agreed, answer);
        }
    }

    /** The owner's and the carrier's signatures; the member of staff who signs is the caller. */
    public record PassSignatures(@NotBlank @Size(max = 100) String owner, @NotBlank @Size(max = 100) String carrier) {
        ReleaseGoods.Signatures command() {
            return new ReleaseGoods.Signatures(owner, carrier);
        }
    }

    public record GateCheck(@NotBlank @Size(max = 100) String carrierName) {
        ReleaseGoods.GateCheck command() {
            return new ReleaseGoods.GateCheck(carrierName);
        }
    }

    /** A meter (the code of a metered fee) and what it reads, a number in its unit with at most three decimals. */
    public record Meter(@NotBlank @Size(max = 32) String meter,
                        @NotNull @DecimalMin("0") @Digits(integer = 9, fraction = 3) BigDecimal reading) {
        PostFees.Read read() {
            return new PostFees.Read(meter, Reading.of(reading));
        }
    }

    public record MeterRound(@NotEmpty @Size(max = PostFees.MeterRound.MAX) List<@Valid @NotNull Meter> readings,
                             @Size(max = 200) String reference) {
        PostFees.MeterRound command() {
            return new PostFees.MeterRound(readings.stream().map(Meter::read).toList(), reference);
        }
    }

    public record TenantMoveOut(@NotNull GoodsPassId pass, boolean ownerAgrees, @Size(max = 300) String itemsToStay,
                                Instant movedOutAt) {
        MoveOut.TenantMoveOut command() {
            return new MoveOut.TenantMoveOut(pass, ownerAgrees, itemsToStay, movedOutAt);
        }
    }

    public record OwnerMoveOut(GoodsPassId pass, Instant movedOutAt) {
        MoveOut.OwnerMoveOut command() {
            return new MoveOut.OwnerMoveOut(pass, movedOutAt);
        }
    }

    public record Transfer(@NotBlank @Size(max = 64) String titleCertificate, @NotNull LocalDate transferDate,
                           @NotNull @Valid Person newOwner, @NotBlank @Size(max = 200) String safetyLetter,
                           Map<@NotNull Obligation, @NotNull Disposition> dispositions, @Size(max = 200) String creditAgreement,
                           ApprovalId backdating) {
        TransferOwnership.Transfer command() {
            return new TransferOwnership.Transfer(titleCertificate, transferDate, newOwner.data(), safetyLetter, dispositions,
                    creditAgreement, backdating);
        }
    }

    public record Prepayment(@NotNull @PositiveOrZero @Max(Fen.MAX) Long amount, @Size(max = 64) String receipt) {
        TransferOwnership.Prepayment command() {
            return new TransferOwnership.Prepayment(Fen.of(amount), receipt);
        }
    }

    public record Reversal(@NotBlank @Size(max = 500) String reason, @NotNull ApprovalId approval) {
        PostFees.Reversal command() {
            return new PostFees.Reversal(reason, approval);
        }
    }

    public record Receipt(@NotBlank @Size(max = 64) String receipt) {
    }

    public record Correction(@NotBlank @Size(max = 80) String unitCode, @NotBlank @Size(max = 500) String note) {
        OccupancyCensus.Correction command() {
            return new OccupancyCensus.Correction(unitCode, note);
        }
    }

    public record NewCensus(@NotNull EstateId estate, @NotNull @Pattern(regexp = "\\d{4}-\\d{2}", message = "the month as YYYY-MM") String month) {
        YearMonth yearMonth() {
            try {
                return YearMonth.parse(month);
            } catch (java.time.format.DateTimeParseException e) {
                throw new io.steward.ports.shared.InvalidInput("the month as YYYY-MM: " + month);
            }
        }
    }

    public record CensusChecks(@NotEmpty @Size(max = ImportLayout.MAX_UNITS) List<@Valid @NotNull UnitCheck> checks) {
        List<OccupancyCensus.Check> command() {
            return checks.stream().map(c -> new OccupancyCensus.Check(c.unitCode(), c.observed(), c.note())).toList();
        }
    }

    public record UnitCheck(@NotBlank String unitCode, @NotNull Occupancy observed,
                            @Size(max = OccupancyCensus.Check.MAX_NOTE) String note) {
    }
}
