// school/account_basic.h - 修改基本信息 of a school: 联系人姓名, 学校类型 (one of school_types),
// 学校性质 (公办 / 民办). Only these three fields of the signed-in school's own row change;
// the change is audited ("school_info_changed", old → new).
#pragma once
struct Ctx;

// GET /school/s/account/basic : the form with the current values.
void school_account_basic_page(Ctx& ctx);
// POST /school/s/account/basic : contact_name, school_type, nature → 303 /school/s/account?done=basic,
// or the form with per-field messages and the typed values.
void school_account_basic(Ctx& ctx);
