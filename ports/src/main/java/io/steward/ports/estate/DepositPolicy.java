package io.steward.ports.estate;

import io.steward.ports.shared.Fen;
import io.steward.ports.shared.InvalidInput;

/**
 * An estate's rules for deposits and penalties (DEP-01, DEP-05, REN-09), part of its {@link EstatePolicy}.
 *
 * @param collected          DEP-01: whether deposits are collected at all (如当地没有规定不允许收取: local regulation may
 *                           forbid them)
 * @param penalties          DEP-01 / REN-09: whether penalties under the renovation agreement may be charged
 * @param renovationDeposit  DEP-02: the renovation deposit of the published schedule; zero while none is published
 * @param parkingCardDeposit DEP-05: the deposit of a monthly-parking IC card (the seed: CNY 50)
 */
public record DepositPolicy(boolean collected, boolean penalties, Fen renovationDeposit, Fen parkingCardDeposit) {
    public static final DepositPolicy DEFAULT = new DepositPolicy(true, true, Fen.ZERO, Fen.yuan(50));

    public DepositPolicy {
        renovationDeposit = renovationDeposit == null ? Fen.ZERO : renovationDeposit;
        parkingCardDeposit = parkingCardDeposit == null ? Fen.yuan(50) : parkingCardDeposit;
        if (penalties && !collected) {
            throw new InvalidInput("penalties are deducted from a deposit: an estate that collects none charges none");
        }
    }
}
