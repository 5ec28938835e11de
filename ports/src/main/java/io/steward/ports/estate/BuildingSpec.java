package io.steward.ports.estate;

import io.steward.ports.shared.InvalidInput;
import java.util.List;

/** A building of the layout: code, optional cluster, display name and its entrances (单元). */
public record BuildingSpec(String code, String cluster, String name, List<String> entrances) {
    public BuildingSpec {
        if (code == null || code.isBlank()) {
            throw new InvalidInput("building code is required");
        }
        cluster = cluster == null || cluster.isBlank() ? null : cluster;
        name = name == null || name.isBlank() ? code : name;
        entrances = entrances == null ? List.of() : List.copyOf(entrances);
        if (entrances.isEmpty()) {
            throw new InvalidInput("building " + code + " needs at least one entrance");
        }
    }
}
