// insurer/claim_import.cpp - the 批量导入 page and template of claims (see insurer/claim_import.h);
// the upload itself is modules/uploads/insurer_claims.cpp. Nothing here reads or writes claims.
#include "insurer/claim_import.h"

#include "context.h"
#include "generated.h"
#include "page.h"
#include "xlsx_writer.h"

const char* const kClaimImportColumns[9] = {"案件编号", "出险学校", "出险时间", "伤者姓名", "事故原因",
                                            "处理情况", "理赔情况", "赔偿金额", "结案时间"};

void insurer_claim_import(Ctx& ctx) {
  Page page(ctx, "批量导入案件", "insurer/claim_import.tpl");
  page.body().ShowSection("FORM");
  page.render();
}

void insurer_claim_template(Ctx& ctx) {
  std::string path = generated_path(ctx.config, ".xlsx");
  {
    XlsxWriter x(path);
    x.add_sheet("案件");
    x.column_widths({16, 30, 12, 10, 30, 30, 20, 12, 12}, true);
    x.header(std::vector<std::string>(kClaimImportColumns, kClaimImportColumns + 9));
    x.close();
  }
  send_generated_xlsx(ctx, path, "理赔案件导入模板.xlsx");
}
