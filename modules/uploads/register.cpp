// uploads/register.cpp - the 学校注册 submission (see uploads/register.h).
#include "uploads/register.h"
#include "uploads/register_steps.h"

#include "audit.h"
#include "captcha.h"
#include "context.h"
#include "files.h"
#include "form.h"
#include "http_error.h"
#include "multipart.h"
#include "portal/register.h"
#include "portal/sms_code.h"
#include "sms.h"
#include "throttle.h"
#include "pii.h"

namespace {

constexpr size_t kCertificateBytes = 5 << 20;
constexpr int kSubmissionsPerHour = 30;
const char* const kDuplicate =
    "该区域已有同名学校注册或正在审核。如确为本校，请通过“忘记登录账号”找回账号，或联系主管部门。";

// The school the name already belongs to, found again inside the transaction.
struct NameTaken {};

// A trimmed text field; invalid UTF-8 or control characters → error, "".
std::string text_field(const MultipartForm& form, const char* name, RegisterView& view) {
  const std::string* v = form.field(name);
  if (!v) return "";
  if (!check_utf8_text(*v)) {
    view.errors[name] = "含有无法识别的字符，请重新填写。";
    return "";
  }
  return trim_text(*v);
}

bool length_between(const std::string& s, size_t lo, size_t hi) {
  size_t n = utf8_length(s);
  return n >= lo && n <= hi;
}

// Field checks without side effects; fills view.errors.
}  // namespace

std::string register_text_field(const MultipartForm& form, const char* name, RegisterView& view) {
  return text_field(form, name, view);
}

void register_validate(Ctx& ctx, RegisterView& view, const UploadedFile* cert, std::string& content_type,
                       RegisterRegion& region, const std::string* captcha) {
  auto& e = view.errors;
  const RegisterForm& v = view.values;
  auto r = v.region.size() == 6 && v.region.find_first_not_of("0123456789") == std::string::npos
               ? ctx.db.query_one("SELECT code, level, parent_code FROM regions WHERE code = ? AND level IN ('city', 'county')",
                                  {v.region})
               : std::nullopt;
  if (!r) e.emplace("region", "请选择学校所在区域（市直属学校请选择该市的“市直”）。");
  else region = {r->str("code"), r->str("level") == "city" ? r->str("code") : r->str("parent_code")};
  if (v.name.empty()) e.emplace("name", "请填写学校全称。");
  else if (!length_between(v.name, 4, 60)) e.emplace("name", "学校全称应为 4-60 个字，请与资质证书上的名称一致。");
  if (v.school_type.empty() || !ctx.db.query_one("SELECT name FROM school_types WHERE name = ?", {v.school_type}))
    e.emplace("school_type", "请选择学校类型。");
  if (v.nature != "公办" && v.nature != "民办") e.emplace("nature", "请选择学校性质（公办或民办）。");
  if (v.contact_name.empty()) e.emplace("contact_name", "请填写联系人姓名。");
  else if (!length_between(v.contact_name, 2, 30)) e.emplace("contact_name", "联系人姓名应为 2-30 个字。");
  if (!check_mobile(v.mobile)) e.emplace("mobile", "请填写正确的11位手机号码。");
  if (captcha && (v.sms_code.size() != 6 || v.sms_code.find_first_not_of("0123456789") != std::string::npos))
    e.emplace("sms_code", "请填写短信中的 6 位验证码。");
  if (!cert) e.emplace("certificate", "请选择资质证书文件（办学许可证或事业单位法人证书，或加盖公章的说明）。");
  else if (cert->too_large) e.emplace("certificate", "资质证书文件不能超过 5 MB，请压缩或重新拍照后上传。");
  else if ((content_type = files_detect_type(cert->head, kCertificateTypes)).empty())
    e.emplace("certificate", "资质证书只能是 JPG、PNG 图片或 PDF 文件（按文件内容识别，改扩展名无效）。");
  if (captcha && captcha->empty()) e.emplace("captcha", "请输入图形验证码。");
}

namespace {

// 0 for a new school, the id of this visitor's rejected school for a resubmission (the same
// mobile, or for a center one it registered before); throws NameTaken when the name is taken
// in that region.
int64_t existing_school(Ctx& ctx, const RegisterRegion& region, const RegisterForm& v, bool lock, int64_t center_id) {
  auto row = ctx.db.query_one(
      lock ? "SELECT id, status, contact_mobile_hmac, center_school_id FROM schools WHERE region_code = ? AND name = ?"
             " FOR UPDATE"
           : "SELECT id, status, contact_mobile_hmac, center_school_id FROM schools WHERE region_code = ? AND name = ?",
      {region.code, v.name});
  if (!row) return 0;
  if (row->str("status") == "rejected" &&
      (row->str("contact_mobile_hmac") == pii_mobile_hmac(ctx.config, v.mobile) ||
       (center_id && row->i64("center_school_id") == center_id)))
    return row->i64("id");
  throw NameTaken{};
}

// Inside save's transaction: the center (locked) is still an active center of the region.
struct NotCenter {};

}  // namespace

std::string register_name_problem(Ctx& ctx, const RegisterRegion& region, const RegisterForm& v, int64_t center_id) {
  try {
    existing_school(ctx, region, v, false, center_id);
  } catch (const NameTaken&) {
    return kDuplicate;
  }
  return "";
}

FileRow register_certificate(Ctx& ctx, UploadedFile& cert, const std::string& content_type) {
  FileRow file;
  file.sha256 = files_store(ctx.config, cert);
  file.kind = "certificate";
  file.original_name = files_safe_name(cert.filename, std::string("资质证书") + files_extension(content_type));
  file.size_bytes = cert.size;
  file.content_type = content_type;
  return file;
}

std::string register_save(Ctx& ctx, const RegisterForm& v, const RegisterRegion& region, const FileRow& file,
                          int64_t center_id) {
  try {
    ctx.db.transaction([&] {
      int64_t school_id = existing_school(ctx, region, v, true, center_id);
      bool resubmission = school_id != 0;
      if (center_id && !ctx.db.query_one("SELECT id FROM schools WHERE id = ? AND region_code = ? AND is_center = 1"
                                         " AND status = 'active' FOR UPDATE",
                                         {center_id, region.code}))
        throw NotCenter{};
      SealedMobile m = pii_seal_mobile(ctx.config, v.mobile);
      if (resubmission) {
        ctx.db.exec("UPDATE schools SET school_type = ?, nature = ?, contact_name = ?, contact_mobile = ?,"
                    " contact_mobile_enc = ?, contact_mobile_hmac = ?,"
                    " center_school_id = COALESCE(?, center_school_id), status = 'pending' WHERE id = ?",
                    {v.school_type, v.nature, v.contact_name, m.masked, m.enc, m.hmac,
                     center_id ? Param(center_id) : Param(Null{}), school_id});
      } else {
        ctx.db.exec("INSERT INTO schools (name, region_code, city_code, school_type, nature, contact_name, contact_mobile,"
                    " contact_mobile_enc, contact_mobile_hmac, center_school_id, status)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending')",
                    {v.name, region.code, region.city_code, v.school_type, v.nature, v.contact_name, m.masked, m.enc,
                     m.hmac, center_id ? Param(center_id) : Param(Null{})});
        school_id = static_cast<int64_t>(ctx.db.last_insert_id());
      }
      FileRow row = file;
      row.school_id = school_id;
      if (center_id) row.uploaded_by = ctx.account().id;
      int64_t file_id = files_insert(ctx.db, row);
      ctx.db.exec("INSERT INTO applications (kind, school_id, applicant_account_id, payload)"
                  " VALUES ('registration', ?, ?, JSON_OBJECT('certificate_file_id', ?))",
                  {school_id, center_id ? Param(ctx.account().id) : Param(Null{}), file_id});
      audit(ctx, "registration_submitted", "school", std::to_string(school_id),
            (resubmission ? "resubmission file=" : "new file=") + std::to_string(file_id) +
                (center_id ? " by center=" + std::to_string(center_id) : std::string()));
    });
  } catch (const NameTaken&) {
    return kDuplicate;
  } catch (const NotCenter&) {
    return "本校已不是中心校，不能增加所辖学校。";
  } catch (const DbError& e) {
    if (e.code() != 1062) throw;  // a concurrent registration of the same name won the race
    return kDuplicate;
  }
  return "";
}

void uploads_register(Ctx& ctx) {
  if (!throttle_take(ctx.db, "register:ip:" + ctx.req.remote_addr, kSubmissionsPerHour, 3600))
    throw HttpError(429, "注册提交过于频繁，请一小时后再试。");
  MultipartLimits limits;
  limits.file_bytes = kCertificateBytes;
  limits.max_fields = 16;
  limits.field_bytes = 4 << 10;
  MultipartForm form = multipart_parse(ctx.req, ctx.config, limits);

  RegisterView view;
  RegisterForm& v = view.values;
  v.region = text_field(form, "region", view);
  v.name = text_field(form, "name", view);
  v.school_type = text_field(form, "school_type", view);
  v.nature = text_field(form, "nature", view);
  v.contact_name = text_field(form, "contact_name", view);
  v.mobile = text_field(form, "mobile", view);
  v.sms_code = text_field(form, "sms_code", view);
  std::string captcha = text_field(form, "captcha", view);
  UploadedFile* cert = form.file("certificate");
  view.file_again = cert != nullptr;
  ctx.res.status = 200;

  if (form.field("send_code")) {  // 发送验证码 without JavaScript: send, then the same form
    PublicCodeResult sent = public_code_send(ctx, "register", v.mobile, "");
    if (sent.ok) view.notice = sent.message;
    else view.errors["mobile"] = sent.message;
    register_form_render(ctx, view);
    return;
  }

  std::string content_type;
  RegisterRegion region;
  register_validate(ctx, view, cert, content_type, region, &captcha);
  if (!captcha.empty() && !captcha_check(ctx, "register", captcha))
    view.errors.emplace("captcha", "图形验证码错误或已过期，请看清新的图片后重新输入。");
  if (view.errors.empty())
    if (std::string taken = register_name_problem(ctx, region, v, 0); !taken.empty()) view.errors.emplace("name", taken);
  if (view.errors.empty() && !sms_code_check(ctx.db, ctx.config, v.mobile, "register", v.sms_code)) {
    view.errors.emplace("sms_code", "短信验证码错误或已失效，请重新获取。");
    v.sms_code.clear();
  }
  if (!view.errors.empty()) {
    register_form_render(ctx, view);
    return;
  }

  std::string problem = register_save(ctx, v, region, register_certificate(ctx, *cert, content_type), 0);
  if (!problem.empty()) {
    view.errors.emplace("name", problem);
    register_form_render(ctx, view);
    return;
  }
  ctx.res.redirect("/school/register/done", true);
}
