// uploads/register_steps.h - the steps of a school registration shared by the public 学校注册
// (uploads/register.cpp) and a center school's 增加所辖学校 (uploads/center_register.cpp): field
// reading and checks, the name rule, the certificate file and the one-transaction save (school
// pending, files row, registration application, audit registration_submitted).
#pragma once
#include <cstdint>
#include <string>

#include "files.h"
#include "multipart.h"
#include "portal/register.h"

struct Ctx;

struct RegisterRegion {
  std::string code, city_code;
};

// A trimmed text field of the form; invalid UTF-8 or control characters → view.errors, "".
std::string register_text_field(const MultipartForm& form, const char* name, RegisterView& view);

// Field checks without side effects into view.errors; sets region from view.values.region and
// content_type from the certificate. captcha = nullptr: a signed-in center's form, which has
// no SMS code and no captcha; otherwise both are required.
void register_validate(Ctx& ctx, RegisterView& view, const UploadedFile* cert, std::string& content_type,
                       RegisterRegion& region, const std::string* captcha);

// "" when the full name is free in the region (or a resubmission, see register_save), else why not.
std::string register_name_problem(Ctx& ctx, const RegisterRegion& region, const RegisterForm& v, int64_t center_id);

// Stores the certificate file; the files row to insert.
FileRow register_certificate(Ctx& ctx, UploadedFile& cert, const std::string& content_type);

// Saves the registration in one transaction: a new pending school, or a resubmission of a
// rejected one of the same name (the same mobile, or one center_id registered). center_id > 0:
// the center (still an active center of the region, locked) registers on the school's behalf:
// the school's center_school_id is center_id and the application's applicant is the signed-in
// account. "" on success, else why not (nothing written).
std::string register_save(Ctx& ctx, const RegisterForm& v, const RegisterRegion& region, const FileRow& file,
                          int64_t center_id);
