package vn.lachan.reports.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * Feeds' listeners side by side: each round's deliveries, shuffled, start at once on four
 * threads; then the round's check runs. A failed check names its round and the shuffle's
 * seed, so that the order can be replayed.
 */
final class ShuffledDeliveries {

	private ShuffledDeliveries() {
	}

	/** One round: what to deliver, and what must hold once everything is delivered. */
	record Round<T>(List<T> deliveries, Runnable check) {
	}

	static <T> void run(int rounds, IntFunction<Round<T>> round, Consumer<T> deliver) throws Exception {
		long seed = System.nanoTime();
		Random random = new Random(seed);
		ExecutorService threads = Executors.newFixedThreadPool(4);
		try {
			for (int number = 0; number < rounds; number++) {
				Round<T> current = round.apply(number);
				List<T> deliveries = new ArrayList<>(current.deliveries());
				Collections.shuffle(deliveries, random);
				CountDownLatch start = new CountDownLatch(1);
				List<Future<?>> done = new ArrayList<>();
				for (T delivery : deliveries) {
					done.add(threads.submit(() -> {
						start.await();
						deliver.accept(delivery);
						return null;
					}));
				}
				start.countDown();
				for (Future<?> each : done) {
					each.get(60, TimeUnit.SECONDS);
				}
				try {
					current.check().run();
				}
				catch (AssertionError ex) {
					throw new AssertionError("Round " + number + " of shuffle seed " + seed, ex);
				}
			}
		}
		finally {
			threads.shutdownNow();
		}
	}

}
