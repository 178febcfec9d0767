// deadline.h - the last day of a deadline (投保数据 enroll, 保单 policy, 统计 stats) for one
// school in one academic year, with the admin's extensions (deadline_extensions) applied.
// Precedence: an extension for the school itself (school_id) wins; else an extension for its
// region (region_code = the school's county code, then its city code); else the year's date.
// An extension only ever moves the day later: one on or before the year's date is ignored.
// Extensions aimed at an insurance company (company_id set) are not a school's.
#pragma once
#include <cstdint>
#include <string>

#include "year.h"

struct Ctx;

enum class DeadlineKind { enroll, policy, stats };
struct DeadlineState { bool open; std::string last_day; bool extended; std::string reason; };
// Last day of kind for this school (extensions for the school win over the region's and the
// year's date); open when today (Asia/Shanghai) <= last day. The extensions come from the
// worker's reference data (refdata.h), the school's region from school_facts (school/in_hand.h).
DeadlineState deadline_for_school(Ctx&, const AcademicYear&, int64_t school_id, DeadlineKind);

// The deadline_extensions.deadline value of kind: "enroll", "policy", "stats".
const char* deadline_kind_name(DeadlineKind kind);
// Chinese label of kind: 投保数据, 保单上传, 统计上报.
const char* deadline_kind_label(DeadlineKind kind);
// The year's own date of kind (no extension).
const std::string& year_deadline(const AcademicYear& year, DeadlineKind kind);
