-- 0017-reference-version-years: the academic years join the reference data the workers cache
-- (modules/refdata.h keeps the current year), so every change of academic_years raises
-- reference_version too (triggers as in 0016).

CREATE TRIGGER academic_years_ref_ins AFTER INSERT ON academic_years FOR EACH ROW UPDATE reference_version SET version = version + 1 WHERE id = 1;
CREATE TRIGGER academic_years_ref_upd AFTER UPDATE ON academic_years FOR EACH ROW UPDATE reference_version SET version = version + 1 WHERE id = 1;
CREATE TRIGGER academic_years_ref_del AFTER DELETE ON academic_years FOR EACH ROW UPDATE reference_version SET version = version + 1 WHERE id = 1;
