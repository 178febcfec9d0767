-- 0016-reference-version: a stamp that changes whenever reference data changes, so each
-- FastCGI worker may keep that data in memory (modules/refdata.h) and reload it only when the
-- stamp it read with the request's session differs from the one it loaded.
--   reference_version        one row; version rises by one with every row inserted, changed or
--                            deleted in regions, school_types, products, product_school_types
--                            or deadline_extensions (the triggers below, in the writer's
--                            transaction: a rolled-back change leaves the stamp as it was).
-- The application's database user reads it only (conf/db-grants.sh); the triggers run with
-- their definer's privileges.

CREATE TABLE reference_version (
  id      TINYINT UNSIGNED NOT NULL COMMENT 'always 1',
  version BIGINT UNSIGNED NOT NULL DEFAULT 1 COMMENT 'rises with every change of the reference tables',
  PRIMARY KEY (id),
  CONSTRAINT reference_version_one CHECK (id = 1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
  COMMENT 'stamp of the reference data the workers cache (one row)';

INSERT INTO reference_version (id, version) VALUES (1, 1);

CREATE TRIGGER regions_ref_ins AFTER INSERT ON regions FOR EACH ROW UPDATE reference_version SET version = version + 1 WHERE id = 1;
CREATE TRIGGER regions_ref_upd AFTER UPDATE ON regions FOR EACH ROW UPDATE reference_version SET version = version + 1 WHERE id = 1;
CREATE TRIGGER regions_ref_del AFTER DELETE ON regions FOR EACH ROW UPDATE reference_version SET version = version + 1 WHERE id = 1;
CREATE TRIGGER school_types_ref_ins AFTER INSERT ON school_types FOR EACH ROW UPDATE reference_version SET version = version + 1 WHERE id = 1;
CREATE TRIGGER school_types_ref_upd AFTER UPDATE ON school_types FOR EACH ROW UPDATE reference_version SET version = version + 1 WHERE id = 1;
CREATE TRIGGER school_types_ref_del AFTER DELETE ON school_types FOR EACH ROW UPDATE reference_version SET version = version + 1 WHERE id = 1;
CREATE TRIGGER products_ref_ins AFTER INSERT ON products FOR EACH ROW UPDATE reference_version SET version = version + 1 WHERE id = 1;
CREATE TRIGGER products_ref_upd AFTER UPDATE ON products FOR EACH ROW UPDATE reference_version SET version = version + 1 WHERE id = 1;
CREATE TRIGGER products_ref_del AFTER DELETE ON products FOR EACH ROW UPDATE reference_version SET version = version + 1 WHERE id = 1;
CREATE TRIGGER product_school_types_ref_ins AFTER INSERT ON product_school_types FOR EACH ROW UPDATE reference_version SET version = version + 1 WHERE id = 1;
CREATE TRIGGER product_school_types_ref_upd AFTER UPDATE ON product_school_types FOR EACH ROW UPDATE reference_version SET version = version + 1 WHERE id = 1;
CREATE TRIGGER product_school_types_ref_del AFTER DELETE ON product_school_types FOR EACH ROW UPDATE reference_version SET version = version + 1 WHERE id = 1;
CREATE TRIGGER deadline_extensions_ref_ins AFTER INSERT ON deadline_extensions FOR EACH ROW UPDATE reference_version SET version = version + 1 WHERE id = 1;
CREATE TRIGGER deadline_extensions_ref_upd AFTER UPDATE ON deadline_extensions FOR EACH ROW UPDATE reference_version SET version = version + 1 WHERE id = 1;
CREATE TRIGGER deadline_extensions_ref_del AFTER DELETE ON deadline_extensions FOR EACH ROW UPDATE reference_version SET version = version + 1 WHERE id = 1;
