package vn.lachan.tips.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.lachan.shared.UnavailableException;
import vn.lachan.tips.TipsReceived;

/**
 * Commits public tips in groups. A request hands its new tip over and waits; a writer
 * thread takes every tip that has queued up meanwhile (at most {@code batch-size}), saves
 * them with their photos and one {@link TipsReceived} event in a single transaction, and
 * only after that commit answers each waiting request. Alone, a tip is written at once;
 * under load, many requests share one commit instead of each paying for its own, and the
 * writer lets a group grow a little while more submissions are on their way
 * ({@link IntakeTraffic}, {@code linger}, {@code max-linger}). One writer is the default
 * ({@code writers}): with more, groups get smaller and each costs the database the same
 * commit, so on two cores one writer took the most tips a second
 * (docs/PERFORMANCE-tips.md).
 * <p>
 * A group that fails is written again tip by tip, so that one bad tip fails only its own
 * request. On shutdown the writer finishes what is queued before it stops; the web server
 * has stopped taking requests by then (this lifecycle starts before it and stops after
 * it).
 */
@Component
class TipIntakeWriter implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(TipIntakeWriter.class);

	private final BlockingQueue<Pending> queue;

	private final TipInserts inserts;

	private final TipPhotos photos;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final int batchSize;

	private final Duration timeout;

	private final long lingerNanos;

	private final long maxLingerNanos;

	private final int writers;

	private final IntakeTraffic traffic;

	private final AtomicInteger waiting = new AtomicInteger();

	private final List<Thread> workers = new ArrayList<>();

	private final Lock collecting = new ReentrantLock();

	private volatile boolean running;

	TipIntakeWriter(TipInserts inserts, TipPhotos photos, ApplicationEventPublisher events, IntakeTraffic traffic,
			PlatformTransactionManager transactionManager, @Value("${lachan.tips.intake.writers:1}") int writers,
			@Value("${lachan.tips.intake.batch-size:64}") int batchSize,
			@Value("${lachan.tips.intake.queue-capacity:4096}") int queueCapacity,
			@Value("${lachan.tips.intake.timeout:30s}") Duration timeout,
			@Value("${lachan.tips.intake.linger:1ms}") Duration linger,
			@Value("${lachan.tips.intake.max-linger:5ms}") Duration maxLinger) {
		this.inserts = inserts;
		this.traffic = traffic;
		this.photos = photos;
		this.events = events;
		this.transactions = new TransactionTemplate(transactionManager);
		this.writers = writers;
		this.batchSize = batchSize;
		this.queue = new ArrayBlockingQueue<>(queueCapacity);
		this.timeout = timeout;
		this.lingerNanos = linger.toNanos();
		this.maxLingerNanos = maxLinger.toNanos();
	}

	/**
	 * Writes a new tip and its photos; returns the saved tip once it is committed. The
	 * tip comes as a recipe: a save that failed with its group may have changed the
	 * instance, so the second attempt builds it anew.
	 * @throws UnavailableException when the queue is full or the commit does not come in
	 * time (then the tip may still be committed: a retry with the same idempotency key
	 * finds it)
	 */
	Tip write(Supplier<Tip> tip, List<TipSubmission.Photo> photos) {
		Pending pending = new Pending(tip, photos, new CompletableFuture<>());
		this.waiting.incrementAndGet();
		if (!this.running || !this.queue.offer(pending)) {
			this.waiting.decrementAndGet();
			throw busy();
		}
		try {
			return pending.saved().get(this.timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			throw new IllegalStateException(ex.getCause());
		}
		catch (TimeoutException ex) {
			throw busy();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw busy();
		}
		finally {
			this.waiting.decrementAndGet();
		}
	}

	private void run() {
		List<Pending> group = new ArrayList<>(this.batchSize);
		while (this.running || !this.queue.isEmpty()) {
			try {
				if (collect(group)) {
					commit(group);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				log.warn("The tip intake writer was interrupted; {} tips were still queued", this.queue.size());
				return;
			}
			catch (RuntimeException ex) {
				// commit() completes every tip it takes; this is a writer fault, never a
				// tip's
				log.error("The tip intake writer failed on a group of {} tips", group.size(), ex);
				group.forEach((pending) -> pending.saved().completeExceptionally(ex));
			}
			finally {
				group.clear();
			}
		}
	}

	/**
	 * Takes the next group from the queue. One writer collects at a time: the others are
	 * committing meanwhile, so that a group gathers while the one before it commits.
	 * @return whether there is a group (none came within 100 ms)
	 */
	private boolean collect(List<Pending> group) throws InterruptedException {
		this.collecting.lockInterruptibly();
		try {
			Pending first = this.queue.poll(100, TimeUnit.MILLISECONDS);
			if (first == null) {
				return false;
			}
			group.add(first);
			this.queue.drainTo(group, this.batchSize - 1);
			linger(group);
			return true;
		}
		finally {
			this.collecting.unlock();
		}
	}

	/**
	 * Lets the group grow while more submissions are on their way ({@link IntakeTraffic})
	 * than are already waiting for a commit, up to {@code max-linger} after the group
	 * began; a submission that does not arrive within {@code linger} ends the wait early
	 * (it may have been refused). Alone, a tip is written at once; under load the groups
	 * fill up, and each group's commit, outbox row and listener call are shared by more
	 * tips.
	 */
	private void linger(List<Pending> group) throws InterruptedException {
		long deadline = System.nanoTime() + this.maxLingerNanos;
		while (group.size() < this.batchSize && this.traffic.inFlight() > this.waiting.get()) {
			long wait = Math.min(this.lingerNanos, deadline - System.nanoTime());
			Pending next = (wait > 0) ? this.queue.poll(wait, TimeUnit.NANOSECONDS) : null;
			if (next == null) {
				return;
			}
			group.add(next);
			this.queue.drainTo(group, this.batchSize - group.size());
		}
	}

	private void commit(List<Pending> group) {
		List<Tip> saved;
		try {
			saved = this.transactions.execute((status) -> save(group));
		}
		catch (RuntimeException ex) {
			if (group.size() == 1) {
				group.get(0).saved().completeExceptionally(ex);
			}
			else {
				group.forEach((pending) -> commit(List.of(pending)));
			}
			return;
		}
		for (int i = 0; i < group.size(); i++) {
			group.get(i).saved().complete(saved.get(i));
		}
	}

	private List<Tip> save(List<Pending> group) {
		List<Tip> saved = group.stream().map((pending) -> pending.tip().get()).toList();
		this.inserts.insert(saved);
		for (int i = 0; i < group.size(); i++) {
			for (TipSubmission.Photo photo : group.get(i).photos()) {
				this.photos.store(saved.get(i).id(), photo);
			}
		}
		this.events.publishEvent(new TipsReceived(saved.stream().map(Tip::facts).toList()));
		return saved;
	}

	private static UnavailableException busy() {
		return new UnavailableException("busy", "The tip intake is busy");
	}

	@Override
	public void start() {
		this.running = true;
		for (int i = 1; i <= this.writers; i++) {
			Thread worker = new Thread(this::run, "tip-intake-writer-" + i);
			worker.start();
			this.workers.add(worker);
		}
	}

	@Override
	public void stop() {
		// no interrupt: it could land in a JDBC call; the writer sees the flag within 100
		// ms
		this.running = false;
		try {
			for (Thread worker : this.workers) {
				worker.join(this.timeout.toMillis());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.workers.clear();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		// below the web server's phases: started before it takes requests, stopped after
		return 0;
	}

	private record Pending(Supplier<Tip> tip, List<TipSubmission.Photo> photos, CompletableFuture<Tip> saved) {
	}

}
