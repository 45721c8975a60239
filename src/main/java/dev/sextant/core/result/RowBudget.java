package dev.sextant.core.result;

import java.nio.file.Path;

/**
 * How much of one result stays in the heap, and where the rest goes: pages past
 * {@code memoryBytes} are written to a spill file in {@code spillDirectory}, which stops
 * growing when the disk would have less than {@code diskReserveBytes} free.
 */
public record RowBudget(long memoryBytes, Path spillDirectory, long diskReserveBytes) {

    /** Free disk a spill leaves for everything else on the machine. */
    public static final long DISK_RESERVE = 256L << 20;

    /** An eighth of the heap for rows in memory, as the grid has always allowed, the rest spilled under the home. */
    public static RowBudget underHome(Path home) {
        return new RowBudget(Runtime.getRuntime().maxMemory() / 8, home.resolve(SpillFile.FOLDER), DISK_RESERVE);
    }

    /** Everything in memory: for rows already there (parameters, tests). */
    public static RowBudget inMemory() {
        return new RowBudget(Long.MAX_VALUE, null, 0);
    }
}
