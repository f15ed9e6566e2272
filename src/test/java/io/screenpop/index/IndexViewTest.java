package io.screenpop.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The view patched many times (numbers added, moved between contacts, removed, past the overlay's fold) answers every
 * lookup, count and iteration exactly as a view built from scratch over the same matches.
 */
class IndexViewTest {

    @Test
    void patchedViewsAgreeWithAViewBuiltFromScratch() {
        Random random = new Random(7);
        Map<String, List<IndexMatch>> truth = new HashMap<>();
        List<IndexMatch> initial = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            IndexMatch m = match("+1408555" + String.format("%04d", i), i);
            initial.add(m);
            truth.computeIfAbsent(m.e164(), k -> new ArrayList<>()).add(m);
        }
        IndexView view = IndexView.of(initial);
        for (int round = 0; round < 3000; round++) {
            String number = "+1408555" + String.format("%04d", random.nextInt(6000));
            List<IndexMatch> now = new ArrayList<>();
            int kind = random.nextInt(3);
            if (kind > 0) {
                now.add(match(number, 100_000 + round));
                if (kind == 2) {
                    now.add(match(number, 200_000 + round));
                }
            }
            view = view.replacing(Set.of(number), now);
            if (now.isEmpty()) {
                truth.remove(number);
            } else {
                truth.put(number, now);
            }
        }
        IndexView scratch = IndexView.of(truth.values().stream().flatMap(List::stream).toList());
        assertEquals(scratch.numbers(), view.numbers());
        assertEquals(scratch.entries(), view.entries());
        for (int i = 0; i < 6000; i++) {
            String number = "+1408555" + String.format("%04d", i);
            assertEquals(scratch.lookup(number), view.lookup(number), number);
        }
        List<IndexMatch> iterated = new ArrayList<>();
        view.all().forEach(iterated::add);
        assertEquals(scratch.entries(), iterated.size());
        assertEquals(scratch.byNumber(), view.byNumber());
        assertTrue(view.lookup("+19999999999").isEmpty());
    }

    private static IndexMatch match(String e164, int contactId) {
        return new IndexMatch(e164, e164, null, "Direct", PhoneSource.CONTACT, 1, "AcmeCorp", "ACME Corporation",
                contactId, "Jane Doe", "Jane", "Doe", null, Instant.EPOCH);
    }
}
