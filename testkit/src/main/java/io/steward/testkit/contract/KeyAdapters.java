package io.steward.testkit.contract;

import io.steward.ports.keys.out.ForcedEntries;
import io.steward.ports.keys.out.KeyMovements;
import io.steward.ports.keys.out.KeyRegisters;
import io.steward.ports.keys.out.Keys;
import io.steward.ports.shared.out.Transactions;

/** The key-custody out-ports under test, sharing one transaction manager. */
public record KeyAdapters(Transactions transactions, KeyRegisters registers, Keys keys, KeyMovements movements,
                          ForcedEntries entries) {
}
