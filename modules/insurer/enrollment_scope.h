// insurer/enrollment_scope.h - what an insurer account may see (PRODUCT.md "Insurer"): the submitted
// enrollments whose chosen 投保公司 is its company, of schools in its region (a county its
// county, a city its counties and 市直 schools, the provincial branch the whole province).
// Every insurer page that reads one enrollment by id goes through insurer_enrollment, so an
// id outside the scope answers exactly like an unknown one (404).
#pragma once
#include <cstdint>
#include <optional>

#include "db.h"

struct Account;

// Lists write the scope as "e.company_id = ? AND e.region_code LIKE ? AND e.status <> 'draft'"
// with parameters insurer.company_id and region_pattern(insurer) (scope.h).

// One enrollment in the insurer's scope, or nullopt (unknown, draft, another company's or
// region's). Columns: id, school_id, school_name, region_code, city_code, year_id, year_label,
// product_id, product_name, insured_kind, seq, status, declared_count, stored_count,
// roster_file_id, version, insured_at.
std::optional<Row> insurer_enrollment(Db& db, const Account& insurer, int64_t enrollment_id);
