-- 0005-enrollment: what enrollment (issue #4) adds to the schema.
--   enrollment_counters  coverage per year, region, school type and product, kept by
--                        modules/coverage in the same transaction as every change of a
--                        submitted enrollment or of a school's region or type; department and
--                        admin views read these, never the rosters.

CREATE TABLE enrollment_counters (
  year_id     INT UNSIGNED NOT NULL,
  region_code CHAR(6) NOT NULL COMMENT 'county code, or the city code for 市直 schools',
  school_type VARCHAR(20) NOT NULL,
  product_id  TINYINT UNSIGNED NOT NULL,
  city_code   CHAR(6) NOT NULL COMMENT 'the city of region_code',
  schools     INT NOT NULL DEFAULT 0 COMMENT 'schools with at least one submitted enrollment of the product',
  enrollments INT NOT NULL DEFAULT 0 COMMENT 'submitted enrollments (several per school after 多家保险公司)',
  persons     BIGINT NOT NULL DEFAULT 0 COMMENT 'sum of stored_count of those enrollments',
  PRIMARY KEY (year_id, region_code, school_type, product_id),
  KEY enrollment_counters_city (year_id, city_code, product_id),
  KEY enrollment_counters_product (product_id),
  CONSTRAINT fk_enrollment_counters_year FOREIGN KEY (year_id) REFERENCES academic_years (id),
  CONSTRAINT fk_enrollment_counters_product FOREIGN KEY (product_id) REFERENCES products (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
