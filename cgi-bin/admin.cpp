// admin.fcgi - /school/admin/ : the provincial center (管理中心), with its own login page.
#include "account/change_mobile.h"
#include "account/change_password.h"
#include "account/overview.h"
#include "admin/accounts.h"
#include "admin/announcement_manage.h"
#include "admin/announcement_reads.h"
#include "admin/audit_log.h"
#include "admin/cancellations.h"
#include "admin/changes.h"
#include "admin/companies.h"
#include "admin/departments.h"
#include "admin/extensions.h"
#include "admin/extra_insurers.h"
#include "admin/home.h"
#include "admin/login.h"
#include "admin/modifications.h"
#include "admin/products.h"
#include "admin/province_views.h"
#include "admin/queue.h"
#include "admin/registrations.h"
#include "admin/school_import.h"
#include "admin/sms_log.h"
#include "admin/years.h"
#include "department/statistics_admin.h"
#include "department/statistics_export.h"
#include "serve.h"

static const Route routes[] = {
    {"GET", "/school/admin/login", Role::Public, admin_login_page},
    {"POST", "/school/admin/login", Role::Public, admin_login},
    {"GET", "/school/admin/", Role::Admin, admin_home},
    // admin console: registrations, accounts, companies, SMS log, change and extra-insurer applications:
    {"GET", "/school/admin/registrations", Role::Admin, admin_registrations},
    {"GET", "/school/admin/registration", Role::Admin, admin_registration},
    {"GET", "/school/admin/school-import", Role::Admin, admin_school_import},
    {"GET", "/school/admin/school-import/template", Role::Admin, admin_school_import_template},
    {"POST", "/school/admin/registration/approve", Role::Admin, admin_registration_approve},
    {"POST", "/school/admin/registration/reject", Role::Admin, admin_registration_reject},
    {"GET", "/school/admin/changes", Role::Admin, admin_changes},
    {"GET", "/school/admin/change", Role::Admin, admin_change},
    {"POST", "/school/admin/change/approve", Role::Admin, admin_change_approve},
    {"POST", "/school/admin/change/reject", Role::Admin, admin_change_reject},
    {"GET", "/school/admin/modifications", Role::Admin, admin_modifications},
    {"GET", "/school/admin/modification", Role::Admin, admin_modification},
    {"POST", "/school/admin/modification/approve", Role::Admin, admin_modification_approve},
    {"POST", "/school/admin/modification/reject", Role::Admin, admin_modification_reject},
    {"GET", "/school/admin/extra-insurers", Role::Admin, admin_extra_insurers},
    {"GET", "/school/admin/extra-insurer", Role::Admin, admin_extra_insurer},
    {"POST", "/school/admin/extra-insurer/approve", Role::Admin, admin_extra_insurer_approve},
    {"POST", "/school/admin/extra-insurer/reject", Role::Admin, admin_extra_insurer_reject},
    {"GET", "/school/admin/cancellations", Role::Admin, admin_cancellations},
    {"GET", "/school/admin/cancellation", Role::Admin, admin_cancellation},
    {"POST", "/school/admin/cancellation/approve", Role::Admin, admin_cancellation_approve},
    {"POST", "/school/admin/cancellation/reject", Role::Admin, admin_cancellation_reject},
    {"GET", "/school/admin/accounts", Role::Admin, admin_accounts},
    {"POST", "/school/admin/account/status", Role::Admin, admin_account_status},
    {"POST", "/school/admin/account/reset", Role::Admin, admin_account_reset},
    {"POST", "/school/admin/account/unlock", Role::Admin, admin_account_unlock},
    {"GET", "/school/admin/departments", Role::Admin, admin_departments},
    {"POST", "/school/admin/departments", Role::Admin, admin_department_create},
    {"GET", "/school/admin/companies", Role::Admin, admin_companies},
    {"POST", "/school/admin/companies", Role::Admin, admin_company_create},
    {"GET", "/school/admin/company", Role::Admin, admin_company},
    {"POST", "/school/admin/company/rename", Role::Admin, admin_company_rename},
    {"POST", "/school/admin/company/status", Role::Admin, admin_company_status},
    {"POST", "/school/admin/company/branch", Role::Admin, admin_company_branch},
    // 待办审核 (every queue's pending count and oldest items) and the read-only 审计日志:
    {"GET", "/school/admin/queue", Role::Admin, admin_queue},
    {"GET", "/school/admin/audit", Role::Admin, admin_audit},
    {"GET", "/school/admin/audit/export", Role::Admin, admin_audit_export},
    // 险种设置: the school types each product is for:
    {"GET", "/school/admin/products", Role::Admin, admin_products},
    {"POST", "/school/admin/products", Role::Admin, admin_product_types},
    {"GET", "/school/admin/sms", Role::Admin, admin_sms},
    {"POST", "/school/admin/sms/resend", Role::Admin, admin_sms_resend},
    // 公告管理:
    {"GET", "/school/admin/announcements", Role::Admin, admin_announcements},
    {"GET", "/school/admin/announcement/new", Role::Admin, admin_announcement_new_page},
    {"POST", "/school/admin/announcement/new", Role::Admin, admin_announcement_create},
    {"GET", "/school/admin/announcement", Role::Admin, admin_announcement},
    {"GET", "/school/admin/announcement/edit", Role::Admin, admin_announcement_edit_page},
    {"POST", "/school/admin/announcement/edit", Role::Admin, admin_announcement_update},
    {"POST", "/school/admin/announcement/publish", Role::Admin, admin_announcement_publish},
    {"POST", "/school/admin/announcement/withdraw", Role::Admin, admin_announcement_withdraw},
    {"GET", "/school/admin/announcement/reads", Role::Admin, admin_announcement_reads},
    {"GET", "/school/admin/announcement/reads/export", Role::Admin, admin_announcement_reads_export},
    // departments' statistics forms (read-only):
    {"GET", "/school/admin/statistics-forms", Role::Admin, admin_statistics_forms},
    {"GET", "/school/admin/statistics-form", Role::Admin, admin_statistics_form},
    {"GET", "/school/admin/statistics-forms/export", Role::Admin, admin_statistics_export},
    // province-wide 学校数据, 数据统计, 未决案件 / 理赔案件 (?city= narrows to one city):
    {"GET", "/school/admin/schools", Role::Admin, admin_schools},
    {"GET", "/school/admin/schools/export", Role::Admin, admin_schools_export},
    {"GET", "/school/admin/statistics", Role::Admin, admin_statistics},
    {"GET", "/school/admin/statistics/export", Role::Admin, admin_statistics_export_xlsx},
    {"GET", "/school/admin/claims-pending", Role::Admin, admin_claims_pending},
    {"GET", "/school/admin/claims-pending/export", Role::Admin, admin_claims_pending_export},
    {"GET", "/school/admin/claims-settled", Role::Admin, admin_claims_settled},
    {"GET", "/school/admin/claims-settled/export", Role::Admin, admin_claims_settled_export},
    {"GET", "/school/admin/claim", Role::Admin, admin_claim},
    // years and deadlines:
    {"GET", "/school/admin/years", Role::Admin, admin_years},
    {"POST", "/school/admin/years", Role::Admin, admin_year_create},
    {"GET", "/school/admin/year", Role::Admin, admin_year},
    {"POST", "/school/admin/year/deadlines", Role::Admin, admin_year_deadlines},
    {"POST", "/school/admin/year/current", Role::Admin, admin_year_current},
    {"GET", "/school/admin/extensions", Role::Admin, admin_extensions},
    {"POST", "/school/admin/extensions", Role::Admin, admin_extension_grant},
    {"POST", "/school/admin/extension/revoke", Role::Admin, admin_extension_revoke},
    // account pages:
    {"GET", "/school/admin/account", Role::Admin, account_overview},
    {"GET", "/school/admin/account/mobile", Role::Admin, account_mobile_page},
    {"POST", "/school/admin/account/mobile", Role::Admin, account_mobile},
    {"POST", "/school/admin/account/mobile/code", Role::Admin, account_mobile_code},
    {"GET", "/school/admin/account/password", Role::Admin, account_password_page},
    {"POST", "/school/admin/account/password", Role::Admin, account_password},
};

int main(int argc, char** argv) {
  return serve({"admin", "/school/admin/", "/school/admin/login", routes}, argc, argv);
}
