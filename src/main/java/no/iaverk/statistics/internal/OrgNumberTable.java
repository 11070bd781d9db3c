package no.iaverk.statistics.internal;

import java.util.Arrays;

/**
 * Organisation numbers (nine digits, so they fit an int) to a non-negative int, in open addressing: a quarter's quarter
 * of a million enterprises are looked up two or three times each during an import, and boxed keys in a HashMap cost
 * more than the rest of the lookup.
 */
final class OrgNumberTable {

    private static final int EMPTY = -1;

    private int[] keys;
    private int[] values;
    private int size;

    OrgNumberTable(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new int[capacity];
        values = new int[capacity];
        Arrays.fill(keys, EMPTY);
    }

    /** The value stored for the number, or -1. */
    int get(String orgNumber) {
        int key = Integer.parseInt(orgNumber);
        int mask = keys.length - 1;
        for (int slot = mix(key) & mask; ; slot = (slot + 1) & mask) {
            if (keys[slot] == key) {
                return values[slot];
            }
            if (keys[slot] == EMPTY) {
                return -1;
            }
        }
    }

    /** Stores the value unless the number is there already; returns the value that was there, or -1. */
    int putIfAbsent(String orgNumber, int value) {
        if (size * 2 >= keys.length) {
            grow();
        }
        int key = Integer.parseInt(orgNumber);
        int mask = keys.length - 1;
        for (int slot = mix(key) & mask; ; slot = (slot + 1) & mask) {
            if (keys[slot] == key) {
                return values[slot];
            }
            if (keys[slot] == EMPTY) {
                keys[slot] = key;
                values[slot] = value;
                size++;
                return -1;
            }
        }
    }

    int size() {
        return size;
    }

    private void grow() {
        int[] oldKeys = keys;
        int[] oldValues = values;
        keys = new int[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                putIfAbsent(String.valueOf(oldKeys[i]), oldValues[i]);
            }
        }
    }

    private static int mix(int key) {
        int h = key * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
