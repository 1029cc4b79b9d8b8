package vn.lachan.shared.crypto;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The columns of one table that hold {@link FieldEncryptor} values, declared as a bean by
 * the module that owns the table, so that {@link FieldReencryption} can seal them again
 * with the current key after a rotation.
 *
 * @param table the table
 * @param keyColumn its single-column primary key
 * @param columns the encrypted columns
 */
public record EncryptedColumns(String table, String keyColumn, List<String> columns) {

	private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

	public EncryptedColumns {
		columns = List.copyOf(columns);
		if (columns.isEmpty()) {
			throw new IllegalArgumentException("No encrypted column declared for " + table);
		}
		for (String name : concat(table, keyColumn, columns)) {
			if (name == null || !NAME.matcher(name).matches()) {
				throw new IllegalArgumentException("Not a plain SQL name: " + name);
			}
		}
	}

	public static EncryptedColumns of(String table, String keyColumn, String... columns) {
		return new EncryptedColumns(table, keyColumn, List.of(columns));
	}

	private static List<String> concat(String table, String keyColumn, List<String> columns) {
		List<String> all = new java.util.ArrayList<>(columns);
		all.add(table);
		all.add(keyColumn);
		return all;
	}

}
