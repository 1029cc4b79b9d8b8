package vn.lachan.shared.crypto;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seals every encrypted value again with the current key after a rotation, table by table
 * in batches, each batch in its own transaction. A row changed between the read and the
 * write is left for the next batch (the update checks the old values), so the job can run
 * while the platform serves. A value no configured key opens stops the job with the table
 * and the row's key in the message (never the value): a retired key is missing.
 */
@Service
public class FieldReencryption {

	private static final Logger log = LoggerFactory.getLogger(FieldReencryption.class);

	static final int BATCH = 500;

	private final List<EncryptedColumns> tables;

	private final FieldEncryptor encryptor;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	public FieldReencryption(List<EncryptedColumns> tables, FieldEncryptor encryptor, JdbcClient jdbc,
			TransactionTemplate transactions) {
		this.tables = List.copyOf(tables);
		this.encryptor = encryptor;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	/** The declared tables, for the operations runbook and its test. */
	public List<EncryptedColumns> tables() {
		return this.tables;
	}

	/** Re-encrypts what the retired keys sealed; returns the number of rows rewritten. */
	public long reencryptAll() {
		long total = 0;
		for (EncryptedColumns table : this.tables) {
			long rows = 0;
			int batch;
			do {
				batch = this.transactions.execute((status) -> reencryptBatch(table));
				rows += batch;
			}
			while (batch > 0);
			if (rows > 0) {
				log.info("Re-encrypted {} rows of {} with key version {}", rows, table.table(),
						this.encryptor.currentVersion());
			}
			total += rows;
		}
		return total;
	}

	/** Rows of a table still holding a value of a retired key. */
	public long remaining(EncryptedColumns table) {
		return this.jdbc.sql("SELECT COUNT(*) FROM " + table.table() + " WHERE " + stale(table))
			.params(staleParams(table))
			.query(Long.class)
			.single();
	}

	private int reencryptBatch(EncryptedColumns table) {
		String select = "SELECT " + table.keyColumn() + ", " + String.join(", ", table.columns()) + " FROM "
				+ table.table() + " WHERE " + stale(table) + " ORDER BY " + table.keyColumn() + " FETCH FIRST " + BATCH
				+ " ROWS ONLY";
		List<Object[]> rows = this.jdbc.sql(select).params(staleParams(table)).query((rs, n) -> {
			Object[] row = new Object[table.columns().size() + 1];
			row[0] = rs.getObject(1);
			for (int i = 0; i < table.columns().size(); i++) {
				row[i + 1] = rs.getString(i + 2);
			}
			return row;
		}).list();
		String update = "UPDATE " + table.table() + " SET "
				+ table.columns().stream().map((c) -> c + " = ?").collect(Collectors.joining(", ")) + " WHERE "
				+ table.keyColumn() + " = ? AND "
				+ table.columns()
					.stream()
					.map((c) -> "(" + c + " = ? OR " + c + " IS NULL)")
					.collect(Collectors.joining(" AND "));
		int changed = 0;
		for (Object[] row : rows) {
			List<Object> params = new ArrayList<>();
			for (int i = 1; i < row.length; i++) {
				params.add(sealAgain(table, row[0], (String) row[i]));
			}
			params.add(row[0]);
			for (int i = 1; i < row.length; i++) {
				params.add(row[i]);
			}
			changed += this.jdbc.sql(update).params(params).update();
		}
		return changed;
	}

	private String sealAgain(EncryptedColumns table, Object key, String stored) {
		try {
			return this.encryptor.reencrypt(stored);
		}
		catch (RuntimeException ex) {
			throw new IllegalStateException("Cannot decrypt a value of " + table.table() + " " + table.keyColumn() + "="
					+ key + ": is a retired key missing from lachan.crypto.retired-encryption-keys?", ex);
		}
	}

	private static String stale(EncryptedColumns table) {
		return table.columns()
			.stream()
			.map((c) -> "(" + c + " IS NOT NULL AND " + c + " NOT LIKE ?)")
			.collect(Collectors.joining(" OR ", "(", ")"));
	}

	private List<Object> staleParams(EncryptedColumns table) {
		return table.columns().stream().map((c) -> (Object) (this.encryptor.currentPrefix() + "%")).toList();
	}

}
