// admin/products.cpp - 险种设置 (see admin/products.h). The checkbox of a school type is named
// by its position in school_types' display order, so only that allow-list is read.
#include "admin/products.h"

#include <set>

#include "audit.h"
#include "context.h"
#include "form.h"
#include "http_error.h"
#include "page.h"

namespace {

// The school types in display order (column name).
Rows school_types(Db& db) { return db.query("SELECT name FROM school_types ORDER BY sort_order, name"); }

std::string joined(const std::set<std::string>& names, const Rows& order) {
  std::string out;
  for (const Row& t : order)
    if (names.count(t.str("name"))) out += (out.empty() ? "" : "、") + t.str("name");
  return out.empty() ? "（无）" : out;
}

// Renders the page; a refused form (product id, its typed types, the message) is shown on its product.
void render(Ctx& ctx, int64_t error_product, const std::set<std::string>& typed, const std::string& error) {
  Rows products = ctx.db.query("SELECT id, code, name, insured_kind FROM products ORDER BY sort_order");
  Rows types = school_types(ctx.db);
  std::set<std::pair<int64_t, std::string>> allowed;
  for (const Row& r : ctx.db.query("SELECT product_id, school_type FROM product_school_types"))
    allowed.insert({r.i64("product_id"), r.str("school_type")});

  Page page(ctx, "险种设置", "admin/products.tpl");
  auto& d = page.body();
  if (const std::string* done = ctx.req.param("done"); done && *done == "saved") page.notice("险种适用的学校类型已保存。");
  for (const Row& p : products) {
    int64_t id = p.i64("id");
    auto* row = d.AddSectionDictionary("PRODUCT");
    set_value(*row, "ID", p.str("id"));
    set_value(*row, "NAME", p.str("name"));
    set_value(*row, "INSURED_KIND", p.str("insured_kind"));
    int n = 0;
    for (const Row& t : types) {
      auto* box = row->AddSectionDictionary("TYPE");
      set_value(*box, "N", std::to_string(++n));
      set_value(*box, "NAME", t.str("name"));
      set_value(*box, "BOX_ID", "p" + p.str("id") + "-t" + std::to_string(n));
      bool on = id == error_product ? typed.count(t.str("name")) > 0 : allowed.count({id, t.str("name")}) > 0;
      if (on) box->ShowSection("CHECKED");
    }
    if (id == error_product) {
      set_value(*row->AddSectionDictionary("ERROR"), "MESSAGE", error);
      row->ShowSection("ERROR_INVALID");
    }
  }
  page.render();
}

}  // namespace

void admin_products(Ctx& ctx) { render(ctx, 0, {}, ""); }

void admin_product_types(Ctx& ctx) {
  int64_t id = param_id(ctx.req, "product");
  Rows types = school_types(ctx.db);
  std::set<std::string> chosen;
  for (size_t i = 0; i < types.size(); ++i)
    if (const std::string* v = ctx.req.param("type_" + std::to_string(i + 1)); v && *v == "1")
      chosen.insert(types[i].str("name"));
  if (!ctx.db.query_one("SELECT id FROM products WHERE id = ?", {id})) throw HttpError(404, "该险种不存在。");
  if (chosen.empty()) {
    render(ctx, id, chosen, "请至少选择一种学校类型。");
    return;
  }
  ctx.db.transaction([&] {
    auto product = ctx.db.query_one("SELECT id FROM products WHERE id = ? FOR UPDATE", {id});
    if (!product) throw HttpError(404, "该险种不存在。");
    std::set<std::string> before;
    for (const Row& r : ctx.db.query("SELECT school_type FROM product_school_types WHERE product_id = ?", {id}))
      before.insert(r.str("school_type"));
    if (before == chosen) return;
    ctx.db.exec("DELETE FROM product_school_types WHERE product_id = ?", {id});
    for (const std::string& t : chosen)
      ctx.db.exec("INSERT INTO product_school_types (product_id, school_type) VALUES (?, ?)", {id, t});
    audit(ctx, "product_types_changed", "product", std::to_string(id), joined(before, types) + " -> " + joined(chosen, types));
  });
  ctx.res.redirect("/school/admin/products?done=saved", true);
}
