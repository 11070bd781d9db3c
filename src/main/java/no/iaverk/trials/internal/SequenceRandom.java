package no.iaverk.trials.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The deterministic generator behind an allocation sequence: HMAC-SHA256 in counter mode, keyed by the trial's secret.
 * Block {@code c} (c = 0, 1, 2, ...) of the stream for a label is HMAC-SHA256(key = secret, message = UTF-8(label) ‖
 * 0x00 ‖ c as 8 bytes big-endian); the stream is the blocks one after another, read 4 bytes at a time as unsigned
 * big-endian 32-bit integers. A uniform integer in [0, n) rejects draws u ≥ 2^32 − (2^32 mod n) and returns u mod n,
 * so no value is favoured. Anyone with the secret re-runs it with any HMAC-SHA256.
 */
public final class SequenceRandom {

    private static final long RANGE = 1L << 32;

    private final Mac mac;
    private final byte[] label;
    private long counter;
    private ByteBuffer block = ByteBuffer.allocate(0);

    public SequenceRandom(byte[] secret, String label) {
        try {
            this.mac = Mac.getInstance("HmacSHA256");
            this.mac.init(new SecretKeySpec(secret, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
        this.label = label.getBytes(StandardCharsets.UTF_8);
    }

    /** The next unsigned 32-bit integer of the stream. */
    long nextUnsigned32() {
        if (block.remaining() < 4) {
            mac.update(label);
            mac.update((byte) 0);
            mac.update(ByteBuffer.allocate(8).putLong(counter++).array());
            block = ByteBuffer.wrap(mac.doFinal());
        }
        return Integer.toUnsignedLong(block.getInt());
    }

    /** A uniform integer in [0, n), by rejection sampling. */
    public int uniform(int n) {
        if (n <= 0) {
            throw new IllegalArgumentException("n must be positive: " + n);
        }
        long limit = RANGE - (RANGE % n);
        long u;
        do {
            u = nextUnsigned32();
        } while (u >= limit);
        return (int) (u % n);
    }
}
