package io.steward.ports.parking;

import io.steward.ports.shared.Fen;
import io.steward.ports.shared.InvalidInput;
import io.steward.ports.shared.Texts;
import java.util.regex.Pattern;

/**
 * PRK-02: one paid convenience service (便民服务) of a price list: its code, name and price per unit of service.
 *
 * @param per what one unit of the service is, e.g. 次 (a call-out), 小时 (an hour)
 */
public record PaidService(String code, String name, Fen price, String per) {
    public static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,19}");
    /** The dearest service a list publishes: CNY 100 000. */
    public static final Fen MAX_PRICE = Fen.yuan(100_000);

    public PaidService {
        code = Texts.required(code, "service code");
        if (!CODE.matcher(code).matches()) {
            throw new InvalidInput("a service code is upper-case letters, digits and _, up to 20: " + code);
        }
        name = Texts.required(name, "service name");
        per = Texts.required(per, "unit of service");
        if (name.length() > 100 || per.length() > 20) {
            throw new InvalidInput("a service's name is at most 100 characters, its unit 20");
        }
        if (price == null || price.isZero() || price.exceeds(MAX_PRICE)) {
            throw new InvalidInput("a service's price is positive and at most " + MAX_PRICE);
        }
    }
}
