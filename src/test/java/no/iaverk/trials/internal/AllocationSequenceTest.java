package no.iaverk.trials.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.iaverk.trials.internal.AllocationSequence.ArmRatio;
import org.junit.jupiter.api.Test;

class AllocationSequenceTest {

    static final List<ArmRatio> TWO_TO_ONE = List.of(new ArmRatio("OFFER", 2), new ArmRatio("NONE", 1));
    static final byte[] SECRET =
            HexFormat.of().parseHex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");

    @Test
    void everyBlockHoldsTheRatiosExactlyAndItsSizeIsAMultipleOfTheirSum() {
        for (String stratum : List.of("ALL", "SIZE_BAND=20-49", "OTHER")) {
            List<List<String>> blocks = AllocationSequence.blocks(SECRET, stratum, 200, TWO_TO_ONE);
            assertThat(blocks.stream().mapToInt(List::size).sum()).isGreaterThanOrEqualTo(200);
            for (List<String> block : blocks) {
                assertThat(block.size() % 3).isZero();
                int multiplier = block.size() / 3;
                assertThat(multiplier).isBetween(1, AllocationSequence.MULTIPLIERS);
                Map<String, Long> counts = counts(block);
                assertThat(counts).containsEntry("OFFER", 2L * multiplier).containsEntry("NONE", (long) multiplier);
            }
            // Both block sizes occur: the sizes are random, not fixed.
            assertThat(blocks.stream().map(List::size).distinct()).containsExactlyInAnyOrder(3, 6);
        }
    }

    @Test
    void theSameSecretGivesTheSameSequenceAndAnotherSecretAnother() {
        Map<String, Integer> units = Map.of("ALL", 60, "OTHER", 20);
        var once = AllocationSequence.generate(SECRET, units, TWO_TO_ONE);
        var again = AllocationSequence.generate(SECRET.clone(), units, TWO_TO_ONE);
        byte[] other = SECRET.clone();
        other[31] ^= 1;
        var otherwise = AllocationSequence.generate(other, units, TWO_TO_ONE);
        assertThat(again).isEqualTo(once);
        assertThat(otherwise.get("ALL")).isNotEqualTo(once.get("ALL"));
        assertThat(otherwise.get("OTHER")).isNotEqualTo(once.get("OTHER"));
        // Strata draw from their own streams: one stratum's sequence does not depend on the others.
        assertThat(AllocationSequence.generate(SECRET, Map.of("OTHER", 20), TWO_TO_ONE)
                        .get("OTHER"))
                .isEqualTo(once.get("OTHER"));
    }

    @Test
    void theCanonicalTextReadsBackAndItsDigestIsSha256OfNonceAndText() throws Exception {
        var sequence = AllocationSequence.generate(SECRET, Map.of("B", 4, "A", 3), TWO_TO_ONE);
        String canonical = AllocationSequence.canonical(sequence);
        assertThat(canonical).startsWith("A\t1\t").endsWith("\n");
        assertThat(canonical.indexOf("\nB\t1\t")).isPositive();
        assertThat(AllocationSequence.parse(canonical)).isEqualTo(new LinkedHashMap<>(sequence));

        byte[] nonce = new byte[32];
        nonce[0] = 7;
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update(nonce);
        sha.update(canonical.getBytes(StandardCharsets.UTF_8));
        assertThat(AllocationSequence.digest(nonce, canonical))
                .isEqualTo(HexFormat.of().formatHex(sha.digest()));
        assertThat(AllocationSequence.digest(new byte[32], canonical))
                .isNotEqualTo(AllocationSequence.digest(nonce, canonical));
    }

    @Test
    void theStreamIsHmacSha256InCounterMode() throws Exception {
        // The documented algorithm, re-run by hand for the first draw: the first 4 bytes of HMAC(secret, label‖0‖0).
        var mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(SECRET, "HmacSHA256"));
        mac.update("ALL".getBytes(StandardCharsets.UTF_8));
        mac.update((byte) 0);
        mac.update(new byte[8]);
        byte[] first = mac.doFinal();
        long expected = Integer.toUnsignedLong(java.nio.ByteBuffer.wrap(first).getInt());
        assertThat(new SequenceRandom(SECRET, "ALL").nextUnsigned32()).isEqualTo(expected);
    }

    @Test
    void uniformDrawsCoverTheRangeEvenly() {
        SequenceRandom random = new SequenceRandom(SECRET, "uniform");
        int[] counts = new int[3];
        for (int i = 0; i < 30_000; i++) {
            counts[random.uniform(3)]++;
        }
        for (int count : counts) {
            assertThat(count).isBetween(9_500, 10_500);
        }
    }

    private static Map<String, Long> counts(List<String> block) {
        return block.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }
}
