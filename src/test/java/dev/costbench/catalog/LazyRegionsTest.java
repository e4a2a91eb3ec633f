package dev.costbench.catalog;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped catalog reads a region's file on first use only, once, whichever threads ask. */
class LazyRegionsTest {
    private static PriceCatalog fresh() { return new CatalogReader(CatalogLoader.classpathFolder()).readLazily(); }

    @Test
    void aRegionIsReadOnFirstUseOnly() {
        PriceCatalog c = fresh();
        assertEquals(34, c.regions().size());
        assertTrue(c.hasRegion("eu-central-1"));
        assertFalse(c.isLoaded("eu-central-1"), "listing regions reads no region file");
        assertEquals(0, new BigDecimal("0.115").compareTo(c.onDemand("eu-central-1", "m5.large").orElseThrow().usd()));
        assertTrue(c.isLoaded("eu-central-1"));
        assertFalse(c.isLoaded("ap-southeast-2"), "pricing in one region reads no other");
    }

    @Test
    void threadsAskingAtOnceGetTheSameRates() throws Exception {
        PriceCatalog c = fresh();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Rate>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) answers.add(pool.submit((Callable<Rate>) () -> c.onDemand("sa-east-1", "m5.large").orElseThrow()));
            Rate first = answers.get(0).get();
            for (Future<Rate> f : answers) assertSame(first, f.get(), "one read, one set of rates");
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void readingLazilyGivesTheSameContentAsReadingEverything() {
        CatalogContent.assertSameContent(new CatalogReader(CatalogLoader.classpathFolder()).read(), fresh());
    }
}
