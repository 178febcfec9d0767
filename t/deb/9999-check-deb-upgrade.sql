-- t/deb/9999-check-deb-upgrade.sql — a migration only the upgrade build of `make check-deb` carries
-- (debian/make-deb.sh --extra-migration): proves that an upgrade applies the new migrations, keeps
-- the data, and that the grants cover a table the previous version did not have.
CREATE TABLE check_deb_upgrade (
  id INT UNSIGNED NOT NULL PRIMARY KEY,
  note VARCHAR(50) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO check_deb_upgrade (id, note) VALUES (1, 'applied by the upgrade');
