package dev.costbench.catalog.importer;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/** The AWS offers Costbench imports, by offer code, and the rules that read each. */
enum OfferKind {
    EC2("AmazonEC2", Ec2OfferRules::new),
    ECS("AmazonECS", UsageTypeRules::fargate),
    LAMBDA("AWSLambda", LambdaOfferRules::new),
    ELB("AWSELB", UsageTypeRules::loadBalancers),
    EKS("AmazonEKS", EksOfferRules::new);

    private final String offerCode;
    private final Function<OfferContext, OfferRules<?>> rules;

    OfferKind(String offerCode, Function<OfferContext, OfferRules<?>> rules) {
        this.offerCode = offerCode;
        this.rules = rules;
    }

    String offerCode() { return offerCode; }

    OfferRules<?> rules(OfferContext ctx) { return rules.apply(ctx); }

    static Optional<OfferKind> byOfferCode(String code) {
        return Arrays.stream(values()).filter(k -> k.offerCode.equals(code)).findFirst();
    }

    /** "AmazonEC2, AmazonECS, …" for messages. */
    static String supported() {
        return String.join(", ", Arrays.stream(values()).map(OfferKind::offerCode).toList()) + ", "
                + SavingsPlanOfferReader.OFFER_CODE;
    }
}
