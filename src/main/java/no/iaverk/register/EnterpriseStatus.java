package no.iaverk.register;

/** Where an enterprise stands in the register. Deleted and bankrupt units are kept, never dropped. */
public enum EnterpriseStatus {
    ACTIVE,
    UNDER_LIQUIDATION,
    UNDER_FORCED_LIQUIDATION,
    BANKRUPT,
    DELETED;

    public static EnterpriseStatus of(
            boolean deleted, boolean bankrupt, boolean forcedLiquidation, boolean liquidation) {
        if (deleted) {
            return DELETED;
        }
        if (bankrupt) {
            return BANKRUPT;
        }
        if (forcedLiquidation) {
            return UNDER_FORCED_LIQUIDATION;
        }
        return liquidation ? UNDER_LIQUIDATION : ACTIVE;
    }
}
