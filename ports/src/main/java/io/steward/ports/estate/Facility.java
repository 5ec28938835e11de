package io.steward.ports.estate;

import io.steward.ports.shared.InvalidInput;

/**
 * A common part or shared facility. It belongs to the estate ({@code building == null}) or to one building,
 * never to a unit (EST-01).
 */
public record Facility(String code, String name, FacilityKind kind, String building) {
    public Facility {
        if (code == null || code.isBlank()) {
            throw new InvalidInput("facility code is required");
        }
        if (kind == null) {
            throw new InvalidInput("facility " + code + " needs a kind");
        }
        name = name == null || name.isBlank() ? code : name;
        building = building == null || building.isBlank() ? null : building;
    }
}
