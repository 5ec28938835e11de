package io.steward.ports.shared;

/**
 * A page of a list: zero-based page number and a size of 1 to {@value #MAX_SIZE}.
 */
public record PageRequest(int page, int size) {
    public static final int MAX_SIZE = 500;
    public static final int DEFAULT_SIZE = 50;

    public PageRequest {
        if (page < 0) {
            throw new InvalidInput("page must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInput("page size must be between 1 and " + MAX_SIZE);
        }
    }

    public static PageRequest first(int size) {
        return new PageRequest(0, size);
    }

    public long offset() {
        return (long) page * size;
    }
}
