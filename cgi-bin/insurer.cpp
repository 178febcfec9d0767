// insurer.fcgi - /school/insurer/ : insurance companies (province, city and county accounts).
#include "insurer/home.h"
#include "insurer/accounts.h"
#include "insurer/enrollments.h"
#include "insurer/jobs_pages.h"
#include "insurer/policy.h"
#include "insurer/claim_form.h"
#include "insurer/claim_import.h"
#include "insurer/claims.h"
#include "insurer/policy_bulk.h"
#include "account/change_mobile.h"
#include "account/change_password.h"
#include "account/overview.h"
#include "announcements.h"
#include "serve.h"

static const Route routes[] = {
    {"GET", "/school/insurer/", Role::Insurer, insurer_home},
    // 公告 (announcements.h):
    {"GET", "/school/insurer/announcements", Role::Insurer, area_announcements},
    {"GET", "/school/insurer/announcement", Role::Insurer, area_announcement},
    // policies (保单上传):
    {"GET", "/school/insurer/policy", Role::Insurer, insurer_policy},
    {"GET", "/school/insurer/policies/import", Role::Insurer, insurer_policy_import},
    {"GET", "/school/insurer/policies/import/template", Role::Insurer, insurer_policy_import_template},
    {"GET", "/school/insurer/policies/import/report", Role::Insurer, insurer_policy_import_report},
    // account pages:
    {"GET", "/school/insurer/account", Role::Insurer, account_overview},
    {"GET", "/school/insurer/account/mobile", Role::Insurer, account_mobile_page},
    {"POST", "/school/insurer/account/mobile", Role::Insurer, account_mobile},
    {"POST", "/school/insurer/account/mobile/code", Role::Insurer, account_mobile_code},
    {"GET", "/school/insurer/account/password", Role::Insurer, account_password_page},
    {"POST", "/school/insurer/account/password", Role::Insurer, account_password},
    // insurer accounts and enrollments (分支账号管理 / 县区账号管理, 投保数据 / 花名册数据):
    {"GET", "/school/insurer/accounts", Role::Insurer, insurer_accounts},
    {"POST", "/school/insurer/accounts", Role::Insurer, insurer_account_create},
    {"POST", "/school/insurer/accounts/status", Role::Insurer, insurer_account_status},
    {"POST", "/school/insurer/accounts/reset", Role::Insurer, insurer_account_reset},
    {"GET", "/school/insurer/enrollments", Role::Insurer, insurer_enrollments},
    {"GET", "/school/insurer/enrollments/export", Role::Insurer, insurer_enrollments_export},
    {"GET", "/school/insurer/enrollment/roster", Role::Insurer, insurer_enrollment_roster},
    // 下载区域花名册 (a background job) and 导出任务:
    {"POST", "/school/insurer/rosters/export", Role::Insurer, insurer_roster_export_start},
    {"GET", "/school/insurer/jobs", Role::Insurer, insurer_jobs},
    {"GET", "/school/insurer/jobs/view", Role::Insurer, insurer_job_view},
    {"GET", "/school/insurer/jobs/status", Role::Insurer, insurer_job_status},
    {"GET", "/school/insurer/jobs/download", Role::Insurer, insurer_job_download},
    {"POST", "/school/insurer/jobs/cancel", Role::Insurer, insurer_job_cancel},
    // 保险数据上传 (claims):
    {"GET", "/school/insurer/claims", Role::Insurer, insurer_claims},
    {"GET", "/school/insurer/claims/new", Role::Insurer, insurer_claim_new},
    {"POST", "/school/insurer/claims/new", Role::Insurer, insurer_claim_create},
    {"GET", "/school/insurer/claim", Role::Insurer, insurer_claim},
    {"POST", "/school/insurer/claim", Role::Insurer, insurer_claim_update},
    {"POST", "/school/insurer/claim/settle", Role::Insurer, insurer_claim_settle},
    {"GET", "/school/insurer/claims/import", Role::Insurer, insurer_claim_import},
    {"GET", "/school/insurer/claims/template", Role::Insurer, insurer_claim_template},
};

int main(int argc, char** argv) {
  return serve({"insurer", "/school/insurer/", "/school/", routes}, argc, argv);
}
