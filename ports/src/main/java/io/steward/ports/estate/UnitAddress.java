package io.steward.ports.estate;

import io.steward.ports.shared.InvalidInput;
import java.util.regex.Pattern;

/**
 * Where a unit sits in the hierarchy of EST-01: optional cluster (组团) → building (栋, alphanumeric such as
 * {@code e14}) → entrance (单元) → floor → unit number (户).
 */
public record UnitAddress(String cluster, String building, String entrance, int floor, String number) {
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,15}");

    public UnitAddress {
        cluster = cluster == null || cluster.isBlank() ? null : check(cluster, "cluster");
        building = check(building, "building");
        entrance = check(entrance, "entrance");
        number = check(number, "unit number");
        if (floor < -10 || floor > 200) {
            throw new InvalidInput("floor must be between -10 and 200: " + floor);
        }
    }

    private static String check(String code, String what) {
        if (code == null || !CODE.matcher(code.trim()).matches()) {
            throw new InvalidInput(what + " must be 1-16 letters, digits, '.', '_' or '-': " + code);
        }
        return code.trim();
    }

    /** The unit's code, unique in its estate: {@code [cluster/]building-entrance-number}, e.g. {@code e14-2-0301}. */
    public String code() {
        return (cluster == null ? "" : cluster + "/") + building + "-" + entrance + "-" + number;
    }
}
