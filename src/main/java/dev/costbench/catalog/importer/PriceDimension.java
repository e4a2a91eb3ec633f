package dev.costbench.catalog.importer;

/** One price of a term as AWS writes it: the price is kept as text until a rule decides to use it. */
record PriceDimension(String rateCode, String unit, String beginRange, String endRange, String usd) {}
