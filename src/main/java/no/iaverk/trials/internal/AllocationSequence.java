package no.iaverk.trials.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A trial's allocation sequence: per stratum, permuted blocks whose sizes are random multiples of the sum of the
 * allocation ratios (R). The exact algorithm, so anyone can re-run it from the revealed secret:
 *
 * <ol>
 *   <li>For each stratum, a {@link SequenceRandom} with the secret and the stratum's code as label.
 *   <li>While the stratum's sequence is shorter than its number of legal units: draw the block's multiplier
 *       k = 1 + uniform(2) (so k is 1 or 2); the block is each arm's code repeated k × its ratio times, arms in the
 *       design's order; shuffle it with Fisher–Yates (for i from size − 1 down to 1: j = uniform(i + 1), swap i and
 *       j); append it.
 * </ol>
 *
 * The canonical text is one line per slot, {@code stratum TAB position TAB arm LF}, strata in ascending order of their
 * codes' UTF-16 values (Java's String order; the codes are ASCII, so also byte order) and positions from 1. The
 * published digest is the lower-case hex SHA-256 of the 32 nonce bytes followed by the canonical text's UTF-8 bytes.
 */
public final class AllocationSequence {

    /** The block multipliers drawn from: 1 + uniform(MULTIPLIERS). */
    public static final int MULTIPLIERS = 2;

    /** An arm's code and allocation ratio, in the design's order. */
    public record ArmRatio(String code, int ratio) {}

    private AllocationSequence() {}

    public static int ratioSum(List<ArmRatio> arms) {
        return arms.stream().mapToInt(ArmRatio::ratio).sum();
    }

    /** The largest block: R × the largest multiplier. A stratum needs two of these, or it is merged. */
    public static int largestBlock(List<ArmRatio> arms) {
        return ratioSum(arms) * MULTIPLIERS;
    }

    /** The sequences of all strata (code → number of legal units), strata in canonical order. */
    public static Map<String, List<String>> generate(byte[] secret, Map<String, Integer> units, List<ArmRatio> arms) {
        Map<String, List<String>> sequence = new TreeMap<>();
        units.forEach((stratum, count) -> sequence.put(stratum, forStratum(secret, stratum, count, arms)));
        return sequence;
    }

    /** One stratum's sequence: whole blocks, at least {@code units} long. */
    public static List<String> forStratum(byte[] secret, String stratum, int units, List<ArmRatio> arms) {
        return blocks(secret, stratum, units, arms).stream()
                .flatMap(List::stream)
                .toList();
    }

    /** One stratum's blocks, in order: each a shuffled multiple of the ratios. */
    public static List<List<String>> blocks(byte[] secret, String stratum, int units, List<ArmRatio> arms) {
        SequenceRandom random = new SequenceRandom(secret, stratum);
        List<List<String>> blocks = new ArrayList<>();
        int length = 0;
        while (length < units) {
            int multiplier = 1 + random.uniform(MULTIPLIERS);
            List<String> block = new ArrayList<>();
            for (ArmRatio arm : arms) {
                for (int i = 0; i < multiplier * arm.ratio(); i++) {
                    block.add(arm.code());
                }
            }
            for (int i = block.size() - 1; i > 0; i--) {
                int j = random.uniform(i + 1);
                String swapped = block.get(i);
                block.set(i, block.get(j));
                block.set(j, swapped);
            }
            blocks.add(List.copyOf(block));
            length += block.size();
        }
        return blocks;
    }

    public static String canonical(Map<String, List<String>> sequence) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(sequence).forEach((stratum, arms) -> {
            for (int i = 0; i < arms.size(); i++) {
                text.append(stratum)
                        .append('\t')
                        .append(i + 1)
                        .append('\t')
                        .append(arms.get(i))
                        .append('\n');
            }
        });
        return text.toString();
    }

    /** The canonical text read back: stratum → arms in position order. */
    public static Map<String, List<String>> parse(String canonical) {
        Map<String, List<String>> sequence = new LinkedHashMap<>();
        for (String line : canonical.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            String[] fields = line.split("\t");
            sequence.computeIfAbsent(fields[0], s -> new ArrayList<>()).add(fields[2]);
        }
        return sequence;
    }

    /** Lower-case hex SHA-256(nonce ‖ UTF-8(canonical)). */
    public static String digest(byte[] nonce, String canonical) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(nonce);
            sha.update(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
