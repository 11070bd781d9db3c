package no.iaverk.trials;

import java.util.List;

/**
 * A closed trial's allocation, revealed: the nonce, the secret (hex) and the canonical sequence, with the digest
 * published at start, so anyone can check SHA-256(nonce ‖ sequence) and re-generate the sequence from the secret by
 * the algorithm described in {@code algorithm}; and which legal unit took which slot.
 */
public record RevealedAllocation(
        long trialId,
        String allocationDigest,
        String nonce,
        String secret,
        String sequence,
        String algorithm,
        List<Allocation> allocations) {

    public record Allocation(String legalUnit, String orgNumber, String stratum, int position, String arm) {}
}
