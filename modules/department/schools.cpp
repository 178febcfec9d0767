// department/schools.cpp - 学校数据 and its export (see department/schools.h). Scope: the
// queries of schools_counties and schools_list carry the RegionScope's pattern; the county
// filter is checked against the scope's areas.
#include "department/schools.h"

#include <unistd.h>

#include "audit.h"
#include "context.h"
#include "department/schools_areas.h"
#include "department/schools_counties.h"
#include "department/schools_list.h"
#include "generated.h"
#include "http_error.h"
#include "mask.h"
#include "page.h"
#include "pager.h"
#include "refdata.h"
#include "school/enroll.h"
#include "xlsx_writer.h"
#include "year.h"

namespace {

// Product ids and the short names the manual uses for them.
const struct {
  const char* status_col;
  const char* persons_col;
  const char* label;
} kProducts[] = {{"st1", "n1", "校责任险"}, {"st2", "n2", "教职工责任险"}, {"st3", "n3", "实习责任险"}};

// Whether product i (0-based, kProducts order: ids 1..3) admits the row's school type (险种设置).
bool applies(const RefData& ref, const Row& r, int i) { return ref.admits(i + 1, r.str("school_type")); }

// The 县区 of a row: 市直 for a city's own schools (a city with counties), else the region's
// name; the province's list names the city too ("开封市 市直").
std::string area_text(const RefData& ref, const RegionScope& scope, const Row& r) {
  const Row* region = ref.region(r.str("region_code"));
  std::string area = region ? region->str("name") : "";
  if (region && region->str("level") == "city" && ref.has_children(region->str("code"))) area = "市直";
  if (!scope.province()) return area;
  const Row* city = ref.region(r.str("city_code"));
  return (city ? city->str("name") : "") + " " + area;
}

std::string contact_text(const Row& r) { return r.str("contact_name") + " " + mask_mobile(r.str("contact_mobile")); }

// The admin's city choice: every city of the province, the scope's city selected.
void fill_cities(Ctx& ctx, ctemplate::TemplateDictionary& d, const RegionScope& scope) {
  auto* cities = d.AddSectionDictionary("CITY_FILTER");
  for (const Row& r : ctx.db.query("SELECT code, name FROM regions WHERE parent_code = '410000' AND level = 'city'"
                                   " ORDER BY code"))
  {
    auto* o = cities->AddSectionDictionary("CITY");
    set_value(*o, "CODE", r.str("code"));
    set_value(*o, "NAME", r.str("name"));
    if (r.str("code") == scope.code) o->ShowSection("SELECTED");
  }
}

void fill_filters(Ctx& ctx, ctemplate::TemplateDictionary& d, const RegionScope& scope, const SchoolFilters& f,
                  const std::vector<DepartmentArea>& areas) {
  set_value(d, "Q", f.q);
  set_value(d, "LIST_URL", scope.base + "/schools");
  set_value(d, "RESET_URL", scope.url("/schools"));
  if (scope.base != "/school/dept") fill_cities(ctx, d, scope);
  if (!scope.province()) county_filter_fill(d, areas, f.county);
  school_type_options_fill(ctx, d, f.type);
  for (const Row& p : refdata(ctx).products) {
    auto* o = d.AddSectionDictionary("PRODUCT");
    set_value(*o, "ID", p.str("id"));
    set_value(*o, "NAME", p.str("name"));
    if (p.i64("id") == f.product) o->ShowSection("SELECTED");
  }
  for (const std::string& v : {f.nature.empty() ? "" : "NATURE_" + std::string(f.nature == "公办" ? "public" : "private"),
                               f.status.empty() ? "" : "STATUS_" + f.status, "SORT_" + f.sort, "DIR_" + f.dir})
    if (!v.empty()) d.ShowSection(v);
}

}  // namespace

void department_schools(Ctx& ctx) { schools_page(ctx, department_scope(ctx)); }
void department_schools_export(Ctx& ctx) { schools_export(ctx, department_scope(ctx)); }

void schools_page(Ctx& ctx, const RegionScope& scope) {
  std::vector<DepartmentArea> areas = scope_areas(ctx, scope);
  SchoolFilters f = school_filters_read(ctx, scope, areas);
  auto year = current_year(ctx);
  Pager pager;
  pager.page = f.page;
  Page page(ctx, "学校数据", "department/schools.tpl");
  auto& d = page.body();
  if (year) {
    set_value(d, "YEAR_LABEL", year->label);
    d.ShowSection("HAS_YEAR");
  } else {
    d.ShowSection("NO_YEAR");
  }
  int64_t year_id = year ? year->id : 0;
  if (!scope.carry.empty()) set_value(*d.AddSectionDictionary("SCOPE"), "NAME", scope.name);
  std::vector<CountyFigures> figures = county_table_fill(ctx, d, scope, areas, year_id);
  fill_filters(ctx, d, scope, f, areas);
  // The default view's count is the table's 学校总数 (of the chosen county, or of every area).
  int64_t known_total = 0;
  for (const CountyFigures& c : figures)
    if (!c.code.empty() && (f.county.empty() || c.code == f.county)) known_total += c.schools;
  Rows rows = school_list_rows(ctx, scope, f, year_id, pager.limit, pager.offset(), known_total);
  int64_t total = rows.empty() ? 0 : rows.front().i64("total_rows");
  int64_t n = pager.offset();
  const RefData& ref = refdata(ctx);
  for (const Row& r : rows) {
    auto* row = d.AddSectionDictionary("SCHOOL");
    set_value(*row, "N", std::to_string(++n));
    set_value(*row, "NAME", r.str("name"));
    set_value(*row, "AREA", area_text(ref, scope, r));
    set_value(*row, "TYPE", r.str("school_type"));
    set_value(*row, "NATURE", r.str("nature"));
    for (int i = 0; i < 3; ++i) {
      if (!applies(ref, r, i)) continue;
      auto* p = row->AddSectionDictionary("PRODUCT_STATUS");
      const std::string& st = r.str(kProducts[i].status_col);
      set_value(*p, "LABEL", kProducts[i].label);
      set_value(*p, "STATUS", enrollment_status_label(st));
      set_value(*p, "BADGE", enrollment_status_badge(st));
      if (!st.empty() && st != "draft") set_value(*p->AddSectionDictionary("PERSONS"), "N", r.str(kProducts[i].persons_col));
    }
    set_value(*row, "POLICIES", r.str("policies").empty() ? "—" : r.str("policies"));
    set_value(*row, "CONTACT", contact_text(r));
    // 设置 of a school is a department page; the admin's list is read-only.
    if (scope.base == "/school/dept")
      set_value(*row->AddSectionDictionary("SETTINGS"), "URL", "/school/dept/schools/settings?id=" + r.str("id"));
  }
  QueryParams q = scope.carry;
  for (const auto& p : f.query()) q.push_back(p);
  if (rows.empty()) d.ShowSection("EMPTY");
  else set_value(*d.AddSectionDictionary("EXPORT"), "URL", url_with_query(scope.base + "/schools/export", q));
  pager_fill(d, pager, total, scope.base + "/schools", q);
  page.render();
}

void schools_export(Ctx& ctx, const RegionScope& scope) {
  SchoolFilters f = school_filters_read(ctx, scope, scope_areas(ctx, scope));
  auto year = current_year(ctx);
  if (!year) throw HttpError(404, "管理中心尚未设置当前学年。");
  Rows rows = school_list_rows(ctx, scope, f, year->id, 1000000, 0);
  const RefData& ref = refdata(ctx);
  std::string path = generated_path(ctx.config, ".xlsx");
  try {
    XlsxWriter book(path);
    book.add_sheet("学校数据");
    book.column_widths({6, 36, 12, 12, 8, 14, 12, 14, 12, 14, 12, 30, 10, 14}, true);
    book.header({"排序", "学校名称", "县区", "学校类型", "学校性质", "校责任险投保状态", "校责任险投保人数",
                 "教职工责任险投保状态", "教职工责任险投保人数", "实习责任险投保状态", "实习责任险投保人数", "保险单",
                 "联系人", "联系人手机"});
    int64_t n = 0;
    for (const Row& r : rows) {
      std::vector<std::string> cells = {std::to_string(++n), r.str("name"), area_text(ref, scope, r), r.str("school_type"),
                                        r.str("nature")};
      for (int i = 0; i < 3; ++i) {
        const std::string& st = r.str(kProducts[i].status_col);
        bool done = !st.empty() && st != "draft";
        cells.push_back(applies(ref, r, i) ? enrollment_status_label(st) : "不适用");
        cells.push_back(done ? r.str(kProducts[i].persons_col) : "");
      }
      cells.push_back(r.str("policies"));
      cells.push_back(r.str("contact_name"));
      cells.push_back(mask_mobile(r.str("contact_mobile")));
      book.row(cells);
    }
    book.close();
  } catch (...) {
    unlink(path.c_str());
    throw;
  }
  audit(ctx, "export", "schools", year->label,
        "rows=" + std::to_string(rows.size()) + scope_note(scope) + " q=" + f.q + " county=" + f.county + " type=" + f.type +
            " nature=" + f.nature + " product=" + std::to_string(f.product) + " status=" + f.status + " sort=" +
            f.sort + "_" + f.dir);
  send_generated_xlsx(ctx, path, (scope.carry.empty() ? "" : scope.name) + year->label + "学校数据.xlsx");
}
