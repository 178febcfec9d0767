// nav.cpp - navigation tables per account kind (see nav.h).
#include "nav.h"

#include <ctemplate/template.h>

#include <span>
#include <string>

#include "session.h"

namespace {

struct NavEntry {
  const char* label;
  const char* url;
  const char* opens_in;  // "" = available now
};

const NavEntry kSchool[] = {
    {"系统首页", "/school/s/", ""},
    {"投保数据", "/school/s/enroll", ""},
    {"承保数据", "/school/s/policies", ""},
    {"理赔信息", "/school/s/claims", ""},
    {"账户信息", "/school/s/account", ""},
};
const NavEntry kCenter[] = {
    {"所辖学校", "/school/center/", ""},
    {"增加所辖学校", "/school/center/register", ""},
};
const NavEntry kDepartment[] = {
    {"系统首页", "/school/dept/", ""},
    {"账户信息", "/school/dept/account", ""},
    {"数据提交", "/school/dept/statistics-form", ""},
    {"学校数据", "/school/dept/schools", ""},
    {"未投保学校", "/school/dept/uncovered", ""},
    {"中心校管理", "/school/dept/centers", ""},
    {"数据统计", "/school/dept/statistics", ""},
    {"未决案件", "/school/dept/claims-pending", ""},
    {"理赔案件", "/school/dept/claims-settled", ""},
};
const NavEntry kInsurerProvince[] = {
    {"系统首页", "/school/insurer/", ""},
    {"分支账号管理", "/school/insurer/accounts", ""},
    {"投保数据", "/school/insurer/enrollments", ""},
    {"保险数据上传", "/school/insurer/claims", ""},
    {"账户信息", "/school/insurer/account", ""},
};
const NavEntry kInsurerCity[] = {
    {"系统首页", "/school/insurer/", ""},
    {"县区账号管理", "/school/insurer/accounts", ""},
    {"花名册数据", "/school/insurer/enrollments", ""},
    {"保险数据上传", "/school/insurer/claims", ""},
    {"账户信息", "/school/insurer/account", ""},
};
const NavEntry kInsurerCounty[] = {
    {"系统首页", "/school/insurer/", ""},
    {"花名册数据", "/school/insurer/enrollments", ""},
    {"保险数据上传", "/school/insurer/claims", ""},
    {"账户信息", "/school/insurer/account", ""},
};
const NavEntry kAdmin[] = {
    {"系统首页", "/school/admin/", ""},
    {"注册审核", "/school/admin/registrations", ""},
    {"学校账号导入", "/school/admin/school-import", ""},
    {"变更审核", "/school/admin/changes", ""},
    {"修改审核", "/school/admin/modifications", ""},
    {"多家保险公司审核", "/school/admin/extra-insurers", ""},
    {"注销审核", "/school/admin/cancellations", ""},
    {"待办审核", "/school/admin/queue", ""},
    {"账号管理", "/school/admin/accounts", ""},
    {"部门账号", "/school/admin/departments", ""},
    {"学年设置", "/school/admin/years", ""},
    {"统计表", "/school/admin/statistics-forms", ""},
    {"学校数据", "/school/admin/schools", ""},
    {"数据统计", "/school/admin/statistics", ""},
    {"未决案件", "/school/admin/claims-pending", ""},
    {"理赔案件", "/school/admin/claims-settled", ""},
    {"保险公司", "/school/admin/companies", ""},
    {"险种设置", "/school/admin/products", ""},
    {"公告管理", "/school/admin/announcements", ""},
    {"短信记录", "/school/admin/sms", ""},
    {"审计日志", "/school/admin/audit", ""},
    {"账户信息", "/school/admin/account", ""},
};

std::span<const NavEntry> entries_for(const Account& a) {
  if (a.kind == "school") return kSchool;
  if (a.kind == "department") return kDepartment;
  if (a.kind == "admin") return kAdmin;
  if (a.insurer_level == "province") return kInsurerProvince;
  if (a.insurer_level == "city") return kInsurerCity;
  return kInsurerCounty;
}

void add_entries(ctemplate::TemplateDictionary& nav, std::span<const NavEntry> entries, std::string_view current) {
  for (const NavEntry& e : entries) {
    auto* item = nav.AddSectionDictionary("NAV_ITEM");
    link_fill(*item, e.label, e.url, e.opens_in);
    if (current == e.url) {
      item->SetValue("CURRENT", "page");
      item->ShowSection("IS_CURRENT");
    }
  }
}

}  // namespace

void link_fill(ctemplate::TemplateDictionary& item, std::string_view label, std::string_view url,
               std::string_view opens_in) {
  item.SetValue("LABEL", ctemplate::TemplateString(label.data(), label.size()));
  item.SetValue("URL", ctemplate::TemplateString(url.data(), url.size()));
  if (opens_in.empty()) {
    item.ShowSection("AVAILABLE");
  } else {
    std::string note = "该功能将随开发任务 " + std::string(opens_in) + " 开放";
    item.AddSectionDictionary("UNAVAILABLE")->SetValue("NOTE", note);
  }
}

void nav_fill(ctemplate::TemplateDictionary& nav, const Account& a, std::string_view current_path) {
  add_entries(nav, entries_for(a), current_path);
  if (a.kind == "school" && a.is_center) add_entries(nav, kCenter, current_path);
}
