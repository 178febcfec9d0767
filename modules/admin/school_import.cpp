// admin/school_import.cpp - the 学校账号导入 page and template (see admin/school_import.h); the
// upload itself is modules/uploads/admin_school_import.cpp. Nothing here writes.
#include "admin/school_import.h"

#include "context.h"
#include "generated.h"
#include "page.h"
#include "xlsx_writer.h"

const char* const kSchoolImportColumns[9] = {"学校名称", "所属市",     "所属县区", "学校类型", "办学性质",
                                             "联系人",   "联系人手机", "登录账号", "中心校"};

void admin_school_import(Ctx& ctx) {
  Page page(ctx, "学校账号导入", "admin/school_import.tpl");
  page.body().ShowSection("FORM");
  page.render();
}

void admin_school_import_template(Ctx& ctx) {
  std::string path = generated_path(ctx.config, ".xlsx");
  {
    XlsxWriter x(path);
    x.add_sheet("学校");
    x.column_widths({36, 12, 14, 12, 10, 12, 14, 30, 30}, true);
    x.header(std::vector<std::string>(kSchoolImportColumns, kSchoolImportColumns + 9));
    x.close();
  }
  send_generated_xlsx(ctx, path, "学校账号导入模板.xlsx");
}
