package dev.costbench.model.purchase;

/** One of the twelve Reserved Instance offers: term × class × payment. Key like {@code 1y/standard/no-upfront}. */
public record ReservedKey(Term term, OfferingClass offeringClass, Payment payment) {
    public String key() { return term.key() + "/" + offeringClass.key() + "/" + payment.key(); }

    public static ReservedKey parse(String key) {
        String[] p = key.split("/");
        if (p.length != 3) return null;
        Term t = Term.fromKey(p[0]);
        OfferingClass c = OfferingClass.fromKey(p[1]);
        Payment pay = Payment.fromKey(p[2]);
        return t == null || c == null || pay == null ? null : new ReservedKey(t, c, pay);
    }
}
