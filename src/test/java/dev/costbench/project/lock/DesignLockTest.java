package dev.costbench.project.lock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.costbench.project.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DesignLockTest {
    @TempDir Path dir;

    private Path design() throws Exception { return Files.writeString(dir.resolve("shop.costbench.json"), "{}"); }

    @Test
    void aLockBesideTheDesignNamesWhoHasItOpenAndGoesWhenClosed() throws Exception {
        Path design = design();
        DesignLock lock = ((DesignLock.Acquired) DesignLock.tryAcquire(design)).lock();
        Path lockFile = dir.resolve(".~shop.costbench.json.lock");
        assertEquals(lockFile, lock.lockFile());
        JsonNode content = new ObjectMapper().readTree(lockFile.toFile());
        assertEquals(ProcessHandle.current().pid(), content.get("pid").asLong());
        assertEquals(System.getProperty("user.name"), content.get("user").asText());
        assertEquals(LockOwner.thisProcess().host(), content.get("host").asText());
        assertTrue(Instant.parse(content.get("since").asText()).isBefore(Instant.now().plusSeconds(1)));
        lock.close();
        assertFalse(Files.exists(lockFile));
    }

    @Test
    void aSecondWindowOfThisCostbenchIsWarned() throws Exception {
        Path design = design();
        try (DesignLock first = ((DesignLock.Acquired) DesignLock.tryAcquire(design)).lock()) {
            DesignLock.HeldElsewhere second = assertInstanceOf(DesignLock.HeldElsewhere.class, DesignLock.tryAcquire(design));
            assertTrue(second.sameProcess());
            assertNull(first.takenOverBy());
        }
        assertInstanceOf(DesignLock.Acquired.class, DesignLock.tryAcquire(design), "free again once the first window closed it");
    }

    @Test
    void aSecondProcessIsWarnedAndItsLockIsTakenOverOnceItIsKilled() throws Exception {
        Path design = design();
        Process other = ChildJvm.start(LockHolder.class, List.of("-Xmx64m"), design.toString());
        try {
            ChildJvm.awaitLine(other, "locked");
            DesignLock.HeldElsewhere held = assertInstanceOf(DesignLock.HeldElsewhere.class, DesignLock.tryAcquire(design));
            assertFalse(held.sameProcess());
            assertEquals(other.pid(), held.owner().pid());
        } finally {
            other.destroyForcibly();
            other.waitFor(30, TimeUnit.SECONDS);
        }
        // the process died holding the lock: the lock is stale and this process takes it over
        DesignLock.Acquired mine = assertInstanceOf(DesignLock.Acquired.class, DesignLock.tryAcquire(design));
        assertEquals(ProcessHandle.current().pid(), LockOwner.read(mine.lock().lockFile()).pid());
        mine.lock().close();
    }

    @Test
    void aLockFromAnotherComputerIsRespectedAndDescribed() throws Exception {
        Path design = design();
        LockOwner ana = new LockOwner(4242, "workshop-laptop", "ana", Instant.parse("2026-05-03T14:02:00Z"));
        Files.writeString(DesignLock.lockFileOf(design), ana.toJson());
        DesignLock.HeldElsewhere held = assertInstanceOf(DesignLock.HeldElsewhere.class, DesignLock.tryAcquire(design));
        assertEquals(ana, held.owner());
        assertEquals("ana on workshop-laptop (process 4242) since 14:02 on 3 May 2026", held.owner().describe(ZoneOffset.UTC));
    }

    @Test
    void openingAnywayTakesTheLockAndTheFirstOwnerFindsOutBeforeSaving() throws Exception {
        Path design = design();
        DesignLock first = ((DesignLock.Acquired) DesignLock.tryAcquire(design)).lock();
        DesignLock second = ((DesignLock.Acquired) DesignLock.takeOver(design)).lock();
        LockOwner taker = first.takenOverBy();
        assertEquals(LockOwner.read(second.lockFile()), taker);
        first.close();
        assertTrue(Files.exists(second.lockFile()), "closing the first window leaves the second one's lock");
        second.close();
        assertFalse(Files.exists(second.lockFile()));
    }

    @Test
    void anUnreadableLockIsReplaced() throws Exception {
        Path design = design();
        Files.writeString(DesignLock.lockFileOf(design), "not a lock");
        DesignLock.Acquired a = assertInstanceOf(DesignLock.Acquired.class, DesignLock.tryAcquire(design));
        a.lock().close();
    }

    @Test
    void aDesignInAFolderThatCannotHoldALockStillOpensWithoutOne() throws Exception {
        Path design = dir.resolve("gone").resolve("shop.costbench.json");
        DesignLock.NotLockable n = assertInstanceOf(DesignLock.NotLockable.class, DesignLock.tryAcquire(design));
        assertTrue(n.reason().startsWith("cannot write " + dir.resolve("gone").resolve(".~shop.costbench.json.lock")), n.reason());
    }
}
