-- 0011-product-school-types: 险种设置, which school types may enroll each product (issue #7).
--   product_school_types  one row per (product, school type) allowed: school_products (the
--                         school's 投保 pages) and the center's 所辖学校 read it; the admin's
--                         险种设置 page changes it. Seeded with the behaviour before this
--                         table: every type for the products that are not vocational-only,
--                         the vocational types (school_types.vocational = 1) for the others.

SET NAMES utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE product_school_types (
  product_id  TINYINT UNSIGNED NOT NULL,
  school_type VARCHAR(20) NOT NULL,
  PRIMARY KEY (product_id, school_type),
  KEY product_school_types_type (school_type),
  CONSTRAINT fk_product_school_types_product FOREIGN KEY (product_id) REFERENCES products (id),
  CONSTRAINT fk_product_school_types_type FOREIGN KEY (school_type) REFERENCES school_types (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO product_school_types (product_id, school_type)
SELECT p.id, t.name FROM products p JOIN school_types t ON p.vocational_only = 0 OR t.vocational = 1;
