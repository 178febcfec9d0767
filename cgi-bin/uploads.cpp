// uploads.fcgi - /school/files/ : file downloads (scope-checked, sent by nginx) and multipart
// uploads (streamed, modules/multipart.h; the csrf field comes first in every upload form).
#include "insurer/policy.h"
#include "insurer/policy_bulk.h"
#include "school/enroll.h"
#include "school/enroll_modify.h"
#include "insurer/claim_import.h"
#include "admin/school_import.h"
#include "serve.h"
#include "uploads/download.h"
#include "uploads/center_register.h"
#include "uploads/register.h"

static const Route routes[] = {
    {"GET", "/school/files/download", Role::SignedIn, uploads_download},
    // registration upload:
    {"POST", "/school/files/register", Role::Public, uploads_register},
    {"POST", "/school/files/center-register", Role::Center, uploads_center_register},
    // enrollment:
    {"POST", "/school/files/enroll", Role::School, uploads_enroll},
    {"POST", "/school/files/enroll/modify", Role::School, uploads_enroll_modify},
    // insurer policies (保单上传):
    {"POST", "/school/files/insurer/policy", Role::Insurer, uploads_insurer_policy},
    // 保险数据上传 (claims bulk import):
    {"POST", "/school/files/insurer/claims", Role::Insurer, uploads_insurer_claims},
    {"GET", "/school/files/insurer/claims/report", Role::Insurer, uploads_insurer_claims_report},
    {"POST", "/school/files/insurer/policies", Role::Insurer, uploads_insurer_policies},
    // 学校账号导入 (admin) and its report:
    {"POST", "/school/files/admin/school-import", Role::Admin, uploads_admin_school_import},
    {"GET", "/school/files/admin/school-import/report", Role::Admin, uploads_admin_school_import_report},
};

int main(int argc, char** argv) {
  return serve({"uploads", "/school/files/", "/school/", routes}, argc, argv);
}
