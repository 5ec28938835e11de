package io.steward.ports.estate;

import io.steward.ports.shared.InvalidInput;

/** One line of a goods-release pass: what, and how many. */
public record GoodsItem(String description, int quantity) {
    public GoodsItem {
        if (description == null || description.isBlank()) {
            throw new InvalidInput("each item needs a description");
        }
        if (quantity < 1) {
            throw new InvalidInput("each item needs a quantity of at least 1");
        }
    }
}
