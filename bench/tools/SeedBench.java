import io.screenpop.sandbox.seed.SandboxSeeder;
import io.screenpop.sandbox.seed.SeedData;

/**
 * Sandbox seeding speed (the demo data the built-in ConnectWise sandbox generates at start): generates
 * {@code companies} and {@code contacts} {@code runs} times and prints each run's seconds, then the median run
 * with contacts a second and communication items generated. Run by {@code bench/seed.sh}.
 *
 * Arguments: companies contacts runs
 */
public class SeedBench {

    public static void main(String[] args) {
        int companies = Integer.parseInt(args[0]);
        int contacts = Integer.parseInt(args[1]);
        int runs = Integer.parseInt(args[2]);
        long[] nanos = new long[runs];
        long items = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            SeedData data = new SandboxSeeder(companies, contacts, 42).generate();
            nanos[i] = System.nanoTime() - start;
            items = data.contacts().stream().mapToLong(c -> c.path("communicationItems").size()).sum();
            System.out.printf("run %d: %.2f s%n", i + 1, nanos[i] / 1e9);
        }
        java.util.Arrays.sort(nanos);
        double median = nanos[runs / 2] / 1e9;
        System.out.printf("median of %d runs: %.2f s for %,d contacts (%,.0f contacts/s), %,d communication items%n",
                runs, median, contacts, contacts / median, items);
    }
}
