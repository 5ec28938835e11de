package io.steward.ports.estate;

import io.steward.ports.shared.InvalidInput;

/** A unit of the layout to register. */
public record UnitSpec(UnitAddress address, UnitKind kind, Area area) {
    public UnitSpec {
        if (address == null || kind == null || area == null) {
            throw new InvalidInput("a unit needs an address, a kind and an area");
        }
    }
}
