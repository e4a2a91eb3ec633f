package dev.costbench.export.xlsx;

/** Defined names of the inputs every block's formulas share, at the top of the Assumptions sheet. */
final class GlobalInputs {
    private GlobalInputs() {}

    static final String HOURS_PER_MONTH = "HoursPerMonth";
    static final String SPOT_OVERHEAD = "SpotInterruptionOverhead";
    static final String CURRENCY = "CurrencyCode";
    static final String EXCHANGE_RATE = "ExchangeRate";
    /** Every option key, the list every purchase-option input is validated against. */
    static final String OPTION_KEYS = "OptionKeys";

    /** A scenario's private-pricing discount (EDP), a fraction taken off every line's money. */
    static String discount(int scenarioNumber) { return "s" + scenarioNumber + "_Discount"; }

    static final String RATE_SOURCE = "ExchangeRateSource";
    static final String RATE_DATE = "ExchangeRateDate";

    /** Whether a scenario's Lambda functions get the monthly free tier ("yes"/"no"). */
    static String lambdaFreeTier(int scenarioNumber) { return "s" + scenarioNumber + "_LambdaFreeTier"; }

    /** The currency every money figure is in until a reviewer changes the CurrencyCode input. */
    static final String DEFAULT_CURRENCY = "USD";

    /** What {@link #moneyHeader} shows with the default currency: its cached value. */
    static String moneyHeaderText(String label) { return label + " (" + DEFAULT_CURRENCY + ")"; }

    /** A money header that names the currency input: {@code "Monthly ("&CurrencyCode&")"}. */
    static String moneyHeader(String label) { return "\"" + label + " (\"&" + CURRENCY + "&\")\""; }
}
