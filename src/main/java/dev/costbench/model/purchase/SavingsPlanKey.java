package dev.costbench.model.purchase;

/** One Savings Plan offer: type × term × payment. Key like {@code compute/1y/no-upfront}. */
public record SavingsPlanKey(SavingsPlanType type, Term term, Payment payment) {
    public String key() { return type.key() + "/" + term.key() + "/" + payment.key(); }

    public static SavingsPlanKey parse(String key) {
        String[] p = key.split("/");
        if (p.length != 3) return null;
        SavingsPlanType t = SavingsPlanType.fromKey(p[0]);
        Term term = Term.fromKey(p[1]);
        Payment pay = Payment.fromKey(p[2]);
        return t == null || term == null || pay == null ? null : new SavingsPlanKey(t, term, pay);
    }
}
