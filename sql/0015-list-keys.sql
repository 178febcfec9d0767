-- 0015-list-keys: what the department and insurer lists read instead of scanning (issue 9,
-- PERFORMANCE.md "Department views" and the province insurer's 投保数据).
--   school_counters           active schools per region: the 学校总数 of the per-county table
--                             (and so the count of the 学校数据 list's default view), kept by
--                             triggers on schools in the statement that adds, moves, activates
--                             or cancels a school, whatever code writes it.
--   schools_region_list       (region_code, name, status, city_code): the rows of the 学校数据
--                             list's default view (region, then name) come from this index in
--                             order (a range on region_code; an index led by status would be
--                             read as a ref on status and walk the province's schools before
--                             the region's).
--   enrollments.school_name   copy of schools.name, filled by enrollments_region_fill and kept in
--                             step by schools_region_sync like region_code and city_code, so the
--                             insurer list's order (region, school name, product, seq) is the
--                             index enrollments_company_list: a page reads its 20 rows.
--   insurer_counters          per company, year and region: the schools with a submitted
--                             enrollment of that company, those enrollments and their 参保人数
--                             (declared_count): the totals of the insurer list without filters
--                             (or with only a city / county). Kept by the triggers below in the
--                             statement that changes an enrollment, whatever code writes it.
-- A submitted enrollment is status <> 'draft' with a company (the insurer scope of
-- modules/insurer/enrollment_scope.h).

ALTER TABLE schools ADD KEY schools_region_list (region_code, name, status, city_code);

CREATE TABLE school_counters (
  region_code CHAR(6) NOT NULL COMMENT 'schools.region_code',
  city_code   CHAR(6) NOT NULL COMMENT 'the city of region_code',
  schools     INT NOT NULL DEFAULT 0 COMMENT 'active schools of the region',
  PRIMARY KEY (region_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
  COMMENT 'active schools per region, trigger-maintained from schools (0015-list-keys.sql)';

INSERT INTO school_counters (region_code, city_code, schools)
SELECT region_code, MAX(city_code), COUNT(*) FROM schools WHERE status = 'active' GROUP BY region_code;

ALTER TABLE enrollments
  ADD COLUMN school_name VARCHAR(100) NOT NULL DEFAULT '' COMMENT 'copy of schools.name (trigger-maintained)' AFTER city_code,
  ADD KEY enrollments_company_list (company_id, year_id, region_code, school_name, product_id, seq);

UPDATE enrollments e JOIN schools s ON s.id = e.school_id SET e.school_name = s.name;

CREATE TABLE insurer_counters (
  company_id  INT UNSIGNED NOT NULL,
  year_id     INT UNSIGNED NOT NULL,
  region_code CHAR(6) NOT NULL,
  city_code   CHAR(6) NOT NULL COMMENT 'the city of region_code',
  schools     INT NOT NULL DEFAULT 0 COMMENT 'schools with a submitted enrollment of the company',
  enrollments INT NOT NULL DEFAULT 0 COMMENT 'submitted enrollments of the company',
  persons     BIGINT NOT NULL DEFAULT 0 COMMENT 'their declared_count',
  PRIMARY KEY (company_id, year_id, region_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
  COMMENT 'insurer list totals, trigger-maintained from enrollments (0015-list-keys.sql)';

INSERT INTO insurer_counters (company_id, year_id, region_code, city_code, schools, enrollments, persons)
SELECT company_id, year_id, region_code, MAX(city_code), COUNT(DISTINCT school_id), COUNT(*), SUM(declared_count)
  FROM enrollments WHERE status <> 'draft' AND company_id IS NOT NULL
 GROUP BY company_id, year_id, region_code;

DROP TRIGGER enrollments_region_fill;
DROP TRIGGER schools_region_sync;

DELIMITER //
CREATE TRIGGER enrollments_region_fill BEFORE INSERT ON enrollments FOR EACH ROW
BEGIN
  SET NEW.region_code = (SELECT region_code FROM schools WHERE id = NEW.school_id),
      NEW.city_code   = (SELECT city_code   FROM schools WHERE id = NEW.school_id),
      NEW.school_name = (SELECT name        FROM schools WHERE id = NEW.school_id);
END//
CREATE TRIGGER schools_region_sync AFTER UPDATE ON schools FOR EACH ROW
BEGIN
  IF NEW.region_code <> OLD.region_code OR NEW.city_code <> OLD.city_code OR NEW.name <> OLD.name THEN
    UPDATE enrollments SET region_code = NEW.region_code, city_code = NEW.city_code, school_name = NEW.name
     WHERE school_id = NEW.id;
  END IF;
END//

-- school_count(sign, region, city): one active school more (sign 1) or less (sign -1).
CREATE PROCEDURE school_count(IN sign INT, IN p_region CHAR(6), IN p_city CHAR(6))
BEGIN
  INSERT INTO school_counters (region_code, city_code, schools) VALUES (p_region, p_city, sign)
  ON DUPLICATE KEY UPDATE schools = schools + VALUES(schools);
END//
CREATE TRIGGER schools_count_insert AFTER INSERT ON schools FOR EACH ROW
BEGIN
  IF NEW.status = 'active' THEN
    CALL school_count(1, NEW.region_code, NEW.city_code);
  END IF;
END//
CREATE TRIGGER schools_count_update AFTER UPDATE ON schools FOR EACH ROW
BEGIN
  IF (OLD.status = 'active') <> (NEW.status = 'active') OR OLD.region_code <> NEW.region_code
     OR OLD.city_code <> NEW.city_code THEN
    IF OLD.status = 'active' THEN
      CALL school_count(-1, OLD.region_code, OLD.city_code);
    END IF;
    IF NEW.status = 'active' THEN
      CALL school_count(1, NEW.region_code, NEW.city_code);
    END IF;
  END IF;
END//
CREATE TRIGGER schools_count_delete AFTER DELETE ON schools FOR EACH ROW
BEGIN
  IF OLD.status = 'active' THEN
    CALL school_count(-1, OLD.region_code, OLD.city_code);
  END IF;
END//

-- insurer_count(sign, company, year, region, city, school, enrollment, persons): adds one
-- submitted enrollment (sign 1) or takes it away (sign -1). The school counts (or stops
-- counting) when no other submitted enrollment of it has the same company, year and region.
CREATE PROCEDURE insurer_count(IN sign INT, IN p_company INT UNSIGNED, IN p_year INT UNSIGNED,
                               IN p_region CHAR(6), IN p_city CHAR(6), IN p_school BIGINT UNSIGNED,
                               IN p_enrollment BIGINT UNSIGNED, IN p_persons BIGINT)
BEGIN
  DECLARE alone INT;
  SET alone = NOT EXISTS (SELECT 1 FROM enrollments o WHERE o.school_id = p_school AND o.year_id = p_year
                           AND o.company_id = p_company AND o.region_code = p_region
                           AND o.status <> 'draft' AND o.id <> p_enrollment);
  INSERT INTO insurer_counters (company_id, year_id, region_code, city_code, schools, enrollments, persons)
  VALUES (p_company, p_year, p_region, p_city, sign * alone, sign, sign * p_persons)
  ON DUPLICATE KEY UPDATE schools = schools + VALUES(schools), enrollments = enrollments + VALUES(enrollments),
                          persons = persons + VALUES(persons);
END//

CREATE TRIGGER enrollments_insurer_insert AFTER INSERT ON enrollments FOR EACH ROW
BEGIN
  IF NEW.status <> 'draft' AND NEW.company_id IS NOT NULL THEN
    CALL insurer_count(1, NEW.company_id, NEW.year_id, NEW.region_code, NEW.city_code, NEW.school_id, NEW.id,
                       NEW.declared_count);
  END IF;
END//
CREATE TRIGGER enrollments_insurer_update AFTER UPDATE ON enrollments FOR EACH ROW
BEGIN
  DECLARE old_in, new_in BOOLEAN;
  SET old_in = OLD.status <> 'draft' AND OLD.company_id IS NOT NULL,
      new_in = NEW.status <> 'draft' AND NEW.company_id IS NOT NULL;
  IF old_in AND new_in AND OLD.company_id = NEW.company_id AND OLD.year_id = NEW.year_id
     AND OLD.region_code = NEW.region_code AND OLD.school_id = NEW.school_id THEN
    IF OLD.declared_count <> NEW.declared_count THEN
      UPDATE insurer_counters SET persons = persons + NEW.declared_count - OLD.declared_count
       WHERE company_id = NEW.company_id AND year_id = NEW.year_id AND region_code = NEW.region_code;
    END IF;
  ELSE
    IF old_in THEN
      CALL insurer_count(-1, OLD.company_id, OLD.year_id, OLD.region_code, OLD.city_code, OLD.school_id, OLD.id,
                         OLD.declared_count);
    END IF;
    IF new_in THEN
      CALL insurer_count(1, NEW.company_id, NEW.year_id, NEW.region_code, NEW.city_code, NEW.school_id, NEW.id,
                         NEW.declared_count);
    END IF;
  END IF;
END//
CREATE TRIGGER enrollments_insurer_delete AFTER DELETE ON enrollments FOR EACH ROW
BEGIN
  IF OLD.status <> 'draft' AND OLD.company_id IS NOT NULL THEN
    CALL insurer_count(-1, OLD.company_id, OLD.year_id, OLD.region_code, OLD.city_code, OLD.school_id, OLD.id,
                       OLD.declared_count);
  END IF;
END//
DELIMITER ;
